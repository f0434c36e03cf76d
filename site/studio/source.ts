// PLACEHOLDER (studio-form branch only): the SOURCE helper's real source pane replaces this file
// at merge. It shows the text, read-only, so the page works on its own until then.
import type { Store } from './store.js';

export function mountSource(container: HTMLElement, store: Store): void {
  const heading = document.createElement('h2');
  heading.id = 'source-heading';
  heading.textContent = 'Source (JSON)';
  const pre = document.createElement('pre');
  pre.tabIndex = 0;
  pre.setAttribute('aria-labelledby', 'source-heading');
  pre.textContent = store.getText();
  store.subscribe((text) => (pre.textContent = text));
  container.append(heading, pre);
}
