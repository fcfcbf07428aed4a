/**
 * Quick-fixes for a finding, with their kinds declared up front:
 *   Ignore this line          a `keyward:ignore` comment above, in the language's comment syntax
 *   Add to baseline           the server writes .keyward-baseline.json (command run by the server)
 *   Move to vault…            a command the client runs, with everything it needs in its arguments
 *   Move all N tokens in this file to vault   the same for every finding of the file (2 or more)
 *   Open <provider> token settings   a command the client runs with the revoke/rotate URL
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../core/detect/types.ts';
import { commentSyntax, ignoreComment } from './comments.ts';
import { findingRange, rangesOverlap, SOURCE, type DiagnosticData } from './diagnostics.ts';
import { suggestName } from '../../core/rewrite/names.ts';

export const KIND_IGNORE = `${CodeActionKind.QuickFix}.keyward.ignore`;
export const KIND_BASELINE = `${CodeActionKind.QuickFix}.keyward.baseline`;
export const KIND_VAULT = `${CodeActionKind.QuickFix}.keyward.moveToVault`;
export const KIND_VAULT_ALL = `${CodeActionKind.QuickFix}.keyward.moveAllToVault`;
export const KIND_OPEN_SETTINGS = `${CodeActionKind.QuickFix}.keyward.openTokenSettings`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, KIND_IGNORE, KIND_BASELINE, KIND_VAULT, KIND_VAULT_ALL, KIND_OPEN_SETTINGS];

/** Run by the server (declared in executeCommandProvider). */
export const CMD_ADD_TO_BASELINE = 'keyward.addToBaseline';
/** Run by the client. */
export const CMD_MOVE_TO_VAULT = 'keyward.moveToVault';
export const CMD_MOVE_ALL_TO_VAULT = 'keyward.moveAllToVault';
export const CMD_OPEN_URL = 'keyward.openUrl';

export interface BaselineArgs {
  uri: string;
  ruleId: string;
  fingerprint: string;
}

export interface MoveToVaultArgs {
  uri: string;
  range: ReturnType<typeof findingRange>;
  ruleId: string;
  provider: string;
  suggestedName: string;
  version: number;
  /** The provider's page to revoke or rotate the token, offered when it turns out to be in git history. */
  revokeUrl?: string;
}

export interface MoveAllToVaultArgs {
  uri: string;
  version: number;
  findings: { range: ReturnType<typeof findingRange>; ruleId: string; provider: string; revokeUrl?: string }[];
}

function wanted(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

function matchingDiagnostic(f: Finding, diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  return diagnostics.find((d) => d.source === SOURCE && d.code === f.ruleId && ((d.data as DiagnosticData | undefined)?.fingerprint === f.fingerprint || rangesOverlap(d.range, findingRange(f))));
}

export function codeActions(doc: TextDocument, findings: readonly Finding[], params: CodeActionParams, canBaseline: boolean): CodeAction[] {
  const only = params.context.only;
  const keyward = params.context.diagnostics.filter((d) => d.source === SOURCE);
  const hits = findings.filter((f) => (keyward.length ? matchingDiagnostic(f, keyward) : rangesOverlap(findingRange(f), params.range)));
  const actions: CodeAction[] = [];
  const syntax = commentSyntax(doc.languageId, doc.uri);
  const ignoredLines = new Set<number>();
  for (const f of hits) {
    const diagnostic = matchingDiagnostic(f, keyward);
    const diagnostics = diagnostic ? [diagnostic] : undefined;
    const range = findingRange(f);
    const lineText = doc.getText({ start: { line: range.start.line, character: 0 }, end: { line: range.start.line + 1, character: 0 } }).replace(/\r?\n$/, '');

    if (wanted(KIND_VAULT, only)) {
      const args: MoveToVaultArgs = {
        uri: doc.uri, range, ruleId: f.ruleId, provider: f.provider,
        suggestedName: suggestName({ text: doc.getText(), offset: f.offset, length: f.length, ruleId: f.ruleId, provider: f.provider }), version: doc.version,
        ...(f.revokeUrl ? { revokeUrl: f.revokeUrl } : {}),
      };
      actions.push({
        title: `Move ${f.provider === 'Generic' ? 'secret' : `${f.provider} token`} to vault…`,
        kind: KIND_VAULT, isPreferred: true, ...(diagnostics ? { diagnostics } : {}),
        command: { title: 'Move to vault…', command: CMD_MOVE_TO_VAULT, arguments: [args] },
      });
    }
    if (syntax && wanted(KIND_IGNORE, only) && !ignoredLines.has(range.start.line)) {
      ignoredLines.add(range.start.line);
      const indent = /^[ \t]*/.exec(lineText)![0];
      const pos = { line: range.start.line, character: 0 };
      actions.push({
        title: 'Ignore this line (keyward:ignore)',
        kind: KIND_IGNORE, ...(diagnostics ? { diagnostics } : {}),
        edit: { changes: { [doc.uri]: [{ range: { start: pos, end: pos }, newText: ignoreComment(syntax, indent) }] } },
      });
    }
    if (canBaseline && wanted(KIND_BASELINE, only)) {
      const args: BaselineArgs = { uri: doc.uri, ruleId: f.ruleId, fingerprint: f.fingerprint };
      actions.push({
        title: 'Add to baseline (.keyward-baseline.json)',
        kind: KIND_BASELINE, ...(diagnostics ? { diagnostics } : {}),
        command: { title: 'Add to baseline', command: CMD_ADD_TO_BASELINE, arguments: [args] },
      });
    }
    if (f.revokeUrl && wanted(KIND_OPEN_SETTINGS, only)) {
      actions.push({
        title: `Open ${f.provider} token settings`,
        kind: KIND_OPEN_SETTINGS, ...(diagnostics ? { diagnostics } : {}),
        command: { title: `Open ${f.provider} token settings`, command: CMD_OPEN_URL, arguments: [f.revokeUrl] },
      });
    }
  }
  if (hits.length && findings.length >= 2 && wanted(KIND_VAULT_ALL, only)) {
    const args: MoveAllToVaultArgs = {
      uri: doc.uri, version: doc.version,
      findings: findings.map((f) => ({ range: findingRange(f), ruleId: f.ruleId, provider: f.provider, ...(f.revokeUrl ? { revokeUrl: f.revokeUrl } : {}) })),
    };
    actions.push({
      title: `Move all ${findings.length} tokens in this file to vault`,
      kind: KIND_VAULT_ALL,
      command: { title: 'Move all to vault', command: CMD_MOVE_ALL_TO_VAULT, arguments: [args] },
    });
  }
  return actions;
}
