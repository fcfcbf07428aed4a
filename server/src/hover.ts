/** Hover on a flagged literal: provider, rule, why it matters, what to do. Masked value only. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { Finding } from '../../core/detect/types.ts';
import { ruleDocsUrl } from '../../core/detect/docs.ts';
import { contains, findingRange } from './diagnostics.ts';

const escapeMd = (s: string) => s.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');

export function hover(findings: readonly Finding[], position: Position, markdown: boolean): Hover | null {
  const f = findings.find((x) => contains(findingRange(x), position));
  if (!f) return null;
  const lines: string[] = [];
  if (markdown) {
    lines.push(`**${escapeMd(f.provider)}**: ${escapeMd(f.title)} ([${f.ruleId}](${ruleDocsUrl(f.ruleId)}))`, '', `Value: \`${f.masked}\`${f.validation === 'valid' ? ' (checksum verified)' : ''}`);
    if (f.description) lines.push('', `**Why it matters:** ${escapeMd(f.description)}`);
    lines.push('', `**What to do:** move it to the vault (quick fix "Move to vault…") and read it at run time.${f.hint ? ` ${escapeMd(f.hint)}` : ''}`);
    if (f.revokeUrl) lines.push('', `If it was ever committed or shared, revoke or rotate it: [${f.revokeUrl}](${f.revokeUrl})`);
  } else {
    lines.push(`${f.provider}: ${f.title} (${f.ruleId})`, `Value: ${f.masked}`);
    if (f.description) lines.push(`Why it matters: ${f.description}`);
    lines.push(`What to do: move it to the vault and read it at run time.${f.hint ? ` ${f.hint}` : ''}`);
    if (f.revokeUrl) lines.push(`Revoke or rotate: ${f.revokeUrl}`);
  }
  return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: lines.join('\n') }, range: findingRange(f) };
}
