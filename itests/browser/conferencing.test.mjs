// Conferencing's screens in the browser (ConferencingScreensIT): a facilitator plans a conference from the case's
// Meetings tab (the server's refusals beside the fields), records preparation, reads the contact gate's answer with
// every rule that stops it, picks a free, safety-checked venue and schedules it once a missing consent is given;
// the Meetings worklist then lists it. English and Welsh, axe, keyboard, reflow.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { noAxeViolations, openTab, reflows, run, shot, signIn, step } from './browser.mjs';

const base = process.env.KINTSUGI_URL;
const day = new Date(Date.now() + 9 * 86400000).toISOString().slice(0, 10);

async function openMeetings(page, tab = 'Meetings', caseload = 'Caseload') {
  await page.getByRole('button', { name: caseload, exact: true }).click();
  await page.locator('table.cases button.link').first().click();
  await openTab(page, tab);
}

async function prepare(page, whose) {
  await page.getByLabel('With', { exact: true }).selectOption({ label: whose });
  await page.getByLabel('Day it was held').fill(new Date().toISOString().slice(0, 10));
  await page.getByLabel('What was covered').fill('Synthetic: what to expect, the ground rules');
  await page.getByLabel('Their readiness after it').selectOption('READY');
  await page.getByLabel('They agreed the ground rules').check();
  await page.getByRole('button', { name: 'Save the session' }).click();
  await page.locator('#meeting-attendees li', { hasText: `${whose}: ready; ground rules agreed` }).waitFor();
}

await run(async (page) => {
  await page.goto(base);
  await signIn(page, process.env.KINTSUGI_PRACTITIONER, process.env.KINTSUGI_PASSWORD);
  await openMeetings(page);
  await page.getByText('No meetings on this case yet.').waitFor();
  await page.getByRole('button', { name: 'Plan the meeting' }).click();
  await page.locator('#meeting-plan-attendees-error', { hasText: 'Choose who attends.' }).waitFor();
  await page.locator('#meeting-plan-facilitators-error', { hasText: 'Choose who facilitates.' }).waitFor();
  await noAxeViolations(page, 'planning a meeting, refused');
  step('a meeting planned with nothing chosen is refused beside each field');

  await page.getByLabel('Kind of meeting').selectOption('CONFERENCE');
  const attendees = page.getByRole('group', { name: 'Who attends' });
  await attendees.getByRole('checkbox').first().waitFor();
  for (const box of await attendees.getByRole('checkbox').all()) {
    await box.check();
  }
  await page.getByRole('group', { name: 'Who facilitates' }).getByRole('checkbox').first().check();
  await page.getByLabel('Ground rules agreed with each party').fill('Synthetic: one person speaks at a time');
  await page.getByRole('button', { name: 'Plan the meeting' }).click();
  await page.getByRole('heading', { name: 'Conference: planned' }).waitFor();
  const refusals = page.locator('#gate-refusals li');
  await refusals.first().waitFor();
  assert.match(await refusals.allTextContents().then((t) => t.join(' | ')), /Supporter: Synthetic Supporter W: .*consent/,
    'the gate names whose consent is missing, by name, in words');
  step('planned: the contact gate answers with every rule that stops it, naming the person');

  for (const whose of ['Person harmed: Synthetic Person C', 'Person responsible: Synthetic Person D', 'Supporter: Synthetic Supporter W']) {
    await prepare(page, whose);
  }
  await page.getByRole('heading', { name: 'Conference: being prepared' }).waitFor();
  assert.equal(await page.locator('#meeting-attendees li', { hasText: 'ready; ground rules agreed' }).count(), 3);
  step('a preparation session with each attendee: all ready');

  await page.getByLabel('Day', { exact: true }).fill(day);
  await page.getByLabel('Starts at').fill('10:00');
  await page.getByLabel('Ends at').fill('12:00');
  await page.getByRole('button', { name: 'Find venues free at that time' }).click();
  const hall = page.getByLabel(/^Synthetic Hall\. Separate waiting rooms\. Safety-checked/);
  await hall.check();
  await noAxeViolations(page, 'the venue picker');
  await shot(page, 'conferencing-schedule');
  await page.getByRole('button', { name: 'Schedule the meeting' }).last().click();
  await page.locator('#meeting-schedule .alert', { hasText: /consent/ }).waitFor();
  step('scheduling is refused while the gate refuses, and says why in words');

  await openTab(page, 'Consents');
  await page.locator('#record-consent').click();
  await page.getByLabel('Whose consent').selectOption({ label: 'Supporter: Synthetic Supporter W' });
  await page.getByLabel('To what').selectOption('TAKE_PART');
  await page.getByLabel('Version of the consent wording read to them').fill('consent-wording-v3');
  await page.getByLabel('No incentive was offered for this consent').check();
  await page.locator('#case-consent button[type="submit"]').click();
  await page.locator('#record-consent').waitFor();
  await openTab(page, 'Meetings');
  const entry = page.locator('#meetings button[data-meeting]').first();
  await entry.focus();
  await page.keyboard.press('Enter');
  await page.locator('#gate-allowed').waitFor();
  await page.getByLabel('Day', { exact: true }).fill(day);
  await page.getByLabel('Starts at').fill('10:00');
  await page.getByLabel('Ends at').fill('12:00');
  await page.getByRole('button', { name: 'Find venues free at that time' }).click();
  await page.getByLabel(/^Synthetic Hall\./).check();
  await page.getByRole('button', { name: 'Schedule the meeting' }).last().click();
  await page.getByRole('heading', { name: 'Conference: scheduled' }).waitFor();
  await page.locator('#meeting-facts dd', { hasText: 'Synthetic Hall' }).waitFor();
  await noAxeViolations(page, 'a scheduled meeting');
  await shot(page, 'conferencing-meeting');
  await reflows(page, 'a scheduled meeting');
  step('once the consent is given, the gate allows it; scheduled at the venue picked (opened with the keyboard)');

  await page.getByRole('button', { name: 'Meetings', exact: true }).click();
  await page.getByRole('heading', { name: 'Meetings', level: 1 }).waitFor();
  await page.locator('#meetings-soon button[data-meeting]').first().click();
  await page.getByRole('heading', { name: 'Conference: scheduled' }).waitFor();
  await noAxeViolations(page, 'the Meetings worklist\'s meeting');
  step('the Meetings worklist lists it and opens it');

  await page.getByRole('button', { name: 'My work', exact: true }).click();
  const soon = page.locator('#work-conferencing-meetings-soon');
  await soon.getByRole('button', { name: `Conference on ${day}` }).waitFor();
  if ((await soon.textContent()).includes('due')) {
    throw new Error(`My work says the meeting is due, not that it is on its day: ${await soon.textContent()}`);
  }
  step('My work lists it on its day, not as due');

  await openMeetings(page);
  const meetingId = await page.locator('#meetings button[data-meeting]').first().getAttribute('data-meeting');
  execFileSync('psql', [process.env.KINTSUGI_DB, '-q', '-c', `UPDATE conferencing_meeting SET starts_at = now() - interval '2 hours', `
    + `ends_at = now() WHERE id = '${meetingId.replace(/'/g, '')}'`]); // as if the day had come
  await page.locator('#meetings button[data-meeting]').first().click();
  const came = page.getByRole('group', { name: 'Who came' });
  await came.getByRole('checkbox').first().waitFor();
  for (const box of await came.getByRole('checkbox').all()) {
    await box.check();
  }
  await page.getByLabel('Record of what happened (sealed)').fill('Synthetic: both spoke; a plan for contact by letter');
  await page.getByRole('button', { name: 'Record it as held' }).click();
  await page.getByRole('heading', { name: 'Conference: held' }).waitFor();
  await page.getByLabel('Who commits to it').selectOption({ label: 'Person responsible: Synthetic Person D' });
  await page.getByLabel('What they commit to').fill('Synthetic: write a letter of explanation');
  await page.getByRole('button', { name: 'Add the item' }).click();
  await page.locator('#agreement-items li', { hasText: 'Person responsible: Synthetic Person D: Synthetic: write a letter of explanation' }).waitFor();
  await noAxeViolations(page, 'a held meeting with its draft agreement');
  step('recorded as held once begun, with who came; an item of the draft outcome agreement added');

  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await openMeetings(page, 'Cyfarfodydd', 'Llwyth achosion');
  await page.locator('#meetings button[data-meeting]', { hasText: /^Cynhadledd, wedi'i gynnal/ }).waitFor();
  await noAxeViolations(page, 'the Meetings tab in Welsh');
  step('the tab reads in Welsh');
});
