/**
 * Findings as LSP diagnostics. A diagnostic carries the masked value only; the value itself stays
 * in the document, where a quick-fix can read it.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { Finding, Level } from '../../core/detect/types.ts';
import { ruleDocsUrl } from '../../core/detect/docs.ts';
import type { RuleSetting } from './settings.ts';

export const SOURCE = 'keyward';
/** Code of the one information diagnostic on a document too large to scan. */
export const TOO_LARGE_CODE = 'file-too-large';
export const CUSTOM_RULES_CODE = 'custom-rules';

const BY_LEVEL: Record<Level, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, note: DiagnosticSeverity.Information };
const BY_SETTING: Record<Exclude<RuleSetting, 'off'>, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

/** What code actions and clients need, without the value. */
export interface DiagnosticData {
  ruleId: string;
  provider: string;
  fingerprint: string;
  masked: string;
  hint?: string;
  revokeUrl?: string;
}

export function findingRange(f: Finding): Range {
  return { start: { line: f.start.line - 1, character: f.start.column - 1 }, end: { line: f.end.line - 1, character: f.end.column - 1 } };
}

export function findingMessage(f: Finding): string {
  const check = f.validation === 'valid' ? ' (checksum verified)' : f.validation === 'invalid' ? ' (checksum does not verify: likely a test value)' : '';
  const head = `${f.provider === 'Generic' || f.provider === 'Custom' ? 'Hardcoded secret' : `Hardcoded ${f.provider} token`}: ${f.title} ${f.masked}${check}`;
  return f.hint ? `${head}\n${f.hint}` : head;
}

export function toDiagnostic(f: Finding, overrides: Readonly<Record<string, RuleSetting>>): Diagnostic {
  const o = overrides[f.ruleId];
  const data: DiagnosticData = { ruleId: f.ruleId, provider: f.provider, fingerprint: f.fingerprint, masked: f.masked };
  if (f.hint) data.hint = f.hint;
  if (f.revokeUrl) data.revokeUrl = f.revokeUrl;
  return {
    range: findingRange(f),
    severity: o && o !== 'off' ? BY_SETTING[o] : BY_LEVEL[f.level],
    source: SOURCE,
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    message: findingMessage(f),
    data,
  };
}

export function tooLargeDiagnostic(size: number, max: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: TOO_LARGE_CODE,
    message: `Keyward did not scan this file: ${size} characters is over keyward.maxFileSize (${max}).`,
  };
}

export const rangesOverlap = (a: Range, b: Range): boolean =>
  !(cmp(a.end, b.start) < 0 || cmp(b.end, a.start) < 0);

function cmp(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

export function contains(r: Range, p: Range['start']): boolean {
  return cmp(r.start, p) <= 0 && cmp(p, r.end) <= 0;
}
