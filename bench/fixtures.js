// The comparison files the benchmarks use, in the order the cards take them (all of fixtures/).
export const FIXTURES = [
  'gpu-vs-tpu.json',
  'technical-debt-vs-clean-code.json',
  'solo-work-vs-pair-programming.json',
  'performance-measurement-vs-code-review.json',
  'example-three-options.json',
  'example-four-options.json',
  'example-arabic.json',
];
