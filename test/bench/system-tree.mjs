#!/usr/bin/env node
// Precision on code nobody wrote secrets into: the machine's own headers, Python and Perl
// libraries, package documentation and global npm tree, scanned by the built CLI.
//
//   npm run build && node test/bench/system-tree.mjs [--cli PATH] [DIR ...]
//
// Default directories: /usr/include /usr/lib/python3 /usr/lib/python3.* /usr/share/doc
// /usr/share/perl /usr/share/perl5 /usr/lib/node_modules, those that exist. Every error or
// warning here is a false positive or a published test vector; the script prints each one as
// rule, file:line and the masked value, then a count per rule. --cli scores another build.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('usage: node test/bench/system-tree.mjs [--cli PATH] [DIR ...]');
  process.exit(0);
}
let cli = path.join(root, 'dist/cli.js');
const given = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--cli') cli = path.resolve(args[++i]);
  else given.push(args[i]);
}
if (!fs.existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`);
  process.exit(2);
}

const pythons = fs.existsSync('/usr/lib') ? fs.readdirSync('/usr/lib').filter((d) => /^python3\.\d+$/.test(d)).map((d) => `/usr/lib/${d}`) : [];
const defaults = ['/usr/include', '/usr/lib/python3', ...pythons, '/usr/share/doc', '/usr/share/perl', '/usr/share/perl5', '/usr/lib/node_modules'];
const dirs = (given.length ? given : defaults).filter((d) => fs.existsSync(d));
if (dirs.length === 0) {
  console.error('none of the directories exists');
  process.exit(2);
}

const perRule = new Map();
let total = 0, files = 0, bytes = 0, ms = 0;
for (const dir of dirs) {
  const r = spawnSync(process.execPath, [cli, 'scan', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0 && r.status !== 1) {
    console.error(`${dir}: keyward exited ${r.status}\n${r.stderr}`);
    process.exit(2);
  }
  const out = JSON.parse(r.stdout);
  files += out.stats.files;
  bytes += out.stats.bytes;
  ms += out.stats.ms;
  const reported = out.findings.filter((f) => f.level !== 'note');
  console.log(`${dir}: ${reported.length} finding(s) in ${out.stats.files} files`);
  for (const f of reported) {
    total++;
    perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    console.log(`  ${f.ruleId}  ${path.resolve(f.path)}:${f.start.line}  ${f.masked}`);
  }
}
console.log(`\n${total} finding(s) (errors and warnings) in ${files} files, ${(bytes / 1e6).toFixed(1)} MB, ${(ms / 1000).toFixed(1)} s of scanning`);
for (const [rule, n] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${rule}`);
