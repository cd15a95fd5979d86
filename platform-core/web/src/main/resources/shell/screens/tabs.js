// Tabs as the WAI-ARIA pattern has them: one tab stop for the list, arrow keys, Home and End move between tabs,
// and each panel is filled only when first shown (a module's screen loads when someone looks at it).
import { element } from '../dom.js';

/** Which tab each page had open: an action that redraws the page returns to the same part of it. */
const remembered = new Map();

/**
 * @param key what the page is (a case id): its choice is remembered while the shell stays open
 * @param parts [{ id, label, fill(panel) }] in order; fill may be async
 */
export function tabs(key, label, parts) {
  const wrapper = element('div', { class: 'tabs' });
  const list = element('div', { role: 'tablist', 'aria-label': label, class: 'tab-list' });
  const panels = [];
  const buttons = parts.map((part) => {
    const button = element('button', { type: 'button', role: 'tab', id: `tab-${part.id}`, 'data-tab': part.id,
      'aria-controls': `panel-${part.id}`, text: part.label });
    const panel = element('div', { role: 'tabpanel', id: `panel-${part.id}`, 'aria-labelledby': `tab-${part.id}`,
      tabindex: '0', class: 'tab-panel', hidden: true });
    panels.push(panel);
    list.append(button);
    return button;
  });
  const filled = new Set();
  const show = async (index, focus) => {
    remembered.set(key, parts[index].id);
    buttons.forEach((b, i) => {
      b.setAttribute('aria-selected', String(i === index));
      b.tabIndex = i === index ? 0 : -1;
      panels[i].hidden = i !== index;
    });
    if (focus) {
      buttons[index].focus();
    }
    if (!filled.has(index)) {
      filled.add(index);
      await parts[index].fill(panels[index]);
    }
  };
  buttons.forEach((button, i) => {
    button.addEventListener('click', () => show(i, false));
    button.addEventListener('keydown', (event) => {
      const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (to !== undefined) {
        event.preventDefault();
        show((to + buttons.length) % buttons.length, true);
      }
    });
  });
  wrapper.append(list, ...panels);
  const chosen = parts.findIndex((p) => p.id === remembered.get(key));
  const ready = show(chosen < 0 ? 0 : chosen, false);
  return { element: wrapper, ready };
}

/** Opens a page's tab from elsewhere on it (a next step that points at the people, say). */
export function openTab(id) {
  const button = document.getElementById(`tab-${id}`);
  if (button) {
    button.click();
    button.focus();
  }
}
