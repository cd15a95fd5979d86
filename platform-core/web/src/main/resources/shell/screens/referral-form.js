// A new referral: who referred, who leads, the offence, each party's name and safe ways to make contact.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { alertBox, field, showProblem } from '../forms.js';

const SOURCES = ['SELF', 'RAPE_AND_SEXUAL_ABUSE_CENTRE', 'PROBATION_VICTIM_LIAISON', 'PRISON_OFFENDER_MANAGER',
  'COMMUNITY_OFFENDER_MANAGER', 'POLICE', 'CARE_COORDINATOR', 'SCHOOL', 'WORKPLACE', 'OTHER'];
const OFFENCES = ['SEXUAL_VIOLENCE', 'DOMESTIC_ABUSE', 'VIOLENCE', 'HATE_CRIME', 'ROBBERY_OR_BURGLARY', 'PROPERTY',
  'ROAD_TRAFFIC', 'OTHER'];
export const METHODS = ['PHONE', 'TEXT_MESSAGE', 'VOICEMAIL', 'EMAIL', 'POST', 'HOME_ADDRESS', 'VIA_REFERRER', 'OTHER'];

const options = (values, prefix) => values.map((v) => [v, t(`${prefix}.${v}`)]);

export function renderReferralForm(main, regions, done) {
  const form = element('form', { id: 'referral', novalidate: true });
  form.append(element('h1', { text: t('referral.new') }), alertBox());
  const fields = [
    field(form, 'region', t('referral.region'), 'select', regions.map((r) => [r, r])),
    field(form, 'source', t('referral.source'), 'select', [['', t('referral.choose')], ...options(SOURCES, 'source')], true),
    field(form, 'ledBy', t('referral.ledBy'), 'select', [['', t('referral.choose')], ...options(['PERSON_HARMED', 'PERSON_RESPONSIBLE'], 'role')], true),
    field(form, 'offenceCategory', t('referral.offence'), 'select', [['', t('referral.choose')], ...options(OFFENCES, 'offence')], true),
    field(form, 'recency', t('referral.recency'), 'select', [['', t('referral.choose')], ...options(['RECENT', 'NON_RECENT'], 'recency')], true),
    field(form, 'sentenceStage', t('referral.sentenceStage'), 'select',
      [['', t('referral.choose')], ...options(['PRE_SENTENCE', 'POST_SENTENCE', 'NOT_APPLICABLE'], 'sentenceStage')], true),
    field(form, 'crimeReference', t('referral.crimeReference'), 'input', [], false, 60),
    field(form, 'personHarmed.name', t('referral.harmedName'), 'input', [], true, 200),
    field(form, 'personHarmed.safeContact.0.method', t('referral.safeMethod'), 'select', [['', t('referral.choose')], ...options(METHODS, 'method')], true),
    field(form, 'personHarmed.safeContact.0.value', t('referral.safeValue'), 'input', [], true, 500),
    field(form, 'personResponsible.name', t('referral.responsibleName'), 'input', [], false, 200),
  ];
  const cj = element('input', { type: 'checkbox', id: 'referral-criminalJustice' });
  const row = element('div', { class: 'check' });
  row.append(cj, element('label', { for: 'referral-criminalJustice', text: t('referral.criminalJustice') }));
  fields[6].control.closest('.field').before(row);
  const cancel = element('button', { type: 'button', text: t('hold.cancel') });
  cancel.addEventListener('click', done);
  form.append(element('button', { type: 'submit', text: t('referral.submit') }), cancel);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const reply = await call('POST', '/api/referrals', body(fields, cj.checked));
    if (reply.ok) {
      await done();
    } else {
      showProblem(form, fields, reply.body); // everything typed stays
    }
  });
  main.replaceChildren(form);
  fields[0].control.focus();
}

function body(fields, criminalJustice) {
  const value = (name) => fields.find((f) => f.name === name).control.value.trim() || null;
  const safe = { method: value('personHarmed.safeContact.0.method'), value: value('personHarmed.safeContact.0.value') };
  const referral = { region: value('region'), source: value('source'), ledBy: value('ledBy'), criminalJustice,
    recency: value('recency'), sentenceStage: value('sentenceStage'), offenceCategory: value('offenceCategory'),
    crimeReference: value('crimeReference'),
    personHarmed: { name: value('personHarmed.name'), safeContact: safe.method || safe.value ? [safe] : [] } };
  if (value('personResponsible.name')) {
    referral.personResponsible = { name: value('personResponsible.name') };
  }
  return referral;
}
