// Every string of a comparison that its card shows: what the Node tests find in each built page
// (test/markdown.ts) and the browser test finds in the shadow roots with scripts off.
export function visibleStrings(data: Record<string, any>): string[] {
  const strings: string[] = [data.label, data.title, data.intro];
  for (const o of data.options) {
    strings.push(o.name, o.kind, o.summary, ...o.pros, ...o.cons);
    for (const tag of o.related ?? []) strings.push(typeof tag === 'string' ? tag : tag.label);
  }
  const v = data.verdict ?? {};
  strings.push(...[v.text ?? []].flat(), v.bottomLine, v.reason, data.contact?.prompt, data.contact?.email);
  return strings.filter((s): s is string => typeof s === 'string');
}
