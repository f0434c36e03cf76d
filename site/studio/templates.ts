// The studio's start points: realistic comparisons to begin from (not the test fixtures, whose
// flaws are on purpose). Each is plain data in the data format; the studio writes it as JSON.
import type { Comparison } from '../../src/comparison.js';
import { labelsFor } from '../../src/translations.js';
import pythonVsJavascriptArabic from '../../examples/python-vs-javascript-arabic.json';
import restVsGraphqlVsGrpc from '../../examples/rest-vs-graphql-vs-grpc.json';
import sqliteVsPostgresql from '../../examples/sqlite-vs-postgresql.json';
import tabsVsSpaces from '../../examples/tabs-vs-spaces.json';

export interface Template {
  id: string;
  /** What the template menu shows: short, so that the menu fits a phone's header (WebKit). */
  name: string;
  comparison: Comparison;
}

/** The words a comparison's `labels` takes (labelsFor also gives loading/error/retry). */
export const LABEL_KEYS = ['pick', 'pros', 'cons', 'relatedTo', 'verdict', 'bottomLine', 'wins', 'disagree'] as const;

/** The data's `labels` in a language: the eight words of the card a comparison may set. */
export function dataLabels(lang: string): Comparison['labels'] | undefined {
  const words = labelsFor(lang);
  if (!words) return undefined;
  return Object.fromEntries(LABEL_KEYS.map((key) => [key, words[key]]));
}

// The sample comparisons live in the repository's examples/ folder, one JSON file each: the same
// files the demo, the README and the docs show. Their "$schema" is for editors, not for the studio.
const example = ({ $schema: _schema, ...comparison }: Comparison & { $schema?: string }): Comparison => comparison;
const twoWithPick = example(sqliteVsPostgresql);
const threeOptions = example(restVsGraphqlVsGrpc);
const tie = example(tabsVsSpaces as Comparison);
const arabic = example(pythonVsJavascriptArabic as Comparison);

export const templates: readonly Template[] = [
  { id: 'two', name: 'Two options, a pick', comparison: twoWithPick },
  { id: 'three', name: 'Three options', comparison: threeOptions },
  { id: 'tie', name: 'A tie, no pick', comparison: tie },
  { id: 'rtl', name: 'Right to left (Arabic)', comparison: arabic },
];

/** What "New" clears to: two empty options. */
export const empty: Comparison = {
  options: [
    { name: '', pros: [], cons: [] },
    { name: '', pros: [], cons: [] },
  ],
};

export const toText = (comparison: unknown) => JSON.stringify(comparison, null, 2);
