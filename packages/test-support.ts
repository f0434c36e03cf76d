// What the tests of both Markdown plugins (rehype-nice-pick, markdown-it-nice-pick) share: the
// suite every plugin must pass, run on the HTML a user gets (read back with parse5, as a browser
// parses it), given a function that renders a Markdown text with the plugin. Each package's test
// adds what only its pipeline has. Not a package: no package.json, never published.
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseDocument } from 'parse5';
import { stringify as toYaml } from 'yaml';
import type { MarkdownOptions } from 'nice-pick/markdown';
import { styles } from '../src/styles.js';
import { labelsFor } from '../src/translations.js';
import { markupInData } from '../test/hostile.js';
import { visibleStrings } from '../test/visible-strings.js';
import { all, attr, elements, rawText, textsByPart, type Node } from '../test/node/html.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export { toYaml };

/** Renders a Markdown text with the plugin; `file` is the Markdown file's path, when the pipeline knows one. */
export type Render = (markdown: string, options?: MarkdownOptions, file?: string) => Promise<string> | string;

/** fixtures/*.json, the element's comparisons, by file name. */
export const fixtures = new Map(
  ['gpu-vs-tpu.json', 'technical-debt-vs-clean-code.json', 'solo-work-vs-pair-programming.json', 'performance-measurement-vs-code-review.json'].map(
    (name) => [name, JSON.parse(readFileSync(path.join(ROOT, 'fixtures', name), 'utf8'))],
  ),
);

export const small = {
  title: 'SQLite vs PostgreSQL',
  options: [
    { name: 'SQLite', pros: ['No server to run'], cons: ['One writer at a time'] },
    { name: 'PostgreSQL', pros: ['Many writers'], cons: ['A server to run'] },
  ],
  pick: 'sqlite',
};

const run = 'globalThis.pwned=1';
/** Markup, script ends, comment starts and script links in every kind of field: all must stay text. */
export const hostile = {
  ...markupInData,
  title: `</script><script>${run}</script> <!-- vs`,
  intro: `<!-- </style><style>*{display:none}</style> <img src=x onerror="${run}">`,
  options: [
    { ...markupInData.options[0], url: `javascript:${run}`, related: [{ label: '</script>', url: `javascript:${run}` }, '<!--'] },
    { ...markupInData.options[1], pros: ['</template><script>alert(1)</script>'], url: 'data:text/html,<script>x</script>' },
  ],
  contact: { prompt: '<!--', url: `javascript:${run}`, email: 'a@example.com' },
};

/** Every part that shows text from the data or a fixed word (visibleStrings' keys). */
const TEXT_PARTS = [
  'label', 'title', 'intro', 'hero-mark', 'hero-name', 'hero-summary', 'option-name', 'kind', 'badge',
  'summary', 'pros-heading', 'pro', 'related-label', 'tag', 'cons-heading', 'con', 'verdict-heading',
  'verdict-text', 'bottom-line-heading', 'winner', 'reason', 'contact', 'contact-link',
];

/** A fenced block: ```nice-pick META, the text, ```. */
export const fence = (text: string, meta = '') => `\`\`\`nice-pick${meta ? ` ${meta}` : ''}\n${text}${text.endsWith('\n') || !text ? '' : '\n'}\`\`\`\n`;

/** The page's <nice-pick> elements, as a browser's parser finds them. */
export const cards = (page: string): Node[] => all(parseDocument(page) as unknown as Node).filter((n) => n.nodeName === 'nice-pick');

/** The inline JSON of a card, parsed. */
export const inlineData = (card: Node) => {
  const script = elements(card).find((n) => n.nodeName === 'script' && attr(n, 'type') === 'application/json');
  assert.ok(script, 'the card has its inline JSON');
  return JSON.parse(rawText(script));
};

/**
 * A static card holds `data` (as its inline JSON, exactly) and shows it: a declarative shadow root
 * with the element's styles, every visible string in its place, no script in it, no link but
 * http(s) and mailto. Returns the shadow root.
 */
export function expectStaticCard(card: Node, data: unknown, what: string): Node {
  const [template, ...rest] = elements(card);
  assert.equal(template.nodeName, 'template', `${what}: the host's first child is the shadow root`);
  assert.equal(attr(template, 'shadowrootmode'), 'open', what);
  const shadow = template.content!;
  const style = elements(shadow)[0];
  assert.equal(style.nodeName, 'style', `${what}: the styles come first`);
  assert.equal(rawText(style), styles, `${what}: the element's styles, intact`);
  assert.deepEqual(inlineData(card), data, `${what}: the inline JSON parses back to the data`);
  assert.equal(rest[0].nodeName, 'script', what);
  assert.deepEqual(textsByPart(shadow, TEXT_PARTS), visibleStrings(data), `${what}: every visible string, in its place`);
  assert.equal(all(shadow).filter((n) => n.nodeName === 'script').length, 0, `${what}: no script in the card`);
  for (const link of all(shadow).filter((n) => n.nodeName === 'a')) assert.match(attr(link, 'href') ?? '', /^(https?|mailto):/, `${what}: only http(s) and mailto links`);
  return shadow;
}

/** Every element of the page (templates' contents too) has only attributes from the card, none from the data. */
function expectNoInjectedMarkup(page: string) {
  const nodes = all(parseDocument(page) as unknown as Node);
  for (const node of nodes) {
    for (const { name, value } of node.attrs ?? []) {
      assert.doesNotMatch(name, /^on/i, `no event handler attribute (${name}) on <${node.nodeName}>`);
      if (name === 'href' || name === 'src') assert.match(value, /^https?:|^mailto:/, `no unsafe ${name} (${value})`);
    }
    assert.notEqual(node.nodeName, 'img', 'no <img> from the data');
    assert.notEqual(node.nodeName, 'b', 'no <b> from the data');
  }
  const scripts = nodes.filter((n) => n.nodeName === 'script');
  assert.ok(scripts.every((s) => ['application/json', 'application/ld+json'].includes(attr(s, 'type') ?? '')), 'data scripts only');
}

const timed = async <T>(f: () => Promise<T> | T): Promise<{ value?: T; error?: Error; ms: number }> => {
  const start = performance.now();
  try {
    const value = await f();
    return { value, ms: performance.now() - start };
  } catch (error) {
    return { error: error as Error, ms: performance.now() - start };
  }
};

/** The error `render` throws (it must throw), with its message. */
export async function renderError(render: Render, markdown: string, options?: MarkdownOptions, file?: string): Promise<Error> {
  const { error, ms } = await timed(() => render(markdown, options, file));
  assert.ok(error, 'the render fails');
  assert.ok(ms < 1000, `it fails fast (${ms.toFixed(0)} ms)`);
  return error;
}

/** A temporary folder with `files` written in it; removed by the returned `done`. */
export function folder(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'nice-pick-md-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The suite every Markdown plugin passes, on the HTML that `render` gives. */
export function pluginSuite(name: string, render: Render) {
  describe(`${name}: what every nice-pick Markdown plugin does`, () => {
    test('loads with require() as well as import: tools that require() their config (Docusaurus, through jiti) can use it', () => {
      // A fresh Node, CommonJS: the package's "default" export condition, and no top-level await in
      // it or in nice-pick/markdown, nice-pick/server and the YAML reader it loads (Node 20.19 and
      // later load such ES modules with require()).
      const pkg = name.split(' ')[0]; // "rehype-nice-pick (rehype-stringify)": the package's name first
      const script = `const plugin = require(${JSON.stringify(pkg)}); if (typeof plugin.default !== 'function') throw new Error('no default export: ' + Object.keys(plugin));`;
      const run = spawnSync(process.execPath, ['--input-type=commonjs', '-e', script], { cwd: path.join(ROOT, 'packages', pkg), encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.doesNotMatch(run.stderr, /ExperimentalWarning|Error/);
    });

    test('every fixture, as YAML and as JSON, becomes its card: every visible string, the JSON inline, the styles', async () => {
      for (const [file, data] of fixtures) {
        for (const [format, text] of [['YAML', toYaml(data)], ['JSON', JSON.stringify(data, null, 2)]]) {
          const page = await render(`Some text.\n\n${fence(text)}\nMore text.\n`);
          const found = cards(page);
          assert.equal(found.length, 1, `${file} as ${format}: one card`);
          expectStaticCard(found[0], data, `${file} as ${format}`);
          assert.match(page, /<p>Some text.<\/p>/);
          assert.match(page, /<p>More text.<\/p>/);
          assert.ok(!page.includes('language-nice-pick'), 'the code block is gone');
        }
      }
    });

    test('the block of the issue, in YAML', async () => {
      const page = await render(fence(toYaml(small)));
      expectStaticCard(cards(page)[0], small, 'the issue');
      assert.match(page, /^<nice-pick theme="auto">\n<template shadowrootmode="open">/, 'as renderComparison makes it');
    });

    test('other fences stay as they were', async () => {
      const page = await render('```js\nlet a = "<b>";\n```\n\n' + fence(toYaml(small)) + '\n```\nplain\n```\n');
      const codes = all(parseDocument(page) as unknown as Node).filter((n) => n.nodeName === 'code');
      assert.deepEqual(
        codes.map((code) => [attr(code, 'class'), rawText(code)]),
        [
          ['language-js', 'let a = "<b>";\n'],
          [undefined, 'plain\n'],
        ],
      );
      assert.equal(cards(page).length, 1);
    });

    test('several blocks on a page: a card each, in order', async () => {
      const other = { ...small, title: 'Second' };
      const page = await render(`${fence(toYaml(small))}\n${fence(JSON.stringify(other))}`);
      assert.deepEqual(cards(page).map(inlineData), [small, other]);
    });

    test('hostile strings stay text: no markup, script or unsafe link from the data; </script> and <!-- harmless', async () => {
      for (const [format, text] of [['YAML', toYaml(hostile)], ['JSON', JSON.stringify(hostile)]]) {
        for (const output of ['static', 'client'] as const) {
          const page = await render(fence(text), { output });
          const [card] = cards(page);
          assert.deepEqual(inlineData(card), hostile, `${format}, ${output}: the data, whole, as text`);
          if (output === 'static') expectStaticCard(card, hostile, `${format}, ${output}`);
          expectNoInjectedMarkup(page);
          assert.ok(!/<\/script><script>/i.test(page.replace(/<\/script><script type="application\/(ld\+)?json">/g, '')), 'no script end from the data');
        }
      }
    });

    test('heading level: one below the nearest heading before the block, clamped to 1..4; the option wins', async () => {
      const level = async (markdown: string, options?: MarkdownOptions) => attr(cards(await render(markdown, options))[0], 'heading-level');
      const block = fence(toYaml(small));
      assert.equal(await level(`## Databases\n\n${block}`), '3', 'under ## it is 3');
      assert.equal(await level(`# Title\n\n${block}`), '2');
      assert.equal(await level(`# T\n\n### Three\n\ntext\n\n${block}`), '4');
      assert.equal(await level(`##### Five\n\n${block}`), '4', 'clamped to 4');
      assert.equal(await level(`###### Six\n\n${block}`), '4', 'clamped to 4');
      assert.equal(await level(block), undefined, 'no heading before: the element default (2)');
      assert.equal(await level(`${block}\n## After\n`), undefined, 'a heading after does not count');
      assert.equal(await level(`## Two\n\n${block}`, { headingLevel: 1 }), '1', 'the option wins');
      const page = await render(`## Databases\n\n${block}`);
      const title = all(cards(page)[0]).find((n) => attr(n, 'part') === 'title');
      assert.equal(attr(title!, 'aria-level'), '3', 'the title is a level-3 heading');
      const second = cards(await render(`# A\n\n${block}\n#### B\n\n${block}`));
      assert.deepEqual(second.map((c) => attr(c, 'heading-level')), ['2', '4'], 'each block its own heading');
    });

    test('lang: a block with lang: fr shows the French words; the option sets them for every block; the block wins', async () => {
      const fr = labelsFor('fr')!;
      const french = { ...small, lang: 'fr' };
      const [card] = cards(await render(fence(toYaml(french))));
      const shown = inlineData(card);
      assert.equal(shown.labels.pros, fr.pros, 'the words are in the inline JSON, so the element shows them too');
      expectStaticCard(card, shown, 'fr');
      const texts = textsByPart(all(card).find((n) => n.nodeName === 'template')!.content!, ['pros-heading', 'badge']);
      assert.deepEqual(texts.get('pros-heading'), [fr.pros, fr.pros]);
      assert.deepEqual(texts.get('badge'), [fr.pick]);
      const de = labelsFor('de')!;
      assert.equal(inlineData(cards(await render(fence(toYaml(small)), { lang: 'de' }))[0]).labels.cons, de.cons, 'the option');
      assert.equal(inlineData(cards(await render(fence(toYaml(french)), { lang: 'de' }))[0]).labels.cons, fr.cons, "the block's lang wins");
      const own = { ...french, labels: { pros: 'Les plus' } };
      const labels = inlineData(cards(await render(fence(toYaml(own)), { lang: 'de' }))[0]).labels;
      assert.equal(labels.pros, 'Les plus', "the block's labels win");
      assert.equal(labels.cons, fr.cons);
      assert.deepEqual(inlineData(cards(await render(fence(toYaml(small))))[0]), small, 'no lang: the data as written');
    });

    test('src: a JSON or YAML file beside the Markdown file, or under root when the file is not known', async () => {
      const { dir, done } = folder({
        'docs/guide.md': '',
        'docs/data/small.json': JSON.stringify(small),
        'docs/data/small.yaml': toYaml({ ...small, title: 'From YAML' }),
        'shared/root.yml': toYaml({ ...small, title: 'From root' }),
      });
      try {
        const md = path.join(dir, 'docs/guide.md');
        const options = { root: dir };
        assert.deepEqual(inlineData(cards(await render(fence('', 'src="data/small.json"'), options, md))[0]), small);
        assert.equal(inlineData(cards(await render(fence('', "src='data/small.yaml'"), options, md))[0]).title, 'From YAML');
        assert.equal(inlineData(cards(await render(fence('', 'src=shared/root.yml'), options))[0]).title, 'From root', 'no file: under root');
        const missing = await renderError(render, `# Guide\n\n${fence('', 'src="data/nope.json"')}`, options, md);
        assert.equal(missing.message, `${md}:3: nice-pick block: src="data/nope.json": no such file (${path.join(dir, 'docs/data/nope.json')})`);
      } finally {
        done();
      }
    });

    test('src stays inside root: no path out of it, no symbolic link out of it, no URL, no absolute path, only .json/.yaml/.yml', async () => {
      const outside = folder({ 'secret.json': JSON.stringify(small), '.env.json': '{}' });
      const { dir, done } = folder({ 'page.md': '' });
      symlinkSync(path.join(outside.dir, 'secret.json'), path.join(dir, 'link.json'));
      writeFileSync(path.join(dir, 'notes.txt'), 'TOKEN=1');
      try {
        const md = path.join(dir, 'page.md');
        const refused = async (src: string) => (await renderError(render, fence('', `src="${src}"`), { root: dir }, md)).message;
        const relative = path.relative(dir, path.join(outside.dir, 'secret.json'));
        assert.match(await refused(relative), /is outside the root folder .*\(set the root option to allow it\)$/);
        assert.match(await refused('link.json'), /secret\.json is outside the root folder/);
        assert.match(await refused('https://example.com/x.json'), /src names a file of the site, not a URL \(a build reads no network\)$/);
        assert.match(await refused(path.join(outside.dir, 'secret.json')), /src is a path relative to the Markdown file, not an absolute one$/);
        assert.match(await refused('notes.txt'), /src names a \.json, \.yaml or \.yml file$/);
        assert.match((await renderError(render, fence('title: x', 'src="a.json"'), { root: dir }, md)).message, /a block with src must be empty/);
        assert.match((await renderError(render, fence('', 'scr="a.json"'), { root: dir }, md)).message, /unknown attribute scr in the info string \(a block takes src\)$/);
      } finally {
        done();
        outside.done();
      }
    });

    test('invalid data fails the build with one message: the file, the block line, every problem as nice-pick validate words it', async () => {
      const { dir, done } = folder({});
      try {
        const md = path.join(dir, 'post.md');
        const bad = { options: [{ name: '', pros: 'fast', cons: [] }, { name: 'B', pros: [1], cons: [] }], pick: 'c' };
        const error = await renderError(render, `# Post\n\nText.\n\n${fence(toYaml(bad))}`, {}, md);
        assert.equal(
          error.message,
          [
            `${md}:5: nice-pick block: not a valid comparison:`,
            '  options[0].name: expected a non-empty string, got a string',
            '  options[0].pros: expected an array of strings, got a string',
            '  options[1].pros[0]: expected a string, got a number',
            '  pick: "c" names no option; the option ids are "", "b"',
          ].join('\n'),
        );
        const yaml = await renderError(render, fence('title: a\ntitle: b\noptions: []'), {}, md);
        assert.equal(yaml.message, `${md}:1: nice-pick block: not valid YAML: Map keys must be unique (line 2, column 1 of the block)`);
        const json = await renderError(render, `\n${fence('{\n  "title": "a",\n}')}`, {}, md);
        assert.equal(json.message, `${md}:2: nice-pick block: not valid JSON: A comma after the last entry of an object: remove it (line 2, column 15 of the block)`);
        const empty = await renderError(render, fence(''), {}, md);
        assert.equal(empty.message, `${md}:1: nice-pick block: the block is empty: write the comparison in it (YAML or JSON), or name a file with src="…"`);
        const noFile = await renderError(render, `\n\n${fence('options: 3')}`);
        assert.equal(noFile.message, 'line 3: nice-pick block: not a valid comparison:\n  options: expected an array of 2 to 4 options, got a number');
      } finally {
        done();
      }
    });

    test('huge, deep and "billion laughs" blocks fail fast with a clear message', async () => {
      const huge = `title: "${'x'.repeat(1_100_000)}"\n`;
      assert.match((await renderError(render, fence(huge))).message, /nice-pick block: larger than 1 MB \(1100010 bytes\)$/);
      const deepYaml = `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`;
      assert.match((await renderError(render, fence(deepYaml))).message, /nested deeper than 100 levels/);
      const deepJson = `{"a": ${'['.repeat(400)}${']'.repeat(400)}}`;
      assert.match((await renderError(render, fence(deepJson))).message, /nested deeper than 100 levels/);
      const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 9; i++) laughs.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
      assert.match((await renderError(render, fence(laughs.join('\n')))).message, /not valid YAML: Excessive alias count indicates a resource exhaustion attack$/);
      const loop = await renderError(render, fence('a: &a [*a]'));
      assert.match(loop.message, /nice-pick block: /);
    });

    test("onInvalid: 'card' puts the card's error state in the page, with every problem, instead of failing", async () => {
      const bad = { options: [{ name: 'A', pros: [], cons: [] }], pick: 7 };
      const page = await render(`## Draft\n\n${fence(toYaml(bad))}`, { onInvalid: 'card' });
      const [card] = cards(page);
      assert.equal(attr(card, 'heading-level'), '3');
      const [template] = elements(card);
      const alert = all(template.content!).find((n) => attr(n, 'role') === 'alert')!;
      assert.ok(alert, 'the error state (role=alert)');
      const text = all(alert).filter((n) => n.nodeName === '#text').map((n) => n.value).join('');
      assert.match(text, /This comparison could not be shown\./);
      assert.match(text, /The nice-pick block is not a valid comparison:/);
      assert.match(text, /options: expected 2 to 4 options, got 1/);
      assert.match(text, /pick: expected a string, got a number/);
      assert.deepEqual(inlineData(card), bad, 'the data inline: the element shows the same error');
      const syntax = cards(await render(fence('a: [\n'), { onInvalid: 'card' }))[0];
      assert.ok(!elements(syntax).some((n) => n.nodeName === 'script'), 'nothing to inline when it is not even YAML');
      assert.match(all(syntax).map((n) => n.value ?? '').join(''), /The nice-pick block is not valid YAML/);
      const fr = all(cards(await render(fence(toYaml({ ...bad, lang: 'fr' })), { onInvalid: 'card' }))[0]).map((n) => n.value ?? '').join('');
      assert.ok(fr.includes(labelsFor('fr')!.error), "the error's words in the block's language");
    });

    test("output: 'client' gives the element and the inline JSON only; theme and structured data as attributes", async () => {
      const page = await render(`## A\n\n${fence(toYaml(small))}`, { output: 'client', theme: 'dark', structuredData: { author: { name: 'Ada' } } });
      const [card] = cards(page);
      assert.deepEqual(card.attrs, [
        { name: 'theme', value: 'dark' },
        { name: 'heading-level', value: '3' },
        { name: 'structured-data', value: '' },
      ]);
      const [json, ld] = elements(card);
      assert.equal(attr(json, 'type'), 'application/json');
      assert.deepEqual(JSON.parse(rawText(json)), small);
      assert.equal(attr(ld, 'type'), 'application/ld+json');
      assert.match(rawText(ld), /"Ada"/);
      assert.ok(!page.includes('<template'), 'no shadow root: the script draws the card');
    });

    test('static output with theme and structured data, as renderComparison makes it', async () => {
      const [card] = cards(await render(fence(toYaml(small)), { theme: 'light', structuredData: true }));
      assert.deepEqual(card.attrs, [
        { name: 'theme', value: 'light' },
        { name: 'structured-data', value: '' },
      ]);
      assert.equal(attr(elements(card)[2], 'type'), 'application/ld+json');
    });

    test('a wrong option fails when the plugin is set up, naming it', async () => {
      for (const [options, message] of [
        [{ output: 'ssr' }, /the option output takes "static" or "client", not "ssr"/],
        [{ headingLevel: 7 }, /the option headingLevel takes 1, 2, 3 or 4, not 7/],
        [{ lang: 'xx' }, /the option lang takes a language with translations \(en, fr, /],
        [{ onInvalid: 'warn' }, /the option onInvalid takes "fail" or "card"/],
        [{ theme: 'blue' }, /the option theme takes "auto", "light" or "dark"/],
        [{ colour: 'x' }, /unknown option colour/],
      ] as const) {
        await assert.rejects(async () => render('text', options as MarkdownOptions), message);
      }
    });

    test('a link shown as text is a warning, with the file and line, through onWarning', async () => {
      const warnings: string[] = [];
      const data = { ...small, options: [{ ...small.options[0], url: 'ftp://x' }, small.options[1]] };
      await render(`\n${fence(toYaml(data))}`, { onWarning: (w) => warnings.push(w) }, 'docs/x.md');
      assert.deepEqual(warnings, [
        'docs/x.md:2: nice-pick block: warning: options[0].url: "ftp://x" is shown as plain text: only http: and https: links are allowed',
      ]);
    });
  });
}
