// What identifies a case at a glance, above everything else on its page: its reference, where it is on the way
// from referral to after-care, a hold that cannot be missed, and special risk.
import { t } from '../i18n.js';
import { element } from '../dom.js';

const WAY = ['REFERRED', 'FIRST_CONTACT', 'CONSENT', 'ASSESSMENT', 'DECISION', 'PREPARATION', 'DELIVERY', 'OUTCOME',
  'AFTER_CARE'];

export function caseHeader(c) {
  const header = element('header', { class: 'case-header' });
  header.append(element('h1', { text: t('case.title', { reference: c.reference, category: t(`offence.${c.offenceCategory}`) }) }));
  const banner = holdBanner(c);
  if (banner) {
    header.append(banner);
  }
  if (c.specialRisk) {
    header.append(element('p', { id: 'case-special-risk', class: 'tag risk', text: t('case.specialRisk') }));
  }
  header.append(stages(c));
  return header;
}

/** Paused, withdrawn, halted or closed: said first, in a banner of its own. */
function holdBanner(c) {
  const state = c.stage === 'CLOSED' ? 'CLOSED' : c.hold;
  if (state === 'NONE') {
    return null;
  }
  const banner = element('div', { id: 'case-hold-banner', class: 'banner', role: 'region', 'aria-labelledby': 'case-hold-title' });
  banner.append(element('h2', { id: 'case-hold-title', text: t(`case.banner.${state}`) }),
    element('p', { text: t(`case.banner.${state}.more`) }));
  return banner;
}

/** The lifecycle as steps: the ones behind, this one, the ones ahead. */
function stages(c) {
  const current = WAY.indexOf(c.stage);
  const ol = element('ol', { class: 'stages', 'aria-label': t('case.stages') });
  WAY.forEach((stage, i) => {
    const passed = c.stage === 'CLOSED' || i < current;
    const li = element('li', i === current ? { class: 'current', 'aria-current': 'step' } : (passed ? { class: 'done' } : {}));
    li.append(element('span', { text: t(`stage.${stage}`) }));
    if (passed) {
      li.append(element('span', { class: 'visually-hidden', text: ` (${t('case.stageDone')})` }));
    }
    ol.append(li);
  });
  return ol;
}
