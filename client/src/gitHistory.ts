/**
 * Is a line already in a git commit? A token on such a line stays readable in the history after
 * it leaves the code, so the move warns and offers rotation.
 *
 * `git blame --porcelain --contents -` is given the editor's text on standard input (never on the
 * command line), so unsaved edits are mapped correctly; git's output, which repeats the line, is
 * parsed for commit headers only and never logged. No git, no repository, an untracked file or a
 * slow git all mean "not known to be committed": the check never gets in the move's way.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';

export interface CommitInfo {
  hash: string;
  summary?: string;
  time?: Date;
}

const ZERO = /^0{40}$/;
const HEADER = /^([0-9a-f]{40}) \d+ (\d+)(?: \d+)?$/;

/** Lines (1-based) of `file` whose current text is already committed, with the commit that added it. */
export function committedLines(file: string, lines: readonly number[], contents: string, timeoutMs = 5000): Promise<Map<number, CommitInfo>> {
  const out = new Map<number, CommitInfo>();
  if (!lines.length) return Promise.resolve(out);
  const args = ['blame', '--porcelain', '--contents', '-'];
  for (const l of [...new Set(lines)]) args.push('-L', `${l},${l}`);
  args.push('--', path.basename(file));
  return new Promise((resolve) => {
    let child: ReturnType<typeof execFile>;
    try {
      child = execFile('git', args, { cwd: path.dirname(file), timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8', windowsHide: true }, (err, stdout) => {
        if (err) return resolve(out); // git missing (ENOENT), not a repository, untracked, timeout
        const info = new Map<string, CommitInfo>();
        let current: CommitInfo | undefined;
        for (const line of String(stdout).split('\n')) {
          const h = HEADER.exec(line);
          if (h) {
            const hash = h[1]!;
            current = info.get(hash) ?? { hash };
            info.set(hash, current);
            if (!ZERO.test(hash)) out.set(Number(h[2]), current);
            continue;
          }
          if (!current || line.startsWith('\t')) continue;
          if (line.startsWith('summary ')) current.summary = line.slice(8).slice(0, 200);
          else if (line.startsWith('author-time ')) current.time = new Date(Number(line.slice(12)) * 1000);
        }
        resolve(out);
      });
    } catch {
      return resolve(out);
    }
    child.on('error', () => resolve(out));
    child.stdin?.on('error', () => undefined); // git exits before reading stdin when it is not a repository
    child.stdin?.end(contents);
  });
}
