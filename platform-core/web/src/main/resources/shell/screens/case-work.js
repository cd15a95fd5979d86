// The case's tasks (marked done here) and notes (written and shared here).
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { renderCaseForm } from './case-forms.js';
import { formButton, list, requestButton, section } from './case-parts.js';

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
