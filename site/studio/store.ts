// The studio's one piece of state: the comparison as JSON text, exactly as the user last wrote it
// (in the form, the source pane, an import or a template). Every part of the studio reads it and
// writes it here and listens for changes; none keeps a copy of its own. The text may be invalid
// JSON (mid-typing in the source pane): parts that need the parsed comparison parse it themselves
// and show why when they cannot.

/** Who changed the text: a part ignores the changes it made itself. */
export type Origin = 'form' | 'source' | 'import' | 'template' | 'link' | 'storage' | 'new';

export type Listener = (text: string, origin: Origin) => void;

export interface Store {
  /** The comparison's JSON text now. */
  getText(): string;
  /** Replaces the text and tells every listener (also when it is the same text). */
  setText(text: string, origin: Origin): void;
  /** Calls `listener` on every change from now on; returns the function that stops it. */
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: string): Store {
  let text = initial;
  const listeners = new Set<Listener>();
  return {
    getText: () => text,
    setText(next, origin) {
      text = next;
      for (const listener of [...listeners]) listener(text, origin);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
