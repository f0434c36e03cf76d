// Must NOT pass Angular's compiler: integrations/test/angular-types.test.ts compiles this file with ngtsc
// (strictTemplates) and checks that it fails on these templates, for these reasons, and only these.
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import '../../../src/index.js';
import type { Comparison, NicePickErrorEvent } from '../../../src/index.js';

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

/** Angular does not type-check bindings to an element's properties: this one compiles. */
@Component({
  selector: 'app-unchecked',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<nice-pick [data]="42"></nice-pick>`,
})
export class UncheckedPropertyComponent {}
