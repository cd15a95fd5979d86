// The case tab of a module generated from the archetype (GeneratedModuleIT), as its facilitator uses it:
// a refused blank entry, a saved one, sharing refused by the contact gate with the reason said, and Welsh.
import assert from 'node:assert/strict';
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
  const refusal = saved.getByText(/Contact between the parties happens from the delivery stage/);
  await refusal.waitFor();
  assert.doesNotMatch(await refusal.textContent(), /\[[a-z-]+\]/, 'the gate\'s reason in words, without its rule code');
  await shot(page, 'generated-module-tab');
  step('sharing refused by the contact gate, and the reason said beside the button');

  await page.getByRole('button', { name: 'My work', exact: true }).click();
  const waiting = page.getByRole('button', { name: /^[A-Z0-9-]+-\d{4}-\d{4}: Entry written \d{4}-\d{2}-\d{2}, not shared yet$/ });
  await page.getByRole('heading', { name: /^Entries not shared yet \(\d+\)$/ }).waitFor();
  await waiting.first().click();
  await page.getByRole('heading', { name: /^Case [A-Z0-9-]+-\d{4}-\d{4}: / }).waitFor();
  step('the unshared entry waits on its facilitator\'s home page, through the module\'s WorkSource alone');

  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: 'Llwyth achosion', exact: true }).click();
  await page.locator('table.cases button.link').first().click();
  await openTab(page, tab);
  await page.getByRole('heading', { name: 'Cofnod newydd' }).waitFor();
  await noAxeViolations(page, 'generated module tab in Welsh');
  step('the tab in Welsh');
});
