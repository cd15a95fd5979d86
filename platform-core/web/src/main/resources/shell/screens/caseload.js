// A practitioner's or coordinator's cases: filter, sort (overdue tasks first by default), page through.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { field } from '../forms.js';
import { renderCase } from './case-page.js';
import { nameSearch } from './name-search.js';

const HUB_STAFF = ['NATIONAL_ADMIN', 'HUB_ADMIN', 'COORDINATOR'];

const PAGE = 20;
const STAGES = ['REFERRED', 'FIRST_CONTACT', 'CONSENT', 'ASSESSMENT', 'DECISION', 'PREPARATION', 'DELIVERY',
  'OUTCOME', 'AFTER_CARE', 'CLOSED'];
const state = { reference: '', stage: '', hold: '', sort: 'DUE', offset: 0 };

/** @param me who is signed in: hub staff may also find a case by a participant's name */
export async function renderCaseload(main, me) {
  main.replaceChildren(element('h1', { text: t('caseload.title') }));
  if (me && me.roles.some((r) => HUB_STAFF.includes(r))) {
    main.append(nameSearch(main, () => renderCaseload(main, me)));
  }
  const form = element('form', { id: 'caseload-filter', class: 'filters' });
  const reference = field(form, 'reference', t('caseload.reference'));
  reference.control.value = state.reference;
  const stage = field(form, 'stage', t('caseload.stage'), 'select',
    [['', t('caseload.any')], ...STAGES.map((s) => [s, t(`stage.${s}`)])]);
  const hold = field(form, 'hold', t('caseload.hold'), 'select',
    [['', t('caseload.any')], ...['NONE', 'PAUSED', 'WITHDRAWN', 'HALTED'].map((h) => [h, t(`hold.${h}`)])]);
  const sort = field(form, 'sort', t('caseload.sort'), 'select',
    ['DUE', 'NEWEST', 'OLDEST'].map((s) => [s, t(`caseload.sort.${s}`)]));
  stage.control.value = state.stage;
  hold.control.value = state.hold;
  sort.control.value = state.sort;
  form.append(element('button', { type: 'submit', text: t('caseload.apply') }));
  const results = element('div', { id: 'caseload-results', 'aria-live': 'polite' });
  main.append(form, results);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    Object.assign(state, { reference: reference.control.value.trim(), stage: stage.control.value, hold: hold.control.value, sort: sort.control.value, offset: 0 });
    load(main, me, results);
  });
  await load(main, me, results);
}

async function load(main, me, results) {
  const query = new URLSearchParams({ limit: PAGE, offset: state.offset, sort: state.sort });
  if (state.reference) query.set('reference', state.reference);
  if (state.stage) query.set('stage', state.stage);
  if (state.hold) query.set('hold', state.hold);
  const reply = await call('GET', `/api/cases?${query}`);
  if (!reply.ok) {
    results.replaceChildren(element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const total = reply.total || reply.body.length;
  const table = element('table', { class: 'cases' });
  table.append(element('caption', { text: t('caseload.count', { total }) }));
  const head = element('tr');
  ['caseload.case', 'caseload.stage', 'caseload.hold', 'caseload.region', 'caseload.nextDue'].forEach((key) =>
    head.append(element('th', { scope: 'col', text: t(key) })));
  table.append(element('thead'), element('tbody'));
  table.tHead.append(head);
  for (const c of reply.body) {
    const row = element('tr', c.overdue ? { class: 'overdue' } : {});
    const open = element('button', { type: 'button', class: 'link', text: t('caseload.open', { reference: c.reference, category: t(`offence.${c.offenceCategory}`), opened: c.openedAt.slice(0, 10) }) });
    open.addEventListener('click', () => renderCase(main, c.id, () => renderCaseload(main, me)));
    const cell = element('td');
    cell.append(open);
    row.append(cell, element('td', { text: t(`stage.${c.stage}`) }), element('td', { text: t(`hold.${c.hold}`) }),
      element('td', { text: c.region }),
      element('td', { text: c.nextDueOn ? `${c.nextDueOn}${c.overdue ? ` (${t('caseload.overdue')})` : ''}` : '' }));
    table.tBodies[0].append(row);
  }
  const pager = element('div', { class: 'pager' });
  const previous = element('button', { type: 'button', text: t('caseload.previous'), disabled: state.offset === 0 });
  const next = element('button', { type: 'button', text: t('caseload.next'), disabled: state.offset + PAGE >= total });
  previous.addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); load(main, me, results); });
  next.addEventListener('click', () => { state.offset += PAGE; load(main, me, results); });
  pager.append(previous, next);
  results.replaceChildren(reply.body.length ? table : element('p', { text: t('caseload.empty') }), pager);
}
