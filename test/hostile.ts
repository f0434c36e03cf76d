// Markup in every text field of a comparison: what the card must show as literal text. Shared by
// the element's test (test/card.test.ts) and the server-rendering tests.

export const img = '<img src=x onerror="window.__pwned=1">';
export const bold = '<b>bold</b>';
export const amp = '&amp;';

export const markupInData = {
  label: img,
  title: `${bold} vs ${amp}`,
  intro: `${img} ${bold} ${amp}`,
  options: [
    {
      id: 'one',
      name: img,
      kind: bold,
      summary: amp,
      pros: [img, bold, amp],
      cons: [bold],
      related: [img, { label: bold, url: 'https://example.com/' }],
    },
    { id: 'two', name: bold, kind: amp, summary: img, pros: [amp], cons: [img, amp] },
  ],
  pick: 'one',
  verdict: { text: [img, bold, amp], bottomLine: bold, reason: img },
  contact: { prompt: img, url: 'https://example.com/feedback' },
  labels: { pick: bold, pros: img, cons: amp, relatedTo: bold, verdict: img, bottomLine: amp },
};
