// Form fields with their error places, and the server's problem+json shown beside the field it names.
import { element } from './login.js';
import { t } from './i18n.js';

/** A labelled control; kind is 'input', 'textarea' or 'select' (options: [[value, label]]). */
export function field(form, name, label, kind = 'input', options = []) {
  const id = `${form.id}-${name}`;
  const wrapper = element('div', { class: 'field' });
  const error = element('p', { id: `${id}-error`, class: 'field-error', hidden: true });
  const control = element(kind, { id, name, 'aria-describedby': error.id });
  for (const [value, text] of options) {
    control.append(element('option', { value, text }));
  }
  wrapper.append(element('label', { for: id, text: label }), error, control);
  form.append(wrapper);
  return { name, control, error };
}

/** Shows each {field, reason} beside its field and anything else in the form's alert; focuses the first. */
export function showProblem(form, fields, problem) {
  const alert = form.querySelector('.alert');
  fields.forEach((f) => { f.error.hidden = true; f.control.removeAttribute('aria-invalid'); });
  const unplaced = [];
  for (const { field: name, reason } of (problem && problem.errors) || []) {
    const f = fields.find((candidate) => candidate.name === name);
    if (f) {
      f.error.hidden = false;
      f.error.textContent = reason;
      f.control.setAttribute('aria-invalid', 'true');
    } else {
      unplaced.push(`${name}: ${reason}`);
    }
  }
  const text = [problem && !(problem.errors || []).length ? problem.detail : null, ...unplaced].filter(Boolean).join(' ');
  alert.hidden = !text && !(problem && problem.errors && problem.errors.length);
  alert.textContent = text || t('form.fixFields');
  const first = fields.find((f) => !f.error.hidden);
  (first ? first.control : alert).focus();
}

export function alertBox() {
  return element('div', { class: 'alert', role: 'alert', tabindex: '-1', hidden: true });
}
