/**
 * The masking filter of `keyward run`: every injected value is masked however the child's output
 * is chunked. The reference result is a plain whole-text replacement (longest value first); the
 * masker must produce exactly that for every split of the input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { MASK, Masker, MaskingStream, maskText, type MaskSecret } from '../../core/vault/mask.ts';
import { rng } from './fakes.ts';

/** Whole-text reference: at each position the longest matching value is replaced. */
function reference(text: string, secrets: readonly MaskSecret[], named = false): string {
  const buf = Buffer.from(text, 'utf8');
  const needles = secrets.filter((s) => s.value).map((s) => ({ b: Buffer.from(s.value), r: named ? `<${s.name}:masked>` : MASK })).sort((a, b) => b.b.length - a.b.length);
  const out: Buffer[] = [];
  let i = 0;
  let from = 0;
  while (i < buf.length) {
    const n = needles.find((n) => i + n.b.length <= buf.length && buf.subarray(i, i + n.b.length).equals(n.b));
    if (n) {
      out.push(buf.subarray(from, i), Buffer.from(n.r));
      i += n.b.length;
      from = i;
    } else i++;
  }
  out.push(buf.subarray(from));
  return Buffer.concat(out).toString('utf8');
}

/** Runs bytes through a masker in the given chunks; returns the output bytes. */
function run(chunks: Buffer[], secrets: readonly MaskSecret[], named = false): Buffer {
  const m = new Masker(secrets, named ? 'named' : 'stars');
  const out = chunks.map((c) => m.push(c));
  out.push(m.end());
  return Buffer.concat(out);
}

function splitAt(buf: Buffer, cuts: number[]): Buffer[] {
  const points = [0, ...cuts, buf.length];
  return points.slice(1).map((end, k) => buf.subarray(points[k]!, end));
}

test('a value split at every byte boundary, in two chunks, is masked', () => {
  const value = 'sk_live_51HxQ2eZvKYlo2C9a8bB';
  const secrets = [{ name: 'STRIPE', value }];
  const text = Buffer.from(`charging with ${value} now\n`);
  const expected = `charging with ${MASK} now\n`;
  for (let cut = 0; cut <= text.length; cut++) {
    assert.equal(run(splitAt(text, [cut]), secrets).toString(), expected, `cut at ${cut}`);
  }
});

test('a value split into single bytes, and at every pair of boundaries, is masked', () => {
  const value = 'ghp_abcdefghij';
  const secrets = [{ name: 'GH', value }];
  const text = Buffer.from(`[${value}]`);
  assert.equal(run([...text].map((b) => Buffer.from([b])), secrets).toString(), `[${MASK}]`);
  for (let a = 0; a <= text.length; a++) {
    for (let b = a; b <= text.length; b++) {
      assert.equal(run(splitAt(text, [a, b]), secrets).toString(), `[${MASK}]`, `cuts ${a},${b}`);
    }
  }
});

test('several values at once, with overlapping prefixes: the longest match wins, at every boundary', () => {
  const secrets: MaskSecret[] = [
    { name: 'SHORT', value: 'abc' },
    { name: 'LONG', value: 'abcdef' },
    { name: 'OTHER', value: 'xyzzy' },
    { name: 'SELF', value: 'aab' }, // overlaps itself: "aaab" holds "aab" at offset 1
  ];
  const text = Buffer.from('abcdef abcdeX abc aaab xyzzyabc abcabcdef');
  const expected = reference(text.toString(), secrets);
  assert.equal(expected, '***** *****deX ***** a***** ********** **********');
  for (let cut = 0; cut <= text.length; cut++) {
    assert.equal(run(splitAt(text, [cut]), secrets).toString(), expected, `cut at ${cut}`);
  }
  for (let a = 0; a <= text.length; a += 3) {
    for (let b = a; b <= text.length; b++) assert.equal(run(splitAt(text, [a, b]), secrets).toString(), expected, `cuts ${a},${b}`);
  }
});

test('multibyte UTF-8 values and text: split inside a character, output bytes intact', () => {
  const secrets: MaskSecret[] = [
    { name: 'EMOJI', value: 'p🔑ss-wörd' },
    { name: 'CJK', value: '秘密のトークン' },
  ];
  const text = Buffer.from('héllo p🔑ss-wörd — 秘密のトークン ünd p🔑ss (not the value) 🔑\n');
  const expected = 'héllo ***** — ***** ünd p🔑ss (not the value) 🔑\n';
  for (let cut = 0; cut <= text.length; cut++) {
    const out = run(splitAt(text, [cut]), secrets);
    assert.equal(out.toString(), expected, `cut at ${cut}`);
  }
  // One byte at a time through everything.
  assert.equal(run([...text].map((b) => Buffer.from([b])), secrets).toString(), expected);
});

test('named style says which value was masked', () => {
  const secrets = [{ name: 'API_KEY', value: 's3cr3t-v4lue' }];
  assert.equal(maskText('key=s3cr3t-v4lue;', secrets, 'named'), 'key=<API_KEY:masked>;');
});

test('random values and random chunkings agree with the whole-text reference', () => {
  const random = rng(42);
  const alphabet = 'aab€c';
  const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  for (let round = 0; round < 300; round++) {
    const secrets = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, k) => ({ name: `S${k}`, value: pick(1 + Math.floor(random() * 5)) }));
    const text = Buffer.from(pick(40));
    const cuts = Array.from({ length: Math.floor(random() * 6) }, () => Math.floor(random() * (text.length + 1))).sort((a, b) => a - b);
    const named = round % 2 === 1;
    assert.equal(run(splitAt(text, cuts), secrets, named).toString(), reference(text.toString(), secrets, named), `round ${round}`);
  }
});

test('holds back only a tail that could still become a value, and releases it at the end', () => {
  const m = new Masker([{ name: 'A', value: 'secret123' }]);
  assert.equal(m.push('prompt> ').toString(), 'prompt> ', 'nothing that could start a value is held');
  assert.equal(m.push('sec').toString(), '');
  assert.equal(m.pending, 3);
  assert.equal(m.push('ond').toString(), 'second');
  assert.equal(m.pending, 0);
  assert.equal(m.push('secret12').toString(), '');
  assert.ok(m.pending <= m.maxLength - 1);
  assert.equal(m.end().toString(), 'secret12', 'an incomplete value at the end is not a value');
});

test('empty and duplicate values are ignored; no values means a pass-through', () => {
  assert.equal(maskText('abc', [{ name: 'E', value: '' }]), 'abc');
  assert.equal(maskText('xx', [{ name: 'A', value: 'x' }, { name: 'B', value: 'x' }]), '**********');
  const m = new Masker([]);
  const chunk = Buffer.from('anything');
  assert.equal(m.push(chunk), chunk);
});

test('MaskingStream masks through a pipe and flushes at the end', async () => {
  const value = 'tok_0123456789';
  const src = new PassThrough();
  const masker = new MaskingStream([{ name: 'T', value }]);
  const chunks: Buffer[] = [];
  masker.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => masker.on('end', r));
  src.pipe(masker);
  src.write('a tok_01234');
  src.write('56789 b tok_');
  src.end();
  await done;
  assert.equal(Buffer.concat(chunks).toString(), `a ${MASK} b tok_`);
});
