/**
 * Scanning files and trees: honours .gitignore and .keywardignore (at every level below the root),
 * never descends into .git, never follows a symlink out of the tree, skips binaries (a NUL byte in
 * the first 8 KiB) and files over the size limit, and says what it skipped and why.
 */
import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { scanText } from './engine.ts';
import type { Finding, Rule } from './types.ts';

export const DEFAULT_MAX_FILE_SIZE = 5_000_000;
const SNIFF_BYTES = 8192;
const CONCURRENCY = 16;

export type SkipReason = 'binary' | 'too-large' | 'symlink-outside-tree' | 'unreadable' | 'ignored' | 'long-lines';

export interface Skipped {
  path: string;
  reason: SkipReason;
  detail?: string;
}

export interface FileScanOptions {
  rules?: readonly Rule[];
  maxFileSize?: number;
  maxLineLength?: number;
  /** Extra gitignore-syntax patterns, relative to each root. */
  ignore?: readonly string[];
}

export interface TreeScanResult {
  findings: Finding[];
  skipped: Skipped[];
  files: number;
  bytes: number;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** True when the buffer looks binary: a NUL byte early on. */
export function isBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Scans one file's bytes. Invalid UTF-8 is decoded with replacement characters, never rejected. */
export function scanBuffer(buf: Uint8Array, displayPath: string, options: FileScanOptions = {}): { findings: Finding[]; skipped?: Skipped } {
  if (isBinary(buf)) return { findings: [], skipped: { path: displayPath, reason: 'binary' } };
  const text = decoder.decode(buf);
  const r = scanText(text, { path: displayPath, rules: options.rules, maxLineLength: options.maxLineLength });
  for (const f of r.findings) f.path = displayPath;
  const skipped: Skipped | undefined = r.skippedLines.length
    ? { path: displayPath, reason: 'long-lines', detail: `${r.skippedLines.length} over-long line(s) searched for known token formats only (first: line ${r.skippedLines[0]})` }
    : undefined;
  return skipped ? { findings: r.findings, skipped } : { findings: r.findings };
}

interface IgnoreLayer {
  /** Directory (relative to root, posix, '' for root) the patterns are relative to. */
  base: string;
  ig: Ignore;
}

const IGNORE_FILES = ['.gitignore', '.keywardignore'];

async function readIgnoreLayer(dirAbs: string, base: string, present: ReadonlySet<string> | undefined, extra?: readonly string[]): Promise<IgnoreLayer | undefined> {
  const ig = ignore();
  let any = false;
  for (const name of IGNORE_FILES) {
    if (present && !present.has(name)) continue;
    try {
      ig.add(await fsp.readFile(path.join(dirAbs, name), 'utf8'));
      any = true;
    } catch {
      // no such file: nothing to add
    }
  }
  if (extra && extra.length) {
    ig.add([...extra]);
    any = true;
  }
  return any ? { base, ig } : undefined;
}

function ignoredBy(layers: readonly IgnoreLayer[], rel: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const sub = layer.base ? rel.slice(layer.base.length + 1) : rel;
    if (sub && layer.ig.ignores(isDir ? sub + '/' : sub)) return true;
  }
  return false;
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool<T>(items: AsyncIterable<T>, limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  for await (const item of items) {
    const p: Promise<void> = fn(item).finally(() => running.delete(p));
    running.add(p);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
}

export interface WalkedFile {
  abs: string;
  /** Relative to the walked root, posix separators. */
  rel: string;
  /** Relative to `displayBase`, posix separators. */
  display: string;
}

/**
 * Yields the files under `root` (a directory) that are not ignored, depth first in name order:
 * .gitignore and .keywardignore at every level (plus `options.ignore` at the root), never into
 * .git, symlinks followed only when they resolve inside `root`. What it passes over for a reason
 * (unreadable directories, symlinks out of the tree) goes into `skipped`. Stops early once
 * `isCancelled()` returns true.
 */
export async function* walkTree(
  root: string,
  options: Pick<FileScanOptions, 'ignore'>,
  skipped: Skipped[],
  displayBase: string,
  isCancelled?: () => boolean,
): AsyncGenerator<WalkedFile> {
  let realRoot: string;
  try {
    realRoot = await fsp.realpath(root);
  } catch (err) {
    skipped.push({ path: toPosix(path.relative(displayBase, root)) || '.', reason: 'unreadable', detail: (err as NodeJS.ErrnoException).code });
    return;
  }
  const visited = new Set<string>([realRoot]);
  const rootLayer = await readIgnoreLayer(root, '', undefined, options.ignore);
  const stack: { abs: string; rel: string; layers: IgnoreLayer[] }[] = [{ abs: root, rel: '', layers: rootLayer ? [rootLayer] : [] }];
  while (stack.length && !isCancelled?.()) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = await fsp.readdir(dir.abs, { withFileTypes: true });
    } catch (err) {
      skipped.push({ path: toPosix(path.relative(displayBase, dir.abs)) || '.', reason: 'unreadable', detail: (err as NodeJS.ErrnoException).code });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (dir.rel && entries.some((e) => IGNORE_FILES.includes(e.name))) {
      // This directory's own .gitignore/.keywardignore apply below it.
      const layer = await readIgnoreLayer(dir.abs, dir.rel, new Set(entries.map((e) => e.name)));
      if (layer) dir.layers = [...dir.layers, layer];
    }
    const subdirs: typeof stack = [];
    for (const e of entries) {
      if (e.name === '.git') continue;
      const abs = path.join(dir.abs, e.name);
      const rel = dir.rel ? `${dir.rel}/${e.name}` : e.name;
      const display = toPosix(path.relative(displayBase, abs));
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = await fsp.realpath(abs);
        } catch {
          continue; // dangling link
        }
        if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
          skipped.push({ path: display, reason: 'symlink-outside-tree' });
          continue;
        }
        try {
          const st = await fsp.stat(target);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // gone since realpath
        }
        if (isDir && visited.has(target)) continue; // a cycle, or a directory we reach anyway
        if (isDir) visited.add(target);
      }
      if (!isDir && !isFile) continue;
      if (ignoredBy(dir.layers, rel, isDir)) continue;
      if (isDir) {
        subdirs.push({ abs, rel, layers: dir.layers });
      } else {
        yield { abs, rel, display };
      }
    }
    // Depth-first in name order: push reversed so the first name is visited first.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
}

/**
 * Whether one file (`relPath`, relative to `root`, posix separators) would be passed over by
 * walkTree: inside .git or outside the root, under an ignored directory, or ignored by an ignore
 * file on the way down or by `extraIgnores` (gitignore syntax, relative to the root).
 */
export async function isIgnoredPath(root: string, relPath: string, extraIgnores: readonly string[]): Promise<boolean> {
  const parts = relPath.split('/');
  if (parts.includes('.git') || parts.some((p) => p === '..')) return true;
  const layers: IgnoreLayer[] = [];
  const rootLayer = await readIgnoreLayer(root, '', undefined, extraIgnores);
  if (rootLayer) layers.push(rootLayer);
  for (let i = 0; i < parts.length; i++) {
    const sub = parts.slice(0, i + 1).join('/');
    const last = i === parts.length - 1;
    if (ignoredBy(layers, sub, !last)) return true;
    if (!last) {
      const layer = await readIgnoreLayer(path.join(root, ...parts.slice(0, i + 1)), sub, undefined);
      if (layer) layers.push(layer);
    }
  }
  return false;
}

/** Whether `relPath` matches any of the gitignore-syntax `globs` alone (no ignore files read). */
export function matchesGlobs(relPath: string, globs: readonly string[]): boolean {
  if (!globs.length || !relPath) return false;
  return ignore().add([...globs]).ignores(relPath);
}

/**
 * Reads a file unless it is over `max` bytes: open, fstat, read, close with the callback API,
 * which costs far less per file than FileHandle promises when a tree has tens of thousands.
 */
function readBounded(abs: string, max: number): Promise<{ buf: Buffer } | { size: number }> {
  return new Promise((resolve, reject) => {
    fs.open(abs, 'r', (err, fd) => {
      if (err) return reject(err);
      const done = (e: Error | null, value?: { buf: Buffer } | { size: number }) =>
        fs.close(fd, () => (e ? reject(e) : resolve(value!)));
      fs.fstat(fd, (err, st) => {
        if (err) return done(err);
        if (st.size > max) return done(null, { size: st.size });
        const buf = Buffer.allocUnsafe(st.size);
        let off = 0;
        const next = (): void => {
          if (off >= st.size) return done(null, { buf });
          fs.read(fd, buf, off, st.size - off, off, (err, n) => {
            if (err) return done(err);
            if (n === 0) return done(null, { buf: buf.subarray(0, off) }); // shrank while reading
            off += n;
            next();
          });
        };
        next();
      });
    });
  });
}

async function scanOneFile(abs: string, display: string, options: FileScanOptions, out: TreeScanResult): Promise<void> {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let read;
  try {
    read = await readBounded(abs, max);
  } catch (err) {
    out.skipped.push({ path: display, reason: 'unreadable', detail: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
    return;
  }
  if ('size' in read) {
    out.skipped.push({ path: display, reason: 'too-large', detail: `${read.size} bytes > ${max}` });
    return;
  }
  out.files++;
  out.bytes += read.buf.length;
  const r = scanBuffer(read.buf, display, options);
  for (const f of r.findings) out.findings.push(f);
  if (r.skipped) out.skipped.push(r.skipped);
}

/**
 * Scans files and directories. Paths in findings are relative to `cwd` (posix separators).
 * Results are sorted by path, then position, so output is stable whatever the read order.
 */
export async function scanPaths(paths: readonly string[], options: FileScanOptions = {}, cwd = process.cwd()): Promise<TreeScanResult> {
  const out: TreeScanResult = { findings: [], skipped: [], files: 0, bytes: 0 };
  async function* files(): AsyncGenerator<{ abs: string; display: string }> {
    for (const p of paths) {
      const abs = path.resolve(cwd, p);
      let st;
      try {
        st = await fsp.stat(abs);
      } catch (err) {
        throw new Error(`cannot read ${p}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}`);
      }
      if (st.isDirectory()) yield* walkTree(abs, options, out.skipped, cwd);
      else yield { abs, display: toPosix(path.relative(cwd, abs)) || path.basename(abs) };
    }
  }
  await pool(files(), CONCURRENCY, (f) => scanOneFile(f.abs, f.display, options, out));
  out.findings.sort((a, b) => (a.path! < b.path! ? -1 : a.path! > b.path! ? 1 : a.offset - b.offset));
  out.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return out;
}
