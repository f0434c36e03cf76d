import { css } from 'lit';

// Every colour has a light and a dark value; `color-scheme` on :host picks one (the `theme`
// attribute forces it). Defaults meet WCAG 2.2 AA in both schemes (test/styling.test.ts checks).
export const styles = css`
  :host {
    --_accent: var(--nice-pick-accent, light-dark(#0969da, #4493f8));
    --_on-accent: var(--nice-pick-on-accent, light-dark(#fff, #0d1117));
    --_bg: var(--nice-pick-background, light-dark(#fff, #0d1117));
    --_surface: var(--nice-pick-surface, light-dark(#f6f8fa, #161b22));
    --_text: var(--nice-pick-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--nice-pick-muted, light-dark(#59636e, #9198a1));
    --_border: var(--nice-pick-border, light-dark(#818b98, #656c76));
    --_pro: var(--nice-pick-pro, light-dark(#1a7f37, #3fb950));
    --_con: var(--nice-pick-con, light-dark(#cf222e, #f85149));
    --_radius: var(--nice-pick-radius, 0.75rem);
    --_space: var(--nice-pick-spacing, 1rem);
    display: block;
    container-type: inline-size;
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
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
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-family: var(--nice-pick-font, inherit);
    line-height: 1.5;
    overflow-wrap: anywhere;
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
    margin-block-start: var(--_space);
  }
  a {
    color: var(--_accent);
  }
  /* Links are targets at least 24px tall (WCAG 2.2, 2.5.8): tag chips sit too close together
     for the spacing exception. Unlinked tags match them. */
  a,
  [part=tag] {
    display: inline-block;
    min-block-size: 24px;
  }
  [part=label],
  .meta,
  [part=related],
  [part=contact] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part=label] {
    text-transform: uppercase;
    font-weight: 600;
  }
  [part=intro] {
    color: var(--_muted);
  }
  [part=hero] {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
  }
  [part=hero-mark],
  [part=winner] {
    font-weight: 700;
  }
  [part=hero-name] {
    font-size: 1.3em;
    font-weight: 700;
  }
  .options {
    display: grid;
    gap: var(--_space);
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
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    break-inside: avoid;
  }
  [part~=option-pick] {
    border: 2px solid var(--_accent);
  }
  .meta {
    margin-block-start: 0.25rem;
  }
  [part=badge] {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 1em;
    /* Forced colours drop the background: the transparent border then shows as the outline. */
    border: 1px solid transparent;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.875em;
    font-weight: 700;
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
  li[part] + li {
    margin-block-start: 0.5em;
  }
  [part~=option] > ul {
    margin-block-start: 0.5em;
  }
  .marker {
    flex: none;
    font-weight: 700;
  }
  [part=pro] > .marker {
    color: var(--_pro);
  }
  [part=con] > .marker {
    color: var(--_con);
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
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }
  [part=bottom-line] {
    padding: var(--_space);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  section > * + * {
    margin-block-start: 0.5em;
  }
  [part=winner] {
    color: var(--_accent);
    font-size: 1.2em;
  }
  [part~=loading] {
    min-block-size: 24rem;
    color: var(--_muted);
  }
  [part~=error] {
    border-color: var(--_con);
  }
  @media print {
    /* Paper is light whatever the theme; links show where they lead. */
    :host,
    :host([theme]) {
      color-scheme: light;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
