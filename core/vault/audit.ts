/**
 * The audit log: one JSON line per event (stored, read, copied, revealed, rotated, rolled back,
 * deleted, injected, leak found), each carrying `prev`, the sha256 (hex) of the previous line's
 * exact text, so any edit, removal, reordering or insertion breaks the chain at that line.
 *
 *   {"time":"2026-11-23T16:00:00.000Z","actor":"cli:ana","action":"read","token":"STRIPE_KEY",
 *    "project":"orders-api","fingerprint":"3f2a9c01b7de","prev":"9e1c…"}
 *
 * Never a value: a value passed to append() is reduced to `fingerprint`, the first 12 hex digits
 * of its sha256 (the scanner's Finding.fingerprint starts with the same digits, so a leak-found
 * event can be matched to the stored token).
 *
 * Tail truncation: a chain alone cannot tell that its last lines were cut off, so a small side file
 * `<log>.head` records the line count and the hash of the last line after every append. verify()
 * reports a log shorter than its head as truncated. (It is tamper-evidence against edits, not
 * against someone who rewrites the whole chain and the head: that needs an outside anchor.)
 *
 * Concurrency: the CLI and the extension append at the same time. Each append takes a lock file
 * (`<log>.lock`, created O_EXCL), reads the last line, then writes its own line with one O_APPEND
 * write and updates the head, then releases the lock. A lock left by a crashed process is broken
 * once its owner is gone or it is older than STALE_LOCK_MS.
 */
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fingerprint as sha256Hex } from '../detect/fingerprint.ts';

export type AuditAction = 'stored' | 'read' | 'copied' | 'revealed' | 'rotated' | 'rolled-back' | 'deleted' | 'injected' | 'leak-found';

export const AUDIT_ACTIONS: readonly AuditAction[] = ['stored', 'read', 'copied', 'revealed', 'rotated', 'rolled-back', 'deleted', 'injected', 'leak-found'];

export interface AuditEntry {
  /** ISO 8601, UTC. */
  time: string;
  /** Who: `cli:<user>`, `vscode:<user>`. */
  actor: string;
  action: AuditAction;
  token?: string;
  project?: string;
  /** First 12 hex digits of the value's sha256; never the value. */
  fingerprint?: string;
  /** Free text for people (a strategy, a file); never a value. */
  detail?: string;
  /** sha256 hex of the previous line's exact text; GENESIS for the first line. */
  prev: string;
}

/** The `prev` of the first line. */
export const GENESIS = '0'.repeat(64);
/** Characters of the sha256 kept as an entry's fingerprint. */
export const FINGERPRINT_LENGTH = 12;
/** The environment variable that points the CLI (and tests) at another log. */
export const AUDIT_LOG_ENV = 'KEYWARD_AUDIT_LOG';

const STALE_LOCK_MS = 10_000;
const LOCK_TIMEOUT_MS = 15_000;

/** A value's short fingerprint, as audit entries carry it. */
export function shortFingerprint(value: string): string {
  return sha256Hex(value).slice(0, FINGERPRINT_LENGTH);
}

export function hashLine(line: string): string {
  return createHash('sha256').update(line, 'utf8').digest('hex');
}

/**
 * Where the log lives: $KEYWARD_AUDIT_LOG when set; else $XDG_STATE_HOME/keyward/audit.jsonl
 * (default ~/.local/state) on Linux and other Unixes, ~/Library/Application Support/keyward on
 * macOS, %LOCALAPPDATA%\keyward on Windows.
 */
export function defaultAuditPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (env[AUDIT_LOG_ENV]) return env[AUDIT_LOG_ENV]!;
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA || path.win32.join(home, 'AppData', 'Local');
    return path.win32.join(base, 'keyward', 'audit.jsonl');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'keyward', 'audit.jsonl');
  const state = env.XDG_STATE_HOME && path.posix.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path.posix.join(home, '.local', 'state');
  return path.posix.join(state, 'keyward', 'audit.jsonl');
}

function defaultActor(): string {
  let user = 'unknown';
  try {
    user = os.userInfo().username || user;
  } catch {
    user = process.env.USER ?? process.env.USERNAME ?? user;
  }
  return `cli:${user}`;
}

export interface AppendInput {
  action: AuditAction;
  token?: string;
  project?: string;
  /** Reduced to a fingerprint here; never written. */
  value?: string;
  /** A fingerprint the caller already has (a scanner finding's), when there is no value. */
  fingerprint?: string;
  detail?: string;
}

export type VerifyResult = { ok: true; lines: number } | { ok: false; line: number; reason: string };

interface Head {
  lines: number;
  hash: string;
}

export class AuditLog {
  private readonly clock: () => Date;
  readonly actor: string;
  private readonly lockFile: string;
  private readonly headFile: string;

  constructor(
    readonly file: string,
    opts: { clock?: () => Date; actor?: string } = {},
  ) {
    this.clock = opts.clock ?? (() => new Date());
    this.actor = opts.actor ?? defaultActor();
    this.lockFile = `${file}.lock`;
    this.headFile = `${file}.head`;
  }

  /** Appends one event and returns it as written. Safe against other processes appending at once. */
  async append(e: AppendInput): Promise<AuditEntry> {
    if (!AUDIT_ACTIONS.includes(e.action)) throw new Error(`unknown audit action '${String(e.action)}'`);
    await fsp.mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const release = await this.lock();
    try {
      const last = await this.lastLine();
      const entry: AuditEntry = { time: this.clock().toISOString(), actor: this.actor, action: e.action, prev: GENESIS };
      if (e.token !== undefined) entry.token = e.token;
      if (e.project !== undefined) entry.project = e.project;
      const fp = e.value !== undefined ? shortFingerprint(e.value) : e.fingerprint?.slice(0, FINGERPRINT_LENGTH);
      if (fp !== undefined) entry.fingerprint = fp;
      if (e.detail !== undefined) entry.detail = e.detail.replace(/[\r\n]+/g, ' ');
      entry.prev = last.text === undefined ? GENESIS : hashLine(last.text);
      // Key order is fixed by construction: time, actor, action, token, project, fingerprint, detail, prev.
      const { prev, ...rest } = entry;
      const line = JSON.stringify({ ...rest, prev });
      let fh: fsp.FileHandle | undefined;
      try {
        fh = await fsp.open(this.file, 'a', 0o600);
        // A file whose last line was cut short gets a newline first, so our line stays whole;
        // verify() still reports the cut line.
        await fh.write(`${last.unterminated ? '\n' : ''}${line}\n`);
        await fh.sync();
      } finally {
        await fh?.close();
      }
      await this.writeHead({ lines: last.lines + 1, hash: hashLine(line) });
      return { ...rest, prev } as AuditEntry;
    } finally {
      await release();
    }
  }

  /** The entries, oldest first; lines that do not parse are skipped (verify() reports them). */
  async read(opts: { since?: Date } = {}): Promise<AuditEntry[]> {
    let text: string;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const since = opts.since?.getTime();
    const out: AuditEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      const e = parseEntry(line);
      if (!e) continue;
      if (since !== undefined && !(Date.parse(e.time) >= since)) continue;
      out.push(e);
    }
    return out;
  }

  /** Checks the chain; names the first line (1-based) that was altered, inserted, moved, cut or is missing. */
  async verify(): Promise<VerifyResult> {
    let text: string;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      text = '';
    }
    const head = await this.readHead();
    const lines = text === '' ? [] : text.split('\n');
    const terminated = text.endsWith('\n');
    if (terminated) lines.pop();
    let prev = GENESIS;
    for (let i = 0; i < lines.length; i++) {
      const n = i + 1;
      const line = lines[i]!;
      if (i === lines.length - 1 && !terminated) return { ok: false, line: n, reason: 'truncated: the line does not end (cut off mid-write or edited)' };
      if (line === '') return { ok: false, line: n, reason: 'empty line (a line was removed or blanked)' };
      const e = parseEntry(line);
      if (!e) return { ok: false, line: n, reason: 'not a valid audit entry (altered)' };
      if (e.prev !== prev) {
        return { ok: false, line: n, reason: n === 1 ? 'does not start the chain (lines before it were removed, or it was altered)' : 'does not chain to the line before it (this line or the one before was altered, inserted, removed or moved)' };
      }
      prev = hashLine(line);
      if (head && n === head.lines && prev !== head.hash) return { ok: false, line: n, reason: 'differs from the last line recorded when it was written (altered, or lines were removed and rewritten)' };
    }
    if (head && lines.length < head.lines) {
      return { ok: false, line: lines.length + 1, reason: `missing: the log was truncated (${head.lines} lines were written, ${lines.length} remain)` };
    }
    return { ok: true, lines: lines.length };
  }

  // -------------------------------------------------------------------------------------------

  /**
   * The last line's text, the number of lines, and whether the file ends mid-line. Reads only the
   * file's tail when the head file agrees with it (the usual case); counts every line otherwise.
   */
  private async lastLine(): Promise<{ text?: string; lines: number; unterminated: boolean }> {
    let fh: fsp.FileHandle;
    try {
      fh = await fsp.open(this.file, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { lines: 0, unterminated: false };
      throw err;
    }
    try {
      const size = (await fh.stat()).size;
      if (size === 0) return { lines: 0, unterminated: false };
      // Grow the window from the end until it holds a whole last line.
      let window = Math.min(size, 64 * 1024);
      for (;;) {
        const buf = Buffer.alloc(window);
        await fh.read(buf, 0, window, size - window);
        const unterminated = buf[window - 1] !== 0x0a;
        const body = unterminated ? buf : buf.subarray(0, window - 1);
        const nl = body.lastIndexOf(0x0a);
        if (nl < 0 && window < size) {
          window = Math.min(size, window * 4);
          continue;
        }
        // After a cut line we chain to the cut text itself: the chain stays checkable from there on.
        const text = body.subarray(nl + 1).toString('utf8');
        const head = await this.readHead();
        const lines = head && head.hash === hashLine(text) ? head.lines : await this.countLines();
        return { text, lines, unterminated };
      }
    } finally {
      await fh.close();
    }
  }

  private async countLines(): Promise<number> {
    const text = await fsp.readFile(this.file, 'utf8');
    if (text === '') return 0;
    const n = text.split('\n').length;
    return text.endsWith('\n') ? n - 1 : n;
  }

  private async readHead(): Promise<Head | undefined> {
    try {
      const h = JSON.parse(await fsp.readFile(this.headFile, 'utf8')) as Partial<Head>;
      if (typeof h.lines === 'number' && typeof h.hash === 'string') return { lines: h.lines, hash: h.hash };
    } catch {
      // no head (a log from before heads existed, or removed): the chain alone is checked
    }
    return undefined;
  }

  private async writeHead(h: Head): Promise<void> {
    const tmp = `${this.headFile}.${process.pid}.tmp`;
    await fsp.writeFile(tmp, `${JSON.stringify(h)}\n`, { mode: 0o600 });
    await fsp.rename(tmp, this.headFile);
  }

  /** Takes the lock file; resolves to its release. Polls with a deadline; breaks stale locks. */
  private async lock(): Promise<() => Promise<void>> {
    const deadline = Date.now() + LOCK_TIMEOUT_MS;
    const token = `${process.pid} ${os.hostname()} ${Math.random().toString(36).slice(2)}`;
    let wait = 1;
    for (;;) {
      try {
        await fsp.writeFile(this.lockFile, token, { flag: 'wx', mode: 0o600 });
        return async () => {
          try {
            if ((await fsp.readFile(this.lockFile, 'utf8')) === token) await fsp.rm(this.lockFile, { force: true });
          } catch {
            // already gone
          }
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      await this.breakIfStale();
      if (Date.now() > deadline) throw new Error(`the audit log is locked by another process (${this.lockFile}); remove that file if no keyward process is running`);
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(wait * 2, 50);
    }
  }

  private async breakIfStale(): Promise<void> {
    let owner: string;
    let mtime: number;
    try {
      owner = await fsp.readFile(this.lockFile, 'utf8');
      mtime = (await fsp.stat(this.lockFile)).mtimeMs;
    } catch {
      return;
    }
    const [pid, host] = owner.split(' ');
    let dead = false;
    if (host === os.hostname() && pid && /^\d+$/.test(pid)) {
      try {
        process.kill(Number(pid), 0);
      } catch (err) {
        dead = (err as NodeJS.ErrnoException).code === 'ESRCH';
      }
    }
    // An empty lock is one being written right now (or a crash right after create): only age breaks it.
    if (dead || Date.now() - mtime > STALE_LOCK_MS) {
      try {
        if ((await fsp.readFile(this.lockFile, 'utf8')) === owner) await fsp.rm(this.lockFile, { force: true });
      } catch {
        // someone else broke it
      }
    }
  }
}

function parseEntry(line: string): AuditEntry | undefined {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return undefined;
  const e = o as Record<string, unknown>;
  if (typeof e.time !== 'string' || Number.isNaN(Date.parse(e.time))) return undefined;
  if (typeof e.actor !== 'string' || typeof e.prev !== 'string' || !/^[0-9a-f]{64}$/.test(e.prev)) return undefined;
  if (!AUDIT_ACTIONS.includes(e.action as AuditAction)) return undefined;
  for (const k of ['token', 'project', 'fingerprint', 'detail']) if (e[k] !== undefined && typeof e[k] !== 'string') return undefined;
  return e as unknown as AuditEntry;
}
