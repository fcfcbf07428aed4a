/**
 * A .env file as a store, for teams already on dotenv and for machines with no keychain.
 *
 * A .env file holding secrets is only safe if git never sees it, so before every write the store
 * CHECKS that the file is ignored (`git check-ignore`, which knows every ignore source, inside a
 * repository; the .gitignore next to it otherwise), adds it to .gitignore when it is not, checks
 * again, and refuses to write when git would still pick it up (a file already tracked, say).
 * Writes go to a temporary file with mode 0600 renamed over the target, so the file is never
 * world-readable and never half-written; every other line, comment and blank line is kept.
 */
import { execFileSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import ignore from 'ignore';
import { checkName, VaultUnavailableError, type Availability, type SecretInfo, type SecretStore } from './store.ts';

export const DEFAULT_ENV_FILE = '.env';

interface Line {
  raw: string;
  /** Set when the line assigns a variable. */
  name?: string;
}

const ASSIGN = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s?(.*)$/;

/** Parses one value as dotenv does for single-line entries: quotes, escapes in "", inline # comments. */
export function parseEnvValue(rest: string): string {
  const s = rest.trim();
  if (s.startsWith("'")) {
    const end = s.indexOf("'", 1);
    return end < 0 ? s.slice(1) : s.slice(1, end);
  }
  if (s.startsWith('"')) {
    let out = '';
    for (let i = 1; i < s.length; i++) {
      const c = s[i]!;
      if (c === '"') break;
      if (c === '\\' && i + 1 < s.length) {
        const n = s[++i]!;
        out += n === 'n' ? '\n' : n === 'r' ? '\r' : n === 't' ? '\t' : n;
        continue;
      }
      out += c;
    }
    return out;
  }
  const hash = s.search(/\s#/);
  return (hash < 0 ? s : s.slice(0, hash)).trim();
}

/**
 * Quotes a value so dotenv, docker compose and `set -a; . ./.env` all read it back unchanged
 * where they can: bare when it is plainly safe, single quotes (literal everywhere, no $
 * expansion) when it has no ' or newline, double quotes with escapes otherwise.
 */
export function quoteEnvValue(value: string): string {
  if (/^[A-Za-z0-9_.\-/:@+,=%]*$/.test(value) && value !== '') return value;
  if (!/['\n\r]/.test(value)) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\$/g, '\\$')}"`;
}

function parseLines(text: string): Line[] {
  if (text === '') return [];
  const raws = text.split(/\r?\n/);
  if (raws[raws.length - 1] === '') raws.pop();
  return raws.map((raw) => {
    const m = ASSIGN.exec(raw);
    return m ? { raw, name: m[1]! } : { raw };
  });
}

export class EnvFileStore implements SecretStore {
  readonly kind = 'env-file' as const;
  readonly file: string;

  constructor(file: string) {
    this.file = path.resolve(file);
  }

  private async read(): Promise<string> {
    try {
      return await fsp.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw this.unavailable(`cannot read ${this.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }

  private unavailable(reason: string): VaultUnavailableError {
    return new VaultUnavailableError(`The .env store is not usable: ${reason}`, 'env-file', reason);
  }

  async available(): Promise<Availability> {
    try {
      await fsp.access(path.dirname(this.file), 2 /* W_OK */);
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: `cannot write to ${path.dirname(this.file)}: ${(err as NodeJS.ErrnoException).code}` };
    }
  }

  async get(name: string): Promise<string | undefined> {
    checkName(name);
    let value: string | undefined;
    // The last assignment wins, as in dotenv and the shell.
    for (const line of parseLines(await this.read())) {
      if (line.name === name) value = parseEnvValue(ASSIGN.exec(line.raw)![2]!);
    }
    return value;
  }

  async set(name: string, value: string): Promise<void> {
    checkName(name);
    await this.ensureIgnored();
    const lines = parseLines(await this.read());
    const entry = `${name}=${quoteEnvValue(value)}`;
    let replaced = false;
    const out: string[] = [];
    for (const line of lines) {
      if (line.name !== name) out.push(line.raw);
      else if (!replaced) {
        out.push(/^\s*export\s/.test(line.raw) ? `export ${entry}` : entry);
        replaced = true;
      } // later duplicates are dropped so the stored value is the one read back
    }
    if (!replaced) out.push(entry);
    await this.write(out);
  }

  async delete(name: string): Promise<boolean> {
    checkName(name);
    const lines = parseLines(await this.read());
    const kept = lines.filter((l) => l.name !== name);
    if (kept.length === lines.length) return false;
    await this.write(kept.map((l) => l.raw));
    return true;
  }

  async list(): Promise<SecretInfo[]> {
    const seen = new Map<string, SecretInfo>();
    for (const line of parseLines(await this.read())) {
      if (!line.name) continue;
      const length = parseEnvValue(ASSIGN.exec(line.raw)![2]!).length;
      seen.set(line.name, { name: line.name, location: this.file, length });
    }
    return [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  private async write(lines: string[]): Promise<void> {
    const tmp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.${Date.now()}.tmp`);
    try {
      await fsp.writeFile(tmp, lines.length ? `${lines.join('\n')}\n` : '', { mode: 0o600, flag: 'wx' });
      await fsp.chmod(tmp, 0o600); // the umask cannot widen it, but be explicit
      await fsp.rename(tmp, this.file);
    } catch (err) {
      await fsp.rm(tmp, { force: true });
      throw this.unavailable(`cannot write ${this.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }

  /**
   * Makes sure git ignores the file, adding it to .gitignore when needed, and verifies the result.
   * Returns what was done, for messages.
   */
  async ensureIgnored(): Promise<'ignored' | 'added'> {
    if (await isIgnored(this.file)) return 'ignored';
    const dir = path.dirname(this.file);
    const gitignore = path.join(dir, '.gitignore');
    let existing = '';
    try {
      existing = await fsp.readFile(gitignore, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw this.unavailable(`cannot read ${gitignore}: ${(err as NodeJS.ErrnoException).code}`);
    }
    const entry = `/${path.basename(this.file)}`;
    const text = `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}# secrets stored by keyward\n${entry}\n`;
    try {
      await fsp.writeFile(gitignore, text);
    } catch (err) {
      throw this.unavailable(`${this.file} is not gitignored and ${gitignore} cannot be written (${(err as NodeJS.ErrnoException).code})`);
    }
    if (!(await isIgnored(this.file))) {
      throw this.unavailable(
        `${this.file} is still not ignored by git after adding ${entry} to ${gitignore}; if it is already tracked, run 'git rm --cached ${path.basename(this.file)}' (and rotate what it held)`,
      );
    }
    return 'added';
  }
}

/** Whether git would leave `file` out: asks git inside a repository, reads .gitignore otherwise. */
export async function isIgnored(file: string): Promise<boolean> {
  const dir = path.dirname(file);
  try {
    execFileSync('git', ['check-ignore', '-q', '--', path.basename(file)], { cwd: dir, stdio: 'ignore' });
    return true;
  } catch (err) {
    const status = (err as { status?: number | null }).status;
    if (status === 1) return false; // in a repository, not ignored (or tracked)
    // 128: not a repository (or git failed); ENOENT: no git at all. Fall back to .gitignore.
  }
  try {
    const text = await fsp.readFile(path.join(dir, '.gitignore'), 'utf8');
    return ignore().add(text).ignores(path.basename(file));
  } catch {
    return false;
  }
}
