// Small building blocks of the case page and its sections.
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { detail } from '../forms.js';

export function section(title, content) {
  const s = element('section');
  s.append(element('h2', { text: title }), content);
  return s;
}

export function list(items) {
  const ul = element('ul');
  items.forEach((text) => ul.append(element('li', { text })));
  if (!items.length) {
    ul.append(element('li', { text: t('case.none') }));
  }
  return ul;
}

export function formButton(id, label, open) {
  const button = element('button', { type: 'button', id, text: t(label) });
  button.addEventListener('click', open);
  return button;
}

/** A button that sends one request: the case is shown again, or the refusal is said beside the button. */
export function requestButton(attrs, label, send, reopen, place) {
  const button = element('button', { type: 'button', ...attrs, text: label });
  button.addEventListener('click', async () => {
    const reply = await send();
    if (reply.ok) {
      await reopen();
    } else {
      place.append(element('span', { role: 'alert', class: 'why', text: reply.body ? detail(reply.body) : t('shell.screenFailed') }));
    }
  });
  return button;
}
