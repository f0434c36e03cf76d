// What the card shows: every piece of every fixture, in the nicepick.dev page's order, the seed
// page's text, absent sections, no pick, translated labels and RTL, unsafe URLs, text-only
// rendering and the heading structure. Expectations are computed from the fixture JSON.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NicePick } from '../src/index.js';
import { FIXTURES, loadFixture } from './fixtures.js';
import { img, markupInData } from './hostile.js';
import { imageFailed, norm } from './support/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

// Never hand a shadow-DOM element to a failing chai assertion: serializing it hangs the runner.
// These compare elements and report markup (a string) instead.
const expectNone = (found: Element | null | undefined, what = 'element') =>
  expect(found ? found.outerHTML : null, `${what}: expected no such element`).to.equal(null);
const expectSame = (actual: Element | null, expected: Element | null, what: string) =>
  expect(actual === expected, `${what}: got ${actual?.outerHTML.slice(0, 120)}`).to.be.true;

/** The card's fixed words when the data has no `labels` (the data format's documented defaults). */
const ENGLISH = {
  pick: 'Nice Pick',
  pros: 'Pros',
  cons: 'Cons',
  relatedTo: 'Related to:',
  verdict: 'The Verdict',
  bottomLine: 'The Bottom Line',
};
const DEFAULT_PROMPT = 'Disagree with our pick?';

/** The default option id as the data format defines it ("GPU Training" is "gpu-training"). */
const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
const idOf = (o: Json): string => o.id ?? slug(o.name);
const isHttp = (url: string): boolean => /^https?:$/.test(new URL(url, document.baseURI).protocol);

async function show(data: Json): Promise<NicePick> {
  const el = await fixture<NicePick>(html`<nice-pick .data=${data}></nice-pick>`);
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('article'), 'the card is rendered (not an error)').to.exist;
  return el;
}

const $ = (el: NicePick, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

/** An element's text without its aria-hidden decorations (markers, the 🧊). */
const ownText = (el: Element): string => {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent ?? '';
};

const visible = (el: Element): boolean => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility != 'hidden';
};

/** The text of every rendered (laid out, not hidden) text node, in document order. */
const visibleText = (root: Node): string => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.getClientRects().length && getComputedStyle(parent).visibility != 'hidden') {
      parts.push(node.textContent ?? '');
    }
  }
  return norm(parts.join(' '));
};

const expectInOrder = (elements: Element[], what: string) => {
  for (let i = 1; i < elements.length; i++) {
    const position = elements[i - 1].compareDocumentPosition(elements[i]);
    expect(
      position & Node.DOCUMENT_POSITION_FOLLOWING,
      `${what}: ${elements[i].getAttribute('part') ?? elements[i].tagName} after ${elements[i - 1].getAttribute('part') ?? elements[i - 1].tagName}`,
    ).to.not.equal(0);
  }
};

/** Checks every piece of the card against the comparison it was given. */
function expectCardShows(el: NicePick, json: Json) {
  const labels = { ...ENGLISH, ...json.labels };
  const options: Json[] = json.options;
  const pick = json.pick == null ? undefined : options.find((o) => idOf(o) === json.pick);
  const article = $(el, 'article')!;
  const inPageOrder: HTMLElement[] = [];
  const present = (selector: string, what: string): HTMLElement => {
    const found = $(el, selector);
    expect(found, what).to.exist;
    expect(visible(found!), `${what} is visible`).to.be.true;
    inPageOrder.push(found!);
    return found!;
  };

  // Header: label, title, intro.
  if (json.label) expect(present('header > [part=label]', 'label').textContent).to.equal(json.label);
  else expectNone($(el, '[part=label]'), 'no label');
  const title = present('header > h2[part=title]', 'title');
  expect(title.textContent).to.equal(json.title ?? options.map((o) => o.name).join(' vs '));
  if (json.intro) expect(present('header > [part=intro]', 'intro').textContent).to.equal(json.intro);
  else expectNone($(el, '[part=intro]'), 'no intro');

  // Hero: only with a pick.
  if (pick) {
    const hero = present('[part=hero]', 'hero');
    const mark = hero.querySelector('[part=hero-mark]')!;
    expect(norm(ownText(mark)), 'hero mark').to.equal(labels.pick);
    expect(norm(mark.textContent)).to.contain(labels.pick);
    expect(hero.querySelector('[part=hero-name]')!.textContent, 'hero names the pick').to.equal(pick.name);
    const summary = hero.querySelector('[part=hero-summary]');
    if (pick.summary) expect(summary!.textContent, 'hero summary').to.equal(pick.summary);
    else expectNone(summary);
    expectInOrder([mark, hero.querySelector('[part=hero-name]')!, ...(summary ? [summary] : [])], 'hero');
  } else {
    expectNone($(el, '[part=hero]'), 'no hero without a pick');
  }

  // One column per option, in order.
  const grid = present('[part=options]', 'options');
  const columns = $$(grid, ':scope > [part~=option]');
  expect(columns.map((c) => norm(c.querySelector('h3[part=option-name]')?.textContent))).to.deep.equal(
    options.map((o) => o.name),
  );
  options.forEach((o, i) => {
    const column = columns[i];
    const at = `option ${i} (${o.name})`;
    const order: Element[] = [];
    const nameHeading = column.querySelector('h3[part=option-name]')!;
    order.push(nameHeading);
    const link = nameHeading.querySelector('a[part=option-link]');
    if (o.url && isHttp(o.url)) {
      expect(link, `${at} name links`).to.exist;
      expect(link!.getAttribute('href')).to.equal(new URL(o.url, document.baseURI).href);
      expect(link!.textContent).to.equal(o.name);
    } else expectNone(link, `${at} name is not a link`);

    const kind = column.querySelector('[part=kind]');
    if (o.kind) expect(kind?.textContent, `${at} kind`).to.equal(o.kind);
    else expectNone(kind, `${at} no kind`);

    // The badge: on the winner only, in words (not by colour alone).
    const badges = column.querySelectorAll('[part=badge]');
    const isPick = o === pick;
    expect(badges.length, `${at} badges`).to.equal(isPick ? 1 : 0);
    expect(column.getAttribute('part')!.split(' ').includes('option-pick'), `${at} option-pick`).to.equal(isPick);
    if (isPick) {
      expect(badges[0].textContent, `${at} badge text`).to.equal(labels.pick);
      expect(visible(badges[0]), 'badge is visible').to.be.true;
      order.push(badges[0]);
    }

    const summary = column.querySelector('[part=summary]');
    if (o.summary) {
      expect(summary?.textContent, `${at} summary`).to.equal(o.summary);
      order.push(summary!);
    } else expectNone(summary, `${at} no summary`);

    for (const [kindOf, marker] of [
      ['pro', '+'],
      ['con', '−'],
    ] as const) {
      const items: string[] = o[`${kindOf}s`];
      const heading = column.querySelector(`h4[part=${kindOf}s-heading]`);
      const list = column.querySelector(`ul[part=${kindOf}s]`);
      if (items.length) {
        expect(heading?.textContent, `${at} ${kindOf}s heading`).to.equal(labels[`${kindOf}s`]);
        const lis = $$(list!, `:scope > li[part=${kindOf}]`);
        expect(lis.map(ownText), `${at} ${kindOf}s, exactly as given`).to.deep.equal(items);
        for (const li of lis) {
          const m = li.querySelector('[part$=marker]')!;
          expect(m.textContent).to.equal(marker);
          expect(m.getAttribute('aria-hidden')).to.equal('true');
        }
        order.push(heading!, list!);
        if (kindOf == 'pro') {
          const related = column.querySelector('[part=related]');
          if (related) order.push(related);
        }
      } else {
        expectNone(heading, `${at} no ${kindOf}s heading`);
        expectNone(list, `${at} no ${kindOf}s list`);
      }
    }

    // Related tags, in order; a tag with an http(s) url is a link.
    const related = column.querySelector('[part=related]');
    const tags: Json[] = o.related ?? [];
    if (tags.length) {
      expect(related, `${at} related`).to.exist;
      const label = related!.querySelector(':scope > span')!;
      expect(label.textContent, `${at} related label`).to.equal(labels.relatedTo);
      const ul = related!.querySelector('ul')!;
      expectSame(el.shadowRoot!.getElementById(ul.getAttribute('aria-labelledby')!), label, 'the tags are named by the label');
      const shown = $$(ul, ':scope > li > [part=tag]');
      expect(shown.map((t) => t.textContent), `${at} related tags`).to.deep.equal(
        tags.map((t) => (typeof t == 'string' ? t : t.label)),
      );
      tags.forEach((t, j) => {
        const url = typeof t == 'string' ? undefined : t.url;
        if (url && isHttp(url)) {
          expect(shown[j].tagName, `${at} tag ${j} links`).to.equal('A');
          expect(shown[j].getAttribute('href')).to.equal(new URL(url, document.baseURI).href);
        } else expect(shown[j].tagName, `${at} tag ${j} is text`).to.equal('SPAN');
      });
    } else expectNone(related, `${at} no related`);

    expectInOrder(order, `${at} reads like the page`);
  });

  // Verdict: one paragraph per string.
  const text = json.verdict?.text;
  const paragraphs: string[] = typeof text == 'string' ? [text] : (text ?? []);
  if (paragraphs.length) {
    const section = present('section[part=verdict]', 'verdict');
    expect(section.querySelector('h3')!.textContent).to.equal(labels.verdict);
    expect($$(section, ':scope > p').map((p) => p.textContent)).to.deep.equal(paragraphs);
  } else expectNone($(el, '[part=verdict]'), 'no verdict');

  // Bottom line: as given, or "NAME wins" when there is a pick; then the reason.
  const bottomLine = json.verdict?.bottomLine || (pick && `${pick.name} wins`);
  const reason = json.verdict?.reason;
  if (bottomLine || reason) {
    const section = present('section[part=bottom-line]', 'bottom line');
    expect(norm(ownText(section.querySelector('h3')!))).to.equal(labels.bottomLine);
    expect($$(section, ':scope > p').map((p) => p.textContent)).to.deep.equal(
      [bottomLine, reason].filter(Boolean),
    );
    if (bottomLine) expect(section.querySelector('[part=winner]')!.textContent).to.equal(bottomLine);
  } else expectNone($(el, '[part=bottom-line]'), 'no bottom line');

  // Contact: the prompt, then a mailto: link and/or the web link.
  if (json.contact) {
    const footer = present('footer[part=contact]', 'contact');
    const prompt = json.contact.prompt ?? DEFAULT_PROMPT;
    expect(norm(footer.textContent).startsWith(prompt), 'contact prompt').to.be.true;
    const expected = [
      ...(json.contact.email ? [{ text: json.contact.email, href: `mailto:${json.contact.email}` }] : []),
      ...(json.contact.url
        ? [{ text: json.contact.url, href: isHttp(json.contact.url) ? new URL(json.contact.url, document.baseURI).href : null }]
        : []),
    ];
    expect(
      $$(footer, '[part=contact-link]').map((a) => ({ text: a.textContent, href: a.getAttribute('href') })),
    ).to.deep.equal(expected);
  } else expectNone($(el, '[part=contact]'), 'no contact');

  // The page's order: label, title, intro, hero, columns, verdict, bottom line, contact.
  expectInOrder(inPageOrder, 'card order');
  expect(article.contains(inPageOrder[0])).to.be.true;
  const all = norm(article.textContent);
  expect(all).to.not.match(/\bundefined\b|\bnull\b/);
}

describe('card: every fixture', () => {
  for (const name of FIXTURES) {
    it(`${name}: shows every piece, in the page's order`, async () => {
      const json = await loadFixture(name);
      expectCardShows(await show(json), json);
    });

    it(`${name}: without a title, the title is the option names joined by " vs "`, async () => {
      const json = await loadFixture(name);
      delete json.title;
      const el = await show(json);
      expect($(el, 'h2[part=title]')!.textContent).to.equal(json.options.map((o: Json) => o.name).join(' vs '));
      expectCardShows(el, json);
    });

    it(`${name}: without a pick (absent or null) there is no hero, badge or "wins" line`, async () => {
      for (const pick of [undefined, null]) {
        const json = await loadFixture(name);
        if (pick === undefined) delete json.pick;
        else json.pick = pick;
        if (json.verdict) delete json.verdict.bottomLine;
        const el = await show(json);
        expectNone($(el, '[part=hero]'), 'hero');
        expectNone($(el, '[part=badge]'), 'badge');
        expectNone($(el, '[part~=option-pick]'), 'option-pick');
        expectNone($(el, '[part=winner]'), 'winner line');
        const text = norm($(el, 'article')!.textContent);
        for (const o of json.options) expect(text).to.not.contain(`${o.name} wins`);
        expectCardShows(el, json);
      }
    });
  }

  it('a bottom line given in the data is shown as given, over the default', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    json.verdict.bottomLine = 'Either one, really';
    const el = await show(json);
    expect($(el, '[part=winner]')!.textContent).to.equal('Either one, really');
    expectCardShows(el, json);
  });

  it('contact with a url only links the url; with neither prompt given, the default prompt shows', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    json.contact = { url: 'https://example.com/feedback' };
    const el = await show(json);
    const footer = $(el, '[part=contact]')!;
    expect(norm(footer.textContent)).to.equal(`${DEFAULT_PROMPT} https://example.com/feedback`);
    expectCardShows(el, json);
  });

  it('contact with both an e-mail and a url shows them as two separate links', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    json.contact = { email: 'nice@nicepick.dev', url: 'https://example.com/feedback' };
    const el = await show(json);
    expectCardShows(el, json);
    // What a reader sees (innerText follows the rendering): the two addresses must not run together.
    const seen = norm($(el, '[part=contact]')!.innerText);
    expect(seen, 'the e-mail and the url are separate words').to.not.contain('nice@nicepick.devhttps://');
    expect(seen.split(' ')).to.include.members(['nice@nicepick.dev', 'https://example.com/feedback']);
  });
});

describe('card: the seed page text', () => {
  it('every line of the nicepick.dev page is visible in the gpu-vs-tpu card, in order', async () => {
    const [json, seed] = await Promise.all([
      loadFixture('gpu-vs-tpu.json'),
      fetch('/test/data/gpu-training-vs-tpu-training.txt').then((r) => r.text()),
    ]);
    const el = await show(json);
    const relatedTo = json.labels?.relatedTo ?? ENGLISH.relatedTo;
    // The 🧊 and the list markers are decoration (aria-hidden "+"/"−" in the card).
    const clean = (s: string) => norm(s.replace(/🧊/gu, ' '));
    const card = clean(visibleText(el.shadowRoot!));
    const lines = seed
      .split('\n')
      .map((line) => clean(line.replace(/^\s*•\s*/u, '').replace(/^[+\-−]\s*/u, '')))
      .filter(Boolean)
      // The page's "Related to: a, b" line is the card's related tags: a label, then the tags.
      .map((line) => (line.startsWith(relatedTo) ? line.replace(/,\s*/g, ' ') : line));
    expect(lines.length).to.be.greaterThan(20);
    let from = 0;
    for (const line of lines) {
      const at = card.indexOf(line, from);
      expect(at, `"${line}" is shown after position ${from} of: ${card.slice(from, from + 200)}…`).to.be.at.least(0);
      from = at + line.length;
    }
  });
});

describe('card: absent sections', () => {
  const minimal = () => ({
    options: [
      { name: 'Alpha', pros: ['fast'], cons: ['loud'] },
      { name: 'Beta', pros: ['quiet'], cons: ['slow'] },
    ],
  });

  it('a minimal comparison renders only the title and the columns', async () => {
    const el = await show(minimal());
    for (const part of [
      'label', 'intro', 'hero', 'badge', 'kind', 'summary', 'related', 'verdict', 'bottom-line', 'contact', 'tag',
      'option-link', 'winner',
    ]) {
      expectNone($(el, `[part~="${part}"]`), part);
    }
    expectNone($(el, '[part=meta]'), 'no empty meta line');
    expect($(el, 'h2')!.textContent).to.equal('Alpha vs Beta');
    const text = $(el, 'article')!.textContent!;
    expect(text).to.not.match(/undefined|null/);
    expectCardShows(el, minimal());
  });

  it('an empty pros or cons array gives no heading and no list', async () => {
    const json: Json = minimal();
    json.options[0].pros = [];
    json.options[1].cons = [];
    const el = await show(json);
    const [first, second] = $$(el.shadowRoot!, '[part~=option]');
    expectNone(first.querySelector('[part=pros-heading]'), 'no Pros heading');
    expectNone(first.querySelector('[part=pros]'));
    expect(norm(first.textContent)).to.not.contain(ENGLISH.pros);
    expect(first.querySelector('[part=cons-heading]')!.textContent).to.equal(ENGLISH.cons);
    expectNone(second.querySelector('[part=cons-heading]'), 'no Cons heading');
    expectNone(second.querySelector('[part=cons]'));
    expect(second.querySelector('[part=pros-heading]')!.textContent).to.equal(ENGLISH.pros);
    expectCardShows(el, json);
  });
});

describe('card: labels and right-to-left', () => {
  it('the Arabic fixture shows its own labels and no English ones', async () => {
    const json = await loadFixture('example-arabic.json');
    const el = await show(json);
    const { labels } = json;
    expect($(el, '[part=pros-heading]')!.textContent).to.equal(labels.pros);
    expect($(el, '[part=cons-heading]')!.textContent).to.equal(labels.cons);
    expect($(el, '[part=badge]')!.textContent).to.equal(labels.pick);
    expect(norm(ownText($(el, '[part=hero-mark]')!))).to.equal(labels.pick);
    expect($(el, '[part=related] > span')!.textContent).to.equal(labels.relatedTo);
    expect($(el, '[part=verdict] h3')!.textContent).to.equal(labels.verdict);
    expect(norm(ownText($(el, '[part=bottom-line] h3')!))).to.equal(labels.bottomLine);
    const text = $(el, 'article')!.textContent!;
    for (const english of [...Object.values(ENGLISH), DEFAULT_PROMPT, ' wins']) {
      expect(text, `no "${english}"`).to.not.contain(english);
    }
    expectCardShows(el, json);
  });

  it('the Arabic card is lang="ar" dir="rtl" and its first column is on the right', async () => {
    const json = await loadFixture('example-arabic.json');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:900px"><nice-pick .data=${json}></nice-pick></div>`,
    );
    const el = wrapper.querySelector('nice-pick')!;
    await el.updateComplete;
    const article = $(el, 'article')!;
    expect(article.getAttribute('lang')).to.equal(json.lang);
    expect(article.getAttribute('dir')).to.equal(json.dir);
    expect(getComputedStyle(article).direction).to.equal('rtl');
    const [first, second] = $$(el.shadowRoot!, '[part~=option]').map((c) => c.getBoundingClientRect());
    expect(Math.abs(first.top - second.top), 'side by side').to.be.below(1);
    expect(first.left, 'first column right of the second').to.be.at.least(second.right);
  });

  it('a left-to-right card has its first column on the left', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:900px"><nice-pick .data=${json}></nice-pick></div>`,
    );
    const el = wrapper.querySelector('nice-pick')!;
    await el.updateComplete;
    const article = $(el, 'article')!;
    expect(article.hasAttribute('dir'), 'no dir when the data has none').to.be.false;
    expect(article.hasAttribute('lang'), 'no lang when the data has none').to.be.false;
    const [first, second] = $$(el.shadowRoot!, '[part~=option]').map((c) => c.getBoundingClientRect());
    expect(Math.abs(first.top - second.top), 'side by side').to.be.below(1);
    expect(first.right).to.be.at.most(second.left);
  });
});

describe('card: unsafe URLs are not linked', () => {
  const original = console.warn;
  let warnings: string[];
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });

  const BAD = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'ftp://x',
  ];
  const PATHS = ['options[0].url', 'options[1].related[1].url', 'contact.url'];

  const withUrl = async (url: string): Promise<Json> => {
    const json = await loadFixture('gpu-vs-tpu.json');
    json.options[0].url = url;
    json.options[1].related = ['tensorflow', { label: 'PyTorch docs', url }, 'pytorch'];
    json.contact = { prompt: 'Tell us', email: 'nice@nicepick.dev', url };
    return json;
  };

  const expectOnlySafeLinks = (el: NicePick) => {
    for (const a of $$(el.shadowRoot!, 'a')) {
      const href = a.getAttribute('href')!;
      expect(['http:', 'https:', 'mailto:'], `href ${JSON.stringify(href)}`).to.include(
        new URL(href, document.baseURI).protocol,
      );
    }
  };

  for (const url of BAD) {
    it(`${JSON.stringify(url)} is shown as text, with a warning naming the path`, async () => {
      const json = await withUrl(url);
      const el = await show(json);
      expectOnlySafeLinks(el);
      expectNone($(el, '[part=option-link]'), 'option name not linked');
      expect(norm($(el, '[part~=option] h3')!.textContent)).to.equal(json.options[0].name);
      const tag = $$(el.shadowRoot!, '[part~=option]')[1].querySelectorAll('[part=tag]')[1];
      expect(tag.tagName).to.equal('SPAN');
      expect(tag.textContent).to.equal('PyTorch docs');
      const contactLinks = $$(el.shadowRoot!, '[part=contact] [part=contact-link]');
      expect(contactLinks.map((l) => l.tagName)).to.deep.equal(['A', 'SPAN']);
      expect(contactLinks[0].getAttribute('href')).to.equal('mailto:nice@nicepick.dev');
      expect(contactLinks[1].textContent, 'the url still shows as text').to.equal(url);
      for (const path of PATHS) {
        expect(
          warnings.some((w) => w.includes(path)),
          `console.warn names ${path}: ${JSON.stringify(warnings)}`,
        ).to.be.true;
      }
      // The rest of the card is all there.
      expectCardShows(el, json);
    });
  }

  it('a relative URL resolves against the page and is linked as http(s)', async () => {
    const json = await withUrl('/docs/a');
    const el = await show(json);
    expectOnlySafeLinks(el);
    const expected = new URL('/docs/a', document.baseURI).href;
    expect($(el, '[part=option-link]')!.getAttribute('href')).to.equal(expected);
    expect($$(el.shadowRoot!, '[part~=option]')[1].querySelectorAll('a[part=tag]')[0].getAttribute('href')).to.equal(expected);
    expect($$(el.shadowRoot!, 'a[part=contact-link]').map((a) => a.getAttribute('href'))).to.deep.equal([
      'mailto:nice@nicepick.dev',
      expected,
    ]);
    expect(warnings.filter((w) => PATHS.some((p) => w.includes(p))), 'no warning').to.deep.equal([]);
    expectCardShows(el, json);
  });
});

describe('card: text only, never markup', () => {
  afterEach(() => {
    delete (window as Json).__pwned;
  });

  it('markup in the data is shown as literal text and never runs', async () => {
    const json = markupInData;
    const el = await show(json);
    await imageFailed('x'); // an <img src=x> in the card would have failed, and run its onerror, by now
    expect(el.shadowRoot!.querySelectorAll('img, b').length, 'no img or b elements').to.equal(0);
    expect((window as Json).__pwned).to.be.undefined;
    expect($(el, '[part=label]')!.textContent).to.equal(img);
    expect($(el, '[part=title]')!.textContent).to.equal(json.title);
    expect($(el, '[part=intro]')!.textContent).to.equal(json.intro);
    expect($(el, '[part=hero-name]')!.textContent).to.equal(img);
    expect(norm(ownText($(el, '[part=contact]')!))).to.equal(`${img} https://example.com/feedback`);
    expectCardShows(el, json);
  });
});

describe('card: headings and lists', () => {
  it('title h2, option names h3, Pros/Cons h4, verdict and bottom line h3; lists are ul/li', async () => {
    const json = await loadFixture('gpu-vs-tpu.json');
    const el = await show(json);
    const root = el.shadowRoot!;
    const article = $(el, 'article')!;
    const h2s = $$(root, 'h2');
    expect(h2s.map((h) => h.textContent)).to.deep.equal([json.title]);
    // The article is named by its title.
    const labelledBy = article.getAttribute('aria-labelledby')!;
    expect(labelledBy).to.be.a('string').and.not.empty;
    expectSame(root.getElementById(labelledBy), h2s[0], 'aria-labelledby names the h2');
    expect(root.querySelectorAll(`[id="${labelledBy}"]`).length, 'the id is unique').to.equal(1);

    const optionNames = $$(root, '[part~=option] > h3').map((h) => norm(h.textContent));
    expect(optionNames).to.deep.equal(json.options.map((o: Json) => o.name));
    for (const column of $$(root, '[part~=option]')) {
      expect($$(column, 'h4').map((h) => h.textContent)).to.deep.equal([ENGLISH.pros, ENGLISH.cons]);
      for (const list of $$(column, '[part=pros], [part=cons], [part=related] ul')) {
        expect(list.tagName).to.equal('UL');
        expect([...list.children].every((c) => c.tagName == 'LI')).to.be.true;
      }
    }
    expect($(el, '[part=verdict] > h3')!.textContent).to.equal(ENGLISH.verdict);
    expect(norm(ownText($(el, '[part=bottom-line] > h3')!))).to.equal(ENGLISH.bottomLine);
    // Heading levels never skip: h2, then h3 and h4 only.
    const levels = $$(root, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
    expect(levels[0]).to.equal(2);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).to.be.at.most(1);
    // Sections open with their h3 but carry no name: a named section is a landmark, and a page
    // with many cards would repeat "The Verdict" in its landmark list once per card.
    for (const section of $$(root, 'section')) {
      expect(section.firstElementChild?.tagName, `${section.getAttribute('part')} opens with its heading`).to.equal('H3');
      expect(section.hasAttribute('aria-labelledby') || section.hasAttribute('aria-label'), 'unnamed section').to.equal(false);
    }
  });
});
