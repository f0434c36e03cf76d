// Eleventy: a `comparison` shortcode that writes the finished card into the page at build time.
// site/docs/server-rendering.md shows the region below.
// #region config
import { renderComparison } from 'nice-pick/server';

export default function (eleventyConfig) {
  // {% comparison data, { headingLevel: 2 } %}: the card as static HTML (a declarative shadow
  // root: no script needed to see it) with the data inline for the element to take over.
  eleventyConfig.addShortcode('comparison', (data, options) => renderComparison(data, options));
}
// #endregion
