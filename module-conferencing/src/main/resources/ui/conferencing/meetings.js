// The Meetings worklist: scheduled meetings in the next fortnight across the caller's cases (or only their own),
// and the preparation overdue. A meeting opens in place; from the home page, straight away.
import { BASE, when } from './parts.js';
import { renderMeeting } from './meeting-view.js';

export async function render(container, ctx, mine = true) {
  const { element, t } = ctx;
  if (ctx.open) {
    const { open, ...rest } = ctx;
    await renderMeeting(container, rest, open, ctx.back || (() => render(container, rest, mine)));
    return;
  }
  const again = () => render(container, ctx, mine);
  container.replaceChildren(element('h1', { text: t('conferencing.worklist') }));
  const form = element('form', { id: 'meetings-filter' });
  const only = element('input', { type: 'checkbox', id: 'meetings-mine', checked: mine });
  const row = element('div', { class: 'check' });
  row.append(only, element('label', { for: only.id, text: t('conferencing.onlyMine') }));
  form.append(row, element('button', { type: 'submit', text: t('conferencing.show') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render(container, ctx, only.checked);
  });
  container.append(form);
  const who = mine ? '&facilitator=me' : '';
  const [soon, overdue] = await Promise.all([ctx.call('GET', `${BASE}/meetings?days=14${who}`),
    ctx.call('GET', `${BASE}/meetings/preparation-overdue?limit=50${who}`)]);
  container.append(section(ctx, container, 'soon', soon, again), section(ctx, container, 'overdue', overdue, again));
}

function section(ctx, container, id, reply, again) {
  const { element, t } = ctx;
  const s = element('section', { 'aria-labelledby': `meetings-${id}-heading` });
  s.append(element('h2', { id: `meetings-${id}-heading`, text: t(`conferencing.work.${id}`) }));
  if (!reply.ok) {
    s.append(element('p', { role: 'alert', text: ctx.problemText(reply.body || {}) }));
    return s;
  }
  const list = element('ul', { id: `meetings-${id}` });
  for (const m of reply.body) {
    const open = element('button', { type: 'button', class: 'link', 'data-meeting': m.id, text: t('conferencing.worklistEntry', {
      reference: m.caseReference || '', kind: t(`conferencing.kind.${m.kind}`), when: when(ctx, m.start, m.end) }) });
    open.addEventListener('click', () => renderMeeting(container, ctx, m.id, again));
    const li = element('li');
    li.append(open);
    list.append(li);
  }
  if (!reply.body.length) {
    list.append(element('li', { text: t('conferencing.nothing') }));
  }
  s.append(list);
  return s;
}
