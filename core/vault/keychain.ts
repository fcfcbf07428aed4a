/**
 * The OS keychain (libsecret's Secret Service on Linux, Keychain on macOS, Credential Manager on
 * Windows) through keytar. Entries: service `keyward`, account `<project>/<NAME>`, so the
 * extension and the CLI find each other's entries and `secret-tool lookup service keyward
 * account orders-api/STRIPE_SECRET_KEY` finds them too.
 *
 * Everything keytar-specific lives in this file: keytar is archived upstream, and swapping it for
 * a maintained binding (@napi-rs/keyring) should touch nothing else. It is a native addon, so it
 * is required lazily (esbuild leaves it external) and any failure to load or to reach the keyring
 * daemon becomes a VaultUnavailableError that says what to do, never a crash.
 */
import { checkName, checkProject, VaultUnavailableError, type Availability, type SecretInfo, type SecretStore } from './store.ts';

export const KEYCHAIN_SERVICE = 'keyward';

type Keytar = typeof import('keytar');

let cached: Keytar | Error | undefined;

/** keytar, loaded on first use; a load failure is remembered so it is reported, not retried in a loop. */
function loadKeytar(): Keytar {
  if (cached === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      cached = require('keytar') as Keytar;
    } catch (err) {
      cached = err as Error;
    }
  }
  if (cached instanceof Error) {
    const code = (cached as NodeJS.ErrnoException).code;
    const why = code === 'MODULE_NOT_FOUND' ? 'the keytar module is not installed' : `the keytar native module did not load (${firstLine(cached.message)})`;
    throw unavailable(why);
  }
  return cached;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 300);
}

/** The one message a user without a usable keychain sees, wherever it is raised. */
function unavailable(reason: string): VaultUnavailableError {
  const hint =
    process.platform === 'linux'
      ? 'install and unlock a Secret Service keyring (gnome-keyring or KeePassXC) in a D-Bus session'
      : 'check that the system keychain is unlocked';
  return new VaultUnavailableError(
    `No OS keychain is reachable (${process.platform === 'linux' ? 'Secret Service over D-Bus: ' : ''}${reason}): ${hint}, or use the .env store (--store env-file)`,
    'keychain',
    reason,
  );
}

export class KeychainStore implements SecretStore {
  readonly kind = 'keychain' as const;

  constructor(readonly project: string) {
    checkProject(project);
  }

  account(name: string): string {
    return `${this.project}/${name}`;
  }

  /** Runs a keytar call; every keytar error is environmental (bus, daemon, lock), so it maps to VaultUnavailableError. */
  private async call<T>(op: (k: Keytar) => Promise<T>): Promise<T> {
    const keytar = loadKeytar();
    try {
      return await op(keytar);
    } catch (err) {
      throw unavailable(firstLine((err as Error).message ?? String(err)));
    }
  }

  /**
   * Looks up an entry that does not exist: cheap, never prompts, and fails exactly when the
   * keyring cannot be reached. A locked keyring may wait on an unlock prompt, so give up after
   * `timeoutMs` rather than hang a caller that only wanted to know.
   */
  async available(timeoutMs = 5000): Promise<Availability> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const probe = this.call((k) => k.getPassword(KEYCHAIN_SERVICE, `${this.project}/.keyward-probe`));
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(unavailable(`no answer within ${timeoutMs} ms; is the keyring locked?`)), timeoutMs);
        timer.unref();
      });
      await Promise.race([probe, timeout]);
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: (err as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }

  async get(name: string): Promise<string | undefined> {
    checkName(name);
    const v = await this.call((k) => k.getPassword(KEYCHAIN_SERVICE, this.account(name)));
    return v ?? undefined;
  }

  async set(name: string, value: string): Promise<void> {
    checkName(name);
    await this.call((k) => k.setPassword(KEYCHAIN_SERVICE, this.account(name), value));
  }

  async delete(name: string): Promise<boolean> {
    checkName(name);
    return this.call((k) => k.deletePassword(KEYCHAIN_SERVICE, this.account(name)));
  }

  /** keytar can only enumerate with passwords; they are dropped here, at once, keeping only names. */
  async list(): Promise<SecretInfo[]> {
    const prefix = `${this.project}/`;
    const creds = await this.call((k) => k.findCredentials(KEYCHAIN_SERVICE));
    const out: SecretInfo[] = [];
    for (const c of creds) {
      if (!c.account.startsWith(prefix)) continue;
      const name = c.account.slice(prefix.length);
      if (name.startsWith('.')) continue;
      out.push({ name, location: `keychain service ${KEYCHAIN_SERVICE}, account ${c.account}`, length: c.password.length });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
