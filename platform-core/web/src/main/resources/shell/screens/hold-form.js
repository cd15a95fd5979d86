// Pause, resume, withdraw or halt, with what the other party may be told; server errors beside their fields.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { alertBox, field, showProblem } from '../forms.js';

export function renderHoldForm(main, c, action, done) {
  const form = element('form', { id: `hold-${action}`, novalidate: true });
  form.append(element('h2', { text: t(`action.${action}`) }), alertBox());
  const fields = [];
  if (action === 'withdraw') {
    const parties = c.participants.filter((p) => p.role !== 'FACILITATOR');
    fields.push(field(form, 'onBehalfOf', t('hold.onBehalfOf'), 'select',
      [['', t('hold.choose')], ...parties.map((p) => [p.id, t(`role.${p.role}`)])], true));
  }
  if (action !== 'resume') {
    fields.push(field(form, 'reason', t(action === 'pause' ? 'hold.reasonOptional' : 'hold.reason'), 'textarea', [],
      action !== 'pause', 2000));
    fields.push(field(form, 'tellOtherParty', t('hold.tellOtherParty'), 'textarea', [], false, 2000));
  }
  const submit = element('button', { type: 'submit', text: t(`action.${action}`) });
  const cancel = element('button', { type: 'button', text: t('hold.cancel') });
  cancel.addEventListener('click', done);
  form.append(submit, cancel);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {};
    fields.forEach((f) => { if (f.control.value.trim()) body[f.name] = f.control.value; });
    const reply = await call('POST', `/api/cases/${c.id}/${action}`, body);
    if (reply.ok) {
      await done();
    } else {
      showProblem(form, fields, reply.body); // what was typed stays in the form
    }
  });
  main.replaceChildren(form);
  (fields[0] ? fields[0].control : submit).focus();
}
