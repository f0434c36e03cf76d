/** @jsxImportSource preact */
// The docs' Preact recipe (site/docs/frameworks.md): integrations/recipes/recipes.test.ts renders
// it in every engine; the docs show the region below (an app sets "jsxImportSource": "preact" in
// its tsconfig.json instead of the pragma above).
// #region recipe
import 'nice-pick'; // registers <nice-pick>: before the first render
import type {} from 'nice-pick/preact'; // types <nice-pick> in JSX
import type { Comparison } from 'nice-pick';

export function ComparisonCard({ comparison }: { comparison: Comparison }) {
  return (
    <nice-pick
      data={comparison}
      theme="dark"
      onLoad={(event) => console.log('shown:', event.detail.title)}
      onError={(event) => console.warn(event.detail.kind, event.message)}
    />
  );
}
// #endregion
