#!/usr/bin/env node
// Keyward vs secretlint on a large tree of real code (see test/bench/README.md).
//
//   node test/bench/scan-bench.mjs [--quick] [--skip-secretlint] [--skip-keyward]
//                                  [--timeout-min N] [--max-file-size BYTES] [--reinstall]
//
// Needs dist/cli.js (`npm run build`; `npm run bench` builds it first) and the npm registry for
// the first run. Everything it installs or writes lives in test/bench/work/ (gitignored).
// Exit: 0 done (and, on the full tree, keyward at least 10x faster than secretlint),
//       1 the speed target was missed, 2 the benchmark could not run.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const WORK = path.join(HERE, 'work');
const CLI = path.join(REPO, 'dist', 'cli.js');
const TARGET_SPEEDUP = 10;
const KEYWARD_DEFAULT_MAX_FILE_SIZE = 5_000_000; // keep in step with core/detect/files.ts
const SNIFF_BYTES = 8192; // keyward's binary sniff: a NUL byte in the first 8 KiB

// Exact versions: the top-level packages never move. Their dependencies follow the registry's
// semver ranges at first install; the installed tree is then cached (see the marker below).
const FULL_PACKAGES = [
  'aws-sdk@2.1692.0',
  'typescript@5.6.3',
  '@angular/core@18.2.13',
  'webpack@5.96.1',
  'eslint@9.15.0',
  '@babel/core@7.26.0',
  'prettier@3.3.3',
  'rxjs@7.8.1',
  'react-dom@18.3.1',
  'moment@2.30.1',
  'lodash@4.17.21',
];
const QUICK_PACKAGES = ['lodash@4.17.21', 'moment@2.30.1', 'rxjs@7.8.1'];
// secretlint 12 and 13 need Node 22; the project (and CI) run Node 20, so 11.x it is.
const SECRETLINT_PACKAGES = ['secretlint@11.7.1', '@secretlint/secretlint-rule-preset-recommend@11.7.1'];
const SECRETLINT_RC = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] };
// Bump when the way a corpus is laid out changes, so cached trees are rebuilt.
const CORPUS_LAYOUT = 2;

const HELP = `Usage: node test/bench/scan-bench.mjs [options]

Installs pinned npm packages into test/bench/work/ (cached), then scans the same files with
keyward (dist/cli.js) and secretlint, measuring wall time, peak RSS and findings.

Options:
  --quick               a small tree (${QUICK_PACKAGES.join(', ')}) for a smoke run
  --skip-secretlint     run keyward only
  --skip-keyward        run secretlint only (e.g. before dist/cli.js exists)
  --timeout-min N       kill a scanner after N minutes (default 30)
  --max-file-size BYTES passed to keyward (default: keyward's own, ${KEYWARD_DEFAULT_MAX_FILE_SIZE})
  --reinstall           ignore the cached trees and install again
  -h, --help            this help
`;

// ---------------------------------------------------------------------------------------------
// small helpers

const log = (msg = '') => process.stdout.write(msg + '\n');
const warn = (msg) => process.stderr.write(`scan-bench: ${msg}\n`);
const mb = (bytes) => bytes / 1e6;
const fmtMB = (bytes) => `${mb(bytes).toFixed(1)} MB`;
const fmtSec = (ms) => (ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : ms < 120_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`);
const fmtRss = (kb) => (kb == null ? 'n/a' : `${Math.round(kb / 1024)} MiB`);

class BenchError extends Error {}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw new BenchError(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new BenchError(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  return r;
}

/** `du` of a directory: apparent size (bytes in files) and disk usage, both in bytes. */
function du(dir) {
  const apparent = spawnSync('du', ['-sb', dir], { encoding: 'utf8' });
  const disk = spawnSync('du', ['-sk', dir], { encoding: 'utf8' });
  const num = (r, scale) => (r.status === 0 ? Number(r.stdout.split(/\s+/)[0]) * scale : undefined);
  return { apparentBytes: num(apparent, 1), diskBytes: num(disk, 1024) };
}

// ---------------------------------------------------------------------------------------------
// installs (cached by a marker file holding the exact package list)

function npmInstall(prefix, packages) {
  fs.writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({ name: 'keyward-bench-' + path.basename(prefix), private: true }, null, 2) + '\n');
  log(`npm install --prefix ${path.relative(REPO, prefix)} ${packages.join(' ')}`);
  run('npm', ['install', '--prefix', prefix, '--ignore-scripts', '--no-audit', '--no-fund', '--save-exact', '--loglevel=error', ...packages], { cwd: prefix });
}

/**
 * Turns <dir>/node_modules into <dir>/corpus, a plain tree both scanners see alike:
 * secretlint hard-codes `**\/node_modules/**` as ignored (no ignore file can undo it), so every
 * directory named node_modules is renamed `_node_modules`; `.bin` (symlinks to files that are
 * scanned anyway) and npm's `.package-lock.json` go; ignore files that npm let through are renamed
 * so that neither tool applies them (keyward honours .gitignore, secretlint does not).
 */
function makeCorpus(dir) {
  const nm = path.join(dir, 'node_modules');
  const corpus = path.join(dir, 'corpus');
  fs.rmSync(corpus, { recursive: true, force: true });
  fs.renameSync(nm, corpus);
  fs.rmSync(path.join(corpus, '.package-lock.json'), { force: true });
  const changes = { renamedNodeModules: 0, removedBinDirs: 0, disabledIgnoreFiles: [] };
  const stack = [corpus];
  while (stack.length) {
    const d = stack.pop();
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name === '.bin') {
          fs.rmSync(abs, { recursive: true, force: true });
          changes.removedBinDirs++;
          continue;
        }
        if (e.name === 'node_modules') {
          const to = path.join(d, '_node_modules');
          fs.renameSync(abs, to);
          changes.renamedNodeModules++;
          stack.push(to);
          continue;
        }
        stack.push(abs);
      } else if (e.isFile() && ['.gitignore', '.keywardignore', '.secretlintignore'].includes(e.name)) {
        fs.renameSync(abs, abs + '.bench-disabled');
        changes.disabledIgnoreFiles.push(path.relative(corpus, abs));
      }
    }
  }
  return changes;
}

function ensureTree(name, packages, reinstall) {
  const dir = path.join(WORK, name);
  const markerFile = path.join(dir, '.bench-marker.json');
  const want = { packages, layout: CORPUS_LAYOUT };
  const have = readJson(markerFile);
  const corpus = path.join(dir, 'corpus');
  if (!reinstall && have && JSON.stringify(have.packages) === JSON.stringify(want.packages) && have.layout === want.layout && fs.existsSync(corpus)) {
    log(`tree: cached ${path.relative(REPO, corpus)} (${packages.length} packages, installed ${have.installedAt})`);
    return { corpus, marker: have };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  npmInstall(dir, packages);
  const changes = makeCorpus(dir);
  const installed = {};
  const lock = readJson(path.join(dir, 'package-lock.json'));
  for (const [p, info] of Object.entries(lock?.packages ?? {})) if (p) installed[p.replace(/^node_modules\//, '').replace(/\/node_modules\//g, '/_node_modules/')] = info.version;
  const marker = { ...want, installedAt: new Date().toISOString(), installMs: Math.round(performance.now() - t0), changes, installedPackages: Object.keys(installed).length };
  fs.writeFileSync(path.join(dir, 'installed-versions.json'), JSON.stringify(installed, null, 2) + '\n');
  fs.writeFileSync(markerFile, JSON.stringify(marker, null, 2) + '\n');
  log(`tree: installed ${Object.keys(installed).length} packages in ${fmtSec(marker.installMs)} (${changes.renamedNodeModules} nested node_modules renamed, ${changes.disabledIgnoreFiles.length} ignore file(s) disabled)`);
  return { corpus, marker };
}

function ensureSecretlint(reinstall) {
  const dir = path.join(WORK, 'secretlint');
  const markerFile = path.join(dir, '.bench-marker.json');
  const have = readJson(markerFile);
  const bin = path.join(dir, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  if (reinstall || !have || JSON.stringify(have.packages) !== JSON.stringify(SECRETLINT_PACKAGES) || !fs.existsSync(bin)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    npmInstall(dir, SECRETLINT_PACKAGES);
    fs.writeFileSync(markerFile, JSON.stringify({ packages: SECRETLINT_PACKAGES, installedAt: new Date().toISOString() }, null, 2) + '\n');
  }
  const rc = path.join(dir, '.secretlintrc.json');
  fs.writeFileSync(rc, JSON.stringify(SECRETLINT_RC, null, 2) + '\n');
  if (!fs.existsSync(bin)) throw new BenchError(`secretlint's bin is not at ${bin}`);
  const version = readJson(path.join(dir, 'node_modules', 'secretlint', 'package.json'))?.version;
  return { bin, rc, version };
}

// ---------------------------------------------------------------------------------------------
// the corpus: which files keyward will read, by keyward's own rules (size limit, NUL sniff)

/**
 * Walks the corpus like keyward does (no ignore files are left in it, see makeCorpus), reading
 * each file whole once: that warms the page cache, so neither scanner pays for a cold disk.
 */
function surveyCorpus(corpus, maxFileSize) {
  const s = { files: 0, bytes: 0, scanFiles: [], scanBytes: 0, binary: [], tooLarge: [], symlinks: 0 };
  const stack = [corpus];
  while (stack.length) {
    const d = stack.pop();
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      const rel = path.relative(corpus, abs).split(path.sep).join('/');
      if (e.isSymbolicLink()) {
        s.symlinks++;
        continue;
      }
      if (e.isDirectory()) {
        if (e.name !== '.git') stack.push(abs);
        continue;
      }
      if (!e.isFile()) continue;
      const buf = fs.readFileSync(abs);
      s.files++;
      s.bytes += buf.length;
      if (buf.length > maxFileSize) s.tooLarge.push(rel);
      else if (buf.subarray(0, SNIFF_BYTES).includes(0)) s.binary.push(rel);
      else {
        s.scanFiles.push(rel);
        s.scanBytes += buf.length;
      }
    }
  }
  return s;
}

/** Anchored gitignore pattern for one path, with gitignore's special characters escaped. */
function gitignoreLiteral(rel) {
  return '/' + rel.replace(/[\\*?[\]!#]/g, (c) => '\\' + c).replace(/ $/, '\\ ');
}

// ---------------------------------------------------------------------------------------------
// measuring a child process: wall time, peak RSS, CPU time, with a deadline

function descendants(pid) {
  const out = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    out.push(p);
    try {
      for (const t of fs.readdirSync(`/proc/${p}/task`)) {
        const kids = fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
        if (kids) queue.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // gone already
    }
  }
  return out;
}

/** Bytes a process has read through read(2) and friends so far (/proc/<pid>/io rchar). */
function readBytes(pid) {
  try {
    const m = /^rchar: (\d+)/m.exec(fs.readFileSync(`/proc/${pid}/io`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** VmHWM (the peak RSS the kernel recorded) of a process, in KiB. */
function vmHwmKb(pid) {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

function parseGnuTime(text) {
  const get = (re) => {
    const m = re.exec(text);
    return m ? m[1] : undefined;
  };
  const maxRss = get(/Maximum resident set size \(kbytes\): (\d+)/);
  const user = get(/User time \(seconds\): ([\d.]+)/);
  const sys = get(/System time \(seconds\): ([\d.]+)/);
  const exit = get(/Exit status: (\d+)/);
  return {
    peakRssKb: maxRss ? Number(maxRss) : undefined,
    cpuSec: user && sys ? Number(user) + Number(sys) : undefined,
    exitStatus: exit ? Number(exit) : undefined,
  };
}

const GNU_TIME = '/usr/bin/time';
const HAVE_GNU_TIME = spawnSync(GNU_TIME, ['-v', 'true'], { stdio: 'ignore' }).status === 0;

async function measure(label, cmd, args, { cwd, timeoutMs }) {
  const timeFile = path.join(WORK, `${label}.time.txt`);
  fs.rmSync(timeFile, { force: true });
  const [file, argv] = HAVE_GNU_TIME ? [GNU_TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const started = performance.now();
  // Its own process group, so a timeout can end the scanner and anything it started.
  const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const keep = (chunks) => (d) => {
    chunks.push(d);
    if (chunks.length > 200) chunks.splice(0, chunks.length - 200);
  };
  const stdout = [];
  const stderr = [];
  child.stdout.on('data', keep(stdout));
  child.stderr.on('data', keep(stderr));
  let polledPeakKb = 0;
  let readSoFar = 0;
  let timedOut = false;
  let killAll;
  const deadline = started + timeoutMs;
  const poller = setInterval(() => {
    const pids = descendants(child.pid);
    let read = 0;
    for (const pid of pids) {
      polledPeakKb = Math.max(polledPeakKb, vmHwmKb(pid) ?? 0);
      if (pid !== child.pid || !HAVE_GNU_TIME) read += readBytes(pid) ?? 0;
    }
    if (read) readSoFar = read;
    if (performance.now() > deadline && !timedOut) {
      timedOut = true;
      // Kill the scanner itself first, so that GNU time still reports its rusage; then the group.
      for (const pid of HAVE_GNU_TIME ? pids.filter((p) => p !== child.pid) : pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // exited meanwhile
        }
      }
      killAll = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // exited meanwhile
        }
      }, 5000);
    }
  }, 100);
  const { code, signal } = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c, s) => resolve({ code: c, signal: s }));
  });
  clearInterval(poller);
  clearTimeout(killAll);
  const wallMs = performance.now() - started;
  const gnu = HAVE_GNU_TIME && fs.existsSync(timeFile) ? parseGnuTime(fs.readFileSync(timeFile, 'utf8')) : {};
  return {
    wallMs,
    timedOut,
    exitCode: gnu.exitStatus ?? code,
    signal,
    // GNU time's figure is exact (getrusage); polling /proc can miss the last 100 ms.
    peakRssKb: gnu.peakRssKb ?? (polledPeakKb || undefined),
    peakRssSource: gnu.peakRssKb ? 'time -v' : polledPeakKb ? '/proc VmHWM poll' : undefined,
    cpuSec: gnu.cpuSec,
    // How far a scanner got: bytes read by the time of the last poll (sources and modules too).
    readBytes: readSoFar || undefined,
    stdout: Buffer.concat(stdout).toString('utf8').slice(-4000),
    stderr: Buffer.concat(stderr).toString('utf8').slice(-4000),
  };
}

// ---------------------------------------------------------------------------------------------
// the two scanners

async function runKeyward(corpus, opts) {
  if (!fs.existsSync(CLI)) throw new BenchError(`${path.relative(process.cwd(), CLI)} is missing: run \`npm run build\` first (npm run bench does)`);
  const out = path.join(WORK, 'keyward.json');
  fs.rmSync(out, { force: true });
  const args = [CLI, 'scan', '.', '--format', 'json', '--output', out];
  if (opts.maxFileSize !== undefined) args.push('--max-file-size', String(opts.maxFileSize));
  log(`\nkeyward: node ${path.relative(REPO, CLI)} ${args.slice(1).join(' ')}   (cwd ${path.relative(REPO, corpus)})`);
  const m = await measure('keyward', process.execPath, args, { cwd: corpus, timeoutMs: opts.timeoutMs });
  const report = readJson(out);
  const ok = !m.timedOut && (m.exitCode === 0 || m.exitCode === 1) && report && Array.isArray(report.findings);
  if (!ok) {
    warn(`keyward failed (exit ${m.exitCode}${m.signal ? `, ${m.signal}` : ''}${m.timedOut ? ', timed out' : ''}):\n${m.stderr || m.stdout}`);
  }
  const findings = (report?.findings ?? []).map((f) => ({
    ruleId: f.ruleId,
    level: f.level,
    path: f.path,
    line: f.start?.line,
    column: f.start?.column,
    masked: f.masked,
    validation: f.validation,
  }));
  const skippedBy = {};
  for (const s of report?.skipped ?? []) skippedBy[s.reason] = (skippedBy[s.reason] ?? 0) + 1;
  return { ...m, ok: !!ok, output: out, findings, skipped: report?.skipped ?? [], skippedBy, stats: report?.stats };
}

async function runSecretlint(corpus, secretlint, opts) {
  // secretlint reads its ignore file's patterns relative to the file's own directory, so it must
  // sit in the corpus root; it lists itself (secretlint would scan it otherwise) and is removed
  // afterwards.
  const ignoreFile = path.join(corpus, '.secretlintignore');
  fs.writeFileSync(ignoreFile, ['/.secretlintignore', ...opts.ignorePaths.map(gitignoreLiteral)].join('\n') + '\n');
  const out = path.join(WORK, 'secretlint.json');
  fs.rmSync(out, { force: true });
  const args = [secretlint.bin, '**/*', '--secretlintrc', secretlint.rc, '--secretlintignore', ignoreFile, '--format', 'json', '--output', out, '--no-color', '--no-terminalLink'];
  log(`\nsecretlint ${secretlint.version}: node ${path.relative(REPO, secretlint.bin)} ${args.slice(1).map((a) => (a.startsWith('/') ? path.relative(REPO, a) : a === '**/*' ? `"${a}"` : a)).join(' ')}   (cwd ${path.relative(REPO, corpus)}; timeout ${fmtSec(opts.timeoutMs)})`);
  let m;
  try {
    m = await measure('secretlint', process.execPath, args, { cwd: corpus, timeoutMs: opts.timeoutMs });
  } finally {
    fs.rmSync(ignoreFile, { force: true });
  }
  // With --output, secretlint exits 0 even when it found something; 2 is a fatal error.
  let results;
  if (!m.timedOut && fs.existsSync(out)) {
    try {
      results = JSON.parse(fs.readFileSync(out, 'utf8'));
    } catch (err) {
      warn(`cannot parse ${out}: ${err.message}`);
    }
  }
  const ok = !m.timedOut && m.exitCode === 0 && Array.isArray(results);
  if (!ok && !m.timedOut) warn(`secretlint failed (exit ${m.exitCode}${m.signal ? `, ${m.signal}` : ''}):\n${m.stderr || m.stdout}`);
  const findings = [];
  const files = [];
  for (const r of results ?? []) {
    const rel = path.relative(corpus, r.filePath).split(path.sep).join('/');
    files.push(rel);
    for (const msg of r.messages ?? []) {
      findings.push({ ruleId: msg.ruleId, messageId: msg.messageId, path: rel, line: msg.loc?.start?.line, column: msg.loc?.start?.column != null ? msg.loc.start.column + 1 : undefined, message: msg.message });
    }
  }
  return { ...m, ok, output: out, findings, files };
}

// ---------------------------------------------------------------------------------------------
// report

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, ri) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ') + (ri === 0 ? '\n' + widths.map((w) => '-'.repeat(w)).join('  ') : '')).join('\n');
}

function setDiff(a, b) {
  const sb = new Set(b);
  return a.filter((x) => !sb.has(x));
}

function countBy(items, key) {
  const m = new Map();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      'skip-secretlint': { type: 'boolean', default: false },
      'skip-keyward': { type: 'boolean', default: false },
      'timeout-min': { type: 'string', default: '30' },
      'max-file-size': { type: 'string' },
      reinstall: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const timeoutMs = Number(values['timeout-min']) * 60_000;
  if (!(timeoutMs > 0)) throw new BenchError('--timeout-min needs a positive number');
  const maxFileSize = values['max-file-size'] !== undefined ? Number(values['max-file-size']) : undefined;
  if (maxFileSize !== undefined && !(Number.isInteger(maxFileSize) && maxFileSize > 0)) throw new BenchError('--max-file-size needs a positive whole number');
  const quick = values.quick;
  const doKeyward = !values['skip-keyward'];
  const doSecretlint = !values['skip-secretlint'];

  fs.mkdirSync(WORK, { recursive: true });
  const loadStart = os.loadavg()[0];
  log(`keyward scan benchmark (${quick ? 'quick' : 'full'}): node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
  if (!HAVE_GNU_TIME) log(`(no ${GNU_TIME}: peak RSS comes from polling /proc/<pid>/status VmHWM; \`apt-get install time\` for exact figures)`);

  const packages = quick ? QUICK_PACKAGES : FULL_PACKAGES;
  const { corpus, marker } = ensureTree(quick ? 'tree-quick' : 'tree', packages, values.reinstall);
  const secretlint = doSecretlint ? ensureSecretlint(values.reinstall) : undefined;
  fs.rmSync(path.join(corpus, '.secretlintignore'), { force: true }); // a leftover from an interrupted run

  const size = du(corpus);
  const survey = surveyCorpus(corpus, maxFileSize ?? KEYWARD_DEFAULT_MAX_FILE_SIZE);
  log(`tree: ${packages.length} top-level packages, ${survey.files} files, du ${fmtMB(size.apparentBytes)} apparent / ${fmtMB(size.diskBytes)} on disk; ` +
    `to scan: ${survey.scanFiles.length} files, ${fmtMB(survey.scanBytes)} (skipped by keyward's rules: ${survey.tooLarge.length} over the size limit, ${survey.binary.length} binary)`);
  if (!quick && size.apparentBytes < 200e6) warn(`the tree is only ${fmtMB(size.apparentBytes)}; the benchmark wants 200+ MB`);

  const kw = doKeyward ? await runKeyward(corpus, { timeoutMs, maxFileSize }) : undefined;
  // secretlint gets exactly the files keyward read: everything keyward skipped is in its ignore
  // file (keyward's own list when it ran, else the same rules applied by surveyCorpus).
  const ignorePaths = kw?.ok
    ? kw.skipped.filter((s) => s.reason !== 'long-lines').map((s) => s.path)
    : [...survey.tooLarge, ...survey.binary];
  const sl = doSecretlint ? await runSecretlint(corpus, secretlint, { timeoutMs, ignorePaths }) : undefined;

  // ---- same files?
  const checks = [];
  if (kw?.ok) {
    // keyward counts the binary files it opened (and dropped after the NUL sniff) in its stats.
    const files = survey.scanFiles.length + survey.binary.length;
    const binaryBytes = kw.stats.bytes - survey.scanBytes;
    const kwSkipped = new Set(kw.skipped.filter((s) => s.reason !== 'long-lines').map((s) => s.path));
    const surveySkipped = [...survey.tooLarge, ...survey.binary];
    const same = kw.stats.files === files && kwSkipped.size === surveySkipped.length && surveySkipped.every((p) => kwSkipped.has(p));
    checks.push(`keyward read ${kw.stats.files} files (${survey.binary.length} of them binary, ${binaryBytes} bytes) and skipped ${kwSkipped.size}; the survey expected ${files} and ${surveySkipped.length}: ${same ? 'same' : 'DIFFERENT'}`);
  }
  let slExtra = [];
  let slMissing = [];
  if (sl?.ok) {
    const expected = kw?.ok ? setDiff(survey.scanFiles.concat(survey.tooLarge, survey.binary), ignorePaths) : survey.scanFiles;
    slExtra = setDiff(sl.files, expected);
    slMissing = setDiff(expected, sl.files);
    checks.push(`secretlint read ${sl.files.length} files; ${slExtra.length} not in keyward's set, ${slMissing.length} of keyward's set not read` +
      (slExtra.length ? ` (extra: ${slExtra.slice(0, 5).join(', ')}${slExtra.length > 5 ? ', ...' : ''})` : '') +
      (slMissing.length ? ` (missing: ${slMissing.slice(0, 5).join(', ')}${slMissing.length > 5 ? ', ...' : ''})` : ''));
  }

  // ---- figures
  // Bytes of text both scanners searched (binary files and files over the limit left out).
  const bytes = survey.scanBytes;
  const num = (x) => (x >= 10 ? x.toFixed(1) : x.toPrecision(2));
  const rate = (r) => (r && r.ok ? num(mb(bytes) / (r.wallMs / 1000)) : r?.timedOut ? `< ${num(mb(bytes) / (r.wallMs / 1000))}` : 'n/a');
  const rows = [['scanner', 'MB scanned', 'wall', 'MB/s', 'CPU', 'peak RSS', 'findings', 'exit']];
  const row = (name, r) => [
    name,
    mb(bytes).toFixed(1),
    r.timedOut ? `> ${fmtSec(r.wallMs)} (timeout)` : fmtSec(r.wallMs),
    rate(r),
    r.cpuSec != null ? `${r.cpuSec.toFixed(1)} s` : 'n/a',
    fmtRss(r.peakRssKb),
    r.ok ? String(r.findings.length) : 'n/a',
    r.timedOut ? 'killed' : String(r.exitCode ?? r.signal),
  ];
  if (kw) rows.push(row('keyward', kw));
  if (sl) rows.push(row(`secretlint ${secretlint.version}`, sl));
  let speedup;
  let cpuSpeedup;
  let speedupBound = false;
  if (kw?.ok && sl && (sl.ok || sl.timedOut)) {
    speedup = sl.wallMs / kw.wallMs;
    if (sl.cpuSec && kw.cpuSec) cpuSpeedup = sl.cpuSec / kw.cpuSec;
    speedupBound = sl.timedOut;
  }
  log('\n' + table(rows));
  log(`MB = 10^6 bytes of file content read; MB/s = that / wall time. Peak RSS from ${kw?.peakRssSource ?? sl?.peakRssSource ?? 'n/a'}.`);
  for (const c of checks) log(`check: ${c}`);
  if (speedup !== undefined) {
    const bound = speedupBound ? 'at least ' : '';
    log(`speed-up: keyward is ${bound}${speedup.toFixed(1)}x faster than secretlint in wall time` +
      (cpuSpeedup ? `, ${bound}${cpuSpeedup.toFixed(1)}x in CPU time` : '') +
      ` (target ${TARGET_SPEEDUP}x in wall time${quick ? '; not enforced on --quick, where start-up dominates' : ''})`);
  }
  if (sl?.timedOut) {
    const got = sl.readBytes ? `; it had read about ${fmtMB(sl.readBytes)} (its own modules included, and at most a few files ahead of its linting) of ${fmtMB(bytes)}, about ${num(mb(sl.readBytes) / (sl.wallMs / 1000))} MB/s` : '';
    log(`secretlint TIMED OUT after ${fmtSec(sl.wallMs)} and was killed${got}; its findings are unknown.`);
  }
  const loadEnd = os.loadavg()[0];
  if (Math.max(loadStart, loadEnd) > os.cpus().length) {
    log(`note: the machine was busy (load average ${loadStart.toFixed(1)} at the start, ${loadEnd.toFixed(1)} at the end, on ${os.cpus().length} CPUs): wall times are inflated; CPU times are the steadier figure.`);
  }

  // ---- findings, for review
  if (kw?.ok) {
    log(`\nkeyward findings (${kw.findings.length}), by rule: ${countBy(kw.findings, (f) => f.ruleId).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
    for (const f of kw.findings) log(`  ${f.ruleId.padEnd(24)} ${f.level.padEnd(7)} ${f.path}:${f.line}:${f.column}  ${f.masked}${f.validation ? ` (${f.validation})` : ''}`);
    if (Object.keys(kw.skippedBy).length) log(`keyward skipped: ${Object.entries(kw.skippedBy).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  }
  if (sl?.ok) {
    log(`\nsecretlint findings (${sl.findings.length}), by rule: ${countBy(sl.findings, (f) => f.ruleId).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
    for (const f of sl.findings) log(`  ${String(f.ruleId).replace('@secretlint/secretlint-rule-', '').padEnd(24)} ${f.path}:${f.line}:${f.column}  ${String(f.message).replace(/\s+/g, ' ').slice(0, 160)}`);
  }
  if (kw?.ok && sl?.ok) {
    const kwFiles = new Set(kw.findings.map((f) => f.path));
    const slFiles = new Set(sl.findings.map((f) => f.path));
    const kwLines = new Set(kw.findings.map((f) => `${f.path}:${f.line}`));
    const onlySl = sl.findings.filter((f) => !kwLines.has(`${f.path}:${f.line}`));
    log(`\noverlap: ${[...slFiles].filter((p) => kwFiles.has(p)).length} file(s) flagged by both; ${kwFiles.size} by keyward, ${slFiles.size} by secretlint`);
    if (onlySl.length) {
      log(`secretlint findings on lines keyward did not flag (${onlySl.length}):`);
      for (const f of onlySl) log(`  ${String(f.ruleId).replace('@secretlint/secretlint-rule-', '')}  ${f.path}:${f.line}`);
    }
  }

  // ---- results.json
  const strip = (r) => r && { ok: r.ok, timedOut: r.timedOut, exitCode: r.exitCode, signal: r.signal, wallMs: Math.round(r.wallMs), cpuSec: r.cpuSec, peakRssKb: r.peakRssKb, peakRssSource: r.peakRssSource, mbPerSec: r.ok ? mb(bytes) / (r.wallMs / 1000) : undefined, findingsCount: r.ok ? r.findings.length : undefined, findings: r.ok ? r.findings : undefined, readBytes: r.readBytes, output: r.output, stderrTail: r.ok ? undefined : r.stderr };
  const results = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: { loadAverage1m: { start: loadStart, end: os.loadavg()[0] }, node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), gnuTime: HAVE_GNU_TIME },
    tree: {
      packages,
      corpus: path.relative(REPO, corpus),
      installedAt: marker.installedAt,
      files: survey.files,
      duApparentBytes: size.apparentBytes,
      duDiskBytes: size.diskBytes,
      symlinks: survey.symlinks,
      scanFiles: survey.scanFiles.length,
      scanBytes: survey.scanBytes,
      tooLarge: survey.tooLarge,
      binary: survey.binary.length,
    },
    bytesScanned: bytes,
    checks,
    keyward: kw && { ...strip(kw), stats: kw.stats, skippedBy: kw.skippedBy },
    secretlint: sl && { version: secretlint.version, ...strip(sl), filesRead: sl.files.length, filesNotInKeywardSet: slExtra.length, keywardFilesNotRead: slMissing.length },
    speedup,
    cpuSpeedup,
    speedupIsLowerBound: speedupBound || undefined,
    targetSpeedup: TARGET_SPEEDUP,
  };
  const resultsFile = path.join(WORK, quick ? 'results-quick.json' : 'results.json');
  fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
  log(`\nwrote ${path.relative(process.cwd(), resultsFile)}`);

  if ((kw && !kw.ok) || (sl && !sl.ok && !sl.timedOut)) return 2;
  if (!quick && speedup !== undefined && speedup < TARGET_SPEEDUP) {
    warn(`keyward is only ${speedup.toFixed(1)}x faster than secretlint; the target is ${TARGET_SPEEDUP}x`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    const usage = String(err?.code).startsWith('ERR_PARSE_ARGS');
    warn(err instanceof BenchError || usage ? err.message + (usage ? ' (--help lists the options)' : '') : err.stack);
    process.exitCode = 2;
  },
);
