// A case's safety plan in the browser (SafetyPlanScreensIT): the facilitator writes it, the server refuses
// times that are not staggered beside the field; the supervisor signs it off. English and Welsh, axe.
import assert from 'node:assert/strict';
import { noAxeViolations, openTab, reflows, run, shot, signIn, step } from './browser.mjs';

const base = process.env.KINTSUGI_URL;
const password = process.env.KINTSUGI_PASSWORD;
const day = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);

async function openThePlan(page) {
  await page.getByRole('button', { name: 'Caseload', exact: true }).click();
  await page.locator('table.cases button.link').first().click();
  await openTab(page, 'Safety plan');
}

async function fill(page, role, arrives, leaves, route) {
  const part = page.getByRole('group', { name: role, exact: true });
  await part.getByLabel('Attends').check();
  await part.getByLabel('Arrives').fill(`${day}T${arrives}`);
  await part.getByLabel('Leaves').fill(`${day}T${leaves}`);
  await part.getByLabel('Route').fill(route);
  await part.getByLabel('Waits in').fill(`Synthetic: a room of their own (${role})`);
  await part.getByLabel('Signal to stop').fill('Synthetic: a red card');
  await part.getByLabel('Whom to call').fill('Synthetic: the duty facilitator');
}

await run(async (page) => {
  await page.goto(base);
  await signIn(page, process.env.KINTSUGI_PRACTITIONER, password);
  await openThePlan(page);
  await page.getByText('No safety plan yet: one is needed before any meeting.').waitFor();
  await page.getByRole('button', { name: 'Write a new version' }).click();
  await fill(page, 'Person harmed', '10:00', '12:00', 'Synthetic: bus to the front door');
  await fill(page, 'Person responsible', '10:05', '12:30', 'Synthetic: car park at the back');
  await page.getByRole('button', { name: 'Save this version' }).click();
  const arrives = page.getByRole('group', { name: 'Person responsible', exact: true }).locator('.field-error', {
    hasText: "Keep at least 15 minutes between the person harmed's and the person responsible's times." });
  await arrives.first().waitFor();
  assert.equal(await page.getByRole('group', { name: 'Person harmed', exact: true }).getByLabel('Route').inputValue(),
    'Synthetic: bus to the front door', 'what was typed stays');
  await noAxeViolations(page, 'a safety plan refused: times not staggered');
  await shot(page, 'safety-plan-form');
  await reflows(page, 'the safety plan form');
  step('times that are not staggered are refused beside the person responsible\'s arrival; nothing typed is lost');

  await page.getByRole('group', { name: 'Person responsible', exact: true }).getByLabel('Arrives').fill(`${day}T10:30`);
  await page.getByRole('button', { name: 'Save this version' }).click();
  await page.locator('#plan-state', { hasText: "Version 1, waiting for a case supervisor's sign-off." }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^Sign off version/ }).count(), 0, 'a facilitator does not sign it off');
  step('saved as version 1, waiting for sign-off');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, process.env.KINTSUGI_SUPERVISOR, password);
  await openThePlan(page);
  await page.getByRole('button', { name: 'Sign off version 1' }).click();
  await page.locator('#plan-state', { hasText: /^Version 1, signed off by .* on \d{4}-\d{2}-\d{2}\.$/ }).waitFor();
  await page.locator('[data-plan-part="PERSON_RESPONSIBLE"]').getByText('Synthetic: car park at the back').waitFor();
  await noAxeViolations(page, 'a signed-off safety plan');
  await shot(page, 'safety-plan');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: 'Llwyth achosion', exact: true }).click();
  await page.locator('table.cases button.link').first().click();
  await openTab(page, 'Cynllun diogelwch');
  await page.locator('#plan-state', { hasText: /^Fersiwn 1, cymeradwywyd gan/ }).waitFor();
  await noAxeViolations(page, 'a signed-off safety plan in Welsh');
  step('the supervisor signs it off; it reads in Welsh too');
});
