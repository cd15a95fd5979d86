// Runs a module's screen (an ES module exporting render(container, context)) inside the shell.
import { call } from './api.js';
import { alertBox, detail, field, showProblem } from './forms.js';
import { language, t } from './i18n.js';
import { element } from './dom.js';

/** Module screens shown on a case page, as /api/screens last said. */
let caseScreens = [];

export function setCaseScreens(screens) {
  caseScreens = screens;
}

export function screensForCase() {
  return caseScreens;
}

export async function openModuleScreen(screen, container, extra) {
  try {
    const module = await import(screen.entryPoint);
    container.replaceChildren();
    await module.render(container, { call, t, language: language(), element, field, alertBox, showProblem, problemText: detail, ...extra });
  } catch (e) {
    container.replaceChildren(element('p', { role: 'alert', text: t('shell.screenFailed') }));
  }
}
