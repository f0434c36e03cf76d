// The package's main entry: registers <nice-pick> and exports the class and the data contract.
import './define.js';

export { NicePick } from './nice-pick.js';
export { checkComparison, type CheckResult } from './check.js';
export type * from './comparison.js';
export type * from './events.js';
