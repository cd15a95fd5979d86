// A coordinator's referral inbox: newest first; accept one into a case, or decline it with a reason.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { alertBox, field, showProblem } from '../forms.js';
import { renderReferralForm } from './referral-form.js';
import { renderCase } from './case-page.js';

export async function renderReferrals(main, me) {
  const reply = await call('GET', '/api/referrals?limit=50');
  const again = () => renderReferrals(main, me);
  const add = element('button', { type: 'button', id: 'new-referral', text: t('referral.new') });
  add.addEventListener('click', () => renderReferralForm(main, me.regions, again));
  main.replaceChildren(element('h1', { text: t('referral.inbox') }), add);
  if (!reply.ok) {
    main.append(element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const list = element('ul', { id: 'referral-list', class: 'referrals' });
  for (const r of reply.body) {
    const li = element('li');
    li.append(element('span', { text: t('referral.entry', { received: r.receivedAt.slice(0, 10), offence: t(`offence.${r.offenceCategory}`),
      source: t(`source.${r.source}`), status: t(`referral.status.${r.status}`) }) }));
    if (r.status === 'RECEIVED') {
      const accept = element('button', { type: 'button', 'data-referral-action': 'accept', text: t('referral.accept') });
      accept.addEventListener('click', async () => {
        const opened = await call('POST', `/api/referrals/${r.id}/accept`);
        if (opened.ok) {
          await renderCase(main, opened.body.id, again);
        }
      });
      const decline = element('button', { type: 'button', 'data-referral-action': 'decline', text: t('referral.decline') });
      decline.addEventListener('click', () => declineForm(main, r, again));
      li.append(accept, decline);
    }
    list.append(li);
  }
  if (!reply.body.length) {
    list.append(element('li', { text: t('referral.none') }));
  }
  main.append(list);
}

function declineForm(main, referral, done) {
  const form = element('form', { id: 'referral-decline', novalidate: true });
  form.append(element('h2', { text: t('referral.decline') }), alertBox());
  const reason = field(form, 'reason', t('referral.declineReason'), 'textarea', [], true, 2000);
  const cancel = element('button', { type: 'button', text: t('hold.cancel') });
  cancel.addEventListener('click', done);
  form.append(element('button', { type: 'submit', text: t('referral.decline') }), cancel);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await call('POST', `/api/referrals/${referral.id}/decline`, { reason: reason.control.value });
    if (reply.ok) {
      await done();
    } else {
      showProblem(form, [reason], reply.body);
    }
  });
  main.replaceChildren(form);
  reason.control.focus();
}
