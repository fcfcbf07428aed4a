/**
 * `keyward scan --staged`: what `git diff --cached` adds. Each staged file's index blob is scanned
 * whole (so multi-line keys and suppression comments on the line above still work) and only
 * findings on added lines are kept.
 */
import { execFileSync } from 'node:child_process';
import { scanBuffer, type FileScanOptions, type TreeScanResult } from '../core/detect/files.ts';

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Parses `git diff --cached -U0` output into added line numbers per path. */
export function addedLines(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      current = target === '/dev/null' ? undefined : new Set();
      if (current) out.set(target.replace(/^b\//, ''), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let i = 0; i < count; i++) current.add(start + i);
    }
  }
  return out;
}

export function scanStaged(cwd: string, options: FileScanOptions): TreeScanResult {
  const top = git(['rev-parse', '--show-toplevel'], cwd).toString().trim();
  const diff = git(['diff', '--cached', '-U0', '--no-color', '--no-ext-diff', '--diff-filter=ACMR', '--src-prefix=a/', '--dst-prefix=b/'], top).toString('utf8');
  const result: TreeScanResult = { findings: [], skipped: [], files: 0, bytes: 0 };
  const max = options.maxFileSize ?? 5_000_000;
  for (const [file, lines] of addedLines(diff)) {
    if (lines.size === 0) continue;
    const size = Number(git(['cat-file', '-s', `:${file}`], top).toString().trim());
    if (size > max) {
      result.skipped.push({ path: file, reason: 'too-large', detail: `${size} bytes > ${max}` });
      continue;
    }
    const blob = git(['show', `:${file}`], top);
    result.files++;
    result.bytes += blob.length;
    const r = scanBuffer(blob, file, options);
    if (r.skipped) result.skipped.push(r.skipped);
    result.findings.push(...r.findings.filter((f) => lines.has(f.start.line)));
  }
  return result;
}
