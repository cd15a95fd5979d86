// Rating one participant's assessment factor by factor, with notes; saved as it is, or saved and completed.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { alertBox, detail, field, reasonText } from '../forms.js';

const RATINGS = ['STRONG', 'ADEQUATE', 'LIMITED', 'ABSENT'];

export function renderAssessmentForm(main, c, assessment, done) {
  const form = element('form', { id: 'assessment', novalidate: true });
  form.append(element('h2', { text: t('assessmentForm.title', { role: t(`role.${assessment.participantRole}`) }) }), alertBox());
  const rated = new Map((assessment.factors || []).map((f) => [f.factor, f]));
  const factors = [...rated.keys(), ...(assessment.unrated || [])];
  const rows = factors.map((factor) => {
    const fieldset = element('fieldset', { id: `assessment-${factor}` });
    fieldset.append(element('legend', { text: t(`factor.${factor}`) }));
    form.append(fieldset);
    const rating = field(fieldset, 'rating', t('assessmentForm.rating'), 'select',
      [['', t('referral.choose')], ...RATINGS.map((r) => [r, t(`rating.${r}`)])]);
    const notes = field(fieldset, 'notes', t('assessmentForm.notes'), 'textarea', [], false, 4000);
    const before = rated.get(factor);
    rating.control.value = before ? before.rating : '';
    notes.control.value = before && before.notes ? before.notes : '';
    return { factor, rating, notes };
  });
  const save = element('button', { type: 'submit', text: t('assessmentForm.save') });
  const complete = element('button', { type: 'button', 'data-assessment-action': 'complete', text: t('assessmentForm.complete') });
  const cancel = element('button', { type: 'button', text: t('hold.cancel') });
  cancel.addEventListener('click', done);
  form.append(save, complete, cancel);
  const alert = form.querySelector('.alert');
  /** Each error beside the factor's rating or notes it names; the rest, and the summary, in the alert. */
  const fail = (reply) => {
    const errors = (reply.body && reply.body.errors) || [];
    const rest = [];
    rows.forEach((r) => [r.rating, r.notes].forEach((f) => { f.error.hidden = true; f.control.removeAttribute('aria-invalid'); }));
    for (const e of errors) {
      const [, factor, part] = /^factors\.(\w+)\.?(rating|notes)?$/.exec(e.field) || [];
      const row = rows.find((r) => r.factor === factor);
      const target = row && (part === 'notes' ? row.notes : row.rating);
      if (target) {
        target.error.hidden = false;
        target.error.textContent = reasonText(e);
        target.control.setAttribute('aria-invalid', 'true');
      } else {
        rest.push(factor ? `${t(`factor.${factor}`)}: ${reasonText(e)}` : `${e.field}: ${reasonText(e)}`);
      }
    }
    alert.hidden = false;
    alert.textContent = [errors.length ? t('form.fixFields') : detail(reply.body || {}), ...rest].join(' ');
    alert.focus();
  };
  const send = async () => {
    const body = { factors: {} };
    rows.filter((r) => r.rating.control.value).forEach((r) => {
      body.factors[r.factor] = { rating: r.rating.control.value, notes: r.notes.control.value };
    });
    const reply = await call('PUT', `/api/cases/${c.id}/assessments/${assessment.participantId}`, body);
    if (!reply.ok) {
      fail(reply); // the ratings and notes typed stay in the form
    }
    return reply.ok;
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (await send()) {
      await done();
    }
  });
  complete.addEventListener('click', async () => {
    if (!(await send())) {
      return;
    }
    const reply = await call('POST', `/api/cases/${c.id}/assessments/${assessment.participantId}/complete`);
    if (reply.ok) {
      await done();
    } else {
      fail(reply);
    }
  });
  main.replaceChildren(form);
  rows[0].rating.control.focus();
}
