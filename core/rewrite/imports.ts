/** Import insertion for the languages whose lookup needs one. Pure text functions. */
import type { Edit } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Python: `import os`

/** True when a top-level `import os` (or `import os.path`, `import sys, os`) binds `os`. */
export function pythonHasOs(text: string): boolean {
  const re = /^import[ \t]+([^\n#;]+)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const item of m[1].split(',')) {
      if (/^os(\.[\w.]+)?$/.test(item.trim())) return true;
    }
  }
  return false;
}

/**
 * Where `import os` goes: after a shebang/encoding comment, the module docstring, `from __future__`
 * imports and the leading block of imports.
 */
export function pythonImportOs(text: string): Edit | null {
  if (pythonHasOs(text)) return null;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  let pos = 0;
  let sawDocstring = false;
  let lastImportEnd = -1;
  const lineEnd = (p: number): number => {
    const e = text.indexOf('\n', p);
    return e < 0 ? text.length : e + 1;
  };
  // docstring
  const skipBlankAndComments = (): void => {
    while (pos < text.length) {
      const e = lineEnd(pos);
      const line = text.slice(pos, e).trim();
      if (line === '' || line.startsWith('#')) pos = e;
      else break;
    }
  };
  skipBlankAndComments();
  const doc = /^[rRuU]?("""|'''|"|')/.exec(text.slice(pos, pos + 4));
  if (doc) {
    const q = doc[1];
    let j = pos + doc[0].length;
    while (j < text.length && !text.startsWith(q, j)) j += text[j] === '\\' ? 2 : 1;
    pos = lineEnd(Math.min(j + q.length, text.length));
    sawDocstring = true;
  }
  for (;;) {
    const save = pos;
    skipBlankAndComments();
    if (pos >= text.length) {
      pos = save;
      break;
    }
    if (!/^(import[ \t]|from[ \t]+[\w.]+[ \t]+import\b)/.test(text.slice(pos, pos + 200))) {
      pos = save;
      break;
    }
    // statement end: parentheses and backslash continuations
    let j = pos;
    let depth = 0;
    while (j < text.length) {
      const ch = text[j];
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if (ch === '\\' && text[j + 1] === '\n') j++;
      else if (ch === '#') {
        while (j < text.length && text[j] !== '\n') j++;
        continue;
      } else if (ch === '\n' && depth <= 0) break;
      j++;
    }
    pos = lastImportEnd = Math.min(j + 1, text.length);
  }
  if (lastImportEnd >= 0) {
    const needNl = !text.slice(0, lastImportEnd).endsWith('\n');
    return { offset: lastImportEnd, length: 0, newText: (needNl ? nl : '') + 'import os' + nl };
  }
  // No imports: after the docstring (blank line between), or at the first code line.
  const rest = text.slice(pos);
  const nextBlank = /^[ \t]*\r?\n/.test(rest) || rest === '';
  if (sawDocstring) {
    const needNl = !text.slice(0, pos).endsWith('\n');
    return { offset: pos, length: 0, newText: (needNl ? nl : '') + nl + 'import os' + nl + (nextBlank ? '' : nl) };
  }
  skipBlankAndComments();
  return { offset: pos, length: 0, newText: 'import os' + nl + nl };
}

// ---------------------------------------------------------------------------------------------
// Go: "os" in the import declaration

/** The name `os` is imported under (`os` or an alias), or null when it is not imported. */
export function goOsName(text: string): string | null {
  const block = /^import[ \t]*\(([\s\S]*?)^\)/gm;
  for (let m = block.exec(text); m; m = block.exec(text)) {
    const mm = /^[ \t]*(?:([\w.]+)[ \t]+)?"os"/m.exec(m[1]);
    if (mm) return mm[1] && mm[1] !== '_' && mm[1] !== '.' ? mm[1] : mm[1] === '.' ? '' : mm[1] === '_' ? null : 'os';
  }
  const single = /^import[ \t]+(?:([\w.]+)[ \t]+)?"os"/m.exec(text);
  if (single) return single[1] && single[1] !== '_' ? (single[1] === '.' ? '' : single[1]) : single[1] === '_' ? null : 'os';
  return null;
}

function isStd(path: string): boolean {
  return !path.split('/')[0].includes('.');
}

export function goImportOs(text: string): Edit | null {
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const block = /^import[ \t]*\(([\s\S]*?)^\)/m.exec(text);
  if (block) {
    const bodyStart = block.index + block[0].indexOf('(') + 1;
    const lines = block[1].split('\n');
    let off = bodyStart;
    let insertAt = -1;
    let lastStdEnd = -1;
    let indent = '\t';
    for (const line of lines) {
      const lineStart = off;
      off += line.length + 1;
      const m = /^([ \t]*)(?:[\w.]+[ \t]+)?"([^"]+)"/.exec(line);
      if (!m) continue;
      indent = m[1] || '\t';
      if (!isStd(m[2])) continue;
      if (m[2] > 'os' && insertAt < 0) insertAt = lineStart;
      lastStdEnd = off;
    }
    if (insertAt < 0) insertAt = lastStdEnd >= 0 ? lastStdEnd : bodyStart + (text[bodyStart] === '\n' ? 1 : 0);
    if (insertAt > bodyStart + block[1].length) insertAt = bodyStart + block[1].length;
    return { offset: insertAt, length: 0, newText: `${indent}"os"${nl}` };
  }
  const singles = [...text.matchAll(/^import[ \t]+((?:[\w.]+[ \t]+)?"[^"]+")[ \t]*(?:\/\/[^\n]*)?$/gm)];
  if (singles.length === 1) {
    const s = singles[0];
    const spec = s[1];
    const path = /"([^"]+)"/.exec(spec)![1];
    const items = [spec, '"os"'];
    if (!(isStd(path) && path < 'os')) items.reverse();
    const body = items.map((x) => `\t${x}${nl}`).join('');
    const line = s[0].replace(/[ \t]+$/, '');
    return { offset: s.index!, length: line.length, newText: `import (${nl}${body})` };
  }
  if (singles.length > 1) {
    const last = singles[singles.length - 1];
    return { offset: last.index! + last[0].length, length: 0, newText: `${nl}import "os"` };
  }
  const pkg = /^package[ \t]+\w+[^\n]*/m.exec(text);
  if (!pkg) return null;
  const at = pkg.index + pkg[0].replace(/\r$/, '').length;
  return { offset: at, length: 0, newText: `${nl}${nl}import "os"` };
}

// ---------------------------------------------------------------------------------------------
// C#: `using System;`

export function csharpUsingSystem(text: string): Edit | null {
  if (/^[ \t]*(global[ \t]+)?using[ \t]+System[ \t]*;/m.test(text)) return null;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const first = /^[ \t]*(global[ \t]+)?using[ \t]+(static[ \t]+)?[\w.]+[ \t]*(=[^;\n]+)?;/m.exec(text);
  if (first) return { offset: first.index, length: 0, newText: 'using System;' + nl };
  // after leading comments / #nullable etc.
  let pos = 0;
  while (pos < text.length) {
    const e = text.indexOf('\n', pos);
    const end = e < 0 ? text.length : e + 1;
    const line = text.slice(pos, end).trim();
    if (line.startsWith('//') || line.startsWith('#')) pos = end;
    else break;
  }
  return { offset: pos, length: 0, newText: 'using System;' + nl + nl };
}
