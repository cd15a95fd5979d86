// The venue register in the browser (VenueScreensIT): a coordinator adds a venue after the server refused a blank one,
// records its safety check; the region's practitioner reads the register; English and Welsh, axe, reflow.
import assert from 'node:assert/strict';
import { noAxeViolations, reflows, run, shot, signIn, step } from './browser.mjs';

const base = process.env.KINTSUGI_URL;
const password = process.env.KINTSUGI_PASSWORD;

await run(async (page) => {
  await page.goto(base);
  await signIn(page, process.env.KINTSUGI_COORDINATOR, password);
  await page.getByRole('button', { name: 'Venues', exact: true }).click();
  await page.getByRole('heading', { name: 'Venues', level: 1 }).waitFor();
  await page.getByText('No venues in this list.').waitFor();
  await page.getByRole('button', { name: 'Add a venue' }).click();
  await page.getByRole('button', { name: 'Add the venue' }).click();
  for (const fieldId of ['venue-new-name-error', 'venue-new-address-error', 'venue-new-neutralGround-error']) {
    await page.locator(`#${fieldId}`).waitFor({ state: 'visible' });
  }
  await noAxeViolations(page, 'a venue refused field by field');
  step('a blank venue is refused beside each field it lacks');

  await page.getByLabel('Name').fill('Synthetic Community Room');
  await page.getByLabel('Address (sealed; shown to staff only)').fill('3 Synthetic Lane, Synthetic Town');
  await page.getByLabel('Step-free access').check();
  await page.getByLabel('A quiet room').check();
  await page.getByLabel('Is it neutral ground?').selectOption('true');
  await page.getByRole('button', { name: 'Add the venue' }).click();
  const venue = page.locator('#venue-list li', { hasText: 'Synthetic Community Room' });
  await venue.getByText('Never safety-checked: it cannot be booked.').waitFor();
  assert.match(await venue.textContent(), /Step-free access, A quiet room/);
  await venue.getByRole('button', { name: 'Record a safety check today' }).click();
  await page.locator('#venue-list li', { hasText: 'Synthetic Community Room' })
    .getByText(/^Safety-checked \d{4}-\d{2}-\d{2}; counts until \d{4}-\d{2}-\d{2}$/).waitFor();
  await page.locator('#venues-status', { hasText: 'Safety check recorded for Synthetic Community Room.' }).waitFor();
  await noAxeViolations(page, 'the venue register');
  await shot(page, 'venues');
  await reflows(page, 'the venue register');
  step('added with its facilities, then safety-checked: it can be booked for a year');

  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: 'Lleoliadau', exact: true }).click();
  await page.getByRole('heading', { name: 'Lleoliadau', level: 1 }).waitFor();
  await page.getByText(/Mynediad heb risiau, Ystafell dawel/).waitFor();
  await noAxeViolations(page, 'the venue register in Welsh');
  await page.getByRole('button', { name: 'English' }).click();
  step('the register in Welsh');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, process.env.KINTSUGI_PRACTITIONER, password);
  await page.getByRole('button', { name: 'Venues', exact: true }).click();
  await page.locator('#venue-list li', { hasText: 'Synthetic Community Room' }).getByText('3 Synthetic Lane, Synthetic Town').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Add a venue' }).count(), 0, 'practitioners choose, hub staff manage');
  assert.equal(await page.getByRole('button', { name: 'Record a safety check today' }).count(), 0);
  await noAxeViolations(page, 'the venue register, as a practitioner');
  step('the region\'s practitioner reads the register, and cannot change it');
});
