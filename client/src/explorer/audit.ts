/**
 * The audit log, readable: a tree view (newest first; action, token, time, actor) and a read-only
 * virtual document ("Keyward: Show Audit Log") with one aligned line per event. Both come from
 * core/vault/audit.ts's read(); "Verify" runs its verify() and says which line broke the chain.
 * The log never holds a value, only short fingerprints, so nothing shown here can leak one.
 */
import * as vscode from 'vscode';
import type { AuditEntry, AuditLog, VerifyResult } from '../../../core/vault/audit.ts';

export const AUDIT_SCHEME = 'keyward-audit';
export const AUDIT_URI = vscode.Uri.from({ scheme: AUDIT_SCHEME, path: '/Keyward Audit Log.log' });

const MAX_ITEMS = 500;

const ICONS: Record<string, string> = {
  stored: 'lock',
  read: 'eye',
  copied: 'copy',
  revealed: 'eye',
  rotated: 'sync',
  'rolled-back': 'discard',
  deleted: 'trash',
  injected: 'play',
  'leak-found': 'warning',
};

interface EventNode {
  kind: 'event';
  entry: AuditEntry;
  /** 1-based line in the log. */
  line: number;
}

interface StatusNode {
  kind: 'status';
  result: VerifyResult;
}

export type AuditNode = EventNode | StatusNode;

function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export class AuditTree implements vscode.TreeDataProvider<AuditNode>, vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AuditNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly docChanged = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.docChanged.event;
  private verified: VerifyResult | undefined;

  constructor(private readonly log: AuditLog) {}

  refresh(): void {
    this.changed.fire();
    this.docChanged.fire(AUDIT_URI);
  }

  async verify(): Promise<VerifyResult> {
    this.verified = await this.log.verify();
    this.refresh();
    return this.verified;
  }

  async getChildren(node?: AuditNode): Promise<AuditNode[]> {
    if (node) return [];
    const entries = await this.log.read();
    const events: AuditNode[] = entries.map((entry, i) => ({ kind: 'event' as const, entry, line: i + 1 })).reverse().slice(0, MAX_ITEMS);
    return this.verified ? [{ kind: 'status', result: this.verified }, ...events] : events;
  }

  getTreeItem(node: AuditNode): vscode.TreeItem {
    if (node.kind === 'status') {
      const r = node.result;
      const item = new vscode.TreeItem(r.ok ? 'Chain intact' : `Broken at line ${r.line}`, vscode.TreeItemCollapsibleState.None);
      item.description = r.ok ? `${r.lines} line${r.lines === 1 ? '' : 's'} verified` : r.reason;
      item.tooltip = r.ok ? `Every line chains to the one before it (${this.log.file})` : `Line ${r.line} of ${this.log.file}: ${r.reason}`;
      item.iconPath = new vscode.ThemeIcon(r.ok ? 'verified' : 'error', new vscode.ThemeColor(r.ok ? 'testing.iconPassed' : 'list.errorForeground'));
      item.accessibilityInformation = { label: r.ok ? `Audit log verified: ${r.lines} lines intact` : `Audit log broken at line ${r.line}: ${r.reason}` };
      item.contextValue = 'auditStatus';
      return item;
    }
    const e = node.entry;
    // An event about a token names it; a leak-found names what was found where ("GitHub token in src/app.js line 3").
    const what = e.token ?? (e.action === 'leak-found' && e.detail ? e.detail.replace(/ \(rule [^)]*\)/, '') : undefined);
    const label = `${e.action}${what ? ` ${what}` : ''}`;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `audit:${node.line}:${e.time}`;
    item.description = `${when(e.time)} · ${e.actor}`;
    item.tooltip = [
      `${e.action}${e.token ? ` ${e.token}` : ''}${e.project ? ` (${e.project})` : ''}`,
      `When: ${e.time}`,
      `Who: ${e.actor}`,
      e.fingerprint ? `Value fingerprint: ${e.fingerprint}` : undefined,
      e.detail ? `Detail: ${e.detail}` : undefined,
      `Line ${node.line} of ${this.log.file}`,
    ].filter(Boolean).join('\n');
    item.iconPath = new vscode.ThemeIcon(ICONS[e.action] ?? 'note');
    item.accessibilityInformation = { label: `${label}${e.project ? ` in ${e.project}` : ''}, ${when(e.time)}, by ${e.actor}` };
    item.contextValue = 'auditEvent';
    return item;
  }

  /** The virtual document: a header, then one aligned line per event, oldest first. */
  async provideTextDocumentContent(): Promise<string> {
    const entries = await this.log.read();
    const v = this.verified ?? (await this.log.verify());
    const rows = entries.map((e) => [when(e.time), e.actor, e.action, [e.project, e.token].filter(Boolean).join('/'), e.fingerprint ?? '', e.detail ?? '']);
    const head = ['time', 'actor', 'action', 'token', 'fingerprint', 'detail'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
    return [
      `# Keyward audit log: ${this.log.file}`,
      `# ${entries.length} event${entries.length === 1 ? '' : 's'}; ${v.ok ? `chain verified (${v.lines} lines intact)` : `CHAIN BROKEN at line ${v.line}: ${v.reason}`}`,
      '# Values are never logged: "fingerprint" is the first 12 hex digits of the value\'s sha256.',
      '',
      fmt(head),
      ...rows.map(fmt),
      '',
    ].join('\n');
  }

  dispose(): void {
    this.changed.dispose();
    this.docChanged.dispose();
  }
}
