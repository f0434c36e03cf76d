// A throwaway WordPress site, offline, from Debian's packages: MariaDB in a temporary data folder
// (its own socket, no network), a copy of Debian's WordPress (/usr/share/wordpress, or
// WORDPRESS_DIR) with a wp-config.php for that database, PHP's built-in server. setup.php installs
// WordPress and the plugin's zip and makes the users. Everything lives in one temporary folder,
// removed by stop().
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../test/support/browsers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, test, timeout = 30000) {
  const deadline = Date.now() + timeout;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeout} ms`);
    await wait(100);
  }
}

/** Starts the site; resolves with { url, dir, wp, info (setup.php's JSON), php(args), stop() }. */
export async function startSite({ zip, log = () => {} }) {
  const source = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
  for (const need of [source + '/wp-load.php', '/usr/sbin/mariadbd', '/usr/bin/php']) {
    if (!existsSync(need)) throw new Error(`no ${need}: apt-get install -y wordpress php-cli php-mysql php-xml php-mbstring mariadb-server`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'nice-pick-wp-'));
  // Each server leads its own process group (php -S forks its workers), so a stop ends the group.
  const children = [];
  const group = (child, signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const killAll = () => {
    children.forEach((child) => group(child, 'SIGKILL'));
    if (!process.env.NICE_PICK_KEEP_SITE) rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killAll); // should this process die before stop()
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        group(child, 'SIGTERM');
        await Promise.race([new Promise((resolve) => child.once('exit', resolve)), wait(5000)]);
      }
      group(child, 'SIGKILL'); // the workers, if the leader went first
    }
    process.off('exit', killAll);
    if (!process.env.NICE_PICK_KEEP_SITE) rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The database.
    const data = path.join(dir, 'db');
    const socket = path.join(dir, 'mysql.sock');
    execFileSync('mariadb-install-db', [`--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    const db = spawn('/usr/sbin/mariadbd', [`--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${dir}/mysql.pid`, '--skip-log-bin', '--innodb-buffer-pool-size=32M'], { stdio: 'ignore', detached: true });
    children.push(db);
    await until('MariaDB', () => existsSync(socket));
    await until('MariaDB', () => {
      try {
        execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    });
    log('database ready');

    // WordPress: Debian's files, a config of our own.
    const wp = path.join(dir, 'wordpress');
    cpSync(source, wp, { recursive: true, dereference: true });
    writeFileSync(
      path.join(wp, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((k) => [`define( '${k}_KEY', 'test-${k}-key' );`, `define( '${k}_SALT', 'test-${k}-salt' );`]).join('\n')}
$table_prefix = 'wp_';
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${dir}/debug.log' );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // application passwords over plain http
define( 'FS_METHOD', 'direct' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // offline: no update checks
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_CONTENT_DIR', '${wp}/wp-content' );
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
    );

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const php = (args) => execFileSync('php', args, { encoding: 'utf8', cwd: wp, stdio: ['ignore', 'pipe', 'pipe'] });
    const info = JSON.parse(php([path.join(here, 'setup.php'), wp, zip, url]));
    log(`WordPress ${info.version} on PHP ${info.php} installed, plugin installed from the zip and active`);

    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', wp], {
      cwd: wp,
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(server);
    await until('php -S', async () => {
      try {
        return (await fetch(url + '/')).ok;
      } catch {
        return false;
      }
    });
    return { url, dir, wp, info, php, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
