/**
 * "Move to vault…" and "Move all tokens in this file to vault": the VS Code face of
 * core/vault/move.ts. This file asks the questions, picks the store, and implements MoveIo over
 * VS Code (document version, one undoable WorkspaceEdit, keyward.json on disk); the order of the
 * steps and what a failure leaves behind are core's (see move.ts for the policy).
 *
 * The value is read from the open document, handed to the store and compared on read-back; it is
 * never shown, logged or written anywhere else (git blame gets the text on stdin, not argv).
 */
import * as vscode from 'vscode';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Ctx } from './extension.ts';
import { KeychainStore } from '../../core/vault/keychain.ts';
import { EnvFileStore, DEFAULT_ENV_FILE } from '../../core/vault/envfile.ts';
import { MANIFEST_FILE, type Manifest } from '../../core/vault/manifest.ts';
import { executeMove, freeName, manifestFrom, MovePlanError, nameProblem, planMove, projectFromFolder, type MoveIo, type MoveItem, type MovePlan } from '../../core/vault/move.ts';
import type { SecretStore } from '../../core/vault/store.ts';
import { AuditLog, defaultAuditPath } from '../../core/vault/audit.ts';
import { suggestName } from '../../core/rewrite/names.ts';
import { SECRET_STORAGE_NOTE, SecretStorageStore } from './secretStorage.ts';
import { committedLines, type CommitInfo } from './gitHistory.ts';

export const CMD_MOVE_TO_VAULT = 'keyward.moveToVault';
export const CMD_MOVE_ALL_TO_VAULT = 'keyward.moveAllToVault';
/** Built by the rotation work; offered when a moved token was already committed. */
export const CMD_ROTATE_TOKEN = 'keyward.rotateToken';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** The server's code action arguments (server/src/codeActions.ts MoveToVaultArgs). */
export interface MoveArgs {
  uri: string;
  range: LspRange;
  ruleId: string;
  provider: string;
  suggestedName: string;
  version: number;
  revokeUrl?: string;
}

export interface MoveAllFinding {
  range: LspRange;
  ruleId: string;
  provider: string;
  revokeUrl?: string;
}

export interface MoveAllArgs {
  uri: string;
  version: number;
  findings: MoveAllFinding[];
}

const TITLE = 'Keyward: Move to vault';

// ---------------------------------------------------------------------------------------------
// Where things are

interface Place {
  doc: vscode.TextDocument;
  folder: vscode.WorkspaceFolder;
  manifestPath: string;
  manifestText: string | undefined;
  manifest: Manifest;
}

/** The document and its keyward.json (the nearest at or above the file inside its folder, else the folder's root). */
async function locate(uri: string): Promise<Place | string> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  if (doc.uri.scheme !== 'file') return 'Save the file into a workspace folder first: the token is moved next to its project’s keyward.json.';
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  if (!folder) return 'This file is not in an open workspace folder, so there is no project (keyward.json) to move the token into.';
  const root = folder.uri.fsPath;
  let manifestPath = path.join(root, MANIFEST_FILE);
  for (let dir = path.dirname(doc.uri.fsPath); dir.startsWith(root); dir = path.dirname(dir)) {
    const p = path.join(dir, MANIFEST_FILE);
    if (await exists(p)) {
      manifestPath = p;
      break;
    }
    if (dir === root || path.dirname(dir) === dir) break;
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === manifestPath);
  if (open?.isDirty) return `${MANIFEST_FILE} has unsaved changes: save or revert it first.`;
  const manifestText = await readText(manifestPath);
  try {
    const manifest = manifestFrom(manifestText, projectFromFolder(path.basename(path.dirname(manifestPath))));
    return { doc, folder, manifestPath, manifestText, manifest };
  } catch (err) {
    return (err as Error).message;
  }
}

async function exists(p: string): Promise<boolean> {
  return fsp.stat(p).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function readText(p: string): Promise<string | undefined> {
  try {
    return await fsp.readFile(p, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Temporary file and rename: never a half-written keyward.json. */
async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fsp.writeFile(tmp, text, { flag: 'wx', mode: 0o644 });
    await fsp.rename(tmp, file);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw new Error(`${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/**
 * The store: keyward.json's choice (env-file), else the OS keychain; when no keychain is reachable,
 * VS Code's SecretStorage if the user agrees after being told the CLI cannot read it.
 */
async function chooseStore(ctx: Ctx, place: Place): Promise<SecretStore | undefined> {
  const project = place.manifest.project;
  if (place.manifest.store === 'env-file') {
    return new EnvFileStore(path.resolve(path.dirname(place.manifestPath), place.manifest.envFile ?? DEFAULT_ENV_FILE));
  }
  const keychain = new KeychainStore(project);
  const ready = await keychain.available();
  if (ready.ok) return keychain;
  ctx.output.warn(`Keyward: the OS keychain is not available: ${ready.reason}`);
  const use = 'Use VS Code Secret Storage';
  const pick = await vscode.window.showWarningMessage(
    'Keyward: no OS keychain is reachable, so the token cannot go to the keychain.',
    { modal: true, detail: `${ready.reason}\n\nStore it in VS Code's secret storage instead? ${SECRET_STORAGE_NOTE}. Nothing has been changed yet.` },
    use,
  );
  return pick === use ? new SecretStorageStore(ctx.extension.secrets, project) : undefined;
}

// ---------------------------------------------------------------------------------------------
// The questions (Enter, Enter, Enter, Enter takes every default)

interface Answers {
  name: string;
  scopes: string[];
  environment?: string;
  rotateEveryDays?: number;
}

async function ask(manifest: Manifest, suggested: string, provider: string): Promise<Answers | undefined> {
  const steps = 4;
  const name = await vscode.window.showInputBox({
    title: `${TITLE} (1/${steps}): name`,
    value: freeName(suggested, manifest),
    prompt: `The environment variable the code will read, and the entry's name in ${MANIFEST_FILE}`,
    validateInput: (v) => nameProblem(v.trim(), manifest),
    ignoreFocusOut: true,
  });
  if (name === undefined) return undefined;

  const scopesText = await vscode.window.showInputBox({
    title: `${TITLE} (2/${steps}): scopes`,
    value: '',
    prompt: `Permissions this ${provider === 'Generic' ? 'secret' : `${provider} token`} carries, comma-separated (optional; recorded in ${MANIFEST_FILE}, Enter to skip)`,
    placeHolder: 'e.g. repo, read:org',
    ignoreFocusOut: true,
  });
  if (scopesText === undefined) return undefined;

  const envs = new Set<string>();
  for (const t of Object.values(manifest.tokens)) if (t.environment) envs.add(t.environment);
  for (const e of ['development', 'staging', 'production']) envs.add(e);
  const none: vscode.QuickPickItem = { label: 'Any environment', description: 'injected by keyward run with or without --env' };
  const env = await vscode.window.showQuickPick([none, ...[...envs].map((label) => ({ label }))], {
    title: `${TITLE} (3/${steps}): environment`,
    placeHolder: 'Which environment is this token for? (Enter: any)',
    ignoreFocusOut: true,
  });
  if (env === undefined) return undefined;

  const rotations: Array<vscode.QuickPickItem & { days?: number }> = [
    { label: 'Every 90 days', description: 'recommended', days: 90 },
    { label: 'Every 30 days', days: 30 },
    { label: 'Every 180 days', days: 180 },
    { label: 'Every 365 days', days: 365 },
    { label: 'No rotation policy' },
  ];
  const rotation = await vscode.window.showQuickPick(rotations, {
    title: `${TITLE} (4/${steps}): rotation`,
    placeHolder: 'How often should it be rotated? (Enter: every 90 days)',
    ignoreFocusOut: true,
  });
  if (rotation === undefined) return undefined;

  return {
    name: name.trim(),
    scopes: scopesText.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean),
    environment: env === none ? undefined : env.label,
    rotateEveryDays: rotation.days,
  };
}

// ---------------------------------------------------------------------------------------------
// Running a move

function moveIo(doc: vscode.TextDocument, place: Place, store: SecretStore): MoveIo {
  return {
    store,
    documentVersion: () => doc.version,
    readManifest: () => readText(place.manifestPath),
    writeManifest: (text) => writeAtomic(place.manifestPath, text),
    restoreManifest: async (text) => {
      if (text === undefined) await fsp.rm(place.manifestPath, { force: true });
      else await writeAtomic(place.manifestPath, text);
    },
    applyEdits: async (edits) => {
      // One WorkspaceEdit: the literal(s) and any import, undone together by one Undo.
      const we = new vscode.WorkspaceEdit();
      for (const e of edits) we.replace(doc.uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.newText);
      return vscode.workspace.applyEdit(we);
    },
  };
}

const storeWords = (s: SecretStore) => (s.kind === 'keychain' ? 'the OS keychain' : s.kind === 'vscode-secret-storage' ? "VS Code's secret storage" : s.kind);

async function run(ctx: Ctx, place: Place, store: SecretStore, plan: MovePlan, revokeUrls: Map<string, string | undefined>, exposure: Promise<Map<number, CommitInfo>>, lineOf: Map<string, number[]>): Promise<boolean> {
  const outcome = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Keyward: moving to ${storeWords(store)}…` }, () => executeMove(plan, moveIo(place.doc, place, store)));
  if (!outcome.ok) {
    ctx.output.error(`Keyward: move to vault failed at step ${outcome.step}: ${outcome.message}`);
    void vscode.window.showErrorMessage(`Keyward: ${outcome.message}`);
    return false;
  }
  ctx.output.info(`Keyward: ${outcome.message}`);
  await audit(ctx, plan, outcome.stored);
  const note = store.kind === 'vscode-secret-storage' ? ` ${SECRET_STORAGE_NOTE}.` : '';
  const skipped = plan.skipped.length ? ` ${plan.skipped.length} not moved: ${plan.skipped.map((s) => s.reason).join('; ')}.` : '';
  void vscode.window.setStatusBarMessage(`Keyward: ${outcome.message}`, 8000);
  if (note || skipped) void vscode.window.showWarningMessage(`Keyward: ${outcome.message}${skipped}${note}`);

  // Already committed? Then the value stays readable in git history: say so, offer rotation.
  const committed = await exposure.catch(() => new Map<number, CommitInfo>());
  const exposed = plan.tokens.filter((t) => (lineOf.get(t.name) ?? []).some((l) => committed.has(l)));
  // Not awaited: the move is done; the warning waits for the user, who may leave it in the notification centre.
  if (exposed.length) void warnExposed(plan.project, exposed.map((t) => t.name), committed, lineOf, revokeUrls).catch((err: Error) => ctx.output.error(`Keyward: ${err.message}`));
  return true;
}

/** One 'stored' audit event per value this move wrote (the value only becomes a fingerprint there). */
async function audit(ctx: Ctx, plan: MovePlan, stored: string[]): Promise<void> {
  try {
    let user = 'unknown';
    try {
      user = os.userInfo().username || user;
    } catch {
      // no user database entry (containers): keep 'unknown'
    }
    const log = new AuditLog(defaultAuditPath(), { actor: `vscode:${user}` });
    for (const name of stored) await log.append({ action: 'stored', token: name, project: plan.project, value: plan.valueOf(name), detail: 'move to vault' });
  } catch (err) {
    ctx.output.warn(`Keyward: could not write the audit log: ${(err as Error).message}`);
  }
}

async function warnExposed(project: string, names: string[], committed: Map<number, CommitInfo>, lineOf: Map<string, number[]>, revokeUrls: Map<string, string | undefined>): Promise<void> {
  const first = names[0]!;
  // The Token Explorer shows these tokens as exposed until they are rotated or deleted.
  const explorerUp = (await vscode.commands.getCommands(true)).includes('keyward.explorer.markExposed');
  if (explorerUp) for (const name of names) await vscode.commands.executeCommand('keyward.explorer.markExposed', { project, name });
  const commit = (lineOf.get(first) ?? []).map((l) => committed.get(l)).find(Boolean);
  const when = commit ? ` (commit ${commit.hash.slice(0, 7)}${commit.time ? `, ${commit.time.toISOString().slice(0, 10)}` : ''})` : '';
  const rotateExists = (await vscode.commands.getCommands(true)).includes(CMD_ROTATE_TOKEN);
  const url = revokeUrls.get(first);
  // Rotate runs the rotation command; without it, it opens the provider's page where the token is revoked and reissued.
  const rotate = names.length === 1 ? 'Rotate' : 'Rotate…';
  const revoke = 'Open Token Settings';
  const buttons = [...(rotateExists || url ? [rotate] : []), ...(rotateExists && url ? [revoke] : [])];
  const message =
    names.length === 1
      ? `Keyward: ${first} was already committed${when}: moving it out of the code does not remove it from git history, so it is exposed to anyone with the repository. Rotate it.`
      : `Keyward: ${names.join(', ')} were already committed: moving them out of the code does not remove them from git history, so they are exposed to anyone with the repository. Rotate them.`;
  const pick = await vscode.window.showWarningMessage(message, ...buttons);
  if (pick === rotate) {
    let name: string | undefined = first;
    if (names.length > 1) name = await vscode.window.showQuickPick(names, { title: 'Keyward: rotate which token?' });
    if (!name) return;
    if (rotateExists) await vscode.commands.executeCommand(CMD_ROTATE_TOKEN, { name, project });
    else if (revokeUrls.get(name)) await vscode.commands.executeCommand('keyward.openUrl', revokeUrls.get(name));
  } else if (pick === revoke && url) {
    await vscode.commands.executeCommand('keyward.openUrl', url);
  }
}

// ---------------------------------------------------------------------------------------------
// The commands

function isMoveArgs(a: unknown): a is MoveArgs {
  const m = a as MoveArgs;
  return !!m && typeof m.uri === 'string' && typeof m.version === 'number' && typeof m.range?.start?.line === 'number' && typeof m.ruleId === 'string';
}

/** Says why nothing was moved; does not wait for the message to be dismissed. */
async function fail(ctx: Ctx, message: string): Promise<void> {
  ctx.output.warn(`Keyward: ${message}`);
  void vscode.window.showErrorMessage(`Keyward: ${message}`);
}

const CHANGED = 'The file changed since the quick-fix was offered; nothing was moved. Try the quick-fix again.';

/** "Move to vault…" from the quick-fix: ask, store, read back, then one edit plus the manifest entry. */
export async function moveToVault(ctx: Ctx, args: unknown): Promise<void> {
  if (!isMoveArgs(args)) {
    await vscode.window.showInformationMessage('Keyward: put the cursor on a flagged token and use its quick-fix (Ctrl+.) "Move … to vault…".');
    return;
  }
  const place = await locate(args.uri);
  if (typeof place === 'string') return fail(ctx, place);
  const { doc } = place;
  if (doc.version !== args.version) return fail(ctx, CHANGED);
  const range = new vscode.Range(args.range.start.line, args.range.start.character, args.range.end.line, args.range.end.character);

  const answers = await ask(place.manifest, args.suggestedName, args.provider);
  if (!answers) {
    void vscode.window.setStatusBarMessage('Keyward: move to vault cancelled; nothing changed', 5000);
    return;
  }
  const store = await chooseStore(ctx, place);
  if (!store) {
    void vscode.window.setStatusBarMessage('Keyward: move to vault cancelled; nothing changed', 5000);
    return;
  }
  if (doc.version !== args.version) return fail(ctx, CHANGED);
  const text = doc.getText();
  const item: MoveItem = {
    offset: doc.offsetAt(range.start), length: doc.offsetAt(range.end) - doc.offsetAt(range.start), name: answers.name, provider: args.provider,
    scopes: answers.scopes, environment: answers.environment, rotation: answers.rotateEveryDays ? { rotateEveryDays: answers.rotateEveryDays } : undefined,
  };
  let plan: MovePlan;
  try {
    plan = planMove({ text, version: doc.version, languageId: doc.languageId, path: doc.uri.fsPath, items: [item], manifestText: place.manifestText, project: place.manifest.project, storeKind: store.kind });
  } catch (err) {
    if (err instanceof MovePlanError) return fail(ctx, err.message);
    throw err;
  }
  const line = range.start.line + 1;
  const exposure = committedLines(doc.uri.fsPath, [line], text);
  await run(ctx, place, store, plan, new Map([[answers.name, args.revokeUrl]]), exposure, new Map([[answers.name, [line]]]));
}

/** Findings of the file from the server's diagnostics, for the palette command. */
function findingsFromDiagnostics(doc: vscode.TextDocument): MoveAllFinding[] {
  return vscode.languages
    .getDiagnostics(doc.uri)
    .filter((d) => d.source === 'keyward')
    .map((d) => {
      const data = (d as { data?: { ruleId?: string; provider?: string; revokeUrl?: string } }).data ?? {};
      const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
      return {
        range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } },
        ruleId: data.ruleId ?? code,
        provider: data.provider ?? 'Generic',
        revokeUrl: data.revokeUrl,
      };
    });
}

/** "Move all tokens in this file to vault": default names, no questions, one edit. */
export async function moveAllToVault(ctx: Ctx, args: unknown): Promise<void> {
  let a = args as MoveAllArgs | undefined;
  if (!a || typeof a.uri !== 'string' || !Array.isArray(a.findings)) {
    const ed = vscode.window.activeTextEditor;
    if (!ed) return fail(ctx, 'Open a file with flagged tokens first.');
    a = { uri: ed.document.uri.toString(), version: ed.document.version, findings: findingsFromDiagnostics(ed.document) };
  }
  if (!a.findings.length) {
    await vscode.window.showInformationMessage('Keyward: no flagged tokens in this file.');
    return;
  }
  const place = await locate(a.uri);
  if (typeof place === 'string') return fail(ctx, place);
  const { doc } = place;
  if (doc.version !== a.version) return fail(ctx, CHANGED);
  const store = await chooseStore(ctx, place);
  if (!store) return;
  if (doc.version !== a.version) return fail(ctx, CHANGED);

  const text = doc.getText();
  const taken = new Set<string>();
  const seen = new Map<string, string>();
  const items: MoveItem[] = [];
  const lineOf = new Map<string, number[]>();
  const revokeUrls = new Map<string, string | undefined>();
  for (const f of [...a.findings].sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character)) {
    const start = doc.offsetAt(new vscode.Position(f.range.start.line, f.range.start.character));
    const end = doc.offsetAt(new vscode.Position(f.range.end.line, f.range.end.character));
    const value = text.slice(start, end);
    const name = seen.get(value) ?? freeName(suggestName({ text, offset: start, length: end - start, ruleId: f.ruleId, provider: f.provider }), place.manifest, taken);
    seen.set(value, name);
    taken.add(name);
    items.push({ offset: start, length: end - start, name, provider: f.provider, rotation: { rotateEveryDays: 90 } });
    lineOf.set(name, [...(lineOf.get(name) ?? []), f.range.start.line + 1]);
    if (!revokeUrls.get(name)) revokeUrls.set(name, f.revokeUrl);
  }
  let plan: MovePlan;
  try {
    plan = planMove({ text, version: doc.version, languageId: doc.languageId, path: doc.uri.fsPath, items, manifestText: place.manifestText, project: place.manifest.project, storeKind: store.kind });
  } catch (err) {
    if (err instanceof MovePlanError) return fail(ctx, err.message);
    throw err;
  }
  const exposure = committedLines(doc.uri.fsPath, [...new Set([...lineOf.values()].flat())], text);
  await run(ctx, place, store, plan, revokeUrls, exposure, lineOf);
}
