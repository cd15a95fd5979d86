// One case: where it is, who is in it, what happened, and what may be done now (the server decides).
import { call } from '../api.js';
import { orServerWords, t } from '../i18n.js';
import { element } from '../dom.js';
import { renderHoldForm } from './hold-form.js';
import { renderAllocateForm, renderCaseForm, renderRiskForm } from './case-forms.js';
import { renderAssessmentForm } from './assessment-form.js';
import { openModuleScreen, screensForCase } from '../module-screens.js';
import { detail } from '../forms.js';
import { formButton, list, requestButton, section } from './case-parts.js';
import { consentSection, noteSection, taskSection } from './case-work.js';
import { caseHeader } from './case-header.js';
import { timelineSection } from './case-timeline.js';

const HOLDS = ['pause', 'resume', 'withdraw', 'halt'];
const FORMS = ['close', 'decide', 'allocate-facilitator'];

export async function renderCase(main, caseId, back) {
  const [page, actions, assessments, decisions, notes] = await Promise.all([call('GET', `/api/cases/${caseId}`),
    call('GET', `/api/cases/${caseId}/actions`), call('GET', `/api/cases/${caseId}/assessments`),
    call('GET', `/api/cases/${caseId}/decisions`), call('GET', `/api/cases/${caseId}/notes`)]);
  if (!page.ok || !actions.ok) {
    main.replaceChildren(element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const c = page.body;
  const backButton = element('button', { type: 'button', text: t('case.back') });
  backButton.addEventListener('click', back);
  main.replaceChildren(backButton, caseHeader(c));
  main.append(facts([[t('case.stage'), t(`stage.${c.stage}`)], [t('case.hold'), t(`hold.${c.hold}`)],
    [t('case.region'), c.region], [t('case.opened'), c.openedAt.slice(0, 10)]]));
  main.append(section(t('case.actions'), actionList(main, c, actions.body, back)));
  main.append(moduleTabs(c));
  const reopen = () => renderCase(main, c.id, back);
  const running = c.stage !== 'CLOSED' && c.hold !== 'WITHDRAWN' && c.hold !== 'HALTED';
  main.append(participantSection(main, c, back, running));
  main.append(consentSection(main, c, running, reopen));
  main.append(assessmentSection(main, c, assessments.ok ? assessments.body : [], back));
  main.append(section(t('case.decision'), list((decisions.ok ? decisions.body : []).filter((d) => d.current).map((d) =>
    `${t(`outcome.${d.outcome}`)} (${d.decidedAt.slice(0, 10)})${d.conditions ? `: ${d.conditions}` : ''}`))));
  main.append(taskSection(main, c, running, reopen));
  main.append(noteSection(main, c, notes.ok ? notes.body : [], running, reopen));
  main.append(timelineSection(c));
  main.focus();
}

function actionList(main, c, actions, back) {
  const ul = element('ul', { class: 'actions' });
  for (const a of actions) {
    const li = element('li');
    const reasonId = `action-${a.action}-why`;
    const usable = HOLDS.includes(a.action) || FORMS.includes(a.action) || a.action.startsWith('move-to-')
      || a.action === 're-engage';
    const button = element('button', { type: 'button', 'data-action': a.action, disabled: !a.allowed || !usable,
      'aria-describedby': a.allowed ? null : reasonId, text: label(a.action) });
    button.addEventListener('click', () => act(main, c, a.action, back));
    li.append(button);
    if (!a.allowed) {
      li.append(element('span', { id: reasonId, class: 'why', text: ruleText(a) })); // in words, never a rule's code
    } else if (!usable) {
      button.setAttribute('aria-describedby', reasonId);
      li.append(element('span', { id: reasonId, class: 'why', text: t('case.elsewhere') }));
    }
    ul.append(li);
  }
  return ul;
}

async function act(main, c, action, back) {
  const reopen = () => renderCase(main, c.id, back);
  if (action.startsWith('move-to-') || action === 're-engage') {
    const moved = action === 're-engage' ? await call('POST', `/api/cases/${c.id}/re-engage`)
      : await call('POST', `/api/cases/${c.id}/stage`, { to: action.substring('move-to-'.length) });
    if (!moved.ok) {
      main.prepend(element('p', { role: 'alert', class: 'alert', text: moved.body ? detail(moved.body) : t('shell.screenFailed') }));
      return;
    }
    await reopen();
    return;
  }
  if (action === 'allocate-facilitator') {
    await renderAllocateForm(main, c, reopen);
    return;
  }
  if (FORMS.includes(action)) {
    renderCaseForm(main, c, action, reopen);
    return;
  }
  renderHoldForm(main, c, action, reopen);
}

/** The rule in the interface's language where the shell knows it; the server's words otherwise. */
function ruleText(a) {
  return orServerWords(`rule.${a.rule}`, a.reason);
}

function label(action) {
  return action.startsWith('move-to-') ? t('case.moveTo', { stage: t(`stage.${action.substring(8)}`) }) : t(`action.${action}`);
}

function facts(pairs) {
  const dl = element('dl', { class: 'facts' });
  for (const [term, value] of pairs) {
    dl.append(element('dt', { text: term }), element('dd', { text: value }));
  }
  return dl;
}



/** The case screens of modules offered here: each opens below, given the case. */
function moduleTabs(c) {
  const s = element('section', { id: 'case-modules' });
  const screens = screensForCase();
  if (!screens.length) {
    return s;
  }
  const area = element('div', { id: 'case-module-area' });
  const buttons = element('ul', { class: 'module-tabs' });
  for (const screen of screens) {
    const b = element('button', { type: 'button', 'data-screen': `${screen.module}/${screen.id}`, text: t(screen.labelKey) });
    b.addEventListener('click', () => openModuleScreen(screen, area, { caseId: c.id, caseView: c }));
    const li = element('li');
    li.append(b);
    buttons.append(li);
  }
  s.append(element('h2', { text: t('case.moduleScreens') }), buttons, area);
  return s;
}

/** Each party's assessment: its state, and rating or sign-off when the case is at assessment (the server decides who). */
function assessmentSection(main, c, assessments, back) {
  const ul = element('ul', { id: 'assessments' });
  const reopen = () => renderCase(main, c.id, back);
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
function participantSection(main, c, back, running) {
  const ul = element('ul', { id: 'participants' });
  for (const p of c.participants) {
    const li = element('li', { text: `${t(`role.${p.role}`)}${p.details && p.details.name ? `: ${p.details.name}` : ''}` });
    if (p.role === 'FACILITATOR' && c.stage !== 'CLOSED') {
      li.append(' ', requestButton({ 'data-remove-facilitator': p.id }, t('case.removeFacilitator'),
        () => call('DELETE', `/api/cases/${c.id}/facilitators/${p.id}`), () => renderCase(main, c.id, back), li));
    }
    ul.append(li);
  }
  const s = section(t('case.participants'), ul);
  if (running) {
    s.append(formButton('add-participant', 'caseForm.participantTitle',
      () => renderCaseForm(main, c, 'participant', () => renderCase(main, c.id, back))));
  }
  return s;
}
