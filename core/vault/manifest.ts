/**
 * keyward.json: the committed manifest of a project's tokens. It says where each token lives
 * (a reference URI), what it is for and when it should be rotated; it never holds a value, and a
 * "value" key is rejected outright so one is never committed by accident.
 *
 *   { "project": "orders-api",
 *     "tokens": { "STRIPE_SECRET_KEY": { "ref": "keyward://keychain/orders-api/STRIPE_SECRET_KEY",
 *                 "provider": "Stripe", "scopes": ["charges:write"], "environment": "production",
 *                 "rotation": { "rotateEveryDays": 90 }, "createdAt": "2026-11-23T10:00:00.000Z" } } }
 *
 * Errors carry a 1-based line and column (syntax errors from JSON.parse's position, shape errors
 * from where the offending key or value sits) so the CLI and the editor can point at them. No
 * message quotes the file's text: a pasted secret in a broken manifest stays out of the output.
 */
import { checkName, isStoreKind, NAME_PATTERN, PROJECT_PATTERN, STORE_KINDS, type StoreKind } from './store.ts';

export const MANIFEST_FILE = 'keyward.json';
export const REF_SCHEME = 'keyward:';

export const ROTATION_STRATEGIES = ['generate', 'command', 'manual'] as const;
export type RotationStrategy = (typeof ROTATION_STRATEGIES)[number];
/** Strategies of older manifests, read as their successor: 'provider' (open the provider's page) is now 'manual'. */
export const LEGACY_STRATEGIES: Readonly<Record<string, RotationStrategy>> = { provider: 'manual' };

export const GENERATE_ALPHABETS = ['base62', 'hex', 'base64url', 'alphanumeric'] as const;
export type GenerateAlphabet = (typeof GENERATE_ALPHABETS)[number];
/** Bounds on a generated secret's random part, in characters. */
export const GENERATE_MIN_LENGTH = 16;
export const GENERATE_MAX_LENGTH = 1024;
export const PREFIX_PATTERN = /^[A-Za-z0-9_.:-]{1,32}$/;

export interface RotationPolicy {
  rotateEveryDays?: number;
  /** ISO 8601 date or date-time after which the token stops working. */
  expiresAt?: string;
  /** How `keyward rotate` makes the new value; default: 'command' when `command` is set, 'generate' when `generate` is, else 'manual'. */
  strategy?: RotationStrategy;
  /** The recipe of the generate strategy. length counts the random part (after the prefix). */
  generate?: { length?: number; alphabet?: GenerateAlphabet; prefix?: string };
  /** The command strategy's command: its standard output (trimmed) is the new value. Runs only after approval. */
  command?: string;
  /** Days the previous value is kept after a rotation, for `keyward rollback` (default 7). */
  graceDays?: number;
}

export interface TokenEntry {
  ref: string;
  provider?: string;
  scopes?: string[];
  environment?: string;
  rotation?: RotationPolicy;
  createdAt?: string;
  /** When the value was last replaced by a rotation; a token's age counts from this, else from createdAt. */
  rotatedAt?: string;
  description?: string;
}

export interface Manifest {
  $schema?: string;
  project: string;
  /** Where `keyward set` puts new tokens: keychain (default) or env-file. */
  store?: 'keychain' | 'env-file';
  /** The .env file used by the env-file store, relative to the manifest (default .env). */
  envFile?: string;
  tokens: Record<string, TokenEntry>;
}

export interface Ref {
  store: StoreKind;
  project: string;
  name: string;
}

// ---------------------------------------------------------------------------------------------
// References

const REF_RE = /^keyward:\/\/([a-z][a-z-]*)\/([^/]+)\/([^/]+)$/;
/** A reference anywhere in a text (templates for `keyward inject`). */
export const REF_IN_TEXT = /keyward:\/\/[a-z][a-z-]*\/[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z_][A-Za-z0-9_]*/g;

/** Parses keyward://<store>/<project>/<NAME>; throws an Error naming the reference and the problem. */
export function parseRef(uri: string): Ref {
  const m = REF_RE.exec(uri);
  if (!m) {
    // Something pasted where a reference belongs may be the value itself: do not echo it.
    const shown = uri.startsWith('keyward://') || uri.length <= 12 ? uri : `${uri.slice(0, 4)}… (${uri.length} characters)`;
    throw new Error(`'${shown}' is not a keyward reference: expected keyward://<store>/<project>/<NAME>`);
  }
  const [, store, project, name] = m as unknown as [string, string, string, string];
  if (!isStoreKind(store)) throw new Error(`'${uri}': unknown store '${store}' (expected ${STORE_KINDS.join(', ')})`);
  if (!PROJECT_PATTERN.test(project)) throw new Error(`'${uri}': '${project}' is not a valid project name`);
  if (!NAME_PATTERN.test(name)) throw new Error(`'${uri}': '${name}' is not a valid token name`);
  return { store, project, name };
}

export function formatRef(ref: Ref): string {
  return `keyward://${ref.store}/${ref.project}/${ref.name}`;
}

// ---------------------------------------------------------------------------------------------
// Errors with positions

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors count). */
  column: number;
}

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  constructor(
    readonly source: string,
    readonly problem: string,
    readonly position: Position & { offset: number },
    /** Dotted path of the offending value (tokens.X.ref), empty for syntax errors. */
    readonly path: string,
  ) {
    super(`${source}:${position.line}:${position.column}: ${path ? `${path}: ` : ''}${problem}`);
  }
}

export function positionAt(text: string, offset: number): Position & { offset: number } {
  const o = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < o; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: o - lineStart + 1, offset: o };
}

// ---------------------------------------------------------------------------------------------
// A JSON scan that records where every value and key starts, for shape errors' positions.
// It runs only on text JSON.parse accepted, so it need not diagnose; it does notice duplicate keys,
// which JSON.parse silently resolves to the last one.

interface Located {
  /** Offset of the value. */
  value: number;
  /** Offset of the key's opening quote, for object members. */
  key?: number;
}

class Locator {
  readonly at = new Map<string, Located>();
  readonly duplicates: { path: string; offset: number }[] = [];
  private i = 0;
  constructor(private readonly s: string) {}

  run(): this {
    this.value('', undefined);
    return this;
  }

  private ws(): void {
    while (this.i < this.s.length && ' \t\r\n'.includes(this.s[this.i]!)) this.i++;
  }

  private value(p: string, key: number | undefined): void {
    this.ws();
    this.at.set(p, key === undefined ? { value: this.i } : { value: this.i, key });
    const c = this.s[this.i];
    if (c === '{') {
      this.i++;
      const seen = new Set<string>();
      this.ws();
      if (this.s[this.i] === '}') {
        this.i++;
        return;
      }
      for (;;) {
        this.ws();
        const keyAt = this.i;
        const k = this.string();
        const child = p ? `${p}.${k}` : k;
        if (seen.has(k)) this.duplicates.push({ path: child, offset: keyAt });
        seen.add(k);
        this.ws();
        this.i++; // ':'
        this.value(child, keyAt);
        this.ws();
        if (this.s[this.i++] === '}') return; // else ','
      }
    } else if (c === '[') {
      this.i++;
      this.ws();
      if (this.s[this.i] === ']') {
        this.i++;
        return;
      }
      for (let n = 0; ; n++) {
        this.value(`${p}[${n}]`, undefined);
        this.ws();
        if (this.s[this.i++] === ']') return;
      }
    } else if (c === '"') {
      this.string();
    } else {
      while (this.i < this.s.length && !',]} \t\r\n'.includes(this.s[this.i]!)) this.i++;
    }
  }

  private string(): string {
    const start = this.i;
    this.i++;
    while (this.s[this.i] !== '"') this.i += this.s[this.i] === '\\' ? 2 : 1;
    this.i++;
    return JSON.parse(this.s.slice(start, this.i)) as string;
  }
}

/** JSON.parse's message, minus any quoted excerpt of the input, and the offset it names. */
function describeSyntaxError(err: Error, text: string): { problem: string; offset: number } {
  const msg = err.message;
  const pos = /at position (\d+)/.exec(msg);
  let offset = pos ? Number(pos[1]) : text.length;
  let problem = msg
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'unexpected end of file');
  if (!pos && /^Unexpected token/.test(msg)) {
    // Newer messages quote the input instead of giving a position: find the token ourselves.
    offset = firstBadToken(text);
    problem = problem.replace(/^Unexpected token '(.)'.*$/s, "unexpected '$1'");
  }
  return { problem: problem.charAt(0).toLowerCase() + problem.slice(1), offset };
}

/** Where JSON.parse stopped, for messages without a position: the first offset at which no valid prefix continues. */
function firstBadToken(text: string): number {
  // Binary search for the longest prefix whose error is "end of input" (i.e. still valid so far).
  let lo = 0;
  let hi = text.length;
  const validPrefix = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (e) {
      return /end of JSON input|Unterminated string/.test((e as Error).message);
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (validPrefix(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Parsing and shape checks

const TOP_KEYS = ['$schema', 'project', 'store', 'envFile', 'tokens'];
const TOKEN_KEYS = ['ref', 'provider', 'scopes', 'environment', 'rotation', 'createdAt', 'rotatedAt', 'description'];
const ROTATION_KEYS = ['rotateEveryDays', 'expiresAt', 'strategy', 'generate', 'command', 'graceDays'];
const GENERATE_KEYS = ['length', 'alphabet', 'prefix'];
/** Keys that would hold a value: refused wherever they appear, with a message that says why. */
const VALUE_KEYS = /^(value|secret|password|token|key|apiKey|api_key)$/i;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses and checks keyward.json. Throws ManifestError (with line and column) on the first
 * problem; all problems are available through `checkManifest` for editors that want them all.
 */
export function parseManifest(text: string, source = MANIFEST_FILE): Manifest {
  const { manifest, errors } = checkManifest(text, source);
  if (errors.length) throw errors[0]!;
  return manifest!;
}

export function checkManifest(text: string, source = MANIFEST_FILE): { manifest?: Manifest; errors: ManifestError[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = text.length - body.length;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    const { problem, offset } = describeSyntaxError(err as Error, body);
    return { errors: [new ManifestError(source, problem, positionAt(text, offset + shift), '')] };
  }
  const loc = new Locator(body).run();
  const errors: ManifestError[] = [];
  const fail = (p: string, problem: string, at: 'key' | 'value' = 'value') => {
    const l = loc.at.get(p) ?? { value: 0 };
    const offset = at === 'key' ? (l.key ?? l.value) : l.value;
    errors.push(new ManifestError(source, problem, positionAt(text, offset + shift), p));
  };
  for (const d of loc.duplicates) errors.push(new ManifestError(source, 'duplicate key (JSON keeps only the last one)', positionAt(text, d.offset + shift), d.path));

  if (!isObject(data)) {
    fail('', 'expected an object: { "project": "...", "tokens": { ... } }');
    return { errors };
  }
  const unknownKey = (p: string, k: string, allowed: string[]) => {
    const full = p ? `${p}.${k}` : k;
    if (p && VALUE_KEYS.test(k)) fail(full, `keyward.json never holds a value: remove "${k}" and store the value with 'keyward set'`, 'key');
    else fail(full, `unknown key "${k}" (expected one of ${allowed.join(', ')})`, 'key');
  };
  for (const k of Object.keys(data)) if (!TOP_KEYS.includes(k)) unknownKey('', k, TOP_KEYS);

  if (typeof data.project !== 'string') fail(data.project === undefined ? '' : 'project', '"project" must be a string, the project name used in references');
  else if (!PROJECT_PATTERN.test(data.project)) fail('project', "project name must use letters, digits, '.', '_' and '-', starting with a letter or digit");
  if (data.store !== undefined && data.store !== 'keychain' && data.store !== 'env-file') fail('store', 'store must be "keychain" or "env-file"');
  if (data.envFile !== undefined && (typeof data.envFile !== 'string' || data.envFile === '')) fail('envFile', 'envFile must be a non-empty path');
  if (data.$schema !== undefined && typeof data.$schema !== 'string') fail('$schema', '$schema must be a string');

  const tokens = data.tokens === undefined ? {} : data.tokens;
  if (!isObject(tokens)) fail('tokens', 'tokens must be an object of NAME: { "ref": ... }');
  else {
    for (const [name, entry] of Object.entries(tokens)) {
      const p = `tokens.${name}`;
      if (!NAME_PATTERN.test(name)) fail(p, 'token names must be environment variable names (letters, digits, _; not starting with a digit)', 'key');
      if (!isObject(entry)) {
        fail(p, 'expected an object with a "ref"; keyward.json never holds a value');
        continue;
      }
      for (const k of Object.keys(entry)) if (!TOKEN_KEYS.includes(k)) unknownKey(p, k, TOKEN_KEYS);
      if (typeof entry.ref !== 'string') fail(entry.ref === undefined ? p : `${p}.ref`, '"ref" must be a keyward://<store>/<project>/<NAME> reference', entry.ref === undefined ? 'key' : 'value');
      else {
        try {
          parseRef(entry.ref);
        } catch (err) {
          fail(`${p}.ref`, (err as Error).message);
        }
      }
      for (const k of ['provider', 'environment', 'description'] as const) {
        if (entry[k] !== undefined && typeof entry[k] !== 'string') fail(`${p}.${k}`, `${k} must be a string`);
      }
      if (entry.scopes !== undefined && (!Array.isArray(entry.scopes) || entry.scopes.some((s) => typeof s !== 'string'))) fail(`${p}.scopes`, 'scopes must be an array of strings');
      for (const k of ['createdAt', 'rotatedAt'] as const) {
        if (entry[k] !== undefined && (typeof entry[k] !== 'string' || Number.isNaN(Date.parse(entry[k])))) fail(`${p}.${k}`, `${k} must be an ISO 8601 date-time`);
      }
      if (entry.rotation !== undefined) {
        const r = entry.rotation;
        const rp = `${p}.rotation`;
        if (!isObject(r)) fail(rp, 'rotation must be an object');
        else {
          for (const k of Object.keys(r)) if (!ROTATION_KEYS.includes(k)) unknownKey(rp, k, ROTATION_KEYS);
          if (r.rotateEveryDays !== undefined && !(typeof r.rotateEveryDays === 'number' && Number.isInteger(r.rotateEveryDays) && r.rotateEveryDays > 0)) fail(`${rp}.rotateEveryDays`, 'rotateEveryDays must be a positive whole number');
          if (r.expiresAt !== undefined && (typeof r.expiresAt !== 'string' || Number.isNaN(Date.parse(r.expiresAt)))) fail(`${rp}.expiresAt`, 'expiresAt must be an ISO 8601 date or date-time');
          if (r.strategy !== undefined && !(ROTATION_STRATEGIES as readonly unknown[]).includes(r.strategy) && !(typeof r.strategy === 'string' && r.strategy in LEGACY_STRATEGIES)) {
            fail(`${rp}.strategy`, `strategy must be one of ${ROTATION_STRATEGIES.join(', ')}`);
          }
          if (r.graceDays !== undefined && !(typeof r.graceDays === 'number' && Number.isInteger(r.graceDays) && r.graceDays >= 0 && r.graceDays <= 3650)) fail(`${rp}.graceDays`, 'graceDays must be a whole number of days from 0 to 3650');
          if (r.command !== undefined && (typeof r.command !== 'string' || r.command.trim() === '')) fail(`${rp}.command`, 'command must be a non-empty command line');
          if (r.strategy === 'command' && r.command === undefined) fail(`${rp}.strategy`, 'the command strategy needs "command": the command that prints the new value');
          if (r.generate !== undefined) {
            const g = r.generate;
            const gp = `${rp}.generate`;
            if (!isObject(g)) fail(gp, 'generate must be an object: { "length", "alphabet", "prefix" }');
            else {
              for (const k of Object.keys(g)) if (!GENERATE_KEYS.includes(k)) unknownKey(gp, k, GENERATE_KEYS);
              if (g.length !== undefined && !(typeof g.length === 'number' && Number.isInteger(g.length) && g.length >= GENERATE_MIN_LENGTH && g.length <= GENERATE_MAX_LENGTH)) {
                fail(`${gp}.length`, `length must be a whole number from ${GENERATE_MIN_LENGTH} to ${GENERATE_MAX_LENGTH} (characters of the random part)`);
              }
              if (g.alphabet !== undefined && !(GENERATE_ALPHABETS as readonly unknown[]).includes(g.alphabet)) fail(`${gp}.alphabet`, `alphabet must be one of ${GENERATE_ALPHABETS.join(', ')}`);
              if (g.prefix !== undefined && !(typeof g.prefix === 'string' && PREFIX_PATTERN.test(g.prefix))) fail(`${gp}.prefix`, "prefix must be 1 to 32 letters, digits, '_', '.', ':' or '-'");
            }
          }
        }
      }
    }
  }
  errors.sort((a, b) => a.position.offset - b.position.offset);
  if (errors.length) return { errors };
  const read = tokens as Record<string, TokenEntry>;
  for (const t of Object.values(read)) {
    const legacy = t.rotation?.strategy !== undefined ? LEGACY_STRATEGIES[t.rotation.strategy] : undefined;
    if (legacy) t.rotation = { ...t.rotation, strategy: legacy };
  }
  return { manifest: { ...(data as unknown as Manifest), tokens: read }, errors };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A new manifest for `keyward init`. */
export function newManifest(project: string, store?: 'keychain' | 'env-file'): Manifest {
  return store && store !== 'keychain' ? { project, store, tokens: {} } : { project, tokens: {} };
}

/**
 * Stable text: fixed key order, tokens sorted by name, two-space indent, final newline. The same
 * manifest always serialises to the same bytes, so diffs show only what changed.
 */
export function serializeManifest(m: Manifest): string {
  const out: Record<string, unknown> = {};
  if (m.$schema !== undefined) out.$schema = m.$schema;
  out.project = m.project;
  if (m.store !== undefined) out.store = m.store;
  if (m.envFile !== undefined) out.envFile = m.envFile;
  const tokens: Record<string, unknown> = {};
  for (const name of Object.keys(m.tokens).sort()) {
    const t = m.tokens[name]!;
    const e: Record<string, unknown> = { ref: t.ref };
    if (t.provider !== undefined) e.provider = t.provider;
    if (t.description !== undefined) e.description = t.description;
    if (t.scopes !== undefined) e.scopes = t.scopes;
    if (t.environment !== undefined) e.environment = t.environment;
    if (t.rotation !== undefined) {
      const r: Record<string, unknown> = {};
      if (t.rotation.rotateEveryDays !== undefined) r.rotateEveryDays = t.rotation.rotateEveryDays;
      if (t.rotation.expiresAt !== undefined) r.expiresAt = t.rotation.expiresAt;
      if (t.rotation.strategy !== undefined) r.strategy = t.rotation.strategy;
      if (t.rotation.generate !== undefined) {
        const g: Record<string, unknown> = {};
        if (t.rotation.generate.length !== undefined) g.length = t.rotation.generate.length;
        if (t.rotation.generate.alphabet !== undefined) g.alphabet = t.rotation.generate.alphabet;
        if (t.rotation.generate.prefix !== undefined) g.prefix = t.rotation.generate.prefix;
        r.generate = g;
      }
      if (t.rotation.command !== undefined) r.command = t.rotation.command;
      if (t.rotation.graceDays !== undefined) r.graceDays = t.rotation.graceDays;
      e.rotation = r;
    }
    if (t.createdAt !== undefined) e.createdAt = t.createdAt;
    if (t.rotatedAt !== undefined) e.rotatedAt = t.rotatedAt;
    tokens[name] = e;
  }
  out.tokens = tokens;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Adds or replaces a token's entry, keeping createdAt of an entry that already existed. Returns a new manifest. */
export function withToken(m: Manifest, name: string, entry: TokenEntry): Manifest {
  checkName(name);
  parseRef(entry.ref);
  const prev = m.tokens[name];
  const next: TokenEntry = { ...prev, ...stripUndefined(entry) };
  if (prev?.createdAt && !entry.createdAt) next.createdAt = prev.createdAt;
  return { ...m, tokens: { ...m.tokens, [name]: next } };
}

export function withoutToken(m: Manifest, name: string): Manifest {
  const tokens = { ...m.tokens };
  delete tokens[name];
  return { ...m, tokens };
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
