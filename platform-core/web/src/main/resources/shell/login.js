// The sign-in form: checked as you type, server problems shown beside the field, nothing typed lost.
import { login } from './api.js';
import { element } from './dom.js';
import { t } from './i18n.js';

const kept = { username: '' };

export function renderLogin(main, onSignedIn, notice) {
  main.replaceChildren();
  const form = element('form', { novalidate: true, id: main.id === 'relogin' ? 'relogin-form' : 'login-form' });
  form.append(element('h1', { text: t('login.title') }));
  const alert = element('div', { id: `${form.id}-alert`, role: 'alert', class: 'alert', hidden: !notice });
  alert.textContent = notice || '';
  form.append(alert);
  const username = field(form, 'username', 'text', 'username', kept.username);
  const password = field(form, 'password', 'password', 'current-password', '');
  form.append(element('button', { type: 'submit', text: t('login.submit') }));
  main.append(form);
  username.input.addEventListener('input', () => { kept.username = username.input.value; check(username); });
  password.input.addEventListener('input', () => check(password));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fine = [check(username), check(password)].every(Boolean);
    if (!fine) {
      (username.input.value.trim() ? password : username).input.focus();
      return;
    }
    const reply = await login(username.input.value.trim(), password.input.value);
    if (reply.ok) {
      kept.username = '';
      onSignedIn();
      return;
    }
    password.input.value = '';
    alert.hidden = false;
    alert.textContent = t(reply.status === 429 ? 'login.throttled' : reply.status === 0 || reply.status >= 500
      ? 'login.unavailable' : 'login.failed');
    password.input.focus();
  });
  username.input.focus();
}

function field(form, name, type, autocomplete, value) {
  const id = `${form.id}-${name}`;
  const wrapper = element('div', { class: 'field' });
  const label = element('label', { for: id, text: t(`login.${name}`) });
  const error = element('p', { id: `${id}-error`, class: 'field-error', hidden: true });
  const input = element('input', { id, name, type, autocomplete, required: true, value, 'aria-describedby': error.id });
  wrapper.append(label, error, input);
  form.append(wrapper);
  return { name, input, error };
}

function check(f) {
  const missing = !f.input.value.trim();
  f.error.hidden = !missing;
  f.error.textContent = missing ? t('login.required', { field: t(`login.${f.name}`).toLowerCase() }) : '';
  f.input.setAttribute('aria-invalid', String(missing));
  return !missing;
}
