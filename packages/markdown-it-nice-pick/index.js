// markdown-it-nice-pick: a ```nice-pick fence becomes the nice-pick card. The work is
// nice-pick/markdown's (shared with rehype-nice-pick); this file wraps the fence rule that was
// there before (a highlighter's, VitePress's, markdown-it's own) and hands it every other fence
// untouched, and finds each block's file (from `env`), line (`token.map`) and heading level.
import { checkOptions, renderBlock } from 'nice-pick/markdown';

/** The language name that makes a fence ours: the first word of its info string. */
const LANGUAGE = 'nice-pick';

/**
 * @param {import('markdown-it').default} md
 * @param {import('./index.js').Options} [options]
 */
export default function markdownItNicePick(md, options = {}) {
  const settings = checkOptions(options ?? {});
  const previous = md.renderer.rules.fence;
  md.renderer.rules.fence = function (tokens, index, mdOptions, env, self) {
    const token = tokens[index];
    const info = md.utils.unescapeAll(token.info).trim();
    const [language] = info.split(/\s+/, 1);
    if (language !== LANGUAGE) {
      return previous ? previous(tokens, index, mdOptions, env, self) : self.renderToken(tokens, index, mdOptions);
    }
    const block = {
      text: token.content,
      meta: info.slice(LANGUAGE.length).trim(),
      file: fileOf(env),
      line: token.map ? token.map[0] + 1 : undefined,
      headingBefore: headingBefore(tokens, index),
    };
    // A NicePickBlockError (its message names the file, line and every problem) ends the render.
    return `${renderBlock(block, settings)}\n`;
  };
}

/**
 * The Markdown file's path from markdown-it's `env`, as the tools that call it set it: `path`
 * (VitePress, absolute), `filePath` (VuePress 2), `page.inputPath` (Eleventy, relative to the
 * project folder).
 */
function fileOf(env) {
  if (!env || typeof env !== 'object') return;
  for (const file of [env.path, env.filePath, env.page?.inputPath]) if (typeof file === 'string' && file) return file;
}

/** Per token list, the last fence looked at: the next one scans back only as far as it. */
const lastFence = new WeakMap();

/** The level of the nearest heading before the fence, from its `heading_open` token. */
function headingBefore(tokens, index) {
  const last = lastFence.get(tokens);
  const stop = last && last.index < index ? last.index : -1;
  let level = stop >= 0 ? last.level : undefined;
  for (let i = index - 1; i > stop; i--) {
    const match = tokens[i].type === 'heading_open' && /^h([1-6])$/.exec(tokens[i].tag);
    if (match) {
      level = Number(match[1]);
      break;
    }
  }
  lastFence.set(tokens, { index, level });
  return level;
}
