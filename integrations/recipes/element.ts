// The docs' "In an app" recipe (site/docs/frameworks.md): the card made with the DOM alone.
// integrations/recipes/recipes.test.ts runs it in every engine; the docs show the region below.
// #region recipe
import 'nice-pick'; // registers <nice-pick>
import type { Comparison } from 'nice-pick';

export function showComparison(comparison: Comparison, parent: HTMLElement) {
  const card = document.createElement('nice-pick');
  card.data = comparison; // an object in the data format
  card.theme = 'dark';
  card.addEventListener('load', (event) => console.log('shown:', event.detail.title));
  card.addEventListener('error', (event) => console.warn(event.detail.kind, event.message));
  parent.append(card);
  return card;
}
// #endregion
