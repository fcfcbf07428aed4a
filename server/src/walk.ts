/**
 * Walking a workspace folder the way core/detect/files.ts walks a tree (.gitignore and
 * .keywardignore at every level, never into .git, symlinks only inside the tree), but one file at a
 * time and stoppable, so the server can report progress and honour cancellation.
 * TODO(core): export files.ts's walk with a cancellation hook and drop this copy.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

interface Layer {
  base: string;
  ig: Ignore;
}

async function readLayer(dirAbs: string, base: string, extra?: readonly string[]): Promise<Layer | undefined> {
  const ig = ignore();
  let any = false;
  for (const name of ['.gitignore', '.keywardignore']) {
    try {
      ig.add(await fsp.readFile(path.join(dirAbs, name), 'utf8'));
      any = true;
    } catch {
      // absent
    }
  }
  if (extra && extra.length) {
    ig.add([...extra]);
    any = true;
  }
  return any ? { base, ig } : undefined;
}

function ignoredBy(layers: readonly Layer[], rel: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const sub = layer.base ? rel.slice(layer.base.length + 1) : rel;
    if (sub && layer.ig.ignores(isDir ? sub + '/' : sub)) return true;
  }
  return false;
}

export interface WalkedFile {
  abs: string;
  /** Relative to the root, posix separators. */
  rel: string;
}

/** Files under `root` that are not ignored, depth first in name order. Stops when `cancelled()`. */
export async function* walkFolder(root: string, extraIgnore: readonly string[], cancelled: () => boolean): AsyncGenerator<WalkedFile> {
  let realRoot: string;
  try {
    realRoot = await fsp.realpath(root);
  } catch {
    return;
  }
  const visited = new Set([realRoot]);
  const rootLayer = await readLayer(root, '', extraIgnore);
  const stack: { abs: string; rel: string; layers: Layer[] }[] = [{ abs: root, rel: '', layers: rootLayer ? [rootLayer] : [] }];
  while (stack.length && !cancelled()) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = await fsp.readdir(dir.abs, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: typeof stack = [];
    for (const e of entries) {
      if (e.name === '.git') continue;
      const abs = path.join(dir.abs, e.name);
      const rel = dir.rel ? `${dir.rel}/${e.name}` : e.name;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = await fsp.realpath(abs);
          const st = await fsp.stat(target);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + path.sep)) continue;
        if (isDir && visited.has(target)) continue;
        if (isDir) visited.add(target);
      }
      if ((!isDir && !isFile) || ignoredBy(dir.layers, rel, isDir)) continue;
      if (isDir) {
        const layer = await readLayer(abs, rel);
        subdirs.push({ abs, rel, layers: layer ? [...dir.layers, layer] : dir.layers });
      } else {
        yield { abs, rel };
      }
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
}

/**
 * Whether one file (relative to `root`) would be skipped by a walk: an ignored ancestor directory,
 * an ignore file on the way down, or the extra globs.
 */
export async function isIgnoredPath(root: string, rel: string, extraIgnore: readonly string[]): Promise<boolean> {
  const parts = rel.split('/');
  if (parts.includes('.git') || parts.some((p) => p === '..')) return true;
  const layers: Layer[] = [];
  const rootLayer = await readLayer(root, '', extraIgnore);
  if (rootLayer) layers.push(rootLayer);
  for (let i = 0; i < parts.length; i++) {
    const sub = parts.slice(0, i + 1).join('/');
    const last = i === parts.length - 1;
    if (ignoredBy(layers, sub, !last)) return true;
    if (!last) {
      const layer = await readLayer(path.join(root, ...parts.slice(0, i + 1)), sub);
      if (layer) layers.push(layer);
    }
  }
  return false;
}

/** Only the extra globs (for open documents, which are checked even when git ignores them). */
export function matchesGlobs(rel: string, globs: readonly string[]): boolean {
  if (!globs.length || !rel) return false;
  return ignore().add([...globs]).ignores(rel);
}
