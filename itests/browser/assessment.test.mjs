// A practitioner rates and completes an assessment in the browser; their supervisor signs it off (AssessmentScreensIT).
import assert from 'node:assert/strict';
import { noAxeViolations, openTab, run, shot, signIn, step } from './browser.mjs';

const base = process.env.KINTSUGI_URL;
const practitioner = process.env.KINTSUGI_USER;
const supervisor = process.env.KINTSUGI_SUPERVISOR;
const password = process.env.KINTSUGI_PASSWORD;
const FACTORS = ['REALISTIC_EXPECTATIONS', 'RECOGNITION_OF_COERCIVE_CONTROL', 'THERAPEUTIC_WORK', 'RESILIENCE', 'PROTECTIVE_FACTORS'];

async function openCase(page) {
  await page.getByRole('button', { name: 'Caseload', exact: true }).click();
  await page.locator('table.cases button.link').first().click();
  await openTab(page, 'Assessments and decision');
  await page.locator('#assessments').waitFor();
}

await run(async (page) => {
  await page.goto(base);
  await signIn(page, practitioner, password);
  await openCase(page);
  await page.locator('button[data-assessment="PERSON_HARMED"]').click();
  await page.locator('#assessment-RESILIENCE-rating').selectOption('STRONG');
  await page.locator('#assessment-RESILIENCE-notes').fill('Synthetic note: a steady support network.');
  await noAxeViolations(page, 'assessment form');
  await shot(page, 'assessment');
  await page.locator('button[data-assessment-action="complete"]').click();
  await page.locator('#assessment-REALISTIC_EXPECTATIONS-rating-error').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#assessment-RESILIENCE-notes').inputValue(), 'Synthetic note: a steady support network.',
    'what was typed stays when completion is refused');
  step("the server's refusal shows beside each factor it names; nothing typed is lost");

  for (const factor of FACTORS) {
    await page.locator(`#assessment-${factor}-rating`).selectOption('ADEQUATE');
    if (factor !== 'RESILIENCE') {
      await page.locator(`#assessment-${factor}-notes`).fill(`Synthetic note on ${factor.toLowerCase()}.`);
    }
  }
  await page.locator('button[data-assessment-action="complete"]').click();
  await page.locator('#assessments li', { hasText: 'Person harmed: complete, awaiting sign-off' }).waitFor();
  step('rated and completed');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, supervisor, password);
  await openCase(page);
  await page.locator('button[data-sign-off="PERSON_HARMED"]').click();
  await page.locator('#assessments li', { hasText: 'Person harmed: signed off' }).waitFor();
  await noAxeViolations(page, 'case page with signed-off assessment');
  step('signed off by the supervisor, who wrote none of it');

  await page.locator('button[data-sign-off="PERSON_RESPONSIBLE"]').click();
  await page.locator('#assessments li', { hasText: 'Person responsible: signed off' }).waitFor();
  await page.locator('button[data-action="move-to-DECISION"]').click();
  await page.locator('.facts dd', { hasText: 'Decision' }).waitFor();
  await page.locator('button[data-action="decide"]').click();
  await page.getByLabel('Decision', { exact: true }).selectOption('INDIRECT_CONTACT');
  await page.locator('#case-decide button[type="submit"]').click();
  await page.locator('#case-decide-reasons-error').waitFor({ state: 'visible' });
  await noAxeViolations(page, 'supervision decision, refused');
  await page.getByLabel('Reasons').fill('Synthetic reasons: both ready for letters first.');
  await page.locator('#case-decide button[type="submit"]').click();
  await page.getByText(/^Indirect contact \(/).waitFor();
  step('the supervisor moves the case to decision and decides indirect contact, after the server asked for reasons');

  await page.locator('button[data-risk="PERSON_RESPONSIBLE"]').click();
  await page.locator('#case-risk button[type="submit"]').click();
  await page.locator('#case-risk-information-error').waitFor({ state: 'visible' });
  await noAxeViolations(page, 'new risk information');
  await page.getByLabel('What is new (kept private)').fill('Synthetic: new information from the referrer.');
  await page.locator('#case-risk button[type="submit"]').click();
  await page.locator('#assessments li', { hasText: 'Person responsible: in progress' }).waitFor();
  await page.locator('.facts dd', { hasText: 'Assessment' }).waitFor();
  step('new risk information re-opens the assessment and returns the case to assessment');
});
