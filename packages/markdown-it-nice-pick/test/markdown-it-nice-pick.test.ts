// markdown-it-nice-pick on markdown-it, as VitePress and Eleventy run it. The suite every plugin
// passes is ../../test-support.ts; here what only markdown-it has: the previous fence rule, env.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import markdownItNicePick from 'markdown-it-nice-pick';
import type { MarkdownOptions } from 'nice-pick/markdown';
import { cards, fence, inlineData, pluginSuite, renderError, small, toYaml } from '../../test-support.js';

/** Markdown to HTML with markdown-it; the file as VitePress passes it (env.path). */
const html = async (markdown: string, options?: MarkdownOptions, file?: string) =>
  new MarkdownIt().use(markdownItNicePick, options).render(markdown, file ? { path: file } : {});

pluginSuite('markdown-it-nice-pick', html);

describe('markdown-it-nice-pick: what only markdown-it has', () => {
  test('every other fence goes to the fence rule installed before, untouched; ours never does', async () => {
    const md = new MarkdownIt();
    const seen: string[] = [];
    const builtIn = md.renderer.rules.fence!;
    md.renderer.rules.fence = (tokens, index, options, env, self) => {
      seen.push(tokens[index].info);
      return `<div class="highlighted">${builtIn(tokens, index, options, env, self)}</div>`;
    };
    md.use(markdownItNicePick);
    const page = md.render(`\`\`\`js {1}\nlet a;\n\`\`\`\n\n${fence(toYaml(small))}\n\`\`\`\nplain\n\`\`\`\n\n\`\`\`nice-picker\nx\n\`\`\`\n`);
    assert.deepEqual(seen, ['js {1}', '', 'nice-picker'], 'the others, in order; not nice-pick');
    assert.match(page, /<div class="highlighted"><pre><code class="language-js">let a;\n<\/code><\/pre>\n<\/div>/);
    assert.match(page, /<div class="highlighted"><pre><code class="language-nice-picker">x\n<\/code><\/pre>\n<\/div>/);
    assert.deepEqual(cards(page).map(inlineData), [small]);
  });

  test('the file from env: path (VitePress), filePath (VuePress 2), page.inputPath (Eleventy)', async () => {
    const md = new MarkdownIt().use(markdownItNicePick);
    const markdown = `# T\n\n${fence('options: 1')}`;
    const message = (env: object) => {
      try {
        md.render(markdown, env);
      } catch (error) {
        return (error as Error).message.split('\n')[0];
      }
    };
    assert.equal(message({ path: '/site/docs/a.md', relativePath: 'a.md' }), '/site/docs/a.md:3: nice-pick block: not a valid comparison:');
    assert.equal(message({ filePath: '/site/docs/b.md' }), '/site/docs/b.md:3: nice-pick block: not a valid comparison:');
    assert.equal(message({ page: { inputPath: './src/posts/c.md' } }), 'src/posts/c.md:3: nice-pick block: not a valid comparison:');
    assert.equal(message({}), 'line 3: nice-pick block: not a valid comparison:');
  });

  test('the info string may carry attributes after the name; the line is the fence\'s (token.map)', async () => {
    const error = await renderError(html, `a\n\nb\n\n${fence('', 'src="none.yaml"')}`);
    assert.match(error.message, /^line 5: nice-pick block: src="none\.yaml": no such file/);
  });

  test('markdown-it with html: false still gets the card: the plugin writes it, not the Markdown', async () => {
    const page = new MarkdownIt({ html: false }).use(markdownItNicePick).render(fence(toYaml(small)));
    assert.deepEqual(cards(page).map(inlineData), [small]);
  });
});
