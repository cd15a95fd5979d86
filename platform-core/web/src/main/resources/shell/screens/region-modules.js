// A hub administrator turns each installed service on or off for their regions; the change is immediate.
import { call } from '../api.js';
import { t } from '../i18n.js';
import { element } from '../dom.js';
import { detail } from '../forms.js';

export async function renderRegionModules(main, me) {
  main.replaceChildren(element('h1', { text: t('modules.title') }));
  const [modules, regions] = await Promise.all([call('GET', '/api/modules'),
    me.roles.includes('NATIONAL_ADMIN') ? call('GET', '/api/regions') : Promise.resolve(null)]);
  if (!modules.ok) {
    main.append(element('p', { role: 'alert', text: t('shell.screenFailed') }));
    return;
  }
  const codes = regions && regions.ok ? regions.body.map((r) => r.code) : me.regions;
  const status = element('p', { id: 'modules-status', role: 'status' });
  if (!modules.body.length) {
    main.append(element('p', { text: t('modules.none') }));
  }
  for (const code of codes) {
    const fieldset = element('fieldset', { class: 'region-modules' });
    fieldset.append(element('legend', { text: t('modules.region', { region: code }) }));
    for (const module of modules.body) {
      const id = `module-${code}-${module.id}`;
      const box = element('input', { type: 'checkbox', id, checked: module.enabledRegions.includes(code) });
      box.addEventListener('change', async () => {
        const reply = await call('PUT', `/api/regions/${encodeURIComponent(code)}/modules/${module.id}`, { enabled: box.checked });
        if (reply.ok) {
          status.textContent = t(box.checked ? 'modules.enabled' : 'modules.disabled', { name: module.name, region: code });
        } else {
          box.checked = !box.checked;
          status.textContent = reply.body && reply.body.detail ? detail(reply.body) : t('shell.screenFailed');
        }
      });
      const row = element('div', { class: 'check' });
      row.append(box, element('label', { for: id, text: t('modules.offer', { name: module.name }) }));
      fieldset.append(row);
    }
    main.append(fieldset);
  }
  main.append(status);
}
