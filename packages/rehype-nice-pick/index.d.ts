import type { Root } from 'hast';
import type { MarkdownOptions } from 'nice-pick/markdown';
import type { Plugin } from 'unified';

/**
 * The options of rehype-nice-pick: those of every nice-pick Markdown plugin, and `mdx`.
 */
export interface Options extends MarkdownOptions {
  /**
   * Whether the tree goes on to become JSX (MDX): then each card is one JSX element with
   * `dangerouslySetInnerHTML`, since React escapes the text of `<script>` and `<style>`.
   * Default: detected (the processor is MDX's when it uses rehype-recma); set it where
   * detection fails, e.g. a bundled or renamed rehype-recma.
   */
  mdx?: boolean;
}

export type { MarkdownOptions } from 'nice-pick/markdown';

/**
 * Turns each fenced ```nice-pick code block (`<pre><code class="language-nice-pick">`, as
 * remark-rehype emits it) into the nice-pick card, rendered at build time:
 *
 * ```js
 * unified().use(remarkParse).use(remarkRehype).use(rehypeNicePick, options).use(rehypeStringify)
 * ```
 *
 * The block holds a comparison in YAML or JSON, or names a file: ```` ```nice-pick src="x.yaml" ````.
 * Invalid data throws one error naming the file, the block's line and every problem (or, with
 * `onInvalid: 'card'`, shows the card's error state).
 */
declare const rehypeNicePick: Plugin<[(Options | null | undefined)?], Root>;
export default rehypeNicePick;
