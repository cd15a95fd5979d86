// The shell: sign-in, the user's regions, and the screens of the modules installed and enabled for them.
import { call, forget, signedIn } from './api.js';
import { language, t, useLanguage, useModuleMessages } from './i18n.js';
import { element } from './dom.js';
import { renderLogin } from './login.js';
import { installQuickExit } from './quick-exit.js';
import { renderCaseload } from './screens/caseload.js';
import { renderRegionModules } from './screens/region-modules.js';
import { renderReferrals } from './screens/referrals.js';
import { openModuleScreen, setCaseScreens } from './module-screens.js';

// The core's own screens, for the roles that work on cases; modules add theirs through /api/screens.
const CASE_ROLES = ['NATIONAL_ADMIN', 'HUB_ADMIN', 'COORDINATOR', 'PRACTITIONER', 'CASE_SUPERVISOR'];

const main = document.getElementById('main');
const nav = document.getElementById('shell-nav');
const whoami = document.getElementById('whoami');
const logout = document.getElementById('logout');
/** Whose screens are open: a sign-in after an expired session must be the same person to keep them. */
let currentUser = null;


async function start() {
  const settings = await (await fetch('/settings.json', { cache: 'no-store' })).json();
  installQuickExit(settings.quickExitUrl);
  await useLanguage('en');
  document.getElementById('language').addEventListener('click', switchLanguage);
  logout.addEventListener('click', signOut);
  document.addEventListener('kintsugi:session-expired', signInAgain);
  showLogin();
}

async function switchLanguage() {
  await useLanguage(t('shell.languageCode'));
  const button = document.getElementById('language');
  button.textContent = t('shell.language');
  button.lang = t('shell.languageCode');
  if (signedIn()) {
    await showHome();
  } else {
    showLogin();
  }
}

function showLogin(notice) {
  currentUser = null;
  nav.hidden = true;
  whoami.hidden = true;
  logout.hidden = true;
  renderLogin(main, showHome, notice);
}

/**
 * The session ended under an open screen: sign in again in a dialog over it, so nothing typed is lost.
 * Someone else signing in there gets a fresh home page, never the previous user's screen.
 */
function signInAgain() {
  if (!currentUser || document.getElementById('relogin')) {
    showLogin(t('login.expired'));
    return;
  }
  const previous = currentUser;
  const dialog = element('dialog', { id: 'relogin', 'aria-label': t('login.title') });
  document.body.append(dialog);
  renderLogin(dialog, async () => {
    dialog.close();
    dialog.remove();
    const me = await call('GET', '/api/auth/me');
    if (!me.ok || me.body.id !== previous) {
      await showHome();
    }
  }, t('login.expired'));
  dialog.showModal();
}

async function showHome() {
  const [me, screens] = await Promise.all([call('GET', '/api/auth/me'), call('GET', '/api/screens')]);
  if (!me.ok) {
    showLogin();
    return;
  }
  currentUser = me.body.id;
  whoami.hidden = false;
  whoami.textContent = t('shell.signedInAs', { name: me.body.displayName || me.body.username });
  logout.hidden = false;
  const all = screens.ok ? screens.body : [];
  await useModuleMessages([...new Set(all.map((s) => s.module))]);
  setCaseScreens(all.filter((s) => s.placement === 'CASE'));
  const offered = all.filter((s) => s.placement === 'NAVIGATION');
  const core = [];
  if (me.body.roles.some((r) => CASE_ROLES.includes(r))) {
    core.push({ id: 'caseload', labelKey: 'nav.caseload', open: () => renderCaseload(main) });
  }
  if (me.body.roles.some((r) => ['COORDINATOR', 'HUB_ADMIN', 'PARTNER_REFERRER'].includes(r))) {
    core.push({ id: 'referrals', labelKey: 'nav.referrals', open: () => renderReferrals(main, me.body) });
  }
  if (me.body.roles.some((r) => r === 'HUB_ADMIN' || r === 'NATIONAL_ADMIN')) {
    core.push({ id: 'region-modules', labelKey: 'nav.regionModules', open: () => renderRegionModules(main, me.body) });
  }
  renderNav([...core, ...offered]);
  main.replaceChildren(element('h1', { text: t('shell.home') }),
    element('p', { id: 'regions', text: me.body.regions && me.body.regions.length
      ? t('shell.regions', { regions: me.body.regions.join(', ') }) : t('shell.noRegions') }),
    element('p', { id: 'screens-note', text: offered.length || core.length ? t('shell.welcome') : t('shell.noScreens') }));
  main.focus();
}

function renderNav(screens) {
  const list = element('ul');
  for (const screen of screens) {
    const item = element('li');
    const button = element('button', { type: 'button', 'data-screen': `${screen.module || 'core'}/${screen.id}`,
      text: t(screen.labelKey) });
    button.addEventListener('click', () => (screen.open ? screen.open() : openScreen(screen)));
    item.append(button);
    list.append(item);
  }
  nav.replaceChildren(list);
  nav.hidden = screens.length === 0;
}

async function openScreen(screen) {
  await openModuleScreen(screen, main, {});
  main.focus();
}

async function signOut() {
  await call('POST', '/api/auth/logout');
  forget();
  // Start afresh: nothing of the session survives in this page's memory.
  window.location.replace('/');
}

start();
