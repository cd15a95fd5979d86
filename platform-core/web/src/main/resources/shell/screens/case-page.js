// One case, built to live in: a header that identifies it, the step it waits for, the other actions out of the way,
// then its parts as tabs (overview, people, consents, assessments and decision, each service offered on it, notes,
// timeline). The server decides what may be done; this page only says it.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { openModuleScreen, screensForCase } from '../module-screens.js';
import { section } from './case-parts.js';
import { consentSection, noteSection, taskSection } from './case-work.js';
import { caseHeader } from './case-header.js';
import { timelineSection } from './case-timeline.js';
import { nextStep, otherActions } from './case-actions.js';
import { assessmentSection, decisionSection, participantSection } from './case-sections.js';
import { tabs } from './tabs.js';
import { safetyPlanSection } from './safety-plan.js';

export async function renderCase(main, caseId, back, backLabelKey = 'case.back') {
  const [page, actions, assessments, decisions, notes] = await Promise.all([call('GET', `/api/cases/${caseId}`),
    call('GET', `/api/cases/${caseId}/actions`), call('GET', `/api/cases/${caseId}/assessments`),
    call('GET', `/api/cases/${caseId}/decisions`), call('GET', `/api/cases/${caseId}/notes`)]);
  if (!page.ok || !actions.ok) {
    main.replaceChildren(element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const c = page.body;
  const reopen = () => renderCase(main, c.id, back, backLabelKey);
  const running = c.stage !== 'CLOSED' && c.hold !== 'WITHDRAWN' && c.hold !== 'HALTED';
  const backButton = element('button', { type: 'button', class: 'back', text: t(backLabelKey) });
  backButton.addEventListener('click', back);
  const header = caseHeader(c);
  header.append(facts([[t('case.stage'), t(`stage.${c.stage}`)], [t('case.hold'), t(`hold.${c.hold}`)],
    [t('case.region'), c.region], [t('case.opened'), c.openedAt.slice(0, 10)], [t('case.facilitators'), facilitators(c)]]));
  main.replaceChildren(backButton, header, nextStep(main, c, actions.body, reopen));
  const parts = [
    { id: 'overview', label: t('tab.overview'), fill: (p) => p.append(overview(c), taskSection(main, c, running, reopen)) },
    { id: 'people', label: t('tab.people'), fill: (p) => p.append(participantSection(main, c, running, reopen)) },
    { id: 'consents', label: t('tab.consents'), fill: (p) => p.append(consentSection(main, c, running, reopen)) },
    { id: 'assessments', label: t('tab.assessments'), fill: (p) => p.append(
      assessmentSection(main, c, assessments.ok ? assessments.body : [], reopen),
      decisionSection(decisions.ok ? decisions.body : [])) },
    { id: 'safety-plan', label: t('tab.safetyPlan'), fill: async (p) => p.append(await safetyPlanSection(main, c, running, reopen)) },
    ...screensForCase().map((screen) => ({ id: `module-${screen.module}-${screen.id}`, label: t(screen.labelKey),
      fill: (p) => openModuleScreen(screen, p, { caseId: c.id, caseView: c }) })),
    { id: 'notes', label: t('tab.notes'), fill: (p) => p.append(noteSection(main, c, notes.ok ? notes.body : [], running, reopen)) },
    { id: 'timeline', label: t('tab.timeline'), fill: (p) => p.append(timelineSection(c)) },
  ];
  const parted = tabs(c.id, t('case.parts'), parts);
  main.append(parted.element, otherActions(main, c, actions.body, reopen));
  await parted.ready;
  main.focus();
}

/** Who facilitates it, by name: the people a colleague would ask about the case. */
function facilitators(c) {
  const names = c.participants.filter((p) => p.role === 'FACILITATOR').map((p) => p.staffName || t('role.FACILITATOR'));
  return names.length ? names.join(', ') : t('case.noFacilitator');
}

/** What the case is about and how it stands, without anything sealed. */
function overview(c) {
  const pairs = [[t('referral.ledBy'), t(`role.${c.ledBy}`)], [t('caseload.nextDue'), c.nextDueOn || t('case.nothingDue')]];
  if (c.reEngagedCount) {
    pairs.push([t('case.reEngaged'), String(c.reEngagedCount)]);
  }
  if (c.closure) {
    pairs.push([t('case.closedBecause'), t(`closeReason.${c.closure.reason}`)], [t('case.keptUntil'), c.closure.retainUntil]);
  }
  return section(t('tab.overview'), facts(pairs, 'overview-facts'));
}

function facts(pairs, id) {
  const dl = element('dl', { class: id ? 'facts summary' : 'facts', id: id || null });
  for (const [term, value] of pairs) {
    dl.append(element('dt', { text: term }), element('dd', { text: value }));
  }
  return dl;
}
