// The docs' Angular recipe (site/docs/frameworks.md): compiled ahead of time by Angular's compiler
// (ngtsc, strictTemplates: integrations/plugins/angular.mjs) and mounted in every engine by
// integrations/recipes/recipes.test.ts; the docs show the region below.
// #region recipe
import { Component, input } from '@angular/core';
import 'nice-pick'; // registers <nice-pick>
import { NicePickComponent } from 'nice-pick/angular'; // <nice-pick> with typed inputs
import type { Comparison, NicePickErrorEvent, NicePickLoadEvent } from 'nice-pick';

@Component({
  selector: 'app-comparison',
  imports: [NicePickComponent],
  template: `
    <nice-pick [data]="comparison()" theme="dark" (load)="shown($event)" (error)="failed($event)"></nice-pick>
  `,
})
export class ComparisonComponent {
  readonly comparison = input.required<Comparison>();

  protected shown(event: NicePickLoadEvent) {
    console.log('shown:', event.detail.title);
  }

  protected failed(event: NicePickErrorEvent) {
    console.warn(event.detail.kind, event.message);
  }
}
// #endregion
