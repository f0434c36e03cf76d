// The docs' search box: Pagefind's index (built with the pages into pagefind/), loaded the first
// time a reader types, so a page that is only read downloads nothing for it. Results are built
// as DOM nodes: an excerpt's <mark> tags become <mark> elements, the rest is text.
const input = document.getElementById('search-input');
const results = document.getElementById('search-results');
let pagefind;
let latest = 0;

function excerpt(html) {
  const p = document.createElement('p');
  for (const [i, part] of html.split(/<\/?mark>/).entries()) {
    const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    p.append(i % 2 ? Object.assign(document.createElement('mark'), { textContent: text }) : text);
  }
  return p;
}

input.addEventListener('input', async () => {
  const query = input.value.trim();
  const ask = ++latest;
  if (!query) return results.replaceChildren();
  pagefind ??= await import(new URL('pagefind/pagefind.js', import.meta.url).href);
  const search = await pagefind.search(query);
  const found = await Promise.all(search.results.slice(0, 6).map((result) => result.data()));
  if (ask !== latest) return; // a later key press has its own answer
  if (!found.length) {
    results.replaceChildren(Object.assign(document.createElement('p'), { textContent: `Nothing found for “${query}”.` }));
    return;
  }
  const list = document.createElement('ul');
  for (const page of found) {
    // Pagefind makes each page's URL from where pagefind.js was loaded: right at any sub-path.
    const link = Object.assign(document.createElement('a'), { href: page.url, textContent: page.meta.title });
    const item = document.createElement('li');
    item.append(link, excerpt(page.excerpt));
    list.append(item);
  }
  results.replaceChildren(list);
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    input.value = '';
    results.replaceChildren();
  }
});
