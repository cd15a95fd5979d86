// The parts of a case page that list its people and its assessments, each with what may be done to them here.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { renderCaseForm, renderRiskForm } from './case-forms.js';
import { renderAssessmentForm } from './assessment-form.js';
import { formButton, list, requestButton, section } from './case-parts.js';

/** Each party's assessment: its state, and rating or sign-off when the case is at assessment (the server decides who). */
export function assessmentSection(main, c, assessments, reopen) {
  const ul = element('ul', { id: 'assessments' });
  for (const a of assessments) {
    const li = element('li', { text: `${t(`role.${a.participantRole}`)}: ${t(`assessment.${a.status || 'NOT_STARTED'}`)}` });
    if (c.stage === 'ASSESSMENT' && a.status !== 'SIGNED_OFF') {
      const rate = element('button', { type: 'button', 'data-assessment': a.participantRole, text: t('assessmentForm.rate') });
      rate.addEventListener('click', () => renderAssessmentForm(main, c, a, reopen));
      li.append(' ', rate);
    }
    if (a.status === 'SIGNED_OFF' || a.status === 'COMPLETED') {
      const risk = element('button', { type: 'button', 'data-risk': a.participantRole, text: t('assessmentForm.newRisk') });
      risk.addEventListener('click', () => renderRiskForm(main, c, a, reopen));
      li.append(' ', risk);
    }
    if (a.status === 'COMPLETED') {
      li.append(' ', requestButton({ 'data-sign-off': a.participantRole }, t('assessmentForm.signOff'),
        () => call('POST', `/api/cases/${c.id}/assessments/${a.participantId}/sign-off`), reopen, li));
    }
    ul.append(li);
  }
  if (!assessments.length) {
    ul.append(element('li', { text: t('case.none') }));
  }
  return section(t('case.assessments'), ul);
}

/** Who is in the case; a facilitator can be taken off it here (the server decides who may); others join here. */
export function participantSection(main, c, running, reopen) {
  const ul = element('ul', { id: 'participants' });
  for (const p of c.participants) {
    const name = p.staffName || (p.details && p.details.name);
    const li = element('li', { text: `${t(`role.${p.role}`)}${name ? `: ${name}` : ''}` });
    if (p.role === 'FACILITATOR' && c.stage !== 'CLOSED') {
      li.append(' ', requestButton({ 'data-remove-facilitator': p.id }, t('case.removeFacilitator'),
        () => call('DELETE', `/api/cases/${c.id}/facilitators/${p.id}`), reopen, li));
    }
    ul.append(li);
  }
  const s = section(t('case.participants'), ul);
  if (running) {
    s.append(formButton('add-participant', 'caseForm.participantTitle',
      () => renderCaseForm(main, c, 'participant', reopen)));
  }
  return s;
}

/** The current supervision decision, with its conditions. */
export function decisionSection(decisions) {
  return section(t('case.decision'), list(decisions.filter((d) => d.current).map((d) =>
    `${t(`outcome.${d.outcome}`)} (${d.decidedAt.slice(0, 10)})${d.conditions ? `: ${d.conditions}` : ''}`)));
}
