// A region's venue register: rooms for meetings with their facilities and the safety check that lets them be booked.
// Hub staff add venues, record checks and retire them; the region's practitioners read it to choose a room.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { alertBox, field, showProblem } from '../forms.js';

const FACILITIES = ['STEP_FREE_ACCESS', 'SEPARATE_WAITING_ROOMS', 'SEPARATE_ENTRANCES_AND_EXITS', 'QUIET_ROOM', 'HEARING_LOOP'];
const MANAGERS = ['NATIONAL_ADMIN', 'HUB_ADMIN', 'COORDINATOR'];
const SOON_DAYS = 31;

export async function renderVenues(main, me, region = me.regions[0], soon = false) {
  const manages = me.roles.some((r) => MANAGERS.includes(r));
  main.replaceChildren(element('h1', { text: t('venues.title') }));
  const form = element('form', { id: 'venue-filter', class: 'filters' });
  const which = field(form, 'region', t('venues.region'), 'select', (me.regions || []).map((r) => [r, r]));
  which.control.value = region;
  const expiring = element('input', { type: 'checkbox', id: 'venue-filter-soon', checked: soon });
  const row = element('div', { class: 'check' });
  row.append(expiring, element('label', { for: 'venue-filter-soon', text: t('venues.soon') }));
  form.append(row, element('button', { type: 'submit', text: t('venues.show') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    renderVenues(main, me, which.control.value, expiring.checked);
  });
  main.append(form);
  if (!region) {
    main.append(element('p', { text: t('shell.noRegions') }));
    return;
  }
  const again = () => renderVenues(main, me, region, soon);
  if (manages) {
    const add = element('button', { type: 'button', id: 'add-venue', text: t('venues.add') });
    add.addEventListener('click', () => renderVenueForm(main, region, again));
    main.append(add);
  }
  const reply = await call('GET', `/api/regions/${encodeURIComponent(region)}/venues${soon ? `?expiringWithinDays=${SOON_DAYS}` : ''}`);
  if (!reply.ok) {
    main.append(element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const list = element('ul', { id: 'venue-list', class: 'venues' });
  for (const v of reply.body) {
    list.append(venueItem(v, manages, again));
  }
  if (!reply.body.length) {
    list.append(element('li', { text: t('venues.none') }));
  }
  main.append(list, element('p', { id: 'venues-status', role: 'status' }));
}

function venueItem(v, manages, again) {
  const li = element('li', { 'data-venue': v.id });
  li.append(element('h2', { text: v.name }), element('p', { text: v.address }),
    element('p', { text: v.facilities.length ? v.facilities.map((f) => t(`facility.${f}`)).join(', ') : t('venues.noFacilities') }),
    element('p', { text: t(v.neutralGround ? 'venues.neutral' : 'venues.notNeutral') }),
    element('p', { class: v.checkCurrent ? 'check-state' : 'check-state tag risk', text: !v.checkedOn ? t('venues.neverChecked')
      : t(v.checkCurrent ? 'venues.checkUntil' : 'venues.checkRanOut', { checked: v.checkedOn, until: v.checkRunsOut }) }));
  if (manages) {
    const check = element('button', { type: 'button', 'data-venue-check': v.id, text: t('venues.recordCheck') });
    check.addEventListener('click', async () => {
      const reply = await call('POST', `/api/venues/${v.id}/safety-checks`, { checkedOn: new Date().toISOString().slice(0, 10) });
      if (reply.ok) {
        await again();
        document.getElementById('venues-status').textContent = t('venues.checked', { name: v.name });
      }
    });
    li.append(check);
  }
  return li;
}

function renderVenueForm(main, region, done) {
  const form = element('form', { id: 'venue-new', novalidate: true });
  form.append(element('h2', { text: t('venues.add') }), alertBox());
  const fields = [field(form, 'name', t('venues.name'), 'input', [], true, 200),
    field(form, 'address', t('venues.address'), 'textarea', [], true, 1000)];
  const facilities = element('fieldset');
  facilities.append(element('legend', { text: t('venues.facilities') }));
  for (const f of FACILITIES) {
    const box = element('div', { class: 'check' });
    box.append(element('input', { type: 'checkbox', id: `venue-new-${f}`, name: 'facilities', value: f }),
      element('label', { for: `venue-new-${f}`, text: t(`facility.${f}`) }));
    facilities.append(box);
  }
  const neutral = field(form, 'neutralGround', t('venues.neutralQuestion'), 'select',
    [['', t('venues.choose')], ['true', t('venues.yes')], ['false', t('venues.no')]], true);
  const checked = field(form, 'checkedOn', t('venues.checkedOn'));
  checked.control.type = 'date';
  form.insertBefore(facilities, neutral.control.parentElement);
  fields.push(neutral, checked);
  const save = element('button', { type: 'submit', text: t('venues.save') });
  const cancel = element('button', { type: 'button', text: t('hold.cancel') });
  cancel.addEventListener('click', done);
  form.append(save, cancel);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { name: fields[0].control.value, address: fields[1].control.value,
      facilities: [...form.querySelectorAll('input[name="facilities"]:checked')].map((b) => b.value),
      neutralGround: neutral.control.value === '' ? null : neutral.control.value === 'true' };
    if (checked.control.value) {
      body.checkedOn = checked.control.value;
    }
    const reply = await call('POST', `/api/regions/${encodeURIComponent(region)}/venues`, body);
    if (reply.ok) {
      await done();
    } else {
      showProblem(form, fields, reply.body);
    }
  });
  main.replaceChildren(form);
  fields[0].control.focus();
}
