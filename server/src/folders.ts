/**
 * Workspace folders and where a document sits in them. Documents are keyed by file-system path
 * where they have one, because clients spell the same file's URI differently (%3A, drive case).
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Folder {
  uri: string;
  fsPath: string;
  name: string;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** A stable key for a document: its path for file URIs, else the URI itself. */
export function docKey(uri: string): string {
  return uriToPath(uri) ?? uri;
}

export class Folders {
  private list: Folder[] = [];

  set(folders: readonly { uri: string; name: string }[]): void {
    this.list = folders.flatMap((f) => {
      const fsPath = uriToPath(f.uri);
      return fsPath ? [{ uri: f.uri, fsPath: path.resolve(fsPath), name: f.name }] : [];
    });
  }

  add(f: { uri: string; name: string }): void {
    this.set([...this.list, f]);
  }

  remove(uri: string): void {
    const p = uriToPath(uri);
    this.list = this.list.filter((f) => f.uri !== uri && f.fsPath !== p);
  }

  all(): readonly Folder[] {
    return this.list;
  }

  /** The innermost folder holding the path, and the path relative to it (posix). */
  locate(fsPath: string | undefined): { folder: Folder; rel: string } | undefined {
    if (!fsPath) return undefined;
    let best: Folder | undefined;
    for (const f of this.list) {
      if ((fsPath === f.fsPath || fsPath.startsWith(f.fsPath + path.sep)) && (!best || f.fsPath.length > best.fsPath.length)) best = f;
    }
    if (!best) return undefined;
    return { folder: best, rel: path.relative(best.fsPath, fsPath).split(path.sep).join('/') };
  }
}
