// What may be done to a case now, as the server says (/api/cases/{id}/actions): the one step the case waits
// for, shown first and large; the other allowed actions together below it; and, out of the way, every action
// that cannot be taken now with the reason in words. A refused action is never a disabled button.
import { call } from '../api.js';
import { orServerWords, t } from '../i18n.js';
import { element } from '../dom.js';
import { detail } from '../forms.js';
import { renderHoldForm } from './hold-form.js';
import { renderAllocateForm, renderCaseForm } from './case-forms.js';
import { requestButton } from './case-parts.js';
import { renderSummaryChoice } from './case-summary.js';

const FORMS = ['close', 'decide', 'allocate-facilitator'];

/** The action the case waits for: resume a pause, close a stopped case, re-engage a closed one, else move on. */
export function nextAction(c, actions) {
  const byName = (name) => actions.find((a) => a.action === name);
  if (c.stage === 'CLOSED') {
    return byName('re-engage');
  }
  if (c.hold === 'PAUSED') {
    return byName('resume');
  }
  if (c.hold === 'WITHDRAWN' || c.hold === 'HALTED') {
    return byName('close');
  }
  if (c.stage === 'DECISION' && byName('decide') && byName('decide').allowed) {
    return byName('decide');
  }
  return actions.find((a) => a.action.startsWith('move-to-'));
}

/** The next step: its button, or why it cannot be taken yet and what would unblock it (open tasks, a facilitator). */
export function nextStep(main, c, actions, reopen) {
  const s = element('section', { id: 'next-step', class: 'next-step', 'aria-labelledby': 'next-step-title' });
  s.append(element('h2', { id: 'next-step-title', text: t('case.nextStep') }));
  const next = nextAction(c, actions);
  if (!next) {
    s.append(element('p', { text: t('case.nothingNext') }));
    return s;
  }
  if (!next.allowed) {
    s.append(element('p', { class: 'next-blocked', text: t('case.nextBlocked', { action: label(next.action) }) }),
      element('p', { id: `action-${next.action}-why`, class: 'why', text: ruleText(next) }));
  }
  promoted(c, actions).forEach((a) => s.append(actionButton(main, c, a, reopen, 'primary')));
  for (const task of (c.tasks || []).filter((k) => !k.doneAt && running(c))) {
    const p = element('p', { class: 'next-task', text: `${t(`task.${task.kind}`)}: ${t('case.due')} ${task.dueOn}`
      + (task.overdue ? ` (${t('caseload.overdue')})` : '') + ' ' });
    p.append(requestButton({ 'data-next-task-done': task.id, class: 'primary' }, t('case.markDone'),
      () => call('POST', `/api/cases/${c.id}/tasks/${task.id}/done`), reopen, p));
    s.append(p);
  }
  return s;
}

function running(c) {
  return c.stage !== 'CLOSED' && c.hold !== 'WITHDRAWN' && c.hold !== 'HALTED';
}

/** Allowed actions shown as the next step: the step itself, and allocating while the case lacks facilitators. */
function promoted(c, actions) {
  const next = nextAction(c, actions);
  const chosen = next && next.allowed ? [next] : [];
  const allocate = actions.find((a) => a.action === 'allocate-facilitator');
  if (running(c) && allocate && allocate.allowed && allocate !== next && (c.facilitationGaps || []).length) {
    chosen.push(allocate);
  }
  return chosen;
}

/** Every other action allowed now, side by side; then the refused ones, each with its reason, behind one disclosure. */
export function otherActions(main, c, actions, reopen) {
  const shown = new Set(promoted(c, actions).map((a) => a.action));
  const next = nextAction(c, actions);
  const s = element('section', { id: 'case-actions', 'aria-labelledby': 'case-actions-title' });
  s.append(element('h2', { id: 'case-actions-title', text: t('case.otherActions') }));
  const allowed = element('ul', { class: 'actions' });
  const printing = element('li');
  const print = element('button', { type: 'button', id: 'print-summary', text: t('summary.title') });
  print.addEventListener('click', () => renderSummaryChoice(main, c, reopen));
  printing.append(print);
  allowed.append(printing);
  actions.filter((a) => a.allowed && !shown.has(a.action)).forEach((a) => {
    const li = element('li');
    li.append(actionButton(main, c, a, reopen));
    allowed.append(li);
  });
  s.append(allowed);
  const refused = actions.filter((a) => !a.allowed && a !== next);
  if (refused.length) {
    const why = element('details', { id: 'not-now' });
    why.append(element('summary', { text: t('case.whyNot', { count: refused.length }) }));
    const ul = element('ul', { class: 'why-list' });
    for (const a of refused) {
      const li = element('li', { 'data-why': a.action });
      li.append(element('strong', { text: label(a.action) }), ': ',
        element('span', { id: `action-${a.action}-why`, text: ruleText(a) }));
      ul.append(li);
    }
    why.append(ul);
    s.append(why);
  }
  return s;
}

function actionButton(main, c, a, reopen, kind) {
  const button = element('button', { type: 'button', 'data-action': a.action, class: kind || null, text: label(a.action) });
  button.addEventListener('click', () => act(main, c, a.action, reopen));
  return button;
}

async function act(main, c, action, reopen) {
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

/** The rule in the interface's language where the shell knows it; the server's words otherwise, never its code. */
function ruleText(a) {
  const forThisAction = `rule.${a.rule}.${a.action}`; // "your role does not allow this" says whose role would
  return orServerWords(t(forThisAction) === forThisAction ? `rule.${a.rule}` : forThisAction, a.reason);
}

export function label(action) {
  return action.startsWith('move-to-') ? t('case.moveTo', { stage: t(`stage.${action.substring(8)}`) }) : t(`action.${action}`);
}
