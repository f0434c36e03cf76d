// What every Markdown site test expects of its built page: the one page of integrations/markdown/
// (content/index.md, the same source for every tool) read here as a person would read its
// blocks, and a built HTML page checked against it. Shared by markdown-*.test.ts.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseDocument } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { translations } from '../../src/translations.js';
import { all, attr, elements, ownText, rawText, type Node } from '../../test/node/html.js';
import { visibleStrings } from '../markdown/strings.js';
import { integrations } from './packages.js';

/** integrations/markdown/content: the page and the file its src= block reads. */
export const content = join(integrations, 'markdown/content');
export const pagePath = join(content, 'index.md');
export const pageSource = () => readFileSync(pagePath, 'utf8');

/** The page without its front matter, for the pipelines that do not read front matter (unified, MDX). */
export const pageBody = () => pageSource().replace(/^---\n[\s\S]*?\n---\n/, '');

export interface Block {
  /** The comparison the block holds (inline YAML or JSON, or its src= file), as written. */
  data: Record<string, any>;
  /** The heading level the plugin infers: one below the nearest heading above the block. */
  level: number;
}

/** The page's ```nice-pick blocks in order, read with the same YAML 1.2 parser the plugins use. */
export function pageBlocks(): Block[] {
  const blocks: Block[] = [];
  let heading = 1; // the page's title (front matter) is its h1
  const lines = pageSource().split('\n');
  for (let i = 0; i < lines.length; i++) {
    const h = /^(#{1,6}) /.exec(lines[i]);
    if (h) heading = h[1].length;
    const fence = /^```nice-pick(.*)$/.exec(lines[i]);
    if (!fence) continue;
    const end = lines.indexOf('```', i + 1);
    const body = lines.slice(i + 1, end).join('\n');
    const src = /src="([^"]+)"/.exec(fence[1])?.[1];
    const text = src ? readFileSync(join(content, src), 'utf8') : body;
    blocks.push({ data: text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text), level: Math.min(heading + 1, 4) });
    i = end;
  }
  return blocks;
}

/**
 * The built page holds one card per block, in order: a declarative shadow root showing every
 * string of the block's data (the title at the inferred level, the French words for `lang: fr`),
 * and the inline JSON that parses back to the data. `where` names the tool in messages.
 */
export function expectPageCards(html: string, where: string): void {
  const blocks = pageBlocks();
  const document = parseDocument(html) as unknown as Node;
  const cards = all(document).filter((n) => n.nodeName === 'nice-pick');
  assert.equal(cards.length, blocks.length, `${where}: one card per block`);
  // No block is left as a code block.
  assert.ok(!/language-nice-pick|```nice-pick/.test(html), `${where}: no nice-pick fence left as code`);
  blocks.forEach(({ data, level }, i) => {
    const card = cards[i];
    const at = `${where}, card ${i + 1} (${data.title})`;
    const [template] = elements(card);
    assert.equal(template?.nodeName, 'template', `${at}: a template first`);
    assert.equal(attr(template, 'shadowrootmode'), 'open', `${at}: a declarative shadow root`);
    const shadow = template.content!;
    const text = ownText(shadow);
    for (const s of visibleStrings(data)) assert.ok(text.includes(s.replace(/\s+/g, ' ')), `${at}: shows ${JSON.stringify(s)}`);
    const title = all(shadow).find((n) => attr(n, 'part') === 'title');
    assert.equal(title && ownText(title), data.title, `${at}: the title`);
    assert.equal(attr(title!, 'aria-level'), String(level), `${at}: heading level ${level}, one below the heading above`);
    assert.equal(attr(card, 'heading-level'), String(level), `${at}: the element's heading-level`);
    const words = translations[data.lang ?? 'en'];
    for (const word of [words.pros, words.cons, words.pick]) assert.ok(text.includes(word), `${at}: the ${data.lang ?? 'en'} word ${JSON.stringify(word)}`);
    if (data.verdict?.text) assert.ok(text.includes(words.verdict), `${at}: ${JSON.stringify(words.verdict)}`);
    const json = all(card).find((n) => n.nodeName === 'script' && attr(n, 'type') === 'application/json');
    assert.ok(json, `${at}: the inline JSON`);
    assert.deepEqual(JSON.parse(rawText(json)), inlineData(data), `${at}: the inline JSON is the block's data (and its words)`);
  });
}

/** The words of a card's own (the ones a comparison's `labels` may hold, the rest being the element's). */
const DATA_LABELS = ['pick', 'pros', 'cons', 'relatedTo', 'verdict', 'bottomLine', 'wins', 'disagree'] as const;

/**
 * The data a card carries inline: the block's, and for a `lang` block the words of that language
 * written into its `labels` (the data's own win), so the element says them too when its script
 * takes over: it carries no translations itself.
 */
function inlineData(data: Record<string, any>): Record<string, any> {
  const words = data.lang ? translations[data.lang] : undefined;
  if (!words) return data;
  const added = Object.fromEntries(DATA_LABELS.filter((key) => words[key] !== translations.en[key]).map((key) => [key, words[key]]));
  return { ...data, labels: { ...added, ...data.labels } };
}

const require = createRequire(import.meta.url);

/**
 * The Nu HTML Checker (vnu-jar's vnu.jar, on the machine's `java`) on whole built pages: its
 * errors and warnings, less those `ignore` matches (each test says why it ignores what it does).
 * Run once per test with every page, since starting the JVM is most of its time.
 */
export async function validate(files: string[], ignore: RegExp[] = []): Promise<string[]> {
  const jar: string = String(require('vnu-jar'));
  let out: string;
  try {
    ({ stderr: out } = await promisify(execFile)('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], { maxBuffer: 64 << 20 }));
  } catch (error) {
    throw new Error(`the Nu HTML Checker could not run (java -jar ${jar}): ${(error as Error).message}`);
  }
  const { messages } = JSON.parse(out) as { messages: { type: string; subType?: string; message: string; url: string; lastLine?: number }[] };
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'warning' || m.type === 'non-document-error')
    .filter((m) => !ignore.some((re) => re.test(m.message)))
    .map((m) => `${m.url.replace(/^file:/, '')}:${m.lastLine ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`);
}
