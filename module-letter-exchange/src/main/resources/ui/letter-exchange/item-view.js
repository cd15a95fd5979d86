// One letter: its text with contact-details flags marked, and the step its state allows next.
const BASE = '/api/modules/letter-exchange';

export async function renderItem(container, ctx, itemId, back) {
  const reply = await ctx.call('GET', `${BASE}/items/${itemId}`);
  show(container, ctx, reply.ok ? reply.body : null, back);
}

function show(container, ctx, item, back, problem) {
  const { element, t } = ctx;
  const backButton = element('button', { type: 'button', text: t(ctx.backLabelKey || 'letterExchange.back') });
  backButton.addEventListener('click', back);
  if (!item) {
    container.replaceChildren(backButton, element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const heading = element('h3', { id: 'letter-heading', tabindex: '-1', text: t('letterExchange.itemTitle', {
    kind: t(`letterExchange.kind.${item.kind}`), from: t(`role.${item.writerRole}`),
    to: item.recipientRole ? t(`role.${item.recipientRole}`) : t('letterExchange.nobody') }) });
  const status = element('p', { id: 'letter-state', text: `${t('letterExchange.state')}: ${t(`letterExchange.state.${item.state}`)}`
    + (item.held ? ` (${t('letterExchange.held', { because: t(`hold.${heldAs(item.heldBecause)}`) })})` : '') });
  const alert = ctx.alertBox();
  if (problem) {
    alert.hidden = false;
    alert.textContent = ctx.problemText(problem) || t('shell.screenFailed');
  }
  container.replaceChildren(backButton, heading, status, alert, texts(ctx, item), actions(container, ctx, item, back));
  (problem ? alert : heading).focus();
}

function heldAs(kind) {
  return { PAUSED: 'PAUSED', WITHDRAWN: 'WITHDRAWN', HALTED: 'HALTED', CLOSED: 'HALTED' }[kind] || 'PAUSED';
}

/** The newest text with flagged passages marked, and the approved text if it differs. */
function texts(ctx, item) {
  const { element, t } = ctx;
  const box = element('div', { class: 'letter-texts' });
  const versions = item.versions || [];
  const newest = versions[versions.length - 1];
  const written = [...versions].reverse().find((v) => v.kind === 'WRITTEN');
  if (written) {
    box.append(element('h4', { text: t('letterExchange.text', { version: written.number }) }), marked(ctx, written.text,
      written === newest ? item.contactDetailFlags || [] : []));
  }
  if (item.approvedVersion && newest && newest.kind === 'REDACTED') {
    box.append(element('h4', { text: t('letterExchange.approvedText', { version: newest.number }) }),
      element('p', { class: 'letter-text', id: 'approved-text', text: newest.text }));
  }
  return box;
}

function marked(ctx, text, flags) {
  const p = ctx.element('p', { class: 'letter-text', id: 'letter-text' });
  let at = 0;
  for (const flag of flags) {
    p.append(document.createTextNode(text.slice(at, flag.start)));
    const mark = ctx.element('mark', { title: ctx.t(`letterExchange.flag.${flag.kind}`), text: text.slice(flag.start, flag.end) });
    p.append(mark);
    at = flag.end;
  }
  p.append(document.createTextNode(text.slice(at)));
  return p;
}

function actions(container, ctx, item, back) {
  const { element, t } = ctx;
  const area = element('div', { class: 'letter-actions' });
  const step = async (action, body) => {
    const reply = await ctx.call('POST', `${BASE}/items/${item.id}/${action}`, body);
    show(container, ctx, reply.ok ? reply.body : item, back, reply.ok ? null : reply.body);
  };
  const button = (key, action, body) => {
    const b = element('button', { type: 'button', 'data-letter-action': action, text: t(key) });
    b.addEventListener('click', () => step(action, typeof body === 'function' ? body() : body));
    area.append(b);
  };
  if (item.held) {
    button('letterExchange.release', 'release');
  } else if (item.state === 'DRAFT' || item.state === 'RETURNED') {
    button('letterExchange.submit', 'submit');
  } else if (item.state === 'SUBMITTED') {
    area.append(reviewForm(ctx, item, step));
  } else if (item.state === 'APPROVED') {
    button('letterExchange.consent', 'consent', { approvedVersion: item.approvedVersion });
  } else if (item.state === 'CONSENTED') {
    button('letterExchange.deliver', 'deliver');
  } else if (item.state === 'DELIVERED') {
    button('letterExchange.markRead', 'read');
  }
  if ((item.state === 'DELIVERED' || item.state === 'READ') && ctx.compose) {
    const reply = element('button', { type: 'button', 'data-letter-action': 'reply', text: t('letterExchange.reply') });
    reply.addEventListener('click', () => ctx.compose(item));
    area.append(reply);
  }
  if (['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'CONSENTED'].includes(item.state)) {
    button('letterExchange.withdraw', 'withdraw', {});
  }
  return area;
}

/** Redact the flagged passages (all ticked at first), or confirm they may stay; or return, or decline. */
function reviewForm(ctx, item, step) {
  const { element, t } = ctx;
  const form = element('form', { id: 'letter-review', novalidate: true });
  const fieldset = element('fieldset');
  fieldset.append(element('legend', { text: t('letterExchange.redactLegend') }));
  const boxes = (item.contactDetailFlags || []).map((flag, i) => {
    const id = `redact-${i}`;
    const box = element('input', { type: 'checkbox', id, checked: true });
    const row = element('div', { class: 'check' });
    row.append(box, element('label', { for: id, text: t('letterExchange.redactFlag', { text: flag.text, kind: t(`letterExchange.flag.${flag.kind}`) }) }));
    fieldset.append(row);
    return { flag, box };
  });
  if (!boxes.length) {
    fieldset.append(element('p', { id: 'no-flags', text: t('letterExchange.noFlags') }));
  }
  fieldset.append(passagePicker(ctx, item, fieldset, boxes));
  const checked = element('input', { type: 'checkbox', id: 'contact-details-checked' });
  const checkedRow = element('div', { class: 'check' });
  checkedRow.append(checked, element('label', { for: 'contact-details-checked', text: t('letterExchange.checkedRest') }));
  fieldset.append(checkedRow);
  const note = ctx.field(form, 'note', t('letterExchange.note'), 'textarea', [], false, 4000);
  form.prepend(fieldset);
  const approve = element('button', { type: 'submit', 'data-letter-action': 'approve', text: t('letterExchange.approve') });
  const ret = element('button', { type: 'button', 'data-letter-action': 'return', text: t('letterExchange.return') });
  const decline = element('button', { type: 'button', 'data-letter-action': 'decline', text: t('letterExchange.decline') });
  form.append(approve, ret, decline);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    step('approve', { redactions: boxes.filter((b) => b.box.checked).map((b) => ({ start: b.flag.start, end: b.flag.end })),
      contactDetailsChecked: checked.checked });
  });
  ret.addEventListener('click', () => step('return', { note: note.control.value }));
  decline.addEventListener('click', () => step('decline', { note: note.control.value }));
  return form;
}

/** Any other passage to take out: typed as it stands in the text; each place it occurs is offered, ticked. */
function passagePicker(ctx, item, fieldset, boxes) {
  const { element, t } = ctx;
  const text = ((item.versions || []).filter((v) => v.kind === 'WRITTEN').pop() || {}).text || '';
  const row = element('div', { class: 'field passage' });
  const error = element('p', { id: 'redact-passage-error', class: 'field-error', hidden: true });
  const input = element('input', { id: 'redact-passage', 'aria-describedby': error.id });
  const add = element('button', { type: 'button', id: 'redact-passage-add', text: t('letterExchange.addPassage') });
  row.append(element('label', { for: input.id, text: t('letterExchange.passage') }), error, input, add);
  add.addEventListener('click', () => {
    const wanted = input.value;
    let at = wanted ? text.indexOf(wanted) : -1;
    error.hidden = at >= 0;
    error.textContent = at >= 0 ? '' : t('letterExchange.passageNotFound');
    while (at >= 0) {
      const flag = { start: at, end: at + wanted.length, text: wanted, kind: 'CHOSEN' };
      if (!boxes.some((b) => b.flag.start < flag.end && flag.start < b.flag.end)) {
        const id = `redact-${boxes.length}`;
        const box = element('input', { type: 'checkbox', id, checked: true });
        const line = element('div', { class: 'check' });
        line.append(box, element('label', { for: id, text: t('letterExchange.redactChosen', { text: wanted }) }));
        row.before(line);
        boxes.push({ flag, box });
      }
      at = text.indexOf(wanted, at + wanted.length);
    }
    input.value = '';
    input.focus();
  });
  return row;
}
