// Every word the shell shows comes from messages/<lang>.json; the choice lives in memory only.
const loaded = {};
let current = 'en';

export async function useLanguage(lang) {
  if (!loaded[lang]) {
    const response = await fetch(`/messages/${lang}.json`, { cache: 'no-store' });
    loaded[lang] = await response.json();
  }
  current = lang;
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
