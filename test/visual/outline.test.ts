// The heading outline as assistive technology gets it: Chromium's accessibility tree (through the
// DevTools protocol, hence Chromium only, like every file in test/visual/). test/headings.test.ts
// checks the same levels as attributes in every engine.
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { card, expected } from '../outline.js';

describe('headings in the accessibility tree (Chromium)', () => {
  it('heading-level="3": the levels are the ones set, every heading named by its text', async () => {
    await card('3');
    type Node = { role: string; name: string; level?: number; children?: Node[] };
    const snapshot = (await a11ySnapshot({})) as unknown as Node;
    const headings: string[] = [];
    const walk = (node: Node) => {
      if (node.role === 'heading') headings.push(`${node.level} ${node.name.replace(/🧊/g, '').trim()}`);
      node.children?.forEach(walk);
    };
    walk(snapshot);
    expect(headings).to.deep.equal(expected(3)); // the page holds this one card only
  });
});
