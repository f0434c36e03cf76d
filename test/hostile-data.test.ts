// Hostile data in every field, in every engine: HTML and script injection vectors and the
// Big List of Naughty Strings in every string field of the format, hostile URLs in every URL field.
// What a reader must get: nothing runs, no element or attribute comes from the data, no link other
// than http:, https: or mailto:, and every string shows exactly as given.
//
// How: every string goes into every string field, card after card (a rotation, so a few hundred
// cards on one element rather than one card per string and field). The same card is also rendered
// with a unique token in place of each string (the template's own output): the hostile card must
// have the same nodes, elements and attributes, and each of its text nodes must be the token
// card's with each token replaced by its string.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { NicePick } from '../src/index.js';
import { imageFailed, nextFrame } from './support/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

// Never hand a shadow-DOM element to a failing chai assertion (serializing it hangs the runner):
// everything below compares strings, numbers and booleans.

const CANARY = '__nicePickPwned';
const run = `window.${CANARY}=1`;
/** A path that logs a request if anything from the data ever loads it (none should). */
const beacon = '/__test__/np-canary';

/** Markup and script vectors: each sets the canary (or loads the beacon) if it ever becomes markup. */
const INJECTION = [
  `<img src=${beacon}/img onerror="${run}">`,
  `<img src="x" onerror="${run}" />`,
  `<script>${run}</script>`,
  `<script src="${beacon}/script"></script>`,
  `</script><script>${run}</script>`,
  `<svg onload="${run}"></svg>`,
  `<svg><script>${run}</script></svg>`,
  `"><img src=x onerror=${run}>`,
  `'><img src=x onerror=${run}>`,
  `</p></h2></header></article><img src=x onerror=${run}>`,
  `</template><img src=x onerror=${run}>`,
  `<template shadowrootmode="open"><img src=x onerror=${run}></template>`,
  `<iframe src="javascript:parent.${CANARY}=1"></iframe>`,
  `<iframe srcdoc="<script>parent.${CANARY}=1</script>"></iframe>`,
  `<object data="${beacon}/object"></object>`,
  `<embed src="${beacon}/embed">`,
  `<details open ontoggle="${run}"><summary>x</summary></details>`,
  `<video><source onerror="${run}"></video>`,
  `<audio src=x onerror="${run}"></audio>`,
  `<body onload="${run}">`,
  `<input autofocus onfocus="${run}">`,
  `<a href="javascript:${run}">click</a>`,
  `<form action="javascript:${run}"><button>go</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
  `<style>@import "${beacon}/css";</style>`,
  `<style>*{display:none!important}</style>`,
  `<link rel=stylesheet href="${beacon}/link">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  `<base href="https://evil.example/">`,
  `<slot></slot>`,
  `<nice-pick src="${beacon}/nested"></nice-pick>`,
  `<!--`,
  `-->`,
  `<!--?lit$123456789$-->`,
  `<?lit$123456789$>`,
  `lit$123456789$`,
  `\${${run}}`,
  `{{constructor.constructor('${run}')()}}`,
  `<%= 7*7 %>`,
  `&lt;script&gt;${run}&lt;/script&gt;`,
  `&#60;img src=x onerror=${run}&#62;`,
  `&amp; &nbsp; &#0; &#x1F9CA;`,
  `javascript:${run}`,
  `data:text/html,<script>${run}</script>`,
  `\u2028\u2029`,
  `\u202Eevil\u202C`,
  `\u0000 NUL and \u001F unit separator`,
  `\uD800 lone surrogate \uDFFF`,
  `$& $1 $\` $' {name}`,
  `__proto__`,
  `constructor`,
  'x'.repeat(300),
];

/** The Big List of Naughty Strings (node_modules/big-list-of-naughty-strings/blns.json), fetched before the tests. */
const NAUGHTY: string[] = [];

/** Window functions a naughty string may call: each sets the canary instead. */
const TRAPPED = ['alert', 'confirm', 'prompt', 'print'] as const;

// ------------------------------------------------------------------------------------------ URLs

/** Every control character and the space, each alone before the scheme. */
const C0 = Array.from({ length: 33 }, (_, i) => String.fromCharCode(i));

/** URLs that must never become links: script and data schemes however disguised, other schemes. */
const DANGEROUS = [
  `javascript:${run}`,
  `JaVaScRiPt:${run}`,
  `JAVASCRIPT:${run}`,
  ...C0.map((c) => `${c}javascript:${run}`),
  ...C0.map((c) => `${c}${c}JavaScript:${run}`),
  ` \t\n\r\f\v javascript:${run}`,
  `java\tscript:${run}`,
  `java\nscript:${run}`,
  `java\rscript:${run}`,
  `j\ta\nv\ra\tscript:${run}`,
  `javascript\t:${run}`,
  `javascript:\u2028${run}`,
  `javascript://%0A${run}`,
  `javascript://example.com/%0a${run}`,
  `javascript:void(0)`,
  `data:text/html,<script>${run}</script>`,
  `DaTa:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19uaWNlUGlja1B3bmVkPTE8L3NjcmlwdD4=`,
  ` data:image/svg+xml,<svg onload="${run}"/>`,
  `\u0000data:text/html,x`,
  `d\ta\nta:text/html,x`,
  `vbscript:msgbox(1)`,
  `VbScRiPt:msgbox(1)`,
  `\tvbscript:msgbox(1)`,
  `blob:https://example.com/0b5e7e1e-0000-0000-0000-000000000000`,
  `file:///etc/passwd`,
  `ftp://example.com/`,
  `about:blank`,
  `view-source:https://example.com/`,
  `ws://example.com/`,
  `intent://example.com#Intent;scheme=https;end`,
  `https:javascript:alert(1)`,
  `http://[::1`,
];

/**
 * Tricks that are not a script scheme to the URL parser (entities and percent-escapes are not
 * decoded in a scheme; a non-ASCII or NUL character ends it): relative URLs, so http(s) links on
 * the page's own origin, which are harmless. Likewise protocol-relative and backslash URLs.
 */
const HARMLESS = [
  `&#106;avascript:${run}`,
  `&#x6A;avascript:${run}`,
  `javascript&colon;${run}`,
  `jav&#x09;ascript:${run}`,
  `%6A%61%76%61%73%63%72%69%70%74:${run}`,
  `javascript%3A${run}`,
  `\u00A0javascript:${run}`,
  `\u2028javascript:${run}`,
  `\uFEFFjavascript:${run}`,
  `ｊａｖａｓｃｒｉｐｔ:${run}`,
  `java\u0000script:${run}`,
  `//evil.example/path`,
  `\\\\evil.example\\path`,
  `https://example.com/"><img src=x onerror="${run}">`,
  `HTTPS://EXAMPLE.COM/UPPER`,
  ` https://example.com/leading-space`,
  `\thttps://example.com/leading-tab`,
  `https://example.com/\u0000nul`,
  `mailto:someone@example.com`,
];

const walkerFilter = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT;
/** The attributes whose values come from the data by design: compared on their own. */
const DATA_ATTRIBUTES = new Set(['lang', 'href']);

type Row = { kind: 'element' | 'text' | 'comment'; value: string; node: Node };

/** Every node of the shadow root in document order: elements as tag and attributes, text, comments. */
function rows(root: ShadowRoot): Row[] {
  const out: Row[] = [];
  const walker = document.createTreeWalker(root, walkerFilter);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      const attributes = [...node.attributes]
        .map((a) => (DATA_ATTRIBUTES.has(a.name) ? a.name : `${a.name}=${JSON.stringify(a.value)}`))
        .sort();
      out.push({ kind: 'element', value: `<${node.localName} ${attributes.join(' ')}>`, node });
    } else out.push({ kind: node.nodeType === Node.TEXT_NODE ? 'text' : 'comment', value: (node as CharacterData).data, node });
  }
  return out;
}

const TOKEN = /\uE000(\d+)\uE001/g;
const token = (i: number) => `\uE000${i}\uE001`;

/**
 * A comparison of 4 options with every string field filled by `value(path)`, in a fixed order.
 * Variant "full" has every field; "defaults" leaves out the title, the bottom line and the contact
 * prompt, so the card shows the names joined by " vs ", the `wins` label and the `disagree` label
 * instead, and gives the verdict as one string. URLs are safe here (the URL fields have their own test).
 */
function comparison(variant: 'full' | 'defaults', value: (path: string, nonEmpty?: boolean) => string): Json {
  const full = variant === 'full';
  const data: Json = { $schema: value('$schema'), label: value('label') };
  if (full) data.title = value('title');
  data.intro = value('intro');
  data.lang = value('lang');
  data.options = [0, 1, 2, 3].map((i) => {
    const at = `options[${i}]`;
    return {
      id: value(`${at}.id`),
      name: value(`${at}.name`, true),
      kind: value(`${at}.kind`),
      summary: value(`${at}.summary`),
      pros: [value(`${at}.pros[0]`), value(`${at}.pros[1]`)],
      cons: [value(`${at}.cons[0]`), value(`${at}.cons[1]`)],
      related: [value(`${at}.related[0]`), { label: value(`${at}.related[1].label`, true), url: `https://example.com/related/${i}` }],
      ...(i === 0 && { url: 'https://example.com/option' }),
    };
  });
  data.pick = data.options[full ? 0 : 1].id;
  data.verdict = full
    ? { text: [value('verdict.text[0]'), value('verdict.text[1]')], bottomLine: value('verdict.bottomLine'), reason: value('verdict.reason') }
    : { text: value('verdict.text'), reason: value('verdict.reason') };
  data.contact = { ...(full && { prompt: value('contact.prompt') }), email: value('contact.email'), url: 'https://example.com/contact' };
  data.labels = {};
  for (const key of ['pick', 'pros', 'cons', 'relatedTo', 'verdict', 'bottomLine', 'wins', 'disagree']) {
    data.labels[key] = value(`labels.${key}`);
  }
  return data;
}

/** The paths `comparison(variant)` fills, in order, and which of them must not be empty. */
function slotsOf(variant: 'full' | 'defaults') {
  const paths: string[] = [];
  const nonEmpty: boolean[] = [];
  comparison(variant, (path, required) => {
    paths.push(path);
    nonEmpty.push(!!required);
    return 'x';
  });
  return { paths, nonEmpty };
}

/** A place on the page for the test's cards, with every `error` event inside them recorded. */
async function stage() {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px"></div>`);
  const errors: string[] = [];
  const loads = { count: 0 };
  const make = () => {
    const el = document.createElement('nice-pick') as NicePick;
    wrapper.append(el);
    el.shadowRoot!.addEventListener('error', (e) => errors.push(`error event on <${(e.target as Element).localName}>`), true);
    el.addEventListener('error', (e) => errors.push(`the card failed: ${(e as ErrorEvent).message}`));
    el.addEventListener('load', () => loads.count++);
    return el;
  };
  return { wrapper, errors, loads, make };
}

/**
 * Waits for anything a vector could have started, by starting the same kinds of thing after it
 * and waiting for them: an image that fails to load (its error event), a frame's script that runs,
 * then a rendered frame. Not a sleep: a vector begun before these is done by the time they are.
 * The control image is not in the page, so its error never reaches the window's listener.
 */
async function settle() {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  const ran = new Promise<void>((resolve) => {
    const heard = (event: MessageEvent) => {
      if (event.data !== 'nice-pick-control' || event.source !== frame.contentWindow) return;
      window.removeEventListener('message', heard);
      resolve();
    };
    window.addEventListener('message', heard);
  });
  frame.srcdoc = `<script>parent.postMessage('nice-pick-control', '*')</${'script'}>`;
  document.body.append(frame);
  try {
    await Promise.all([imageFailed('/__test__/status/204?control'), ran]);
  } finally {
    frame.remove();
  }
  await nextFrame();
}

describe('hostile data: every string field, every engine', function () {
  this.timeout(60000);
  const saved: Partial<Record<(typeof TRAPPED)[number], unknown>> = {};
  let trapped: string[];
  let errorsOnWindow: string[];
  // A script error, or a failed resource outside the cards (the card's own `error` event is checked apart).
  const onWindowError = (e: Event) => {
    const target = e.target as Element | Window;
    if (target instanceof Element && target.localName === 'nice-pick') return;
    errorsOnWindow.push(`${e.type} on ${target instanceof Element ? `<${target.localName}>` : 'window'}: ${(e as ErrorEvent).message}`);
  };
  let warn: typeof console.warn;
  let warnings: string[];

  before(async () => {
    const response = await fetch('/node_modules/big-list-of-naughty-strings/blns.json');
    expect(response.ok, 'the BLNS data file is served').to.be.true;
    NAUGHTY.push(...((await response.json()) as string[]));
  });

  beforeEach(() => {
    delete (window as Json)[CANARY];
    trapped = [];
    errorsOnWindow = [];
    for (const name of TRAPPED) {
      saved[name] = window[name];
      (window as Json)[name] = (...args: unknown[]) => {
        trapped.push(`${name}(${args.map(String).join(', ')})`);
        (window as Json)[CANARY] = name;
      };
    }
    window.addEventListener('error', onWindowError, true);
    performance.clearResourceTimings();
    performance.setResourceTimingBufferSize(5000);
    // The card warns once for each URL it shows as text: collected, and checked where it matters.
    warnings = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });

  afterEach(() => {
    for (const name of TRAPPED) (window as Json)[name] = saved[name];
    window.removeEventListener('error', onWindowError, true);
    console.warn = warn;
  });

  /** Nothing ran, nothing loaded, nothing failed. */
  async function expectNothingHappened(what: string) {
    await settle();
    expect(String((window as Json)[CANARY]), `${what}: the canary stays unset`).to.equal('undefined');
    expect(trapped.join('\n'), `${what}: no alert(), confirm(), prompt() or print()`).to.equal('');
    expect(errorsOnWindow.join('\n'), `${what}: no error event reached the window`).to.equal('');
    const beacons = performance.getEntriesByType('resource').filter((entry) => entry.name.includes(beacon));
    expect(beacons.map((entry) => entry.name).join('\n'), `${what}: nothing from the data was fetched`).to.equal('');
  }

  it('the vectors are live: the same strings as markup do run and fetch (the control)', async () => {
    const control = await fixture<HTMLDivElement>(html`<div></div>`);
    let controlErrors = 0;
    control.addEventListener('error', () => controlErrors++, true);
    control.innerHTML = `${INJECTION[0]}${INJECTION[5]}`;
    await settle();
    expect(String((window as Json)[CANARY]), 'the canary set by markup').to.equal('1');
    expect(controlErrors, 'the failed <img> fired error').to.be.above(0);
    const beacons = performance.getEntriesByType('resource').filter((entry) => entry.name.includes(beacon));
    expect(beacons.length, 'the beacon request is seen').to.be.above(0);
  });

  for (const variant of ['full', 'defaults'] as const) {
    it(`${variant === 'full' ? 'every field given' : 'the defaults (title, wins, disagree) made from hostile strings'}: each string in each field, shown exactly, nothing from the data becomes markup`, async () => {
      const strings = [...new Set([...INJECTION, ...NAUGHTY])];
      const { paths, nonEmpty } = slotsOf(variant);
      expect(strings.length, 'more strings than fields (so the strings in one card are distinct)').to.be.above(paths.length);
      const { errors, loads, make } = await stage();
      const hostile = make();
      const tokens = make();
      const templateRows = new Map<string, Row[]>(); // by the set of empty fields: the token card's rows
      const tags = new Set<string>();
      const attributes = new Set<string>();
      const problems: string[] = [];
      const lang = paths.indexOf('lang');
      const wins = paths.indexOf('labels.wins');
      const pickName = paths.indexOf(`options[${variant === 'full' ? 0 : 1}].name`);

      for (let card = 0; card < strings.length && problems.length < 10; card++) {
        // Field k of card n gets string n + k: over all cards, every string goes into every field.
        const values = paths.map((_, k) => {
          const s = strings[(card + k) % strings.length];
          return s === '' && nonEmpty[k] ? 'name' : s; // names and tag labels must not be empty
        });
        const empty = values.map((v) => v === '');
        const key = empty.map(Number).join('');
        if (!templateRows.has(key)) {
          let k = 0;
          tokens.data = comparison(variant, () => (empty[k] ? (k++, '') : token(k++)));
          await tokens.updateComplete;
          const template = rows(tokens.shadowRoot!);
          for (const row of template) {
            if (row.kind !== 'element') continue;
            tags.add((row.node as Element).localName);
            for (const a of (row.node as Element).attributes) attributes.add(a.name);
          }
          templateRows.set(key, template);
        }
        let k = 0;
        hostile.data = comparison(variant, () => values[k++]);
        await hostile.updateComplete;

        const shown = rows(hostile.shadowRoot!);
        const template = templateRows.get(key)!;
        // What each token stands for on screen: its string; the `wins` label with {name} filled in.
        const expected = values.slice();
        expected[wins] = values[wins].replace('{name}', () => values[pickName]);
        const at = () => `card ${card} (${variant})`;
        if (shown.length !== template.length) {
          problems.push(`${at()}: ${shown.length} nodes, the template makes ${template.length}`);
          continue;
        }
        shown.forEach((row, i) => {
          const want = template[i];
          if (row.kind !== want.kind) problems.push(`${at()} node ${i}: a ${row.kind}, expected a ${want.kind}`);
          else if (row.kind === 'text') {
            const text = want.value.replace(TOKEN, (_, n) => expected[Number(n)]);
            if (row.value !== text) {
              problems.push(`${at()} text node ${i}: ${JSON.stringify(row.value).slice(0, 200)}, expected ${JSON.stringify(text).slice(0, 200)}`);
            }
          } else if (row.value !== want.value) {
            problems.push(`${at()} ${row.kind} ${i}: ${row.value.slice(0, 200)}, the template has ${want.value.slice(0, 200)}`);
          }
        });
        const article = hostile.shadowRoot!.querySelector('article');
        if (!article) problems.push(`${at()}: no card`);
        else if ((article.getAttribute('lang') ?? '') !== values[lang]) {
          problems.push(`${at()}: lang=${JSON.stringify(article.getAttribute('lang'))}, expected ${JSON.stringify(values[lang])}`);
        }
        for (const a of hostile.shadowRoot!.querySelectorAll('[href]')) {
          const href = a.getAttribute('href')!;
          const protocol = (a as HTMLAnchorElement).protocol;
          if (a.localName !== 'a' || !/^(https?:\/\/|mailto:)/.test(href) || !['http:', 'https:', 'mailto:'].includes(protocol)) {
            problems.push(`${at()}: <${a.localName} href=${JSON.stringify(href).slice(0, 200)}> (${protocol})`);
          }
        }
        for (const node of hostile.shadowRoot!.querySelectorAll('*')) {
          if (!tags.has(node.localName)) problems.push(`${at()}: <${node.localName}> is not the template's`);
          for (const a of node.attributes) if (!attributes.has(a.name)) problems.push(`${at()}: attribute ${a.name} is not the template's`);
        }
        if (hostile.children.length) problems.push(`${at()}: the host has light-DOM children`);
      }
      expect(problems.join('\n'), 'the hostile cards against the template').to.equal('');
      expect(errors.join('\n'), 'no error events').to.equal('');
      expect(loads.count, 'each card loaded (both elements)').to.equal(strings.length + templateRows.size);
      // The template's own elements and attributes, as a reader's browser sees them.
      expect([...tags].sort().join(' ')).to.equal('a article div footer h2 h3 h4 header li p section span ul');
      expect([...attributes].sort().join(' ')).to.equal('aria-hidden aria-labelledby aria-level class href id lang part role');
      expect(warnings.join('\n'), 'every URL was safe: no warnings').to.equal('');
      await expectNothingHappened(variant);
    });
  }

  it('URLs: javascript:, data:, vbscript: in every disguise, in every URL field, never a link; every href is http(s) or mailto', async () => {
    const urls = [...DANGEROUS, ...HARMLESS];
    const base = document.baseURI;
    /** The rule the README states, by this engine's own URL parser: http(s) is linked, all else is text. */
    const linked = (url: string) => {
      try {
        const parsed = new URL(url, base);
        return ['http:', 'https:'].includes(parsed.protocol) ? parsed.href : undefined;
      } catch {
        return undefined;
      }
    };
    const dangerousLinked = DANGEROUS.filter((url) => linked(url) !== undefined);
    expect(JSON.stringify(dangerousLinked), 'the parser itself sees none of DANGEROUS as http(s)').to.equal('[]');
    const harmlessDropped = HARMLESS.filter((url) => url !== 'mailto:someone@example.com' && linked(url) === undefined);
    expect(JSON.stringify(harmlessDropped), 'the parser sees each of HARMLESS as http(s)').to.equal('[]');

    const { errors, loads, make } = await stage();
    const el = make();
    const problems: string[] = [];
    let dropped = 0;
    const n = urls.length;
    for (let card = 0; card < n; card++) {
      const at = `card ${card}`;
      // Over all cards, every URL goes into every URL field: option url, related url, contact url and email.
      const optionUrls = [0, 1, 2, 3].map((i) => urls[(card + i) % n]);
      const tagUrls = [0, 1, 2, 3].map((i) => urls[(card + 4 + i) % n]);
      const contactUrl = urls[(card + 8) % n];
      const email = urls[(card + 9) % n];
      el.data = {
        options: optionUrls.map((url, i) => ({
          id: `o${i}`,
          name: `Option ${i}`,
          url,
          pros: [],
          cons: [],
          related: [{ label: `tag ${i}`, url: tagUrls[i] }],
        })),
        contact: { email, url: contactUrl },
      };
      await el.updateComplete;
      const root = el.shadowRoot!;
      for (const a of root.querySelectorAll('[href]')) {
        const href = a.getAttribute('href')!;
        const protocol = (a as HTMLAnchorElement).protocol;
        if (a.localName !== 'a' || !/^(https?:\/\/|mailto:)/.test(href) || !['http:', 'https:', 'mailto:'].includes(protocol)) {
          problems.push(`${at}: <${a.localName} href=${JSON.stringify(href)}> (${protocol})`);
        }
      }
      const check = (node: Element | null | undefined, url: string, text: string, what: string) => {
        const want = linked(url);
        if (!want) dropped++;
        if (!node) return problems.push(`${at} ${what}: missing`);
        const href = node.localName === 'a' ? node.getAttribute('href') : null;
        if ((href ?? undefined) !== want) {
          problems.push(`${at} ${what} ${JSON.stringify(url)}: href ${JSON.stringify(href)}, expected ${JSON.stringify(want ?? null)}`);
        }
        if (node.textContent !== text) problems.push(`${at} ${what}: text ${JSON.stringify(node.textContent)}, expected ${JSON.stringify(text)}`);
      };
      const names = [...root.querySelectorAll('[part=option-name]')];
      optionUrls.forEach((url, i) => {
        const link = names[i]?.querySelector('a[part=option-link]');
        check(link ?? names[i], url, link ? `Option ${i}` : names[i]?.textContent ?? '', `options[${i}].url`);
        if (!link && names[i]?.textContent?.trim() !== `Option ${i}`) problems.push(`${at}: option ${i} name ${JSON.stringify(names[i]?.textContent)}`);
      });
      const tags = [...root.querySelectorAll('[part=tag]')];
      tagUrls.forEach((url, i) => check(tags[i], url, `tag ${i}`, `options[${i}].related[0].url`));
      const contactLinks = [...root.querySelectorAll('[part=contact-link]')];
      const mail = contactLinks[0];
      if (mail?.localName !== 'a' || (mail as HTMLAnchorElement).protocol !== 'mailto:' || mail.textContent !== email) {
        problems.push(`${at} contact.email ${JSON.stringify(email)}: <${mail?.localName} href=${JSON.stringify(mail?.getAttribute('href'))}> ${JSON.stringify(mail?.textContent)}`);
      }
      check(contactLinks[1], contactUrl, contactUrl, 'contact.url');
      if (problems.length > 10) break;
    }
    expect(problems.join('\n'), 'links and texts').to.equal('');
    expect(errors.join('\n'), 'no error events').to.equal('');
    expect(loads.count, 'every card loaded').to.equal(n);
    // One warning, naming the field, for each URL shown as text.
    expect(warnings.length, 'one console warning per URL shown as text').to.equal(dropped);
    expect(warnings.every((w) => /^<nice-pick>: (options\[\d\]\.(url|related\[0\]\.url)|contact\.url): ".*" is shown as plain text/s.test(w)), warnings.find((w) => !/is shown as plain text/.test(w))).to.be.true;
    await expectNothingHappened('URLs');
  });

  it('the error state: hostile ids and pick quoted in the problem list, as text', async () => {
    const strings = [...new Set([...INJECTION, ...NAUGHTY])];
    const { errors, make } = await stage();
    const el = make();
    errors.length = 0; // every card here is invalid on purpose: its error events are expected
    const problems: string[] = [];
    let failed = 0;
    el.addEventListener('error', () => failed++);
    const quote = JSON.stringify;
    for (let card = 0; card * 5 < strings.length; card++) {
      const [pick, ...ids] = [0, 1, 2, 3, 4].map((i) => strings[(card * 5 + i) % strings.length]);
      el.data = { pick, options: ids.map((id, i) => ({ id, name: `Option ${i}`, pros: [], cons: [] })) };
      await el.updateComplete;
      const expected = `pick: ${quote(pick)} names no option; the option ids are ${ids.map((id) => quote(id)).join(', ')}`;
      const code = [...el.shadowRoot!.querySelectorAll('[part~=error] li > code')].map((c) => c.textContent);
      if (code.length !== 1 || code[0] !== expected) {
        problems.push(`card ${card}: ${quote(code).slice(0, 300)}, expected ${quote([expected]).slice(0, 300)}`);
      }
      const tags = [...el.shadowRoot!.querySelectorAll('*')].map((n) => `${n.localName}[${[...n.attributes].map((a) => a.name)}]`);
      if (tags.join(' ') !== 'div[part,role] p[] strong[] ul[] li[] code[]') problems.push(`card ${card}: ${tags.join(' ')}`);
    }
    expect(problems.join('\n')).to.equal('');
    expect(failed, 'an error event for each card').to.equal(Math.ceil(strings.length / 5));
    await expectNothingHappened('error state');
  });

  it('dir: only "ltr", "rtl" and "auto"; anything else is a problem, never an attribute', async () => {
    const { errors, make } = await stage();
    const el = make();
    const base: Json = { options: [{ name: 'A', pros: [], cons: [] }, { name: 'B', pros: [], cons: [] }] };
    for (const dir of ['ltr', 'rtl', 'auto']) {
      el.data = { ...base, dir };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('article')?.getAttribute('dir'), `dir ${dir}`).to.equal(dir);
    }
    expect(errors.join('\n')).to.equal('');
    for (const dir of ['RTL', ' rtl', 'rtl ', 'rtl" onclick="x', 'ltr\u0000', '', 'inherit', `<img src=x onerror=${run}>`]) {
      el.data = { ...base, dir };
      await el.updateComplete;
      const code = [...el.shadowRoot!.querySelectorAll('[part~=error] code')].map((c) => c.textContent).join(' | ');
      expect(code, `dir ${JSON.stringify(dir)}`).to.equal('dir: expected "ltr", "rtl" or "auto", got a string');
      expect(el.shadowRoot!.querySelector('[dir]') === null, `dir ${JSON.stringify(dir)}: no dir attribute`).to.be.true;
    }
    await expectNothingHappened('dir');
  });
});
