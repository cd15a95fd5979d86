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
import { renderMyWork } from './screens/my-work.js';
import { renderVenues } from './screens/venues.js';

// The core's own screens, for the roles that work on cases; modules add theirs through /api/screens.
const CASE_ROLES = ['NATIONAL_ADMIN', 'HUB_ADMIN', 'COORDINATOR', 'PRACTITIONER', 'CASE_SUPERVISOR'];

const main = document.getElementById('main');
const nav = document.getElementById('shell-nav');
const whoami = document.getElementById('whoami');
const logout = document.getElementById('logout');
/** Whose screens are open: a sign-in after an expired session must be the same person to keep them. */
let currentUser = null;
/** The navigation's screens by "<module>/<id>" ("core/..." for the core's own), for My work's links. */
const navScreens = new Map();
/** What My work needs of the shell. */
let shellContext = null;
/** Counts the screens opened: a slow answer for a screen already left must not replace the one opened since. */
let opened = 0;

function openingView() {
  opened += 1;
  const mine = opened;
  return () => mine === opened;
}


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
  const core = [{ id: 'home', labelKey: 'nav.myWork', open: showMyWork }];
  if (me.body.roles.some((r) => CASE_ROLES.includes(r))) {
    core.push({ id: 'caseload', labelKey: 'nav.caseload', open: () => renderCaseload(main, me.body) });
  }
  if (me.body.roles.some((r) => ['COORDINATOR', 'HUB_ADMIN', 'PRACTITIONER', 'CASE_SUPERVISOR'].includes(r))) {
    core.push({ id: 'venues', labelKey: 'nav.venues', open: () => renderVenues(main, me.body) });
  }
  if (me.body.roles.some((r) => ['COORDINATOR', 'HUB_ADMIN', 'PARTNER_REFERRER'].includes(r))) {
    core.push({ id: 'referrals', labelKey: 'nav.referrals', open: () => renderReferrals(main, me.body) });
  }
  if (me.body.roles.some((r) => r === 'HUB_ADMIN' || r === 'NATIONAL_ADMIN')) {
    core.push({ id: 'region-modules', labelKey: 'nav.regionModules', open: () => renderRegionModules(main, me.body) });
  }
  shellContext = { me: me.body, home: showMyWork, openScreen: openByKey, showCounts };
  renderNav([...core, ...offered]);
  await showMyWork();
}

async function showMyWork() {
  if (await renderMyWork(main, shellContext, openingView())) {
    main.focus();
  }
}

function renderNav(screens) {
  const list = element('ul');
  navScreens.clear();
  for (const screen of screens) {
    const key = `${screen.module || 'core'}/${screen.id}`;
    navScreens.set(key, screen);
    const item = element('li');
    const count = element('span', { class: 'count', 'aria-hidden': 'true', hidden: true });
    const said = element('span', { id: `count-${key.replace('/', '-')}`, hidden: true }); // its description
    const button = element('button', { type: 'button', 'data-screen': key, text: t(screen.labelKey) });
    button.append(count);
    button.addEventListener('click', async () => {
      await openByKey(key, {});
      if (key !== 'core/home') { // My work counts as it opens
        refreshCounts();
      }
    });
    item.append(button, said);
    list.append(item);
  }
  nav.replaceChildren(list);
  nav.hidden = screens.length === 0;
}

/** Opens a navigation screen, given what to open in it; false when the user has no such screen. */
async function openByKey(key, extra) {
  const screen = navScreens.get(key);
  if (!screen) {
    return false;
  }
  openingView();
  if (screen.open) {
    await screen.open(extra);
  } else {
    await openScreen(screen, extra);
  }
  main.focus();
  return true;
}

/** Beside each navigation entry, how much waits in it (from /api/work); "My work" has it all. */
function showCounts(work) {
  const totals = new Map([['core/home', 0]]);
  for (const list of work.lists) {
    totals.set('core/home', totals.get('core/home') + list.total);
    if (list.screen) {
      totals.set(list.screen, (totals.get(list.screen) || 0) + list.total);
    }
  }
  for (const button of nav.querySelectorAll('button[data-screen]')) {
    const total = totals.get(button.dataset.screen) || 0;
    const said = document.getElementById(`count-${button.dataset.screen.replace('/', '-')}`);
    button.querySelector('.count').textContent = String(total);
    button.querySelector('.count').hidden = total === 0;
    said.textContent = total ? t('nav.waiting', { count: total }) : '';
    button.setAttribute('aria-describedby', said.id);
  }
}

async function refreshCounts() {
  const work = await call('GET', '/api/work');
  if (work.ok) {
    showCounts(work.body);
  }
}

async function openScreen(screen, extra = {}) {
  await openModuleScreen(screen, main, extra);
}

async function signOut() {
  await call('POST', '/api/auth/logout');
  forget();
  // Start afresh: nothing of the session survives in this page's memory.
  window.location.replace('/');
}

start();
