// wtr server command `nice-pick-emulate-media` ({ media?: 'print' | 'screen', features?: [{ name,
// value }] }): Emulation.setEmulatedMedia on the test page, straight over the DevTools protocol,
// since puppeteer's page.emulateMediaFeatures refuses `forced-colors`. Each call replaces the
// whole emulation; `{}` resets it. Chromium only.
export function emulateMediaPlugin() {
  const clients = new WeakMap(); // puppeteer page -> its CDP session (emulation lives as long as it)
  return {
    name: 'nice-pick-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nice-pick-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') {
        throw new Error(`nice-pick-emulate-media needs Chromium, not ${session.browser.name}`);
      }
      const { media = '', features = [] } = payload ?? {};
      const page = session.browser.getPage(session.id);
      let client = clients.get(page);
      if (!client) {
        client = await page.createCDPSession();
        clients.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', { media, features });
      return true;
    },
  };
}
