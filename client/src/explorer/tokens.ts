/**
 * The Token Explorer view: project → environment → token (→ where the workspace uses it), built by
 * core/vault/explorer.ts from keyward.json. TreeItems carry `contextValue` (project, environment,
 * token, reference) for the menus' `viewItem ==` clauses, codicons, tooltips and screen reader
 * labels; getParent lets reveal() walk up.
 *
 * Reveal is the one place a value reaches the tree, on purpose: the token's description shows it
 * for a few seconds and then the item is drawn masked again.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import {
  buildTree,
  parentOf,
  presentEnvironment,
  presentProject,
  presentToken,
  referencesIn,
  type ExplorerNode,
  type ProjectNode,
  type Reference,
  type TokenNode,
} from '../../../core/vault/explorer.ts';
import { isPreviousName, rotationStatus } from '../../../core/vault/rotation.ts';
import type { Vault, LoadedProject, BrokenManifest } from './vault.ts';

export interface ReferenceNode {
  kind: 'reference';
  id: string;
  token: TokenNode;
  reference: Reference;
  uri: vscode.Uri;
}

export type Node = ExplorerNode | ReferenceNode;

/** Workspace state key: "project/NAME" of tokens known to be exposed in git history (set by Move to vault). */
export const EXPOSED_KEY = 'keyward.exposedTokens';
/** Workspace state key: "project/NAME" of tokens whose previous version (kept for rollback) is exposed in git history. */
export const EXPOSED_PREVIOUS_KEY = 'keyward.exposedPreviousTokens';

const REVEAL_MS = 5_000;
const MAX_FILES = 3_000;
const MAX_FILE_BYTES = 1_000_000;
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/dist/**,**/out/**,**/build/**,**/vendor/**,**/.venv/**,**/target/**}';

export class TokenTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: ProjectNode[] = [];
  private projects: LoadedProject[] = [];
  broken: BrokenManifest[] = [];
  private references = new Map<string, Reference[]>();
  private readonly revealed = new Map<string, { value: string; timer: ReturnType<typeof setTimeout> }>();
  private loading: Promise<void> | undefined;
  private readonly loaded = new vscode.EventEmitter<ProjectNode[]>();
  /** Fires after each reload with the new tree. */
  readonly onDidLoad = this.loaded.event;

  constructor(
    private readonly vault: Vault,
    private readonly state: vscode.Memento,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  get tree(): readonly ProjectNode[] {
    return this.roots;
  }

  projectOf(t: { manifestPath: string }): LoadedProject | undefined {
    return this.projects.find((p) => p.manifestPath === t.manifestPath);
  }

  get allProjects(): readonly LoadedProject[] {
    return this.projects;
  }

  /**
   * Reloads keyward.json, the stores' names, then (in the background) the workspace's references.
   * A refresh asked for while a load is running gets another load after it: that load may have
   * read keyward.json or the workspace state before the change the caller just made.
   */
  refresh(): Promise<void> {
    if (this.loading) {
      this.again ??= this.loading.catch(() => undefined).then(() => {
        this.again = undefined;
        return this.refresh();
      });
      return this.again;
    }
    this.loading = this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private again: Promise<void> | undefined;

  private async load(): Promise<void> {
    const { projects, broken } = await this.vault.projects();
    this.projects = projects;
    this.broken = broken;
    const present = new Map<string, Set<string>>();
    for (const p of projects) {
      // Which names does each store hold? A store that cannot be reached leaves "unknown".
      const stores = new Map<string, ReturnType<Vault['storeFor']>>();
      for (const e of Object.values(p.manifest.tokens)) {
        try {
          const s = this.vault.storeFor(e.ref, p);
          stores.set(s.kind, s);
        } catch {
          // a broken reference shows as such in the tooltip
        }
      }
      if (stores.size !== 1) continue;
      try {
        const names = (await [...stores.values()][0]!.list()).map((i) => i.name).filter((n) => !isPreviousName(n));
        present.set(p.manifest.project, new Set(names));
      } catch (err) {
        this.output.info(`Keyward: could not list the store of ${p.manifest.project}: ${(err as Error).message}`);
      }
    }
    this.build(present);
    this.loaded.fire(this.roots);
    void this.findReferences(present).catch((err: unknown) => this.output.warn(`Keyward: finding token references failed: ${(err as Error).message}`));
  }

  private present = new Map<string, Set<string>>();

  private build(present = this.present): void {
    this.present = present;
    const exposed = new Set(this.state.get<string[]>(EXPOSED_KEY, []));
    const roots = buildTree(this.projects, { now: new Date(), rotationStatus, exposed, references: this.references, present });
    // Redraw only when something changed: one edit reloads several times (the command, the file
    // watcher, the reference search), and each redraw replaces the tree's items, so a context
    // menu opened on the old item would lose its token. Unchanged, the nodes the view holds stay.
    const signature = JSON.stringify(roots);
    if (signature === this.signature) return;
    this.signature = signature;
    this.roots = roots;
    this.changed.fire();
  }

  private signature = '';

  /** Searches the workspace's files for lookups of each token, then redraws. */
  private async findReferences(present: Map<string, Set<string>>): Promise<void> {
    const refs = new Map<string, Reference[]>();
    for (const p of this.projects) {
      const names = Object.keys(p.manifest.tokens);
      if (!names.length) continue;
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(p.root, '**/*'), EXCLUDE, MAX_FILES);
      const files: { path: string; text: string }[] = [];
      const decoder = new TextDecoder('utf-8', { fatal: false });
      for (const uri of uris) {
        const rel = path.relative(p.root, uri.fsPath);
        if (rel === 'keyward.json' || rel.startsWith('..')) continue;
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          if (stat.size > MAX_FILE_BYTES) continue;
          const bytes = await vscode.workspace.fs.readFile(uri);
          if (bytes.subarray(0, 8000).includes(0)) continue;
          files.push({ path: rel.split(path.sep).join('/'), text: decoder.decode(bytes) });
        } catch {
          // unreadable: skip
        }
      }
      for (const [name, list] of referencesIn(files, names, p.manifest.project)) refs.set(`${p.manifest.project}/${name}`, list);
    }
    this.references = refs;
    this.build(present);
  }

  // --- Reveal --------------------------------------------------------------------------------

  /** Shows `value` as the token's description for a few seconds; then it is masked again. */
  reveal(t: TokenNode, value: string, ms = REVEAL_MS): void {
    this.hide(t.id);
    const timer = setTimeout(() => this.hide(t.id), ms);
    this.revealed.set(t.id, { value, timer });
    this.changed.fire(t);
  }

  isRevealed(id: string): boolean {
    return this.revealed.has(id);
  }

  private hide(id: string): void {
    const r = this.revealed.get(id);
    if (!r) return;
    clearTimeout(r.timer);
    this.revealed.delete(id);
    const t = this.find(id);
    this.changed.fire(t);
  }

  private find(id: string): TokenNode | undefined {
    for (const p of this.roots) for (const e of p.children) for (const t of e.children) if (t.id === id) return t;
    return undefined;
  }

  /** The current node for a token (after a reload), by name and project. */
  token(name: string, project?: string): TokenNode | undefined {
    for (const p of this.roots) for (const e of p.children) for (const t of e.children) if (t.name === name && (!project || t.project === project)) return t;
    return undefined;
  }

  // --- TreeDataProvider ----------------------------------------------------------------------

  getChildren(node?: Node): Node[] {
    // A keyward.json with no tokens shows the welcome view (Scan workspace, Add token), not an empty project.
    if (!node) return this.roots.filter((p) => p.children.length);
    switch (node.kind) {
      case 'project':
        return node.children;
      case 'environment':
        return node.children;
      case 'token': {
        const p = this.projectOf(node);
        if (!p) return [];
        return node.references.map((reference) => ({
          kind: 'reference' as const,
          id: `${node.id}:ref:${reference.file}:${reference.offset}`,
          token: node,
          reference,
          uri: vscode.Uri.file(path.join(p.root, reference.file ?? '')),
        }));
      }
      case 'reference':
        return [];
    }
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === 'reference') return this.find(node.token.id) ?? node.token;
    return parentOf(this.roots, node);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'reference') {
      const r = node.reference;
      const item = new vscode.TreeItem(`${r.file}:${r.line}`, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.resourceUri = node.uri;
      item.description = `reads ${node.token.name}`;
      item.tooltip = `${r.file}, line ${r.line}, column ${r.column}: reads ${node.token.name}`;
      item.accessibilityInformation = { label: `${node.token.name} is read in ${r.file} line ${r.line}` };
      item.iconPath = new vscode.ThemeIcon('references');
      item.contextValue = 'reference';
      const pos = new vscode.Position(r.line - 1, r.column - 1);
      item.command = { title: 'Open', command: 'vscode.open', arguments: [node.uri, { selection: new vscode.Range(pos, pos.translate(0, r.length)) }] };
      return item;
    }
    const now = new Date();
    const pr = node.kind === 'project' ? presentProject(node) : node.kind === 'environment' ? presentEnvironment(node) : presentToken(node, now);
    const state = node.kind === 'token'
      ? node.references.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None
      : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(pr.label, state);
    item.id = node.id;
    item.description = pr.description;
    item.tooltip = pr.tooltip;
    item.accessibilityInformation = { label: pr.accessibilityLabel };
    item.iconPath = new vscode.ThemeIcon(pr.icon.id, pr.icon.color ? new vscode.ThemeColor(pr.icon.color) : undefined);
    item.contextValue = pr.contextValue;
    if (node.kind === 'token') {
      const shown = this.revealed.get(node.id);
      if (shown) {
        // The deliberate peek: the value, for a few seconds. Screen readers get it too (it was asked for).
        item.description = shown.value;
        item.accessibilityInformation = { label: `Token ${node.name}, value shown: ${shown.value}. It hides again in a few seconds.` };
        item.iconPath = new vscode.ThemeIcon('eye');
      }
    }
    return item;
  }

  dispose(): void {
    for (const r of this.revealed.values()) clearTimeout(r.timer);
    this.revealed.clear();
    this.changed.dispose();
    this.loaded.dispose();
  }
}
