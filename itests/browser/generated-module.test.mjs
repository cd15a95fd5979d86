// The case tab of a module generated from the archetype (GeneratedModuleIT), as its facilitator uses it:
// a refused blank entry, a saved one, sharing refused by the contact gate with the reason said, and Welsh.
import { noAxeViolations, openTab, run, shot, signIn, step } from './browser.mjs';

const tab = process.env.KINTSUGI_TAB;
const entry = 'Synthetic: would rather write than meet.';

await run(async (page) => {
  await page.goto(process.env.KINTSUGI_URL);
  await signIn(page, process.env.KINTSUGI_USER, process.env.KINTSUGI_PASSWORD);
  await page.getByRole('button', { name: 'Caseload', exact: true }).click();
  await page.locator('table.cases button.link').first().click();
  await openTab(page, tab);
  await page.getByRole('heading', { name: 'New entry' }).waitFor();
  step("the module's tab is on the case page where the region offers it");

  await page.getByRole('button', { name: 'Save the entry' }).click();
  await page.getByText('Write the entry.').waitFor();
  step('a blank entry is refused beside its field, in the module\'s own words');
  await page.getByLabel('Entry').fill(entry);
  await page.getByRole('button', { name: 'Save the entry' }).click();
  await page.getByText('The entry is saved.').waitFor();
  await page.getByText(entry).waitFor();
  await noAxeViolations(page, 'generated module tab');
  step('saved and listed');

  const saved = page.locator('li', { hasText: entry });
  await saved.getByRole('button', { name: 'Share with the other party' }).click();
  await saved.getByText(/contact-before-delivery/).waitFor();
  await shot(page, 'generated-module-tab');
  step('sharing refused by the contact gate, and the reason said beside the button');

  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: 'Llwyth achosion', exact: true }).click();
  await page.locator('table.cases button.link').first().click();
  await openTab(page, tab);
  await page.getByRole('heading', { name: 'Cofnod newydd' }).waitFor();
  await noAxeViolations(page, 'generated module tab in Welsh');
  step('the tab in Welsh');
});
