// The strict-policy page (test/csp/card-states.html, served with the policy as a response header
// by web-test-runner.config.mjs) in an iframe, and what it reports: for test/csp.test.ts and
// test/structured-data-safety.test.ts.
import { waitUntil } from '@open-wc/testing';

export interface CspResult {
  violations: string[];
  trustedTypes: boolean;
  importError: string | null;
  states: Record<string, string>;
  events: Record<string, string>;
  structuredData: string | null;
  serverStructuredData: string | null;
  controlThrew: string | null;
  pwned: unknown;
  styleAttributes: string[];
  done: boolean;
}

export const STRICT =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Loads the policy page with `query` in an iframe and returns what it reported. */
export async function visit(query = ''): Promise<CspResult & { policy: string }> {
  const url = `/__test__/csp/card-states.html${query ? `?${query}` : ''}`;
  const policy = (await fetch(url)).headers.get('content-security-policy') ?? '';
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '700';
  frame.src = url;
  document.body.append(frame);
  try {
    const report = () => (frame.contentWindow as (Window & { __cspResult?: CspResult }) | null)?.__cspResult;
    await waitUntil(() => report()?.done, `the page at ${url} did not report`, { timeout: 12000, interval: 50 });
    return { ...(JSON.parse(JSON.stringify(report())) as CspResult), policy };
  } finally {
    frame.remove();
  }
}
