/**
 * A store in a Map: for tests, and for callers that need a SecretStore with no side effects.
 * `failNext` lets tests make one operation fail the way a real store would.
 */
import { checkName, VaultUnavailableError, type Availability, type SecretInfo, type SecretStore } from './store.ts';

export class MemoryStore implements SecretStore {
  readonly kind = 'memory' as const;
  private readonly values = new Map<string, string>();
  /** When set, the next get/set/delete/list throws VaultUnavailableError with this reason. */
  failNext: string | undefined;

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.values.set(k, v);
  }

  private check(): void {
    if (this.failNext === undefined) return;
    const reason = this.failNext;
    this.failNext = undefined;
    throw new VaultUnavailableError(`The memory store failed: ${reason}`, 'memory', reason);
  }

  async available(): Promise<Availability> {
    return { ok: true };
  }

  async get(name: string): Promise<string | undefined> {
    this.check();
    return this.values.get(name);
  }

  async set(name: string, value: string): Promise<void> {
    checkName(name);
    this.check();
    this.values.set(name, value);
  }

  async delete(name: string): Promise<boolean> {
    this.check();
    return this.values.delete(name);
  }

  async list(): Promise<SecretInfo[]> {
    this.check();
    return [...this.values.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, v]) => ({ name, location: 'memory', length: v.length }));
  }
}
