// Leave at once: forget the session, replace this page (so Back does not return to it), go somewhere neutral.
import { forget } from './api.js';

export function installQuickExit(neutralUrl) {
  const leave = () => {
    forget();
    document.body.replaceChildren();
    window.location.replace(neutralUrl);
  };
  document.getElementById('quick-exit').addEventListener('click', leave);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      leave();
    }
  });
}
