// The built studio (site/dist/studio/) in an iframe, for the studio's browser tests: how to open it
// and what they read from it.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';
import { loadFrame } from './frames.js';

export const STUDIO = '/site/dist/studio/index.html';

/**
 * @open-wc/testing's waitUntil, with 5 s as the default time instead of 1 s: with the three engines
 * sharing two cores, WebKit sometimes takes longer than 1 s to type, write and draw one change.
 */
export const waitUntil: typeof openWcWaitUntil = (condition, message, options) =>
  openWcWaitUntil(condition, message, { timeout: 5000, ...options });
/** Where the studio keeps the comparison (localStorage). */
export const KEY = 'nice-pick-studio:comparison';

export const doc = (iframe: HTMLIFrameElement) => iframe.contentDocument!;
/** The preview card's shadow root, once there is a card. */
export const card = (iframe: HTMLIFrameElement) => doc(iframe).querySelector('#preview nice-pick')?.shadowRoot;
/** The form's input for a validator path (`options[1].name`). */
export const field = (iframe: HTMLIFrameElement, path: string) => doc(iframe).querySelector<HTMLInputElement>(`[data-path="${path}"]`)!;
/** The comparison the studio has stored. */
export const stored = () => JSON.parse(localStorage.getItem(KEY)!);

/** The studio's form and its preview card drawn. */
export async function ready(iframe: HTMLIFrameElement) {
  await waitUntil(() => doc(iframe).querySelector('[data-path="options[1].name"]'), 'the form shows', { timeout: 8000 });
  await waitUntil(() => card(iframe)?.querySelector('[part~=title]'), 'the preview shows', { timeout: 8000 });
}

/** The source pane, which loads after the form and the preview (a chunk of its own), is there. */
export async function sourceReady(iframe: HTMLIFrameElement) {
  await waitUntil(() => doc(iframe).querySelector('#source .np-source-editor')?.shadowRoot?.querySelector('.cm-content'), 'the source pane shows', { timeout: 8000 });
}

/** The studio at `src` in an iframe (see loadFrame for the options), loaded and drawn. */
export async function openStudio(frames: HTMLIFrameElement[], src: string, options: Parameters<typeof loadFrame>[2]) {
  const iframe = await loadFrame(frames, src, options);
  await ready(iframe);
  return iframe;
}
