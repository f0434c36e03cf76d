// A small Vue 3 app that shows a <nice-pick> card with a template, as a single-file component
// would: integrations/frameworks/frameworks.test.ts mounts it in every engine. The template is compiled in the
// browser (Vue's full build); in a Vite app the same template sits in an .vue file and the
// isCustomElement option goes to @vitejs/plugin-vue instead (see site/docs/frameworks.md, whose
// recipe is integrations/recipes/vue.ts).
import { createApp, ref, shallowRef } from 'vue';
import type {} from '../../src/vue.js'; // in an app: import type {} from 'nice-pick/vue';
import type { CheckedComparison, Comparison, NicePickErrorDetail, NicePickErrorEvent, NicePickLoadEvent } from '../../src/index.js';

export interface Handlers {
  shown?: (comparison: CheckedComparison) => void;
  failed?: (error: NicePickErrorDetail) => void;
}

export function createCardApp(initial: Comparison, on: Handlers = {}) {
  // shallowRef: the card gets the object itself, not a deep reactive proxy of it
  const comparison = shallowRef(initial);
  const status = ref('loading');
  const app = createApp({
    setup() {
      const onLoad = (event: NicePickLoadEvent) => {
        status.value = `shown: ${event.detail.title}`;
        on.shown?.(event.detail);
      };
      const onError = (event: NicePickErrorEvent) => {
        status.value = `failed: ${event.detail.kind}`;
        on.failed?.(event.detail);
      };
      return { comparison, status, onLoad, onError };
    },
    template: `
      <section>
        <nice-pick :data="comparison" theme="dark" @load="onLoad" @error="onError"></nice-pick>
        <p role="status">{{ status }}</p>
      </section>`,
  });
  // Tell Vue's template compiler that <nice-pick> is a custom element, not a Vue component.
  app.config.compilerOptions.isCustomElement = (tag) => tag === 'nice-pick';
  return { app, comparison };
}
