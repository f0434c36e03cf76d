/** @jsxImportSource preact */
// A small Preact app that shows a <nice-pick> card: integrations/frameworks/frameworks.test.ts renders it in
// every engine, and `tsc --noEmit` type-checks it against nice-pick/preact (src/preact.ts). The
// docs' Preact recipe is integrations/recipes/preact.tsx, tested on its own; this app also shows
// a status line.
import { useState } from 'preact/hooks';
import '../../src/index.js'; // in an app: import 'nice-pick'; registers <nice-pick> before the first render
import type {} from '../../src/preact.js'; // in an app: import type {} from 'nice-pick/preact';
import type { CheckedComparison, Comparison, NicePickErrorDetail } from '../../src/index.js';

export interface ComparisonCardProps {
  comparison: Comparison;
  onShown?: (comparison: CheckedComparison) => void;
  onFailed?: (error: NicePickErrorDetail) => void;
}

export function ComparisonCard({ comparison, onShown, onFailed }: ComparisonCardProps) {
  const [status, setStatus] = useState('loading');
  return (
    <section>
      <nice-pick
        data={comparison}
        theme="dark"
        onLoad={(event) => {
          setStatus(`shown: ${event.detail.title}`);
          onShown?.(event.detail);
        }}
        onError={(event) => {
          setStatus(`failed: ${event.detail.kind}`);
          onFailed?.(event.detail);
        }}
      />
      <p role="status">{status}</p>
    </section>
  );
}
