/**
 * Output formats for `keyward scan`. Each is handed findings, which carry a masked form and a
 * fingerprint but never a value, so no format can print one.
 */
import type { Finding, Level } from '../core/detect/types.ts';
import type { Skipped } from '../core/detect/files.ts';
import { RULES } from '../core/detect/rules/index.ts';
import { DOCS_URL, ruleDocsUrl } from '../core/detect/docs.ts';
import { VERSION } from './meta.ts';

export interface Report {
  findings: Finding[];
  skipped: Skipped[];
  files: number;
  bytes: number;
  ms: number;
  baselined: number;
}

export function toJson(r: Report): string {
  return JSON.stringify(
    {
      version: VERSION,
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId, title: f.title, provider: f.provider, level: f.level, confidence: f.confidence,
        path: f.path, start: f.start, end: f.end, masked: f.masked, fingerprint: f.fingerprint,
        ...(f.validation ? { validation: f.validation } : {}),
        ...(f.hint ? { hint: f.hint } : {}),
        ...(f.revokeUrl ? { revokeUrl: f.revokeUrl } : {}),
      })),
      skipped: r.skipped,
      stats: { files: r.files, bytes: r.bytes, ms: Math.round(r.ms), baselined: r.baselined },
    },
    null,
    2,
  ) + '\n';
}

const SARIF_LEVEL: Record<Level, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };
const SECURITY_SEVERITY: Record<Level, string> = { error: '8.0', warning: '6.0', note: '3.0' };

export function toSarif(r: Report): string {
  const used = [...new Set(r.findings.map((f) => f.ruleId))].sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const rules = used.map((id) => {
    const rule = RULES.find((x) => x.id === id);
    const level = rule ? SARIF_LEVEL[rule.confidence === 'high' ? 'error' : rule.confidence === 'medium' ? 'warning' : 'note'] : 'warning';
    const help = [rule?.description, rule?.hint, rule?.revokeUrl ? `Revoke or rotate: ${rule.revokeUrl}` : undefined].filter(Boolean).join('\n\n');
    return {
      id,
      name: id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: rule?.title ?? id },
      fullDescription: { text: rule?.description ?? rule?.title ?? id },
      helpUri: ruleDocsUrl(id),
      help: { text: help || (rule?.title ?? id), markdown: help || (rule?.title ?? id) },
      defaultConfiguration: { level },
      properties: { tags: ['security', 'secret', rule?.provider ?? 'generic'], 'security-severity': SECURITY_SEVERITY[level], precision: rule?.confidence === 'high' ? 'very-high' : 'high' },
    };
  });
  const results = r.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId)!,
    level: SARIF_LEVEL[f.level],
    message: { text: message(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.path ?? ''), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.start.line, startColumn: f.start.column, endLine: f.end.line, endColumn: f.end.column },
        },
      },
    ],
    partialFingerprints: { 'keyward/secret/v1': f.fingerprint.slice(0, 32) },
  }));
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'keyward', version: VERSION, semanticVersion: VERSION, informationUri: DOCS_URL, rules } },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    },
    null,
    2,
  ) + '\n';
}

/** The one-line message: provider, what, masked value, and a note on the checksum. */
export function message(f: Finding): string {
  const check = f.validation === 'valid' ? ' (checksum verified)' : f.validation === 'invalid' ? ' (checksum does not verify: likely fabricated or a test value)' : '';
  return `${f.title}: ${f.masked}${check}`;
}

interface Palette {
  bold: (s: string) => string;
  dim: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  cyan: (s: string) => string;
  green: (s: string) => string;
}

export function palette(color: boolean): Palette {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), green: wrap(32, 39) };
}

export function toText(r: Report, color: boolean): string {
  const p = palette(color);
  const lines: string[] = [];
  const levelText = (l: Level) => (l === 'error' ? p.red('error  ') : l === 'warning' ? p.yellow('warning') : p.cyan('note   '));
  for (const f of r.findings) {
    lines.push(`${p.bold(`${f.path}:${f.start.line}:${f.start.column}`)}  ${levelText(f.level)}  ${f.provider}  ${p.dim(f.ruleId)}`);
    lines.push(`    ${message(f)}`);
    if (f.hint) lines.push(`    ${p.cyan('least privilege:')} ${f.hint}`);
    if (f.revokeUrl) lines.push(`    ${p.dim('revoke/rotate:')} ${f.revokeUrl}`);
  }
  if (r.findings.length) lines.push('');
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of r.findings) counts[f.level]++;
  const mb = (r.bytes / 1e6).toFixed(r.bytes < 1e6 ? 2 : 1);
  const summary = r.findings.length
    ? p.bold(`${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`) + ` (${counts.error} error, ${counts.warning} warning, ${counts.note} note)`
    : p.green('no hardcoded tokens found');
  lines.push(`${summary} in ${r.files} file${r.files === 1 ? '' : 's'} (${mb} MB, ${Math.round(r.ms)} ms)`);
  if (r.baselined) lines.push(p.dim(`${r.baselined} finding(s) accepted by the baseline`));
  if (r.skipped.length) {
    const by = new Map<string, number>();
    for (const s of r.skipped) by.set(s.reason, (by.get(s.reason) ?? 0) + 1);
    lines.push(p.dim(`skipped: ${[...by].map(([k, n]) => `${n} ${k}`).join(', ')} (--format json lists them)`));
  }
  return lines.join('\n') + '\n';
}
