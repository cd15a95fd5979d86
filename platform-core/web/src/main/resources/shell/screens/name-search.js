// Finding a case by a participant's name, for hub staff: whole words, accents and case aside. The name is sent in the
// body of a POST (never in an address) and each search is recorded with the cases it showed.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { alertBox, field, showProblem } from '../forms.js';
import { renderCase } from './case-page.js';

const MAX_NAME = 200;

export function nameSearch(main, back) {
  const s = element('section', { id: 'name-search-section', 'aria-labelledby': 'name-search-title' });
  const form = element('form', { id: 'name-search', class: 'filters', novalidate: true });
  const alert = alertBox();
  form.append(alert);
  const name = field(form, 'name', t('nameSearch.name'), 'input', [], true, MAX_NAME);
  name.control.setAttribute('autocomplete', 'off');
  name.control.setAttribute('spellcheck', 'false');
  form.append(element('button', { type: 'submit', text: t('nameSearch.find') }));
  const results = element('div', { id: 'name-search-results', 'aria-live': 'polite' });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await call('POST', '/api/case-search/by-name', { name: name.control.value });
    if (!reply.ok) {
      showProblem(form, [name], reply.body);
      results.replaceChildren();
      return;
    }
    showProblem(form, [name], null);
    results.replaceChildren(...found(main, reply.body, back));
  });
  s.append(element('h2', { id: 'name-search-title', text: t('nameSearch.title') }),
    element('p', { class: 'hint', text: t('nameSearch.hint') }), form, results);
  return s;
}

function found(main, answer, back) {
  const parts = [element('p', { id: 'name-search-count', text: t('nameSearch.count', { count: answer.cases.length }) })];
  const ul = element('ul', { class: 'found' });
  for (const c of answer.cases) {
    const li = element('li');
    const open = element('button', { type: 'button', class: 'link', text: t('caseload.open',
      { reference: c.reference, category: t(`offence.${c.offenceCategory}`), opened: c.openedAt.slice(0, 10) }) });
    open.addEventListener('click', () => renderCase(main, c.id, back));
    li.append(open, ` ${t('nameSearch.matchedAs', { roles: c.matchedAs.map((r) => t(`role.${r}`)).join(', ') })}`,
      ` ${t(`stage.${c.stage}`)}`);
    ul.append(li);
  }
  parts.push(ul);
  if (answer.more) {
    parts.push(element('p', { class: 'alert', text: t('nameSearch.more', { max: answer.cases.length }) }));
  }
  return parts;
}
