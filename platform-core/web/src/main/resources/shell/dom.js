// Builds elements from plain properties: text goes in as text, never as markup.
export function element(tag, props = {}) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') {
      el.textContent = value;
    } else if (value === true) {
      el.setAttribute(key, '');
    } else if (value !== false && value !== undefined && value !== null) {
      el.setAttribute(key, value);
    }
  }
  if (props.value !== undefined && 'value' in el) {
    el.value = props.value;
  }
  return el;
}
