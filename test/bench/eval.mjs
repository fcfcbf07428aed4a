#!/usr/bin/env node
// The held-out evaluation set (test/fixtures/make-eval.ts) scanned by the built CLI:
//
//   npm run build && node test/bench/eval.mjs [--seed N] [--dir DIR] [--limit N] [--cli PATH]
//
// Generates the labelled set into DIR (default test/bench/work/eval), runs
// `node dist/cli.js scan . --format json` in DIR/repo, and prints precision and recall overall,
// per category and per language, then every miss and false positive. Values are masked.
// --cli scores another build (an older dist/cli.js, say) on the same set.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
if (args.includes('--help')) {
  console.log('usage: node test/bench/eval.mjs [--seed N] [--dir DIR] [--limit N] [--cli PATH]');
  process.exit(0);
}
const seed = Number(opt('--seed', '1'));
const dir = path.resolve(opt('--dir', path.join(root, 'test/bench/work/eval')));
const limit = Number(opt('--limit', 'Infinity'));

const cli = path.resolve(opt('--cli', path.join(root, 'dist/cli.js')));
if (!fs.existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`);
  process.exit(2);
}
const ev = await tsImport(path.join(root, 'test/fixtures/make-eval.ts'), import.meta.url);
const set = ev.writeEval(dir, seed);
const repo = path.join(dir, 'repo');
const t0 = process.hrtime.bigint();
const r = spawnSync(process.execPath, [cli, 'scan', '.', '--format', 'json'], { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (r.status !== 0 && r.status !== 1) {
  console.error(`keyward scan exited ${r.status}: ${r.stderr}`);
  process.exit(2);
}
const report = JSON.parse(r.stdout);
const findings = report.findings.map((f) => ({ path: f.path, line: f.start.line, level: f.level, ruleId: f.ruleId, masked: f.masked }));
const score = ev.scoreEval(set.cases, findings);
console.log(`seed ${seed}: ${Object.keys(set.files).length} files, scanned in ${ms.toFixed(0)} ms (${report.findings.length} findings)`);
console.log(ev.formatScore(score, set.files, limit));
console.log(`\neval precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)}`);
