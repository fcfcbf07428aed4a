/**
 * The background scan of every file in the workspace folders. Lists the files first (so progress
 * has a percentage), then reads them a batch at a time and scans them, yielding to the event loop
 * between batches so edits and requests are served meanwhile; stops as soon as it is cancelled.
 */
import { promises as fsp } from 'node:fs';
import { isIgnoredPath, scanBuffer, walkTree, type Skipped } from '../../core/detect/files.ts';
import type { Finding, Rule } from '../../core/detect/types.ts';
import type { Folder } from './folders.ts';
import type { Settings } from './settings.ts';

export interface FolderConfig {
  settings: Settings;
  rules: readonly Rule[];
}

export interface ScanHooks {
  configFor(folder: Folder): Promise<FolderConfig>;
  /** Each scanned file's findings (paths relative to the folder), an empty array when clean. */
  onFile(folder: Folder, abs: string, rel: string, findings: Finding[]): void;
  progress(percentage: number, message: string): void;
  cancelled(): boolean;
}

export interface ScanSummary {
  files: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
  ms: number;
}

const BATCH = 32;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One file from disk; undefined when skipped (too large, binary, unreadable, or no rules). */
export async function scanFileOnDisk(abs: string, rel: string, config: FolderConfig): Promise<Finding[] | undefined> {
  if (!config.settings.enable || config.rules.length === 0) return undefined;
  let buf: Buffer;
  try {
    const st = await fsp.stat(abs);
    if (!st.isFile() || st.size > config.settings.maxFileSize) return undefined;
    buf = await fsp.readFile(abs);
  } catch {
    return undefined;
  }
  const r = scanBuffer(buf, rel, { rules: config.rules });
  return r.skipped?.reason === 'binary' ? undefined : r.findings;
}

export async function scanChangedFile(folder: Folder, abs: string, rel: string, config: FolderConfig): Promise<Finding[] | undefined> {
  if (await isIgnoredPath(folder.fsPath, rel, config.settings.ignore)) return undefined;
  return scanFileOnDisk(abs, rel, config);
}

export async function scanWorkspace(folders: readonly Folder[], hooks: ScanHooks): Promise<ScanSummary> {
  const t0 = performance.now();
  const summary: ScanSummary = { files: 0, findings: 0, skipped: 0, cancelled: false, ms: 0 };
  const work: { folder: Folder; config: FolderConfig; abs: string; rel: string }[] = [];
  for (const folder of folders) {
    const config = await hooks.configFor(folder);
    if (!config.settings.enable) continue;
    let n = 0;
    const passedOver: Skipped[] = []; // the background scan does not report these
    for await (const f of walkTree(folder.fsPath, { ignore: config.settings.ignore }, passedOver, folder.fsPath, hooks.cancelled)) {
      work.push({ folder, config, abs: f.abs, rel: f.rel });
      if (++n % 500 === 0) {
        hooks.progress(0, `listing files: ${work.length}`);
        await yieldToLoop();
      }
    }
  }
  let lastReport = 0;
  for (let i = 0; i < work.length && !hooks.cancelled(); i += BATCH) {
    const batch = work.slice(i, i + BATCH);
    const results = await Promise.all(batch.map((w) => scanFileOnDisk(w.abs, w.rel, w.config)));
    if (hooks.cancelled()) break;
    batch.forEach((w, k) => {
      const findings = results[k];
      if (findings === undefined) {
        summary.skipped++;
        hooks.onFile(w.folder, w.abs, w.rel, []);
        return;
      }
      summary.files++;
      summary.findings += findings.length;
      hooks.onFile(w.folder, w.abs, w.rel, findings);
    });
    const done = Math.min(work.length, i + BATCH);
    const now = performance.now();
    if (now - lastReport > 100 || done === work.length) {
      lastReport = now;
      hooks.progress(Math.floor((done / work.length) * 100), `${done}/${work.length} files`);
    }
    await yieldToLoop();
  }
  summary.cancelled = hooks.cancelled();
  summary.ms = performance.now() - t0;
  return summary;
}
