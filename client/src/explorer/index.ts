/**
 * The Keyward side bar: Token Explorer, Findings and Audit Log views, their commands, the safe
 * clipboard and the once-a-day rotation notice. Everything registered here goes into the
 * extension's disposable scope (ctx.extension.subscriptions); nothing needs the language server
 * except "Scan workspace" and the Findings view's quick-fixes, which ask it.
 *
 * Values: a token's value is read from its store only by Copy (to the guarded clipboard), Reveal
 * (to the tree item for a few seconds) and Rotate/Add (to the store). It is never logged, put in a
 * message, or written anywhere but the store; audit events carry only its fingerprint.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import type { Ctx } from '../extension.ts';
import { SafeClipboard, CLEAR_NOW_COMMAND } from '../clipboard.ts';
import { scanText } from '../../../core/detect/engine.ts';
import { exposureAfter, needingRotation, newLeaks, noticeDue, noticeText, type ExposureEvent, type ExposureState, type LeakSighting, type TokenNode } from '../../../core/vault/explorer.ts';
import { formatRef, MANIFEST_FILE, newManifest, withToken, ROTATION_STRATEGIES, type RotationPolicy, type RotationStrategy, type TokenEntry } from '../../../core/vault/manifest.ts';
import {
  basicValueProblem,
  editorRotationHooks,
  previousName,
  providerPageFor,
  rollbackToken,
  rotateToken,
  rotationChoices,
  RotationError,
  strategyOf,
  untrustedCommandProblem,
  DEFAULT_GRACE_DAYS,
} from '../../../core/vault/rotation.ts';
import { checkProject, NAME_PATTERN, PROJECT_PATTERN, type SecretStore, type StoreKind } from '../../../core/vault/store.ts';
import { SECRET_STORAGE_NOTE } from '../secretStorage.ts';
import { AUDIT_SCHEME, AUDIT_URI, AuditTree } from './audit.ts';
import { applyCodeAction, DIAGNOSTIC_SOURCE, FindingsTree, isFindingNode, quickFixesFor, type FindingsNode } from './findings.ts';
import { EXPOSED_KEY, EXPOSED_PREVIOUS_KEY, TokenTree, type Node } from './tokens.ts';
import { Vault, vaultError, type LoadedProject } from './vault.ts';

export const VIEW_TOKENS = 'keyward.tokens';
export const VIEW_FINDINGS = 'keyward.findings';
export const VIEW_AUDIT = 'keyward.audit';
const NOTICE_KEY = 'keyward.rotationNoticeShownAt';
/** Workspace state key: "project/fingerprint12" of the hardcoded secrets already audited as leak-found. */
const LEAKS_KEY = 'keyward.leaksAudited';
/** How long diagnostics must settle before new findings are audited. */
const LEAK_SETTLE_MS = 1_500;

const KIND_VAULT = 'quickfix.keyward.moveToVault';
const KIND_IGNORE = 'quickfix.keyward.ignore';

export function registerExplorer(ctx: Ctx): void {
  const subs = ctx.extension.subscriptions;
  const vault = new Vault(ctx.extension.secrets, ctx.output);
  const tokens = new TokenTree(vault, ctx.extension.workspaceState, ctx.output);
  const findings = new FindingsTree();
  const audit = new AuditTree(vault.audit);
  const clipboard = new SafeClipboard(ctx.output);

  const tokenView = vscode.window.createTreeView<Node>(VIEW_TOKENS, { treeDataProvider: tokens, showCollapseAll: true });
  const findingsView = vscode.window.createTreeView<FindingsNode>(VIEW_FINDINGS, { treeDataProvider: findings, showCollapseAll: true });
  findings.attach(findingsView);
  const auditView = vscode.window.createTreeView(VIEW_AUDIT, { treeDataProvider: audit });
  subs.push(tokens, findings, audit, clipboard, tokenView, findingsView, auditView);
  subs.push(vscode.workspace.registerTextDocumentContentProvider(AUDIT_SCHEME, audit));

  const refreshAll = async () => {
    await tokens.refresh();
    audit.refresh();
  };

  // keyward.json changes (an edit, `keyward set` in a terminal, a move) redraw the tree.
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${MANIFEST_FILE}`);
  const onManifest = () => void tokens.refresh().catch((err: unknown) => ctx.output.warn(`Keyward: ${vaultError(err)}`));
  subs.push(watcher, watcher.onDidChange(onManifest), watcher.onDidCreate(onManifest), watcher.onDidDelete(onManifest));
  subs.push(vscode.workspace.onDidChangeWorkspaceFolders(onManifest));
  subs.push(auditView.onDidChangeVisibility((e) => e.visible && audit.refresh()));
  subs.push(tokens.onDidLoad(() => {
    tokenView.message = tokens.broken.length ? `${tokens.broken[0]!.message}` : undefined;
    void rotationNotice().catch((err: unknown) => ctx.output.warn(`Keyward: ${vaultError(err)}`));
  }));

  /** At most once a calendar day: the tokens that are due, overdue or expired. */
  async function rotationNotice(): Promise<void> {
    const state = ctx.extension.globalState;
    const now = new Date();
    const due = needingRotation(tokens.tree);
    if (!due.length || !noticeDue(state.get<string>(NOTICE_KEY), now)) return;
    await state.update(NOTICE_KEY, now.toISOString());
    const text = noticeText(due, now)!;
    const pick = await vscode.window.showWarningMessage(text, 'Rotate…', 'Show Tokens');
    if (pick === 'Rotate…') await vscode.commands.executeCommand('keyward.rotateToken', { name: due[0]!.name, project: due[0]!.project });
    else if (pick === 'Show Tokens') await revealToken(due[0]!);
  }

  async function revealToken(t: TokenNode): Promise<void> {
    const fresh = tokens.token(t.name, t.project) ?? t;
    await tokenView.reveal(fresh, { select: true, focus: true, expand: false });
  }

  /** The token a command is about: a tree item, { name, project? }, a name, or one the user picks. */
  async function tokenArg(arg: unknown, verb: string): Promise<{ t: TokenNode; p: LoadedProject } | undefined> {
    if (!tokens.tree.length) await tokens.refresh();
    let t: TokenNode | undefined;
    const a = arg as { kind?: string; name?: unknown; project?: unknown; token?: TokenNode } | string | undefined;
    if (typeof a === 'string') t = tokens.token(a);
    else if (a?.kind === 'reference' && a.token) t = tokens.token(a.token.name, a.token.project);
    else if (a && typeof a.name === 'string') t = tokens.token(a.name, typeof a.project === 'string' ? a.project : undefined);
    if (a && !t) {
      void vscode.window.showWarningMessage(`Keyward: no token ${typeof a === 'string' ? a : String((a as { name?: unknown }).name ?? '')} in ${MANIFEST_FILE}.`);
      return undefined;
    }
    if (!t) {
      const all = tokens.tree.flatMap((p) => p.children.flatMap((e) => e.children));
      if (!all.length) {
        void vscode.window.showInformationMessage(`Keyward: no tokens in ${MANIFEST_FILE} yet. Add one from the Token Explorer, or move a hardcoded one with "Move to vault…".`);
        return undefined;
      }
      const pick = await vscode.window.showQuickPick(
        all.map((x) => ({ label: x.name, description: [x.project, x.environment, x.provider].filter(Boolean).join(' · '), t: x })),
        { title: `Keyward: ${verb}`, placeHolder: 'Token', matchOnDescription: true },
      );
      t = pick?.t;
    }
    if (!t) return undefined;
    const p = tokens.projectOf(t);
    if (!p) return undefined;
    return { t, p };
  }

  function storeOf(t: TokenNode, p: LoadedProject): SecretStore {
    return vault.storeFor(t.ref, p);
  }

  /** The last "cancelled" note in the status bar: the next action takes it down, so it never outlives what it was about. */
  let note: vscode.Disposable | undefined;
  subs.push({ dispose: () => note?.dispose() });

  /** Runs an action, turning any failure into one error message (errors never carry values). */
  function run(id: string, fn: (...args: unknown[]) => Promise<unknown>): void {
    subs.push(vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      note?.dispose();
      note = undefined;
      try {
        return await fn(...args);
      } catch (err) {
        // The person said no (dismissed a prompt, declined the command): no error, just what happened.
        if (err instanceof RotationError && (err.code === 'cancelled' || (err.code === 'refused' && vscode.workspace.isTrusted))) {
          note = vscode.window.setStatusBarMessage(`Keyward: ${err.message}`, 8000);
          return undefined;
        }
        ctx.output.error(`Keyward: ${id}: ${vaultError(err)}`);
        void vscode.window.showErrorMessage(`Keyward: ${vaultError(err)}`);
        return undefined;
      }
    }));
  }

  async function readValue(t: TokenNode, p: LoadedProject): Promise<string | undefined> {
    const value = await storeOf(t, p).get(t.name);
    if (value === undefined) void vscode.window.showWarningMessage(`Keyward: ${t.name} has no value in its store (${t.ref}). Store it again with "Add Token" or 'keyward set ${t.name}'.`);
    return value;
  }

  // --- view title ----------------------------------------------------------------------------

  run('keyward.explorer.refresh', async () => {
    await refreshAll();
    findings.refresh();
  });

  run('keyward.explorer.addToken', async () => {
    const p = await pickOrCreateProject();
    if (!p) return;
    const existing = new Set(Object.keys(p.manifest.tokens));
    const name = await vscode.window.showInputBox({
      title: 'Keyward: Add Token (1/2)',
      prompt: 'The token\'s name: the environment variable code reads it as',
      placeHolder: 'STRIPE_SECRET_KEY',
      ignoreFocusOut: true,
      validateInput: (v) => (!NAME_PATTERN.test(v) ? 'Letters, digits and _, not starting with a digit (an environment variable name)' : existing.has(v) ? `${v} is already in ${MANIFEST_FILE}` : undefined),
    });
    if (!name) return;
    const value = await vscode.window.showInputBox({
      title: `Keyward: Add Token (2/2): ${name}`,
      prompt: 'Paste the value. It goes to the store only; it is never shown, logged or written to keyward.json.',
      password: true,
      ignoreFocusOut: true,
      validateInput: (v) => (v ? basicValueProblem(v) : undefined),
    });
    if (!value) return;
    const provider = scanText(value, { path: 'keyward-add-token.txt' }).findings.find((f) => f.offset === 0 && f.length === value.length)?.provider;

    let kind: StoreKind = p.manifest.store ?? 'keychain';
    let store = vault.storeFor(formatRef({ store: kind, project: p.manifest.project, name }), p);
    const ok = await store.available();
    if (!ok.ok) {
      const use = await vscode.window.showWarningMessage(`Keyward: ${ok.reason}`, { modal: true, detail: `Store ${name} in VS Code's secret storage instead? ${SECRET_STORAGE_NOTE}.` }, 'Use VS Code Secret Storage');
      if (!use) return;
      kind = 'vscode-secret-storage';
      store = vault.storeFor(formatRef({ store: kind, project: p.manifest.project, name }), p);
    }
    await store.set(name, value);
    if ((await store.get(name)) !== value) throw new Error(`${name} could not be read back from the store after writing it; keyward.json was not changed`);
    const fresh = await vault.reload(p);
    const entry: TokenEntry = { ref: formatRef({ store: kind, project: p.manifest.project, name }), createdAt: new Date().toISOString() };
    if (provider && provider !== 'Generic') entry.provider = provider;
    await vault.save(p, withToken(fresh.manifest, name, entry));
    await vault.record({ action: 'stored', token: name, project: p.manifest.project, value, detail: 'added from the Token Explorer' });
    await refreshAll();
    const t = tokens.token(name, p.manifest.project);
    if (t) await revealToken(t);
    void vscode.window.showInformationMessage(`Keyward: ${name} is stored in ${storeWords(kind)} and listed in ${MANIFEST_FILE}. Code reads it from the environment (keyward run -- …).`);
  });

  async function pickOrCreateProject(): Promise<LoadedProject | undefined> {
    await tokens.refresh();
    const projects = tokens.allProjects;
    if (projects.length === 1) return projects[0];
    if (projects.length > 1) {
      const pick = await vscode.window.showQuickPick(projects.map((p) => ({ label: p.manifest.project, description: p.manifestPath, p })), { title: 'Keyward: which project?' });
      return pick?.p;
    }
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (!folders.length) {
      void vscode.window.showWarningMessage('Keyward: open a folder first; its keyward.json lists the project\'s tokens.');
      return undefined;
    }
    const folder = folders.length === 1 ? folders[0]! : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Where should keyward.json go?' });
    if (!folder) return undefined;
    const suggested = path.basename(folder.uri.fsPath).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'project';
    const project = await vscode.window.showInputBox({
      title: `Keyward: create ${MANIFEST_FILE}`,
      prompt: 'The project name, used in references (keyward://keychain/<project>/<NAME>) and keychain accounts',
      value: suggested,
      ignoreFocusOut: true,
      validateInput: (v) => (PROJECT_PATTERN.test(v) ? undefined : "Letters, digits, '.', '_' and '-', starting with a letter or digit"),
    });
    if (!project) return undefined;
    checkProject(project);
    const p: LoadedProject = { root: folder.uri.fsPath, manifestPath: path.join(folder.uri.fsPath, MANIFEST_FILE), manifest: newManifest(project) };
    await vault.save(p, p.manifest);
    return p;
  }

  // --- token actions -------------------------------------------------------------------------

  run('keyward.explorer.copyValue', async (arg) => {
    const r = await tokenArg(arg, 'Copy Value');
    if (!r) return;
    const value = await readValue(r.t, r.p);
    if (value === undefined) return;
    await clipboard.copy(value, r.t.name);
    await vault.record({ action: 'copied', token: r.t.name, project: r.t.project, value, detail: 'copied to the clipboard from the Token Explorer' });
    audit.refresh();
  });

  run(CLEAR_NOW_COMMAND, async () => clipboard.clearNow());

  run('keyward.explorer.copyReference', async (arg) => {
    const r = await tokenArg(arg, 'Copy Reference');
    if (!r) return;
    await vscode.env.clipboard.writeText(r.t.ref);
    void vscode.window.setStatusBarMessage(`$(check) Keyward: copied ${r.t.ref}`, 3000);
  });

  run('keyward.explorer.reveal', async (arg) => {
    const r = await tokenArg(arg, 'Reveal Value');
    if (!r) return;
    const value = await readValue(r.t, r.p);
    if (value === undefined) return;
    await revealToken(r.t);
    tokens.reveal(tokens.token(r.t.name, r.t.project) ?? r.t, value);
    await vault.record({ action: 'revealed', token: r.t.name, project: r.t.project, value, detail: 'shown in the Token Explorer for 5 seconds' });
    audit.refresh();
  });

  run('keyward.rotateToken', async (arg) => {
    const r = await tokenArg(arg, 'Rotate Token');
    if (!r) return;
    const { t, p } = r;
    const policy = t.entry.rotation;
    const choices = rotationChoices(policy, t.provider);
    let strategy: RotationStrategy = choices[0]!;
    if (choices.length > 1) {
      const label: Record<RotationStrategy, vscode.QuickPickItem> = {
        generate: { label: '$(key) Generate a new random value', description: 'for secrets you issue yourself (webhook secrets, signing keys)' },
        manual: { label: '$(link-external) Paste a new value from the provider', description: t.provider ? `opens ${t.provider}'s token page first` : undefined },
        command: { label: '$(terminal) Run the rotation command', description: policy?.command },
      };
      const pick = await vscode.window.showQuickPick(choices.map((s) => ({ ...label[s], s })), { title: `Keyward: rotate ${t.name}`, placeHolder: 'How should the new value be made?' });
      if (!pick) return;
      strategy = pick.s;
    }
    // Workspace trust first: an untrusted keyward.json's command is refused before anything is asked.
    const untrusted = strategy === 'command' ? untrustedCommandProblem(t.name, vscode.workspace.isTrusted, p.manifestPath) : undefined;
    if (untrusted) {
      void vscode.window.showWarningMessage(`Keyward: ${untrusted}`);
      return;
    }
    const revokeUrl = providerPageFor(t.provider);
    const store = storeOf(t, p);
    const hooks = editorRotationHooks({ name: t.name, provider: t.provider }, {
      trusted: vscode.workspace.isTrusted,
      source: p.manifestPath,
      confirm: async (a) => vscode.window.showWarningMessage(a.message, { modal: true, detail: a.detail }, a.button),
      offerProviderPage: async (url) => {
        const openPage = `Open ${t.provider} Token Page`;
        const pick = await vscode.window.showInformationMessage(`Keyward: create a new ${t.provider} token for ${t.name}, then paste it here.`, openPage, 'I Have It');
        if (pick === undefined) return false;
        if (pick === openPage) await vscode.commands.executeCommand('keyward.openUrl', url);
        return true;
      },
      paste: async (o) => vscode.window.showInputBox({ title: o.title, prompt: o.prompt, password: true, ignoreFocusOut: true, validateInput: o.validate }),
    });
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Keyward: rotating ${t.name}…` }, () => rotateToken({
      project: t.project,
      name: t.name,
      entry: t.entry,
      store,
      strategy,
      audit: vault.audit,
      // A command such as ./scripts/new-key.sh runs in the project folder (where keyward.json is), whatever the editor's own directory.
      cwd: p.root,
      ...hooks,
    }));
    await vault.updateEntry(p, t.name, () => result.entry);
    // The new value was never committed: the token is no longer exposed in git history (its
    // previous version, kept for rollback, still is).
    await updateExposure(t.project, t.name, 'rotated');
    if (result.auditError) ctx.output.warn(`Keyward: rotated ${t.name} but could not write the audit log: ${result.auditError}`);
    await refreshAll();
    const grace = t.entry.rotation?.graceDays ?? DEFAULT_GRACE_DAYS;
    const next = await vscode.window.showInformationMessage(
      `Keyward: ${t.name} rotated (${result.strategy}). The previous value is kept as ${result.previousName} for ${grace} day${grace === 1 ? '' : 's'}${revokeUrl && result.strategy === 'manual' ? `; revoke the old token at ${t.provider}` : ''}.`,
      'Roll Back',
    );
    if (next === 'Roll Back') await vscode.commands.executeCommand('keyward.explorer.rollback', { name: t.name, project: t.project });
  });

  run('keyward.explorer.rollback', async (arg) => {
    const r = await tokenArg(arg, 'Roll Back Rotation');
    if (!r) return;
    const { t, p } = r;
    const yes = await vscode.window.showWarningMessage(`Put ${t.name}'s previous value back?`, { modal: true, detail: `The value from before the last rotation (kept as ${previousName(t.name)}) replaces the current one, which is discarded.` }, 'Roll Back');
    if (yes !== 'Roll Back') return;
    const res = await rollbackToken({ project: t.project, name: t.name, entry: t.entry, store: storeOf(t, p), audit: vault.audit });
    await vault.updateEntry(p, t.name, () => res.entry);
    // A value that was in git history before the rotation is exposed again.
    await updateExposure(t.project, t.name, 'rolled-back');
    await refreshAll();
    void vscode.window.showInformationMessage(`Keyward: ${t.name} is back to its previous value.`);
  });

  run('keyward.explorer.editScopes', async (arg) => {
    const r = await tokenArg(arg, 'Edit Scopes');
    if (!r) return;
    const v = await vscode.window.showInputBox({
      title: `Keyward: scopes of ${r.t.name}`,
      prompt: 'The permissions this token carries, separated by commas (least privilege: only what the code needs). Empty removes them.',
      value: r.t.scopes.join(', '),
      placeHolder: 'repo:read, charges:write',
      ignoreFocusOut: true,
    });
    if (v === undefined) return;
    const scopes = [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))];
    await vault.updateEntry(r.p, r.t.name, (e) => {
      const n = { ...e };
      if (scopes.length) n.scopes = scopes;
      else delete n.scopes;
      return n;
    });
    await tokens.refresh();
  });

  run('keyward.explorer.editPolicy', async (arg) => {
    const r = await tokenArg(arg, 'Edit Rotation Policy');
    if (!r) return;
    const { t, p } = r;
    const pol: RotationPolicy = { ...(t.entry.rotation ?? {}) };
    type Field = 'every' | 'expires' | 'strategy' | 'command' | 'environment' | 'provider' | 'clear';
    const items: (vscode.QuickPickItem & { f: Field })[] = [
      { label: 'Rotate every…', description: pol.rotateEveryDays ? `${pol.rotateEveryDays} days` : 'not set', f: 'every' },
      { label: 'Expires on…', description: pol.expiresAt ?? 'not set', f: 'expires' },
      { label: 'Strategy…', description: `${strategyOf(pol)}${pol.strategy ? '' : ' (default)'}`, f: 'strategy' },
      { label: 'Rotation command…', description: pol.command ?? 'not set (runs only in a trusted workspace, after you approve it)', f: 'command' },
      { label: 'Environment…', description: t.environment ?? 'none', f: 'environment' },
      { label: 'Provider…', description: t.provider ?? 'not set', f: 'provider' },
      { label: 'Remove the rotation policy', f: 'clear' },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: `Keyward: policy of ${t.name}`, placeHolder: 'What to change' });
    if (!pick) return;
    let change: ((e: TokenEntry) => TokenEntry) | undefined;
    const withPolicy = (e: TokenEntry, next: RotationPolicy): TokenEntry => {
      const n = { ...e };
      const clean = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as RotationPolicy;
      if (Object.keys(clean).length) n.rotation = clean;
      else delete n.rotation;
      return n;
    };
    /** The entry with a text field set to `v`, or without it when `v` is blank. */
    const withText = (e: TokenEntry, key: 'environment' | 'provider', v: string): TokenEntry => {
      const n = { ...e };
      if (v.trim()) n[key] = v.trim();
      else delete n[key];
      return n;
    };
    switch (pick.f) {
      case 'every': {
        const v = await vscode.window.showInputBox({ title: `Keyward: rotate ${t.name} every … days`, value: pol.rotateEveryDays ? String(pol.rotateEveryDays) : '90', prompt: 'Days between rotations; empty removes the schedule', validateInput: (s) => (s === '' || /^[1-9]\d{0,4}$/.test(s) ? undefined : 'A whole number of days') });
        if (v === undefined) return;
        change = (e) => withPolicy(e, { ...e.rotation, rotateEveryDays: v === '' ? undefined : Number(v) });
        break;
      }
      case 'expires': {
        const v = await vscode.window.showInputBox({ title: `Keyward: ${t.name} expires on`, value: pol.expiresAt ?? '', placeHolder: '2027-06-30', prompt: 'The date it stops working (YYYY-MM-DD); empty removes it', validateInput: (s) => (s === '' || (/^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s))) ? undefined : 'A date like 2027-06-30') });
        if (v === undefined) return;
        change = (e) => withPolicy(e, { ...e.rotation, expiresAt: v === '' ? undefined : v });
        break;
      }
      case 'strategy': {
        const desc: Record<RotationStrategy, string> = {
          generate: 'a random value by recipe (webhook secrets, signing keys, service passwords)',
          command: 'a command that prints the new value (trusted workspaces only, after approval)',
          manual: "open the provider's page, then paste the new value",
        };
        const s = await vscode.window.showQuickPick(ROTATION_STRATEGIES.map((x) => ({ label: x, description: desc[x], picked: x === pol.strategy })), { title: `Keyward: how ${t.name} is rotated` });
        if (!s) return;
        if (s.label === 'command' && !pol.command) {
          void vscode.window.showWarningMessage('Keyward: set the rotation command first ("Rotation command…").');
          return;
        }
        change = (e) => withPolicy(e, { ...e.rotation, strategy: s.label as RotationStrategy });
        break;
      }
      case 'command': {
        const v = await vscode.window.showInputBox({ title: `Keyward: rotation command of ${t.name}`, value: pol.command ?? '', prompt: 'A command whose output is the new value. It runs only in a trusted workspace, after you approve that exact command. Empty removes it.', ignoreFocusOut: true });
        if (v === undefined) return;
        change = (e) => withPolicy(e, { ...e.rotation, command: v.trim() || undefined, strategy: !v.trim() && e.rotation?.strategy === 'command' ? undefined : e.rotation?.strategy });
        break;
      }
      case 'environment': {
        const v = await vscode.window.showInputBox({ title: `Keyward: environment of ${t.name}`, value: t.environment ?? '', placeHolder: 'production', prompt: 'The environment it belongs to (keyward run --env NAME); empty for none' });
        if (v === undefined) return;
        change = (e) => withText(e, 'environment', v);
        break;
      }
      case 'provider': {
        const v = await vscode.window.showInputBox({ title: `Keyward: provider of ${t.name}`, value: t.provider ?? '', placeHolder: 'GitHub', prompt: 'Who issued it (used for its token page and format checks)' });
        if (v === undefined) return;
        change = (e) => withText(e, 'provider', v);
        break;
      }
      case 'clear':
        change = (e) => withPolicy(e, {});
        break;
    }
    if (change) await vault.updateEntry(p, t.name, change);
    await tokens.refresh();
  });

  run('keyward.explorer.delete', async (arg) => {
    const r = await tokenArg(arg, 'Delete Token');
    if (!r) return;
    const { t, p } = r;
    const uses = t.references.length ? ` ${t.references.length} place${t.references.length === 1 ? '' : 's'} in the workspace read it and will stop working.` : '';
    const yes = await vscode.window.showWarningMessage(
      `Delete ${t.name}?`,
      { modal: true, detail: `Its value is removed from ${storeWords(t.store)} and its entry from ${MANIFEST_FILE}.${uses} This cannot be undone; the token itself stays valid at ${t.provider ?? 'its provider'} until you revoke it there.` },
      'Delete',
    );
    if (yes !== 'Delete') return;
    const store = storeOf(t, p);
    await store.delete(t.name);
    await store.delete(previousName(t.name)).catch(() => false);
    await vault.updateEntry(p, t.name, () => undefined);
    await updateExposure(t.project, t.name, 'deleted');
    await vault.record({ action: 'deleted', token: t.name, project: t.project, detail: 'deleted from the Token Explorer' });
    await refreshAll();
    void vscode.window.setStatusBarMessage(`Keyward: ${t.name} deleted`, 4000);
  });

  function storeWords(kind: string | undefined): string {
    switch (kind) {
      case 'keychain':
        return 'the OS keychain';
      case 'env-file':
        return `the .env file`;
      case 'vscode-secret-storage':
        return "VS Code's secret storage";
      default:
        return 'its store';
    }
  }

  run('keyward.explorer.openProviderPage', async (arg) => {
    const r = await tokenArg(arg, 'Open Provider Page');
    if (!r) return;
    const url = providerPageFor(r.t.provider);
    if (!url) {
      void vscode.window.showInformationMessage(`Keyward: no token page is known for ${r.t.provider ? r.t.provider : `${r.t.name} (set its provider with "Edit Policy…")`}.`);
      return;
    }
    await vscode.commands.executeCommand('keyward.openUrl', url);
  });

  /** For Move to vault: remember that a token was committed before it moved, so the tree says so. */
  run('keyward.explorer.markExposed', async (arg) => {
    const a = arg as { name?: unknown; project?: unknown } | undefined;
    if (typeof a?.name !== 'string' || typeof a.project !== 'string') return;
    await updateExposure(a.project, a.name, 'committed');
    await tokens.refresh();
  });

  async function updateExposure(project: string, name: string, event: ExposureEvent): Promise<void> {
    const state = ctx.extension.workspaceState;
    const before: ExposureState = { exposed: state.get<string[]>(EXPOSED_KEY, []), previous: state.get<string[]>(EXPOSED_PREVIOUS_KEY, []) };
    const after = exposureAfter(before, `${project}/${name}`, event);
    if (after.exposed.join('\n') !== [...before.exposed].sort().join('\n')) await state.update(EXPOSED_KEY, after.exposed);
    if (after.previous.join('\n') !== [...before.previous].sort().join('\n')) await state.update(EXPOSED_PREVIOUS_KEY, after.previous);
  }

  // --- findings ------------------------------------------------------------------------------

  run('keyward.findings.refresh', async () => findings.refresh());

  async function fixFinding(arg: unknown, kind: string | undefined, what: string): Promise<void> {
    if (!isFindingNode(arg)) {
      void vscode.window.showInformationMessage('Keyward: pick a finding in the Findings view first.');
      return;
    }
    const actions = await quickFixesFor(arg, kind);
    if (!actions.length) {
      void vscode.window.showWarningMessage(`Keyward: no "${what}" fix is offered here (is the language server running?).`);
      return;
    }
    let action = actions[0]!;
    if (actions.length > 1) {
      const pick = await vscode.window.showQuickPick(actions.map((a) => ({ label: a.title, a })), { title: `Keyward: ${arg.item.file}:${arg.item.line}`, placeHolder: 'Quick fix' });
      if (!pick) return;
      action = pick.a;
    }
    await applyCodeAction(action);
  }

  run('keyward.findings.moveToVault', async (arg) => fixFinding(arg, KIND_VAULT, 'Move to vault'));
  run('keyward.findings.ignore', async (arg) => fixFinding(arg, KIND_IGNORE, 'Ignore this line'));
  run('keyward.findings.quickFix', async (arg) => fixFinding(arg, undefined, 'quick fix'));

  // --- leak-found audit events ----------------------------------------------------------------
  // One 'leak-found' event per distinct hardcoded secret per project, the first time the editor
  // sees it (remembered in workspaceState, so reopening the file or the workspace adds nothing).
  // The event carries the scanner's fingerprint (from the diagnostic's data), the rule, provider,
  // file and line: never the value, which the client does not even read for this.

  let leakTimer: NodeJS.Timeout | undefined;
  let leakRun: Promise<void> = Promise.resolve();
  subs.push({ dispose: () => leakTimer && clearTimeout(leakTimer) });
  subs.push(vscode.languages.onDidChangeDiagnostics(() => {
    if (leakTimer) clearTimeout(leakTimer);
    leakTimer = setTimeout(() => {
      leakRun = leakRun.then(auditNewLeaks).catch((err: unknown) => ctx.output.warn(`Keyward: auditing findings failed: ${vaultError(err)}`));
    }, LEAK_SETTLE_MS);
  }));

  function projectOfFile(uri: vscode.Uri): string | undefined {
    const file = uri.fsPath;
    const inside = (root: string) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
    const p = tokens.allProjects.filter((x) => inside(x.root)).sort((a, b) => b.root.length - a.root.length)[0];
    if (p) return p.manifest.project;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? path.basename(folder.uri.fsPath) : undefined;
  }

  async function auditNewLeaks(): Promise<void> {
    const sightings: LeakSighting[] = [];
    for (const [uri, list] of vscode.languages.getDiagnostics()) {
      if (uri.scheme !== 'file') continue;
      for (const d of list) {
        if (d.source !== DIAGNOSTIC_SOURCE) continue;
        // vscode-languageclient keeps the server's diagnostic data on the object it reports.
        const data = (d as vscode.Diagnostic & { data?: { fingerprint?: unknown; provider?: unknown; ruleId?: unknown } }).data;
        if (typeof data?.fingerprint !== 'string') continue;
        const project = projectOfFile(uri);
        if (!project) continue;
        sightings.push({
          project,
          fingerprint: data.fingerprint,
          ruleId: typeof data.ruleId === 'string' ? data.ruleId : String(typeof d.code === 'object' ? d.code.value : d.code ?? ''),
          provider: typeof data.provider === 'string' ? data.provider : undefined,
          file: vscode.workspace.asRelativePath(uri, false),
          line: d.range.start.line + 1,
        });
      }
    }
    if (!sightings.length) return;
    const { events, seen } = newLeaks(sightings, ctx.extension.workspaceState.get<string[]>(LEAKS_KEY, []));
    if (!events.length) return;
    for (const e of events) await vault.record(e);
    await ctx.extension.workspaceState.update(LEAKS_KEY, seen);
    audit.refresh();
  }

  // --- audit ---------------------------------------------------------------------------------

  run('keyward.audit.refresh', async () => audit.refresh());
  run('keyward.audit.verify', async () => {
    const v = await audit.verify();
    if (v.ok) void vscode.window.showInformationMessage(`Keyward: the audit log is intact (${v.lines} line${v.lines === 1 ? '' : 's'} verified).`);
    else void vscode.window.showErrorMessage(`Keyward: the audit log was altered: line ${v.line}: ${v.reason}.`);
  });
  run('keyward.showAuditLog', async () => {
    audit.refresh();
    const doc = await vscode.workspace.openTextDocument(AUDIT_URI);
    await vscode.window.showTextDocument(doc, { preview: false });
  });

  void tokens.refresh().catch((err: unknown) => ctx.output.warn(`Keyward: loading the Token Explorer failed: ${vaultError(err)}`));
}
