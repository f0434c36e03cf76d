// The element's browser tests: test/**/*.test.ts in Chromium, Firefox and WebKit, the screenshot
// tests (test/visual/) in Chromium alone. Run through `npm test` (scripts/test.mjs), which picks
// the engines, starts WebKitWebDriver and turns `--files` into NICE_PICK_FILES; how a browser is
// launched, the groups and the test routes are in test/support/.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { emulateMediaPlugin } from './test/support/emulate-media.mjs';
import { engineGroups, shared, summaryLineReporter, testMiddleware } from './test/support/wtr.mjs';

export default {
  ...shared,
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  groups: engineGroups({ files: ['test/**/*.test.ts', '!test/node/**', '!test/types/**'], chromiumOnly: ['test/visual/**'] }),
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    emulateMediaPlugin(), // test/visual/media.test.ts: print and forced colours
    a11ySnapshotPlugin(), // test/visual/outline.test.ts: Chromium's accessibility tree
    // `npm run test:update-screenshots` passes --update-visual-baseline to rewrite the baselines;
    // a failed comparison leaves the new screenshot and a diff in test/visual/failed/ (git-ignored)
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: fileURLToPath(new URL('./test/visual/', import.meta.url)),
      getBaselineName: ({ name }) => `baseline/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      // pixelmatch's colour tolerance: 0.02, not its default 0.1. A pixel fails when its YIQ
      // distance from the baseline's passes 35215 × 0.02² ≈ 14, about 2% in lightness (5 of 255
      // levels): the accent moved from #0969da to #0a58ca fails here, and passes at 0.1. Not 0, so
      // a rounding difference of a level or two in a blend does not fail; anti-aliased pixels (the
      // edges of glyphs, where font rendering varies) are still recognized and left out, and not
      // one other pixel may differ (failureThreshold 0). Exact colours: test/styling.test.ts.
      diffOptions: { threshold: 0.02 },
    }),
  ],
  middleware: [testMiddleware],
  reporters: [defaultReporter(), summaryLineReporter()],
};
