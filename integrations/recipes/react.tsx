// The docs' React 19 recipe (site/docs/frameworks.md): integrations/recipes/recipes.test.ts
// renders it in every engine; the docs show the region below.
// #region recipe
import 'nice-pick'; // registers <nice-pick>: before the first render
import type {} from 'nice-pick/react'; // types <nice-pick> in JSX
import type { Comparison } from 'nice-pick';

export function ComparisonCard({ comparison }: { comparison: Comparison }) {
  return (
    <nice-pick
      data={comparison}
      theme="dark"
      onload={(event) => console.log('shown:', event.detail.title)}
      onerror={(event) => console.warn(event.detail.kind, event.message)}
    />
  );
}
// #endregion
