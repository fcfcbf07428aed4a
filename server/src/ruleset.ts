/**
 * The rules a document is scanned with: the built-in catalogue plus a folder's custom rules,
 * minus the ones its settings turn off. Arrays are cached so the engine's compiled-rules cache
 * (keyed by array identity) keeps working.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { parseCustomRules, type CustomRuleProblem } from '../../core/detect/custom.ts';
import { RULES } from '../../core/detect/rules/index.ts';
import type { Rule } from '../../core/detect/types.ts';
import type { Settings } from './settings.ts';

const BUILTIN_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export interface LoadedRules {
  path: string;
  rules: Rule[];
  errors: CustomRuleProblem[];
  /** The file's text (for placing diagnostics), when it could be read. */
  text?: string;
}

/** A custom rules file (Keyward JSON, or a gitleaks .toml), parsed and validated by core. */
export async function loadCustomRules(absPath: string, builtinIds: ReadonlySet<string> = BUILTIN_IDS): Promise<LoadedRules> {
  let text: string;
  try {
    text = await fsp.readFile(absPath, 'utf8');
  } catch (err) {
    return { path: absPath, rules: [], errors: [{ index: -1, message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` }] };
  }
  const { rules, problems } = parseCustomRules(text, absPath, { takenIds: builtinIds });
  return { path: absPath, text, rules, errors: problems };
}

export function customRulesPath(settings: Settings, folderPath: string | undefined): string | undefined {
  const p = settings.customRules.trim();
  if (!p) return undefined;
  if (path.isAbsolute(p)) return path.normalize(p);
  return folderPath ? path.resolve(folderPath, p) : undefined;
}

export class RuleSets {
  private readonly custom = new Map<string, Promise<LoadedRules>>();
  private readonly sets = new Map<string, { rules: readonly Rule[]; loaded?: LoadedRules }>();

  /** Called once per newly loaded custom rules file (to report its errors). */
  constructor(private readonly onLoaded: (loaded: LoadedRules) => void) {}

  async rulesFor(settings: Settings, folderPath: string | undefined): Promise<readonly Rule[]> {
    const customPath = customRulesPath(settings, folderPath);
    let loaded: LoadedRules | undefined;
    if (customPath) {
      let p = this.custom.get(customPath);
      if (!p) {
        p = loadCustomRules(customPath, BUILTIN_IDS).then((l) => {
          this.onLoaded(l);
          return l;
        });
        this.custom.set(customPath, p);
      }
      loaded = await p;
    }
    const off = Object.entries(settings.rules).filter(([, v]) => v === 'off').map(([id]) => id).sort();
    const key = `${customPath ?? ''}\0${off.join(',')}`;
    const cached = this.sets.get(key);
    if (cached && cached.loaded === loaded) return cached.rules;
    const offSet = new Set(off);
    const all = loaded && loaded.rules.length ? [...RULES, ...loaded.rules] : RULES;
    const rules = offSet.size ? Object.freeze(all.filter((r) => !offSet.has(r.id))) : all;
    this.sets.set(key, { rules, loaded });
    return rules;
  }

  /** True when the path is a custom rules file in use (so a change to it reloads). */
  isCustomRulesFile(fsPath: string): boolean {
    return this.custom.has(path.normalize(fsPath));
  }

  invalidate(fsPath?: string): void {
    if (fsPath) this.custom.delete(path.normalize(fsPath));
    else this.custom.clear();
  }
}
