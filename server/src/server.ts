/**
 * The Keyward language server: LSP 3.17 over stdio (`--stdio`), IPC (`--node-ipc`) or a socket,
 * for any client. This file is the wiring; the pieces live next to it:
 *   settings.ts     per-URI settings (workspace/configuration, cached promises)
 *   ruleset.ts      built-in + custom rules, minus those turned off
 *   diagnostics.ts  finding → Diagnostic (masked values only)
 *   codeActions.ts  ignore / baseline / move to vault / open token settings
 *   hover.ts        what a flagged literal is and what to do about it
 *   workspaceScan.ts  the background scan of closed files (walked by core/detect/files.ts)
 * Nothing here writes to stdout: it is the protocol channel. Logs go through connection.console.
 */
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DidChangeWatchedFilesNotification, FileChangeType,
  LSPErrorCodes, ResponseError, DocumentDiagnosticReportKind, MarkupKind,
  type ClientCapabilities, type Diagnostic, type InitializeParams, type InitializeResult, type CancellationToken,
  type WorkDoneProgressReporter, type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { scanText } from '../../core/detect/engine.ts';
import { BASELINE_FILE } from '../../core/detect/baseline.ts';
import type { Finding } from '../../core/detect/types.ts';
import { SettingsCache } from './settings.ts';
import { RuleSets, type LoadedRules } from './ruleset.ts';
import { Baselines } from './baselines.ts';
import { Folders, docKey, pathToUri, uriToPath, type Folder } from './folders.ts';
import { CUSTOM_RULES_CODE, SOURCE, toDiagnostic, tooLargeDiagnostic } from './diagnostics.ts';
import { CMD_ADD_TO_BASELINE, CODE_ACTION_KINDS, codeActions, type BaselineArgs } from './codeActions.ts';
import { hover } from './hover.ts';
import { scanChangedFile, scanWorkspace, type FolderConfig } from './workspaceScan.ts';
import { matchesGlobs } from '../../core/detect/files.ts';

const SCAN_WORKSPACE_REQUEST = 'keyward/scanWorkspace';
const FINDING_COUNT_NOTIFICATION = 'keyward/findingCount';
const DEFAULT_DEBOUNCE_MS = 30;

interface InitOptions {
  trusted?: boolean;
  /** Start the workspace scan after `initialized` (default true). */
  scanOnStartup?: boolean;
  debounceMs?: number;
  /** Settings for clients without workspace/configuration. */
  settings?: unknown;
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const folders = new Folders();

let caps: ClientCapabilities = {};
let init: InitOptions = {};
let pullMode = false;
let verbose = false;

const log = {
  info: (m: string) => connection.console.info(m),
  warn: (m: string) => connection.console.warn(m),
  error: (m: string) => connection.console.error(m),
  debug: (m: string) => {
    if (verbose) connection.console.log(m);
  },
};

const settingsCache = new SettingsCache(undefined);
const extraDiagnostics = new Map<string, Diagnostic[]>(); // docKey → custom-rules errors
const ruleSets = new RuleSets(reportCustomRules);
const baselines = new Baselines((m) => {
  log.warn(m);
  void connection.window.showWarningMessage(`Keyward: ${m}`);
});

/** Open documents: last scan (after baseline), keyed by URI. */
interface OpenState {
  version: number;
  findings: Finding[];
  folder?: Folder;
}
const open = new Map<string, OpenState>();
/** Closed files found by the workspace scan or the watcher, keyed by docKey. */
interface ClosedState {
  uri: string;
  folder: Folder;
  /** Before baseline filtering (rel paths in f.path). */
  raw: Finding[];
  shown: number;
}
const closed = new Map<string, ClosedState>();
/** URIs we have pushed non-empty closed-file diagnostics for. */
const pushedClosed = new Set<string>();
let generation = 0;
let workspaceScanned = false;

// ---------------------------------------------------------------------------------------------
// Configuration

interface DocConfig extends FolderConfig {
  folder?: Folder;
  rel?: string;
}

async function configFor(uri: string): Promise<DocConfig> {
  const settings = await settingsCache.get(uri);
  verbose = settings.trace.server === 'verbose';
  const loc = folders.locate(uriToPath(uri));
  const rules = await ruleSets.rulesFor(settings, loc?.folder.fsPath ?? folders.all()[0]?.fsPath);
  return loc ? { settings, rules, folder: loc.folder, rel: loc.rel } : { settings, rules };
}

const folderConfig = (folder: Folder): Promise<FolderConfig> => configFor(folder.uri);

function reportCustomRules(loaded: LoadedRules): void {
  const key = docKey(pathToUri(loaded.path));
  if (loaded.errors.length === 0) {
    log.info(`Loaded ${loaded.rules.length} custom rule(s) from ${loaded.path}`);
    if (extraDiagnostics.delete(key)) publishExtras(key);
    return;
  }
  const text = loaded.text;
  const diags: Diagnostic[] = loaded.errors.map((e) => {
    const pos = e.line ? { line: e.line - 1, character: (e.column ?? 1) - 1 } : { line: 0, character: 0 };
    return {
      range: { start: pos, end: pos }, severity: 1, source: SOURCE, code: CUSTOM_RULES_CODE,
      message: `${e.index >= 0 ? `Custom rule ${e.ruleId ? `"${e.ruleId}"` : `#${e.index}`}` : 'Custom rules'}: ${e.message}`,
    };
  });
  const summary = `Keyward: ${loaded.errors.length} problem(s) in custom rules ${loaded.path}; ${loaded.rules.length} rule(s) loaded. ${diags[0].message}`;
  log.warn(summary);
  void connection.window.showWarningMessage(summary);
  if (text !== undefined) {
    extraDiagnostics.set(key, diags);
    publishExtras(key);
  }
}

function publishExtras(key: string): void {
  const openUri = documents.all().find((d) => docKey(d.uri) === key)?.uri;
  if (openUri) {
    if (pullMode) revalidateAll();
    else scheduleValidation(openUri);
  } else if (closed.has(key)) {
    void publishClosed(key);
  } else {
    void connection.sendDiagnostics({ uri: pathToUri(key), diagnostics: extraDiagnostics.get(key) ?? [] });
  }
}

// ---------------------------------------------------------------------------------------------
// Open documents

async function analyze(uri: string, token?: CancellationToken): Promise<{ version: number; diagnostics: Diagnostic[] } | undefined> {
  const config = await configFor(uri);
  const doc = documents.get(uri);
  if (!doc || token?.isCancellationRequested) return undefined;
  const extras = extraDiagnostics.get(docKey(uri)) ?? [];
  const done = (findings: Finding[], diagnostics: Diagnostic[]) => {
    open.set(uri, config.folder ? { version: doc.version, findings, folder: config.folder } : { version: doc.version, findings });
    scheduleCount();
    return { version: doc.version, diagnostics: [...diagnostics, ...extras] };
  };
  const { settings } = config;
  if (!settings.enable || config.rules.length === 0 || (config.rel && matchesGlobs(config.rel, settings.ignore))) return done([], []);
  const text = doc.getText();
  if (text.length > settings.maxFileSize) {
    log.info(`Skipped ${uri}: ${text.length} characters > keyward.maxFileSize ${settings.maxFileSize}`);
    return done([], [tooLargeDiagnostic(text.length, settings.maxFileSize)]);
  }
  const t0 = performance.now();
  const displayPath = config.rel ?? uriToPath(uri) ?? uri;
  const { findings } = scanText(text, { path: displayPath, rules: config.rules });
  for (const f of findings) f.path = displayPath;
  const kept = await baselines.filter(config.folder?.fsPath, findings);
  log.debug(`Scanned ${uri} v${doc.version} in ${(performance.now() - t0).toFixed(1)} ms: ${kept.length} finding(s)`);
  return done(kept, kept.map((f) => toDiagnostic(f, settings.rules)));
}

const timers = new Map<string, NodeJS.Timeout>();

function scheduleValidation(uri: string): void {
  if (pullMode) return;
  clearTimeout(timers.get(uri));
  timers.set(uri, setTimeout(() => {
    timers.delete(uri);
    void validate(uri);
  }, init.debounceMs ?? DEFAULT_DEBOUNCE_MS));
}

async function validate(uri: string): Promise<void> {
  try {
    const r = await analyze(uri);
    const doc = documents.get(uri);
    if (!r || !doc || doc.version !== r.version) return; // closed, or a newer validation is on its way
    await connection.sendDiagnostics({ uri, version: r.version, diagnostics: r.diagnostics });
  } catch (err) {
    log.error(`Validating ${uri} failed: ${(err as Error).stack ?? err}`);
  }
}

/** After settings, baseline or rules change: every open document again, every closed result again. */
function revalidateAll(): void {
  generation++;
  if (pullMode) {
    if (caps.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh().catch((e: unknown) => log.warn(`diagnostic refresh failed: ${e}`));
  } else {
    for (const doc of documents.all()) scheduleValidation(doc.uri);
  }
  for (const key of closed.keys()) void publishClosed(key);
}

// ---------------------------------------------------------------------------------------------
// Closed files

const isOpenKey = (key: string) => documents.all().some((d) => docKey(d.uri) === key);

async function publishClosed(key: string): Promise<void> {
  const entry = closed.get(key);
  if (!entry || isOpenKey(key)) return;
  const config = await folderConfig(entry.folder);
  const kept = await baselines.filter(entry.folder.fsPath, entry.raw);
  if (closed.get(key) !== entry || isOpenKey(key)) return;
  entry.shown = kept.length;
  const diagnostics = [...kept.map((f) => toDiagnostic(f, config.settings.rules)), ...(extraDiagnostics.get(key) ?? [])];
  if (diagnostics.length) pushedClosed.add(entry.uri);
  else pushedClosed.delete(entry.uri);
  scheduleCount();
  await connection.sendDiagnostics({ uri: entry.uri, diagnostics });
}

function setClosed(folder: Folder, abs: string, findings: Finding[] | undefined): void {
  const key = path.resolve(abs);
  const uri = pathToUri(key);
  if (!findings || findings.length === 0) {
    const had = closed.delete(key);
    if ((had || pushedClosed.has(uri)) && !isOpenKey(key)) {
      pushedClosed.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: extraDiagnostics.get(key) ?? [] });
    }
    scheduleCount();
    return;
  }
  closed.set(key, { uri, folder, raw: findings, shown: findings.length });
  void publishClosed(key);
}

async function rescanFromDisk(fsPath: string): Promise<void> {
  const loc = folders.locate(fsPath);
  if (!loc) return;
  const config = await folderConfig(loc.folder);
  setClosed(loc.folder, fsPath, await scanChangedFile(loc.folder, fsPath, loc.rel, config));
}

// ---------------------------------------------------------------------------------------------
// Finding count for the client's status bar

let countTimer: NodeJS.Timeout | undefined;
let lastCount = -1;

function scheduleCount(): void {
  if (countTimer) return;
  countTimer = setTimeout(() => {
    countTimer = undefined;
    const count = currentCount();
    if (count === lastCount) return;
    lastCount = count;
    void connection.sendNotification(FINDING_COUNT_NOTIFICATION, { count });
  }, 20);
}

function currentCount(): number {
  let n = 0;
  const openKeys = new Set<string>();
  for (const [uri, s] of open) {
    openKeys.add(docKey(uri));
    n += s.findings.length;
  }
  for (const [key, c] of closed) if (!openKeys.has(key)) n += c.shown;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Workspace scan

let running: { cancel: () => void; done: Promise<unknown> } | undefined;

async function runWorkspaceScan(requestToken?: CancellationToken, workDoneToken?: string | number): Promise<{ files: number; findings: number; skipped: number; cancelled: boolean; ms: number }> {
  if (running) {
    running.cancel();
    await running.done.catch(() => undefined);
  }
  let cancelled = false;
  let reporter: WorkDoneProgressReporter & { token?: CancellationToken };
  if (workDoneToken !== undefined) reporter = connection.window.attachWorkDoneProgress(workDoneToken);
  else reporter = await connection.window.createWorkDoneProgress();
  const isCancelled = () => cancelled || !!requestToken?.isCancellationRequested || !!reporter.token?.isCancellationRequested;
  const seen = new Set<string>();
  const work = (async () => {
    reporter.begin('Keyward: scanning workspace', 0, 'listing files', true);
    try {
      const summary = await scanWorkspace(folders.all(), {
        configFor: folderConfig,
        onFile: (folder, abs, _rel, findings) => {
          seen.add(path.resolve(abs));
          setClosed(folder, abs, findings);
        },
        progress: (pct, message) => reporter.report(pct, message),
        cancelled: isCancelled,
      });
      if (!summary.cancelled) {
        workspaceScanned = true;
        // Files that were flagged before and are gone (or now ignored) lose their diagnostics.
        for (const [key, c] of [...closed]) if (!seen.has(key)) setClosed(c.folder, key, undefined);
      }
      await Promise.all([...closed.keys()].map(publishClosed));
      log.info(`Workspace scan ${summary.cancelled ? 'cancelled' : 'done'}: ${summary.files} file(s) in ${summary.ms.toFixed(0)} ms, ${summary.skipped} skipped`);
      return { ...summary, findings: currentCount() };
    } finally {
      reporter.done();
    }
  })();
  running = { cancel: () => (cancelled = true), done: work };
  try {
    return await work;
  } finally {
    if (running?.done === work) running = undefined;
    scheduleCount();
  }
}

// ---------------------------------------------------------------------------------------------
// Protocol

connection.onInitialize((params: InitializeParams): InitializeResult => {
  caps = params.capabilities;
  init = (params.initializationOptions ?? {}) as InitOptions;
  pullMode = !!caps.textDocument?.diagnostic;
  if (caps.workspace?.configuration) {
    settingsCache.setFetcher((scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: 'keyward' }));
  }
  if (init.settings !== undefined) settingsCache.setGlobal(init.settings);
  if (params.workspaceFolders) folders.set(params.workspaceFolders);
  else if (params.rootUri) folders.set([{ uri: params.rootUri, name: path.basename(uriToPath(params.rootUri) ?? 'root') }]);
  const result: InitializeResult = {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
      hoverProvider: true,
      executeCommandProvider: { commands: [CMD_ADD_TO_BASELINE] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'keyward', version: typeof KEYWARD_VERSION === 'string' ? KEYWARD_VERSION : '0.0.0-dev' },
  };
  if (pullMode) result.capabilities.diagnosticProvider = { identifier: 'keyward', interFileDependencies: false, workspaceDiagnostics: false };
  return result;
});

declare const KEYWARD_VERSION: string | undefined;

connection.onInitialized(() => {
  if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] })
      .catch((e: unknown) => log.warn(`Could not register the file watcher: ${e}`));
  }
  if (caps.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      for (const f of e.removed) {
        folders.remove(f.uri);
        const gone = uriToPath(f.uri);
        for (const [key, c] of [...closed]) if (gone && c.folder.fsPath === path.resolve(gone)) setClosed(c.folder, key, undefined);
      }
      for (const f of e.added) folders.add(f);
      settingsCache.clear();
      if (workspaceScanned) void runWorkspaceScan().catch((err: unknown) => log.error(`Workspace scan failed: ${err}`));
    });
  }
  log.info(`Keyward language server started (${pullMode ? 'pull' : 'push'} diagnostics, ${folders.all().length} folder(s), workspace ${init.trusted === false ? 'untrusted' : 'trusted'})`);
  if (init.scanOnStartup !== false && folders.all().length) {
    void runWorkspaceScan().catch((err: unknown) => log.error(`Workspace scan failed: ${(err as Error).stack ?? err}`));
  }
});

connection.onDidChangeConfiguration((change) => {
  if (caps.workspace?.configuration) settingsCache.clear();
  else settingsCache.setGlobal((change.settings as { keyward?: unknown } | undefined)?.keyward);
  ruleSets.invalidate();
  revalidateAll();
  if (workspaceScanned) void runWorkspaceScan().catch((err: unknown) => log.error(`Workspace scan failed: ${err}`));
});

documents.onDidOpen((e) => {
  const uri = e.document.uri;
  // Its open-document diagnostics replace the closed-file ones (pulled ones live in another collection).
  if (pullMode && pushedClosed.has(uri)) {
    pushedClosed.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
});
documents.onDidChangeContent((e) => scheduleValidation(e.document.uri));
documents.onDidClose((e) => {
  const uri = e.document.uri;
  clearTimeout(timers.get(uri));
  timers.delete(uri);
  open.delete(uri);
  settingsCache.delete(uri);
  scheduleCount();
  const fsPath = uriToPath(uri);
  if (fsPath && folders.locate(fsPath) && (workspaceScanned || closed.has(docKey(uri)))) {
    void connection.sendDiagnostics({ uri, diagnostics: [] }).then(() => rescanFromDisk(fsPath));
  } else {
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
});

connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
  const uri = params.textDocument.uri;
  const doc = documents.get(uri);
  const resultId = `${generation}:${doc?.version ?? 'closed'}`;
  if (doc && params.previousResultId === resultId && open.get(uri)?.version === doc.version) {
    return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  }
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const r = await analyze(uri, token);
  if (!r) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
  return { kind: DocumentDiagnosticReportKind.Full, resultId: `${generation}:${r.version}`, items: r.diagnostics };
});

connection.onDidChangeWatchedFiles((params) => {
  let reload = false;
  for (const change of params.changes) {
    const fsPath = uriToPath(change.uri);
    if (!fsPath) continue;
    const abs = path.resolve(fsPath);
    const loc = folders.locate(abs);
    if (path.basename(abs) === BASELINE_FILE && loc && path.dirname(abs) === loc.folder.fsPath) {
      baselines.invalidate(loc.folder.fsPath);
      reload = true;
      continue;
    }
    if (ruleSets.isCustomRulesFile(abs)) {
      ruleSets.invalidate(abs);
      reload = true;
      continue;
    }
    if (!loc || isOpenKey(abs)) continue;
    if (change.type === FileChangeType.Deleted) setClosed(loc.folder, abs, undefined);
    else void rescanFromDisk(abs).catch((err: unknown) => log.warn(`Re-scan of ${abs} failed: ${err}`));
  }
  if (reload) {
    revalidateAll();
    if (workspaceScanned) void runWorkspaceScan().catch((err: unknown) => log.error(`Workspace scan failed: ${err}`));
  }
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = open.get(params.textDocument.uri);
  if (!doc || !state) return [];
  return codeActions(doc, state.findings, params, !!state.folder);
});

connection.onHover((params) => {
  const state = open.get(params.textDocument.uri);
  if (!state) return null;
  const markdown = caps.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? false;
  return hover(state.findings, params.position, markdown);
});

connection.onExecuteCommand(async (params) => {
  if (params.command !== CMD_ADD_TO_BASELINE) throw new ResponseError(-32601, `unknown command ${params.command}`);
  const args = params.arguments?.[0] as BaselineArgs | undefined;
  const state = args && open.get(args.uri);
  const finding = state?.findings.find((f) => f.ruleId === args!.ruleId && f.fingerprint === args!.fingerprint);
  if (!args || !state?.folder || !finding) {
    void connection.window.showErrorMessage('Keyward: cannot add to the baseline: the finding is gone or the file is outside the workspace folders.');
    return null;
  }
  const file = await baselines.add(state.folder.fsPath, [finding]);
  log.info(`Added ${finding.ruleId} in ${finding.path} to ${file}`);
  revalidateAll();
  return { file };
});

connection.onRequest(SCAN_WORKSPACE_REQUEST, async (...args: unknown[]) => {
  // vscode-jsonrpc passes only the cancellation token when the request has no params.
  const token = args[args.length - 1] as CancellationToken;
  const params = args.length > 1 ? (args[0] as { workDoneToken?: string | number } | undefined) : undefined;
  const r = await runWorkspaceScan(token, params?.workDoneToken);
  if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'workspace scan cancelled');
  return r;
});

connection.onShutdown(() => {
  running?.cancel();
});

documents.listen(connection);
connection.listen();

