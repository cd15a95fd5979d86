// A case's letters: the list, each person harmed's choice to receive, and a new letter.
import { renderItem } from './item-view.js';

const BASE = '/api/modules/letter-exchange';

export async function render(container, ctx) {
  const { element, t } = ctx;
  const harmed = (ctx.caseView.participants || []).filter((p) => p.role === 'PERSON_HARMED');
  const [items, ...choices] = await Promise.all([ctx.call('GET', `${BASE}/cases/${ctx.caseId}/items`),
    ...harmed.map((p) => ctx.call('GET', `${BASE}/cases/${ctx.caseId}/preferences?participantId=${encodeURIComponent(p.id)}`))]);
  const again = (notice) => render(container, { ...ctx, notice });
  container.replaceChildren(element('h3', { text: t('letterExchange.caseTab') }));
  if (ctx.notice) {
    container.append(element('p', { id: 'letters-status', role: 'status', text: t(ctx.notice) }));
  }
  if (!items.ok) {
    container.append(element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const list = element('ul', { id: 'letters' });
  for (const item of items.body) {
    const open = element('button', { type: 'button', class: 'link', text: t('letterExchange.listEntry', {
      kind: t(`letterExchange.kind.${item.kind}`), from: t(`role.${item.writerRole}`),
      state: t(`letterExchange.state.${item.state}`) }) + (item.held ? ` (${t('letterExchange.heldShort')})` : '') });
    open.addEventListener('click', () => renderItem(container, withReplies(container, ctx, again), item.id, () => again()));
    const li = element('li');
    li.append(open);
    list.append(li);
  }
  if (!items.body.length) {
    list.append(element('li', { text: t('letterExchange.none') }));
  }
  container.append(list);
  choices.forEach((choice, i) => {
    if (choice.ok) {
      container.append(preferenceForm(ctx, choice.body, again, harmed.length > 1 ? harmed[i] : null, i));
    }
  });
  container.append(composeForm(container, ctx, again));
}

/** One person harmed's choice; with several, each form names whose it is and its ids are numbered. */
function preferenceForm(ctx, choice, again, whose, index) {
  const { element, t } = ctx;
  const suffix = index ? `-${index + 1}` : '';
  const form = element('form', { id: `letter-preferences${suffix}` });
  const fieldset = element('fieldset');
  const name = whose && whose.details && whose.details.name;
  fieldset.append(element('legend', { text: name ? t('letterExchange.preferencesOf', { name }) : t('letterExchange.preferences') }));
  const boxes = ['receivesLetters', 'receivesReplies'].map((field) => {
    const box = element('input', { type: 'checkbox', id: `pref-${field}${suffix}`, checked: choice[field] });
    const row = element('div', { class: 'check' });
    row.append(box, element('label', { for: `pref-${field}${suffix}`, text: t(`letterExchange.${field}`) }));
    fieldset.append(row);
    return box;
  });
  form.append(fieldset, ctx.alertBox(), element('button', { type: 'submit', text: t('letterExchange.savePreferences') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await ctx.call('PUT', `${BASE}/cases/${ctx.caseId}/preferences?participantId=${encodeURIComponent(choice.participantId)}`,
      { receivesLetters: boxes[0].checked, receivesReplies: boxes[1].checked });
    if (reply.ok) {
      again('letterExchange.choiceSaved');
    } else {
      ctx.showProblem(form, [], reply.body);
    }
  });
  return form;
}

/** Lets a delivered item's view start a reply: written by its recipient, back to its writer. */
function withReplies(container, ctx, again) {
  const withReply = { ...ctx };
  withReply.compose = (original) => {
    const form = composeForm(container, ctx, again, original);
    container.replaceChildren(form);
    form.querySelector('textarea').focus();
  };
  return withReply;
}

function composeForm(container, ctx, again, original) {
  const { element, t } = ctx;
  const form = element('form', { id: 'letter-compose', novalidate: true });
  form.append(element('h4', { text: t(original ? 'letterExchange.replyTitle' : 'letterExchange.compose') }), ctx.alertBox());
  const parties = (ctx.caseView.participants || []).filter((p) => (original
    ? p.id === original.recipientParticipantId : p.role === 'PERSON_HARMED' || p.role === 'PERSON_RESPONSIBLE'));
  const writer = ctx.field(form, 'writerParticipantId', t('letterExchange.writer'), 'select',
    [...(original ? [] : [['', t('letterExchange.chooseWriter')]]), ...parties.map((p) => [p.id, t(`role.${p.role}`)])], true);
  const kind = ctx.field(form, 'kind', t('letterExchange.kind'), 'select',
    ['LETTER', 'QUESTIONS'].map((k) => [k, t(`letterExchange.kind.${k}`)]));
  const text = ctx.field(form, 'text', t('letterExchange.textLabel'), 'textarea', [], true, 20000);
  const noSend = element('input', { type: 'checkbox', id: 'letter-no-send' });
  const row = element('div', { class: 'check' });
  row.append(noSend, element('label', { for: 'letter-no-send', text: t('letterExchange.noSend') }));
  form.append(row, element('button', { type: 'submit', text: t('letterExchange.saveDraft') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await ctx.call('POST', `${BASE}/cases/${ctx.caseId}/items`, { writerParticipantId: writer.control.value || null,
      kind: kind.control.value, text: text.control.value, noSend: noSend.checked, inReplyTo: original ? original.id : null });
    if (reply.ok) {
      renderItem(container, withReplies(container, ctx, again), reply.body.id, () => again());
    } else {
      ctx.showProblem(form, [writer, kind, text], reply.body); // the text typed stays
    }
  });
  return form;
}
