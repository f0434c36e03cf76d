// The test page of the studio's export panel (/site/dist/studio/export-test.html, a route of
// web-test-runner.config.mjs): the test calls window.mountPanel(text) to mount mountExport with a
// new store, and keeps the store to change its text.
import { mountExport } from '../../studio/export.js';
import { createStore, type Store } from '../../studio/store.js';

declare global {
  interface Window {
    mountPanel(text: string): Store;
  }
}

window.mountPanel = (text) => {
  const main = document.getElementById('main')!;
  main.querySelector('.export')?.remove();
  const store = createStore(text);
  mountExport(main, store);
  return store;
};
document.documentElement.dataset.ready = '';
