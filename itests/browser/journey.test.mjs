// One case from referral to a delivered, read letter, entirely in the browser, as the hub's people
// would take it (JourneyIT): the coordinator, the facilitator and the case supervisor, each signed in.
import assert from 'node:assert/strict';
import { noAxeViolations, openTab, run, signIn, step } from './browser.mjs';

const base = process.env.KINTSUGI_URL;
const coordinator = process.env.KINTSUGI_USER;
const password = process.env.KINTSUGI_PASSWORD;
const practitioner = process.env.KINTSUGI_PRACTITIONER;
const practitionerId = process.env.KINTSUGI_PRACTITIONER_ID;
const supervisor = process.env.KINTSUGI_SUPERVISOR;
const HARMED_FACTORS = ['REALISTIC_EXPECTATIONS', 'RECOGNITION_OF_COERCIVE_CONTROL', 'THERAPEUTIC_WORK', 'RESILIENCE',
  'PROTECTIVE_FACTORS'];
const RESPONSIBLE_FACTORS = [...HARMED_FACTORS, 'EMPATHY_FOR_PERSON_HARMED', 'MOTIVATION_FOR_CHANGE',
  'ACKNOWLEDGEMENT_OF_RESPONSIBILITY'];

async function openTheCase(page) {
  await page.getByRole('button', { name: 'Caseload', exact: true }).click();
  await page.locator('table.cases button.link').first().click();
  await page.getByRole('heading', { name: /^Case [A-Z0-9-]+-\d{4}-\d{4}: Violence$/ }).waitFor();
}

async function moveTo(page, stage, label) {
  await page.locator(`button[data-action="move-to-${stage}"]:not([disabled])`).click();
  await page.locator('.facts dd', { hasText: label }).waitFor();
}

async function signInAs(page, user) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await signIn(page, user, password);
  await openTheCase(page);
}

async function consent(page, whose) {
  await openTab(page, 'Consents');
  await page.locator('#record-consent').click();
  await page.getByLabel('Whose consent').selectOption({ label: whose });
  await page.getByLabel('To what').selectOption('TAKE_PART');
  await page.getByLabel('Version of the consent wording read to them').fill('consent-wording-v3');
  await page.getByLabel('No incentive was offered for this consent').check();
  await page.locator('#case-consent button[type="submit"]').click();
  await page.locator('#record-consent').waitFor();
}

async function assess(page, role, factors, label) {
  await openTab(page, 'Assessments and decision');
  await page.locator(`button[data-assessment="${role}"]`).click();
  for (const factor of factors) {
    await page.locator(`#assessment-${factor}-rating`).selectOption('ADEQUATE');
    await page.locator(`#assessment-${factor}-notes`).fill(`Synthetic note on ${factor.toLowerCase()}.`);
  }
  await page.locator('button[data-assessment-action="complete"]').click();
  await page.locator('#assessments li', { hasText: `${label}: complete, awaiting sign-off` }).waitFor();
}

await run(async (page) => {
  await page.goto(base);
  await signIn(page, coordinator, password);
  await page.getByRole('button', { name: 'Referrals' }).click();
  await page.getByRole('button', { name: 'New referral' }).click();
  await page.getByLabel('Referred by').selectOption('PROBATION_VICTIM_LIAISON');
  await page.getByLabel('Led by').selectOption('PERSON_HARMED');
  await page.getByLabel('Offence category').selectOption('VIOLENCE');
  await page.getByLabel('When it happened').selectOption('NON_RECENT');
  await page.getByLabel('Sentence stage').selectOption('POST_SENTENCE');
  await page.getByLabel('Name of the person harmed').fill('Synthetic Person J');
  await page.getByLabel('A safe way to make contact').selectOption('EMAIL');
  await page.getByLabel('Details for that way (number, address, ...)').fill('person.j@example.invalid');
  await page.getByLabel('Name of the person responsible (optional)').fill('Synthetic Person K');
  await page.getByRole('button', { name: 'Send the referral' }).click();
  await page.locator('#referral-list button[data-referral-action="accept"]').first().click();
  await page.getByRole('heading', { name: /^Case [A-Z0-9-]+-\d{4}-\d{4}: Violence$/ }).waitFor();
  step('the coordinator takes a referral into a case');

  await page.locator('button[data-action="allocate-facilitator"]').click();
  await page.getByLabel('Practitioner').selectOption(practitionerId);
  await page.locator('#case-allocate button[type="submit"]').click();
  await moveTo(page, 'FIRST_CONTACT', 'First contact');
  assert.equal(await page.locator('button[data-action="move-to-CONSENT"]').count(), 0,
    'consent waits for first contact to be recorded: no button to press');
  assert.match(await page.locator('#action-move-to-CONSENT-why').textContent(), /first contact/i);
  await openTab(page, 'Overview');
  await page.locator('#tasks button[data-task-done]').click();
  await page.locator('#tasks li', { hasText: 'First contact: done' }).waitFor();
  await noAxeViolations(page, 'case page with the first contact done');
  await moveTo(page, 'CONSENT', 'Consent');
  await consent(page, 'Person harmed: Synthetic Person J');
  await consent(page, 'Person responsible: Synthetic Person K');
  await moveTo(page, 'ASSESSMENT', 'Assessment');
  step('allocated, first contact recorded, both parties consent to take part; on to assessment');

  await signInAs(page, practitioner);
  await assess(page, 'PERSON_HARMED', HARMED_FACTORS, 'Person harmed');
  await assess(page, 'PERSON_RESPONSIBLE', RESPONSIBLE_FACTORS, 'Person responsible');
  step('the facilitator assesses both parties, factor by factor');

  await signInAs(page, supervisor);
  await openTab(page, 'Assessments and decision');
  for (const [role, label] of [['PERSON_HARMED', 'Person harmed'], ['PERSON_RESPONSIBLE', 'Person responsible']]) {
    await page.locator(`button[data-sign-off="${role}"]`).click();
    await page.locator('#assessments li', { hasText: `${label}: signed off` }).waitFor();
  }
  await moveTo(page, 'DECISION', 'Decision');
  await page.locator('button[data-action="decide"]').click();
  await page.getByLabel('Decision', { exact: true }).selectOption('INDIRECT_CONTACT');
  await page.getByLabel('Reasons').fill('Synthetic reasons: both ready to write first.');
  await page.locator('#case-decide button[type="submit"]').click();
  await page.getByText(/^Indirect contact \(\d{4}-\d{2}-\d{2}\)/).waitFor();
  await moveTo(page, 'PREPARATION', 'Preparation');
  await moveTo(page, 'DELIVERY', 'Delivery');
  step('the supervisor signs both off, decides indirect contact, and the case reaches delivery');

  await signInAs(page, practitioner);
  await openTab(page, 'Letters');
  await page.getByLabel('Wants to receive letters').check();
  await page.getByRole('button', { name: 'Save their choice' }).click();
  await page.locator('#letters-status', { hasText: "The person harmed's choice is saved." }).waitFor();
  await page.getByLabel('Written by, or on behalf of').selectOption({ label: 'Person responsible' });
  await page.getByLabel('Text').fill('I am sorry for the harm I caused. Write to me at k@example.invalid if you wish.');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await page.locator('#letter-state', { hasText: 'Draft' }).waitFor();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.locator('#letter-review').waitFor();
  await page.locator('button[data-letter-action="approve"]').click();
  await page.locator('#approved-text').waitFor();
  assert.equal(await page.locator('#approved-text').textContent(),
    'I am sorry for the harm I caused. Write to me at [redacted] if you wish.', 'the address never reaches the person harmed');
  await page.getByRole('button', { name: /consents to send it/ }).click();
  await page.locator('#letter-state', { hasText: 'Ready to deliver' }).waitFor();
  await page.getByRole('button', { name: 'Record delivery' }).click();
  await page.locator('#letter-state', { hasText: 'Delivered' }).waitFor();
  await page.getByRole('button', { name: 'Record that it was read' }).click();
  await page.locator('#letter-state', { hasText: /\bRead\b/ }).waitFor();
  await noAxeViolations(page, 'a letter delivered and read');
  step('the letter is written, reviewed with the contact detail redacted, consented to, delivered and read');

  await page.getByRole('button', { name: 'Caseload', exact: true }).click();
  await page.locator('table.cases button.link').first().click();
  await openTab(page, 'Timeline');
  for (const entry of ['Opened from an accepted referral', 'Task done: First contact', 'Moved from Assessment to Decision',
    'Supervision decision: Indirect contact', 'Moved from Preparation to Delivery']) {
    await page.locator('li', { hasText: entry }).first().waitFor();
  }
  step('the timeline tells the whole walk');
});
