// Render: data in, template out. Every string from the data goes through a text binding, never
// into markup.
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { CardLabels, CheckedComparison, CheckedOption, CheckedTag } from './comparison.js';
import type { NicePickErrorDetail } from './events.js';

type Words = Required<CardLabels>;

const link = (tag: CheckedTag, part: string): TemplateResult =>
  tag.url
    ? html`<a part=${part} href=${tag.url}>${tag.label}</a>`
    : html`<span part=${part}>${tag.label}</span>`;

/**
 * The whole card for a checked comparison: `labels` are the element's words (the data's own
 * win), `headingLevel` the title's heading level, 1 to 4, 2 when it is not a number (the rest
 * sit one and two levels below). One function, so the pieces share `c`, `words` and `level`
 * without passing them around.
 */
export const renderCard = (c: CheckedComparison, labels: Words, headingLevel: unknown): TemplateResult => {
  const level = Math.min(Math.max((headingLevel as number) | 0 || 2, 1), 4);
  const words = { ...labels, ...c.labels };
  const pick = c.options.find((o) => o.id === c.pick);
  const v = c.verdict;
  // A function as the replacement, so a "$&" in the name stays text.
  const bottomLine = v?.bottomLine || (pick && words.wins.replace('{name}', () => pick.name));

  const list = (items: string[], heading: string, kind: 'pro' | 'con', marker: string) =>
    items.length
      ? html`<h4 part="${kind}s-heading" role="heading" aria-level=${level + 2}>${heading}</h4>
          <ul part="${kind}s">
            ${items.map(
              (item) => html`<li part=${kind}><span part="${kind}-marker" aria-hidden="true">${marker}</span>${item}</li>`,
            )}
          </ul>`
      : nothing;

  const option = (o: CheckedOption, index: number) => {
    const isPick = o === pick;
    return html`<div part=${isPick ? 'option option-pick' : 'option'}>
      <h3 part="option-name" role="heading" aria-level=${level + 1}>
        ${o.url ? html`<a part="option-link" href=${o.url}>${o.name}</a>` : o.name}
      </h3>
      ${o.kind || isPick
        ? html`<p part="meta">
            ${o.kind ? html`<span part="kind">${o.kind}</span>` : nothing}
            ${isPick ? html`<span part="badge">${words.pick}</span>` : nothing}
          </p>`
        : nothing}
      ${o.summary ? html`<p part="summary">${o.summary}</p>` : nothing}
      ${list(o.pros, words.pros, 'pro', '+')}
      ${o.related.length
        ? html`<div part="related">
            <span part="related-label" id="related-${index}">${words.relatedTo}</span>
            <ul aria-labelledby="related-${index}">
              ${o.related.map((tag) => html`<li>${link(tag, 'tag')}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${list(o.cons, words.cons, 'con', '−')}
    </div>`;
  };

  // Headings keep their h2/h3/h4 elements (and styles); `aria-level` gives the level the page's
  // outline needs. WebKit honours aria-level on h1-h6 only with an explicit heading role.
  // The verdict and bottom line are unnamed sections on purpose: named ones would be landmarks,
  // and a page with several cards would list "The Verdict" as a landmark several times.
  return html`<article
    part="card"
    aria-labelledby="title"
    lang=${c.lang || nothing}
    dir=${c.dir || nothing}
  >
    <header part="header">
      ${c.label ? html`<p part="label">${c.label}</p>` : nothing}
      <h2 part="title" id="title" role="heading" aria-level=${level}>${c.title}</h2>
      ${c.intro ? html`<p part="intro">${c.intro}</p>` : nothing}
    </header>
    ${pick
      ? html`<div part="hero">
          <p part="hero-mark"><span aria-hidden="true">🧊</span> ${words.pick}</p>
          <p part="hero-name">${pick.name}</p>
          ${pick.summary ? html`<p part="hero-summary">${pick.summary}</p>` : nothing}
        </div>`
      : nothing}
    <div part="options" class="options n${c.options.length}">${c.options.map(option)}</div>
    ${v?.text.length
      ? html`<section part="verdict">
          <h3 part="verdict-heading" role="heading" aria-level=${level + 1}>${words.verdict}</h3>
          ${v.text.map((paragraph) => html`<p part="verdict-text">${paragraph}</p>`)}
        </section>`
      : nothing}
    ${bottomLine || v?.reason
      ? html`<section part="bottom-line">
          <h3 part="bottom-line-heading" role="heading" aria-level=${level + 1}>
            <span aria-hidden="true">🧊</span> ${words.bottomLine}
          </h3>
          ${bottomLine ? html`<p part="winner">${bottomLine}</p>` : nothing}
          ${v?.reason ? html`<p part="reason">${v.reason}</p>` : nothing}
        </section>`
      : nothing}
    ${c.contact
      ? html`<footer part="contact">
          <p>
            ${c.contact.prompt ?? words.disagree}
            ${c.contact.links.map((tag, i) => [i ? ' · ' : '', link(tag, 'contact-link')])}
          </p>
        </footer>`
      : nothing}
  </article>`;
};

/**
 * What the card shows for each state: the placeholder while a comparison loads (it reserves
 * roughly a card's height), or the error message: what went wrong, in plain words, with every
 * problem found, and a "Try again" button where trying again can help (`retry` is given).
 */
export const renderState = (
  { loading, error }: { loading?: true; error?: NicePickErrorDetail },
  labels: Words,
  retry?: () => void,
) =>
  loading
    ? html`<div part="card loading" role="status">${labels.loading}</div>`
    : error
      ? html`<div part="card error" role="alert">
          <p><strong>${labels.error}</strong> ${error.message}</p>
          ${error.problems?.length
            ? html`<ul>
                ${error.problems.slice(0, 20).map((problem) => html`<li><code>${problem}</code></li>`)}
                ${error.problems.length > 20 ? html`<li>…and ${error.problems.length - 20} more</li>` : nothing}
              </ul>`
            : nothing}
          ${retry ? html`<button part="retry" type="button" @click=${retry}>${labels.retry}</button>` : nothing}
        </div>`
      : nothing;
