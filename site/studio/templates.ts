// The studio's start points: realistic comparisons to begin from (not the test fixtures, whose
// flaws are on purpose). Each is plain data in the data format; the studio writes it as JSON.
import type { Comparison } from '../../src/comparison.js';
import { labelsFor } from '../../src/translations.js';

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

const twoWithPick: Comparison = {
  label: 'Databases',
  title: 'SQLite vs PostgreSQL for a small web app',
  intro: 'One server, a few thousand users, a team of two: which database should it start with?',
  options: [
    {
      id: 'sqlite',
      name: 'SQLite',
      kind: 'embedded database',
      summary: 'A database in a single file, read and written by a library inside the app.',
      url: 'https://sqlite.org/',
      pros: ['Nothing to install or run: the database is a file', 'Backups are a file copy', 'Very fast reads on one machine'],
      cons: ['One writer at a time', 'The app and the data must live on the same machine'],
      related: ['Litestream', { label: 'When to use SQLite', url: 'https://sqlite.org/whentouse.html' }],
    },
    {
      id: 'postgresql',
      name: 'PostgreSQL',
      kind: 'database server',
      summary: 'A full database server that many apps and machines can share.',
      url: 'https://www.postgresql.org/',
      pros: ['Many writers at once', 'Rich types, full-text search and extensions', 'Scales to several app servers'],
      cons: ['A server to run, update and back up', 'More to learn before the first query'],
      related: ['pgAdmin', 'Managed hosting'],
    },
  ],
  pick: 'sqlite',
  verdict: {
    text: [
      'For one server and modest traffic, SQLite does the job with nothing to operate, and its speed surprises most teams.',
      'Move to PostgreSQL when you need several app servers or many concurrent writers; the schema usually carries over.',
    ],
    reason: 'Start simple; the move is well-trodden when you outgrow it.',
  },
  contact: { prompt: 'Running it at scale already? Tell us.', email: 'editors@example.com' },
};

const threeOptions: Comparison = {
  label: 'APIs',
  title: 'REST vs GraphQL vs gRPC',
  intro: 'Three ways for a client to talk to a server, each at home in a different place.',
  options: [
    {
      id: 'rest',
      name: 'REST',
      kind: 'architectural style',
      summary: 'Resources at URLs, read and changed with plain HTTP methods.',
      pros: ['Works with every HTTP tool and cache', 'Easy to explore in a browser'],
      cons: ['Clients often fetch too much or make many calls'],
      related: ['OpenAPI'],
    },
    {
      id: 'graphql',
      name: 'GraphQL',
      kind: 'query language',
      summary: 'One endpoint; the client asks for exactly the fields it needs.',
      url: 'https://graphql.org/',
      pros: ['One round trip for a whole screen', 'A typed schema the tools can read'],
      cons: ['HTTP caching needs extra work', 'Costly queries must be limited on the server'],
    },
    {
      id: 'grpc',
      name: 'gRPC',
      kind: 'RPC framework',
      summary: 'Typed remote calls over HTTP/2 with Protocol Buffers.',
      url: 'https://grpc.io/',
      pros: ['Compact and fast', 'Streaming in both directions'],
      cons: ['Browsers need a proxy', 'Messages are not readable by eye'],
    },
  ],
  pick: 'rest',
  verdict: {
    text: 'REST for public APIs, GraphQL for apps with many different screens, gRPC between your own services.',
    bottomLine: 'REST by default',
    reason: 'It is the one every client already speaks.',
  },
};

const tie: Comparison = {
  label: 'Style',
  title: 'Tabs vs Spaces',
  intro: 'The oldest argument in programming, settled fairly.',
  options: [
    {
      name: 'Tabs',
      pros: ['Each reader picks the width', 'One key press per level', 'Smaller files'],
      cons: ['Alignment breaks when widths differ'],
    },
    {
      name: 'Spaces',
      pros: ['Looks the same everywhere', 'The default of most style guides'],
      cons: ['The width is fixed for everyone'],
    },
  ],
  pick: null,
  verdict: {
    text: 'Both work. Pick the one your language’s formatter uses and let the tool do it.',
    bottomLine: 'A tie: follow your formatter',
  },
};

const arabic: Comparison = {
  title: 'بايثون مقابل جافاسكريبت للمبتدئين',
  intro: 'أي لغة برمجة تتعلمها أولًا؟',
  options: [
    {
      id: 'python',
      name: 'بايثون',
      kind: 'لغة برمجة',
      summary: 'لغة سهلة القراءة تُستخدم في تحليل البيانات والأتمتة والتعليم.',
      pros: ['صياغة بسيطة وواضحة', 'مكتبات كثيرة للبيانات والعلوم'],
      cons: ['لا تعمل في المتصفح مباشرة'],
    },
    {
      id: 'javascript',
      name: 'جافاسكريبت',
      kind: 'لغة برمجة',
      summary: 'لغة الويب، تعمل في كل متصفح.',
      pros: ['ترى نتيجة عملك في المتصفح فورًا', 'لغة واحدة للواجهة والخادم'],
      cons: ['قواعد فيها استثناءات كثيرة تربك المبتدئ'],
    },
  ],
  pick: 'python',
  verdict: {
    text: 'ابدأ ببايثون لتتعلم أساسيات البرمجة بوضوح، ثم انتقل إلى جافاسكريبت عندما تريد بناء مواقع.',
  },
  lang: 'ar',
  dir: 'rtl',
  labels: dataLabels('ar'),
};

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
