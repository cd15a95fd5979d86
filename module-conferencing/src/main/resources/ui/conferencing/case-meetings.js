// A case's meetings tab: its conferences and family circles, and planning a new one. A meeting opens in place.
import { BASE, checkboxGroup, facilitators, send, when, who } from './parts.js';
import { renderMeeting } from './meeting-view.js';

export async function render(container, ctx) {
  const { element, t } = ctx;
  const again = (notice) => render(container, { ...ctx, notice });
  if (ctx.open) { // chosen elsewhere: the meeting itself
    const { open, ...rest } = ctx;
    await renderMeeting(container, rest, open, () => again());
    return;
  }
  const reply = await ctx.call('GET', `${BASE}/cases/${ctx.caseId}/meetings`);
  container.replaceChildren(element('h3', { text: t('conferencing.caseTab') }));
  if (ctx.notice) {
    container.append(element('p', { id: 'meetings-status', role: 'status', text: t(ctx.notice) }));
  }
  if (!reply.ok) {
    container.append(element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const list = element('ul', { id: 'meetings' });
  for (const m of reply.body) {
    const open = element('button', { type: 'button', class: 'link', 'data-meeting': m.id, text: t('conferencing.listEntry', {
      kind: t(`conferencing.kind.${m.kind}`), state: t(`conferencing.state.${m.state}`), when: when(ctx, m.start, m.end) }) });
    open.addEventListener('click', () => renderMeeting(container, ctx, m.id, () => again()));
    const li = element('li');
    li.append(open);
    list.append(li);
  }
  if (!reply.body.length) {
    list.append(element('li', { text: t('conferencing.none') }));
  }
  container.append(list, planForm(ctx, container, again));
}

function planForm(ctx, container, again) {
  const { element, t } = ctx;
  const c = ctx.caseView;
  const people = (c.participants || []).filter((p) => p.role !== 'FACILITATOR');
  const form = element('form', { id: 'meeting-plan', novalidate: true });
  form.append(element('h4', { text: t('conferencing.planTitle') }), ctx.alertBox());
  const kind = ctx.field(form, 'kind', t('conferencing.kind'), 'select', [['', t('referral.choose')],
    ['CONFERENCE', t('conferencing.kind.CONFERENCE')], ['FAMILY_CIRCLE', t('conferencing.kind.FAMILY_CIRCLE')]], true);
  const attendees = checkboxGroup(ctx, form, 'meeting-plan-attendees', t('conferencing.whoAttends'),
    people.map((p) => [p.id, who(ctx, c, p.id)]));
  const led = checkboxGroup(ctx, form, 'meeting-plan-facilitators', t('conferencing.whoFacilitates'), facilitators(c));
  const first = ctx.field(form, 'speaksFirst', t('conferencing.speaksFirstQuestion'), 'select', [['', t('conferencing.nobodyFirst')],
    ...people.filter((p) => p.role === 'PERSON_HARMED').map((p) => [p.id, who(ctx, c, p.id)])]);
  const rules = ctx.field(form, 'groundRules', t('conferencing.groundRules'), 'textarea', [], false, 8000);
  const plan = ctx.field(form, 'plan', t('conferencing.plan'), 'textarea', [], false, 8000);
  form.append(element('button', { type: 'submit', class: 'primary', text: t('conferencing.planSave') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { kind: kind.control.value || null, attendees: attendees.values(), facilitators: led.values(),
      speaksFirst: first.control.value || null, groundRules: rules.control.value.trim() || null,
      plan: plan.control.value.trim() || null };
    const fields = [kind, { name: 'attendees', ...attendees }, { name: 'facilitators', ...led }, first, rules, plan];
    const reply = await send(ctx, form, fields, 'POST', `${BASE}/cases/${ctx.caseId}/meetings`, body);
    if (reply.ok) {
      renderMeeting(container, { ...ctx, notice: 'conferencing.planned' }, reply.body.id, () => again());
    }
  });
  return form;
}
