/**
 * The in-editor fallback store: VS Code's SecretStorage (the OS keychain through VS Code itself,
 * or its own encrypted storage), used when keytar cannot reach a keychain. Entries are keyed
 * `<project>/<NAME>` like the keychain's accounts. SecretStorage cannot enumerate keys on every
 * VS Code this extension supports, so the names (never values) are kept in one more entry.
 *
 * These values are private to VS Code: the keyward CLI (`keyward run`, `get`, `inject`) cannot
 * read them. Every message that offers this store says so.
 */
import type * as vscode from 'vscode';
import { checkName, checkProject, type Availability, type SecretInfo, type SecretStore } from '../../core/vault/store.ts';

export const SECRET_STORAGE_NOTE = "VS Code's secret storage is private to VS Code: the keyward CLI (keyward run, get, inject) cannot read tokens stored there";

export class SecretStorageStore implements SecretStore {
  readonly kind = 'vscode-secret-storage' as const;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    readonly project: string,
  ) {
    checkProject(project);
  }

  key(name: string): string {
    return `${this.project}/${name}`;
  }

  private get indexKey(): string {
    return `.keyward-index/${this.project}`;
  }

  private async names(): Promise<string[]> {
    const raw = await this.secrets.get(this.indexKey);
    try {
      const v = raw ? (JSON.parse(raw) as unknown) : [];
      return Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string') : [];
    } catch {
      return [];
    }
  }

  private async setNames(names: string[]): Promise<void> {
    await this.secrets.store(this.indexKey, JSON.stringify([...new Set(names)].sort()));
  }

  async available(): Promise<Availability> {
    return { ok: true };
  }

  async get(name: string): Promise<string | undefined> {
    checkName(name);
    return (await this.secrets.get(this.key(name))) ?? undefined;
  }

  async set(name: string, value: string): Promise<void> {
    checkName(name);
    await this.secrets.store(this.key(name), value);
    const names = await this.names();
    if (!names.includes(name)) await this.setNames([...names, name]);
  }

  async delete(name: string): Promise<boolean> {
    checkName(name);
    const existed = (await this.secrets.get(this.key(name))) !== undefined;
    await this.secrets.delete(this.key(name));
    const names = await this.names();
    if (names.includes(name)) await this.setNames(names.filter((n) => n !== name));
    return existed;
  }

  async list(): Promise<SecretInfo[]> {
    const out: SecretInfo[] = [];
    for (const name of await this.names()) {
      const v = await this.secrets.get(this.key(name));
      if (v !== undefined) out.push({ name, location: `VS Code secret storage, key ${this.key(name)}`, length: v.length });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
