/** .env, JSON and other config files get the vault reference; YAML gets ${NAME}. */
import type { Edit } from './types.ts';

type Out = { edits: Edit[]; description: string } | { error: string };

const COMMENT_ERR = { error: 'The token is inside a comment: delete it from the comment, and rotate it if it was ever committed.' };

function lineBounds(text: string, offset: number): [number, number] {
  const s = text.lastIndexOf('\n', offset - 1) + 1;
  let e = text.indexOf('\n', offset);
  if (e < 0) e = text.length;
  return [s, e];
}

/** Is the quote-aware scan of the line up to `offset` inside a comment started by one of `markers`? */
function inLineComment(line: string, markers: string[], atLineStartOnly: boolean): boolean {
  const t = line.trimStart();
  if (markers.some((m) => t.startsWith(m))) return true;
  if (atLineStartOnly) return false;
  let q = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '\\' && q === '"') i++;
      else if (c === q) q = '';
      continue;
    }
    if (c === '"' || c === "'") q = c;
    else if (markers.some((m) => line.startsWith(m, i)) && (i === 0 || /\s/.test(line[i - 1]))) return true;
  }
  return false;
}

function refSpan(text: string, offset: number, end: number, ref: string, what: string): Out {
  const after = text[end] ?? '';
  const before = text[offset - 1] ?? '';
  if (/[\w]/.test(after)) return { error: `The token is directly followed by more text, so a reference put in its place could not be told apart from it; split the value into its own ${what} first.` };
  void before;
  return { edits: [{ offset, length: end - offset, newText: ref }], description: `Replaced the token with the reference ${ref}, which keyward run / keyward inject resolve.` };
}

export function rewriteDotenv(text: string, offset: number, end: number, ref: string): Out {
  const [s] = lineBounds(text, offset);
  const line = text.slice(s, offset);
  if (inLineComment(line, ['#'], false)) return COMMENT_ERR;
  return refSpan(text, offset, end, ref, 'variable');
}

export function rewriteConfig(languageId: string, text: string, offset: number, end: number, ref: string): Out {
  const [s] = lineBounds(text, offset);
  const line = text.slice(s, offset);
  if (languageId === 'xml') {
    const before = text.slice(0, offset);
    if (before.lastIndexOf('<!--') > before.lastIndexOf('-->')) return COMMENT_ERR;
  } else if (languageId === 'json' || languageId === 'jsonc' || languageId === 'json5') {
    const before = text.slice(0, offset);
    if (before.lastIndexOf('/*') > before.lastIndexOf('*/')) return COMMENT_ERR;
    if (inLineComment(line, ['//'], false)) return COMMENT_ERR;
    // the secret must be inside a string, not between an escape's backslash and its letter
    let k = offset - 1;
    let n = 0;
    while (k >= 0 && text[k] === '\\') (n++, k--);
    if (n % 2) return { error: 'The token starts inside an escape sequence; split it out by hand.' };
  } else if (languageId === 'properties') {
    if (inLineComment(line, ['#', '!'], true)) return COMMENT_ERR;
  } else if (languageId === 'ini') {
    if (inLineComment(line, ['#', ';'], true)) return COMMENT_ERR;
  } else if (inLineComment(line, ['#'], false)) return COMMENT_ERR;
  return refSpan(text, offset, end, ref, 'key');
}

export function rewriteYaml(text: string, offset: number, end: number, name: string, path?: string): Out {
  const [s] = lineBounds(text, offset);
  const line = text.slice(s, offset);
  // quote-aware comment check: a quote only opens a scalar where a scalar can start
  let q = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (q === "'" && c === "'" && line[i + 1] === "'") i++;
      else if (q === '"' && c === '\\') i++;
      else if (c === q) q = '';
      continue;
    }
    const prev = line.slice(0, i).trimEnd();
    if ((c === '"' || c === "'") && (prev === '' || /[:\-\[{,]$/.test(prev))) q = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return COMMENT_ERR;
  }
  const gha = !!path && /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/.test(path);
  const ref = gha ? `\${{ secrets.${name} }}` : `\${${name}}`;
  return { edits: [{ offset, length: end - offset, newText: ref }], description: `Replaced the token with ${ref}${gha ? ' (a GitHub Actions secret)' : ''}.` };
}
