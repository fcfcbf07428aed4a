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
 * Rules are data: loading them never runs anything, so it is safe in an untrusted workspace.
 */
import { parse as parseToml } from 'smol-toml';
import type { Confidence, Rule } from './types.ts';

export interface CustomRulesResult {
  rules: Rule[];
  /** Human-readable problems, each naming the file and rule; the value of nothing is echoed. */
  errors: string[];
}

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

function fail(errors: string[], file: string, where: string, what: string): void {
  errors.push(`${file}: ${where}: ${what}`);
}

const CONFIDENCE = new Set(['high', 'medium', 'low']);

interface RawRule {
  id?: unknown; regex?: unknown; keywords?: unknown; title?: unknown; description?: unknown; provider?: unknown;
  secretGroup?: unknown; minEntropy?: unknown; entropy?: unknown; confidence?: unknown; hint?: unknown; revokeUrl?: unknown;
  allow?: unknown; allowlist?: { regexes?: unknown; stopwords?: unknown };
}

function toRule(raw: RawRule, index: number, file: string, errors: string[], globalAllow: string[], go: boolean): Rule | undefined {
  const where = `rule ${typeof raw.id === 'string' ? raw.id : `#${index + 1}`}`;
  if (typeof raw.id !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/i.test(raw.id)) return fail(errors, file, where, 'needs an "id" of letters, digits, ".", "_" or "-"'), undefined;
  if (typeof raw.regex !== 'string' || !raw.regex) return fail(errors, file, where, 'needs a "regex" string'), undefined;
  let regex: RegExp;
  try {
    regex = go ? translateGoRegex(raw.regex) : new RegExp(raw.regex);
  } catch (err) {
    return fail(errors, file, where, `regex does not compile: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`), undefined;
  }
  let keywords: string[];
  if (raw.keywords === undefined) keywords = literalKeywords(regex.source);
  else if (Array.isArray(raw.keywords) && raw.keywords.every((k) => typeof k === 'string' && k.length > 0)) keywords = (raw.keywords as string[]).map((k) => k.toLowerCase());
  else return fail(errors, file, where, '"keywords" must be a list of non-empty strings'), undefined;
  if (keywords.some((k) => /[^\x01-\x7f]/.test(k))) return fail(errors, file, where, 'keywords must be ASCII'), undefined;
  if (keywords.length === 0) return fail(errors, file, where, 'give "keywords": literals that occur in every match, so the rule runs only near them'), undefined;
  const confidence = raw.confidence === undefined ? 'medium' : raw.confidence;
  if (typeof confidence !== 'string' || !CONFIDENCE.has(confidence)) return fail(errors, file, where, '"confidence" must be high, medium or low'), undefined;
  const minEntropy = raw.minEntropy ?? raw.entropy;
  if (minEntropy !== undefined && typeof minEntropy !== 'number') return fail(errors, file, where, '"minEntropy" must be a number'), undefined;
  if (raw.secretGroup !== undefined && typeof raw.secretGroup !== 'number' && typeof raw.secretGroup !== 'string') return fail(errors, file, where, '"secretGroup" must be a number or a group name'), undefined;
  const allowSources = [...globalAllow];
  const list = raw.allowlist;
  const addList = (v: unknown, escape: boolean) => {
    if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') allowSources.push(escape ? x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : x);
  };
  if (typeof raw.allow === 'string') allowSources.push(raw.allow);
  if (list) {
    addList(list.regexes, false);
    addList(list.stopwords, true);
  }
  let allow: RegExp | undefined;
  if (allowSources.length) {
    try {
      allow = go ? translateGoRegex(allowSources.map((s) => `(?:${s})`).join('|')) : new RegExp(allowSources.join('|'));
    } catch (err) {
      return fail(errors, file, where, `allowlist regex does not compile: ${(err as Error).message}`), undefined;
    }
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const rule: Rule = {
    id: raw.id,
    title: str(raw.title) ?? str(raw.description) ?? raw.id,
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
  return rule;
}

/** Parses a custom rules file's text. `file` decides the format (.toml = gitleaks) and names it in errors. */
export function parseCustomRules(text: string, file: string): CustomRulesResult {
  const errors: string[] = [];
  const rules: Rule[] = [];
  const go = /\.toml$/i.test(file);
  let data: unknown;
  try {
    data = go ? parseToml(text) : JSON.parse(text);
  } catch (err) {
    const e = err as Error & { line?: number; column?: number };
    const at = e.line ? ` at line ${e.line}, column ${e.column}` : '';
    return { rules, errors: [`${file}: not valid ${go ? 'TOML' : 'JSON'}${at}: ${e.message.split('\n')[0]}`] };
  }
  const root = data as { rules?: unknown; allowlist?: { regexes?: unknown; stopwords?: unknown } };
  const list = Array.isArray(data) ? data : root?.rules;
  if (!Array.isArray(list)) return { rules, errors: [`${file}: expected ${go ? '[[rules]] tables' : '{ "rules": [...] }'}`] };
  const globalAllow: string[] = [];
  if (!Array.isArray(data) && root.allowlist) {
    if (Array.isArray(root.allowlist.regexes)) globalAllow.push(...root.allowlist.regexes.filter((x): x is string => typeof x === 'string'));
    if (Array.isArray(root.allowlist.stopwords)) globalAllow.push(...root.allowlist.stopwords.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const rule = toRule((raw ?? {}) as RawRule, i, file, errors, globalAllow, go);
    if (!rule) return;
    if (seen.has(rule.id)) return fail(errors, file, `rule ${rule.id}`, 'duplicate id');
    seen.add(rule.id);
    rules.push(rule);
  });
  return { rules, errors };
}
