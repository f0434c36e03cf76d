// `css` marks the text for the build's template minifier (minify-literals looks for the tag's
// name); it is String.raw, so the value is the plain stylesheet text the element adopts.
const css = String.raw;

// Every colour has a light and a dark value; `color-scheme` on the card picks one (the `theme`
// attribute forces it). Defaults meet WCAG 2.2 AA in both schemes (test/styling.test.ts checks).
// Private tokens are one letter (bytes): --_a accent, --_o on accent, --_b background, --_s
// surface, --_t text, --_m muted, --_l lines (borders), --_p pro, --_c con, --_r radius, --_g gap.
export const styles = css`
  :host {
    --_a: var(--nice-pick-accent, light-dark(#0969da, #4493f8));
    --_o: var(--nice-pick-on-accent, light-dark(#fff, #0d1117));
    --_b: var(--nice-pick-background, light-dark(#fff, #0d1117));
    --_s: var(--nice-pick-surface, light-dark(#f6f8fa, #161b22));
    --_t: var(--nice-pick-text, light-dark(#1f2328, #e6edf3));
    --_m: var(--nice-pick-muted, light-dark(#59636e, #9198a1));
    --_l: var(--nice-pick-border, light-dark(#818b98, #656c76));
    --_p: var(--nice-pick-pro, light-dark(#1a7f37, #3fb950));
    --_c: var(--nice-pick-con, light-dark(#cf222e, #f85149));
    --_r: var(--nice-pick-radius, 0.75rem);
    --_g: var(--nice-pick-spacing, 1rem);
    display: block;
    container-type: inline-size;
  }
  /* The colour scheme is the card's, not the host's: the host keeps the page's, so the element
     can read it (nice-pick.ts _follow) and, in auto, take it when the page declares just one. */
  :host(:state(page)) [part~=card] {
    color-scheme: inherit;
  }
  :host([theme='light']) [part~=card] {
    color-scheme: light;
  }
  :host([theme='dark']) [part~=card] {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [part~=card] {
    max-inline-size: var(--nice-pick-max-width, none);
    /* Less padding in a narrow column (5% of the card's width), the full amount from 480px. */
    padding: min(var(--_g) * 1.5, 5cqi);
    border: 1px solid var(--_l);
    border-radius: var(--_r);
    background: var(--_b);
    color: var(--_t);
    font-family: var(--nice-pick-font, inherit);
    line-height: 1.5;
    overflow-wrap: anywhere;
    color-scheme: light dark;
    /* The page's typography stops here (a blog's justified, indented text; a sidebar's capitals):
       the card keeps only the page's font and size. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    text-shadow: none;
    word-break: normal;
    hyphens: manual;
    -webkit-text-fill-color: currentcolor;
  }
  h2,
  h3,
  h4,
  p,
  ul {
    margin: 0;
  }
  [part~=card] > * + *,
  [part~=option] > * + *,
  header > * + * {
    margin-block-start: var(--_g);
  }
  a {
    color: var(--_a);
  }
  /* Links are targets at least 24px tall (WCAG 2.2, 2.5.8): tag chips sit too close together
     for the spacing exception. Unlinked tags match them. */
  a,
  [part=tag] {
    display: inline-block;
    min-block-size: 24px;
  }
  [part=label],
  [part=meta],
  [part=related],
  [part=contact] {
    color: var(--_m);
    font-size: 0.875em;
  }
  [part=label] {
    text-transform: uppercase;
    font-weight: 600;
  }
  [part=intro] {
    color: var(--_m);
  }
  [part=hero],
  [part~=option],
  [part=bottom-line] {
    padding: var(--_g);
    border-radius: calc(var(--_r) / 2);
    background: var(--_s);
  }
  [part=hero] {
    border-inline-start: 4px solid var(--_a);
    background: color-mix(in srgb, var(--_a) 10%, var(--_b));
  }
  [part=hero-mark],
  [part=hero-name],
  [part=winner],
  [part$=marker],
  [part=badge] {
    font-weight: 700;
  }
  [part=hero-name] {
    font-size: 1.3em;
  }
  .options {
    display: grid;
    gap: var(--_g);
  }
  /* Columns follow the card's own width, not the viewport's. */
  @container (min-width: 34rem) {
    .n2,
    .n4 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 50rem) {
    .n3 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 64rem) {
    .n4 {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  [part~=option] {
    border: 1px solid var(--_l);
    border-radius: calc(var(--_r) / 1.5);
    break-inside: avoid;
  }
  [part~=option-pick] {
    border: 2px solid var(--_a);
  }
  [part=meta] {
    margin-block-start: 0.25rem;
  }
  [part=badge] {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: calc(var(--_r) * 2);
    /* Forced colours drop the background: the transparent border then shows as the outline. */
    border: 1px solid transparent;
    background: var(--_a);
    color: var(--_o);
    font-size: 0.875em;
    /* Printers drop backgrounds too: keep this one, or its light text vanishes on paper. */
    print-color-adjust: exact;
  }
  [part~=option] ul {
    padding: 0;
    list-style: none;
  }
  li[part] {
    display: flex;
    gap: 0.5em;
  }
  li[part] + li,
  [part~=option] > ul,
  section > * + * {
    margin-block-start: 0.5em;
  }
  [part$=marker] {
    flex: none;
  }
  [part=pro-marker] {
    color: var(--_p);
  }
  [part=con-marker] {
    color: var(--_c);
  }
  [part=related] ul {
    display: inline;
  }
  [part=related] li {
    display: inline-block;
    margin: 0.15em;
  }
  /* The chip is the tag itself, so ::part(tag) can restyle all of it. */
  [part=tag] {
    /* The line fills the 24px chip (less its border), so the text sits in its middle, not 1 to
       2px high over an empty strip at the bottom. */
    line-height: max(22px, 1.5em);
    padding: 0 0.5em;
    border: 1px solid var(--_l);
    border-radius: calc(var(--_r) * 2);
  }
  [part=winner] {
    color: var(--_a);
    font-size: 1.2em;
  }
  [part~=loading] {
    /* Cards are 50 to 80rem tall on a desktop: 50rem moves nothing below for most (bench/RESULTS.md). */
    min-block-size: var(--nice-pick-loading-height, 50rem);
    color: var(--_m);
  }
  [part~=error] {
    border-color: var(--_c);
  }
  /* "Try again": the card's own colours, so it meets contrast in both schemes in every engine. */
  button {
    min-block-size: 24px;
    margin-block-start: var(--_g);
    padding: 0.25em 0.75em;
    border: 1px solid var(--_l);
    border-radius: calc(var(--_r) / 2);
    background: var(--_s);
    color: var(--_t);
    font: inherit;
  }
  @media print {
    /* Paper is light whatever the theme; links show where they lead. */
    [part~=card] {
      color-scheme: light !important;
    }
    /* The contact's web link shows its URL already. */
    a[href^='http']:not([part=contact-link])::after {
      content: ' (' attr(href) ')';
    }
  }
`;
