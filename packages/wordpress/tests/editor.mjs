// The block editor, driven in Chromium (WordPress 6.1 from Debian: the Playground's 6.5 build
// leaves the editor's scripts out): an Author logs in, opens a new post, adds a heading and the
// block, fills the block's form by typing into it, sees the validator's messages while options
// have no names and then the real card, publishes, and the public page shows the card. Saves the
// docs' screenshots when NICE_PICK_SCREENSHOTS names a folder.
import assert from 'node:assert/strict';
import path from 'node:path';
import { open } from './browsers.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function editorTest({ url, test, log }) {
  const browser = await open('chromium');
  const { page } = browser;
  const shots = process.env.NICE_PICK_SCREENSHOTS;
  try {
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${url}/wp-login.php`);
    await page.type('#user_login', 'author');
    await page.type('#user_pass', 'author-password-123');
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    await page.goto(`${url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.data?.select('core/block-editor') && window.wp.blocks.getBlockType('nice-pick/comparison'), { timeout: 30000 });
    // The welcome guide would cover the editor.
    await page.evaluate(() => {
      const editPost = wp.data.select('core/edit-post');
      if (editPost.isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      wp.data.dispatch('core/editor').editPost({ title: 'Tea or coffee?' });
      wp.data.dispatch('core/block-editor').insertBlocks([
        wp.blocks.createBlock('core/heading', { level: 2, content: 'Which one for the afternoon' }),
        wp.blocks.createBlock('nice-pick/comparison'),
      ]);
    });
    await page.click('.wp-block-nice-pick-comparison'); // select it, as a click does
    await page.waitForSelector('.nice-pick-editor', { timeout: 15000 }).catch(async (e) => {
      await page.screenshot({ path: '/tmp/nice-pick-editor-failed.png' });
      throw new Error(`no form in the editor (screenshot /tmp/nice-pick-editor-failed.png): ${errors.join('\n')}`, { cause: e });
    });
    test('editor: the block is in the inserter and shows its form when added', () => assert.ok(true));

    /** Types into the form's field whose label starts with `label` (the nth such field). */
    const field = async (label, text, nth = 0) => {
      const id = await page.evaluate(
        (label, nth) => {
          const labels = [...document.querySelectorAll('.nice-pick-editor label')].filter((l) => l.textContent.startsWith(label));
          return labels[nth]?.htmlFor;
        },
        label,
        nth,
      );
      assert.ok(id, `no field "${label}" #${nth}`);
      await page.type(`[id="${id}"]`, text);
    };
    await field('Title', 'Tea vs Coffee');
    await sleep(300);
    const messages = await page.evaluate(() => document.querySelector('.nice-pick-editor-preview .components-notice')?.textContent ?? '');
    test("editor: while the options have no names, the validator's messages show", () => assert.match(messages, /cannot be shown yet[^]*options\[0\]\.name/, messages));
    await field('Name', 'Tea', 0);
    await field('Kind', 'drink', 0);
    await field('Pros, one a line', 'Gentle caffeine\nMany flavours & <blends>', 0);
    await field('Cons, one a line', 'Steeping takes time', 0);
    await field('Name', 'Coffee', 1);
    await field('Pros, one a line', 'Strong and quick', 1);
    await field('Cons, one a line', 'Jitters\nBitter when cold', 1);
    const pickId = await page.evaluate(() => [...document.querySelectorAll('.nice-pick-editor label')].find((l) => l.textContent === 'The pick')?.htmlFor);
    await page.select(`#${pickId}`, 'tea');
    await field('The verdict', 'Tea, for a long afternoon.');
    await sleep(500);
    const preview = await page.evaluate(() => {
      const card = document.querySelector('.nice-pick-editor-preview nice-pick');
      const root = card?.shadowRoot;
      return {
        notice: document.querySelector('.nice-pick-editor-preview .components-notice')?.textContent ?? null,
        title: root?.querySelector('[part~=title]')?.textContent.trim(),
        level: root?.querySelector('[part~=title]')?.getAttribute('aria-level'),
        hero: root?.querySelector('[part=hero-name]')?.textContent.trim(),
        pros: [...(root?.querySelectorAll('[part~=pro]') ?? [])].map((li) => li.textContent.replace(/^\+/, '').trim()),
      };
    });
    test('editor: the live preview is the real card, one level below the heading before it', () =>
      assert.deepEqual(preview, { notice: null, title: 'Tea vs Coffee', level: '3', hero: 'Tea', pros: ['Gentle caffeine', 'Many flavours & <blends>', 'Strong and quick'] }));
    if (shots) {
      await page.evaluate(() => document.querySelector('.nice-pick-editor')?.scrollIntoView({ block: 'start' }));
      await sleep(300);
      await page.screenshot({ path: path.join(shots, 'wordpress-editor.png') });
      await page.evaluate(() => document.querySelector('.nice-pick-editor-preview')?.scrollIntoView({ block: 'start' }));
      await page.evaluate(() => document.querySelector('.interface-interface-skeleton__content')?.scrollBy(0, -90));
      await sleep(300);
      await page.screenshot({ path: path.join(shots, 'wordpress-editor-preview.png') });
      log(`screenshots ${path.join(shots, 'wordpress-editor.png')}, wordpress-editor-preview.png`);
    }
    // Publish, as the Publish button does.
    const link = await page.evaluate(async () => {
      wp.data.dispatch('core/editor').editPost({ status: 'publish' });
      await wp.data.dispatch('core/editor').savePost();
      return wp.data.select('core/editor').getCurrentPost().link;
    });
    const saved = await page.evaluate(() => wp.data.select('core/editor').getEditedPostContent());
    test('editor: the saved block holds the comparison as its attribute', () => assert.match(saved, /<!-- wp:nice-pick\/comparison \{"comparison":\{"title":"Tea vs Coffee"/));
    await page.goto(link, { waitUntil: 'load' });
    const shown = await page.evaluate(async () => {
      await customElements.whenDefined('nice-pick');
      await new Promise((r) => setTimeout(r, 300));
      const root = document.querySelector('nice-pick')?.shadowRoot;
      return {
        title: root?.querySelector('[part~=title]')?.textContent.trim(),
        level: document.querySelector('nice-pick')?.getAttribute('heading-level'),
        pros: [...(root?.querySelectorAll('[part~=pro]') ?? [])].map((li) => li.textContent.replace(/^\+/, '').trim()),
        winner: root?.querySelector('[part=winner]')?.textContent.trim(),
      };
    });
    test("editor: the Author's published post shows the card, text as typed", () =>
      assert.deepEqual(shown, { title: 'Tea vs Coffee', level: '3', pros: ['Gentle caffeine', 'Many flavours & <blends>', 'Strong and quick'], winner: 'Tea wins' }));
    if (shots) {
      await page.evaluate(() => document.querySelector('nice-pick')?.scrollIntoView({ block: 'center' }));
      await page.evaluate(() => document.querySelector('#wpadminbar')?.remove());
      await page.evaluate(() => window.scrollBy(0, -120));
      await sleep(300);
      await page.screenshot({ path: path.join(shots, 'wordpress-post.png') });
      log(`screenshot ${path.join(shots, 'wordpress-post.png')}`);
    }
  } finally {
    await browser.close();
  }
}

/**
 * The site editor (an iframe with its own element registry): an Administrator adds the block to
 * the single-post template, and the live preview inside the iframe is the real card.
 */
export async function siteEditorTest({ url, test }) {
  const browser = await open('chromium');
  const { page } = browser;
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${url}/wp-login.php`);
    await page.type('#user_login', 'admin');
    await page.type('#user_pass', 'admin-password-123');
    await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
    const theme = await page.evaluate(async (url) => (await (await fetch(`${url}/?rest_route=/wp/v2/themes&status=active&_wpnonce=${window.wpApiSettings?.nonce ?? ''}`)).json())?.[0]?.stylesheet ?? null, url);
    await page.goto(`${url}/wp-admin/site-editor.php?postType=wp_template&postId=${encodeURIComponent(`${theme ?? 'twentytwentythree'}//single`)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, { timeout: 30000 });
    await page.evaluate(() => {
      const comparison = { title: 'In the site editor', options: [{ name: 'A', pros: ['a'], cons: [] }, { name: 'B', pros: [], cons: ['b'] }] };
      wp.data.dispatch('core/block-editor').insertBlocks([wp.blocks.createBlock('nice-pick/comparison', { comparison })], 0);
    });
    const frame = page.frames().find((f) => f.name() === 'editor-canvas');
    const got = frame
      ? await frame
          .waitForFunction(() => document.querySelector('nice-pick')?.shadowRoot?.querySelector('[part~=title]')?.textContent, { timeout: 10000 })
          .then((h) => h.jsonValue())
          .catch(() => null)
      : null;
    test('site editor: the preview inside its iframe is the real card', () => assert.equal(got, 'In the site editor'));
  } finally {
    await browser.close();
  }
}
