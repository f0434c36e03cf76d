// The WordPress plugin's tests, end to end and offline (`npm run test:wordpress`, run by .ci/run;
// not part of `npm test`): a WordPress site from Debian's packages, installed from an empty
// database, the plugin installed from its zip, users of each role publishing posts through the
// REST API with the block and both forms of the shortcode (hostile strings included), the public
// HTML checked here, the pages opened in Chromium, Firefox and WebKit, the PHP unit tests, and
// the uninstall. Run with tsx (it reads the element's own test data and src/embed.ts).
// NICE_PICK_ENGINES=chromium runs one browser; NICE_PICK_KEEP_SITE=1 keeps the site's folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptSafe } from '../../../src/embed.ts';
import { markupInData } from '../../../test/hostile.ts';
import { engines, open } from './browsers.mjs';
import { editorTest, siteEditorTest } from './editor.mjs';
import { existsSync } from 'node:fs';
import { startSite } from './site.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const zip = path.join(here, '../dist/nice-pick.zip');
const started = Date.now();
const secs = () => ((Date.now() - started) / 1000).toFixed(1) + 's';
const log = (message) => console.log(`[wordpress ${secs()}] ${message}`);

// WebKit needs an X display: run the whole thing under xvfb-run when there is none.
const wanted = engines();
if (wanted.includes('webkit') && !process.env.DISPLAY && !process.env.NICE_PICK_UNDER_XVFB) {
  const rerun = spawnSync('xvfb-run', ['-a', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, NICE_PICK_UNDER_XVFB: '1' },
  });
  process.exit(rerun.status ?? 1);
}

let passed = 0;
let failed = 0;
function test(name, fn) {
  try {
    fn();
    passed++;
    console.log(`  ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`  FAIL ${name}\n       ${String(error.message).split('\n').join('\n       ')}`);
  }
}

// ---- The data -------------------------------------------------------------------------------
const sample = JSON.parse(readFileSync(path.join(root, 'examples/gpu-vs-tpu-training.json'), 'utf8'));
delete sample.$schema;
/** Markup, script ends, comment starts, line separators, bad links and shortcodes, as text. */
const hostile = {
  ...markupInData,
  title: `${markupInData.title} </script><script>window.__pwned=2</script> <!-- -->`,
  options: [
    {
      ...markupInData.options[0],
      url: 'javascript:window.__pwned=3',
      pros: [...markupInData.options[0].pros, 'line\u2028separator\u2029', '[gallery] [nice-pick]{}[/nice-pick]', 'back\\slash \\0 "double" \'single\' -- dashes'],
      related: [...markupInData.options[0].related, { label: 'js', url: 'javascript:window.__pwned=4' }, { label: 'ok', url: 'https://example.com/?a=1&b=2' }],
    },
    { ...markupInData.options[1], cons: [...markupInData.options[1].cons, '<svg onload="window.__pwned=5">', "R&D — “curly” 'quotes'"] },
  ],
  contact: { prompt: markupInData.contact.prompt, email: 'editor@example.com', url: 'javascript:window.__pwned=6' },
};
/** For the shortcode: no "[/nice-pick]" (it would end the shortcode: WordPress's syntax). */
const hostileShortcode = JSON.parse(JSON.stringify(hostile).replaceAll('[/nice-pick]', '(/nice-pick)'));
/** The shortcode's data as the card gets it: "&amp;" written in the text reads as "&". */
const entitiesRead = (data) => JSON.parse(JSON.stringify(data).replaceAll('&amp;', '&'));
/** Text that survives the shortcode for every role: characters WordPress rewrites as entities, no tags. */
const plainShortcode = {
  title: 'R&D vs Q&A: "quotes" & \'apostrophes\' -- and > signs',
  options: [
    { name: 'A & B', summary: 'x > y, y < z', pros: ['“curly” stays curly', 'ends with a backslash \\'], cons: ['50% & more'] },
    { name: 'C++', pros: ['fast'], cons: ['a <= b, and a < b'] },
  ],
  pick: 'a-b',
  verdict: { text: ['One.', 'Two & three.'], bottomLine: 'A & B wins' },
};

/** A block's comment as the block editor writes it (serializeAttributes in @wordpress/blocks). */
const blockAttrs = (attrs) =>
  JSON.stringify(attrs)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
const block = (attrs) => `<!-- wp:nice-pick/comparison ${blockAttrs(attrs)} /-->`;
const heading = (level, text) => `<!-- wp:heading {"level":${level}} -->\n<h${level}>${text}</h${level}>\n<!-- /wp:heading -->`;
const shortcodeBlock = (text) => `<!-- wp:shortcode -->\n${text}\n<!-- /wp:shortcode -->`;

// ---- The site -------------------------------------------------------------------------------
const site = await startSite({ zip, log });
const { url, info } = site;
let pages = [];
try {
  log(`roles: ${Object.entries(info.users).map(([role, u]) => `${role} (unfiltered_html: ${u.unfiltered_html})`).join(', ')}`);

  // PHP unit tests, in this WordPress.
  const casesFile = path.join(mkdtempSync(path.join(tmpdir(), 'nice-pick-cases-')), 'cases.json');
  const cases = [
    ['sample', sample],
    ['hostile', hostile],
    ['plain', plainShortcode],
  ].map(([name, data]) => ({ name, data, node: scriptSafe(JSON.stringify(data)) }));
  writeFileSync(casesFile, JSON.stringify(cases));
  const unit = spawnSync('php', [path.join(here, 'unit.php'), site.wp, url, casesFile], { encoding: 'utf8' });
  process.stdout.write(unit.stdout + unit.stderr);
  const unitCounts = /unit: (\d+) passed, (\d+) failed/.exec(unit.stdout);
  passed += Number(unitCounts?.[1] ?? 0);
  failed += Number(unitCounts?.[2] ?? 1);
  log('PHP unit tests done');

  // ---- Posts through the REST API ---------------------------------------------------------
  const rest = async (role, route, { method = 'GET', body, headers = {} } = {}) => {
    const user = info.users[role];
    const response = await fetch(`${url}/?rest_route=${route}`, {
      method,
      headers: {
        authorization: 'Basic ' + Buffer.from(`${user.login}:${user.password}`).toString('base64'),
        ...(typeof body === 'string' || body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined || typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${route} as ${role}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const publish = async (role, title, content) => {
    // A Contributor cannot publish: the post goes for review and an Administrator publishes it,
    // as it is (what the Contributor saved is what readers get).
    const status = role === 'contributor' ? 'pending' : 'publish';
    const post = await rest(role, '/wp/v2/posts', { method: 'POST', body: { title, content, status } });
    if (role === 'contributor') await rest('administrator', `/wp/v2/posts/${post.id}`, { method: 'POST', body: { status: 'publish' } });
    return post;
  };

  // A comparison JSON file in the media library, uploaded by the Author.
  const media = await rest('author', '/wp/v2/media', {
    method: 'POST',
    body: Buffer.from(JSON.stringify(sample)),
    headers: { 'content-type': 'application/json', 'content-disposition': 'attachment; filename="gpu-vs-tpu.json"' },
  });
  log(`the Author uploaded a JSON file to the media library: ${media.source_url}`);
  test('a .json upload is application/json in the media library', () => assert.equal(media.mime_type, 'application/json'));

  for (const role of ['administrator', 'author', 'contributor']) {
    const made = [
      [`block-sample`, heading(2, 'Which accelerator?') + '\n\n' + block({ comparison: sample }), [{ data: sample, level: 3 }]],
      [`block-hostile`, block({ comparison: hostile, theme: 'dark', headingLevel: 2 }), [{ data: hostile, level: 2, theme: 'dark' }]],
      [`block-src`, block({ src: media.source_url }), [{ src: media.source_url, data: sample, level: 2 }]],
      [`shortcode-src`, `<p>Intro.</p>\n\n[nice-pick src="${media.source_url}" theme="light"]`, [{ src: media.source_url, data: sample, level: 2, theme: 'light' }]],
      [`shortcode-plain`, `<h3>Compared</h3>\n\n[nice-pick]\n${JSON.stringify(plainShortcode, null, 2)}\n[/nice-pick]`, [{ data: plainShortcode, level: 4 }]],
      // Markup inside the shortcode's text: an Administrator's post keeps it, and the card shows
      // it as text (entities such as "&amp;" read as the character: the shortcode's rule). An
      // Author's or a Contributor's loses its tags to WordPress's filter when saved, which breaks
      // this JSON: no card on the public page, the notice in the preview.
      [`shortcode-hostile`, shortcodeBlock(`[nice-pick]${JSON.stringify(hostileShortcode)}[/nice-pick]`), role === 'administrator' ? [{ data: entitiesRead(hostileShortcode), level: 2 }] : []],
      [`shortcode-broken`, `<p>Before.</p>\n\n[nice-pick]{"options": [ oops ]}[/nice-pick]\n\n<p>After.</p>`, []],
      [`no-card`, `<p>A post without a card.</p>`, []],
    ];
    for (const [name, content, cards] of made) {
      const post = await publish(role, `${role}: ${name}`, content);
      pages.push({ role, name, id: post.id, link: `${url}/?p=${post.id}`, cards });
    }
  }
  log(`${pages.length} posts published through the REST API (application passwords)`);

  // ---- The public HTML ----------------------------------------------------------------------
  const plugin = `${url}/wp-content/plugins/nice-pick/dist/`;
  // WordPress 6.5 and later: the ES module as a script module; before: the classic bundle.
  const [major, minor] = info.version.split('.').map(Number);
  const script = major > 6 || (major === 6 && minor >= 5) ? `${plugin}nice-pick.js?ver=0.1.0` : `${plugin}nice-pick.iife.js?ver=0.1.0`;
  log(`expecting the script ${script.slice(plugin.length)}`);
  for (const page of pages) {
    page.html = await (await fetch(page.link)).text();
    const found = [...page.html.matchAll(/<nice-pick([^>]*)>(?:<script type="application\/json">([^]*?)<\/script>)?<\/nice-pick>/g)];
    const scripts = [...page.html.matchAll(/<script[^>]*src=['"]([^'"]*nice-pick[^'"]*)['"]/g)].map((m) => m[1]);
    const where = `${page.role} ${page.name}`;
    test(`${where}: ${page.cards.length} card(s) in the HTML`, () => assert.equal(found.length, page.cards.length, (page.html.match(/<main[^]*?<\/main>/)?.[0] ?? page.html).replace(/<style[^]*?<\/style>/g, "").slice(0, 3000)));
    test(`${where}: the plugin's script ${page.cards.length ? 'once' : 'not at all'}`, () =>
      assert.deepEqual(scripts, page.cards.length ? [script] : []));
    test(`${where}: nothing hostile as markup, no notice on the public page`, () => {
      assert.ok(!/<img src=x|<svg onload|<b>bold|window\.__pwned=\d<\/script>/.test(page.html));
      assert.ok(!page.html.includes('nice-pick-notice'));
    });
    page.cards.forEach((card, i) => {
      const [, attrs, json] = found[i] ?? [];
      test(`${where}: card ${i + 1}: theme ${card.theme ?? 'auto'}, heading level ${card.level}`, () =>
        assert.equal(attrs?.match(/ theme="(\w+)" heading-level="(\d)"/)?.slice(1).join(), `${card.theme ?? 'auto'},${card.level}`));
      if (card.src) {
        test(`${where}: card ${i + 1}: src is the media file`, () => assert.ok(attrs.includes(` src="${card.src}"`), attrs));
      } else if (!card.lossy) {
        test(`${where}: card ${i + 1}: the JSON is the data, in the bytes of the element's scriptSafe (but [ as \\u005b)`, () =>
          assert.equal(json.replaceAll('\\u005b', '['), scriptSafe(JSON.stringify(card.data))));
      } else {
        test(`${where}: card ${i + 1}: the JSON parses, with no markup and no entities`, () => {
          assert.equal(JSON.parse(json).options.length, card.data.options.length);
          assert.ok(!json.includes('<'));
          assert.ok(!json.includes('&amp;'));
        });
      }
    });
  }

  // The preview, logged in as the post's author: the notice is there, with the parser's message.
  const login = await fetch(`${url}/wp-login.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
    body: new URLSearchParams({ log: 'author', pwd: 'author-password-123', testcookie: '1' }),
  });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  // Drafts, previewed as their author writes them (a published post's preview redirects to it).
  const draft = async (name) => {
    const made = pages.find((p) => p.role === 'author' && p.name === name);
    const post = await rest('author', `/wp/v2/posts/${made.id}&context=edit`);
    const copy = await rest('author', '/wp/v2/posts', { method: 'POST', body: { title: `draft: ${name}`, content: post.content.raw, status: 'draft' } });
    return `${url}/?p=${copy.id}&preview=true`;
  };
  const brokenPreview = await (await fetch(await draft('shortcode-broken'), { headers: { cookie } })).text();
  test('author shortcode-broken: the preview shows the notice with the reason', () =>
    assert.match(brokenPreview, /class="nice-pick-notice"[^]*not valid JSON \(Syntax error\)/));
  const hostilePreview = await (await fetch(await draft('shortcode-hostile'), { headers: { cookie } })).text();
  test("author shortcode-hostile: WordPress's filter broke the JSON; the preview says so", () =>
    assert.match(hostilePreview, /class="nice-pick-notice"[^]*not valid JSON/));
  const broken = pages.find((p) => p.role === 'author' && p.name === 'shortcode-broken');
  const published = await (await fetch(broken.link, { headers: { cookie } })).text();
  test('the published page shows no notice, even to its author', () => assert.ok(!published.includes('nice-pick-notice')));
  log('public HTML checked');

  // ---- The browsers -------------------------------------------------------------------------
  const inPage = async () => {
    const cards = [...document.querySelectorAll('nice-pick')];
    if (cards.length) await Promise.race([customElements.whenDefined('nice-pick'), new Promise((r) => setTimeout(r, 10000))]);
    const state = (c) => {
      const card = c.shadowRoot?.querySelector('[part~=card]');
      return !card ? 'none' : card.matches('[part~=loading]') ? 'loading' : card.matches('[part~=error]') ? 'error' : 'card';
    };
    const deadline = Date.now() + 10000;
    while (cards.some((c) => ['none', 'loading'].includes(state(c))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const text = (root, part) =>
      [...root.querySelectorAll(`[part~=${part}]`)].map((e) => {
        const copy = e.cloneNode(true);
        copy.querySelectorAll('[part$=marker]').forEach((m) => m.remove());
        return copy.textContent.trim();
      });
    return {
      pwned: window.__pwned ?? null,
      scripts: performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.js(\?|$)/.test(n) && /nice-pick/.test(n)),
      cards: cards.map((c) => {
        const root = c.shadowRoot;
        return {
          state: state(c),
          error: state(c) === 'error' ? root.textContent.trim().slice(0, 400) : null,
          title: text(root, 'title')[0],
          titleLevel: root.querySelector('[part~=title]')?.getAttribute('aria-level'),
          names: text(root, 'option-name'),
          pros: text(root, 'pro'),
          cons: text(root, 'con'),
          verdict: text(root, 'verdict-text'),
          elements: [...root.querySelectorAll('img, svg:not([aria-hidden]), script, iframe')].length,
          links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        };
      }),
    };
  };
  const shown = pages.filter((p) => p.cards.length);
  for (const engine of wanted) {
    const browser = await open(engine);
    try {
      for (const page of shown) {
        const where = `${engine}: ${page.role} ${page.name}`;
        const got = await browser.visit(page.link, inPage);
        test(`${where}: the whole card, by the plugin's copy of the script, nothing ran`, () => {
          assert.equal(got.thrown, undefined, got.thrown);
          assert.equal(got.pwned, null);
          assert.deepEqual(got.scripts, [script]);
          assert.equal(got.cards.length, page.cards.length);
          got.cards.forEach((card, i) => {
            const data = page.cards[i].data;
            assert.equal(card.state, 'card', card.error);
            assert.equal(card.titleLevel, String(page.cards[i].level));
            assert.equal(card.elements, 0);
            assert.ok(card.links.every((href) => /^(https?:|mailto:)/.test(href)), card.links.join(' '));
            assert.equal(card.names.length, data.options.length);
            if (page.cards[i].lossy) return;
            assert.equal(card.title, data.title ?? data.options.map((o) => o.name).join(' vs '));
            assert.deepEqual(card.names, data.options.map((o) => o.name));
            // The card's text as the page shows it: textContent, trimmed here (U+2029 included).
            assert.deepEqual(card.pros, data.options.flatMap((o) => o.pros).map((s) => s.trim()));
            assert.deepEqual(card.cons, data.options.flatMap((o) => o.cons).map((s) => s.trim()));
            const verdict = data.verdict?.text;
            if (verdict) assert.deepEqual(card.verdict, [verdict].flat());
          });
        });
      }
    } finally {
      await browser.close();
    }
    log(`${engine}: ${shown.length} pages opened`);
  }

  // ---- The block editor (Chromium; only where WordPress ships the editor's scripts) -----------
  if (!wanted.includes('chromium')) log('the block editor: not driven (Chromium is not among the engines)');
  else if (!existsSync(path.join(site.wp, 'wp-includes/js/dist/blocks.min.js'))) log(`the block editor: not driven (this build of WordPress ${info.version} has no editor scripts)`);
  else {
    await editorTest({ url, test, log });
    await siteEditorTest({ url, test });
    log('the block editor and the site editor: driven in Chromium');
  }

  // ---- A classic theme ---------------------------------------------------------------------
  // The default themes of both versions are block themes, which render the content before the
  // head. In a classic theme the content comes after wp_head: the script must then be printed in
  // the footer (the classic bundle before 6.5, the script module from 6.5).
  cpSync(path.join(here, 'classic-theme'), path.join(site.wp, 'wp-content/themes/classic-test'), { recursive: true });
  site.php(['-r', `$_SERVER['HTTP_HOST'] = '${new URL(url).host}'; require 'wp-load.php'; switch_theme('classic-test');`]);
  const classic = pages.filter((p) => p.role === 'author' && ['block-sample', 'shortcode-plain'].includes(p.name));
  for (const page of classic) {
    const html = await (await fetch(page.link)).text();
    test(`classic theme: ${page.name}: the card in the content, the script after it`, () => {
      assert.match(html, /<h1>author: /);
      const card = html.indexOf('<nice-pick');
      const tag = html.indexOf(script.replace(/&/g, '&#038;'));
      assert.ok(card > 0 && tag > card, `card at ${card}, script at ${tag}`);
    });
  }
  for (const engine of wanted) {
    const browser = await open(engine);
    try {
      for (const page of classic) {
        const got = await browser.visit(page.link, inPage);
        test(`classic theme: ${engine}: ${page.name}: the whole card`, () => {
          assert.equal(got.pwned, null);
          assert.deepEqual(got.scripts, [script]);
          assert.equal(got.cards[0]?.state, 'card', got.cards[0]?.error);
          assert.deepEqual(got.cards[0].names, page.cards[0].data.options.map((o) => o.name));
        });
      }
    } finally {
      await browser.close();
    }
  }
  log('a classic theme: checked');

  // ---- Uninstall ----------------------------------------------------------------------------
  const gone = JSON.parse(site.php([path.join(here, 'uninstall.php'), site.wp, url]));
  test('uninstall: the plugin is deleted, its folder gone, nothing of it left in the database', () => {
    assert.ok(gone.deleted && gone.folder_gone, JSON.stringify(gone));
    assert.deepEqual(gone.left, []);
  });
  const after = await (await fetch(pages.find((p) => p.name === 'block-sample').link)).text();
  test('after uninstalling, pages load and carry no script of the plugin', () => assert.ok(!after.includes('/plugins/nice-pick/') && after.includes('</html>')));
} finally {
  await site.stop();
}
log(`WordPress ${info.version}, PHP ${info.php}, engines ${wanted.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
