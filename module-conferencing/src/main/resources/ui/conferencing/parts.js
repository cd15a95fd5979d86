// Small pieces the meetings screens share: names from the case, times in the reader's language, checkbox groups.

export const BASE = '/api/modules/conferencing';

/** "Person harmed: Synthetic Person C": the role always, the name when the case view holds it. */
export function who(ctx, caseView, participantId) {
  const p = (caseView.participants || []).find((x) => x.id === participantId);
  if (!p) {
    return ctx.t('conferencing.someone');
  }
  const name = (p.details && p.details.name) || p.staffName;
  return name ? `${ctx.t(`role.${p.role}`)}: ${name}` : ctx.t(`role.${p.role}`);
}

/** The case's facilitators as [user id, name]. */
export function facilitators(caseView) {
  return (caseView.participants || []).filter((p) => p.role === 'FACILITATOR' && p.userId)
    .map((p) => [p.userId, p.staffName || p.userId]);
}

export function when(ctx, start, end) {
  if (!start) {
    return ctx.t('conferencing.notDated');
  }
  const locale = ctx.language === 'cy' ? 'cy-GB' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return `${day.format(new Date(start))}, ${time.format(new Date(start))}–${time.format(new Date(end))}`;
}

/** A fieldset of checkboxes; returns the boxes. */
export function checkboxGroup(ctx, form, id, legend, options, checked = []) {
  const { element } = ctx;
  const set = element('fieldset', { id });
  const error = element('p', { id: `${id}-error`, class: 'field-error', hidden: true });
  set.append(element('legend', { text: legend }), error);
  const boxes = options.map(([value, text]) => {
    const box = element('input', { type: 'checkbox', id: `${id}-${value}`, value, checked: checked.includes(value) });
    const row = element('div', { class: 'check' });
    row.append(box, element('label', { for: box.id, text }));
    set.append(row);
    return box;
  });
  form.append(set);
  return { boxes, set, error, control: boxes[0] || set, values: () => boxes.filter((b) => b.checked).map((b) => b.value) };
}

/** Sends a form's body; on a problem shows it beside the fields and in the form's alert. */
export async function send(ctx, form, fields, method, path, body) {
  const reply = await ctx.call(method, path, body);
  if (!reply.ok) {
    ctx.showProblem(form, fields, reply.body);
  }
  return reply;
}

/** A labelled input of a given type (date, time), built on the shell's field. */
export function typed(ctx, form, name, label, type, required = true) {
  const f = ctx.field(form, name, label, 'input', [], required);
  f.control.type = type;
  return f;
}
