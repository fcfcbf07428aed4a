/** Rewrites for programming languages: the literal becomes the language's env lookup. */
import type { Edit } from './types.ts';
import { locate, locateJoined, jsSpec, pySpec, goSpec, javaSpec, csSpec, rustSpec, phpSpec, rubySpec, type Literal, type LexerSpec } from './lexer.ts';
import { pythonImportOs, goImportOs, goOsName, csharpUsingSystem } from './imports.ts';

export interface Ctx {
  text: string;
  lit: Literal;
  offset: number;
  end: number;
  name: string;
  whole: boolean;
  /** Raw source text of the literal's content before and after the secret. */
  before: string;
  after: string;
}

type Out = { edits: Edit[]; description: string } | { error: string };

interface CodeLang {
  spec: LexerSpec;
  rewrite(ctx: Ctx): Out;
}

const replaceLit = (ctx: Ctx, newText: string): Edit => ({ offset: ctx.lit.start, length: ctx.lit.end - ctx.lit.start, newText });
const replaceSpan = (ctx: Ctx, newText: string): Edit => ({ offset: ctx.offset, length: ctx.end - ctx.offset, newText });

function lineOf(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(s, at);
}

/** Whether a concatenation put where the literal was needs parentheses to keep its meaning. */
function needsParens(text: string, lit: Literal, concatOp: string): boolean {
  let i = lit.start - 1;
  while (i >= 0 && /[ \t]/.test(text[i])) i--;
  const prev = i < 0 ? '' : text[i];
  let j = lit.end;
  while (j < text.length && /[ \t]/.test(text[j])) j++;
  const next = j >= text.length ? '' : text[j];
  const prevOk = prev === '' || '=(,[{:;\n'.includes(prev) || prev === concatOp || /\breturn$/.test(text.slice(0, i + 1));
  const nextOk = next === '' || ';),]}\n\r'.includes(next) || next === concatOp;
  return !(prevOk && nextOk);
}

function concat(ctx: Ctx, pieces: string[], op: string): string {
  const s = pieces.filter((p) => p !== '').join(` ${op} `);
  return needsParens(ctx.text, ctx.lit, op) ? `(${s})` : s;
}

function done(edits: Edit[], description: string): Out {
  return { edits, description };
}

// ---------------------------------------------------------------------------------------------
// JavaScript / TypeScript

/** Raw content of a '…' or "…" literal → raw content of a template literal with the same value. */
function toTemplate(raw: string, fromJsx: boolean): string | null {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      if (fromJsx) {
        out += '\\\\';
        continue;
      }
      const n = raw[i + 1] ?? '';
      if (/[1-7]/.test(n) || (n === '0' && /[0-9]/.test(raw[i + 2] ?? ''))) return null; // legacy octal: not allowed in templates
      out += c + n;
      i++;
    } else if (c === '`') out += '\\`';
    else if (c === '$' && raw[i + 1] === '{') out += '\\$';
    else out += c;
  }
  return out;
}

const JSX_ATTR = /<[A-Za-z][\w.:-]*(?:\s+[\w:.-]+(?:=(?:"[^"]*"|'[^']*'|\{[^{}]*\}))?|\s+\{\.\.\.[^{}]*\})*\s+[\w:.-]+=$/;

const js: CodeLang = {
  spec: jsSpec,
  rewrite(ctx) {
    const lookup = `process.env.${ctx.name}`;
    const { lit } = ctx;
    if (lit.kind === 'regex') return { error: 'The token is inside a regular expression literal; move it out by hand.' };
    const isJsx = lit.kind === 'string' && JSX_ATTR.test(ctx.text.slice(Math.max(0, lit.start - 400), lit.start));
    if (isJsx) {
      if (ctx.whole) return done([replaceLit(ctx, `{${lookup}}`)], `Replaced the JSX attribute value with {${lookup}}.`);
      const b = toTemplate(ctx.before, true)!;
      const a = toTemplate(ctx.after, true)!;
      return done([replaceLit(ctx, `{\`${b}\${${lookup}}${a}\`}`)], `Replaced the token with \${${lookup}} in a template literal.`);
    }
    if (lit.kind === 'template') {
      if (ctx.whole) return done([replaceLit(ctx, lookup)], `Replaced the literal with ${lookup}.`);
      return done([replaceSpan(ctx, `\${${lookup}}`)], `Replaced the token with \${${lookup}} in the template literal.`);
    }
    if (ctx.whole) return done([replaceLit(ctx, lookup)], `Replaced the literal with ${lookup}.`);
    const b = toTemplate(ctx.before, false);
    const a = toTemplate(ctx.after, false);
    if (b === null || a === null) return { error: 'The string uses legacy octal escapes, which template literals do not allow; split the token out by hand.' };
    return done([replaceLit(ctx, `\`${b}\${${lookup}}${a}\``)], `Turned the string into a template literal that reads ${lookup}.`);
  },
};

// ---------------------------------------------------------------------------------------------
// Python

const py: CodeLang = {
  spec: pySpec,
  rewrite(ctx) {
    const { lit } = ctx;
    const p = lit.prefix.toLowerCase();
    const q = lit.quote[0];
    const other = q === '"' ? "'" : '"';
    const lookup = `os.environ["${ctx.name}"]`;
    const imp = pythonImportOs(ctx.text);
    const extra = imp ? [imp] : [];
    const and = imp ? ' and added `import os`' : '';
    if (ctx.whole) {
      if (p.includes('b')) return done([...extra, replaceLit(ctx, `${lookup}.encode()`)], `Replaced the bytes literal with ${lookup}.encode()${and}.`);
      return done([...extra, replaceLit(ctx, lookup)], `Replaced the literal with ${lookup}${and}.`);
    }
    if (p.includes('b')) return { error: 'The token is part of a bytes literal; split it into its own variable first (bytes cannot be interpolated).' };
    // Inside an f-string hole, use the other quote (required before Python 3.12).
    const hole = `{os.environ[${other}${ctx.name}${other}]}`;
    if (p.includes('f')) return done([...extra, replaceSpan(ctx, hole)], `Interpolated os.environ[${other}${ctx.name}${other}] into the f-string${and}.`);
    const esc = (s: string): string => s.replace(/\{/g, '{{').replace(/\}/g, '}}');
    const prefix = lit.prefix.replace(/[uU]/, '') + 'f';
    return done(
      [...extra, replaceLit(ctx, `${prefix}${lit.quote}${esc(ctx.before)}${hole}${esc(ctx.after)}${lit.quote}`)],
      `Turned the string into an f-string that reads os.environ[${other}${ctx.name}${other}]${and}.`,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Go

const go: CodeLang = {
  spec: goSpec,
  rewrite(ctx) {
    const { lit, text } = ctx;
    if (lit.kind === 'char') return { error: 'The token is in a rune literal.' };
    let pkg = goOsName(text);
    const edits: Edit[] = [];
    let and = '';
    if (pkg === null) {
      const imp = goImportOs(text);
      if (!imp) return { error: 'Could not find the package clause to add the "os" import after.' };
      edits.push(imp);
      pkg = 'os';
      and = ' and imported "os"';
    }
    const lookup = `${pkg ? pkg + '.' : ''}Getenv("${ctx.name}")`;
    // A constant cannot hold a run-time value.
    const line = lineOf(text, lit.start);
    const constLine = /^([ \t]*)const([ \t]+)/.exec(line);
    if (constLine) {
      const at = lit.start - line.length + constLine[1].length;
      edits.push({ offset: at, length: 5, newText: 'var' });
      and += ' (the const became a var: os.Getenv is not constant)';
    } else if (inGoConstBlock(text, lit.start)) {
      return { error: 'The token is in a const ( … ) block and os.Getenv is not a constant: move it to a var declaration first.' };
    }
    let newText: string;
    if (ctx.whole) newText = lookup;
    else {
      const d = lit.quote;
      newText = concat(ctx, [ctx.before ? d + ctx.before + d : '', lookup, ctx.after ? d + ctx.after + d : ''], '+');
    }
    edits.push(replaceLit(ctx, newText));
    return done(edits, `Replaced the literal with ${ctx.whole ? lookup : 'a concatenation with ' + lookup}${and}.`);
  },
};

function inGoConstBlock(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = before.lastIndexOf('\nconst (');
  const startOpen = before.startsWith('const (') ? 0 : -1;
  const o = Math.max(open, startOpen);
  if (o < 0) return false;
  return !/\n\)/.test(before.slice(o + 1));
}

// ---------------------------------------------------------------------------------------------
// Java

const java: CodeLang = {
  spec: javaSpec,
  rewrite(ctx) {
    const { lit } = ctx;
    if (lit.kind === 'char') return { error: 'The token is in a char literal.' };
    const lookup = `System.getenv("${ctx.name}")`;
    if (ctx.whole) return done([replaceLit(ctx, lookup)], `Replaced the literal with ${lookup}.`);
    if (lit.kind === 'text-block') return { error: 'The token is part of a text block; split it out into its own string first.' };
    return done(
      [replaceLit(ctx, concat(ctx, [ctx.before ? `"${ctx.before}"` : '', lookup, ctx.after ? `"${ctx.after}"` : ''], '+'))],
      `Replaced the token with a concatenation with ${lookup}.`,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// C#

const cs: CodeLang = {
  spec: csSpec,
  rewrite(ctx) {
    const { lit, text } = ctx;
    if (lit.kind === 'char') return { error: 'The token is in a char literal.' };
    if (/\bconst\s+string\s+\w+\s*=\s*$/.test(text.slice(Math.max(0, lit.start - 200), lit.start)))
      return { error: 'The token is a const string and a constant cannot hold a run-time value: change it to static readonly (or a local variable) first.' };
    const lookup = `Environment.GetEnvironmentVariable("${ctx.name}")`;
    const imp = csharpUsingSystem(text);
    const extra = imp ? [imp] : [];
    const and = imp ? ' and added `using System;`' : '';
    if (ctx.whole) return done([...extra, replaceLit(ctx, lookup)], `Replaced the literal with ${lookup}${and}.`);
    if (lit.kind === 'raw') return { error: 'The token is part of a raw string literal; split it out into its own string first.' };
    const open = lit.prefix + lit.quote;
    return done(
      [...extra, replaceLit(ctx, concat(ctx, [ctx.before ? `${open}${ctx.before}"` : '', lookup, ctx.after ? `${open}${ctx.after}"` : ''], '+'))],
      `Replaced the token with a concatenation with ${lookup}${and}.`,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Rust

const rust: CodeLang = {
  spec: rustSpec,
  rewrite(ctx) {
    const { lit, text } = ctx;
    if (lit.kind === 'char') return { error: 'The token is in a char literal.' };
    if (lit.kind === 'bytes') return { error: 'The token is in a byte string; std::env::var returns a String, so change the code to use one first.' };
    if (/^\s*(pub(\([^)]*\))?\s+)?(const|static)\s/.test(lineOf(text, lit.start)))
      return { error: 'The token is a const/static item, which cannot hold a run-time value: read it with std::env::var where it is used (or use a LazyLock/OnceLock).' };
    const hasUse = /^\s*use\s+std::env\s*;/m.test(text);
    const fn = hasUse ? 'env::var' : 'std::env::var';
    const lookup = `${fn}("${ctx.name}").expect("${ctx.name} is not set")`;
    const note = ' It is a String now, not a &str: borrow it (&) where a &str is expected.';
    if (ctx.whole) return done([replaceLit(ctx, lookup)], `Replaced the literal with ${lookup}.${note}`);
    const esc = (s: string): string => s.replace(/\{/g, '{{').replace(/\}/g, '}}');
    const close = lit.kind === 'raw' ? '"' + lit.prefix.slice(1) : '"';
    const fmt = `${lit.prefix}"${esc(ctx.before)}{}${esc(ctx.after)}${close}`;
    return done([replaceLit(ctx, `format!(${fmt}, ${lookup})`)], `Replaced the literal with format!(…) around ${fn}("${ctx.name}").${note}`);
  },
};

// ---------------------------------------------------------------------------------------------
// PHP

const php: CodeLang = {
  spec: phpSpec,
  rewrite(ctx) {
    const { lit, text } = ctx;
    const lineBefore = lineOf(text, lit.start);
    if (/^\s*((final|public|private|protected)\s+)*const\s/i.test(lineBefore) || /^\s*((public|private|protected|var|static|readonly)\s+)+(\??[\w\\]+\s+)?\$\w+\s*=\s*$/i.test(lineBefore))
      return { error: 'The token is a constant or a property default, which cannot call getenv(): assign it in the constructor (or where it is used) first.' };
    const lookup = `getenv('${ctx.name}')`;
    if (ctx.whole) return done([replaceLit(ctx, lookup)], `Replaced the literal with ${lookup}.`);
    const q = lit.quote;
    return done(
      [replaceLit(ctx, concat(ctx, [ctx.before ? q + ctx.before + q : '', lookup, ctx.after ? q + ctx.after + q : ''], '.'))],
      `Replaced the token with a concatenation with ${lookup}.`,
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Ruby

function rubySingleToDouble(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    let c = raw[i];
    if (c === '\\' && (raw[i + 1] === '\\' || raw[i + 1] === "'")) c = raw[++i];
    if (c === '\\') out += '\\\\';
    else if (c === '"') out += '\\"';
    else if (c === '#' && /[{$@]/.test(raw[i + 1] ?? '')) out += '\\#';
    else out += c;
  }
  return out;
}

const ruby: CodeLang = {
  spec: rubySpec,
  rewrite(ctx) {
    const { lit } = ctx;
    const lookup = `ENV.fetch("${ctx.name}")`;
    if (ctx.whole) return done([replaceLit(ctx, lookup)], `Replaced the literal with ${lookup}.`);
    if (lit.quote === '"') return done([replaceSpan(ctx, `#{${lookup}}`)], `Interpolated ${lookup} into the string.`);
    return done(
      [replaceLit(ctx, `"${rubySingleToDouble(ctx.before)}#{${lookup}}${rubySingleToDouble(ctx.after)}"`)],
      `Turned the string into a double-quoted one that interpolates ${lookup}.`,
    );
  },
};

export const CODE_LANGS: Record<string, CodeLang> = {
  javascript: js,
  javascriptreact: js,
  typescript: js,
  typescriptreact: js,
  python: py,
  go,
  java,
  csharp: cs,
  rust,
  php,
  ruby,
};

export function rewriteCode(lang: CodeLang, text: string, offset: number, end: number, name: string): Out {
  let found = locate(text, offset, end, lang.spec);
  if ('error' in found && found.error.startsWith('The token runs past the end')) found = locateJoined(text, offset, end, lang.spec);
  if ('comment' in found) return { error: 'The token is inside a comment: delete it from the comment (there is nothing to look up at run time), and rotate it if it was ever committed.' };
  if ('error' in found) return found;
  const { lit } = found;
  const part = lit.parts.find(([s, e]) => offset >= s && end <= e);
  if (!part) return { error: 'The token is not in the text of the string (it overlaps an interpolation); split it out by hand.' };
  if (!lit.raw) {
    let k = offset - 1;
    let n = 0;
    while (k >= lit.contentStart && ctxChar(text, k) === '\\') (n++, k--);
    if (n % 2 === 1) return { error: 'The token starts inside an escape sequence of the string; split it out by hand.' };
  }
  const whole = lit.parts.length === 1 && offset === lit.contentStart && end === lit.contentEnd;
  return lang.rewrite({
    text,
    lit,
    offset,
    end,
    name,
    whole,
    before: text.slice(lit.contentStart, offset),
    after: text.slice(end, lit.contentEnd),
  });
}

function ctxChar(text: string, i: number): string {
  return text[i];
}
