#!/usr/bin/env node
// The Markdown plugins' cost per block, as a docs site's build pays it: 1,000 ```nice-pick blocks
// on one page, and 1,000 pages of one block, through each plugin's own pipeline (unified with
// remark-parse, remark-rehype and rehype-stringify; markdown-it), against the same pipeline with
// the blocks left as code, so the numbers are the plugin's own. Also what a card weighs on the
// page, raw and gzipped. Run from the repository root after `npm run build` (or tsc -p
// tsconfig.build.json):
//
//   node packages/bench-markdown.mjs [--plugin rehype|markdown-it] [--blocks 1000] [--no-timing] [--json]
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import MarkdownIt from 'markdown-it';
import markdownItNicePick from 'markdown-it-nice-pick';
import rehypeNicePick from 'rehype-nice-pick';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { stringify as toYaml } from 'yaml';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const only = option('--plugin');
const BLOCKS = Number(option('--blocks', '1000'));

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8'));
const data = fixture('gpu-vs-tpu');
// For the page's weight, cards that differ: four comparisons in turn, so the same one comes back
// only ~40 kB later, beyond gzip's 32 kB window (identical neighbours would compress to nothing).
const mixed = ['gpu-vs-tpu', 'technical-debt-vs-clean-code', 'solo-work-vs-pair-programming', 'performance-measurement-vs-code-review'].map(fixture);
const formats = { YAML: toYaml(data), JSON: `${JSON.stringify(data, null, 2)}\n` };
const block = (text) => `## A comparison\n\n\`\`\`nice-pick\n${text}\`\`\`\n\n`;

const unifiedWith = (plugin) => {
  const processor = unified().use(remarkParse).use(remarkRehype);
  if (plugin) processor.use(rehypeNicePick);
  return processor.use(rehypeStringify);
};
const pipelines = {
  rehype: { with: unifiedWith(true), without: unifiedWith(false), render: (p, md) => p.process(md).then(String) },
  'markdown-it': { with: new MarkdownIt().use(markdownItNicePick), without: new MarkdownIt(), render: (p, md) => p.render(md) },
};

/** CPU milliseconds (user + system) the process spends so far: unlike the wall clock, not inflated by other processes on a busy machine. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The CPU milliseconds `run` takes, the best of `rounds` (after one warm-up run, not counted). */
async function best(run, rounds = 2) {
  await run();
  let fastest = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = cpuMs();
    await run();
    fastest = Math.min(fastest, cpuMs() - start);
  }
  return fastest;
}

const rows = [];
const weights = [];
for (const [name, pipeline] of Object.entries(pipelines)) {
  if (only && only !== name) continue;
  const page = mixed.map((comparison) => block(`${JSON.stringify(comparison)}\n`)).join('').repeat(Math.ceil(BLOCKS / mixed.length));
  const html = await pipeline.render(pipeline.with, page);
  const plain = await pipeline.render(pipeline.without, page);
  const one = await pipeline.render(pipeline.with, block(`${JSON.stringify(data)}\n`));
  const cards = Math.ceil(BLOCKS / mixed.length) * mixed.length;
  weights.push({
    plugin: name,
    'bytes per card': Math.round((Buffer.byteLength(html) - Buffer.byteLength(plain)) / cards),
    'gzip bytes per card, 4 fixtures in turn': Math.round((gzipSync(html).length - gzipSync(plain).length) / cards),
    'gzip bytes, gpu-vs-tpu alone on a page': gzipSync(one).length,
  });
  if (args.includes('--no-timing')) continue;
  for (const [format, text] of Object.entries(formats)) {
    const page = block(text).repeat(BLOCKS);
    const onePage = (p) => () => pipeline.render(p, page);
    const manyPages = (p) => async () => {
      for (let i = 0; i < BLOCKS; i++) await pipeline.render(p, block(text));
    };
    const onePageMs = (await best(onePage(pipeline.with))) - (await best(onePage(pipeline.without)));
    const manyPagesMs = (await best(manyPages(pipeline.with))) - (await best(manyPages(pipeline.without)));
    rows.push({
      plugin: name,
      format,
      'ms per block, 1 page': +(onePageMs / BLOCKS).toFixed(3),
      [`ms per block, ${BLOCKS} pages`]: +(manyPagesMs / BLOCKS).toFixed(3),
    });
  }
}

const styleBytes = Buffer.byteLength((await import('../lib/styles.js')).styles);
if (args.includes('--json')) console.log(JSON.stringify({ blocks: BLOCKS, styleBytes, rows, weights }, null, 2));
else {
  console.log(`${BLOCKS} blocks of fixtures/gpu-vs-tpu.json; Node ${process.version}; ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}`);
  if (rows.length) {
    console.log("the plugin's cost: CPU time of the pipeline with it minus without, best of 2 runs after a warm-up");
    console.table(rows);
  }
  console.log(`what a card weighs on a page of ${BLOCKS} (JSON blocks)`);
  console.table(weights);
  console.log(`of each card's bytes, ${styleBytes} are the element's styles (the same text in every card's shadow root)`);
}
