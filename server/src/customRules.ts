/**
 * Custom rules: a JSON array of rules in the workspace. Regexes are data, never code, but a
 * workspace could still ship a pattern that backtracks for ever or a "revoke URL" that is really a
 * command link, so every field is validated and a rule that fails is dropped with a reason.
 */
import { promises as fsp } from 'node:fs';
import type { Confidence, Rule } from '../../core/detect/types.ts';

export interface RuleError {
  /** Index in the array, or -1 for the file as a whole. */
  index: number;
  id?: string;
  message: string;
}

export interface LoadedRules {
  path: string;
  rules: Rule[];
  errors: RuleError[];
  /** The file's text (for placing diagnostics), when it could be read. */
  text?: string;
}

const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/i;
const CONFIDENCE = new Set(['high', 'medium', 'low']);
const MAX_REGEX = 1000;
/** A group holding an unbounded quantifier, itself repeated: (a+)+, (a*)*, (a|b+){2,} … */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\})\)(?:[+*]|\{\d+,\d*\})/;

const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

export function parseCustomRules(text: string, builtinIds: ReadonlySet<string>): { rules: Rule[]; errors: RuleError[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { rules: [], errors: [{ index: -1, message: `not valid JSON (${(err as Error).message})` }] };
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { rules?: unknown }).rules) ? (data as { rules: unknown[] }).rules : undefined;
  if (!list) return { rules: [], errors: [{ index: -1, message: 'expected a JSON array of rules (or { "rules": [...] })' }] };
  const rules: Rule[] = [];
  const errors: RuleError[] = [];
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    const r = raw as Record<string, unknown>;
    const id = r && typeof r === 'object' && typeof r.id === 'string' ? r.id : undefined;
    const fail = (message: string) => errors.push(id ? { index, id, message } : { index, message });
    if (!r || typeof r !== 'object') return fail('a rule must be an object');
    if (!id || !ID.test(id)) return fail('"id" must be letters, digits, ".", "_" or "-" (at most 64)');
    if (builtinIds.has(id) || seen.has(id)) return fail(`rule id "${id}" is already taken`);
    if (!str(r.regex)) return fail('"regex" must be a non-empty string');
    if (r.regex.length > MAX_REGEX) return fail(`"regex" is longer than ${MAX_REGEX} characters`);
    if (NESTED_QUANTIFIER.test(r.regex)) return fail('"regex" repeats a group that holds an unbounded quantifier, which can take exponential time; bound the inner quantifier');
    const flags = r.flags === undefined ? '' : r.flags;
    if (typeof flags !== 'string' || !/^[ims]*$/.test(flags)) return fail('"flags" may contain only i, m and s');
    let regex: RegExp;
    try {
      regex = new RegExp(r.regex, flags);
    } catch (err) {
      return fail(`"regex" does not compile: ${(err as Error).message}`);
    }
    if (regex.test('')) return fail('"regex" matches the empty string');
    if (!Array.isArray(r.keywords) || r.keywords.length === 0 || !r.keywords.every((k) => str(k) && k.length <= 64)) {
      return fail('"keywords" must be a non-empty array of strings (each at most 64 characters)');
    }
    if (r.confidence !== undefined && !CONFIDENCE.has(r.confidence as string)) return fail('"confidence" must be high, medium or low');
    if (r.minEntropy !== undefined && (typeof r.minEntropy !== 'number' || r.minEntropy < 0 || r.minEntropy > 8)) return fail('"minEntropy" must be a number from 0 to 8');
    if (r.secretGroup !== undefined && !(typeof r.secretGroup === 'number' && Number.isInteger(r.secretGroup) && r.secretGroup >= 0) && !str(r.secretGroup)) {
      return fail('"secretGroup" must be a group number or name');
    }
    if (r.revokeUrl !== undefined && !(str(r.revokeUrl) && /^https:\/\/[^\s]+$/.test(r.revokeUrl))) return fail('"revokeUrl" must be an https:// URL');
    for (const k of ['title', 'provider', 'hint', 'description'] as const) {
      if (r[k] !== undefined && typeof r[k] !== 'string') return fail(`"${k}" must be a string`);
    }
    let allow: RegExp | undefined;
    if (r.allow !== undefined) {
      if (!str(r.allow) || r.allow.length > MAX_REGEX || NESTED_QUANTIFIER.test(r.allow)) return fail('"allow" must be a short, linear regex string');
      try {
        allow = new RegExp(r.allow);
      } catch (err) {
        return fail(`"allow" does not compile: ${(err as Error).message}`);
      }
    }
    seen.add(id);
    const rule: Rule = {
      id,
      title: (r.title as string | undefined) ?? id,
      provider: (r.provider as string | undefined) ?? 'Custom',
      regex,
      keywords: (r.keywords as string[]).map((k) => k.toLowerCase()),
      confidence: (r.confidence as Confidence | undefined) ?? 'medium',
    };
    if (r.secretGroup !== undefined) rule.secretGroup = r.secretGroup as number | string;
    if (r.minEntropy !== undefined) rule.minEntropy = r.minEntropy as number;
    if (r.hint !== undefined) rule.hint = r.hint as string;
    if (r.revokeUrl !== undefined) rule.revokeUrl = r.revokeUrl as string;
    if (r.description !== undefined) rule.description = r.description as string;
    if (r.generic === true) rule.generic = true;
    if (allow) rule.allow = allow;
    rules.push(rule);
  });
  return { rules, errors };
}

export async function loadCustomRules(absPath: string, builtinIds: ReadonlySet<string>): Promise<LoadedRules> {
  if (/\.toml$/i.test(absPath)) {
    return { path: absPath, rules: [], errors: [{ index: -1, message: 'gitleaks TOML rule files are not supported yet; use a JSON array of rules' }] };
  }
  let text: string;
  try {
    text = await fsp.readFile(absPath, 'utf8');
  } catch (err) {
    return { path: absPath, rules: [], errors: [{ index: -1, message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` }] };
  }
  return { path: absPath, text, ...parseCustomRules(text, builtinIds) };
}

/** Where in the file to show an error: the rule's `"id": "<id>"`, else the start. */
export function errorOffset(text: string | undefined, e: RuleError): number {
  if (!text || !e.id) return 0;
  const m = new RegExp(`"id"\\s*:\\s*${JSON.stringify(e.id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(text);
  return m ? m.index : 0;
}
