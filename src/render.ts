// Render: one pure function per section of the card, data in, template out.
// Every string from the data goes through a text binding, never into markup.
import { html, nothing, type TemplateResult } from 'lit';
import type { CheckedComparison, CheckedOption, CheckedTag } from './comparison.js';
import type { NicePickErrorDetail } from './events.js';

type Section = TemplateResult | typeof nothing;

const link = (tag: CheckedTag, part: string): TemplateResult =>
  tag.url
    ? html`<a part=${part} href=${tag.url}>${tag.label}</a>`
    : html`<span part=${part}>${tag.label}</span>`;

const header = (c: CheckedComparison): Section => html`<header part="header">
  ${c.label ? html`<p part="label">${c.label}</p>` : nothing}
  <h2 part="title" id="title">${c.title}</h2>
  ${c.intro ? html`<p part="intro">${c.intro}</p>` : nothing}
</header>`;

const hero = (pick: CheckedOption | undefined, c: CheckedComparison): Section =>
  pick
    ? html`<div part="hero">
        <p part="hero-mark"><span aria-hidden="true">🧊</span> ${c.labels.pick}</p>
        <p part="hero-name">${pick.name}</p>
        ${pick.summary ? html`<p part="hero-summary">${pick.summary}</p>` : nothing}
      </div>`
    : nothing;

const list = (items: string[], heading: string, kind: 'pro' | 'con', marker: string): Section =>
  items.length
    ? html`<h4 part="${kind}s-heading">${heading}</h4>
        <ul part="${kind}s">
          ${items.map(
            (item) =>
              html`<li part=${kind}><span class="marker" aria-hidden="true">${marker}</span>${item}</li>`,
          )}
        </ul>`
    : nothing;

const related = (option: CheckedOption, index: number, c: CheckedComparison): Section =>
  option.related.length
    ? html`<div part="related">
        <span id="related-${index}">${c.labels.relatedTo}</span>
        <ul aria-labelledby="related-${index}">
          ${option.related.map((tag) => html`<li>${link(tag, 'tag')}</li>`)}
        </ul>
      </div>`
    : nothing;

const option = (o: CheckedOption, index: number, c: CheckedComparison): TemplateResult => {
  const isPick = o.id === c.pick;
  return html`<div part=${isPick ? 'option option-pick' : 'option'}>
    <h3 part="option-name">
      ${o.url ? html`<a part="option-link" href=${o.url}>${o.name}</a>` : o.name}
    </h3>
    ${o.kind || isPick
      ? html`<p class="meta">
          ${o.kind ? html`<span part="kind">${o.kind}</span>` : nothing}
          ${isPick ? html`<span part="badge">${c.labels.pick}</span>` : nothing}
        </p>`
      : nothing}
    ${o.summary ? html`<p part="summary">${o.summary}</p>` : nothing}
    ${list(o.pros, c.labels.pros, 'pro', '+')} ${related(o, index, c)}
    ${list(o.cons, c.labels.cons, 'con', '−')}
  </div>`;
};

// The verdict and bottom line are unnamed sections on purpose: named ones would be landmarks,
// and a page with several cards would list "The Verdict" as a landmark several times.
const verdict = (pick: CheckedOption | undefined, c: CheckedComparison): Section => {
  const v = c.verdict;
  const bottomLine = v?.bottomLine || (pick && `${pick.name} wins`);
  return html`${v?.text.length
    ? html`<section part="verdict">
        <h3>${c.labels.verdict}</h3>
        ${v.text.map((paragraph) => html`<p>${paragraph}</p>`)}
      </section>`
    : nothing}
  ${bottomLine || v?.reason
    ? html`<section part="bottom-line">
        <h3><span aria-hidden="true">🧊</span> ${c.labels.bottomLine}</h3>
        ${bottomLine ? html`<p part="winner">${bottomLine}</p>` : nothing}
        ${v?.reason ? html`<p>${v.reason}</p>` : nothing}
      </section>`
    : nothing}`;
};

const contact = (c: CheckedComparison): Section =>
  c.contact
    ? html`<footer part="contact">
        <p>${c.contact.prompt} ${c.contact.links.map((tag, i) => [i ? ' · ' : '', link(tag, 'contact-link')])}</p>
      </footer>`
    : nothing;

/** The whole card for a checked comparison. */
export const renderCard = (c: CheckedComparison): TemplateResult => {
  const pick = c.options.find((o) => o.id === c.pick);
  return html`<article
    part="card"
    aria-labelledby="title"
    lang=${c.lang || nothing}
    dir=${c.dir || nothing}
  >
    ${header(c)} ${hero(pick, c)}
    <div part="options" class="options n${c.options.length}">
      ${c.options.map((o, i) => option(o, i, c))}
    </div>
    ${verdict(pick, c)} ${contact(c)}
  </article>`;
};

/** The placeholder while a comparison loads: it reserves roughly a card's height. */
export const renderLoading = (): TemplateResult =>
  html`<div part="card loading" role="status">
    Loading comparison…
  </div>`;

/** The error message: what went wrong, in plain words, with every problem found. */
export const renderError = (failure: NicePickErrorDetail): TemplateResult =>
  html`<div part="card error" role="alert">
    <p><strong>This comparison could not be shown.</strong> ${failure.message}</p>
    ${failure.problems?.length
      ? html`<ul>
          ${failure.problems.map((problem) => html`<li><code>${problem}</code></li>`)}
        </ul>`
      : nothing}
  </div>`;
