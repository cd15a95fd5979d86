// "My work", each person's home: what waits for them today, overdue first, across the core (tasks, new referrals)
// and every module offered to them (/api/work). Each entry opens where it is done; each list opens whole.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { renderCase } from './case-page.js';

/**
 * @param shell { me, home, openScreen(key, extra) → false when the user has no such screen, showCounts(page) }
 * @param stillWanted false once another screen was opened while the work was being read: then nothing is drawn
 * @return whether it was drawn
 */
export async function renderMyWork(main, shell, stillWanted) {
  const reply = await call('GET', '/api/work');
  if (!stillWanted()) {
    return false;
  }
  main.replaceChildren(element('h1', { text: t('work.title') }), element('p', { id: 'regions', text: shell.me.regions
    && shell.me.regions.length ? t('shell.regions', { regions: shell.me.regions.join(', ') }) : t('shell.noRegions') }));
  if (!reply.ok) {
    main.append(element('p', { role: 'alert', class: 'alert', text: t('shell.screenFailed') }));
    return true;
  }
  shell.showCounts(reply.body);
  if (reply.body.unavailable.length) {
    main.append(element('p', { role: 'status', class: 'alert', id: 'work-unavailable', text: t('work.unavailable',
      { modules: reply.body.unavailable.join(', ') }) }));
  }
  const waiting = reply.body.lists.filter((l) => l.total > 0);
  for (const list of waiting) {
    main.append(listSection(main, shell, list));
  }
  if (!waiting.length) {
    main.append(element('p', { id: 'nothing-waiting', text: t('work.nothing') }));
  }
  return true;
}

function listSection(main, shell, list) {
  const id = `work-${list.module}-${list.id}`;
  const s = element('section', { id, class: 'work-list', 'aria-labelledby': `${id}-title` });
  const title = element('h2', { id: `${id}-title`, text: `${t(list.labelKey)} (${list.total})` });
  if (list.overdue) {
    title.append(' ', element('span', { class: 'tag overdue', text: t('work.overdueCount', { count: list.overdue }) }));
  }
  const ul = element('ul');
  for (const entry of list.entries) {
    const li = element('li', entry.overdue ? { class: 'overdue' } : {});
    const open = element('button', { type: 'button', class: 'link', text: entryLabel(entry) });
    open.addEventListener('click', () => openEntry(main, shell, list, entry));
    li.append(open);
    if (entry.dueOn) {
      li.append(` ${t('case.due')} ${entry.dueOn}`, entry.overdue ? element('strong', { text: ` (${t('caseload.overdue')})` }) : '');
    }
    ul.append(li);
  }
  s.append(title, ul);
  if (list.screen && list.total > list.entries.length) {
    const all = element('button', { type: 'button', text: t('work.seeAll', { total: list.total }) });
    all.addEventListener('click', () => shell.openScreen(list.screen, {}));
    s.append(all);
  }
  return s;
}

/** The entry's words in the user's language; an argument named xKey is a message key whose words fill {x}. */
function entryLabel(entry) {
  const values = {};
  for (const [name, value] of Object.entries(entry.args || {})) {
    values[name.endsWith('Key') ? name.slice(0, -3) : name] = name.endsWith('Key') ? t(value) : value;
  }
  const what = t(entry.labelKey, values);
  return entry.reference ? `${entry.reference}: ${what}` : what;
}

/** A module's entry opens in its screen; a task on its case; a referral in the inbox. */
async function openEntry(main, shell, list, entry) {
  const back = { back: shell.home, backLabelKey: 'work.back' };
  if (list.module !== 'core' && list.screen && await shell.openScreen(list.screen, { open: entry.target, ...back })) {
    return;
  }
  if (entry.caseId) {
    await renderCase(main, entry.caseId, shell.home, 'work.back');
    return;
  }
  await shell.openScreen(list.screen, back);
}
