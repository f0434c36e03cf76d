// The comparison files every browser test walks through, and how tests read them. The list is
// kept equal to the fixtures/ folder by test/node/fixtures.test.ts, so a new file is never missed.

export const FIXTURES = [
  'gpu-vs-tpu.json',
  'technical-debt-vs-clean-code.json',
  'solo-work-vs-pair-programming.json',
  'performance-measurement-vs-code-review.json',
  'example-three-options.json',
  'example-four-options.json',
  'example-arabic.json',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const loadFixture = async (name: string): Promise<any> => {
  const response = await fetch(`/fixtures/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
  return response.json();
};
