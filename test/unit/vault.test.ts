/**
 * The vault's core: the store contract (on the memory store and the .env store), the .env file's
 * quoting, gitignore checks and file mode, and keyward.json parsing with line/column errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MemoryStore } from '../../core/vault/memory.ts';
import { EnvFileStore, isIgnored, parseEnvValue, quoteEnvValue } from '../../core/vault/envfile.ts';
import {
  checkManifest,
  formatRef,
  GENERATE_ALPHABETS,
  GENERATE_MAX_LENGTH,
  GENERATE_MIN_LENGTH,
  LEGACY_STRATEGIES,
  MANIFEST_FILE,
  ManifestError,
  newManifest,
  parseManifest,
  parseRef,
  PREFIX_PATTERN,
  ROTATION_STRATEGIES,
  serializeManifest,
  withToken,
  withoutToken,
} from '../../core/vault/manifest.ts';
import { VaultUnavailableError, type SecretStore } from '../../core/vault/store.ts';
import { rand, rng } from './fakes.ts';

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'keyward-vault-'));
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The store contract, for any store. */
async function contract(store: SecretStore): Promise<void> {
  assert.deepEqual(await store.available(), { ok: true });
  assert.equal(await store.get('MISSING'), undefined);
  await store.set('B_TOKEN', 'value-b');
  await store.set('A_TOKEN', 'value a with spaces');
  assert.equal(await store.get('A_TOKEN'), 'value a with spaces');
  await store.set('A_TOKEN', 'replaced');
  assert.equal(await store.get('A_TOKEN'), 'replaced');
  const listed = await store.list();
  assert.deepEqual(
    listed.map((i) => i.name),
    ['A_TOKEN', 'B_TOKEN'],
  );
  assert.ok(!JSON.stringify(listed).includes('replaced') && !JSON.stringify(listed).includes('value-b'), 'list() carries no values');
  assert.equal(await store.delete('A_TOKEN'), true);
  assert.equal(await store.delete('A_TOKEN'), false);
  assert.equal(await store.get('A_TOKEN'), undefined);
  await assert.rejects(store.set('not a name', 'x'), /not a valid token name/);
}

test('memory store: the store contract', async () => {
  await contract(new MemoryStore());
});

test('memory store: failNext makes one operation fail like an unreachable store', async () => {
  const s = new MemoryStore({ X: 'v' });
  s.failNext = 'simulated outage';
  await assert.rejects(s.get('X'), (err: unknown) => err instanceof VaultUnavailableError && /simulated outage/.test((err as Error).message));
  assert.equal(await s.get('X'), 'v');
});

test('invalid names are reported masked, so a value typed as a name is not echoed', async () => {
  const s = new MemoryStore();
  const value = `sk-live-${rand(30)}`;
  await assert.rejects(s.set(value, 'x'), (err: Error) => !err.message.includes(value.slice(4)) && /sk-l… \(38 characters\)/.test(err.message));
});

test('.env store: the store contract, outside git', async () => {
  const dir = tmpdir();
  await contract(new EnvFileStore(path.join(dir, '.env')));
});

test('.env quoting round-trips any value', () => {
  const samples = ['plain', 'with space', "it's", 'say "hi"', 'a#b', 'a #b', '$HOME', '${X}', 'back\\slash', 'multi\nline', 'cr\r\n', "both ' and \"\n", ' lead', 'trail ', 'tab\tx', 'ünïcødé 🔑', '=', 'a=b=c'];
  const random = rng(7);
  const alphabet = 'ab $"\'\\#=\n\r\t{}`é🔑';
  for (let i = 0; i < 300; i++) samples.push(Array.from({ length: 1 + Math.floor(random() * 12) }, () => [...alphabet][Math.floor(random() * [...alphabet].length)]).join(''));
  for (const v of samples) {
    const quoted = quoteEnvValue(v);
    assert.ok(!/[\r\n]/.test(quoted), `one line for ${JSON.stringify(v)}`);
    assert.equal(parseEnvValue(quoted), v, `round trip of ${JSON.stringify(v)} via ${quoted}`);
  }
});

test('.env store keeps other lines and comments, replaces in place, writes mode 0600', async () => {
  const dir = tmpdir();
  const file = path.join(dir, '.env');
  const original = '# app settings\nPORT=3000\n\nexport API_TOKEN=old # rotated monthly\nDEBUG="true"\n';
  fs.writeFileSync(file, original, { mode: 0o644 });
  fs.writeFileSync(path.join(dir, '.gitignore'), '.env\n');
  const s = new EnvFileStore(file);
  assert.equal(await s.get('API_TOKEN'), 'old');
  assert.equal(await s.get('DEBUG'), 'true');
  await s.set('API_TOKEN', 'new value #1');
  await s.set('OTHER', 'x');
  assert.equal(fs.readFileSync(file, 'utf8'), "# app settings\nPORT=3000\n\nexport API_TOKEN='new value #1'\nDEBUG=\"true\"\nOTHER=x\n");
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  assert.equal(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), '.env\n', 'already ignored: .gitignore untouched');
  await s.delete('PORT');
  assert.equal(fs.readFileSync(file, 'utf8'), "# app settings\n\nexport API_TOKEN='new value #1'\nDEBUG=\"true\"\nOTHER=x\n");
  assert.deepEqual(fs.readdirSync(dir).sort(), ['.env', '.gitignore'], 'no temporary files left');
});

test('.env store outside git: adds the file to .gitignore when it is not ignored', async () => {
  const dir = tmpdir();
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n');
  const s = new EnvFileStore(path.join(dir, 'secrets.env'));
  assert.equal(await isIgnored(s.file), false);
  await s.set('K', 'v');
  assert.equal(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), 'node_modules\n# secrets stored by keyward\n/secrets.env\n');
  assert.equal(await isIgnored(s.file), true);
});

test('.env store in a git repository: asks git (check-ignore), which sees ignore rules from anywhere', async () => {
  const repo = tmpdir();
  git(repo, 'init', '-q');
  fs.mkdirSync(path.join(repo, 'app'));
  // Ignored by a rule in the parent directory's .gitignore: reading app/.gitignore alone would miss it.
  fs.writeFileSync(path.join(repo, '.gitignore'), 'prod.env\n');
  const ignoredByParent = new EnvFileStore(path.join(repo, 'app', 'prod.env'));
  assert.equal(await ignoredByParent.ensureIgnored(), 'ignored');
  assert.ok(!fs.existsSync(path.join(repo, 'app', '.gitignore')));

  const notIgnored = new EnvFileStore(path.join(repo, 'app', '.env'));
  await notIgnored.set('K', 'v');
  assert.match(fs.readFileSync(path.join(repo, 'app', '.gitignore'), 'utf8'), /^\/\.env$/m);
  assert.equal(git(repo, 'status', '--porcelain', '--untracked-files=all').includes('app/.env'), false, 'git does not see the .env file');
});

test('.env store refuses to write secrets into a file git already tracks', async () => {
  const repo = tmpdir();
  git(repo, 'init', '-q');
  fs.writeFileSync(path.join(repo, '.env'), 'PORT=1\n');
  git(repo, 'add', '.env');
  const s = new EnvFileStore(path.join(repo, '.env'));
  await assert.rejects(s.set('SECRET', 'do-not-write-me'), (err: Error) => err instanceof VaultUnavailableError && /git rm --cached \.env/.test(err.message) && !err.message.includes('do-not-write-me'));
  assert.equal(fs.readFileSync(path.join(repo, '.env'), 'utf8'), 'PORT=1\n', 'the tracked file was not written');
});

// ---------------------------------------------------------------------------------------------
// keyward.json

const GOOD = `{
  "project": "orders-api",
  "tokens": {
    "STRIPE_SECRET_KEY": {
      "ref": "keyward://keychain/orders-api/STRIPE_SECRET_KEY",
      "provider": "Stripe",
      "scopes": ["charges:write"],
      "environment": "production",
      "rotation": { "rotateEveryDays": 90, "strategy": "manual" },
      "createdAt": "2026-11-01T10:00:00.000Z"
    }
  }
}
`;

test('references: parseRef and formatRef', () => {
  const r = parseRef('keyward://keychain/orders-api/STRIPE_SECRET_KEY');
  assert.deepEqual(r, { store: 'keychain', project: 'orders-api', name: 'STRIPE_SECRET_KEY' });
  assert.equal(formatRef(r), 'keyward://keychain/orders-api/STRIPE_SECRET_KEY');
  assert.deepEqual(parseRef('keyward://env-file/p.x_1/A'), { store: 'env-file', project: 'p.x_1', name: 'A' });
  assert.throws(() => parseRef('keyward://dropbox/p/A'), /unknown store 'dropbox'/);
  assert.throws(() => parseRef('keyward://keychain/p/A/B'), /not a keyward reference/);
  assert.throws(() => parseRef('keyward://keychain/p/1A'), /not a valid token name/);
  const pasted = `ghp_${rand(36)}`;
  assert.throws(() => parseRef(pasted), (err: Error) => !err.message.includes(pasted.slice(4)));
});

test('a valid manifest parses, and serialises stably', () => {
  const m = parseManifest(GOOD);
  assert.equal(m.project, 'orders-api');
  assert.equal(m.tokens.STRIPE_SECRET_KEY!.rotation!.rotateEveryDays, 90);
  assert.equal(serializeManifest(m), GOOD.replace('"scopes": ["charges:write"]', '"scopes": [\n        "charges:write"\n      ]').replace('"rotation": { "rotateEveryDays": 90, "strategy": "manual" }', '"rotation": {\n        "rotateEveryDays": 90,\n        "strategy": "manual"\n      }'));
  assert.equal(serializeManifest(parseManifest(serializeManifest(m))), serializeManifest(m), 'idempotent');
  // Tokens come out sorted whatever order they were added in.
  let n = newManifest('p');
  for (const name of ['ZED', 'ALPHA', 'MID']) n = withToken(n, name, { ref: `keyward://keychain/p/${name}` });
  assert.deepEqual(Object.keys(JSON.parse(serializeManifest(n)).tokens), ['ALPHA', 'MID', 'ZED']);
  assert.deepEqual(Object.keys(withoutToken(n, 'MID').tokens).sort(), ['ALPHA', 'ZED']);
  assert.ok(!('store' in JSON.parse(serializeManifest(newManifest('p', 'keychain')))));
  assert.equal(JSON.parse(serializeManifest(newManifest('p', 'env-file'))).store, 'env-file');
});

test('withToken keeps the original createdAt when the value is replaced', () => {
  let m = withToken(newManifest('p'), 'A', { ref: 'keyward://keychain/p/A', createdAt: '2026-01-01T00:00:00.000Z' });
  m = withToken(m, 'A', { ref: 'keyward://keychain/p/A', provider: 'X' });
  assert.equal(m.tokens.A!.createdAt, '2026-01-01T00:00:00.000Z');
  assert.equal(m.tokens.A!.provider, 'X');
});

function errorOf(text: string): ManifestError {
  try {
    parseManifest(text);
  } catch (err) {
    assert.ok(err instanceof ManifestError, `a ManifestError, got ${(err as Error).message}`);
    return err;
  }
  assert.fail('expected an error');
}

test('syntax errors carry line and column, and never quote the text', () => {
  const secret = `sk_live_${rand(24)}`;
  const cases: [string, number, number, RegExp][] = [
    ['{\n  "project": "p",\n  "tokens": {},\n}\n', 4, 1, /property name/],
    ['{\n  "project": "p"\n  "tokens": {}\n}', 3, 3, /',' or '}'/],
    ['{\n  "project": "p",\n  "tokens": {\n', 4, 1, /property name or '}'/],
    [`{\n  "project": "p",\n  "tokens": { "A": { "ref": tru } }\n}`, 3, 32, /unexpected ' '/],
    [`{\n  "project": "p", "tokens": { "A": { "ref": "keyward://keychain/p/A", "value": ${secret} } }\n}`, 2, 80, /unexpected/i],
  ];
  for (const [text, line, column, re] of cases) {
    const e = errorOf(text);
    assert.deepEqual([e.position.line, e.position.column], [line, column], `${JSON.stringify(text)}: ${e.message}`);
    assert.match(e.problem, re);
    assert.match(e.message, new RegExp(`^keyward\\.json:${line}:${column}: `));
    assert.ok(!e.message.includes(secret.slice(3)), 'no excerpt of the text');
  }
});

test('shape errors carry the path, line and column of the offending key or value', () => {
  const text = `{
  "project": "orders-api",
  "tokens": {
    "OK": { "ref": "keyward://keychain/orders-api/OK" },
    "BAD_REF": { "ref": "https://example.com/x" },
    "NO_REF": { "provider": "X" },
    "BAD_ROT": { "ref": "keyward://keychain/orders-api/BAD_ROT", "rotation": { "rotateEveryDays": -1 } },
    "1BAD": { "ref": "keyward://keychain/orders-api/X" }
  }
}`;
  const { errors } = checkManifest(text);
  const got = errors.map((e) => `${e.path}@${e.position.line}:${e.position.column}`);
  assert.deepEqual(got, ['tokens.BAD_REF.ref@5:25', 'tokens.NO_REF@6:5', 'tokens.BAD_ROT.rotation.rotateEveryDays@7:99', 'tokens.1BAD@8:5']);
  assert.match(errors[0]!.message, /^keyward\.json:5:25: tokens\.BAD_REF\.ref: 'http… \(21 characters\)' is not a keyward reference/);
  assert.throws(() => parseManifest(text), /keyward\.json:5:25/);
});

test('a "value" in the manifest is refused with a clear error that does not repeat it', () => {
  const secret = `ghp_${rand(36)}`;
  const text = `{\n  "project": "p",\n  "tokens": {\n    "GH": {\n      "ref": "keyward://keychain/p/GH",\n      "value": "${secret}"\n    }\n  }\n}\n`;
  const e = errorOf(text);
  assert.equal(e.path, 'tokens.GH.value');
  assert.deepEqual([e.position.line, e.position.column], [6, 7]);
  assert.match(e.message, /never holds a value: remove "value" and store the value with 'keyward set'/);
  assert.ok(!e.message.includes(secret.slice(4)));
  // A bare value in place of the entry object is refused too.
  const bare = errorOf(`{"project":"p","tokens":{"GH":"${secret}"}}`);
  assert.match(bare.message, /never holds a value/);
  assert.ok(!bare.message.includes(secret.slice(4)));
});

test('other shape problems: project, store, unknown keys, duplicates, non-object', () => {
  assert.match(errorOf('[]').message, /expected an object/);
  assert.match(errorOf('{"tokens":{}}').message, /"project" must be a string/);
  assert.match(errorOf('{"project":"has space"}').message, /project name/);
  assert.match(errorOf('{"project":"p","store":"s3"}').message, /store must be "keychain" or "env-file"/);
  assert.match(errorOf('{"project":"p","tokenz":{}}').message, /unknown key "tokenz"/);
  assert.match(errorOf('{"project":"p","tokens":{"A":{"ref":"keyward://keychain/p/A","scope":["x"]}}}').message, /unknown key "scope"/);
  const dup = errorOf('{"project":"p","tokens":{\n"A":{"ref":"keyward://keychain/p/A"},\n"A":{"ref":"keyward://keychain/p/A"}}}');
  assert.equal(dup.path, 'tokens.A');
  assert.deepEqual([dup.position.line, dup.position.column], [3, 1]);
  assert.match(dup.message, /duplicate key/);
  assert.deepEqual(parseManifest('\ufeff{"project":"p"}').tokens, {}, 'a BOM and missing tokens are fine');
});

test('the JSON Schema describes the same keys the parser accepts', () => {
  const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../media/keyward.schema.json'), 'utf8'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'envFile', 'project', 'store', 'tokens']);
  assert.deepEqual(Object.keys(schema.definitions.token.properties).sort(), ['createdAt', 'description', 'environment', 'provider', 'ref', 'rotatedAt', 'rotation', 'scopes']);
  const rotation = schema.definitions.token.properties.rotation;
  assert.deepEqual(Object.keys(rotation.properties).sort(), ['command', 'expiresAt', 'generate', 'graceDays', 'rotateEveryDays', 'strategy']);
  assert.deepEqual(rotation.properties.strategy.enum, [...ROTATION_STRATEGIES, ...Object.keys(LEGACY_STRATEGIES)]);
  assert.deepEqual(rotation.properties.generate.properties.alphabet.enum, [...GENERATE_ALPHABETS]);
  assert.equal(rotation.properties.generate.properties.length.minimum, GENERATE_MIN_LENGTH);
  assert.equal(rotation.properties.generate.properties.length.maximum, GENERATE_MAX_LENGTH);
  assert.equal(new RegExp(rotation.properties.generate.properties.prefix.pattern).source, PREFIX_PATTERN.source);
  const refPattern = new RegExp(schema.definitions.token.properties.ref.pattern);
  assert.ok(refPattern.test('keyward://keychain/orders-api/STRIPE_SECRET_KEY'));
  assert.ok(!refPattern.test('keyward://keychain/orders-api/STRIPE SECRET'));
  assert.equal(MANIFEST_FILE, 'keyward.json');
});
