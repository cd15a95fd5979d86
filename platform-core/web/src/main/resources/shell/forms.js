// Form fields with their error places, and the server's problem+json shown beside the field it names.
import { element } from './dom.js';
import { orServerWords, t } from './i18n.js';

/**
 * A labelled control; kind is 'input', 'textarea' or 'select' (options: [[value, label]]). A required
 * one says so as soon as it is left empty, and one with a max says so as soon as the text is longer, before
 * anything is sent (nothing typed is cut off); the server's own checks follow.
 */
export function field(form, name, label, kind = 'input', options = [], required = false, max = 0) {
  const id = `${form.id}-${name}`;
  const wrapper = element('div', { class: 'field' });
  const error = element('p', { id: `${id}-error`, class: 'field-error', hidden: true });
  const control = element(kind, { id, name, 'aria-describedby': error.id, required, 'aria-required': required ? 'true' : null });
  for (const [value, text] of options) {
    control.append(element('option', { value, text }));
  }
  wrapper.append(element('label', { for: id, text: label }), error, control);
  form.append(wrapper);
  const problem = () => {
    if (required && !control.value.trim()) {
      return t('form.required', { field: label });
    }
    return max && control.value.length > max ? t('reason.max-length', { max }) : '';
  };
  const check = () => {
    const text = problem();
    error.hidden = !text;
    error.textContent = text;
    control.setAttribute('aria-invalid', String(Boolean(text)));
  };
  if (required) {
    // Leaving for another field of the form says so; leaving for a button (to send, or to cancel) or the form
    // does not: the message would move the button being pressed, and sending shows the server's own answer.
    control.addEventListener('blur', (event) => {
      const next = event.relatedTarget;
      if (next && next.form === control.form && next.tagName !== 'BUTTON') {
        check();
      }
    });
    control.addEventListener('change', check);
  }
  if (required || max) {
    control.addEventListener('input', () => { if (!error.hidden || problem()) check(); });
  }
  return { name, control, error };
}

/** Shows each field error beside its field (or its group's first field), the rest in the form's alert; focuses the first. */
export function showProblem(form, fields, problem) {
  const alert = form.querySelector('.alert');
  fields.forEach((f) => { f.error.hidden = true; f.control.removeAttribute('aria-invalid'); });
  const unplaced = [];
  for (const error of (problem && problem.errors) || []) {
    const name = error.field;
    const reason = reasonText(error);
    // An error about a group (personHarmed.safeContact) goes beside the group's first field.
    const f = fields.find((candidate) => candidate.name === name)
      || fields.find((candidate) => candidate.name.startsWith(`${name}.`));
    if (f) {
      f.error.hidden = false;
      f.error.textContent = reason;
      f.control.setAttribute('aria-invalid', 'true');
    } else {
      unplaced.push(`${name}: ${reason}`);
    }
  }
  const text = [problem && !(problem.errors || []).length ? detail(problem) : null, ...unplaced].filter(Boolean).join(' ');
  alert.hidden = !text && !(problem && problem.errors && problem.errors.length);
  alert.textContent = text || t('form.fixFields');
  const first = fields.find((f) => !f.error.hidden);
  (first ? first.control : alert).focus();
}

export function alertBox() {
  return element('div', { class: 'alert', role: 'alert', tabindex: '-1', hidden: true });
}

/**
 * The problem in the interface's language. The server writes English, with the particulars (which rule,
 * which version): in English its words are shown; in Welsh the message for the problem's type, when known.
 */
export function detail(problem) {
  return withoutRuleCodes(orServerWords(`problem.${String(problem.type || '').replace('urn:kintsugi:problem:', '')}`,
    problem.detail));
}

/** The server names each rule in brackets for programs ("[contact-before-delivery] Contact ..."); people get the words. */
export function withoutRuleCodes(text) {
  return String(text || '').replace(/\s*\[[a-z0-9]+(-[a-z0-9]+)*\]\s*/g, ' ').trim();
}

/**
 * A field error in the interface's language: the message for its code (the core's and the modules'
 * message files name them reason.<code>), else the server's own English words.
 */
export function reasonText(error) {
  if (!error.code) {
    return error.reason;
  }
  const key = `reason.${error.code}`;
  const text = t(key, error.params || {});
  return text === key ? error.reason : text;
}
