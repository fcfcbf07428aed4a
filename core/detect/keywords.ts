/**
 * Aho-Corasick over ASCII, case-insensitive: one pass over the text finds every occurrence of
 * every rule keyword, so each rule's regex runs only where one of its keywords occurs
 * (the gitleaks approach). The automaton is a dense DFA over 128 code points; anything outside
 * ASCII maps to a symbol no keyword contains, which sends the automaton back to the root.
 */
const ALPHABET = 128;

export interface KeywordHit {
  keyword: number;
  /** Offset just past the keyword's last character. */
  end: number;
  /** 0-based line of the keyword's last character. */
  line: number;
}

export class KeywordMatcher {
  readonly keywords: readonly string[];
  private readonly delta: Int32Array;
  /** For each state, the keyword ids that end there (following failure links), or undefined. */
  private readonly output: (number[] | undefined)[];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    const children: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    keywords.forEach((kw, id) => {
      if (kw.length === 0) throw new Error('empty keyword');
      let s = 0;
      for (let i = 0; i < kw.length; i++) {
        const c = fold(kw.charCodeAt(i));
        if (c === 0) throw new Error(`keyword ${JSON.stringify(kw)} must be ASCII`);
        let next = children[s].get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          out.push([]);
          children[s].set(c, next);
        }
        s = next;
      }
      out[s].push(id);
    });
    const n = children.length;
    const delta = new Int32Array(n * ALPHABET);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = children[0].get(c);
      if (t !== undefined) {
        delta[c] = t;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      if (out[fail[s]].length) out[s] = out[s].concat(out[fail[s]]);
      for (let c = 0; c < ALPHABET; c++) {
        const t = children[s].get(c);
        if (t !== undefined) {
          fail[t] = delta[fail[s] * ALPHABET + c];
          delta[s * ALPHABET + c] = t;
          queue.push(t);
        } else {
          delta[s * ALPHABET + c] = delta[fail[s] * ALPHABET + c];
        }
      }
    }
    this.delta = delta;
    this.output = out.map((o) => (o.length ? o : undefined));
  }

  /** Calls `onHit` for every keyword occurrence, in text order. */
  scan(text: string, onHit: (keyword: number, end: number, line: number) => void): void {
    const delta = this.delta;
    const output = this.output;
    let s = 0;
    let line = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c === 10) line++;
      if (c >= ALPHABET) c = 0;
      else if (c >= 65 && c <= 90) c |= 32;
      s = delta[s * ALPHABET + c];
      const o = output[s];
      if (o !== undefined) for (let k = 0; k < o.length; k++) onHit(o[k], i + 1, line);
    }
  }
}

function fold(c: number): number {
  if (c >= ALPHABET) return 0;
  return c >= 65 && c <= 90 ? c | 32 : c;
}
