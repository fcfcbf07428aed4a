/** Shell scripts and Dockerfiles: the token becomes "${NAME}". */
import type { Edit } from './types.ts';

type Out = { edits: Edit[]; description: string } | { error: string };

export interface ShellSeg {
  kind: 'unquoted' | 'single' | 'double' | 'ansi' | 'comment' | 'heredoc' | 'heredoc-quoted';
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

/** Segments of shell text up to `limit`: quoted strings, comments, heredoc bodies, unquoted word runs. */
export function shellSegments(text: string, from: number, limit: number): ShellSeg[] {
  const segs: ShellSeg[] = [];
  let i = from;
  const pending: Array<{ delim: string; quoted: boolean; strip: boolean }> = [];
  let wordStart = -1;
  const endWord = (at: number): void => {
    if (wordStart >= 0 && at > wordStart) segs.push({ kind: 'unquoted', start: wordStart, end: at, contentStart: wordStart, contentEnd: at });
    wordStart = -1;
  };
  while (i < text.length && i < limit) {
    const c = text[i];
    if (c === '\n') {
      endWord(i);
      i++;
      while (pending.length) {
        const h = pending.shift()!;
        const bodyStart = i;
        for (;;) {
          if (i >= text.length) break;
          let e = text.indexOf('\n', i);
          if (e < 0) e = text.length;
          const line = text.slice(i, e).replace(/\r$/, '');
          if ((h.strip ? line.replace(/^\t+/, '') : line) === h.delim) {
            segs.push({ kind: h.quoted ? 'heredoc-quoted' : 'heredoc', start: bodyStart, end: i, contentStart: bodyStart, contentEnd: i });
            i = Math.min(e + 1, text.length);
            break;
          }
          i = e + 1;
          if (i >= text.length) segs.push({ kind: h.quoted ? 'heredoc-quoted' : 'heredoc', start: bodyStart, end: text.length, contentStart: bodyStart, contentEnd: text.length });
        }
      }
      continue;
    }
    if (c === '#' && wordStart < 0 && (i === 0 || /[\s;&|()]/.test(text[i - 1]))) {
      let e = text.indexOf('\n', i);
      if (e < 0) e = text.length;
      segs.push({ kind: 'comment', start: i, end: e, contentStart: i, contentEnd: e });
      i = e;
      continue;
    }
    if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<') {
      const m = /<<(-?)[ \t]*(?:'([^'\n]+)'|"([^"\n]+)"|\\?([\w.-]+))/y;
      m.lastIndex = i;
      const mm = m.exec(text);
      if (mm) {
        endWord(i);
        pending.push({ delim: mm[2] ?? mm[3] ?? mm[4], quoted: mm[2] !== undefined || mm[3] !== undefined || mm[0].includes('\\'), strip: mm[1] === '-' });
        i += mm[0].length;
        continue;
      }
    }
    if (c === "'" || c === '"' || (c === '$' && text[i + 1] === "'")) {
      endWord(i);
      const ansi = c === '$';
      const q = ansi ? "'" : c;
      const cs = i + (ansi ? 2 : 1);
      let j = cs;
      while (j < text.length && text[j] !== q) j += text[j] === '\\' && q === '"' ? 2 : text[j] === '\\' && ansi ? 2 : 1;
      segs.push({ kind: ansi ? 'ansi' : q === "'" ? 'single' : 'double', start: i, end: Math.min(j + 1, text.length), contentStart: cs, contentEnd: Math.min(j, text.length) });
      i = j + 1;
      continue;
    }
    if (c === '\\') {
      if (wordStart < 0) wordStart = i;
      i += 2;
      continue;
    }
    if (/[\s|&;()<>]/.test(c)) {
      endWord(i);
      i++;
      continue;
    }
    if (wordStart < 0) wordStart = i;
    i++;
  }
  endWord(i);
  // finish the word containing the limit
  if (wordStart >= 0) {
    /* unreachable: endWord above */
  }
  return segs;
}

function extendWord(text: string, seg: ShellSeg): ShellSeg {
  let e = seg.end;
  while (e < text.length && !/[\s|&;()<>'"]/.test(text[e])) e++;
  return { ...seg, end: e, contentEnd: e };
}

/** Characters special inside double quotes get a backslash. */
export function dq(s: string): string {
  return s.replace(/[\\"$`]/g, (c) => '\\' + c);
}

function findSeg(text: string, from: number, offset: number, end: number): ShellSeg | { error: string } {
  const segs = shellSegments(text, from, end);
  for (let s of segs) {
    if (s.kind === 'unquoted' && offset >= s.start && offset <= s.end) s = extendWord(text, s);
    if (offset >= s.contentStart && offset < Math.max(s.contentEnd, s.contentStart + 1)) {
      if (end > s.contentEnd) return { error: 'The token runs past the end of the word or string it starts in; split it out by hand.' };
      return s;
    }
  }
  return { error: 'Could not find the word or string the token is in.' };
}

export function rewriteShell(text: string, offset: number, end: number, name: string, opts: { from?: number; unquotedBare?: boolean } = {}): Out {
  const seg = findSeg(text, opts.from ?? 0, offset, end);
  if ('error' in seg) return seg;
  const ref = `\${${name}}`;
  const span = (t: string): Edit => ({ offset, length: end - offset, newText: t });
  const whole = offset === seg.contentStart && end === seg.contentEnd;
  switch (seg.kind) {
    case 'comment':
      return { error: 'The token is inside a comment: delete it from the comment, and rotate it if it was ever committed.' };
    case 'heredoc-quoted':
      return { error: 'The token is in a quoted here-document, which does not expand variables: unquote the delimiter or split the token out by hand.' };
    case 'heredoc':
    case 'double':
      return { edits: [span(ref)], description: `Replaced the token with ${ref}.` };
    case 'unquoted':
      if (opts.unquotedBare) return { edits: [span(ref)], description: `Replaced the token with ${ref}.` };
      return { edits: [span(`"${ref}"`)], description: `Replaced the token with "${ref}".` };
    case 'single': {
      const before = text.slice(seg.contentStart, offset);
      const after = text.slice(end, seg.contentEnd);
      return {
        edits: [{ offset: seg.start, length: seg.end - seg.start, newText: `"${dq(before)}${ref}${dq(after)}"` }],
        description: whole ? `Replaced the literal with "${ref}".` : `Turned the single-quoted string into a double-quoted one that expands ${ref}.`,
      };
    }
    case 'ansi': {
      const before = text.slice(seg.contentStart, offset);
      const after = text.slice(end, seg.contentEnd);
      if (/\\$/.test(before.replace(/\\\\/g, ''))) return { error: 'The token starts inside an escape sequence; split it out by hand.' };
      const pieces = [before ? `$'${before}'` : '', `"${ref}"`, after ? `$'${after}'` : ''];
      return { edits: [{ offset: seg.start, length: seg.end - seg.start, newText: pieces.join('') }], description: `Replaced the token with "${ref}".` };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Dockerfile

export function rewriteDockerfile(text: string, offset: number, end: number, name: string): Out {
  // Find the instruction containing offset (lines joined by trailing backslashes).
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  while (start > 0) {
    const prevEnd = start - 1;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    if (/\\\s*$/.test(text.slice(prevStart, prevEnd))) start = prevStart;
    else break;
  }
  const lineText = text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start));
  if (/^\s*#/.test(lineText)) return { error: 'The token is inside a comment: delete it from the comment, and rotate it if it was ever committed.' };
  const m = /^\s*([A-Za-z]+)\s+/.exec(lineText);
  if (!m) return { error: 'Could not find the Dockerfile instruction around the token.' };
  const instr = m[1].toUpperCase();
  const argsFrom = start + m[0].length;
  if (['CMD', 'ENTRYPOINT', 'RUN', 'SHELL'].includes(instr) && text[argsFrom] === '[')
    return { error: 'The token is in an exec-form (JSON array) instruction, which does not expand variables: use the shell form or a build secret (RUN --mount=type=secret).' };
  const warn =
    ' Note: ARG and ENV values are recorded in the image; for build-time secrets prefer RUN --mount=type=secret,id=' + name + '.';
  if (instr === 'ARG') {
    // ARG NAME=secret with the same name: drop the default.
    const am = /^\s*ARG\s+([A-Za-z_]\w*)=/i.exec(lineText);
    if (am && am[1] === name) {
      const valueStart = start + am[0].length;
      const seg = findSeg(text, valueStart, offset, end);
      if ('error' in seg) return seg;
      return { edits: [{ offset: valueStart - 1, length: seg.end - valueStart + 1, newText: '' }], description: `Removed the default value: pass it with --build-arg ${name}.${warn}` };
    }
  }
  const bare = instr === 'ENV' || instr === 'ARG' || instr === 'LABEL';
  const r = rewriteShell(text, offset, end, name, { from: argsFrom, unquotedBare: bare });
  if ('error' in r) return r;
  const edits = [...r.edits];
  let extra = '';
  if (['ENV', 'ARG', 'RUN', 'LABEL'].includes(instr)) {
    const declared = new RegExp(`^\\s*ARG\\s+${name}(\\s|=|$)`, 'mi').test(text.slice(0, start));
    if (!declared) {
      const indent = /^\s*/.exec(lineText)![0];
      edits.unshift({ offset: start, length: 0, newText: `${indent}ARG ${name}\n` });
      extra = ` Declared ARG ${name} (pass it with --build-arg ${name}).`;
    }
  }
  return { edits, description: r.description + extra + warn };
}
