// rehype-nice-pick: a ```nice-pick block, as remark-rehype emits it (<pre><code
// class="language-nice-pick">), becomes the nice-pick card. The work is nice-pick/markdown's
// (shared with markdown-it-nice-pick); this file finds the blocks, their file, line and heading
// level, and puts the card into the tree as real hast nodes (hastElement), so rehype-stringify
// needs no allowDangerousHtml. In MDX, where hast becomes JSX and React would escape the inline JSON and
// the styles, the card goes in as one JSX element with dangerouslySetInnerHTML instead.
import path from 'node:path';
import { fromParse5 } from 'hast-util-from-parse5';
import { NicePickBlockError, checkOptions, renderBlock } from 'nice-pick/markdown';
import { parseFragment } from 'parse5';
import { SKIP, visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;

/**
 * @this {import('unified').Processor}
 * @param {import('./index.js').Options} [options]
 * @returns {(tree: import('hast').Root, file: import('vfile').VFile) => undefined}
 */
export default function rehypeNicePick(options = {}) {
  const { mdx, ...markdownOptions } = options ?? {};
  if (mdx !== undefined && typeof mdx !== 'boolean') throw new TypeError(`rehype-nice-pick: the option mdx takes true or false, not ${JSON.stringify(mdx)}`);
  const settings = checkOptions(markdownOptions);
  const processor = this;

  return function (tree, file) {
    // Decided per run, when every plugin is attached: MDX's pipeline turns hast into JS with rehype-recma.
    const toJsx = mdx ?? isMdx(processor);
    const filePath = file.path ? path.resolve(file.cwd, file.path) : undefined;
    let headingBefore;
    visit(tree, 'element', (node, index, parent) => {
      const heading = HEADING.exec(node.tagName);
      if (heading) {
        headingBefore = Number(heading[1]);
        return;
      }
      const code = node.tagName === 'pre' ? blockCode(node) : undefined;
      if (!code || !parent || index === undefined) return;
      const block = {
        text: textOf(code),
        meta: typeof code.data?.meta === 'string' ? code.data.meta : undefined,
        file: filePath,
        line: (node.position ?? code.position)?.start.line,
        headingBefore,
      };
      let html;
      try {
        html = renderBlock(block, settings);
      } catch (error) {
        if (!(error instanceof NicePickBlockError)) throw error;
        // Through the file, as unified plugins report (reporters list it), then thrown: the build stops.
        const message = file.message(error.message, { place: node.position, source: 'rehype-nice-pick', ruleId: 'invalid', cause: error });
        message.fatal = true;
        throw message;
      }
      // Astro's pipeline ends with rehype-raw, which drops a <template>'s content (hast keeps it
      // apart from the children): there the card goes in as raw HTML, which Astro writes as is.
      const nodes = toJsx ? [jsxElement(html)] : file.data?.astro ? [{ type: 'raw', value: html }] : [hastElement(html)];
      parent.children.splice(index, 1, ...nodes);
      return [SKIP, index + nodes.length];
    });
  };
}

/** The `<code class="language-nice-pick">` that is a `<pre>`'s only element child, if so. */
function blockCode(pre) {
  const elements = pre.children.filter((child) => child.type === 'element');
  const [code] = elements;
  if (elements.length !== 1 || code.tagName !== 'code') return;
  const className = code.properties?.className;
  return Array.isArray(className) && className.includes('language-nice-pick') ? code : undefined;
}

const SHADOW_START = '<template shadowrootmode="open"><style>';
const SCRIPT = /^<script type="(application\/(?:ld\+)?json)">([^<]*)<\/script>/;

/**
 * renderBlock's HTML as hast. Only the card's markup goes through parse5 (as a browser parses
 * it, without source positions, which would cost five times the parse): the styles and the
 * inline JSON, half the bytes, become text nodes as they are, since renderBlock writes them in a
 * known shape (the JSON has no "<" at all; the card's markup, its data escaped, no "</template>").
 */
function hastElement(html) {
  const open = html.indexOf('>') + 1;
  const [host] = fromParse5(parseFragment(`${html.slice(0, open)}</nice-pick>`)).children;
  let rest = html.slice(open).replace(/^\n/, '');
  if (rest.startsWith(SHADOW_START)) {
    const stylesEnd = rest.indexOf('</style>');
    const markupEnd = rest.indexOf('</template>');
    const content = fromParse5(parseFragment(rest.slice(stylesEnd + '</style>'.length, markupEnd)));
    content.children.unshift(element('style', {}, rest.slice(SHADOW_START.length, stylesEnd)));
    host.children.push({ type: 'text', value: '\n' }, { type: 'element', tagName: 'template', properties: { shadowRootMode: 'open' }, children: [], content });
    rest = rest.slice(markupEnd + '</template>'.length);
  }
  for (let script; (script = SCRIPT.exec(rest)); rest = rest.slice(script[0].length)) host.children.push(element('script', { type: script[1] }, script[2]));
  if (rest !== '</nice-pick>') throw new Error(`rehype-nice-pick: unexpected HTML from nice-pick/markdown: ${rest.slice(0, 80)}`);
  return host;
}

const element = (tagName, properties, text) => ({ type: 'element', tagName, properties, children: [{ type: 'text', value: text }] });

/** The text of a node and everything in it. */
const textOf = (node) => ('value' in node ? node.value : (node.children ?? []).map(textOf).join(''));

/** Whether the processor is MDX's (@mdx-js/mdx's createProcessor: hast goes on to rehype-recma). */
const isMdx = (processor) => (processor?.attachers ?? []).some(([plugin]) => plugin?.name === 'rehypeRecma');

/**
 * The card as one MDX JSX element: `<nice-pick …attributes dangerouslySetInnerHTML={{__html}} />`.
 * React escapes the text of <script> and <style> children ("&quot;" in JSON, "&gt;" in CSS), so
 * the shadow root and the inline JSON go in as HTML, exactly as renderBlock made them.
 */
function jsxElement(html) {
  const start = html.indexOf('>');
  const attributes = [...html.slice('<nice-pick'.length, start).matchAll(/ ([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => ({
    type: 'mdxJsxAttribute',
    name,
    value: value === undefined ? null : value.replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
  }));
  const inner = html.slice(start + 1, -'</nice-pick>'.length);
  const expression = {
    type: 'ObjectExpression',
    properties: [
      {
        type: 'Property',
        kind: 'init',
        method: false,
        shorthand: false,
        computed: false,
        key: { type: 'Identifier', name: '__html' },
        value: { type: 'Literal', value: inner },
      },
    ],
  };
  attributes.push({
    type: 'mdxJsxAttribute',
    name: 'dangerouslySetInnerHTML',
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: `{__html: ${JSON.stringify(inner)}}`,
      data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression }] } },
    },
  });
  return { type: 'mdxJsxFlowElement', name: 'nice-pick', attributes, children: [] };
}
