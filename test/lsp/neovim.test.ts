/**
 * A second real LSP client no one here wrote: Neovim's built-in one (Debian's neovim 0.7,
 * headless) starts `node dist/server.js --stdio`, opens a file with a fake token and must receive
 * Keyward's diagnostics. Skipped, saying why, when `nvim` is not installed (CI: apt-get install neovim).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checksummed } from '../unit/fakes.ts';
import { SERVER } from './client.ts';

const hasNvim = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;

test('Neovim receives the diagnostics', { skip: hasNvim ? false : 'nvim is not on PATH (apt-get install -y neovim to run this check)' }, async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-nvim-'));
  const token = checksummed('ghp_');
  const file = path.join(root, 'config.js');
  fs.writeFileSync(file, `const githubToken = "${token}";\n`);
  const out = path.join(root, 'diagnostics.json');
  const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '--noplugin', '-u', path.join(__dirname, 'nvim-init.lua')], {
    env: { ...process.env, KEYWARD_SERVER: SERVER, KEYWARD_ROOT: root, KEYWARD_FILE: file, KEYWARD_OUT: out },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => {
    const t = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', (c) => {
      clearTimeout(t);
      resolve(c);
    });
  });
  assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${code}): ${stderr}`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { ok: boolean; diagnostics: { source: string; code: string; message: string; lnum: number }[] };
  assert.equal(result.ok, true, JSON.stringify(result));
  const d = result.diagnostics.find((x) => x.code === 'github-pat');
  assert.ok(d, JSON.stringify(result));
  assert.equal(d.source, 'keyward');
  assert.equal(d.lnum, 0);
  assert.ok(!d.message.includes(token), 'the value never reaches the editor');
});
