// The package's main entry: registers <nice-pick> and exports the class and the data contract.
import { NicePick } from './nice-pick.js';

// Guarded, so a second copy of the script on one page does no harm (and Node, with no
// registry, imports this without throwing).
NicePick.define();

export { NicePick };
export { checkComparison, type CheckResult } from './check.js';
export type * from './comparison.js';
export type * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'nice-pick': NicePick;
  }
}
