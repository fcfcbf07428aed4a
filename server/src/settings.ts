/**
 * Settings: section `keyward`, resource scope. When the client supports workspace/configuration
 * the server asks per document and caches the promise per URI (the vscode-eslint pattern); the
 * cache is dropped on workspace/didChangeConfiguration. Otherwise the settings pushed with
 * didChangeConfiguration (or initializationOptions.settings) apply everywhere.
 */
export type RuleSetting = 'off' | 'error' | 'warning' | 'info';

export interface Settings {
  enable: boolean;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  maxFileSize: number;
  customRules: string;
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enable: true,
  rules: {},
  ignore: [],
  maxFileSize: 5_000_000,
  customRules: '',
  trace: { server: 'off' },
}) as Settings;

const RULE_SETTINGS = new Set(['off', 'error', 'warning', 'info']);

/** Accepts whatever a client sends (null, partial objects, wrong types) and returns complete settings. */
export function normalizeSettings(raw: unknown): Settings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const rules: Record<string, RuleSetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof v === 'string' && RULE_SETTINGS.has(v)) rules[id] = v as RuleSetting;
    }
  }
  const trace = r.trace && typeof r.trace === 'object' ? (r.trace as Record<string, unknown>).server : undefined;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    rules,
    ignore: Array.isArray(r.ignore) ? r.ignore.filter((x): x is string => typeof x === 'string') : [],
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    customRules: typeof r.customRules === 'string' ? r.customRules : '',
    trace: { server: trace === 'messages' || trace === 'verbose' ? trace : 'off' },
  };
}

export type ConfigurationFetcher = (scopeUri: string) => Promise<unknown>;

/** A promise of settings per URI; `clear` drops them all (on didChangeConfiguration). */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<Settings>>();
  private global: Settings = DEFAULT_SETTINGS;

  constructor(private fetcher: ConfigurationFetcher | undefined) {}

  setFetcher(fetcher: ConfigurationFetcher | undefined): void {
    this.fetcher = fetcher;
    this.byUri.clear();
  }

  /** Settings pushed by a client without workspace/configuration. */
  setGlobal(raw: unknown): void {
    this.global = normalizeSettings(raw);
  }

  get(uri: string): Promise<Settings> {
    const fetcher = this.fetcher;
    if (!fetcher) return Promise.resolve(this.global);
    let p = this.byUri.get(uri);
    if (!p) {
      p = fetcher(uri).then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.byUri.set(uri, p);
    }
    return p;
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }
}
