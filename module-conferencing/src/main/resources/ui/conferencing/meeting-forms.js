// What can be done to a meeting where it stands: record a preparation session, schedule it (with the venue
// picker), record it as held, postpone or cancel it. The server judges everything; its answer shows beside the fields.
import { BASE, checkboxGroup, send, typed, who } from './parts.js';

const PREPARABLE = ['PLANNED', 'PREPARING', 'POSTPONED'];
const OPEN = ['PLANNED', 'PREPARING', 'SCHEDULED', 'POSTPONED'];

export function actions(ctx, m, caseView, again) {
  const parts = [];
  if (PREPARABLE.includes(m.state)) parts.push(sessionForm(ctx, m, caseView, again));
  if (m.state === 'PREPARING' || m.state === 'POSTPONED') parts.push(scheduleForm(ctx, m, caseView, again));
  if (m.state === 'SCHEDULED') parts.push(heldForm(ctx, m, caseView, again));
  if (m.state === 'HELD' && !m.withheld) parts.push(agreementForm(ctx, m, caseView, again));
  const buttons = ctx.element('div', { class: 'actions' });
  if (m.state === 'SCHEDULED') buttons.append(move(ctx, m, 'postpone', again));
  if (OPEN.includes(m.state)) buttons.append(move(ctx, m, 'cancel', again));
  parts.push(buttons);
  return parts;
}

function move(ctx, m, what, again) {
  const button = ctx.element('button', { type: 'button', id: `meeting-${what}`, text: ctx.t(`conferencing.${what}`) });
  button.addEventListener('click', async () => {
    const done = await ctx.call('POST', `${BASE}/meetings/${m.id}/${what}`);
    if (done.ok) again(`conferencing.${what}Saved`);
  });
  return button;
}

function sessionForm(ctx, m, caseView, again) {
  const { element, t } = ctx;
  const form = element('form', { id: 'meeting-session', novalidate: true });
  form.append(element('h4', { text: t('conferencing.sessionTitle') }), ctx.alertBox());
  const fields = [
    ctx.field(form, 'participantId', t('conferencing.sessionWith'), 'select',
      [['', t('referral.choose')], ...m.attendees.map((a) => [a.participantId, who(ctx, caseView, a.participantId)])], true),
    typed(ctx, form, 'heldOn', t('conferencing.heldOn'), 'date'),
    ctx.field(form, 'covered', t('conferencing.covered'), 'textarea', [], true, 8000),
    ctx.field(form, 'notes', t('conferencing.notes'), 'textarea', [], false, 8000),
    ctx.field(form, 'readiness', t('conferencing.readinessAfter'), 'select', [['', t('referral.choose')],
      ...['READY', 'NOT_YET', 'WITHDRAWN'].map((r) => [r, t(`conferencing.readiness.${r}`)])], true)];
  const agreed = element('input', { type: 'checkbox', id: 'meeting-session-groundRulesAgreed' });
  const row = element('div', { class: 'check' });
  row.append(agreed, element('label', { for: agreed.id, text: t('conferencing.rulesAgreedNow') }));
  form.append(row, element('button', { type: 'submit', text: t('conferencing.saveSession') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = Object.fromEntries(fields.filter((f) => f.control.value.trim()).map((f) => [f.name, f.control.value]));
    body.groundRulesAgreed = agreed.checked;
    if ((await send(ctx, form, fields, 'POST', `${BASE}/meetings/${m.id}/preparation-sessions`, body)).ok) {
      again('conferencing.sessionSaved');
    }
  });
  return form;
}

function scheduleForm(ctx, m, caseView, again) {
  const { element, t } = ctx;
  const form = element('form', { id: 'meeting-schedule', novalidate: true });
  form.append(element('h4', { text: t('conferencing.scheduleTitle') }), ctx.alertBox());
  const day = typed(ctx, form, 'day', t('conferencing.day'), 'date');
  const from = typed(ctx, form, 'start', t('conferencing.startTime'), 'time');
  const to = typed(ctx, form, 'end', t('conferencing.endTime'), 'time');
  const places = element('fieldset', { id: 'meeting-venues' });
  const venueError = element('p', { id: 'meeting-venues-error', class: 'field-error', hidden: true });
  places.append(element('legend', { text: t('conferencing.where') }), venueError);
  const find = element('button', { type: 'button', id: 'find-venues', text: t('conferencing.findVenues') });
  const instant = (time) => new Date(`${day.control.value}T${time}`).toISOString();
  find.addEventListener('click', () => venuePicker(ctx, places, caseView.region, instant(from.control.value), instant(to.control.value)));
  form.append(find, places, element('button', { type: 'submit', class: 'primary', text: t('conferencing.schedule') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = places.querySelector('input[name="venue"]:checked');
    const body = { remote: Boolean(chosen && chosen.value === 'remote') };
    if (chosen && chosen.value !== 'remote') body.venueId = chosen.value;
    if (day.control.value && from.control.value) body.start = instant(from.control.value);
    if (day.control.value && to.control.value) body.end = instant(to.control.value);
    // A problem with the place goes beside the choices; the control is a stand-in (radios come and go).
    const fields = [day, from, to, { name: 'venueId', control: element('span'), error: venueError }];
    if ((await send(ctx, form, fields, 'POST', `${BASE}/meetings/${m.id}/schedule`, body)).ok) {
      again('conferencing.scheduled');
    }
  });
  return form;
}

/** The region's venues free for the whole time, with facilities and check dates; or a remote meeting. */
async function venuePicker(ctx, places, region, start, end) {
  const { element, t } = ctx;
  places.querySelectorAll('.check, p:not(.field-error)').forEach((n) => n.remove());
  const reply = await ctx.call('GET', `/api/regions/${region}/venues?freeFrom=${encodeURIComponent(start)}&freeTo=${encodeURIComponent(end)}`);
  const options = (reply.ok ? reply.body : []).map((v) => [v.id, `${v.name}. ${v.facilities.length
    ? v.facilities.map((f) => t(`facility.${f}`)).join(', ') : t('venues.noFacilities')}. ${t('venues.checkUntil',
    { checked: v.checkedOn, until: v.checkRunsOut })}`]);
  if (!options.length) places.append(element('p', { text: t('conferencing.noFreeVenue') }));
  for (const [value, text] of [...options, ['remote', t('conferencing.remoteChoice')]]) {
    const radio = element('input', { type: 'radio', name: 'venue', id: `venue-${value}`, value });
    const row = element('div', { class: 'check' });
    row.append(radio, element('label', { for: radio.id, text }));
    places.append(row);
  }
}

function heldForm(ctx, m, caseView, again) {
  const { element, t } = ctx;
  const form = element('form', { id: 'meeting-held', novalidate: true });
  form.append(element('h4', { text: t('conferencing.heldTitle') }), ctx.alertBox());
  const came = checkboxGroup(ctx, form, 'meeting-held-attended', t('conferencing.whoCame'),
    m.attendees.map((a) => [a.participantId, who(ctx, caseView, a.participantId)]));
  const record = ctx.field(form, 'record', t('conferencing.record'), 'textarea', [], false, 20000);
  form.append(element('button', { type: 'submit', text: t('conferencing.saveHeld') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { attended: came.values(), record: record.control.value.trim() || null };
    if ((await send(ctx, form, [{ name: 'attended', ...came }, record], 'POST', `${BASE}/meetings/${m.id}/held`, body)).ok) {
      again('conferencing.heldSaved');
    }
  });
  return form;
}

function agreementForm(ctx, m, caseView, again) {
  const { element, t } = ctx;
  const form = element('form', { id: 'meeting-agreement', novalidate: true });
  form.append(element('h4', { text: t('conferencing.agreementTitle') }), ctx.alertBox());
  const fields = [
    ctx.field(form, 'committedBy', t('conferencing.committedBy'), 'select',
      [['', t('referral.choose')], ...m.attendees.map((a) => [a.participantId, who(ctx, caseView, a.participantId)])], true),
    ctx.field(form, 'text', t('conferencing.commitment'), 'textarea', [], true, 2000),
    typed(ctx, form, 'dueOn', t('conferencing.dueOn'), 'date', false)];
  form.append(element('button', { type: 'submit', text: t('conferencing.addItem') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = Object.fromEntries(fields.filter((f) => f.control.value.trim()).map((f) => [f.name, f.control.value]));
    if ((await send(ctx, form, fields, 'POST', `${BASE}/meetings/${m.id}/agreement-items`, body)).ok) {
      again('conferencing.itemSaved');
    }
  });
  return form;
}
