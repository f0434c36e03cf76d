// Must NOT pass Angular's compiler: integrations/test/angular-types.test.ts compiles this file with ngtsc
// (strictTemplates) and checks that it fails on these templates, for these reasons, and only these.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import '../../../src/index.js';
import type { Comparison, NicePickErrorEvent } from '../../../src/index.js';
import { NicePickComponent } from '../../.angular-entry/angular.js';

/** `(load)` gives a NicePickLoadEvent: a handler for the error event is a template type error. */
@Component({
  selector: 'app-wrong-handler',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<nice-pick [data]="comparison" (load)="failed($event)"></nice-pick>`,
})
export class WrongHandlerComponent {
  comparison: Comparison | null = null;
  failed(event: NicePickErrorEvent) {
    return event.detail.kind;
  }
}

/** Without CUSTOM_ELEMENTS_SCHEMA, Angular does not know the tag, nor its properties. */
@Component({
  selector: 'app-no-schema',
  template: `<nice-pick [data]="comparison"></nice-pick>`,
})
export class NoSchemaComponent {
  comparison: Comparison | null = null;
}

/** The old way (CUSTOM_ELEMENTS_SCHEMA, no nice-pick/angular) still compiles, and so does a wrong value: unchecked. */
@Component({
  selector: 'app-unchecked',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<nice-pick [data]="42"></nice-pick>`,
})
export class UncheckedPropertyComponent {}

/**
 * nice-pick/angular's component: the inputs are typed, each wrong value (bound, or a static
 * attribute that names an input) an error; a misspelt property is an error too (NG8002), and
 * `timeout="5000"` is fine (a number input takes its text). `(load)` is still the card's event.
 */
@Component({
  selector: 'app-typed',
  imports: [NicePickComponent],
  template: `
    <nice-pick [data]="42"></nice-pick>
    <nice-pick theme="blue"></nice-pick>
    <nice-pick [theme]="'blue'"></nice-pick>
    <nice-pick timeout="soon"></nice-pick>
    <nice-pick [dta]="comparison"></nice-pick>
    <nice-pick [data]="comparison" timeout="5000" (load)="failed($event)"></nice-pick>
  `,
})
export class TypedComponent {
  comparison: Comparison | null = null;
  failed(event: NicePickErrorEvent) {
    return event.detail.kind;
  }
}
