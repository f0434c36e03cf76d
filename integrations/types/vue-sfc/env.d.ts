// As in an app's env.d.ts: in an app, `import type {} from 'nice-pick/vue';`
import type {} from '../../../src/vue.js';
