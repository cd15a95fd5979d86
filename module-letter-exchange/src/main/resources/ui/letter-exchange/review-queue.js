// Letters waiting for review on the caller's cases, oldest first; overdue ones marked.
import { renderItem } from './item-view.js';

export async function render(container, ctx) {
  const { element, t } = ctx;
  const reply = await ctx.call('GET', '/api/modules/letter-exchange/items?list=AWAITING_REVIEW');
  container.replaceChildren(element('h1', { text: t('letterExchange.reviewQueue') }));
  if (!reply.ok) {
    container.append(element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const list = element('ul', { id: 'review-queue' });
  for (const item of reply.body) {
    const open = element('button', { type: 'button', class: 'link', text: t('letterExchange.queueEntry', {
      kind: t(`letterExchange.kind.${item.kind}`), from: t(`role.${item.writerRole}`), due: item.reviewDueOn || '' })
      + (item.reviewOverdue ? ` (${t('caseload.overdue')})` : '') });
    open.addEventListener('click', () => renderItem(container, ctx, item.id, () => render(container, ctx)));
    const li = element('li');
    li.append(open);
    list.append(li);
  }
  if (!reply.body.length) {
    list.append(element('li', { text: t('letterExchange.nothingToReview') }));
  }
  container.append(list);
}
