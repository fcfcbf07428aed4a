/**
 * The Findings view: the hardcoded tokens the language server reports, grouped by file, straight
 * from the editor's diagnostics (source "keyward"), refreshed whenever they change. A finding
 * opens its location; its quick-fixes (Move to vault…, Ignore this line, Add to baseline, Open
 * provider settings) are the server's own code actions, asked for at that range and run as the
 * lightbulb would run them.
 */
import * as vscode from 'vscode';
import { groupFindings, type FindingGroup, type FindingItem } from '../../../core/vault/explorer.ts';

export const DIAGNOSTIC_SOURCE = 'keyward';

interface FileNode {
  kind: 'file';
  group: FindingGroup;
  findings: FindingNode[];
}

interface FindingNode {
  kind: 'finding';
  item: FindingItem;
  diagnostic: vscode.Diagnostic;
  parent: FileNode;
}

export type FindingsNode = FileNode | FindingNode;

const SEVERITY: Record<number, FindingItem['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export class FindingsTree implements vscode.TreeDataProvider<FindingsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FindingsNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private files: FileNode[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private view: vscode.TreeView<FindingsNode> | undefined;

  constructor() {
    this.subscriptions.push(vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.length) this.refresh();
    }));
    this.refresh();
  }

  attach(view: vscode.TreeView<FindingsNode>): void {
    this.view = view;
    this.updateBadge();
  }

  get count(): number {
    return this.files.reduce((n, f) => n + f.group.findings.length, 0);
  }

  refresh(): void {
    const diagnostics = new Map<FindingItem, vscode.Diagnostic>();
    const items: FindingItem[] = [];
    for (const [uri, list] of vscode.languages.getDiagnostics()) {
      for (const d of list) {
        if (d.source !== DIAGNOSTIC_SOURCE) continue;
        const item: FindingItem = {
          file: vscode.workspace.asRelativePath(uri, vscode.workspace.workspaceFolders?.length !== 1),
          uri: uri.toString(),
          line: d.range.start.line + 1,
          column: d.range.start.character + 1,
          message: d.message,
          ruleId: typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''),
          severity: SEVERITY[d.severity] ?? 'warning',
        };
        diagnostics.set(item, d);
        items.push(item);
      }
    }
    // Each node carries its own diagnostic: the view may still hold nodes of an earlier refresh.
    this.files = groupFindings(items).map((group) => {
      const file: FileNode = { kind: 'file', group, findings: [] };
      file.findings = group.findings.map((item) => ({ kind: 'finding', item, diagnostic: diagnostics.get(item)!, parent: file }));
      return file;
    });
    this.updateBadge();
    this.changed.fire();
  }

  private updateBadge(): void {
    if (!this.view) return;
    const n = this.count;
    this.view.badge = n ? { value: n, tooltip: `${n} hardcoded token${n === 1 ? '' : 's'} in the workspace` } : undefined;
    this.view.message = undefined;
  }

  getChildren(node?: FindingsNode): FindingsNode[] {
    if (!node) return this.files;
    if (node.kind === 'file') return node.findings;
    return [];
  }

  getParent(node: FindingsNode): FindingsNode | undefined {
    return node.kind === 'finding' ? node.parent : undefined;
  }

  getTreeItem(node: FindingsNode): vscode.TreeItem {
    if (node.kind === 'file') {
      const uri = vscode.Uri.parse(node.group.uri);
      const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `file:${node.group.uri}`;
      const n = node.group.findings.length;
      item.description = `${node.group.file.includes('/') ? node.group.file.slice(0, node.group.file.lastIndexOf('/')) + ' · ' : ''}${n} finding${n === 1 ? '' : 's'}`;
      item.tooltip = `${node.group.file}: ${n} hardcoded token${n === 1 ? '' : 's'}`;
      item.accessibilityInformation = { label: `${node.group.file}, ${n} hardcoded token${n === 1 ? '' : 's'}` };
      item.contextValue = 'findingFile';
      return item;
    }
    const f = node.item;
    // The server's message names the provider and a masked form, never the value.
    const first = f.message.split('\n')[0]!;
    const item = new vscode.TreeItem(first, vscode.TreeItemCollapsibleState.None);
    item.id = `finding:${f.uri}:${f.line}:${f.column}:${f.ruleId}`;
    item.description = `Ln ${f.line}, Col ${f.column}`;
    item.tooltip = `${f.file}:${f.line}:${f.column}  ${f.message}${f.ruleId ? ` (${f.ruleId})` : ''}`;
    item.accessibilityInformation = { label: `${f.severity} in ${f.file} line ${f.line}: ${first}` };
    item.iconPath = new vscode.ThemeIcon(
      f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info',
      new vscode.ThemeColor(f.severity === 'error' ? 'problemsErrorIcon.foreground' : f.severity === 'warning' ? 'problemsWarningIcon.foreground' : 'problemsInfoIcon.foreground'),
    );
    item.contextValue = 'finding';
    const uri = vscode.Uri.parse(f.uri);
    item.command = { title: 'Open', command: 'vscode.open', arguments: [uri, { selection: node.diagnostic.range }] };
    return item;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
    this.changed.dispose();
  }
}

/** The server's quick-fixes for a finding (the same the lightbulb shows), optionally of one kind. */
export async function quickFixesFor(node: FindingNode, kind?: string, deadlineMs = 5_000): Promise<vscode.CodeAction[]> {
  const uri = vscode.Uri.parse(node.item.uri);
  // Code action providers run on a document open in an editor: a finding from the background scan
  // may be in a file not open yet. Show it at the finding (as clicking it would; the person sees
  // what the fix changes), then ask until the server, which analyses it on opening, answers.
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { selection: node.diagnostic.range, preserveFocus: true, preview: true });
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, node.diagnostic.range, kind ?? vscode.CodeActionKind.QuickFix.value)) ?? [];
    const ours = actions
      .filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a || ('command' in a && typeof a.command === 'object'))
      .filter((a) => !a.diagnostics || a.diagnostics.some((d) => d.source === DIAGNOSTIC_SOURCE));
    if (ours.length || Date.now() > deadline) return ours;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs a code action as the editor would: its edit, then its command. */
export async function applyCodeAction(a: vscode.CodeAction): Promise<void> {
  if (a.edit) {
    const ok = await vscode.workspace.applyEdit(a.edit);
    if (!ok) throw new Error(`"${a.title}" could not be applied (the file changed?)`);
  }
  if (a.command) await vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []));
}

export function isFindingNode(n: unknown): n is FindingNode {
  return !!n && typeof n === 'object' && (n as FindingNode).kind === 'finding';
}
