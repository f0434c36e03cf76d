// A small React 19 app that shows a <nice-pick> card: integrations/frameworks/frameworks.test.ts renders it in
// every engine, and `tsc --noEmit` type-checks it against nice-pick/react (src/react.ts).
import { useState } from 'react';
import type {} from '../../src/react.js'; // in an app: import type {} from 'nice-pick/react';
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
        onload={(event) => {
          setStatus(`shown: ${event.detail.title}`);
          onShown?.(event.detail);
        }}
        onerror={(event) => {
          setStatus(`failed: ${event.detail.kind}`);
          onFailed?.(event.detail);
        }}
      />
      <p role="status">{status}</p>
    </section>
  );
}
