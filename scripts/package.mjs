#!/usr/bin/env node
// `npm run package`: the per-platform keyward.vsix. keytar is a native module, so the .vsix is
// built for the host's platform (`vsce package --target linux-x64`, say) and carries
// node_modules/keytar (package.json, lib/keytar.js, build/Release/keytar.node) and nothing else of
// node_modules: .vscodeignore stays deny-by-default and names exactly those files. Afterwards the
// .vsix is opened and its file list checked, so a package without the binary is never mistaken
// for one with it.
//
//   KEYWARD_TARGET=linux-arm64   build for another target (its keytar.node must be in node_modules)
//   --out FILE                   default keyward.vsix
//
// Where keytar did not build (no libsecret), a universal .vsix without it is made instead, with a
// warning: the extension then falls back to VS Code's SecretStorage.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const out = path.resolve(root, outArg > 0 ? process.argv[outArg + 1] : 'keyward.vsix');
export const KEYTAR_FILES = ['node_modules/keytar/package.json', 'node_modules/keytar/lib/keytar.js', 'node_modules/keytar/build/Release/keytar.node'];

/** The vsce target of this machine: <platform>-<arch>, alpine for musl Linux. */
export function hostTarget() {
  const arch = process.arch === 'arm' ? 'armhf' : process.arch;
  if (process.platform === 'linux') {
    const musl = !process.report?.getReport?.().header?.glibcVersionRuntime;
    return `${musl ? 'alpine' : 'linux'}-${arch}`;
  }
  return `${process.platform}-${arch}`;
}

/** Names of the files in a zip (its central directory), without unpacking it. */
export function zipEntries(file) {
  return zipDirectory(file).map((e) => e.name);
}

/** One file of a zip, as text (stored or deflated entries). */
export function zipReadText(file, name) {
  const e = zipDirectory(file).find((x) => x.name === name);
  if (!e) throw new Error(`${file} has no ${name}`);
  const buf = fs.readFileSync(file);
  const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
  const data = buf.subarray(start, start + e.size);
  return (e.method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
}

function zipDirectory(file) {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    entries.push({ name: buf.toString('utf8', at + 46, at + 46 + nameLen), method: buf.readUInt16LE(at + 10), size: buf.readUInt32LE(at + 20), local: buf.readUInt32LE(at + 42) });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function main() {
  const vsce = path.join(root, 'node_modules/.bin/vsce');
  const target = process.env.KEYWARD_TARGET || hostTarget();
  const haveKeytar = KEYTAR_FILES.every((f) => fs.existsSync(path.join(root, f)));
  const args = ['package', '--out', out];
  if (haveKeytar) {
    // Dependencies on (vsce asks npm for the production tree); .vscodeignore keeps keytar's three files only.
    args.push('--target', target);
  } else {
    console.warn(`package: node_modules/keytar/build/Release/keytar.node is missing (keytar did not build: apt-get install libsecret-1-dev, then npm ci).
package: making a universal .vsix WITHOUT the OS keychain; the extension will offer VS Code's SecretStorage instead.`);
    args.push('--no-dependencies');
  }
  execFileSync(vsce, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

  const names = zipEntries(out);
  const modules = names.filter((n) => n.startsWith('extension/node_modules/'));
  const want = haveKeytar ? KEYTAR_FILES.map((f) => `extension/${f}`) : [];
  const missing = want.filter((f) => !names.includes(f));
  const extra = modules.filter((f) => !want.includes(f));
  if (missing.length || extra.length) {
    throw new Error(`package: ${path.basename(out)} is wrong: ${missing.length ? `missing ${missing.join(', ')}` : ''}${extra.length ? ` unexpected ${extra.join(', ')}` : ''}`);
  }
  const manifest = zipReadText(out, 'extension.vsixmanifest');
  if (haveKeytar && !manifest.includes(`TargetPlatform="${target}"`)) throw new Error(`package: ${out} is not marked for ${target}`);
  console.log(`package: ${path.relative(process.cwd(), out)} (${haveKeytar ? `target ${target}, with keytar` : 'universal, without keytar'}; ${names.length} files)`);
  for (const n of names) console.log(`  ${n}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
