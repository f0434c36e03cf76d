// Screenshots of the real element, in headless Chromium, served by the project's own Vite config.
//   node scripts/screenshot.mjs                 -> docs/nice-pick.png (the README's picture: the demo's first card, examples/sqlite-vs-postgresql.json)
//   node scripts/screenshot.mjs --full OUT.png  -> the whole demo page, for looking at changes
//   options: --page /demo/ --width 1000 --selector CSS, and to emulate: --dark (prefers-color-scheme),
//   --print (print media), --forced-colors (Windows high contrast)
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, browserPaths } from '../test/support/browsers.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    full: { type: 'boolean' },
    dark: { type: 'boolean' },
    print: { type: 'boolean' },
    'forced-colors': { type: 'boolean' },
    page: { type: 'string', default: '/demo/' },
    width: { type: 'string', default: '1000' },
    selector: { type: 'string', default: '#seed' },
  },
});
const out = positionals[0] ?? 'docs/nice-pick.png';

const server = await createServer({ server: { port: 0, open: false }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({
  executablePath: browserPaths().chromium,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  page.on('console', (message) => message.type() === 'error' && console.error('page:', message.text()));
  await page.setViewport({ width: Number(values.width), height: 800, deviceScaleFactor: values.full ? 1 : 2 });
  // Straight to the DevTools protocol: puppeteer's own helper does not know forced-colors.
  await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', {
    media: values.print ? 'print' : '',
    features: [
      { name: 'prefers-color-scheme', value: values.dark ? 'dark' : 'light' },
      { name: 'forced-colors', value: values['forced-colors'] ? 'active' : 'none' },
    ],
  });
  await page.goto(`http://localhost:${port}${values.page}`, { waitUntil: 'networkidle0' });
  // Wait until every card that will load has rendered (the demo's slow card may still be loading).
  await page.waitForFunction(
    () => [...document.querySelectorAll('nice-pick')].filter((el) => el.shadowRoot?.querySelector('article')).length > 0,
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (values.full) await page.screenshot({ path: out, fullPage: true });
  else await (await page.$(values.selector)).screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
