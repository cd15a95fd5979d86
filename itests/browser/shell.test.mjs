// The web shell in Debian's chromium against the running distribution (started by ShellBrowserIT).
// Exits non-zero on the first failed check; prints what it checked.
import assert from 'node:assert/strict';
import { idleTooLong, noAxeViolations as axeCheck, openTab, reflows, run, shot as screenshot, signIn as signInAs, step } from './browser.mjs';

const base = process.env.KINTSUGI_URL;
const exitUrl = process.env.KINTSUGI_EXIT_URL;
const user = process.env.KINTSUGI_USER;
const password = process.env.KINTSUGI_PASSWORD;

const noAxeViolations = (screen) => axeCheck(page, screen);
const shot = (name) => screenshot(page, name);
const signIn = () => signInAs(page, user, password);
let page;

await run(async (p) => {
  page = p;
  const response = await page.goto(base);
  assert.match(response.headers()['content-security-policy'], /script-src 'self'/);
  assert.equal(response.headers()['cache-control'], 'no-store');
  assert.equal(await page.title(), 'Kintsugi');
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await noAxeViolations('sign-in');
  await shot('sign-in');

  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Enter your username.').waitFor();
  await page.getByLabel('Username').fill(user);
  assert.equal(await page.getByText('Enter your username.').isVisible(), false, 'the error goes as you type');
  step('fields are checked as you type');

  await page.getByLabel('Password').fill('not-the-password-at-all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'The username or password is not right.' }).waitFor();
  assert.equal(await page.getByLabel('Username').inputValue(), user, 'what was typed is kept');
  step('a wrong password is said plainly and the username is kept');

  await page.getByLabel('Password').fill(password);
  await page.keyboard.press('Enter');
  await page.getByText(`Signed in as ${user}`).waitFor();
  await page.locator('#regions').filter({ hasText: 'Your regions:' }).waitFor();
  await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
  assert.ok(!page.url().includes('token') && !page.url().includes(user), 'nothing about the session in the URL');
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  assert.equal(await page.title(), 'Kintsugi');
  await noAxeViolations('home');
  await shot('home');
  step('signed in: regions shown, nothing stored in the browser');

  await page.getByRole('button', { name: 'Referrals' }).click();
  await page.getByRole('button', { name: 'New referral' }).click();
  await page.getByLabel('Referred by').focus();
  await page.keyboard.press('Tab');
  await page.getByText('Referred by: this is needed.').waitFor();
  step('a required field left empty says so at once');
  const crimeReference = page.getByLabel('Crime reference (optional)');
  await crimeReference.fill('X'.repeat(61));
  await page.locator('#referral-crimeReference-error').filter({ hasText: /^This can be at most 60 characters\.$/ }).waitFor();
  assert.equal(await crimeReference.getAttribute('aria-invalid'), 'true');
  await crimeReference.press('Backspace');
  await page.locator('#referral-crimeReference-error').waitFor({ state: 'hidden' });
  assert.equal((await crimeReference.inputValue()).length, 60, 'nothing typed is cut off by the form');
  await crimeReference.fill('');
  step('a field longer than the server takes says so as it is typed');
  await page.getByLabel('Name of the person harmed').fill('Synthetic Person E');
  await page.getByRole('button', { name: 'Send the referral' }).click();
  await page.locator('#referral-source-error').waitFor({ state: 'visible' });
  assert.equal(await page.getByLabel('Name of the person harmed').inputValue(), 'Synthetic Person E');
  // The server's answer replaces the form's own note, in words from the message files.
  await page.locator('#referral-source-error').filter({ hasText: /^This is needed\.$/ }).waitFor();
  await noAxeViolations('referral form with errors');
  await shot('referral-form');
  await reflows(page, 'the referral form');
  await page.getByLabel('Referred by').selectOption('SELF');
  await page.getByLabel('Led by').selectOption('PERSON_HARMED');
  await page.getByLabel('Offence category').selectOption('PROPERTY');
  await page.getByLabel('When it happened').selectOption('RECENT');
  await page.getByLabel('Sentence stage').selectOption('NOT_APPLICABLE');
  await page.getByLabel('A safe way to make contact').selectOption('TEXT_MESSAGE');
  await page.getByLabel('Details for that way (number, address, ...)').fill('07700 900789');
  await page.getByRole('button', { name: 'Send the referral' }).click();
  await page.getByText(/Property, referred by self-referral \(received\)/).waitFor();
  await noAxeViolations('referral inbox');
  await page.locator('#referral-list button[data-referral-action="decline"]').first().click();
  await page.getByLabel('Reason for declining (kept private)').waitFor();
  await noAxeViolations('decline a referral');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('#referral-list button[data-referral-action="accept"]').first().click();
  await page.getByRole('heading', { name: /^Case [A-Z0-9-]+-\d{4}-\d{4}: Property$/ }).waitFor();
  await page.locator('button[data-action="allocate-facilitator"]').click();
  await page.getByLabel('Practitioner').selectOption({ label: 'Synthetic Practitioner' });
  await noAxeViolations('allocate a facilitator');
  await page.locator('#case-allocate button[type="submit"]').click();
  await page.locator('#next-step button[data-action="move-to-FIRST_CONTACT"]').waitFor();
  await page.locator('.facts dd', { hasText: 'Synthetic Practitioner' }).waitFor();
  step('with a facilitator the case may move on: the next step is a button, and the header names them');
  await openTab(page, 'People');
  await page.locator('#participants button[data-remove-facilitator]').waitFor();
  step('a facilitator is allocated from the case page, from the region\'s practitioners');
  await page.locator('#participants button[data-remove-facilitator]').click();
  await page.locator('#action-move-to-FIRST_CONTACT-why').waitFor();
  assert.equal(await page.locator('button[data-action="move-to-FIRST_CONTACT"]').count(), 0);
  assert.equal(await page.locator('#participants li', { hasText: 'Facilitator' }).count(), 0);
  step('and taken off it again');
  step('a referral: refused field by field, then sent and accepted into a case');

  await page.getByRole('button', { name: 'Caseload', exact: true }).click();
  await page.getByRole('heading', { name: 'Caseload' }).waitFor();
  await page.locator('table.cases button.link').first().waitFor();
  await noAxeViolations('caseload');
  await shot('caseload');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await page.locator('#name-search-name-error').waitFor({ state: 'visible' });
  await page.getByLabel('Name, or some of its words').fill('synthetic PERSON e');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await page.locator('#name-search-results li', { hasText: /: Property, opened .* \(as Person harmed\)/ }).waitFor();
  assert.equal(await page.locator('#name-search-count').textContent(), 'Cases found: 1');
  await noAxeViolations('a case found by a participant\'s name');
  await shot('name-search');
  await reflows(page, 'the caseload with a name search');
  step('hub staff find a case by a participant\'s name, whole words, case aside');
  await page.locator('table.cases button.link').first().click();
  await page.getByRole('heading', { name: /^Case [A-Z0-9-]+-\d{4}-\d{4}: / }).waitFor();
  assert.equal(await page.locator('button[data-action="move-to-FIRST_CONTACT"]').count(), 0,
    'the server says the case cannot move on yet: it is not offered as a button');
  assert.match(await page.locator('#next-step .next-blocked').textContent(), /^Not yet: Move to First contact$/);
  const why = await page.locator('#action-move-to-FIRST_CONTACT-why').textContent();
  assert.match(why, /facilitator/i);
  assert.doesNotMatch(why, /\([a-z]+(-[a-z]+)*\)|\[[a-z-]+\]/, 'said in words, never with the rule\'s code');
  assert.equal(await page.locator('#case-actions button[data-action="pause"]').isEnabled(), true);
  assert.equal(await page.locator('[data-why="decide"]').isVisible(), false, 'refused actions sit out of the way');
  await page.locator('#not-now summary').click();
  const notDecide = await page.locator('[data-why="decide"]').textContent();
  assert.match(notDecide, /^Make the supervision decision: .*case supervisor/);
  assert.doesNotMatch(notDecide, /\[[a-z-]+\]|\(forbidden\)/, 'asked why, the answer is in words');
  await page.locator('#case-actions').scrollIntoViewIfNeeded();
  await shot('case-why-not');
  assert.equal(await page.locator('button[data-action="decide"]').count(), 0);
  await page.getByRole('tab', { name: 'Overview', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('tab', { name: 'People', exact: true, selected: true }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-people', 'arrow keys move between the tabs');
  await page.locator('#participants').waitFor();
  await page.keyboard.press('End');
  await page.locator('#case-timeline').waitFor();
  step('the case page in parts: tabs used with the keyboard alone');
  assert.equal(await page.locator('ol.stages li[aria-current="step"]').textContent(), 'Referred',
    'the header shows where the case is on its way');
  assert.equal(await page.locator('#case-hold-banner').count(), 0, 'no banner while nothing holds the case');
  await noAxeViolations('case page');
  await shot('case');
  step('caseload and case page: an action not open now is no button, and says why in words');

  await openTab(page, 'Consents');
  await page.locator('#record-consent').click();
  await page.getByLabel('Whose consent').selectOption(await page.locator('#case-consent-participantId option',
    { hasText: /^Person harmed: / }).getAttribute('value'));
  await page.getByLabel('To what').selectOption('AGGREGATE_STATISTICS');
  await page.getByLabel('Version of the consent wording read to them').fill('consent-wording-v3');
  await page.locator('#case-consent button[type="submit"]').click();
  await page.locator('#case-consent-noIncentiveOffered-error')
    .filter({ hasText: /^Confirm that no incentive was offered: nobody may be offered one to take part\.$/ }).waitFor();
  await noAxeViolations('record a consent, refused');
  await page.getByLabel('No incentive was offered for this consent').check();
  await page.locator('#case-consent button[type="submit"]').click();
  await page.getByText('Aggregate statistics (given)').waitFor();
  await shot('case-consents');
  step('a consent is recorded from the case page, after the server asked for the no-incentive confirmation');
  await page.locator('#consents button[data-withdraw-consent]').click();
  await page.locator('#consents li', { hasText: 'Person harmed: Aggregate statistics (withdrawn)' }).waitFor();
  assert.equal(await page.locator('#consents button[data-withdraw-consent]').count(), 0);
  await openTab(page, 'Timeline');
  await page.getByText('Consent withdrawn: Aggregate statistics').waitFor();
  await shot('case-timeline');
  step('and withdrawn from it at once, with a line in the timeline');

  await openTab(page, 'People');
  await page.locator('#add-participant').click();
  await page.getByLabel('Taking part as').selectOption('SUPPORTER');
  await page.locator('#case-participant button[type="submit"]').click();
  await page.locator('[id="case-participant-supports-error"]')
    .filter({ hasText: /^Choose the participant of this case whom this supporter supports\.$/ }).waitFor();
  await page.locator('[id="case-participant-details.name-error"]').waitFor({ state: 'visible' });
  await noAxeViolations('add a participant, refused');
  const harmed = await page.locator('#case-participant-supports option', { hasText: 'Person harmed' }).getAttribute('value');
  await page.getByLabel('Whom they support (supporters only)').selectOption(harmed);
  await page.getByLabel('Name', { exact: true }).fill('Synthetic Supporter G');
  await page.locator('#case-participant button[type="submit"]').click();
  await page.locator('#participants li', { hasText: 'Supporter: Synthetic Supporter G' }).waitFor();
  await shot('case-people');
  step('a supporter joins the case from its page, once the server was told whom they support');

  await openTab(page, 'Notes');
  await page.locator('#write-note').click();
  await page.getByLabel('Note', { exact: true }).fill('Synthetic: prefers calls after 6pm');
  await page.getByLabel('Person harmed', { exact: true }).check();
  await noAxeViolations('write a note');
  await page.locator('#case-note button[type="submit"]').click();
  await page.locator('#notes li', { hasText: 'Synthetic: prefers calls after 6pm (may be shown to: Person harmed)' }).waitFor();
  await shot('case-notes');
  await openTab(page, 'Timeline');
  await page.getByText('Note written, may be shown to: Person harmed').waitFor();
  assert.equal(await page.getByText('Note written, may be shown to: Person harmed').textContent().then((x) => x.includes('6pm')), false,
    'the timeline says a note was written, never what it says');
  step('a note is written and shared with the person harmed; the timeline records it without its text');

  await page.locator('#print-summary').click();
  assert.equal(await page.getByLabel(/^Leave out sealed details/).isChecked(), true, 'left out unless chosen');
  await noAxeViolations('what goes in the summary');
  await page.getByRole('button', { name: 'Show the summary' }).click();
  const summary = page.locator('#case-summary');
  await summary.getByRole('heading', { name: /^Case summary: / }).waitFor();
  const leftOut = await summary.textContent();
  assert.ok(leftOut.includes('Sealed details are left out.') && leftOut.includes('Supporter'));
  assert.ok(!leftOut.includes('Synthetic Supporter G') && !leftOut.includes('6pm'), 'no name, no note\'s words');
  await noAxeViolations('case summary without sealed details');
  await shot('summary');
  await reflows(page, 'a case summary');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.shell-header').isVisible(), false, 'on paper, only the record');
  assert.equal(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Back to the case' }).click();
  await page.locator('#print-summary').click();
  await page.getByLabel(/^Include sealed details/).check();
  await page.getByRole('button', { name: 'Show the summary' }).click();
  await summary.getByText('Supporter: Synthetic Supporter G').waitFor();
  await summary.getByText(/Synthetic: prefers calls after 6pm/).waitFor();
  assert.match(await page.locator('#summary-sealed').textContent(), /^Sealed details are included/);
  await page.getByRole('button', { name: 'Back to the case' }).click();
  step('a summary to print leaves sealed details out unless they are chosen, and prints only the record');

  await page.locator('button[data-action="close"]').click();
  await page.getByLabel('Why the case closes').selectOption('NO_ENGAGEMENT');
  await page.locator('#case-close button[type="submit"]').click();
  await page.locator('.facts dd', { hasText: 'Closed' }).waitFor();
  await page.locator('button[data-action="re-engage"]:not([disabled])').click();
  await page.locator('.facts dd', { hasText: 'First contact' }).waitFor();
  await page.getByText(/Re-engaged: the process starts again at first contact/).waitFor();
  step('a case closed for want of engagement is re-engaged: it starts again at first contact');

  await page.locator('button[data-action="withdraw"]').click();
  await page.getByLabel('Reason (kept private)').fill('Synthetic: no longer wishes to continue');
  idleTooLong(user);
  await page.locator('#hold-withdraw button[type="submit"]').click();
  const dialog = page.locator('dialog#relogin');
  await dialog.getByText('Your session ended.').waitFor();
  await dialog.getByLabel('Username').fill(user);
  await dialog.getByLabel('Password').fill(password);
  await noAxeViolations('sign in again after the session ended');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await page.getByLabel('Reason (kept private)').inputValue(), 'Synthetic: no longer wishes to continue',
    'what was typed survives the expired session');
  step('an expired session signs in again over the form; nothing typed is lost');
  await page.locator('#hold-withdraw button[type="submit"]').click();
  await page.locator('#hold-withdraw-onBehalfOf-error').waitFor({ state: 'visible' });
  assert.equal(await page.getByLabel('Reason (kept private)').inputValue(), 'Synthetic: no longer wishes to continue',
    'what was typed stays after the server refused');
  await noAxeViolations('withdraw form with errors');
  await shot('withdraw');
  await page.getByLabel('On behalf of').selectOption({ label: 'Person harmed' });
  await page.locator('#hold-withdraw button[type="submit"]').click();
  await page.locator('.facts dd', { hasText: 'Withdrawn' }).waitFor();
  await page.getByRole('region', { name: 'This case was withdrawn' }).waitFor();
  await noAxeViolations('a withdrawn case, its banner first');
  step("the server's field errors show beside the field; the withdrawal then stands, in a banner above all else");

  await page.locator('button[data-action="close"]').click();
  await page.getByLabel('Why the case closes').selectOption('WITHDRAWN');
  await noAxeViolations('close the case');
  await page.locator('#case-close button[type="submit"]').click();
  await page.locator('.facts dd', { hasText: 'Closed' }).waitFor();
  await page.getByText(new RegExp(`Closed: Withdrawn; kept until \\d{4}-\\d{2}-\\d{2} \\(${user}\\)`)).waitFor();
  await page.getByText('Withdrawn on behalf of: Person harmed').waitFor();
  assert.equal(await page.locator('button[data-action="re-engage"]').isEnabled(), true,
    'a closed case can be re-engaged later, whoever stopped it: the person harmed sets the pace');
  assert.ok(await page.locator('#case-timeline h3').count() >= 1, 'the timeline is grouped under its days');
  await page.getByLabel('Show').selectOption({ label: 'Tasks and notes' });
  assert.equal(await page.locator('#timeline-days').getByText('Withdrawn on behalf of').count(), 0,
    'narrowed to one kind of step');
  await page.getByLabel('Show').selectOption({ label: 'Stages and holds' });
  await page.locator('#timeline-days').getByText('Withdrawn on behalf of: Person harmed').waitFor();
  await noAxeViolations('timeline narrowed to stages and holds');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('button', { name: 'Llwyth achosion' }).click();
  await page.locator('table.cases button.link').first().click();
  await page.getByText(/Caewyd: Wedi tynnu'n ôl; cedwir tan \d{4}-\d{2}-\d{2}/).waitFor();
  await page.getByText('Tynnwyd yn ôl ar ran: Y person a niweidiwyd').waitFor();
  assert.match(await page.locator('#case-timeline h3').first().textContent(), /^dydd /i, 'its days are named in Welsh');
  await noAxeViolations('case page in Welsh');
  await page.getByRole('tab', { name: 'Trosolwg', exact: true }).waitFor();
  await page.locator('#not-now summary', { hasText: /^Pam na allaf…\?/ }).click();
  assert.doesNotMatch(await page.locator('#not-now').textContent(), /\[[a-z-]+\]|\(forbidden\)/, 'in words, in Welsh too');
  await page.locator('#print-summary').click();
  await page.getByRole('group', { name: 'Beth sydd yn y crynodeb' }).waitFor();
  await page.getByRole('button', { name: 'Dangos y crynodeb' }).click();
  await page.getByRole('heading', { name: /^Crynodeb achos: / }).waitFor();
  await noAxeViolations('case summary in Welsh');
  await page.getByRole('button', { name: 'Llwyth achosion' }).click();
  await page.getByLabel("Enw, neu rai o'i eiriau").fill('Synthetic Person E');
  await page.getByRole('button', { name: 'Chwilio', exact: true }).click();
  await page.locator('#name-search-count', { hasText: 'Achosion a ganfuwyd: 1' }).waitFor();
  await page.locator('#name-search-results li', { hasText: '(fel Y person a niweidiwyd)' }).waitFor();
  await noAxeViolations('name search in Welsh');
  step('the case page\'s parts, its refused actions, the summary and the name search, in Welsh');
  await page.getByRole('button', { name: 'English' }).click();
  step('the case is closed from its page; its timeline, with its particulars, reads in Welsh too');

  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('heading', { name: 'Fy ngwaith', level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
  await page.getByRole('button', { name: 'Gadael y wefan hon yn gyflym' }).waitFor();
  await noAxeViolations('home in Welsh');
  await shot('home-cy');
  await page.getByRole('button', { name: 'Atgyfeiriadau' }).click();
  await page.getByRole('button', { name: 'Atgyfeiriad newydd' }).click();
  await page.getByLabel("Enw'r person a niweidiwyd").fill('Synthetic Person F');
  await page.getByRole('button', { name: 'Anfon yr atgyfeiriad' }).click();
  await page.locator('#referral-source-error').filter({ hasText: /^Mae angen hwn\.$/ }).waitFor();
  await page.locator('.field-error', { hasText: 'Rhowch o leiaf un ffordd ddiogel o gysylltu.' }).waitFor();
  await noAxeViolations('referral form with errors in Welsh');
  await shot('referral-form-cy');
  step("the server's field errors read in Welsh, by their codes");
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
  step('Welsh and back');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  step('signed out');

  // Keyboard only: the form takes focus, Tab moves on, Enter signs in.
  await page.keyboard.type(user);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.getByText(`Signed in as ${user}`).waitFor();
  step('signed in with the keyboard alone');
  await page.keyboard.press('Escape');
  await page.waitForURL((url) => url.href.startsWith(exitUrl));
  await page.goBack().catch(() => null);
  assert.ok(!page.url().startsWith(base + '#') && page.url() !== base && page.url() !== `${base}/`,
    `back does not return to the shell (at ${page.url()})`);
  step('Escape leaves at once, and Back does not return');

  await page.goto(base);
  await signIn();
  await page.getByRole('button', { name: 'Leave this site quickly' }).click();
  await page.waitForURL((url) => url.href.startsWith(exitUrl));
  step('the quick-exit button leaves too');
});
