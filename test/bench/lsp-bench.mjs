#!/usr/bin/env node
// Language server benchmarks (run after `npm run build`):
//   1. edit → diagnostics latency on a 5,000-line file: ~100 incremental edits, each timed from
//      didChange to the publishDiagnostics of that version (debounce included); p50/p95.
//   2. a workspace scan of 10,000 generated files via keyward/scanWorkspace: time, and the
//      server's memory after it (VmRSS, VmHWM from /proc/<pid>/status).
// Floors (issue 3): p95 ≤ 250 ms per edit; RSS ≤ 150 MB after the scan.
// Flags: --edits N (default 100), --files N (default 10000), --keep (keep the generated tree).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const EDITS = arg('--edits', 100);
const FILES = arg('--files', 10000);
const KEEP = process.argv.includes('--keep');

// Deterministic fake tokens (shape only; the checksum does not verify, which is still reported).
let seed = 0x5eed;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const fakeToken = () => 'ghp_' + Array.from({ length: 36 }, () => B62[Math.floor(rnd() * 62)]).join('');

function codeLine(i) {
  const kinds = [
    `  const value${i} = computeSomething(${i}, "label-${i}", options.timeout);`,
    `  if (result${i % 97}.status !== 200) { logger.warn("request ${i} failed", { retry: ${i % 5} }); }`,
    `  // ${'comment text '.repeat(4)}${i}`,
    `  items.push({ id: ${i}, name: "item-${i}", tags: ["a", "b", "c"], enabled: ${i % 2 === 0} });`,
    `  const url${i} = \`https://api.example.com/v1/resources/\${id}/children?page=${i}\`;`,
  ];
  return kinds[i % kinds.length];
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function memory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
}

function startServer(rootPath, initializationOptions) {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const listeners = new Set();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    for (const l of listeners) l(p);
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('$/progress', () => {});
  conn.onNotification('window/logMessage', () => {});
  conn.onNotification('keyward/findingCount', () => {});
  conn.listen();
  const ready = conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: rootPath ? pathToFileURL(rootPath).href : null,
    workspaceFolders: rootPath ? [{ uri: pathToFileURL(rootPath).href, name: 'bench' }] : null,
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: { scanOnStartup: false, ...initializationOptions },
  }).then(() => conn.sendNotification('initialized', {}));
  const stop = async () => {
    await conn.sendRequest('shutdown').catch(() => {});
    await conn.sendNotification('exit').catch(() => {});
    await new Promise((r) => (proc.exitCode !== null ? r() : proc.once('exit', r)));
    conn.dispose();
  };
  return { proc, conn, listeners, ready, stop };
}

function nextDiagnostics(server, uri, version, deadlineMs = 5000) {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      server.listeners.delete(l);
      reject(new Error(`no diagnostics for version ${version} within ${deadlineMs} ms`));
    }, deadlineMs);
    const l = (p) => {
      if (p.uri === uri && (version === undefined || p.version === version)) {
        clearTimeout(t);
        server.listeners.delete(l);
        resolve(p);
      }
    };
    server.listeners.add(l);
  });
}

async function editLatency() {
  const server = startServer(undefined, {});
  await server.ready;
  const lines = Array.from({ length: 5000 }, (_, i) => codeLine(i));
  lines[2500] = `  const githubToken = "${fakeToken()}";`;
  const uri = 'untitled:bench-5000.js';
  const opened = nextDiagnostics(server, uri, 1);
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: lines.join('\n') + '\n' } });
  const first = await opened;
  if (first.diagnostics.length !== 1) throw new Error(`expected 1 diagnostic, got ${first.diagnostics.length}`);
  const times = [];
  let version = 1;
  let tokenLine = -1;
  for (let i = 0; i < EDITS; i++) {
    version++;
    let change;
    let expected;
    if (i % 10 === 3) {
      // paste a token on a fresh line
      tokenLine = 100 + ((i * 37) % 4000);
      change = { range: { start: { line: tokenLine, character: 0 }, end: { line: tokenLine, character: 0 } }, text: `  const pasted = "${fakeToken()}";\n` };
      expected = 2;
    } else if (i % 10 === 4 && tokenLine >= 0) {
      change = { range: { start: { line: tokenLine, character: 0 }, end: { line: tokenLine + 1, character: 0 } }, text: '' };
      tokenLine = -1;
      expected = 1;
    } else {
      // type one character somewhere
      const line = (i * 911) % 4900;
      change = { range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: 'x' };
    }
    const got = nextDiagnostics(server, uri, version);
    const t0 = performance.now();
    await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const p = await got;
    times.push(performance.now() - t0);
    if (expected !== undefined && p.diagnostics.length !== expected) throw new Error(`edit ${i}: expected ${expected} diagnostics, got ${p.diagnostics.length}`);
  }
  await server.stop();
  times.sort((a, b) => a - b);
  return { edits: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}

function generateTree(n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-lsp-bench-'));
  let withTokens = 0;
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `pkg${i % 50}`, `mod${Math.floor(i / 50) % 20}`);
    if (i % 1000 === 0 || !fs.existsSync(sub)) fs.mkdirSync(sub, { recursive: true });
    const body = Array.from({ length: 40 }, (_, k) => codeLine(i * 40 + k));
    if (i % 100 === 7) {
      body[20] = `  const githubToken = "${fakeToken()}";`;
      withTokens++;
    }
    fs.writeFileSync(path.join(sub, `file${i}.js`), `function f${i}(options) {\n${body.join('\n')}\n}\n`);
  }
  return { dir, withTokens };
}

async function workspaceScan() {
  const t0 = performance.now();
  const { dir, withTokens } = generateTree(FILES);
  const genMs = performance.now() - t0;
  const server = startServer(dir, {});
  await server.ready;
  const before = memory(server.proc.pid);
  const s0 = performance.now();
  const r = await server.conn.sendRequest('keyward/scanWorkspace', {});
  const ms = performance.now() - s0;
  const after = memory(server.proc.pid);
  await server.stop();
  if (!KEEP) fs.rmSync(dir, { recursive: true, force: true });
  return { files: r.files, findings: r.findings, expected: withTokens, ms, genMs, before, after };
}

const fmt = (n) => n.toFixed(1);
const lat = await editLatency();
console.log(`edit → diagnostics, 5,000-line file, ${lat.edits} edits: p50 ${fmt(lat.p50)} ms, p95 ${fmt(lat.p95)} ms, max ${fmt(lat.max)} ms (floor p95 ≤ 250 ms: ${lat.p95 <= 250 ? 'ok' : 'OVER'})`);
const ws = await workspaceScan();
console.log(`workspace scan, ${ws.files} files (${ws.findings} findings, ${ws.expected} planted; generated in ${fmt(ws.genMs)} ms): ${fmt(ws.ms)} ms`);
console.log(`server memory: before scan RSS ${fmt(ws.before.rssMB)} MB; after scan RSS ${fmt(ws.after.rssMB)} MB, peak (VmHWM) ${fmt(ws.after.hwmMB)} MB (floor RSS ≤ 150 MB: ${ws.after.rssMB <= 150 ? 'ok' : 'OVER'})`);
if (lat.p95 > 250 || ws.after.rssMB > 150) process.exitCode = 1;
