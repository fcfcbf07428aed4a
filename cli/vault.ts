/**
 * The vault commands: init, set, get, list, rm, run, inject.
 *
 * A value enters only through standard input or a hidden prompt (never argv, which lands in shell
 * history and `ps`), leaves only through `get`'s stdout, `run`'s child environment and `inject`'s
 * 0600 output, and is written nowhere else. Every error message is built from names, references
 * and store diagnostics, never from a value. set, get, rm, run and inject record an event in the
 * audit log (core/vault/audit.ts; KEYWARD_AUDIT_LOG points it elsewhere): a fingerprint, never a value.
 *
 * Exit codes: 0 done, 1 not found (get, rm), 2 usage or runtime error (no keychain, broken
 * manifest, unresolved reference). `run` passes its child's exit code through (128+n when the
 * child dies of signal n; 127 when the command is not found).
 */
import { spawn } from 'node:child_process';
import { promises as fsp, constants as fsc } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { EnvFileStore, DEFAULT_ENV_FILE } from '../core/vault/envfile.ts';
import { KeychainStore } from '../core/vault/keychain.ts';
import {
  MANIFEST_FILE,
  ManifestError,
  REF_IN_TEXT,
  formatRef,
  newManifest,
  parseManifest,
  parseRef,
  serializeManifest,
  withToken,
  withoutToken,
  type Manifest,
  type Ref,
  type RotationPolicy,
  type TokenEntry,
} from '../core/vault/manifest.ts';
import { MaskingStream, type MaskSecret, type MaskStyle } from '../core/vault/mask.ts';
import { AuditLog, defaultAuditPath, type AppendInput } from '../core/vault/audit.ts';
import { isPreviousName, previousName, rotationStatus } from '../core/vault/rotation.ts';
import { checkName, checkProject, PROJECT_PATTERN, VaultUnavailableError, type SecretStore, type StoreKind } from '../core/vault/store.ts';

export const VAULT_COMMANDS = ['init', 'set', 'get', 'list', 'rm', 'run', 'inject'] as const;
export type VaultCommand = (typeof VAULT_COMMANDS)[number];

export function isVaultCommand(s: string | undefined): s is VaultCommand {
  return (VAULT_COMMANDS as readonly (string | undefined)[]).includes(s);
}

/** Lines for the main help's command list. */
export const VAULT_HELP_LINES = `  init             Write keyward.json (the manifest of this project's tokens)
  set NAME         Store a token (from stdin or a hidden prompt) and add it to keyward.json
  get NAME         Print a token's value (for scripts)
  list             List the project's tokens: store, provider, environment, age; no values
  rm NAME          Delete a token from its store and from keyward.json
  run -- CMD...    Run CMD with the tokens as environment variables, masked in its output
  inject -i FILE   Render a template's keyward:// references into a 0600 file
`;

const STORE_OPTIONS = `  --store keychain|env-file  Where tokens live (default: keyward.json's "store", else keychain).
  --env-file FILE            The .env file of the env-file store (default: keyward.json's
                             "envFile", else .env next to keyward.json).`;

export const VAULT_HELP: Record<VaultCommand, string> = {
  init: `Usage: keyward init [--project NAME] [--store keychain|env-file]

Writes keyward.json in the current directory: the committed manifest of the project's tokens
(references, providers, scopes, environments, rotation; never values). The project name defaults
to package.json's name, else the directory's name. An existing keyward.json is never overwritten.
`,
  set: `Usage: keyward set NAME [options]

Stores a token's value and records it in keyward.json. The value is read from standard input
(one trailing newline dropped), or from a hidden prompt on a terminal; never from the command
line, where shell history and ps would see it. It is read back from the store and compared
before keyward.json changes.

Options:
${STORE_OPTIONS}
  --provider NAME            Who issued it (GitHub, Stripe…).
  --scope SCOPE              A permission it carries (repeatable).
  --environment NAME         The environment it belongs to (see keyward run --env).
  --rotate-every DAYS        Rotation policy: due this many days after it was stored.
  --expires DATE             When it stops working (ISO 8601).

Examples:
  printf %s "$STRIPE_KEY" | keyward set STRIPE_SECRET_KEY --provider Stripe
  keyward set GITHUB_TOKEN          # prompts, without echo
`,
  get: `Usage: keyward get NAME [--no-newline] [--store S] [--env-file FILE]

Prints the token's value on standard output, for scripts: TOKEN="$(keyward get NAME)".
Exit codes: 0 printed, 1 no such token, 2 error.
`,
  list: `Usage: keyward list [--json] [--store S] [--env-file FILE]

Lists keyward.json's tokens with their store, provider, environment, age and whether the store
holds a value. Never prints a value.
`,
  rm: `Usage: keyward rm NAME [--store S] [--env-file FILE]

Deletes the token's value from its store and its entry from keyward.json.
Exit codes: 0 removed, 1 no such token, 2 error.
`,
  run: `Usage: keyward run [--env NAME] [--mask stars|named] -- CMD [ARGS...]

Runs CMD with every token in keyward.json set as an environment variable of the same name
(with --env NAME: only the tokens of that environment, and those without one). Any injected value
the command prints on stdout or stderr shows as ***** (or <NAME:masked> with --mask named), even
when split across writes. Standard input is passed through; SIGINT, SIGTERM, SIGHUP and SIGQUIT
are forwarded. Exit code: the command's, 128+n if it died of signal n, 127 if not found.

Options:
  --env NAME                 Only tokens whose "environment" is NAME (or unset).
${STORE_OPTIONS}

Example:
  keyward run --env production -- npm start
`,
  inject: `Usage: keyward inject -i TEMPLATE [-o FILE]

Copies TEMPLATE replacing each keyward://<store>/<project>/<NAME> reference (optionally written
{{ keyward://... }}) with its value, into FILE created with mode 0600 (or standard output).
A reference that does not resolve stops it, naming the reference, and nothing is written.

Options:
  -i, --in TEMPLATE   The template.
  -o, --out FILE      The output (default: standard output).
  -f, --force         Overwrite FILE when it exists.
  --env-file FILE     The .env file for keyward://env-file/... references.
`,
};

// ---------------------------------------------------------------------------------------------

export interface VaultIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    readonly usage = false,
  ) {
    super(message);
  }
}

export const usage = (message: string) => new CliError(message, 2, true);

/** Runs one vault command; prints its own errors; returns the exit code. */
export async function vaultCommand(command: VaultCommand, argv: string[], io: Partial<VaultIo> = {}): Promise<number> {
  const full: VaultIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env, ...io };
  try {
    if (argv.includes('-h') || argv.includes('--help')) {
      const dd = argv.indexOf('--');
      const help = argv.findIndex((a) => a === '-h' || a === '--help');
      if (dd < 0 || help < dd) {
        full.stdout.write(VAULT_HELP[command]);
        return 0;
      }
    }
    switch (command) {
      case 'init':
        return await initCommand(argv, full);
      case 'set':
        return await setCommand(argv, full);
      case 'get':
        return await getCommand(argv, full);
      case 'list':
        return await listCommand(argv, full);
      case 'rm':
        return await rmCommand(argv, full);
      case 'run':
        return await runCommand(argv, full);
      case 'inject':
        return await injectCommand(argv, full);
    }
  } catch (err) {
    const e = err as Error & { code?: string };
    const isUsage = (err instanceof CliError && err.usage) || !!e.code?.startsWith('ERR_PARSE_ARGS');
    full.stderr.write(`keyward: ${e.message}\n${isUsage ? `Run 'keyward ${command} --help' for usage.\n` : ''}`);
    return err instanceof CliError ? err.exitCode : 2;
  }
}

// ---------------------------------------------------------------------------------------------
// The manifest and the stores

export interface Project {
  /** Directory holding keyward.json. */
  root: string;
  manifestPath: string;
  manifest: Manifest;
}

/** The nearest keyward.json at or above `cwd`, parsed; undefined when there is none. */
async function findManifest(cwd: string): Promise<Project | undefined> {
  let dir = path.resolve(cwd);
  for (;;) {
    const file = path.join(dir, MANIFEST_FILE);
    let text: string | undefined;
    try {
      text = await fsp.readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new CliError(`cannot read ${file}: ${code}`);
    }
    if (text !== undefined) {
      try {
        return { root: dir, manifestPath: file, manifest: parseManifest(text, path.relative(cwd, file) || MANIFEST_FILE) };
      } catch (err) {
        if (err instanceof ManifestError) throw new CliError(err.message);
        throw err;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export async function requireManifest(cwd: string): Promise<Project> {
  const p = await findManifest(cwd);
  if (!p) throw new CliError(`no ${MANIFEST_FILE} here or in any parent directory: run 'keyward init' first`);
  return p;
}

export async function saveManifest(p: Project, m: Manifest): Promise<void> {
  await writeAtomic(p.manifestPath, serializeManifest(m), 0o644);
}

/** Writes via a temporary file and a rename: never a half-written file, and the mode is the new file's. */
async function writeAtomic(file: string, text: string, mode: number, exclusive = false): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fsp.writeFile(tmp, text, { mode, flag: 'wx' });
    await fsp.chmod(tmp, mode);
    if (exclusive) {
      // link() fails if the target exists, so a concurrent writer is never overwritten.
      await fsp.link(tmp, file);
      await fsp.rm(tmp, { force: true });
    } else {
      await fsp.rename(tmp, file);
    }
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'EEXIST' ? `${file} already exists` : `cannot write ${file}: ${code ?? (err as Error).message}`);
  }
}

export interface StoreChoice {
  store?: string;
  envFile?: string;
}

export function storeOptions() {
  return { store: { type: 'string' as const }, 'env-file': { type: 'string' as const } };
}

/** The env file for the env-file store: --env-file (from cwd), else the manifest's envFile, else .env next to it. */
function envFilePath(io: VaultIo, p: Project | undefined, choice: StoreChoice): string {
  if (choice.envFile) return path.resolve(io.cwd, choice.envFile);
  const root = p?.root ?? io.cwd;
  return path.resolve(root, p?.manifest.envFile ?? DEFAULT_ENV_FILE);
}

/** The store new tokens go to: --store, else --env-file implies env-file, else the manifest's, else keychain. */
function chosenKind(p: Project | undefined, choice: StoreChoice): 'keychain' | 'env-file' {
  const kind = choice.store ?? (choice.envFile ? 'env-file' : p?.manifest.store) ?? 'keychain';
  if (kind !== 'keychain' && kind !== 'env-file') throw usage(`unknown --store ${kind} (expected keychain or env-file)`);
  return kind;
}

export function openStore(kind: StoreKind, project: string, io: VaultIo, p: Project | undefined, choice: StoreChoice): SecretStore {
  switch (kind) {
    case 'keychain':
      return new KeychainStore(project);
    case 'env-file':
      return new EnvFileStore(envFilePath(io, p, choice));
    case 'vscode-secret-storage':
      throw new VaultUnavailableError(
        "This token is in VS Code's SecretStorage, which only the editor can read: the CLI cannot. Store it again with 'keyward set' (keychain or .env store) to use it here.",
        kind,
      );
    case 'memory':
      throw new VaultUnavailableError('The memory store exists only inside a running process (tests); nothing outside it can read it.', kind);
  }
}

/** Stores by store kind and project, so one run opens each once. */
class Stores {
  private readonly cache = new Map<string, SecretStore>();
  constructor(
    private readonly io: VaultIo,
    private readonly p: Project | undefined,
    private readonly choice: StoreChoice,
  ) {}
  for(ref: Ref): SecretStore {
    const key = `${ref.store}\0${ref.project}`;
    let s = this.cache.get(key);
    if (!s) {
      s = openStore(ref.store, ref.project, this.io, this.p, this.choice);
      this.cache.set(key, s);
    }
    return s;
  }
}

/** Where a store's entry is, in words, for messages. */
export function where(store: SecretStore, ref: Ref): string {
  if (store instanceof EnvFileStore) return store.file;
  if (store instanceof KeychainStore) return `the OS keychain (service keyward, account ${store.account(ref.name)})`;
  return ref.store;
}

/** The audit log the CLI writes: $KEYWARD_AUDIT_LOG, else the platform's default (see core/vault/audit.ts). */
export function auditLog(io: VaultIo): AuditLog {
  return new AuditLog(defaultAuditPath(io.env));
}

/**
 * Records an event. A log that cannot be written (read-only home in a container) does not stop the
 * command: it says so on stderr, without the value.
 */
export async function record(io: VaultIo, events: AppendInput | AppendInput[], log = auditLog(io)): Promise<void> {
  try {
    for (const e of Array.isArray(events) ? events : [events]) await log.append(e);
  } catch (err) {
    io.stderr.write(`keyward: warning: the audit log ${log.file} was not written: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
  }
}

// ---------------------------------------------------------------------------------------------
// init

async function defaultProjectName(cwd: string): Promise<string> {
  let name: string | undefined;
  try {
    const pkg = JSON.parse(await fsp.readFile(path.join(cwd, 'package.json'), 'utf8')) as { name?: unknown };
    if (typeof pkg.name === 'string') name = pkg.name.replace(/^@[^/]+\//, '');
  } catch {
    // no package.json, or not JSON: the folder's name will do
  }
  const raw = name || path.basename(path.resolve(cwd));
  const clean = raw.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return PROJECT_PATTERN.test(clean) ? clean : 'project';
}

async function initCommand(argv: string[], io: VaultIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { project: { type: 'string' }, ...storeOptions() }, allowPositionals: true });
  if (positionals.length) throw usage(`init takes no arguments (use --project NAME)`);
  const project = values.project ?? (await defaultProjectName(io.cwd));
  try {
    checkProject(project);
  } catch (err) {
    throw usage((err as Error).message);
  }
  const kind = chosenKind(undefined, { store: values.store, envFile: values['env-file'] });
  const m = newManifest(project, kind);
  if (values['env-file']) m.envFile = values['env-file'];
  const file = path.join(io.cwd, MANIFEST_FILE);
  try {
    await fsp.access(file);
    throw new CliError(`${MANIFEST_FILE} already exists here; not overwriting it`);
  } catch (err) {
    if (err instanceof CliError) throw err;
  }
  await writeAtomic(file, serializeManifest(m), 0o644, true);
  io.stdout.write(`keyward: wrote ${MANIFEST_FILE} for project ${project} (store: ${kind}). Commit it; it never holds values.\nNext: keyward set NAME   (the value from stdin or a hidden prompt)\n`);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// set

/** One positional NAME; anything more is refused without being echoed (it may be a value). */
export function oneName(positionals: string[], command: string): string {
  if (positionals.length === 0) throw usage(`${command} needs a token NAME`);
  if (positionals.length > 1) {
    throw usage(
      command === 'set'
        ? 'set takes only the NAME: the value is never read from the command line (shell history and ps would see it). Pipe it in or type it at the prompt.'
        : `${command} takes one NAME`,
    );
  }
  const name = positionals[0]!;
  try {
    checkName(name);
  } catch (err) {
    throw usage((err as Error).message);
  }
  return name;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string, io: VaultIo): Promise<string> {
  const input = io.stdin as NodeJS.ReadStream;
  // Echo off before the prompt shows: a paste that lands the moment it appears stays hidden.
  input.setRawMode(true);
  io.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (err?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      io.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003') return finish(new CliError('cancelled', 130));
        if (ch === '\u0004') return finish(value ? undefined : new CliError('cancelled', 130));
        if (ch === '\u007f' || ch === '\b') value = Array.from(value).slice(0, -1).join('');
        else if (ch >= ' ' || ch === '\t') value += ch;
      }
    };
    input.resume();
    input.on('data', onData);
  });
}

export async function readValue(name: string, io: VaultIo): Promise<string> {
  let value: string;
  if (io.stdin.isTTY && typeof (io.stdin as NodeJS.ReadStream).setRawMode === 'function') {
    value = await promptHidden(`Value for ${name} (input hidden): `, io);
  } else {
    value = (await readAll(io.stdin)).replace(/\r?\n$/, '');
  }
  if (value === '') throw new CliError(`no value given for ${name} (pipe it on standard input, or type it at the prompt)`);
  return value;
}

async function setCommand(argv: string[], io: VaultIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...storeOptions(),
      provider: { type: 'string' },
      scope: { type: 'string', multiple: true },
      environment: { type: 'string' },
      'rotate-every': { type: 'string' },
      expires: { type: 'string' },
    },
  });
  const name = oneName(positionals, 'set');
  if (isPreviousName(name)) throw usage(`names ending in __PREVIOUS are kept for the previous versions rotation leaves behind; choose another name`);
  const choice: StoreChoice = { store: values.store, envFile: values['env-file'] };
  const p = await requireManifest(io.cwd);
  const kind = chosenKind(p, choice);
  const rotation: RotationPolicy = {};
  if (values['rotate-every'] !== undefined) {
    const n = Number(values['rotate-every']);
    if (!Number.isInteger(n) || n <= 0) throw usage('--rotate-every needs a positive whole number of days');
    rotation.rotateEveryDays = n;
  }
  if (values.expires !== undefined) {
    if (Number.isNaN(Date.parse(values.expires))) throw usage('--expires needs an ISO 8601 date, like 2027-01-31');
    rotation.expiresAt = values.expires;
  }

  const ref: Ref = { store: kind, project: p.manifest.project, name };
  const store = openStore(kind, ref.project, io, p, choice);
  // Ask the store first, so nobody pastes a value only to be told there is nowhere to put it.
  const ready = await store.available();
  if (!ready.ok) throw new CliError(ready.reason);
  const value = await readValue(name, io);

  // Store, read back, compare; only then touch the manifest. A failure anywhere leaves
  // keyward.json as it was, and the value is still wherever the user piped it from.
  await store.set(name, value);
  const back = await store.get(name);
  if (back !== value) {
    throw new CliError(`${name} was written to ${where(store, ref)} but reading it back gave ${back === undefined ? 'nothing' : 'a different value'}; ${MANIFEST_FILE} was not changed`);
  }
  const prev = p.manifest.tokens[name];
  const entry: TokenEntry = {
    ref: formatRef(ref),
    provider: values.provider,
    scopes: values.scope,
    environment: values.environment,
    rotation: Object.keys(rotation).length ? { ...prev?.rotation, ...rotation } : undefined,
    createdAt: new Date().toISOString(),
  };
  await saveManifest(p, withToken(p.manifest, name, entry));
  await record(io, { action: 'stored', token: name, project: ref.project, value, detail: kind });
  io.stdout.write(`keyward: stored ${name} in ${where(store, ref)} and ${prev ? 'updated' : 'added'} it in ${MANIFEST_FILE}\n`);
  if (prev && prev.ref !== entry.ref) {
    io.stdout.write(`keyward: ${name} used to be at ${prev.ref}; that copy was left in place (remove it from that store when no longer needed)\n`);
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// get, rm

/** The reference for NAME: the manifest's, else where `set` would have put it. */
function refFor(name: string, p: Project, choice: StoreChoice): Ref {
  const entry = p.manifest.tokens[name];
  if (entry && !choice.store && !choice.envFile) return parseRef(entry.ref);
  return { store: chosenKind(p, choice), project: p.manifest.project, name };
}

async function getCommand(argv: string[], io: VaultIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...storeOptions(), 'no-newline': { type: 'boolean', short: 'n' } } });
  const name = oneName(positionals, 'get');
  const choice: StoreChoice = { store: values.store, envFile: values['env-file'] };
  const p = await requireManifest(io.cwd);
  const ref = refFor(name, p, choice);
  const store = openStore(ref.store, ref.project, io, p, choice);
  const value = await store.get(ref.name);
  if (value === undefined) {
    io.stderr.write(`keyward: no value for ${name} in ${where(store, ref)}${p.manifest.tokens[name] ? '' : ` (and ${MANIFEST_FILE} has no entry for it)`}\n`);
    return 1;
  }
  await record(io, { action: 'read', token: name, project: ref.project, value, detail: 'keyward get' });
  io.stdout.write(values['no-newline'] ? value : `${value}\n`);
  return 0;
}

async function rmCommand(argv: string[], io: VaultIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: storeOptions() });
  const name = oneName(positionals, 'rm');
  const choice: StoreChoice = { store: values.store, envFile: values['env-file'] };
  const p = await requireManifest(io.cwd);
  const ref = refFor(name, p, choice);
  const store = openStore(ref.store, ref.project, io, p, choice);
  // The store first: if it cannot be reached, keyward.json keeps the entry that says where the value is.
  const deleted = await store.delete(ref.name);
  // A previous version left by a rotation goes with it.
  const deletedPrevious = await store.delete(previousName(ref.name));
  const inManifest = name in p.manifest.tokens;
  if (inManifest) await saveManifest(p, withoutToken(p.manifest, name));
  if (deleted || deletedPrevious) await record(io, { action: 'deleted', token: name, project: ref.project, detail: deletedPrevious ? 'with its previous version' : undefined });
  if (!deleted && !inManifest) {
    io.stderr.write(`keyward: no token ${name} in ${where(store, ref)} or ${MANIFEST_FILE}\n`);
    return 1;
  }
  io.stdout.write(
    `keyward: ${name}: ${deleted ? `deleted from ${where(store, ref)}` : `nothing was in ${where(store, ref)}`}${inManifest ? `, removed from ${MANIFEST_FILE}` : ''}\n`,
  );
  return 0;
}

// ---------------------------------------------------------------------------------------------
// list

function age(iso: string | undefined, now: number): string {
  if (!iso) return '-';
  const ms = now - Date.parse(iso);
  if (Number.isNaN(ms)) return '-';
  const d = ms / 86_400_000;
  if (d < 1 / 24) return `${Math.max(0, Math.floor(ms / 60_000))}m`;
  if (d < 1) return `${Math.floor(d * 24)}h`;
  if (d < 60) return `${Math.floor(d)}d`;
  return `${Math.floor(d / 30)}mo`;
}

function due(entry: TokenEntry, now: number): string {
  const st = rotationStatus(entry, new Date(now));
  if (st.state === 'no-policy') return '-';
  if (st.state === 'expired') return 'EXPIRED';
  const valid = [st.dueAt, st.expiresAt].filter((d): d is Date => d !== undefined).map((d) => d.getTime());
  if (!valid.length) return st.state;
  const days = Math.floor((Math.min(...valid) - now) / 86_400_000);
  return days < 0 ? `overdue ${-days}d` : `${st.state === 'due' ? 'due ' : ''}in ${days}d`;
}

async function listCommand(argv: string[], io: VaultIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...storeOptions(), json: { type: 'boolean' } } });
  if (positionals.length) throw usage('list takes no arguments');
  const choice: StoreChoice = { store: values.store, envFile: values['env-file'] };
  const p = await requireManifest(io.cwd);
  const stores = new Stores(io, p, choice);
  const now = Date.now();

  // Which names each store holds, from list() (names only); a store that cannot be reached gives '?'.
  const held = new Map<SecretStore, Set<string> | Error>();
  const holds = async (ref: Ref): Promise<boolean | undefined> => {
    let store: SecretStore;
    try {
      store = stores.for(ref);
    } catch {
      return undefined;
    }
    if (!held.has(store)) {
      try {
        held.set(store, new Set((await store.list()).map((i) => i.name)));
      } catch (err) {
        held.set(store, err as Error);
      }
    }
    const h = held.get(store)!;
    return h instanceof Error ? undefined : h.has(ref.name);
  };

  const rows: { name: string; store: string; ref: string; provider?: string; environment?: string; scopes?: string[]; createdAt?: string; rotatedAt?: string; age: string; rotation: string; rotationState: string; stored: boolean | null }[] = [];
  for (const [name, entry] of Object.entries(p.manifest.tokens).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ref = parseRef(entry.ref);
    rows.push({
      name,
      store: ref.store,
      ref: entry.ref,
      provider: entry.provider,
      environment: entry.environment,
      scopes: entry.scopes,
      createdAt: entry.createdAt,
      rotatedAt: entry.rotatedAt,
      age: age(entry.rotatedAt ?? entry.createdAt, now),
      rotation: due(entry, now),
      rotationState: rotationStatus(entry, new Date(now)).state,
      stored: (await holds(ref)) ?? null,
    });
  }
  // Keychain entries of this project that keyward.json does not mention (when the project uses the keychain).
  const extra: string[] = [];
  if (rows.some((r) => r.store === 'keychain')) {
    const probe: Ref = { store: 'keychain', project: p.manifest.project, name: 'X' };
    await holds(probe);
    const names = held.get(stores.for(probe));
    if (names instanceof Set) for (const n of names) if (!(n in p.manifest.tokens) && !isPreviousName(n)) extra.push(n);
  }

  if (values.json) {
    io.stdout.write(`${JSON.stringify({ project: p.manifest.project, tokens: rows, untracked: extra.sort() }, null, 2)}\n`);
  } else {
    const table = [['NAME', 'STORE', 'PROVIDER', 'ENV', 'AGE', 'ROTATION', 'STORED']].concat(
      rows.map((r) => [r.name, r.store, r.provider ?? '-', r.environment ?? '-', r.age, r.rotation, r.stored === null ? '?' : r.stored ? 'yes' : 'MISSING']),
    );
    const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
    for (const row of table) io.stdout.write(`${row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')}\n`);
    if (!rows.length) io.stdout.write(`(no tokens yet: keyward set NAME)\n`);
    for (const n of extra.sort()) io.stdout.write(`${n}: in the keychain for ${p.manifest.project} but not in ${MANIFEST_FILE}\n`);
  }
  for (const h of new Set(held.values())) if (h instanceof Error) io.stderr.write(`keyward: ${h.message}\n`);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Resolving many references at once (run, inject)

interface Resolved {
  values: Map<string, string>;
  /** Human-readable problems, one per reference that did not resolve. */
  problems: string[];
}

/** Resolves references by their URI; collects every problem instead of stopping at the first. */
async function resolveRefs(uris: Iterable<string>, stores: Stores): Promise<Resolved> {
  const values = new Map<string, string>();
  const problems: string[] = [];
  const unavailable = new Map<SecretStore, VaultUnavailableError>();
  for (const uri of new Set(uris)) {
    let ref: Ref;
    try {
      ref = parseRef(uri);
    } catch (err) {
      problems.push((err as Error).message);
      continue;
    }
    let store: SecretStore;
    try {
      store = stores.for(ref);
    } catch (err) {
      problems.push(`${uri}: ${(err as Error).message}`);
      continue;
    }
    if (unavailable.has(store)) {
      problems.push(`${uri}: store not reachable (see above)`);
      continue;
    }
    try {
      const v = await store.get(ref.name);
      if (v === undefined) problems.push(`${uri}: no value in ${where(store, ref)} (store one with 'keyward set ${ref.name}')`);
      else values.set(uri, v);
    } catch (err) {
      if (err instanceof VaultUnavailableError) {
        unavailable.set(store, err);
        problems.push(`${uri}: ${err.message}`);
      } else problems.push(`${uri}: ${(err as Error).message}`);
    }
  }
  return { values, problems };
}

// ---------------------------------------------------------------------------------------------
// run

const RUN_VALUE_OPTIONS = new Set(['--env', '--store', '--env-file', '--mask']);

/** Splits `run`'s own options from the command: at `--`, else at the first word that is not an option. */
function splitRunArgs(argv: string[]): { own: string[]; cmd: string[] } {
  const dd = argv.indexOf('--');
  if (dd >= 0) return { own: argv.slice(0, dd), cmd: argv.slice(dd + 1) };
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-')) i += RUN_VALUE_OPTIONS.has(argv[i]!) ? 2 : 1;
  return { own: argv.slice(0, i), cmd: argv.slice(i) };
}

const FORWARDED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];

async function runCommand(argv: string[], io: VaultIo): Promise<number> {
  const { own, cmd } = splitRunArgs(argv);
  const { values, positionals } = parseArgs({ args: own, allowPositionals: true, options: { ...storeOptions(), env: { type: 'string' }, mask: { type: 'string', default: 'stars' } } });
  if (positionals.length || cmd.length === 0) throw usage('run needs a command after --: keyward run -- CMD [ARGS...]');
  const style = values.mask as MaskStyle;
  if (style !== 'stars' && style !== 'named') throw usage('--mask is stars or named');
  const choice: StoreChoice = { store: values.store, envFile: values['env-file'] };
  const p = await requireManifest(io.cwd);

  const selected = Object.entries(p.manifest.tokens).filter(([, t]) => values.env === undefined || t.environment === undefined || t.environment === values.env);
  const { values: byUri, problems } = await resolveRefs(
    selected.map(([, t]) => t.ref),
    new Stores(io, p, choice),
  );
  if (problems.length) throw new CliError(`not running ${cmd[0]}: ${problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`}`);
  const env: NodeJS.ProcessEnv = { ...io.env };
  const secrets: MaskSecret[] = [];
  for (const [name, t] of selected) {
    const v = byUri.get(t.ref)!;
    env[name] = v;
    secrets.push({ name, value: v });
  }
  await record(
    io,
    selected.map(([name, t]) => ({ action: 'injected' as const, token: name, project: parseRef(t.ref).project, value: byUri.get(t.ref)!, detail: `keyward run ${path.basename(cmd[0]!)}` })),
  );
  return spawnMasked(cmd, env, secrets, style, io);
}

function spawnMasked(cmd: string[], env: NodeJS.ProcessEnv, secrets: MaskSecret[], style: MaskStyle, io: VaultIo): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd[0]!, cmd.slice(1), { stdio: ['inherit', 'pipe', 'pipe'], env, cwd: io.cwd });
    const forward = (sig: NodeJS.Signals) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    };
    for (const s of FORWARDED) process.on(s, forward);
    const cleanup = () => {
      for (const s of FORWARDED) process.off(s, forward);
    };

    // Our own stdout may close early (keyward run ... | head): drop output then, keep waiting for the child.
    const ignore = () => undefined;
    io.stdout.on('error', ignore);
    io.stderr.on('error', ignore);
    const pairs: [NodeJS.ReadableStream, NodeJS.WritableStream][] = [
      [child.stdout!, io.stdout],
      [child.stderr!, io.stderr],
    ];
    const pipes = pairs.map(([from, to]) => {
      const masker = new MaskingStream(secrets, style);
      from.pipe(masker).pipe(to, { end: false });
      return new Promise<void>((done) => masker.once('end', done));
    });

    let settled = false;
    child.once('error', (err: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      cleanup();
      io.stderr.write(`keyward: cannot run ${cmd[0]}: ${err.code === 'ENOENT' ? 'command not found' : (err.code ?? err.message)}\n`);
      resolve(err.code === 'ENOENT' ? 127 : 126);
    });
    child.once('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      cleanup();
      void Promise.all(pipes).then(() => {
        resolve(signal ? 128 + (os.constants.signals[signal] ?? 0) : (code ?? 0));
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// inject

/** A reference, optionally written as {{ keyward://... }} as in op inject templates. */
const TEMPLATE_REF = new RegExp(`\\{\\{\\s*(${REF_IN_TEXT.source})\\s*\\}\\}|(${REF_IN_TEXT.source})`, 'g');
/** Anything that starts like a reference, to report the malformed ones instead of copying them through. */
const REF_LIKE = /keyward:\/\/[A-Za-z0-9._\/-]*/g;

async function injectCommand(argv: string[], io: VaultIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { in: { type: 'string', short: 'i' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean', short: 'f' }, ...storeOptions() },
  });
  if (positionals.length) throw usage('inject takes -i TEMPLATE [-o FILE]');
  if (!values.in) throw usage('inject needs -i TEMPLATE');
  const input = path.resolve(io.cwd, values.in);
  const output = values.out === undefined ? undefined : path.resolve(io.cwd, values.out);
  if (output === input) throw usage('the output would overwrite the template');
  let template: string;
  try {
    template = await fsp.readFile(input, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read ${values.in}: ${(err as NodeJS.ErrnoException).code}`);
  }
  if (output && !values.force) {
    try {
      await fsp.access(output, fsc.F_OK);
      throw new CliError(`${values.out} already exists (use --force to overwrite it)`);
    } catch (err) {
      if (err instanceof CliError) throw err;
    }
  }

  const uris = new Set<string>();
  for (const m of template.matchAll(TEMPLATE_REF)) uris.add((m[1] ?? m[2])!);
  const malformed = new Set<string>();
  for (const m of template.matchAll(REF_LIKE)) {
    const exact = m[0].match(REF_IN_TEXT)?.[0];
    if (exact !== m[0].replace(/[.,;:]+$/, '')) malformed.add(m[0]);
  }
  const p = await findManifest(io.cwd);
  const { values: byUri, problems } = await resolveRefs(uris, new Stores(io, p, { store: values.store, envFile: values['env-file'] }));
  for (const m of malformed) problems.unshift(`'${m}' is not a valid reference: expected keyward://<store>/<project>/<NAME>`);
  if (problems.length) throw new CliError(`${values.in}: ${problems.length === 1 ? problems[0] : `${problems.length} references did not resolve:\n  ${problems.join('\n  ')}`}; nothing was written`);

  await record(
    io,
    [...byUri].map(([uri, v]) => {
      const r = parseRef(uri);
      return { action: 'injected' as const, token: r.name, project: r.project, value: v, detail: `keyward inject ${values.in} -> ${values.out ?? 'stdout'}` };
    }),
  );
  const rendered = template.replace(TEMPLATE_REF, (_all, braced: string | undefined, bare: string | undefined) => byUri.get((braced ?? bare)!)!);
  if (output) {
    await writeAtomic(output, rendered, 0o600);
    io.stderr.write(`keyward: wrote ${values.out} (mode 0600) with ${uris.size} reference${uris.size === 1 ? '' : 's'} resolved\n`);
  } else {
    io.stdout.write(rendered);
  }
  return 0;
}
