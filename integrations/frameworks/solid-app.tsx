/** @jsxImportSource solid-js */
// A small Solid app that shows a <nice-pick> card: integrations/frameworks/frameworks.test.ts renders it in
// every engine (compiled by babel-preset-solid in integrations/plugins/), and `tsc --noEmit`
// type-checks it against nice-pick/solid (src/solid.ts). The docs' Solid recipe is
// integrations/recipes/solid.tsx, tested on its own; this app also shows a status line.
import { createSignal } from 'solid-js';
import '../../src/index.js'; // in an app: import 'nice-pick'; registers <nice-pick>
import type {} from '../../src/solid.js'; // in an app: import type {} from 'nice-pick/solid';
import type { CheckedComparison, Comparison, NicePickErrorDetail } from '../../src/index.js';

export interface ComparisonCardProps {
  comparison: Comparison;
  onShown?: (comparison: CheckedComparison) => void;
  onFailed?: (error: NicePickErrorDetail) => void;
}

export function ComparisonCard(props: ComparisonCardProps) {
  const [status, setStatus] = createSignal('loading');
  return (
    <section>
      <nice-pick
        data={props.comparison}
        theme="dark"
        onLoad={(event) => {
          setStatus(`shown: ${event.detail.title}`);
          props.onShown?.(event.detail);
        }}
        onError={(event) => {
          setStatus(`failed: ${event.detail.kind}`);
          props.onFailed?.(event.detail);
        }}
      />
      <p role="status">{status()}</p>
    </section>
  );
}
