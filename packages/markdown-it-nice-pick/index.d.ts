import type MarkdownIt from 'markdown-it';
import type { MarkdownOptions } from 'nice-pick/markdown';

/** The options of markdown-it-nice-pick: those of every nice-pick Markdown plugin. */
export type Options = MarkdownOptions;

export type { MarkdownOptions } from 'nice-pick/markdown';

/**
 * Turns each ```nice-pick fence into the nice-pick card, rendered at build time; every other
 * fence goes to the fence rule that was there before, untouched:
 *
 * ```js
 * const md = new MarkdownIt().use(markdownItNicePick, options);
 * md.render(text, { path: '/abs/docs/guide.md' }); // env.path, env.filePath or env.page.inputPath name the file
 * ```
 *
 * The block holds a comparison in YAML or JSON, or names a file: ```` ```nice-pick src="x.yaml" ````.
 * Invalid data throws one error naming the file, the block's line and every problem (or, with
 * `onInvalid: 'card'`, shows the card's error state).
 */
declare function markdownItNicePick(md: MarkdownIt, options?: Options | null): void;
export default markdownItNicePick;
