// One meeting: when and where, who attends and how ready they are, the contact gate's answer with every rule that
// stops it, the sealed texts for those who practise, and what can be done next (meeting-forms.js).
import { BASE, when, who } from './parts.js';
import { actions } from './meeting-forms.js';

const OPEN = ['PLANNED', 'PREPARING', 'SCHEDULED', 'POSTPONED'];

export async function renderMeeting(container, ctx, meetingId, back) {
  const { element, t } = ctx;
  const reply = await ctx.call('GET', `${BASE}/meetings/${meetingId}`);
  if (!reply.ok) {
    container.replaceChildren(element('p', { role: 'alert', text: ctx.problemText(reply.body || {}) }));
    return;
  }
  const m = reply.body;
  const caseView = ctx.caseView || (await ctx.call('GET', `/api/cases/${m.caseId}`)).body || { participants: [] };
  const again = (notice) => renderMeeting(container, { ...ctx, caseView, notice }, meetingId, back);
  const heading = element(ctx.caseView ? 'h3' : 'h1', { id: 'meeting-heading', tabindex: '-1',
    text: t('conferencing.meetingTitle', { kind: t(`conferencing.kind.${m.kind}`), state: t(`conferencing.state.${m.state}`) }) });
  container.replaceChildren(heading);
  if (caseView.reference) {
    container.append(element('p', { text: t('conferencing.ofCase', { reference: caseView.reference }) }));
  }
  if (ctx.notice) {
    container.append(element('p', { id: 'meeting-status', role: 'status', text: t(ctx.notice) }));
  }
  container.append(facts(ctx, m, caseView), attendeeList(ctx, m, caseView, again));
  if (OPEN.includes(m.state)) {
    container.append(await gateAnswer(ctx, m, caseView, again));
  }
  for (const text of ['groundRules', 'plan', 'record']) {
    if (m[text]) {
      container.append(element('h4', { text: t(`conferencing.${text}`) }), element('p', { class: 'sealed-text', text: m[text] }));
    }
  }
  if (m.agreementItems.length) {
    const items = element('ul', { id: 'agreement-items' });
    m.agreementItems.forEach((i) => items.append(element('li', { text: `${who(ctx, caseView, i.committedBy)}: ${i.text}`
      + (i.dueOn ? ` (${t('conferencing.dueBy', { day: i.dueOn })})` : '') })));
    container.append(element('h4', { text: t('conferencing.agreement') }), items);
  }
  container.append(...actions(ctx, m, caseView, again));
  const backButton = element('button', { type: 'button', text: t('conferencing.back') });
  backButton.addEventListener('click', back);
  container.append(backButton);
  heading.focus();
}

function facts(ctx, m, caseView) {
  const { element, t } = ctx;
  const dl = element('dl', { class: 'facts', id: 'meeting-facts' });
  const where = m.remote ? t('conferencing.remote') : (m.venueName || t('conferencing.noVenue'));
  const names = m.facilitators.map((id) => ((caseView.participants || []).find((p) => p.userId === id) || {}).staffName || id);
  const rows = [[t('conferencing.when'), when(ctx, m.start, m.end)], [t('conferencing.where'), where],
    [t('conferencing.facilitatedBy'), names.join(', ')]];
  if (m.speaksFirst) {
    rows.push([t('conferencing.speaksFirst'), who(ctx, caseView, m.speaksFirst)]);
  }
  if (m.stateBecause && m.stateBecause !== 'by-facilitator') {
    rows.push([t('conferencing.because'), t(`conferencing.because.${m.stateBecause}`)]);
  }
  rows.forEach(([term, value]) => dl.append(element('dt', { text: term }), element('dd', { text: value })));
  return dl;
}

function attendeeList(ctx, m, caseView, again) {
  const { element, t } = ctx;
  const section = element('section', { 'aria-labelledby': 'attendees-heading' });
  section.append(element('h4', { id: 'attendees-heading', text: t('conferencing.attendees') }));
  const list = element('ul', { id: 'meeting-attendees' });
  for (const a of m.attendees) {
    const li = element('li', { 'data-attendee': a.participantId });
    const said = [t(`conferencing.readiness.${a.readiness}`)];
    if (a.groundRulesAgreed) said.push(t('conferencing.rulesAgreed'));
    if (a.attended !== null && a.attended !== undefined) said.push(t(a.attended ? 'conferencing.came' : 'conferencing.didNotCome'));
    li.append(`${who(ctx, caseView, a.participantId)}: ${said.join('; ')}`);
    if (a.mustBeTold && !a.toldAt) {
      const told = element('button', { type: 'button', text: t('conferencing.markTold') });
      told.addEventListener('click', async () => {
        const done = await ctx.call('POST', `${BASE}/meetings/${m.id}/attendees/${a.participantId}/told`);
        if (done.ok) again('conferencing.toldSaved');
      });
      li.append(' ', element('strong', { text: t('conferencing.mustBeTold') }), ' ', told);
    } else if (a.toldAt) {
      li.append(` (${t('conferencing.told')})`);
    }
    list.append(li);
  }
  section.append(list);
  return section;
}

async function gateAnswer(ctx, m, caseView, again) {
  const { element, t } = ctx;
  const section = element('section', { id: 'meeting-gate', 'aria-labelledby': 'gate-heading' });
  section.append(element('h4', { id: 'gate-heading', text: t('conferencing.gate') }));
  const reply = await ctx.call('GET', `${BASE}/meetings/${m.id}/gate`);
  if (!reply.ok) {
    section.append(element('p', { text: t('conferencing.gateUnknown') }));
    return section;
  }
  if (!reply.body.length) {
    section.append(element('p', { id: 'gate-allowed', text: t('conferencing.gateAllows') }));
    return section;
  }
  section.append(element('p', { text: t('conferencing.gateRefuses') }));
  const list = element('ul', { id: 'gate-refusals' });
  for (const r of reply.body) {
    const key = `problem.${r.rule}`;
    const words = t(key) === key ? r.reason : t(key);
    list.append(element('li', { 'data-rule': r.rule,
      text: r.participantId ? `${who(ctx, caseView, r.participantId)}: ${words}` : words }));
  }
  section.append(list);
  if (reply.body.some((r) => r.rule === 'attendee-not-approved')) {
    const me = await ctx.call('GET', '/api/auth/me');
    if (me.ok && me.body.roles.includes('CASE_SUPERVISOR')) {
      const approve = element('button', { type: 'button', id: 'approve-attendees', text: t('conferencing.approve') });
      approve.addEventListener('click', async () => {
        const done = await ctx.call('POST', `${BASE}/meetings/${m.id}/attendee-approval`);
        if (done.ok) again('conferencing.approved');
        else section.append(element('p', { role: 'alert', class: 'alert', text: ctx.problemText(done.body || {}) }));
      });
      section.append(approve);
    }
  }
  return section;
}
