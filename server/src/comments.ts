/**
 * Line comment syntax per language, for the "Ignore this line" fix. Keyed by LSP language id
 * (VS Code's and Neovim's names), with the file name as a fallback for ids a client made up.
 * Every form here starts with something core/detect/suppress.ts accepts as a comment line.
 * JSON has no comments: it gets no entry, so only "Add to baseline" is offered there.
 */
export interface CommentSyntax {
  start: string;
  end?: string;
}

const SLASH: CommentSyntax = { start: '//' };
const HASH: CommentSyntax = { start: '#' };
const SEMI: CommentSyntax = { start: ';' };
const DASH: CommentSyntax = { start: '--' };
const XML: CommentSyntax = { start: '<!--', end: '-->' };
const BLOCK: CommentSyntax = { start: '/*', end: '*/' };
const PERCENT: CommentSyntax = { start: '%' };
const REM: CommentSyntax = { start: 'REM' };
const QUOTE: CommentSyntax = { start: "'" };

const BY_LANGUAGE: Record<string, CommentSyntax> = {};
const add = (syntax: CommentSyntax, ids: string) => {
  for (const id of ids.split(/\s+/)) if (id) BY_LANGUAGE[id] = syntax;
};
add(SLASH, `javascript javascriptreact typescript typescriptreact js jsx ts tsx go java csharp cs rust php kotlin swift
  c cpp objective-c objective-cpp objc objcpp cuda-cpp scala dart groovy jsonc json5 fsharp zig proto scss less
  solidity verilog glsl hlsl d haxe`);
add(HASH, `python ruby shellscript sh bash zsh fish yaml dotenv env properties dockerfile terraform hcl tf toml
  perl r powershell ps1 makefile make elixir nim cmake graphql nix coffeescript julia conf gitignore ignore
  crystal tcl awk starlark bzl editorconfig requirements pip-requirements jproperties`);
add(SEMI, 'ini dosini clojure lisp scheme racket asm nasm');
add(DASH, 'sql plsql mysql pgsql lua haskell ada elm purescript');
add(XML, 'xml html htm xhtml markdown md svg xsl vue svelte razor aspnetcorerazor');
add(BLOCK, 'css');
add(PERCENT, 'latex tex bibtex erlang matlab');
add(REM, 'bat dosbatch');
add(QUOTE, 'vb vbnet vbscript');

const BY_EXTENSION: Record<string, string> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript', ts: 'typescript', mts: 'typescript', cts: 'typescript', tsx: 'typescript',
  go: 'go', java: 'java', cs: 'csharp', rs: 'rust', php: 'php', kt: 'kotlin', kts: 'kotlin', swift: 'swift', c: 'c', h: 'c',
  cc: 'cpp', cpp: 'cpp', cxx: 'cpp', hpp: 'cpp', hh: 'cpp', m: 'objective-c', scala: 'scala', dart: 'dart', groovy: 'groovy', gradle: 'groovy',
  jsonc: 'jsonc', json5: 'json5', scss: 'scss', less: 'less', proto: 'proto',
  py: 'python', pyw: 'python', rb: 'ruby', sh: 'shellscript', bash: 'shellscript', zsh: 'shellscript', fish: 'fish', yaml: 'yaml', yml: 'yaml',
  env: 'dotenv', properties: 'properties', tf: 'terraform', tfvars: 'terraform', hcl: 'hcl', toml: 'toml', pl: 'perl', r: 'r', ps1: 'powershell',
  cfg: 'conf', conf: 'conf', ex: 'elixir', exs: 'elixir', nix: 'nix', graphql: 'graphql', gql: 'graphql', jl: 'julia',
  ini: 'ini', sql: 'sql', lua: 'lua', hs: 'haskell',
  xml: 'xml', html: 'html', htm: 'html', xhtml: 'html', md: 'markdown', markdown: 'markdown', svg: 'svg', vue: 'vue', svelte: 'svelte',
  css: 'css', tex: 'latex', erl: 'erlang', bat: 'bat', cmd: 'bat', vb: 'vb', vbs: 'vb',
};

const BY_BASENAME: Record<string, string> = {
  dockerfile: 'dockerfile', containerfile: 'dockerfile', makefile: 'makefile', gnumakefile: 'makefile', '.env': 'dotenv',
  gemfile: 'ruby', rakefile: 'ruby', '.bashrc': 'shellscript', '.zshrc': 'shellscript', '.profile': 'shellscript', '.npmrc': 'ini',
  '.gitconfig': 'ini', '.editorconfig': 'editorconfig', procfile: 'yaml',
};

/** The language a path looks like, from its name. */
export function languageFromPath(path: string): string | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (BY_BASENAME[base]) return BY_BASENAME[base];
  if (base.startsWith('.env.') || base.endsWith('.env')) return 'dotenv';
  if (base.startsWith('dockerfile.') || base.endsWith('.dockerfile')) return 'dockerfile';
  const dot = base.lastIndexOf('.');
  return dot >= 0 ? BY_EXTENSION[base.slice(dot + 1)] : undefined;
}

/** Comment syntax for a document, or undefined when the language has no comments (JSON) or is unknown. */
export function commentSyntax(languageId: string, path: string): CommentSyntax | undefined {
  const id = languageId.toLowerCase();
  if (id === 'json') return undefined;
  return BY_LANGUAGE[id] ?? BY_LANGUAGE[languageFromPath(path) ?? ''];
}

/** The comment line that suppresses findings on the line below, indented like that line. */
export function ignoreComment(syntax: CommentSyntax, indent: string): string {
  return `${indent}${syntax.start} keyward:ignore${syntax.end ? ` ${syntax.end}` : ''}\n`;
}
