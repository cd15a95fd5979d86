// The case page's other forms (close, decide, record a consent): fields by description, one way to send.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { alertBox, field, showProblem } from '../forms.js';
import { METHODS } from './referral-form.js';

const CLOSE_REASONS = ['COMPLETED', 'WITHDRAWN', 'HALTED', 'NOT_SUITABLE', 'NO_ENGAGEMENT', 'OTHER'];
const OUTCOMES = ['DIRECT_CONTACT', 'INDIRECT_CONTACT', 'SURVIVOR_ONLY', 'NOT_SUITABLE'];
const PURPOSES = ['TAKE_PART', 'BE_CONTACTED', 'AGGREGATE_STATISTICS'];
const PARTY_ROLES = ['PERSON_HARMED', 'PERSON_RESPONSIBLE', 'SUPPORTER', 'AFFECTED_OTHER'];
const choose = (values, prefix) => [['', t('referral.choose')], ...values.map((v) => [v, t(`${prefix}.${v}`)])];

/**
 * What each form asks and where it goes. A checkbox field sends true or false, a checkbox group the list of
 * values ticked; a dotted name (details.safeContact.0.method) sends a nested body.
 */
export function caseFormSpec(kind, c) {
  const named = (p) => `${t(`role.${p.role}`)}${p.details && p.details.name ? `: ${p.details.name}` : ''}`;
  const parties = c.participants.filter((p) => p.role !== 'FACILITATOR').map((p) => [p.id, named(p)]);
  const supportable = c.participants.filter((p) => p.role !== 'FACILITATOR' && p.role !== 'SUPPORTER').map((p) => [p.id, named(p)]);
  const present = PARTY_ROLES.filter((role) => c.participants.some((p) => p.role === role));
  return {
    close: { path: 'close', title: 'action.close', fields: [
      { name: 'reason', label: 'caseForm.closeReason', kind: 'select', options: choose(CLOSE_REASONS, 'closeReason'), required: true },
      { name: 'note', label: 'caseForm.note', kind: 'textarea', max: 2000 }] },
    decide: { path: 'decisions', title: 'action.decide', fields: [
      { name: 'outcome', label: 'caseForm.outcome', kind: 'select', options: choose(OUTCOMES, 'outcome'), required: true },
      { name: 'reasons', label: 'caseForm.reasons', kind: 'textarea', required: true, max: 4000 },
      { name: 'conditions', label: 'caseForm.conditions', kind: 'textarea', max: 4000 }] },
    consent: { path: 'consents', title: 'caseForm.consentTitle', fields: [
      { name: 'participantId', label: 'caseForm.participant', kind: 'select', options: [['', t('referral.choose')], ...parties], required: true },
      { name: 'purpose', label: 'caseForm.purpose', kind: 'select', options: choose(PURPOSES, 'purpose'), required: true },
      { name: 'wordingVersion', label: 'caseForm.wordingVersion', kind: 'input', required: true },
      { name: 'informationGiven', label: 'caseForm.informationGiven', kind: 'textarea', max: 4000 },
      { name: 'noIncentiveOffered', label: 'caseForm.noIncentive', kind: 'checkbox' }] },
    participant: { path: 'participants', title: 'caseForm.participantTitle', fields: [
      { name: 'role', label: 'caseForm.participantRole', kind: 'select', options: choose(PARTY_ROLES, 'role'), required: true },
      { name: 'supports', label: 'caseForm.supports', kind: 'select', options: [['', t('caseForm.supportsNobody')], ...supportable] },
      { name: 'details.name', label: 'caseForm.participantName', kind: 'input', required: true, max: 200 },
      { name: 'details.safeContact.0.method', label: 'referral.safeMethod', kind: 'select', options: choose(METHODS, 'method') },
      { name: 'details.safeContact.0.value', label: 'referral.safeValue', kind: 'input', max: 500 }] },
    note: { path: 'notes', title: 'caseForm.noteTitle', fields: [
      { name: 'text', label: 'caseForm.noteText', kind: 'textarea', required: true, max: 8000 },
      { name: 'visibleTo', label: 'caseForm.visibleTo', kind: 'checkboxes', options: present.map((r) => [r, t(`role.${r}`)]) }] },
  }[kind];
}

export function renderCaseForm(main, c, kind, done) {
  const spec = caseFormSpec(kind, c);
  const form = element('form', { id: `case-${kind}`, novalidate: true });
  form.append(element('h2', { text: t(spec.title) }), alertBox());
  const fields = [];
  const boxes = [];
  const groups = [];
  for (const f of spec.fields) {
    if (f.kind === 'checkboxes') {
      groups.push({ name: f.name, ticks: checkboxGroup(form, `case-${kind}-${f.name}`, t(f.label), f.options) });
    } else if (f.kind === 'checkbox') {
      const box = element('input', { type: 'checkbox', id: `case-${kind}-${f.name}` });
      const error = element('p', { id: `${box.id}-error`, class: 'field-error', hidden: true });
      box.setAttribute('aria-describedby', error.id);
      const row = element('div', { class: 'check' });
      row.append(box, element('label', { for: box.id, text: t(f.label) }));
      form.append(error, row);
      boxes.push({ name: f.name, box, control: box, error }); // the server's word on it goes beside it
    } else {
      fields.push(field(form, f.name, t(f.label), f.kind, f.options || [], Boolean(f.required), f.max || 0));
    }
  }
  const cancel = element('button', { type: 'button', text: t('hold.cancel') });
  cancel.addEventListener('click', done);
  form.append(element('button', { type: 'submit', text: t(spec.title) }), cancel);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {};
    fields.forEach((f) => { if (f.control.value.trim()) nest(body, f.name, f.control.value); });
    boxes.forEach((b) => { body[b.name] = b.box.checked; });
    groups.forEach((g) => { body[g.name] = g.ticks.filter((tick) => tick.checked).map((tick) => tick.value); });
    const reply = await call('POST', `/api/cases/${c.id}/${spec.path}`, body);
    if (reply.ok) {
      await done();
    } else {
      showProblem(form, [...fields, ...boxes], reply.body);
    }
  });
  main.replaceChildren(form);
  fields[0].control.focus();
}

/** Sets a dotted path in body; a numeric part makes an array (safeContact.0.method). */
function nest(body, name, value) {
  const parts = name.split('.');
  let at = body;
  parts.slice(0, -1).forEach((part, i) => {
    at[part] = at[part] || (/^\d+$/.test(parts[i + 1]) ? [] : {});
    at = at[part];
  });
  at[parts[parts.length - 1]] = value;
}

/** A labelled group of checkboxes (a fieldset), one per [value, label]; returns the boxes. */
function checkboxGroup(form, id, legend, options) {
  const set = element('fieldset', { id });
  set.append(element('legend', { text: legend }));
  const ticks = options.map(([value, text]) => {
    const box = element('input', { type: 'checkbox', id: `${id}-${value}`, value });
    const row = element('div', { class: 'check' });
    row.append(box, element('label', { for: box.id, text }));
    set.append(row);
    return box;
  });
  form.append(set);
  return ticks;
}

/** Allocate a facilitator: the region's practitioners, those with lapsed supervision or observation shown but not choosable. */
export async function renderAllocateForm(main, c, done) {
  const reply = await call('GET', `/api/regions/${encodeURIComponent(c.region)}/practitioners`);
  const form = element('form', { id: 'case-allocate', novalidate: true });
  form.append(element('h2', { text: t('action.allocate-facilitator') }), alertBox());
  const people = reply.ok ? reply.body : [];
  const who = field(form, 'userId', t('caseForm.practitioner'), 'select', [['', t('referral.choose')]], true);
  for (const p of people) {
    const training = [p.sexualHarmTrained ? t('caseForm.sexualHarmTrained') : null,
      p.domesticAbuseTrained ? t('caseForm.domesticAbuseTrained') : null].filter(Boolean).join(', ');
    const option = element('option', { value: p.id, disabled: !p.current,
      text: `${p.displayName}${training ? ` (${training})` : ''}${p.current ? '' : ` — ${t(`lapse.${p.lapse}`)}`}` });
    who.control.append(option);
  }
  const chosen = element('input', { type: 'checkbox', id: 'case-allocate-chosen' });
  const row = element('div', { class: 'check' });
  row.append(chosen, element('label', { for: chosen.id, text: t('caseForm.chosenByPersonHarmed') }));
  const cancel = element('button', { type: 'button', text: t('hold.cancel') });
  cancel.addEventListener('click', done);
  form.append(row, element('button', { type: 'submit', text: t('action.allocate-facilitator') }), cancel);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const sent = await call('POST', `/api/cases/${c.id}/facilitators`, { userId: who.control.value || null,
      chosenByPersonHarmed: chosen.checked });
    if (sent.ok) {
      await done();
    } else {
      showProblem(form, [who], sent.body);
    }
  });
  main.replaceChildren(form);
  who.control.focus();
}

/** New risk information about a participant: it re-opens their signed assessment and sets the decision aside. */
export function renderRiskForm(main, c, assessment, done) {
  const form = element('form', { id: 'case-risk', novalidate: true });
  form.append(element('h2', { text: t('assessmentForm.riskTitle', { role: t(`role.${assessment.participantRole}`) }) }), alertBox());
  const information = field(form, 'information', t('assessmentForm.riskInformation'), 'textarea', [], true, 4000);
  const cancel = element('button', { type: 'button', text: t('hold.cancel') });
  cancel.addEventListener('click', done);
  form.append(element('p', { text: t('assessmentForm.riskWarning') }),
    element('button', { type: 'submit', text: t('assessmentForm.recordRisk') }), cancel);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await call('POST', `/api/cases/${c.id}/assessments/${assessment.participantId}/risk-information`,
      { information: information.control.value });
    if (reply.ok) {
      await done();
    } else {
      showProblem(form, [information], reply.body);
    }
  });
  main.replaceChildren(form);
  information.control.focus();
}
