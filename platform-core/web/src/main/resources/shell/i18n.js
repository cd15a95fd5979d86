// Every word the shell shows comes from messages/<lang>.json; the choice lives in memory only.
const loaded = {};
const modules = new Set();
let current = 'en';

export async function useLanguage(lang) {
  if (!loaded[lang]) {
    const response = await fetch(`/messages/${lang}.json`, { cache: 'no-store' });
    loaded[lang] = await response.json();
  }
  current = lang;
  await Promise.all([...modules].map((m) => moduleMessages(m, lang)));
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
}

export function language() {
  return current;
}

/** The message for key, with {name} placeholders filled; the key itself if it is missing (visible in tests). */
export function t(key, values = {}) {
  const text = (loaded[current] && loaded[current][key]) || key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in values ? String(values[name]) : `{${name}}`));
}

/**
 * The message for key in the interface's language; in English, or where there is no message, the server's
 * own English words, which carry the particulars (which rule, which version, which date).
 */
export function orServerWords(key, english) {
  const text = t(key);
  return current === 'en' || text === key ? english : text;
}

/** A module's screens bring their words in /ui/<module>/messages/<lang>.json. */
export async function useModuleMessages(moduleIds) {
  moduleIds.forEach((m) => modules.add(m));
  await Promise.all(moduleIds.map((m) => moduleMessages(m, current)));
}

async function moduleMessages(moduleId, lang) {
  try {
    const response = await fetch(`/ui/${moduleId}/messages/${lang}.json`, { cache: 'no-store' });
    if (response.ok) {
      Object.assign(loaded[lang], await response.json());
    }
  } catch (e) {
    // a module that went away meanwhile: its keys show as keys until it is back
  }
}
