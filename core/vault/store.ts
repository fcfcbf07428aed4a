/**
 * The one interface every secret store implements, so the CLI, the language server and the
 * extension move values around without knowing where they live. A store is addressed by the
 * name part of a reference (keyward://<store>/<project>/<NAME>); `kind` is that store part.
 *
 * Values go in and out of get/set only. Nothing else here (list, errors, availability) ever
 * carries a value, so callers can print or log everything but get()'s result.
 */

/** The store part of a reference URI. */
export type StoreKind = 'keychain' | 'env-file' | 'memory' | 'vscode-secret-storage';

export const STORE_KINDS: readonly StoreKind[] = ['keychain', 'env-file', 'memory', 'vscode-secret-storage'];

export function isStoreKind(s: string): s is StoreKind {
  return (STORE_KINDS as readonly string[]).includes(s);
}

/** What list() says about an entry: never its value. */
export interface SecretInfo {
  name: string;
  /** Where the entry lives, for people: "keychain service keyward, account orders-api/X", a file path. */
  location: string;
  /** Length of the value in characters when the store knows it without exposing it; omitted otherwise. */
  length?: number;
}

export type Availability = { ok: true } | { ok: false; reason: string };

export interface SecretStore {
  readonly kind: StoreKind;
  /** Can this store be used right now? Never throws; the reason is fit to show a user. */
  available(): Promise<Availability>;
  /** The value, or undefined when there is no such entry. Throws VaultUnavailableError when the store cannot be reached. */
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string): Promise<void>;
  /** True when an entry was removed, false when there was none. */
  delete(name: string): Promise<boolean>;
  /** Every entry's name and metadata, sorted by name; no values. */
  list(): Promise<SecretInfo[]>;
}

/**
 * The store cannot be reached at all (no keyring daemon, native module missing, file
 * unwritable), as opposed to "no such entry". The message says what to do next; it is built
 * only from the store's own diagnostics, never from a value.
 */
export class VaultUnavailableError extends Error {
  override readonly name = 'VaultUnavailableError';
  constructor(
    message: string,
    readonly kind: StoreKind,
    /** The underlying diagnostic (D-Bus error, errno), without any value. */
    readonly reason?: string,
  ) {
    super(message);
  }
}

/** Names become environment variables, so they follow the shell's rules for those. */
export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Project names become a path segment of the reference and of the keychain account. */
export const PROJECT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function checkName(name: string): void {
  if (!NAME_PATTERN.test(name)) {
    // A mistyped command line may put a value where the name goes: show only a masked form.
    const shown = name.length > 12 ? `${name.slice(0, 4)}… (${name.length} characters)` : name;
    throw new Error(`'${shown}' is not a valid token name: use letters, digits and _ (not starting with a digit), like STRIPE_SECRET_KEY`);
  }
}

export function checkProject(project: string): void {
  if (!PROJECT_PATTERN.test(project)) {
    throw new Error(`'${project}' is not a valid project name: use letters, digits, '.', '_' and '-', starting with a letter or digit`);
  }
}
