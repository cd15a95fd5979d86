// The case's consents (recorded and withdrawn here), tasks (marked done here) and notes (written and shared here).
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { renderCaseForm } from './case-forms.js';
import { formButton, list, requestButton, section } from './case-parts.js';

/**
 * Each consent: whose, to what, given or withdrawn. Any given one can be withdrawn here at once, whatever
 * the case's state: anyone may stop at any time, and what depended on it stops with it.
 */
export function consentSection(main, c, running, reopen) {
  const ul = element('ul', { id: 'consents' });
  for (const k of c.consents || []) {
    const who = c.participants.find((p) => p.id === k.participantId);
    const li = element('li', { text: `${who ? t(`role.${who.role}`) : ''}: ${t(`purpose.${k.purpose}`)} (${k.active
      ? t('case.consentActive') : t('case.consentWithdrawn')})` });
    if (k.active) {
      li.append(' ', requestButton({ 'data-withdraw-consent': k.id }, t('case.withdrawConsent'),
        () => call('POST', `/api/cases/${c.id}/consents/${k.id}/withdraw`), reopen, li));
    }
    ul.append(li);
  }
  if (!ul.children.length) {
    ul.append(element('li', { text: t('case.none') }));
  }
  const s = section(t('case.consents'), ul);
  if (running) { // nothing new is recorded on a stopped or closed case
    s.append(formButton('record-consent', 'caseForm.consentTitle', () => renderCaseForm(main, c, 'consent', reopen)));
  }
  return s;
}

/** Open tasks with their due dates; one that is done is marked so here (first contact, say). */
export function taskSection(main, c, running, reopen) {
  const ul = element('ul', { id: 'tasks' });
  for (const k of c.tasks || []) {
    const li = element('li', { text: `${t(`task.${k.kind}`)}: ${k.doneAt ? t('case.taskDone')
      : `${t('case.due')} ${k.dueOn}${k.overdue ? ` (${t('caseload.overdue')})` : ''}`}` });
    if (!k.doneAt && running) {
      li.append(' ', requestButton({ 'data-task-done': k.id }, t('case.markDone'),
        () => call('POST', `/api/cases/${c.id}/tasks/${k.id}/done`), reopen, li));
    }
    ul.append(li);
  }
  if (!ul.children.length) {
    ul.append(element('li', { text: t('case.none') }));
  }
  return section(t('case.tasks'), ul);
}

/** Case notes in the order written, with whom each may be shown; practitioners see them all. */
export function noteSection(main, c, notes, running, reopen) {
  const s = section(t('case.notes'), list(notes.map((n) => `${n.writtenAt.slice(0, 16).replace('T', ' ')} ${n.writtenBy}: ${n.text}`
    + (n.visibleTo.length ? ` (${t('case.noteShownTo', { roles: n.visibleTo.map((r) => t(`role.${r}`)).join(', ') })})` : ''))));
  s.id = 'notes';
  if (running) {
    s.append(formButton('write-note', 'caseForm.noteTitle', () => renderCaseForm(main, c, 'note', reopen)));
  }
  return s;
}
