/**
 * A small, forgiving lexer for the string literals and comments of C-like and scripting
 * languages: just enough to find the literal (and its quoting) around a span. Pure functions on
 * text; nothing here knows about editors.
 */

export interface Literal {
  /** Whole literal, prefix and delimiters included. */
  start: number;
  end: number;
  /** Letters/sigils before the opening quote: `b`, `rb`, `f`, `@`, `$`, `r#`. */
  prefix: string;
  /** Opening delimiter after the prefix: `"`, `'`, `"""`, `` ` ``. */
  quote: string;
  contentStart: number;
  contentEnd: number;
  /** Text (non-interpolated) parts of the content. */
  parts: Array<[number, number]>;
  /** Backslash is not an escape character. */
  raw: boolean;
  kind: 'string' | 'template' | 'interpolated' | 'verbatim' | 'raw' | 'bytes' | 'text-block' | 'char' | 'regex';
}

export type Region = { type: 'literal'; lit: Literal } | { type: 'comment'; start: number; end: number };

export interface LexerSpec {
  lineComments: string[];
  blockComments: Array<[string, string]>;
  /** Try to read a literal starting at i; may push nested regions (template expressions). */
  literal(text: string, i: number, st: LexState): Literal | null;
}

export interface LexState {
  /** Last significant character before i (outside comments/literals), '' at start. */
  prevChar: string;
  /** Last identifier/keyword seen, if it was the last significant token. */
  prevWord: string;
  out: Region[];
  spec: LexerSpec;
}

const IDENT_START = /[A-Za-z_$\u00c0-\uffff]/;
const IDENT = /[\w$\u00c0-\uffff]/;

/**
 * Lex text from i. With stopAtBrace, stop after the `}` that closes an already-open `{` (template
 * and interpolation holes) and return the index after it. Otherwise stop at `limit`.
 */
export function lex(text: string, i: number, spec: LexerSpec, out: Region[], stopAtBrace: boolean, limit = Infinity): number {
  const st: LexState = { prevChar: stopAtBrace ? '{' : '', prevWord: '', out, spec };
  let depth = 0;
  while (i < text.length && i < limit) {
    const c = text[i];
    // comments
    let matched = false;
    for (const lc of spec.lineComments) {
      if (text.startsWith(lc, i)) {
        let e = text.indexOf('\n', i);
        if (e < 0) e = text.length;
        out.push({ type: 'comment', start: i, end: e });
        i = e;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    for (const [open, close] of spec.blockComments) {
      if (text.startsWith(open, i)) {
        let e = text.indexOf(close, i + open.length);
        e = e < 0 ? text.length : e + close.length;
        out.push({ type: 'comment', start: i, end: e });
        i = e;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const lit = spec.literal(text, i, st);
    if (lit) {
      out.push({ type: 'literal', lit });
      i = Math.max(lit.end, i + 1);
      st.prevChar = '"';
      st.prevWord = '';
      continue;
    }
    if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < text.length && IDENT.test(text[j])) j++;
      st.prevWord = text.slice(i, j);
      st.prevChar = 'a';
      i = j;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (stopAtBrace) {
      if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0) return i + 1;
        depth--;
      }
    }
    st.prevChar = c;
    st.prevWord = '';
    i++;
  }
  return i;
}

/** Scan a quoted run from `from` (just after the opening delimiter) to the closing `close`. */
export function scanTo(
  text: string,
  from: number,
  close: string,
  opts: { escapes: 'backslash' | 'doubled' | 'none'; multiline: boolean },
): { contentEnd: number; end: number } {
  let j = from;
  while (j < text.length) {
    const ch = text[j];
    if (opts.escapes === 'backslash' && ch === '\\') {
      j += 2;
      continue;
    }
    if (text.startsWith(close, j)) {
      if (opts.escapes === 'doubled' && text.startsWith(close + close, j)) {
        j += close.length * 2;
        continue;
      }
      return { contentEnd: j, end: j + close.length };
    }
    if (!opts.multiline && ch === '\n') return { contentEnd: j, end: j };
    j++;
  }
  return { contentEnd: text.length, end: text.length };
}

/** Split content into text parts around `{…}` holes (`{{`/`}}` are text). */
export function bracesParts(text: string, start: number, end: number, open = '{'): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let partStart = start;
  let j = start;
  while (j < end) {
    if (text.startsWith(open, j) && text[j + open.length] === '{' && open !== '{') {
      // e.g. Ruby `#{`
      parts.push([partStart, j]);
      j = skipBraces(text, j + open.length, end);
      partStart = j;
      continue;
    }
    if (open === '{' && text[j] === '{') {
      if (text[j + 1] === '{') {
        j += 2;
        continue;
      }
      parts.push([partStart, j]);
      j = skipBraces(text, j, end);
      partStart = j;
      continue;
    }
    if (text[j] === '\\' && open !== '{') {
      j += 2;
      continue;
    }
    j++;
  }
  parts.push([partStart, end]);
  return parts;
}

function skipBraces(text: string, j: number, end: number): number {
  let depth = 0;
  for (; j < end; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return end;
}

function simple(
  text: string,
  i: number,
  prefix: string,
  quote: string,
  kind: Literal['kind'],
  opts: { escapes: 'backslash' | 'doubled' | 'none'; multiline: boolean; close?: string },
): Literal {
  const contentStart = i + prefix.length + quote.length;
  const { contentEnd, end } = scanTo(text, contentStart, opts.close ?? quote, opts);
  return {
    start: i,
    end,
    prefix,
    quote,
    contentStart,
    contentEnd,
    parts: [[contentStart, contentEnd]],
    raw: opts.escapes !== 'backslash',
    kind,
  };
}

function identBefore(text: string, i: number): boolean {
  return i > 0 && IDENT.test(text[i - 1]);
}

// ---------------------------------------------------------------------------------------------
// JavaScript / TypeScript

const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

export const jsSpec: LexerSpec = {
  lineComments: ['//'],
  blockComments: [['/*', '*/']],
  literal(text, i, st) {
    const c = text[i];
    if (c === '"' || c === "'") return simple(text, i, '', c, 'string', { escapes: 'backslash', multiline: false });
    if (c === '`') {
      const parts: Array<[number, number]> = [];
      let j = i + 1;
      let partStart = j;
      while (j < text.length) {
        const ch = text[j];
        if (ch === '\\') {
          j += 2;
          continue;
        }
        if (ch === '`') {
          parts.push([partStart, j]);
          return { start: i, end: j + 1, prefix: '', quote: '`', contentStart: i + 1, contentEnd: j, parts, raw: false, kind: 'template' };
        }
        if (ch === '$' && text[j + 1] === '{') {
          parts.push([partStart, j]);
          j = lex(text, j + 2, st.spec, st.out, true);
          partStart = j;
          continue;
        }
        j++;
      }
      parts.push([partStart, text.length]);
      return { start: i, end: text.length, prefix: '', quote: '`', contentStart: i + 1, contentEnd: text.length, parts, raw: false, kind: 'template' };
    }
    if (c === '/' && text[i + 1] !== '/' && text[i + 1] !== '*') {
      const regexOk = st.prevWord ? REGEX_AFTER_WORDS.has(st.prevWord) : st.prevChar === '' || '(,=:[!&|?{};+-*%<>~^'.includes(st.prevChar);
      if (!regexOk) return null;
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== '\n') {
        const ch = text[j];
        if (ch === '\\') j += 2;
        else if (ch === '[') (inClass = true), j++;
        else if (ch === ']') (inClass = false), j++;
        else if (ch === '/' && !inClass) break;
        else j++;
      }
      let end = j + 1;
      while (end < text.length && /[a-z]/i.test(text[end])) end++;
      return { start: i, end, prefix: '', quote: '/', contentStart: i + 1, contentEnd: j, parts: [[i + 1, j]], raw: false, kind: 'regex' };
    }
    return null;
  },
};

// ---------------------------------------------------------------------------------------------
// Python

const PY_STR = /([rRbBuUfF]{0,2})('''|"""|'|")/y;

export const pySpec: LexerSpec = {
  lineComments: ['#'],
  blockComments: [],
  literal(text, i) {
    if (identBefore(text, i)) return null;
    PY_STR.lastIndex = i;
    const m = PY_STR.exec(text);
    if (!m) return null;
    const prefix = m[1];
    const p = prefix.toLowerCase();
    if (p.length === 2 && !['rb', 'br', 'rf', 'fr'].includes(p)) return null;
    const quote = m[2];
    const raw = p.includes('r');
    const lit = simple(text, i, prefix, quote, p.includes('b') ? 'bytes' : p.includes('f') ? 'interpolated' : 'string', {
      escapes: raw ? 'backslash' : 'backslash', // raw strings still cannot end in an odd backslash
      multiline: quote.length === 3,
    });
    lit.raw = raw;
    if (p.includes('f')) lit.parts = bracesParts(text, lit.contentStart, lit.contentEnd);
    return lit;
  },
};

// ---------------------------------------------------------------------------------------------
// Go

export const goSpec: LexerSpec = {
  lineComments: ['//'],
  blockComments: [['/*', '*/']],
  literal(text, i) {
    const c = text[i];
    if (c === '"') return simple(text, i, '', '"', 'string', { escapes: 'backslash', multiline: false });
    if (c === '`') return simple(text, i, '', '`', 'raw', { escapes: 'none', multiline: true });
    if (c === "'") return simple(text, i, '', "'", 'char', { escapes: 'backslash', multiline: false });
    return null;
  },
};

// ---------------------------------------------------------------------------------------------
// Java

export const javaSpec: LexerSpec = {
  lineComments: ['//'],
  blockComments: [['/*', '*/']],
  literal(text, i) {
    if (text.startsWith('"""', i)) return simple(text, i, '', '"""', 'text-block', { escapes: 'backslash', multiline: true });
    const c = text[i];
    if (c === '"') return simple(text, i, '', '"', 'string', { escapes: 'backslash', multiline: false });
    if (c === "'") return simple(text, i, '', "'", 'char', { escapes: 'backslash', multiline: false });
    return null;
  },
};

// ---------------------------------------------------------------------------------------------
// C#

const CS_STR = /(\$*@?\$*)("+)/y;

export const csSpec: LexerSpec = {
  lineComments: ['//'],
  blockComments: [['/*', '*/']],
  literal(text, i) {
    const c = text[i];
    if (c === "'") return simple(text, i, '', "'", 'char', { escapes: 'backslash', multiline: false });
    if (c !== '"' && c !== '@' && c !== '$') return null;
    CS_STR.lastIndex = i;
    const m = CS_STR.exec(text);
    if (!m) return null;
    const prefix = m[1];
    if ((prefix.match(/@/g) ?? []).length > 1) return null;
    const verbatim = prefix.includes('@');
    const interpolated = prefix.includes('$');
    const quotes = m[2];
    if (quotes.length >= 3) {
      return simple(text, i, prefix, quotes, 'raw', { escapes: 'none', multiline: true });
    }
    const q = '"';
    // `""` right after the prefix: empty string
    const lit = simple(text, i, prefix, q, verbatim ? 'verbatim' : interpolated ? 'interpolated' : 'string', {
      escapes: verbatim ? 'doubled' : 'backslash',
      multiline: verbatim,
    });
    if (interpolated) lit.parts = bracesParts(text, lit.contentStart, lit.contentEnd);
    return lit;
  },
};

// ---------------------------------------------------------------------------------------------
// Rust

const RS_RAW = /(b?r)(#*)"/y;

export const rustSpec: LexerSpec = {
  lineComments: ['//'],
  blockComments: [['/*', '*/']],
  literal(text, i) {
    const c = text[i];
    if ((c === 'r' || c === 'b') && !identBefore(text, i)) {
      RS_RAW.lastIndex = i;
      const m = RS_RAW.exec(text);
      if (m) {
        const prefix = m[1] + m[2];
        return simple(text, i, prefix, '"', m[1] === 'br' ? 'bytes' : 'raw', { escapes: 'none', multiline: true, close: '"' + m[2] });
      }
      if (c === 'b' && text[i + 1] === '"') return simple(text, i, 'b', '"', 'bytes', { escapes: 'backslash', multiline: true });
    }
    if (c === '"') return simple(text, i, '', '"', 'string', { escapes: 'backslash', multiline: true });
    if (c === "'") {
      // char literal or lifetime
      const m = /'(?:\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^\\'\n])'/y;
      m.lastIndex = i;
      const mm = m.exec(text);
      if (mm) return { start: i, end: i + mm[0].length, prefix: '', quote: "'", contentStart: i + 1, contentEnd: i + mm[0].length - 1, parts: [[i + 1, i + mm[0].length - 1]], raw: false, kind: 'char' };
      return null;
    }
    return null;
  },
};

// ---------------------------------------------------------------------------------------------
// PHP

export const phpSpec: LexerSpec = {
  lineComments: ['//', '#'],
  blockComments: [['/*', '*/']],
  literal(text, i) {
    const c = text[i];
    if (c === "'") return simple(text, i, '', "'", 'raw', { escapes: 'backslash', multiline: true });
    if (c === '"') return simple(text, i, '', '"', 'interpolated', { escapes: 'backslash', multiline: true });
    return null;
  },
};

// ---------------------------------------------------------------------------------------------
// Ruby

export const rubySpec: LexerSpec = {
  lineComments: ['#'],
  blockComments: [['\n=begin', '\n=end']],
  literal(text, i) {
    const c = text[i];
    if (c === "'") return simple(text, i, '', "'", 'raw', { escapes: 'backslash', multiline: true });
    if (c === '"') {
      const lit = simple(text, i, '', '"', 'interpolated', { escapes: 'backslash', multiline: true });
      lit.parts = bracesParts(text, lit.contentStart, lit.contentEnd, '#');
      return lit;
    }
    return null;
  },
};

/**
 * A value built from pieces (`"https://hooks…/" +⏎  "T0…/" +⏎  "…"`), which the scan reads
 * joined: the literals from the one `offset` starts in to the one `end` stops in, with nothing
 * between them but spaces and `+`, `.` or `&`, as one literal whose content runs from the first
 * piece's to the last's. Only a range that covers every piece whole can be replaced this way.
 */
export function locateJoined(text: string, offset: number, end: number, spec: LexerSpec): { lit: Literal } | { error: string } {
  const out: Region[] = [];
  lex(text, 0, spec, out, false, end + 1);
  const lits = out.flatMap((r) => (r.type === 'literal' ? [r.lit] : [])).filter((l) => l.end > offset && l.start < end);
  const first = lits[0], last = lits[lits.length - 1];
  const joined = lits.length >= 2 && offset === first.contentStart && end === last.contentEnd &&
    lits.every((l, i) => l.parts.length === 1 && l.kind === first.kind && (i === 0 || /^[\s+.&]*$/.test(text.slice(lits[i - 1].end, l.start))));
  if (!joined) return { error: 'The token runs past the end of the string literal it starts in.' };
  return { lit: { ...first, end: last.end, contentEnd: last.contentEnd, parts: [[first.contentStart, last.contentEnd]] } };
}

/** The innermost literal or comment around [offset, end), after lexing up to `end`. */
export function locate(
  text: string,
  offset: number,
  end: number,
  spec: LexerSpec,
): { lit: Literal } | { comment: true } | { error: string } {
  const out: Region[] = [];
  lex(text, 0, spec, out, false, end);
  let best: Literal | null = null;
  for (const r of out) {
    if (r.type === 'comment') {
      if (offset >= r.start && offset < r.end) return { comment: true };
      continue;
    }
    const l = r.lit;
    if (offset >= l.contentStart && offset < l.contentEnd + 1 && l.start < end) {
      if (end > l.contentEnd) return { error: 'The token runs past the end of the string literal it starts in.' };
      if (!best || l.end - l.start < best.end - best.start) best = l;
    }
  }
  if (!best) return { error: 'The token is not inside a string literal here, so there is no literal to replace.' };
  return { lit: best };
}
