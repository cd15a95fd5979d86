// The letter-exchange screens, as a facilitator walks a letter from draft to delivered (LetterScreensIT).
import assert from 'node:assert/strict';
import { noAxeViolations, openTab, reflows, run, shot, signIn, step } from './browser.mjs';

const base = process.env.KINTSUGI_URL;
const user = process.env.KINTSUGI_USER;
const password = process.env.KINTSUGI_PASSWORD;
const adminPassword = process.env.KINTSUGI_ADMIN_PASSWORD;
const region = process.env.KINTSUGI_REGION;
const letterText = 'I am sorry for what I did. If you ever want to talk, ring 07700 900123.';

await run(async (page) => {
  await page.goto(base);
  await signIn(page, user, password);
  await page.getByRole('button', { name: 'Letters to review' }).waitFor();
  step("the module's screen is in the navigation where the region offers it");

  await page.getByRole('button', { name: 'Letters to review' }).click();
  await page.getByText('No letters in this list.').waitFor();
  await noAxeViolations(page, 'letters to review');
  await page.getByRole('button', { name: 'Caseload', exact: true }).click();
  await page.locator('table.cases button.link').first().click();
  await openTab(page, 'Assessments and decision');
  await page.getByText(/^Indirect contact \(\d{4}-\d{2}-\d{2}\)/).waitFor(); // the current decision, not its timeline entry
  assert.equal(await page.getByText('Person harmed: signed off').count(), 1, 'the case page shows the signed-off assessments');
  await shot(page, 'case-assessments');
  await openTab(page, 'Letters');
  await page.getByRole('heading', { name: 'New letter or questions' }).waitFor();
  await shot(page, 'case-letters');
  await page.getByLabel('Text').fill(letterText);
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await page.locator('#letter-compose-writerParticipantId-error').waitFor({ state: 'visible' });
  assert.equal(await page.getByLabel('Text').inputValue(), letterText, 'the text typed stays after a refusal');
  step('the server names the missing writer beside its field; the text stays');

  await page.getByLabel('Written by, or on behalf of').selectOption({ label: 'Person responsible' });
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await page.locator('#letter-state', { hasText: 'Draft' }).waitFor();
  assert.equal(await page.locator('#letter-text mark').textContent(), '07700 900123', 'the phone number is marked');
  await noAxeViolations(page, 'letter draft');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.locator('#letter-review').waitFor();
  await noAxeViolations(page, 'letter review');
  await shot(page, 'letter-review');
  await reflows(page, 'a letter under review');

  await page.getByLabel('Another passage to redact (type it as it stands)').fill('not in this letter');
  await page.getByRole('button', { name: 'Add the passage' }).click();
  await page.getByText('That passage is not in the text.').waitFor();
  await page.getByLabel('Another passage to redact (type it as it stands)').fill('what I did');
  await page.getByRole('button', { name: 'Add the passage' }).click();
  await page.getByLabel('Redact “what I did” (chosen)').waitFor();
  step('any other passage can be chosen for redaction');

  // Keyboard only: Tab to the approve button (the flagged passage is ticked for redaction), then Enter.
  await page.locator('#letter-review input[type="checkbox"]').first().focus();
  for (let i = 0; i < 20; i++) {
    if (await page.evaluate(() => document.activeElement.dataset.letterAction === 'approve')) {
      break;
    }
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.locator('#approved-text').waitFor();
  assert.equal(await page.locator('#approved-text').textContent(),
    'I am sorry for [redacted]. If you ever want to talk, ring [redacted].');
  step('reviewed with the keyboard: approved with the phone number and the chosen passage redacted');

  await page.getByRole('button', { name: /consents to send it/ }).click();
  await page.locator('#letter-state', { hasText: 'Ready to deliver' }).waitFor();
  await page.getByRole('button', { name: 'Record delivery' }).click();
  await page.getByRole('alert').filter({ hasText: 'has not chosen to receive letters' }).waitFor();
  step('delivery waits for the person harmed to choose to receive letters');

  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: 'Llwyth achosion' }).click();
  await page.locator('table.cases button.link').first().click();
  await openTab(page, 'Llythyrau');
  await page.getByRole('button', { name: /^Llythyr gan/ }).click();
  await page.getByRole('button', { name: "Cofnodi'r cyflwyno" }).click();
  await page.getByRole('alert').filter({ hasText: "Nid yw'r person a niweidiwyd wedi dewis derbyn hwn" }).waitFor();
  await noAxeViolations(page, 'refused delivery, in Welsh');
  await page.getByRole('button', { name: 'English' }).click();
  step('the refusal reads in Welsh too');
  await page.getByRole('button', { name: 'Caseload', exact: true }).click();
  await page.locator('table.cases button.link').first().click();
  await openTab(page, 'Letters');
  await page.getByLabel('Wants to receive letters').check();
  await page.getByRole('button', { name: 'Save their choice' }).click();
  await page.locator('#letters-status', { hasText: "The person harmed's choice is saved." }).waitFor();
  await page.getByRole('button', { name: /^Letter from the Person responsible/ }).click();
  await page.getByRole('button', { name: 'Record delivery' }).click();
  await page.locator('#letter-state', { hasText: 'Delivered' }).waitFor();
  await noAxeViolations(page, 'delivered letter');
  await shot(page, 'letter-delivered');
  step('delivered once the gate and the person harmed allow it');

  await page.getByRole('button', { name: 'Write a reply' }).click();
  await page.getByRole('heading', { name: 'A reply' }).waitFor();
  assert.equal(await page.getByLabel('Written by, or on behalf of').locator('option:checked').textContent(), 'Person harmed',
    "a reply is written by the letter's recipient");
  await page.getByLabel('Text').fill('Thank you for writing to me.');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await page.locator('#letter-heading', { hasText: 'from: Person harmed; to: Person responsible' }).waitFor();
  step('a reply goes back to the writer, through the same path');

  await page.getByRole('button', { name: 'Letters to review' }).click();
  await page.getByLabel('Which letters').selectOption('DELIVERED');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await page.locator('#review-queue button', { hasText: 'Delivered' }).first().waitFor();
  assert.equal(await page.locator('#letters-count').textContent(), 'Letters in this list: 1');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: "Llythyrau i'w hadolygu" }).click();
  await page.getByLabel('Pa lythyrau').waitFor();
  await noAxeViolations(page, 'letter worklist in Welsh');
  await page.getByRole('button', { name: 'English' }).click();
  step('the worklists, also in Welsh');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await signIn(page, 'admin', adminPassword);
  await page.getByRole('button', { name: 'Services offered' }).click();
  const offer = page.locator(`#module-${region}-letter-exchange`);
  assert.equal(await offer.isChecked(), true);
  await noAxeViolations(page, 'services offered');
  await offer.uncheck();
  await page.locator('#modules-status', { hasText: `no longer offered in ${region}` }).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  step('a hub administrator switches letter exchange off for the region');
  await signIn(page, user, password);
  await page.getByRole('button', { name: 'Caseload', exact: true }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Letters to review' }).count(), 0);
  step("the region switched letters off: the module's screen is gone");
});
