// For integrations/frameworks/angular.test.ts: a card whose tag is defined only after Angular rendered it.
import { Component, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import type { Comparison } from '../../src/index.js';

@Component({
  selector: 'app-late',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<late-pick-angular [data]="comparison()"></late-pick-angular>`,
})
export class LateComponent {
  readonly comparison = input.required<Comparison>();
}
