// What every browser test needs: Debian's chromium, axe-core, screenshots, and a sign-in.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const axeSource = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

export async function openBrowser() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // No background traffic: this machine talks to loopback only.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await (await browser.newContext({ viewport: { width: 1100, height: 800 } })).newPage();
  return { browser, page };
}

export const step = (what) => console.log(`ok - ${what}`);

export async function noAxeViolations(page, screen) {
  await page.evaluate(axeSource); // through DevTools: the shell's own CSP still forbids inline scripts
  const result = await page.evaluate(() => window.axe.run(document,
    { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], screen);
  step(`axe: no violations on ${screen}`);
}

export async function shot(page, name) {
  if (process.env.KINTSUGI_SHOTS) {
    mkdirSync(process.env.KINTSUGI_SHOTS, { recursive: true });
    await page.screenshot({ path: `${process.env.KINTSUGI_SHOTS}/${name}.png`, fullPage: true });
  }
}

export async function signIn(page, user, password) {
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in as ${user}`).waitFor();
}

/** Runs the checks, prints the first failure, and leaves a screenshot of it. */
export async function run(checks) {
  const { browser, page } = await openBrowser();
  try {
    await checks(page);
  } catch (e) {
    console.error(`not ok - ${e.message}`);
    await shot(page, 'failure').catch(() => null);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

/** Ends the user's sessions as 31 idle minutes would (the test database, through psql). */
export function idleTooLong(username) {
  execFileSync('psql', [process.env.KINTSUGI_DB, '-q', '-c', `UPDATE user_session SET last_seen_at = now() - interval '31 minutes' `
    + `WHERE user_id = (SELECT id FROM user_account WHERE username = '${username.replace(/'/g, '')}')`]);
}

/** Opens one part of the case page (its tabs: Overview, People, Consents, ..., a module's tab, Timeline). */
export async function openTab(page, name) {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

/** Nothing wider than the window: WCAG reflow at 320 px, and 200 % zoom of a 1280 px screen (640 px). */
export async function reflows(page, what) {
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 700 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const wide = await page.evaluate((w) => [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > w + 1).slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${e.className}` : ''}`), width);
    assert.ok(overflow <= 0, `${what} at ${width} px scrolls sideways by ${overflow} px (${wide.join(', ')})`);
  }
  await page.setViewportSize({ width: 1100, height: 800 });
  step(`${what}: no sideways scrolling at 320 px or at 200 % zoom`);
}
