// Registers <nice-pick>: the only module with that side effect (package.json's sideEffects names
// it and the entries that import it). Guarded, so a second copy of the script on one page does no
// harm, and Node, with no registry, imports it without throwing.
import { NicePick } from './nice-pick.js';

NicePick.define();

declare global {
  interface HTMLElementTagNameMap {
    'nice-pick': NicePick;
  }
}
