// Types of angular-entry.mjs, for the Node tests that import it (test/types.test.ts, test/angular-types.test.ts).
export declare const angularEntryDir: string;
/** Writes nice-pick/angular (angular.js, angular.d.ts) for the current manifest into `dir`; returns `dir`. */
export declare function writeAngularEntry(dir?: string): Promise<string>;
