// The letter worklists across the caller's cases: awaiting review (overdue marked), consent, delivery, held.
import { renderItem } from './item-view.js';

const LISTS = ['AWAITING_REVIEW', 'OVERDUE_REVIEW', 'AWAITING_CONSENT', 'READY_TO_DELIVER', 'HELD', 'DELIVERED'];

const PAGE = 50;

export async function render(container, ctx, chosen = 'AWAITING_REVIEW', offset = 0) {
  const { element, t } = ctx;
  if (ctx.open) { // chosen on the home page: the letter itself, and back to where it was chosen
    const { open, ...rest } = ctx;
    await renderItem(container, rest, open, ctx.back || (() => render(container, rest, chosen, offset)));
    return;
  }
  const reply = await ctx.call('GET', `/api/modules/letter-exchange/items?list=${chosen}&limit=${PAGE}&offset=${offset}`);
  container.replaceChildren(element('h1', { text: t('letterExchange.reviewQueue') }));
  const form = element('form', { id: 'letter-lists' });
  const which = ctx.field(form, 'list', t('letterExchange.whichList'), 'select', LISTS.map((l) => [l, t(`letterExchange.list.${l}`)]));
  which.control.value = chosen;
  form.append(element('button', { type: 'submit', text: t('letterExchange.showList') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render(container, ctx, which.control.value);
  });
  container.append(form);
  if (!reply.ok) {
    container.append(element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const list = element('ul', { id: 'review-queue' });
  for (const item of reply.body) {
    const open = element('button', { type: 'button', class: 'link', text: t('letterExchange.queueEntry', {
      kind: t(`letterExchange.kind.${item.kind}`), from: t(`role.${item.writerRole}`),
      state: t(`letterExchange.state.${item.state}`) })
      + (item.reviewOverdue ? ` (${t('caseload.overdue')})` : '') + (item.held ? ` (${t('letterExchange.heldShort')})` : '') });
    open.addEventListener('click', () => renderItem(container, ctx, item.id, () => render(container, ctx, chosen, offset)));
    const li = element('li');
    li.append(open);
    list.append(li);
  }
  if (!reply.body.length) {
    list.append(element('li', { text: t('letterExchange.nothingInList') }));
  }
  const total = reply.total === null || reply.total === undefined ? reply.body.length : reply.total;
  const pager = element('div', { class: 'pager' });
  const previous = element('button', { type: 'button', text: t('caseload.previous'), disabled: offset === 0 });
  const next = element('button', { type: 'button', text: t('caseload.next'), disabled: offset + PAGE >= total });
  previous.addEventListener('click', () => render(container, ctx, chosen, Math.max(0, offset - PAGE)));
  next.addEventListener('click', () => render(container, ctx, chosen, offset + PAGE));
  pager.append(previous, next);
  container.append(element('p', { id: 'letters-count', text: t('letterExchange.count', { total }) }), list, pager);
}
