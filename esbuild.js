// One script, three bundles (the vscode-eslint layout):
//   dist/client.js  the VS Code extension (vscode is provided by the editor)
//   dist/server.js  the language server, runnable by any LSP client: node dist/server.js --stdio
//   dist/cli.js     the `keyward` command
// Flags: --production (minify, no sourcemaps), --watch.
'use strict';
const esbuild = require('esbuild');

const pkg = require('./package.json');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'info',
  // keytar is a native addon: it is loaded lazily at run time, never bundled.
  external: ['vscode', 'keytar'],
  define: { KEYWARD_VERSION: JSON.stringify(pkg.version) },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

async function main() {
  const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
