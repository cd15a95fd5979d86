// A case's safety plan: how each participant who attends comes and goes safely. The case's practitioners write a
// new version whole; a case supervisor who did not write it signs it off. The server checks everything (staggered
// times included) and says what is wrong beside the field it concerns.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { alertBox, detail, field, showProblem } from '../forms.js';

const TEXTS = ['route', 'waitsIn', 'supportedBy', 'stopSignal', 'whoToCall'];

export async function safetyPlanSection(main, c, running, reopen) {
  const s = element('section', { id: 'safety-plan' });
  s.append(element('h2', { text: t('plan.title') }));
  const [reply, me] = await Promise.all([call('GET', `/api/cases/${c.id}/safety-plan`), call('GET', '/api/auth/me')]);
  const plan = reply.ok ? reply.body : null;
  if (!plan) {
    s.append(element('p', { text: t('plan.none') }));
  } else {
    s.append(element('p', { id: 'plan-state', text: plan.signedOff
      ? t('plan.signedOff', { version: plan.version, by: plan.signedOffBy, on: plan.signedOffAt.slice(0, 10) })
      : t('plan.waiting', { version: plan.version }) }));
    for (const part of plan.parts) {
      s.append(partView(c, part));
    }
  }
  if (running) {
    const write = element('button', { type: 'button', id: 'write-plan', text: t('plan.write') });
    write.addEventListener('click', () => renderPlanForm(main, c, plan, reopen));
    s.append(write);
  }
  const supervises = me.ok && me.body.roles.includes('CASE_SUPERVISOR');
  if (plan && !plan.signedOff && running && supervises) {
    const sign = element('button', { type: 'button', id: 'sign-off-plan', class: 'primary',
      text: t('plan.signOff', { version: plan.version }) });
    sign.addEventListener('click', async () => {
      const done = await call('POST', `/api/cases/${c.id}/safety-plan/sign-off`, { version: plan.version });
      if (done.ok) {
        await reopen();
      } else {
        s.append(element('p', { role: 'alert', class: 'alert', text: done.body ? detail(done.body) : t('shell.screenFailed') }));
      }
    });
    s.append(' ', sign);
  }
  return s;
}

function partView(c, part) {
  const who = c.participants.find((p) => p.id === part.participantId);
  const box = element('div', { class: 'plan-part', 'data-plan-part': who ? who.role : '' });
  box.append(element('h3', { text: who ? t(`role.${who.role}`) : '' }));
  const dl = element('dl', { class: 'facts' });
  const pairs = [[t('plan.arriveAt'), local(part.arriveAt).replace('T', ' ')], [t('plan.leaveAt'), local(part.leaveAt).replace('T', ' ')],
    ...TEXTS.filter((k) => part[k]).map((k) => [t(`plan.${k}`), part[k]])];
  pairs.forEach(([term, value]) => dl.append(element('dt', { text: term }), element('dd', { text: value })));
  box.append(dl);
  return box;
}

function renderPlanForm(main, c, plan, done) {
  const form = element('form', { id: 'plan-form', novalidate: true });
  form.append(element('h2', { text: t('plan.write') }), alertBox(), element('p', { class: 'hint', text: t('plan.hint') }));
  const people = c.participants.filter((p) => p.role !== 'FACILITATOR');
  const groups = people.map((p) => {
    const before = plan ? plan.parts.find((part) => part.participantId === p.id) : null;
    const set = element('fieldset', { id: `plan-${p.id}` });
    set.append(element('legend', { text: t(`role.${p.role}`) }));
    const attends = element('input', { type: 'checkbox', id: `plan-${p.id}-attends`, checked: Boolean(before) });
    const row = element('div', { class: 'check' });
    row.append(attends, element('label', { for: `plan-${p.id}-attends`, text: t('plan.attends') }));
    set.append(row);
    const sub = element('form', { id: `plan-${p.id}-f` }); // only to give each field a distinct id
    const fields = {};
    for (const key of ['arriveAt', 'leaveAt', ...TEXTS]) {
      const kind = key === 'arriveAt' || key === 'leaveAt' ? 'input' : 'textarea';
      fields[key] = field(sub, key, t(`plan.${key}`), kind, [], false, 1000);
      if (kind === 'input') {
        fields[key].control.type = 'datetime-local';
      }
      if (before && before[key]) {
        fields[key].control.value = kind === 'input' ? local(before[key]) : before[key];
      }
    }
    set.append(...sub.childNodes);
    form.append(set);
    return { participant: p, attends, fields };
  });
  const save = element('button', { type: 'submit', class: 'primary', text: t('plan.save') });
  const cancel = element('button', { type: 'button', text: t('hold.cancel') });
  cancel.addEventListener('click', done);
  form.append(save, cancel);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const sent = groups.filter((g) => g.attends.checked);
    const all = [];
    groups.forEach((g) => Object.entries(g.fields).forEach(([key, f]) => {
      const index = sent.indexOf(g);
      f.name = index < 0 ? `unsent.${key}` : `parts[${index}].${key}`; // the server names fields by position
      all.push(f);
    }));
    const parts = sent.map((g) => {
      const part = { participantId: g.participant.id };
      for (const [key, f] of Object.entries(g.fields)) {
        const value = f.control.value.trim();
        if (value) {
          part[key] = key === 'arriveAt' || key === 'leaveAt' ? new Date(value).toISOString() : value;
        }
      }
      return part;
    });
    const reply = await call('PUT', `/api/cases/${c.id}/safety-plan`, { parts });
    if (reply.ok) {
      await done();
    } else {
      showProblem(form, all, reply.body);
    }
  });
  main.replaceChildren(form);
  (groups[0] ? groups[0].attends : save).focus();
}

/** An instant as a datetime-local field shows it: the user's own clock, to the minute. */
function local(instant) {
  const d = new Date(instant);
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}
