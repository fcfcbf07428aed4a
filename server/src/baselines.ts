/**
 * `.keyward-baseline.json` at each workspace folder's root: loaded lazily, cached, reloaded when
 * the file changes, written (through core's addToBaseline/serializeBaseline) by the quick-fix.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { addToBaseline, baselineFilter, BASELINE_FILE, emptyBaseline, parseBaseline, serializeBaseline, type Baseline } from '../../core/detect/baseline.ts';
import type { Finding } from '../../core/detect/types.ts';

export class Baselines {
  private readonly byFolder = new Map<string, Promise<{ baseline: Baseline; keep: (f: Finding) => boolean }>>();

  constructor(private readonly onError: (message: string) => void) {}

  static fileOf(folderPath: string): string {
    return path.join(folderPath, BASELINE_FILE);
  }

  private load(folderPath: string) {
    let p = this.byFolder.get(folderPath);
    if (!p) {
      p = fsp.readFile(Baselines.fileOf(folderPath), 'utf8').then(
        (text) => {
          try {
            return parseBaseline(text, BASELINE_FILE);
          } catch (err) {
            this.onError((err as Error).message);
            return emptyBaseline();
          }
        },
        () => emptyBaseline(),
      ).then((baseline) => ({ baseline, keep: baselineFilter(baseline) }));
      this.byFolder.set(folderPath, p);
    }
    return p;
  }

  /** Findings (with `path` relative to the folder) minus the baselined ones. */
  async filter(folderPath: string | undefined, findings: Finding[]): Promise<Finding[]> {
    if (!folderPath || findings.length === 0) return findings;
    const { keep } = await this.load(folderPath);
    return findings.filter(keep);
  }

  async add(folderPath: string, findings: readonly Finding[]): Promise<string> {
    const { baseline } = await this.load(folderPath);
    const next = addToBaseline(baseline, findings);
    const file = Baselines.fileOf(folderPath);
    await fsp.writeFile(file, serializeBaseline(next), 'utf8');
    this.invalidate(folderPath);
    return file;
  }

  invalidate(folderPath?: string): void {
    if (folderPath) this.byFolder.delete(folderPath);
    else this.byFolder.clear();
  }
}
