// Frames for the site's browser tests: a page loaded in an iframe, and HTML pasted into a blank page
// served from the OTHER origin (localhost against 127.0.0.1; POST /__site__/page, see
// site/web-test-runner.config.mjs) that posts back what its card shows (site/test/report-card.js).

/**
 * An iframe of `src`, loaded; kept in `frames` for the test's clean-up. By default at the top left,
 * on screen (engines pause the rendering, so ResizeObserver, of a cross-origin frame out of view);
 * `inFlow` puts it in the test page's flow instead.
 */
export async function loadFrame(
  frames: HTMLIFrameElement[],
  src: string,
  { width = 900, height = 900, title = 'test page', inFlow = false } = {},
): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.title = title;
  const size = `width: ${width}px; height: ${height}px; border: 0`;
  iframe.style.cssText = inFlow ? size : `position: fixed; top: 0; left: 0; ${size}; background: white`;
  frames.push(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** This server on the other host name: another origin. */
export const otherOrigin = () => `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

/**
 * `html` pasted into a blank page served from the other origin, framed here; the messages it posts.
 * `open` gives the address to frame from the page's path (/__site__/page/N): by default the page
 * itself, with report-card.js; /__site__/outline/N frames it without scripts (report-outline.ts).
 */
export async function pasted(frames: HTMLIFrameElement[], html: string, open = (path: string) => path) {
  const response = await fetch('/__site__/page', { method: 'POST', body: html });
  const path = open(await response.text());
  const messages: any[] = [];
  const listen = (event: MessageEvent) => {
    if (event.origin === otherOrigin()) messages.push(event.data);
  };
  window.addEventListener('message', listen);
  const iframe = await loadFrame(frames, `${otherOrigin()}${path}`, { width: 800 });
  return { iframe, messages, stop: () => window.removeEventListener('message', listen) };
}
