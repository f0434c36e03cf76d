// Builds the installable plugin: packages/wordpress/dist/nice-pick.zip, which unzips to a
// nice-pick/ folder (what Plugins → Add New → Upload takes). It holds the plugin's PHP, its
// editor script, readme.txt and the element's two bundles from the root's `npm run build`
// (dist/nice-pick.js, the ES module, and dist/nice-pick.iife.js, the classic bundle): the
// script ships inside the plugin, as WordPress.org requires. Node built-ins only; the zip is
// written here (deflate, fixed dates), so the same sources make the same bytes.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const plugin = path.resolve(here, '..');
const root = path.resolve(plugin, '../..');

/** The plugin's own files, as [path in the zip, absolute path]. */
const OWN = ['nice-pick.php', 'uninstall.php', 'readme.txt', 'block', 'includes', 'js', 'languages'];
function walk(rel) {
  const abs = path.join(plugin, rel);
  if (statSync(abs).isDirectory()) return readdirSync(abs).sort().flatMap((name) => walk(path.join(rel, name)));
  return [[rel.split(path.sep).join('/'), abs]];
}

const files = OWN.flatMap(walk).filter(([rel]) => !rel.endsWith('.gitkeep'));
for (const name of ['nice-pick.js', 'nice-pick.iife.js']) {
  const abs = path.join(root, 'dist', name);
  try {
    statSync(abs);
  } catch {
    console.error(`[wordpress] no dist/${name}: run \`npm run build\` at the repository root first`);
    process.exit(1);
  }
  files.push([`dist/${name}`, abs]);
}

// One version everywhere: the element's package, the plugin header, its constant and readme.txt.
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const php = readFileSync(path.join(plugin, 'nice-pick.php'), 'utf8');
const readme = readFileSync(path.join(plugin, 'readme.txt'), 'utf8');
const stated = {
  'nice-pick.php Version': /^ \* Version:\s*(\S+)/m.exec(php)?.[1],
  'NICE_PICK_VERSION': /define\( 'NICE_PICK_VERSION', '([^']+)' \)/.exec(php)?.[1],
  'readme.txt Stable tag': /^Stable tag:\s*(\S+)/m.exec(readme)?.[1],
};
const wrong = Object.entries(stated).filter(([, v]) => v !== version);
if (wrong.length) {
  console.error(`[wordpress] the package is version ${version}, but ${wrong.map(([k, v]) => `${k} says ${v}`).join(', ')}`);
  process.exit(1);
}

// The translation template, languages/nice-pick.pot: every string the PHP and the editor script
// pass to __(), esc_html__() and the like with the text domain nice-pick (what `wp i18n make-pot`
// would find in these files), with the translators' comments.
function pot() {
  const found = new Map();
  const call = /(?:\/\*\s*(translators:[^*]*?)\s*\*\/\s*(?:sprintf\(\s*)?)?\b(?:__|_e|esc_html__|esc_attr__|esc_html_e|esc_attr_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'nice-pick'\s*\)/g;
  for (const [rel, abs] of files.filter(([rel]) => /\.(php|js)$/.test(rel) && !rel.startsWith('dist/'))) {
    const text = readFileSync(abs, 'utf8');
    for (const m of text.matchAll(call)) {
      const msgid = m[2].replace(/\\'/g, "'");
      const line = text.slice(0, m.index).split('\n').length + (m[1] ? m[0].slice(0, m[0].indexOf(m[2])).split('\n').length - 1 : 0);
      const entry = found.get(msgid) ?? { refs: [], comment: null };
      entry.refs.push(`${rel}:${line}`);
      entry.comment ??= m[1] ?? null;
      found.set(msgid, entry);
    }
  }
  const quote = (s) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
  let out = `# Nice Pick ${version}\nmsgid ""\nmsgstr ""\n"Project-Id-Version: Nice Pick ${version}\\n"\n"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n"X-Domain: nice-pick\\n"\n`;
  for (const [msgid, { refs, comment }] of found) {
    out += `\n${comment ? `#. ${comment}\n` : ''}#: ${refs.join(' ')}\n${/%[sd]/.test(msgid) ? '#, php-format\n' : ''}msgid ${quote(msgid)}\nmsgstr ""\n`;
  }
  return { text: out, count: found.size };
}
const template = pot();

// A zip file: local headers, data, central directory. DOS date 2026-01-01 00:00.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const locals = [];
const central = [];
let offset = 0;
const entries = [['nice-pick/', null], ...files.map(([rel, abs]) => [`nice-pick/${rel}`, abs]), ['nice-pick/languages/nice-pick.pot', Buffer.from(template.text)]];
// Folders get their own entries, so the zip unzips to nice-pick/ with its tree.
const dirs = new Set();
for (const [name] of entries.slice(1)) {
  const parts = name.split('/').slice(0, -1);
  for (let i = 2; i <= parts.length; i++) dirs.add(parts.slice(0, i).join('/') + '/');
}
const all = [entries[0], ...[...dirs].sort().map((d) => [d, null]), ...entries.slice(1)].sort(([a], [b]) => (a < b ? -1 : 1));
for (const [name, abs] of all) {
  const data = Buffer.isBuffer(abs) ? abs : abs ? readFileSync(abs) : Buffer.alloc(0);
  const packed = abs ? deflateRawSync(data, { level: 9 }) : data;
  const method = abs ? 8 : 0;
  const crc = crc32(data);
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6); // UTF-8 names
  local.writeUInt16LE(method, 8);
  local.writeUInt16LE(DOS_TIME, 10);
  local.writeUInt16LE(DOS_DATE, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  locals.push(local, nameBytes, packed);
  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE(0x031e, 4); // made by Unix
  entry.writeUInt16LE(20, 6);
  entry.writeUInt16LE(0x0800, 8);
  entry.writeUInt16LE(method, 10);
  entry.writeUInt16LE(DOS_TIME, 12);
  entry.writeUInt16LE(DOS_DATE, 14);
  entry.writeUInt32LE(crc, 16);
  entry.writeUInt32LE(packed.length, 20);
  entry.writeUInt32LE(data.length, 24);
  entry.writeUInt16LE(nameBytes.length, 28);
  entry.writeUInt32LE((abs ? 0o100644 : 0o40755) * 0x10000, 38); // permissions
  entry.writeUInt32LE(offset, 42);
  central.push(entry, nameBytes);
  offset += local.length + nameBytes.length + packed.length;
}
const centralSize = central.reduce((n, b) => n + b.length, 0);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(all.length, 8);
end.writeUInt16LE(all.length, 10);
end.writeUInt32LE(centralSize, 12);
end.writeUInt32LE(offset, 16);
const zip = Buffer.concat([...locals, ...central, end]);
mkdirSync(path.join(plugin, 'dist'), { recursive: true });
writeFileSync(path.join(plugin, 'dist', 'nice-pick.zip'), zip);
console.log(`[wordpress] packages/wordpress/dist/nice-pick.zip: ${zip.length} bytes, ${files.length + 1} files (languages/nice-pick.pot: ${template.count} strings), version ${version}`);
