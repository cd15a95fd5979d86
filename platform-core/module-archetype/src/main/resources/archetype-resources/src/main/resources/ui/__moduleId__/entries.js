// A case's entries: the list (newest first), a new entry, and sharing or releasing each one.
// The module's id comes from where the shell loaded this file: /ui/<id>/entries.js.
const ID = new URL(import.meta.url).pathname.split('/')[2];
const KEY = ID.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase()); // its message keys' prefix
const BASE = `/api/modules/${ID}/cases`;

export async function render(container, ctx) {
  const { element, t } = ctx;
  const again = (notice) => render(container, { ...ctx, notice });
  const entries = await ctx.call('GET', `${BASE}/${ctx.caseId}/entries?limit=50`);
  container.replaceChildren(element('h3', { text: t(`${KEY}.caseTab`) }));
  if (ctx.notice) {
    container.append(element('p', { role: 'status', text: t(ctx.notice) }));
  }
  if (!entries.ok) {
    container.append(element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const list = element('ul', { id: `${ID}-entries`, 'aria-label': t(`${KEY}.entries`) });
  for (const entry of entries.body) {
    list.append(entryItem(ctx, entry, again));
  }
  if (!entries.body.length) {
    list.append(element('li', { text: t(`${KEY}.none`) }));
  }
  container.append(list, newEntryForm(ctx, again));
}

function entryItem(ctx, entry, again) {
  const { element, t } = ctx;
  const li = element('li');
  li.append(element('p', { text: entry.bodyWithheld ? '—' : entry.body }));
  if (entry.sharedAt) {
    li.append(element('p', { text: t(`${KEY}.shared`) }));
  } else if (entry.held) {
    li.append(element('p', { text: t(`${KEY}.held`, { because: entry.heldBecause.toLowerCase() }) }),
      ctx.alertBox(), action(ctx, li, entry, 'release', again));
  } else if (!entry.bodyWithheld) {
    li.append(ctx.alertBox(), action(ctx, li, entry, 'share', again)); // a refusal is said here, beside its button
  }
  return li;
}

function action(ctx, li, entry, name, again) {
  const button = ctx.element('button', { type: 'button', text: ctx.t(`${KEY}.${name}`) });
  button.addEventListener('click', async () => {
    const reply = await ctx.call('POST', `${BASE}/${ctx.caseId}/entries/${entry.id}/${name}`);
    if (reply.ok) {
      again();
    } else {
      ctx.showProblem(li, [], reply.body);
    }
  });
  return button;
}

function newEntryForm(ctx, again) {
  const { element, t } = ctx;
  const form = element('form', { id: `${ID}-new-entry`, novalidate: true });
  form.append(element('h4', { text: t(`${KEY}.newEntry`) }), ctx.alertBox());
  const body = ctx.field(form, 'body', t(`${KEY}.body`), 'textarea', [], true, 20000);
  form.append(element('button', { type: 'submit', text: t(`${KEY}.save`) }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await ctx.call('POST', `${BASE}/${ctx.caseId}/entries`, { body: body.control.value });
    if (reply.ok) {
      again(`${KEY}.saved`);
    } else {
      ctx.showProblem(form, [body], reply.body); // what was typed stays
    }
  });
  return form;
}
