/**
 * Where a hardcoded token goes (DESIGN.md): the literal becomes the lookup the language would
 * write by hand. Pure functions on text: no editor, no language server.
 */
import type { Edit, RewriteInput, RewriteResult } from './types.ts';
import { CODE_LANGS, rewriteCode } from './code.ts';
import { rewriteShell, rewriteDockerfile } from './shell.ts';
import { rewriteDotenv, rewriteConfig, rewriteYaml } from './config.ts';

export type { Edit, RewriteInput, RewriteResult } from './types.ts';
export { suggestName, uniqueName, toUpperSnake, nameFromRule } from './names.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Characters that need no escaping in any quoting we put a reference into. */
const REF = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[A-Za-z0-9._~\/:@%+-]+$/;

const CONFIG_IDS = new Set(['json', 'jsonc', 'json5', 'properties', 'java-properties', 'ini', 'toml', 'xml']);
const YAML_IDS = new Set(['yaml', 'dockercompose', 'github-actions-workflow', 'azure-pipelines']);

export function isDotenv(languageId: string, path?: string): boolean {
  if (languageId === 'dotenv' || languageId === 'env') return true;
  const base = path ? path.replace(/^.*[\\/]/, '') : '';
  return /^\.env(\..+)?$/.test(base) || /\.env$/.test(base);
}

/** Language ids rewriteLiteral knows (dotenv is also recognised by file name). */
export const SUPPORTED_LANGUAGES: readonly string[] = [
  ...Object.keys(CODE_LANGS),
  'shellscript',
  'dockerfile',
  ...YAML_IDS,
  'dotenv',
  ...CONFIG_IDS,
];

export function rewriteLiteral(input: RewriteInput): RewriteResult {
  const { text, languageId, path, offset, length, name, ref } = input;
  if (!NAME.test(name)) return { error: `"${name}" is not a valid environment variable name: use letters, digits and underscores, not starting with a digit.` };
  if (!REF.test(ref)) return { error: `"${ref}" is not a reference that can be written into a file safely.` };
  if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length <= 0 || offset + length > text.length)
    return { error: 'The token’s range is outside the document (it may have changed): scan again.' };
  const end = offset + length;
  const secret = text.slice(offset, end);

  let result: RewriteResult;
  const base = path ? path.replace(/^.*[\\/]/, '') : '';
  if (isDotenv(languageId, path)) result = rewriteDotenv(text, offset, end, ref);
  else if (CODE_LANGS[languageId]) result = rewriteCode(CODE_LANGS[languageId], text, offset, end, name);
  else if (languageId === 'shellscript') result = rewriteShell(text, offset, end, name);
  else if (languageId === 'dockerfile' || /^(Dockerfile|Containerfile)(\..+)?$|\.dockerfile$/i.test(base)) result = rewriteDockerfile(text, offset, end, name);
  else if (YAML_IDS.has(languageId)) result = rewriteYaml(text, offset, end, name, path);
  else if (CONFIG_IDS.has(languageId)) result = rewriteConfig(languageId, text, offset, end, ref);
  else return { error: `Moving a token out of ${languageId || 'this kind of'} files is not supported yet.` };

  if ('error' in result) return result;
  return check(result.edits, result.description, text, offset, end, secret);
}

/** Sort, reject overlaps, and make sure the token is gone and no edit carries it. */
function check(edits: Edit[], description: string, text: string, offset: number, end: number, secret: string): RewriteResult {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].offset < sorted[i - 1].offset + sorted[i - 1].length) return { error: 'Internal error: the rewrite produced overlapping edits.' };
  }
  if (!sorted.some((e) => e.offset <= offset && e.offset + e.length >= end)) return { error: 'Internal error: the rewrite did not replace the token.' };
  if (sorted.some((e) => e.newText.includes(secret)))
    return { error: 'The rest of the string contains the token again; split it out by hand so that no copy stays in the code.' };
  void text;
  return { edits: sorted, description };
}

/** Apply non-overlapping edits (sorted by offset) to text: what an editor does with them. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.offset - b.offset)) {
    out += text.slice(at, e.offset) + e.newText;
    at = e.offset + e.length;
  }
  return out + text.slice(at);
}
