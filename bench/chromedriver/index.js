// What `import('chromedriver')` finds in bench/: tachometer (lib/browser.js, makeDriver) imports
// npm's chromedriver package before every Chrome run, remote or not, and when it cannot resolve
// one it runs `npm install chromedriver` itself, whose install script downloads a driver. The
// bench never uses that driver: bench/run.mjs starts Debian's chromedriver and hands tachometer
// its URL (remoteUrl). So this local package, linked as bench's "chromedriver" dependency, only
// has to be there; like npm's, it exports the driver's `path`, here the one the bench starts.
import { browserPaths } from '../../test/support/browsers.mjs';

export const path = browserPaths().chromedriver;
