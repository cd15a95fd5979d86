// A case to print or save: sealed details (names, contact ways, reasons, notes' words) left out unless the user
// chooses to include them; the server records that choice with the request that returns them.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { alertBox } from '../forms.js';
import { dayName, eventText } from './case-timeline.js';

/** First the choice, said plainly; leaving sealed details out is chosen already. */
export function renderSummaryChoice(main, c, back) {
  const form = element('form', { id: 'summary-choice', novalidate: true });
  const group = element('fieldset');
  group.append(element('legend', { text: t('summary.choose') }));
  for (const [value, checked] of [['leave-out', true], ['include', false]]) {
    const id = `summary-sealed-${value}`;
    const row = element('div', { class: 'check' });
    row.append(element('input', { type: 'radio', name: 'sealed', id, value, checked }),
      element('label', { for: id, text: t(`summary.sealed.${value}`) }));
    group.append(row);
  }
  const show = element('button', { type: 'submit', class: 'primary', text: t('summary.show') });
  const cancel = element('button', { type: 'button', text: t('hold.cancel') });
  cancel.addEventListener('click', back);
  form.append(element('h2', { text: t('summary.title') }), alertBox(), group,
    element('p', { class: 'hint', text: t('summary.recorded') }), show, cancel);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const sealed = form.querySelector('input[name="sealed"]:checked').value;
    const reply = await call('GET', `/api/cases/${c.id}/summary?sealed=${sealed}`);
    if (!reply.ok) {
      const alert = form.querySelector('.alert');
      alert.hidden = false;
      alert.textContent = t('shell.screenFailed');
      return;
    }
    renderSummary(main, reply.body, back);
  });
  main.replaceChildren(form);
  form.querySelector('input[name="sealed"]').focus();
}

function renderSummary(main, s, back) {
  const tools = element('div', { class: 'no-print summary-tools' });
  const print = element('button', { type: 'button', class: 'primary', text: t('summary.print') });
  print.addEventListener('click', () => window.print());
  const close = element('button', { type: 'button', text: t('summary.back') });
  close.addEventListener('click', back);
  tools.append(print, close);
  const article = element('article', { id: 'case-summary', 'aria-labelledby': 'case-summary-title' });
  const f = s.facts;
  article.append(element('h1', { id: 'case-summary-title', text: t('summary.heading', { reference: f.reference }) }),
    element('p', { id: 'summary-sealed', class: s.sealedIncluded ? 'tag risk' : 'hint',
      text: t(s.sealedIncluded ? 'summary.includedNote' : 'summary.leftOutNote') }),
    element('p', { text: t('summary.printed', { when: s.printedAt.slice(0, 16).replace('T', ' '), by: s.printedBy }) }),
    pairs([[t('case.stage'), t(`stage.${f.stage}`)], [t('case.hold'), t(`hold.${f.hold}`)], [t('case.region'), f.region],
      [t('case.opened'), f.openedAt.slice(0, 10)], [t('referral.offence'), t(`offence.${f.offenceCategory}`)],
      [t('case.facilitators'), s.facilitators.join(', ') || t('case.noFacilitator')]]));
  article.append(part('people', s.participants.map((p) => `${t(`role.${p.role}`)}${p.name ? `: ${p.name}` : ''}`
    + (p.safeContact ? ` (${p.safeContact.map((w) => `${t(`method.${w.method}`)} ${w.value || ''}`.trim()).join('; ')})` : ''))));
  article.append(part('consents', s.consents.map((k) => `${t(`role.${k.role}`)}: ${t(`purpose.${k.purpose}`)} (${k.active
    ? t('case.consentActive') : t('case.consentWithdrawn')})${k.informationGiven ? ` ${k.informationGiven}` : ''}`)));
  article.append(part('assessments', s.assessments.map((a) => `${t(`role.${a.role}`)}: ${t(`assessment.${a.status || 'NOT_STARTED'}`)}`)));
  article.append(part('decisions', s.decisions.map((d) => `${t(`outcome.${d.outcome}`)} (${d.decidedAt.slice(0, 10)})`
    + `${d.current ? '' : ` ${t('summary.superseded')}`}${d.reasons ? `: ${d.reasons}` : ''}${d.conditions ? `; ${d.conditions}` : ''}`)));
  if (s.hold || s.closure) {
    article.append(part('stopped', [
      s.hold ? `${t(`hold.${f.hold}`)} ${s.hold.at.slice(0, 10)}${s.hold.reason ? `: ${s.hold.reason}` : ''}`
        + `${s.hold.tellOtherParty ? ` (${t('hold.tellOtherParty')}: ${s.hold.tellOtherParty})` : ''}` : null,
      s.closure ? `${t(`closeReason.${s.closure.reason}`)}, ${t('case.keptUntil')} ${s.closure.retainUntil}`
        + `${s.closure.note ? `: ${s.closure.note}` : ''}` : null].filter(Boolean)));
  }
  article.append(part('tasks', s.tasks.map((k) => `${t(`task.${k.kind}`)}: ${k.doneAt ? t('case.taskDone') : `${t('case.due')} ${k.dueOn}`}`)));
  if (s.sealedIncluded) {
    article.append(part('notes', s.notes.map((n) => `${n.writtenAt.slice(0, 10)} ${n.writtenBy}: ${n.text}`)));
  }
  article.append(part('timeline', s.timeline.map((e) => `${when(e.at)}: ${eventText(e)} (${e.actor})`)));
  main.replaceChildren(tools, article);
  print.focus();
}

/** The day in the user's language and the local time, as the case page's timeline says it. */
function when(at) {
  const d = new Date(at);
  return `${dayName(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function part(id, lines) {
  const s = element('section', { id: `summary-${id}` });
  const ul = element('ul');
  lines.forEach((text) => ul.append(element('li', { text })));
  if (!lines.length) {
    ul.append(element('li', { text: t('case.none') }));
  }
  s.append(element('h2', { text: t(`summary.part.${id}`) }), ul);
  return s;
}

function pairs(list) {
  const dl = element('dl', { class: 'facts' });
  list.forEach(([term, value]) => dl.append(element('dt', { text: term }), element('dd', { text: value })));
  return dl;
}
