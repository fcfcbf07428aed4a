/**
 * Custom rules: a team's own token formats, as Keyward JSON or an existing gitleaks config.
 *
 * Keyward JSON: { "rules": [{ "id", "regex", "keywords"?, "title"?, "provider"?, "secretGroup"?,
 *   "minEntropy"?, "confidence"?, "hint"?, "revokeUrl"?, "description"?, "allow"? }] }
 *   (a bare array of rules works too).
 * gitleaks TOML: [[rules]] id, description, regex, secretGroup, entropy, keywords, and
 *   [rules.allowlist] / [allowlist] regexes and stopwords. `[extend] useDefault` is implied: custom
 *   rules are added to Keyward's own. Go regex syntax is translated where JavaScript differs
 *   ((?i) → the i flag, (?P<n> → (?<n>, \z → $, POSIX classes); a regex that still fails to
 *   compile is reported, with the rule id, and the rest load.
 *
 * Rules are data: loading them never runs anything, so it is safe in an untrusted workspace. A file
 * could still ship a pattern that backtracks for ever or a "revoke URL" that is really a command
 * link, so every field is validated, in both formats, and a rule that fails is dropped with a reason:
 * nested unbounded quantifiers ((a+)+), regexes over 1000 characters or matching the empty string,
 * flags other than i/m/s, a revokeUrl that is not https://, ids already taken.
 */
import { parse as parseToml } from 'smol-toml';
import type { Confidence, Rule } from './types.ts';

export interface CustomRuleProblem {
  /** What is wrong, without the file or rule prefix (errors[] has the prefixed form). */
  message: string;
  /** Index of the rule in the file's list, or -1 for the file as a whole. */
  index: number;
  /** The rule's id, when it has a string one. */
  ruleId?: string;
  /** 1-based line and column of the rule's id (or of a syntax error), when known: where an editor shows it. */
  line?: number;
  column?: number;
}

export interface CustomRulesResult {
  rules: Rule[];
  /** Human-readable problems, each naming the file and rule; the value of nothing is echoed. */
  errors: string[];
  /** The same problems, one for one with `errors`, with where they are in the file. */
  problems: CustomRuleProblem[];
}

export interface CustomRulesOptions {
  /** Ids that custom rules may not reuse (the built-in ones, for the editor). */
  takenIds?: ReadonlySet<string>;
}

const MAX_REGEX = 1000;
/** A group holding an unbounded quantifier, itself repeated: (a+)+, (a*)*, (a|b+){2,} … */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\})\)(?:[+*]|\{\d+,\d*\})/;
const EXPONENTIAL = 'repeats a group that holds an unbounded quantifier, which can take exponential time; bound the inner quantifier';

const POSIX: Record<string, string> = {
  alnum: 'A-Za-z0-9', alpha: 'A-Za-z', digit: '0-9', lower: 'a-z', upper: 'A-Z', space: '\\s', xdigit: '0-9A-Fa-f', word: '\\w', punct: '!-\\/:-@\\[-`{-~',
};

/** Translates the RE2/Go syntax gitleaks uses into a JavaScript RegExp. */
export function translateGoRegex(source: string): RegExp {
  let flags = '';
  let s = source;
  const lead = /^\(\?([imsU]+)\)/.exec(s);
  if (lead) {
    s = s.slice(lead[0].length);
    if (lead[1].includes('i')) flags += 'i';
    if (lead[1].includes('s')) flags += 's';
    if (lead[1].includes('m')) flags += 'm';
  }
  // Scoped case-insensitivity (?i:…) has no JavaScript equivalent in Node 20: widen to the whole regex.
  if (/\(\?i[:)]/.test(s)) {
    s = s.replace(/\(\?i:/g, '(?:').replace(/\(\?i\)/g, '');
    if (!flags.includes('i')) flags += 'i';
  }
  s = s
    .replace(/\(\?P</g, '(?<')
    .replace(/\\z/g, '$')
    .replace(/\\A/g, '^')
    .replace(/\[:(\w+):\]/g, (m, name: string) => POSIX[name] ?? m);
  return new RegExp(s, flags);
}

/** Literal runs of 3+ characters in a regex source, lower-cased: keywords when a rule names none. */
export function literalKeywords(source: string): string[] {
  const cleaned = source.replace(/\\[dDwWsSbB]|\\.|\[[^\]]*\]|\{[^}]*\}|\(\?[^)]*\)|[()|*+?.^$]/g, '\u0000');
  const runs = cleaned.split('\u0000').filter((r) => r.length >= 3 && /^[\x20-\x7e]+$/.test(r));
  runs.sort((a, b) => b.length - a.length);
  return runs.length ? [runs[0].toLowerCase()] : [];
}

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 1-based line and column of `offset` in `text`. */
function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1, lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where a rule's id is written: `"id": "<id>"` in JSON, `id = "<id>"` in TOML. */
function idPosition(text: string, id: string, go: boolean): { line: number; column: number } | undefined {
  const m = go
    ? new RegExp(`^[ \\t]*id\\s*=\\s*(["'])${escapeRe(id)}\\1`, 'm').exec(text)
    : new RegExp(`"id"\\s*:\\s*${escapeRe(JSON.stringify(id))}`).exec(text);
  if (!m) return undefined;
  return lineCol(text, m.index + (m[0].length - m[0].trimStart().length));
}

class Problems {
  readonly errors: string[] = [];
  readonly problems: CustomRuleProblem[] = [];
  constructor(private readonly file: string, private readonly text: string, private readonly go: boolean) {}

  /** A problem with the file as a whole. */
  whole(message: string, at?: { line: number; column?: number }): void {
    this.errors.push(`${this.file}: ${message}`);
    this.problems.push(at ? { message, index: -1, line: at.line, column: at.column ?? 1 } : { message, index: -1 });
  }

  /** A problem with the rule at `index` (whose id, if a string, is `id`). */
  rule(index: number, id: string | undefined, message: string): undefined {
    this.errors.push(`${this.file}: rule ${id ?? `#${index + 1}`}: ${message}`);
    const p: CustomRuleProblem = { message, index };
    if (id !== undefined) {
      p.ruleId = id;
      const at = idPosition(this.text, id, this.go);
      if (at) Object.assign(p, at);
    }
    this.problems.push(p);
    return undefined;
  }
}

const CONFIDENCE = new Set(['high', 'medium', 'low']);

interface RawRule {
  id?: unknown; regex?: unknown; keywords?: unknown; title?: unknown; description?: unknown; provider?: unknown;
  secretGroup?: unknown; minEntropy?: unknown; entropy?: unknown; confidence?: unknown; hint?: unknown; revokeUrl?: unknown;
  flags?: unknown; generic?: unknown; allow?: unknown; allowlist?: { regexes?: unknown; stopwords?: unknown };
}

function toRule(raw: RawRule, index: number, out: Problems, globalAllow: string[], go: boolean): Rule | undefined {
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  const fail = (what: string) => out.rule(index, id, what);
  if (id === undefined || !/^[a-z0-9][a-z0-9._-]{0,63}$/i.test(id)) return fail('needs an "id" of letters, digits, ".", "_" or "-" (at most 64)');
  if (typeof raw.regex !== 'string' || !raw.regex) return fail('needs a "regex" string');
  if (raw.regex.length > MAX_REGEX) return fail(`"regex" is longer than ${MAX_REGEX} characters`);
  if (NESTED_QUANTIFIER.test(raw.regex)) return fail(`"regex" ${EXPONENTIAL}`);
  if (raw.flags !== undefined && (typeof raw.flags !== 'string' || !/^[ims]*$/.test(raw.flags))) return fail('"flags" may contain only i, m and s');
  let regex: RegExp;
  try {
    regex = go ? translateGoRegex(raw.regex) : new RegExp(raw.regex);
    if (raw.flags) regex = new RegExp(regex.source, [...new Set(regex.flags + raw.flags)].join(''));
  } catch (err) {
    return fail(`regex does not compile: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`);
  }
  if (regex.test('')) return fail('"regex" matches the empty string');
  let keywords: string[];
  if (raw.keywords === undefined) keywords = literalKeywords(regex.source);
  else if (Array.isArray(raw.keywords) && raw.keywords.every((k) => typeof k === 'string' && k.length > 0 && k.length <= 64)) keywords = (raw.keywords as string[]).map((k) => k.toLowerCase());
  else return fail('"keywords" must be a list of non-empty strings (each at most 64 characters)');
  if (keywords.some((k) => /[^\x01-\x7f]/.test(k))) return fail('keywords must be ASCII');
  if (keywords.length === 0) return fail('give "keywords": literals that occur in every match, so the rule runs only near them');
  const confidence = raw.confidence === undefined ? 'medium' : raw.confidence;
  if (typeof confidence !== 'string' || !CONFIDENCE.has(confidence)) return fail('"confidence" must be high, medium or low');
  const minEntropy = raw.minEntropy ?? raw.entropy;
  if (minEntropy !== undefined && (typeof minEntropy !== 'number' || !(minEntropy >= 0 && minEntropy <= 8))) return fail('"minEntropy" must be a number from 0 to 8');
  if (raw.secretGroup !== undefined && !(typeof raw.secretGroup === 'number' && Number.isInteger(raw.secretGroup) && raw.secretGroup >= 0) && !(typeof raw.secretGroup === 'string' && raw.secretGroup)) {
    return fail('"secretGroup" must be a group number or name');
  }
  if (raw.revokeUrl !== undefined && !(typeof raw.revokeUrl === 'string' && /^https:\/\/[^\s]+$/.test(raw.revokeUrl))) return fail('"revokeUrl" must be an https:// URL');
  for (const k of ['title', 'provider', 'hint', 'description'] as const) {
    if (raw[k] !== undefined && typeof raw[k] !== 'string') return fail(`"${k}" must be a string`);
  }
  if (raw.allow !== undefined && (typeof raw.allow !== 'string' || !raw.allow)) return fail('"allow" must be a regex string');
  const allowSources = [...globalAllow];
  const list = raw.allowlist;
  const addList = (v: unknown, escape: boolean) => {
    if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') allowSources.push(escape ? escapeRe(x) : x);
  };
  if (typeof raw.allow === 'string') allowSources.push(raw.allow);
  if (list) {
    addList(list.regexes, false);
    addList(list.stopwords, true);
  }
  let allow: RegExp | undefined;
  if (allowSources.length) {
    if (allowSources.some((x) => x.length > MAX_REGEX)) return fail(`an allow regex is longer than ${MAX_REGEX} characters`);
    if (allowSources.some((x) => NESTED_QUANTIFIER.test(x))) return fail(`an allow regex ${EXPONENTIAL}`);
    try {
      allow = go ? translateGoRegex(allowSources.map((x) => `(?:${x})`).join('|')) : new RegExp(allowSources.join('|'));
    } catch (err) {
      return fail(`allowlist regex does not compile: ${(err as Error).message}`);
    }
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const rule: Rule = {
    id,
    title: str(raw.title) ?? str(raw.description) ?? id,
    provider: str(raw.provider) ?? 'Custom',
    regex,
    keywords,
    confidence: confidence as Confidence,
  };
  if (raw.secretGroup !== undefined) rule.secretGroup = raw.secretGroup as number | string;
  if (typeof minEntropy === 'number') rule.minEntropy = minEntropy;
  if (allow) rule.allow = allow;
  const hint = str(raw.hint), revokeUrl = str(raw.revokeUrl), description = str(raw.description);
  if (hint) rule.hint = hint;
  if (revokeUrl) rule.revokeUrl = revokeUrl;
  if (description) rule.description = description;
  if (raw.generic === true) rule.generic = true;
  return rule;
}

/**
 * Parses a custom rules file's text. `file` decides the format (.toml = gitleaks) and names it in
 * errors. Ids in `options.takenIds` are refused (duplicates within the file always are).
 */
export function parseCustomRules(text: string, file: string, options: CustomRulesOptions = {}): CustomRulesResult {
  const rules: Rule[] = [];
  const go = /\.toml$/i.test(file);
  const out = new Problems(file, text, go);
  const result = () => ({ rules, errors: out.errors, problems: out.problems });
  let data: unknown;
  try {
    data = go ? parseToml(text) : JSON.parse(text);
  } catch (err) {
    const e = err as Error & { line?: number; column?: number };
    const pos = /at position (\d+)/.exec(e.message);
    const at = e.line ? { line: e.line, column: e.column } : pos ? lineCol(text, Number(pos[1])) : undefined;
    out.whole(`not valid ${go ? 'TOML' : 'JSON'}${e.line ? ` at line ${e.line}, column ${e.column}` : ''}: ${e.message.split('\n')[0]}`, at);
    return result();
  }
  const root = data as { rules?: unknown; allowlist?: { regexes?: unknown; stopwords?: unknown } } | null;
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? root!.rules : undefined;
  if (!Array.isArray(list)) {
    out.whole(`expected ${go ? '[[rules]] tables' : '{ "rules": [...] }'}`);
    return result();
  }
  const globalAllow: string[] = [];
  if (!Array.isArray(data) && root!.allowlist) {
    const g = root!.allowlist;
    if (Array.isArray(g.regexes)) globalAllow.push(...g.regexes.filter((x): x is string => typeof x === 'string'));
    if (Array.isArray(g.stopwords)) globalAllow.push(...g.stopwords.filter((x): x is string => typeof x === 'string').map(escapeRe));
  }
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out.rule(i, undefined, 'a rule must be an object');
    const rule = toRule(raw as RawRule, i, out, globalAllow, go);
    if (!rule) return;
    if (seen.has(rule.id)) return out.rule(i, rule.id, 'duplicate id');
    if (options.takenIds?.has(rule.id)) return out.rule(i, rule.id, `id "${rule.id}" is already taken by a built-in rule`);
    seen.add(rule.id);
    rules.push(rule);
  });
  return result();
}
