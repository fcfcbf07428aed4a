/**
 * The explorer's access to the vault from the editor: the workspace's keyward.json files, a store
 * for each reference (the OS keychain through keytar, the .env store, or VS Code's SecretStorage),
 * manifest edits written atomically, and the audit log. No value passes through here except from
 * a store's get() to the caller that asked for it.
 */
import * as vscode from 'vscode';
import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fsp } from 'node:fs';
import { AuditLog, defaultAuditPath, type AppendInput } from '../../../core/vault/audit.ts';
import { DEFAULT_ENV_FILE, EnvFileStore } from '../../../core/vault/envfile.ts';
import { KeychainStore } from '../../../core/vault/keychain.ts';
import { checkManifest, MANIFEST_FILE, parseRef, serializeManifest, type Manifest, type Ref, type TokenEntry } from '../../../core/vault/manifest.ts';
import { VaultUnavailableError, type SecretStore } from '../../../core/vault/store.ts';
import { SecretStorageStore } from '../secretStorage.ts';

export interface LoadedProject {
  /** The folder holding keyward.json. */
  root: string;
  manifestPath: string;
  manifest: Manifest;
}

export interface BrokenManifest {
  manifestPath: string;
  message: string;
}

export class Vault {
  readonly audit: AuditLog;
  private readonly stores = new Map<string, SecretStore>();

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly output: vscode.LogOutputChannel,
  ) {
    let user = 'unknown';
    try {
      user = os.userInfo().username || user;
    } catch {
      user = process.env.USER ?? user;
    }
    this.audit = new AuditLog(defaultAuditPath(), { actor: `vscode:${user}` });
  }

  /** keyward.json at the root of each workspace folder (the manifest's documented place). */
  async projects(): Promise<{ projects: LoadedProject[]; broken: BrokenManifest[] }> {
    const projects: LoadedProject[] = [];
    const broken: BrokenManifest[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      const manifestPath = path.join(folder.uri.fsPath, MANIFEST_FILE);
      let text: string;
      try {
        text = await fsp.readFile(manifestPath, 'utf8');
      } catch {
        continue;
      }
      const { manifest, errors } = checkManifest(text, manifestPath);
      if (manifest) projects.push({ root: folder.uri.fsPath, manifestPath, manifest });
      else broken.push({ manifestPath, message: errors[0]?.message ?? 'invalid keyward.json' });
    }
    return { projects, broken };
  }

  /** Re-reads one project's manifest from disk (edits start from what is there now, not a cached copy). */
  async reload(p: { root: string; manifestPath: string }): Promise<LoadedProject> {
    const text = await fsp.readFile(p.manifestPath, 'utf8');
    const { manifest, errors } = checkManifest(text, p.manifestPath);
    if (!manifest) throw new Error(errors[0]?.message ?? `${p.manifestPath} is not a valid keyward.json`);
    return { root: p.root, manifestPath: p.manifestPath, manifest };
  }

  /** Writes keyward.json via a temporary file and a rename: never half-written. */
  async save(p: { manifestPath: string }, m: Manifest): Promise<void> {
    const tmp = path.join(path.dirname(p.manifestPath), `.${MANIFEST_FILE}.${process.pid}.${Date.now()}.tmp`);
    try {
      await fsp.writeFile(tmp, serializeManifest(m), { mode: 0o644, flag: 'wx' });
      await fsp.rename(tmp, p.manifestPath);
    } catch (err) {
      await fsp.rm(tmp, { force: true });
      throw err;
    }
  }

  /** Applies `change` to one token's entry in the manifest on disk and saves it. */
  async updateEntry(p: { root: string; manifestPath: string }, name: string, change: (e: TokenEntry) => TokenEntry | undefined): Promise<Manifest> {
    const fresh = await this.reload(p);
    const entry = fresh.manifest.tokens[name];
    if (!entry) throw new Error(`${name} is no longer in ${MANIFEST_FILE}`);
    const next = change(entry);
    const tokens = { ...fresh.manifest.tokens };
    if (next) tokens[name] = next;
    else delete tokens[name];
    const m = { ...fresh.manifest, tokens };
    await this.save(p, m);
    return m;
  }

  /** The store a reference points at. */
  storeFor(ref: Ref | string, p: LoadedProject): SecretStore {
    const r = typeof ref === 'string' ? parseRef(ref) : ref;
    const key = `${r.store}\0${r.project}\0${p.root}`;
    let s = this.stores.get(key);
    if (!s) {
      switch (r.store) {
        case 'keychain':
          s = new KeychainStore(r.project);
          break;
        case 'env-file':
          s = new EnvFileStore(path.resolve(p.root, p.manifest.envFile ?? DEFAULT_ENV_FILE));
          break;
        case 'vscode-secret-storage':
          s = new SecretStorageStore(this.secrets, r.project);
          break;
        case 'memory':
          throw new VaultUnavailableError('The memory store exists only inside a running process (tests); the editor cannot read it.', 'memory');
      }
      this.stores.set(key, s);
    }
    return s;
  }

  /** Appends an audit event; a failure is logged (never with a value) and does not stop the action. */
  async record(e: AppendInput): Promise<void> {
    try {
      await this.audit.append(e);
    } catch (err) {
      this.output.warn(`Keyward: could not write the audit log (${this.audit.file}): ${(err as Error).message}`);
    }
  }
}

/** A message for a failed vault operation; errors here never carry values (see store.ts). */
export function vaultError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
