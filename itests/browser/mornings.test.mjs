// Two mornings on the distribution (MorningsIT), each starting at "My work": a coordinator clears an overdue first
// contact; a facilitator reviews the letter waiting for them. Both languages, axe, 320 px and 200 % zoom.
import assert from 'node:assert/strict';
import { noAxeViolations, reflows, run, shot, signIn, step } from './browser.mjs';

const base = process.env.KINTSUGI_URL;
const password = process.env.KINTSUGI_PASSWORD;
const coordinator = process.env.KINTSUGI_COORDINATOR;
const facilitator = process.env.KINTSUGI_PRACTITIONER;
const overdueReference = process.env.KINTSUGI_OVERDUE_REFERENCE;
const letterReference = process.env.KINTSUGI_LETTER_REFERENCE;

async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

await run(async (page) => {
  await page.goto(base);
  await signIn(page, coordinator, password);
  await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
  const overdue = page.locator('#work-core-tasks-overdue');
  await overdue.getByRole('heading', { name: /^Tasks overdue \(1\) 1 overdue$/ }).waitFor();
  const entry = overdue.getByRole('button', { name: `${overdueReference}: First contact` });
  await entry.waitFor();
  await page.locator('#work-core-new-referrals').waitFor();
  assert.equal(await page.locator('#work-letter-exchange-to-review').count(), 0, 'reviewing letters is not a coordinator\'s work');
  await noAxeViolations(page, 'a coordinator\'s My work');
  await shot(page, 'my-work');
  await reflows(page, 'My work');
  step('the coordinator\'s home: the overdue first contact first, by case reference');

  await entry.click();
  await page.getByRole('heading', { name: new RegExp(`^Case ${overdueReference}: `) }).waitFor();
  const next = page.locator('#next-step');
  await next.getByText(/First contact: due \d{4}-\d{2}-\d{2} \(overdue\)/).waitFor();
  await noAxeViolations(page, 'the case, opened from My work');
  await shot(page, 'case-next-step');
  await reflows(page, 'the case page');
  await next.locator('button[data-next-task-done]').click();
  await page.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
  await page.locator('#tasks li', { hasText: 'First contact: done' }).waitFor();
  await page.getByRole('button', { name: 'Back to my work' }).click();
  await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
  assert.equal(await page.locator('#work-core-tasks-overdue').count(), 0, 'nothing overdue any more');
  step('case opened from home, first contact marked done as the next step, and home again with nothing overdue');

  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.getByRole('heading', { name: 'Fy ngwaith', level: 1 }).waitFor();
  await page.locator('#work-core-new-referrals').getByRole('heading', { name: /^Atgyfeiriadau newydd i benderfynu arnynt/ }).waitFor();
  await noAxeViolations(page, 'My work in Welsh');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
  step('the coordinator\'s home in Welsh');
  await signOut(page);

  await signIn(page, facilitator, password);
  await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
  const reviewNav = page.locator('nav button[data-screen="letter-exchange/review-queue"]');
  assert.equal(await reviewNav.locator('.count').textContent(), '1', 'the count beside the navigation entry');
  assert.equal(await page.locator('#count-letter-exchange-review-queue').textContent(), '1 waiting');
  const toReview = page.locator('#work-letter-exchange-to-review');
  await toReview.getByRole('heading', { name: /^Letters to review \(1\)/ }).waitFor();
  await noAxeViolations(page, 'a facilitator\'s My work');
  await shot(page, 'my-work-facilitator');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await page.locator('#work-letter-exchange-to-review').getByRole('heading', { name: /^Llythyrau i'w hadolygu \(1\)/ }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^${letterReference}: Llythyr gan`) }).waitFor();
  await noAxeViolations(page, 'a facilitator\'s My work in Welsh');
  await page.getByRole('button', { name: 'English' }).click();
  step('the facilitator\'s home: one letter to review, counted beside "Letters to review", in both languages');

  await page.getByRole('button', { name: `${letterReference}: Letter from the Person responsible, to review` }).click();
  await page.locator('#letter-review').waitFor();
  await page.locator('button[data-letter-action="approve"]').click();
  await page.locator('#letter-state', { hasText: 'Approved' }).waitFor();
  await page.getByRole('button', { name: 'Back to my work' }).click();
  await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
  assert.equal(await page.locator('#work-letter-exchange-to-review').count(), 0, 'the letter is no longer waiting');
  assert.equal(await reviewNav.locator('.count').isHidden(), true, 'and the count beside the navigation is gone');
  await noAxeViolations(page, 'My work after the review');
  step('a letter opened from home, approved, and home again with the count gone down');
});
