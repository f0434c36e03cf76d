// The docs' Vue 3 recipe (site/docs/frameworks.md): integrations/recipes/recipes.test.ts mounts
// it in every engine (Vue's full build, the template compiled in the page); the docs show the
// region below.
// #region recipe
import { createApp } from 'vue';
import 'nice-pick'; // registers <nice-pick>: before mounting
import type { Comparison, NicePickErrorEvent, NicePickLoadEvent } from 'nice-pick';

export function mountComparison(element: Element, comparison: Comparison) {
  const app = createApp({
    setup: () => ({
      comparison,
      onLoad: (event: NicePickLoadEvent) => console.log('shown:', event.detail.title),
      onError: (event: NicePickErrorEvent) => console.warn(event.detail.kind, event.message),
    }),
    template: `<nice-pick :data="comparison" theme="dark" @load="onLoad" @error="onError"></nice-pick>`,
  });
  // <nice-pick> is a custom element, not a Vue component
  app.config.compilerOptions.isCustomElement = (tag) => tag === 'nice-pick';
  app.mount(element);
  return app;
}
// #endregion
