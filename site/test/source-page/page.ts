// The source pane alone on a page with the viewer's CSP (index.html): site/test/studio-source.test.ts
// loads it in an iframe and reads window.store and window.__violations.
import { mountSource } from '../../studio/source.js';
import { createStore } from '../../studio/store.js';

const store = createStore(JSON.stringify({ title: 'Tabs vs spaces', options: [{ name: 'Tabs', pros: ['one key'], cons: [] }, { name: 'Spaces', pros: [], cons: [7] }] }, null, 2));
mountSource(document.querySelector('main')!, store);
Object.assign(window, { store });
