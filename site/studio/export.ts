// PLACEHOLDER (studio-form branch only): the EXPORT helper's real snippets replace this file at
// merge. Only the heading is here.
import type { Store } from './store.js';

export function mountExport(container: HTMLElement, _store: Store): void {
  const heading = document.createElement('h2');
  heading.id = 'export-heading';
  heading.textContent = 'Export';
  container.append(heading);
}
