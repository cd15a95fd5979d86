// What happened on a case, newest day first, each day under its date in the user's language (local time), narrowed to one
// kind of step if they like (stages and holds, people, consent, assessment and decision, tasks and notes).
import { orServerWords, t } from '../i18n.js';
import { element } from '../dom.js';
import { field } from '../forms.js';

const KINDS = {
  lifecycle: ['CASE_OPENED', 'STAGE_CHANGED', 'PAUSED', 'RESUMED', 'WITHDRAWN', 'HALTED', 'CLOSED', 'RE_ENGAGED'],
  people: ['FACILITATOR_ALLOCATED', 'FACILITATOR_REMOVED', 'PARTICIPANT_ADDED'],
  consent: ['CONSENT_GIVEN', 'CONSENT_WITHDRAWN', 'CONSENT_LAPSED'],
  assessment: ['ASSESSMENT_COMPLETED', 'ASSESSMENT_SIGNED_OFF', 'RISK_INFORMATION_RECORDED', 'ASSESSMENT_REOPENED',
    'DECISION_MADE', 'DECISION_SUPERSEDED'],
  work: ['TASK_DONE', 'NOTE_WRITTEN', 'SAFETY_PLAN_WRITTEN', 'SAFETY_PLAN_SIGNED_OFF', 'ATTENDEES_APPROVED'],
};
const VALUES = { from: 'stage', to: 'stage', role: 'role', roles: 'role', purpose: 'purpose',
  outcome: 'outcome', closeReason: 'closeReason', task: 'task', why: 'why' };

export function timelineSection(c) {
  const s = element('section', { id: 'case-timeline' });
  const form = element('form', { id: 'timeline-filter', class: 'filters' });
  const kind = field(form, 'kind', t('timeline.show'), 'select',
    [['', t('timeline.kind.all')], ...Object.keys(KINDS).map((k) => [k, t(`timeline.kind.${k}`)])]);
  const days = element('div', { id: 'timeline-days', 'aria-live': 'polite' });
  kind.control.addEventListener('change', () => days.replaceChildren(...byDay(c.timeline || [], kind.control.value)));
  days.append(...byDay(c.timeline || [], ''));
  s.append(element('h2', { text: t('case.timeline') }), form, days);
  return s;
}

function byDay(entries, family) {
  const shown = entries.filter((e) => !family || KINDS[family].includes(e.kind))
    .sort((a, b) => b.at.localeCompare(a.at));
  if (!shown.length) {
    return [element('p', { text: t('timeline.none') })];
  }
  const groups = [];
  for (const e of shown) {
    const when = new Date(e.at);
    const day = dayName(when);
    if (!groups.length || groups[groups.length - 1].day !== day) {
      groups.push({ day, list: element('ul', { class: 'timeline' }) });
    }
    const li = element('li');
    li.append(element('time', { datetime: e.at, text: `${two(when.getHours())}:${two(when.getMinutes())}` }),
      ` ${eventText(e)} (${e.actor})`);
    groups[groups.length - 1].list.append(li);
  }
  return groups.flatMap((g) => [element('h3', { text: g.day }), g.list]);
}

/**
 * The day in the interface's language, from its own message files: browsers' date formats do not all know
 * Welsh (Debian's Chromium answers in American English).
 */
export function dayName(date) {
  return t('timeline.day', { weekday: t(`weekday.${date.getDay()}`), day: date.getDate(),
    month: t(`month.${date.getMonth() + 1}`), year: date.getFullYear() });
}

function two(n) {
  return String(n).padStart(2, '0');
}

/**
 * A timeline entry in the interface's language, from its kind and particulars. Entries written before the
 * particulars were kept have only the server's English note: in English it is shown, in Welsh the kind of step.
 */
export function eventText(e) {
  const params = e.params || {};
  const values = {};
  for (const [name, value] of Object.entries(params)) {
    const family = VALUES[name];
    values[name] = family ? value.split(',').map((v) => t(`${family}.${v}`)).join(', ') : value;
  }
  const key = `timeline.${e.kind}${params.variant ? `.${params.variant}` : ''}`;
  const text = t(key, values);
  if (text !== key && !/\{\w+\}/.test(text)) {
    return text;
  }
  return orServerWords(`event.${e.kind}`, e.note);
}
