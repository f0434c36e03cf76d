/** @jsxImportSource solid-js */
// The docs' Solid recipe (site/docs/frameworks.md): compiled by babel-preset-solid
// (integrations/plugins/solid.mjs) and rendered in every engine by
// integrations/recipes/recipes.test.ts; the docs show the region below (an app sets
// "jsxImportSource": "solid-js" in its tsconfig.json instead of the pragma above).
// #region recipe
import 'nice-pick'; // registers <nice-pick>
import type {} from 'nice-pick/solid'; // types <nice-pick> in JSX
import type { Comparison } from 'nice-pick';

export function ComparisonCard(props: { comparison: Comparison }) {
  return (
    <nice-pick
      data={props.comparison}
      theme="dark"
      onLoad={(event) => console.log('shown:', event.detail.title)}
      onError={(event) => console.warn(event.detail.kind, event.message)}
    />
  );
}
// #endregion
