// A small Angular app that shows a <nice-pick> card: integrations/frameworks/frameworks.test.ts mounts it in
// every engine, compiled ahead of time by Angular's compiler (ngtsc, with strict template type
// checking, in integrations/plugins/), as `ng build` would. The docs' Angular recipe is
// integrations/recipes/angular.ts, tested on its own; this app also shows a status line and
// passes the events on as outputs.
// It uses nice-pick/angular (scripts/angular.mjs's output, written to integrations/.angular-entry/
// by plugins/angular-entry.mjs and finished by the Angular linker as an app's build does).
import { Component, input, output, signal } from '@angular/core';
import '../../src/index.js'; // in an app: import 'nice-pick'; registers <nice-pick>
import { NicePickComponent } from '../.angular-entry/angular.js'; // in an app: from 'nice-pick/angular'
import type { CheckedComparison, Comparison, NicePickErrorDetail, NicePickErrorEvent, NicePickLoadEvent } from '../../src/index.js';

@Component({
  selector: 'app-comparison',
  imports: [NicePickComponent], // <nice-pick> with typed inputs: [data], theme…
  template: `
    <section>
      <nice-pick [data]="comparison()" theme="dark" (load)="shown($event)" (error)="failed($event)"></nice-pick>
      <p role="status">{{ status() }}</p>
    </section>
  `,
})
export class ComparisonComponent {
  readonly comparison = input.required<Comparison>();
  readonly loaded = output<CheckedComparison>();
  readonly failedWith = output<NicePickErrorDetail>();
  protected readonly status = signal('loading');

  protected shown(event: NicePickLoadEvent) {
    this.status.set(`shown: ${event.detail.title}`);
    this.loaded.emit(event.detail);
  }

  protected failed(event: NicePickErrorEvent) {
    this.status.set(`failed: ${event.detail.kind}`);
    this.failedWith.emit(event.detail);
  }
}
