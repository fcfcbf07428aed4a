/**
 * The Token Explorer's model: the project → environment → token tree from keyward.json, what
 * each token shows (provider, scopes, age, expiry, rotation state, exposure, references), where
 * the workspace reads a token, rotation notices at most once a day, findings grouped by file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildTree,
  allTokens,
  findReferences,
  findToken,
  groupFindings,
  needingRotation,
  noticeDue,
  noticeText,
  parentOf,
  presentEnvironment,
  presentProject,
  presentToken,
  referencesIn,
  leakKey,
  newLeaks,
  type LeakSighting,
  type RotationInfo,
  type RotationStatusFn,
} from '../../core/vault/explorer.ts';
import type { Manifest, TokenEntry } from '../../core/vault/manifest.ts';
import { rotationStatus } from '../../core/vault/rotation.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const DAY = 86_400_000;
const ago = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();

/** A stand-in for rotation.ts's rotationStatus: rotateEveryDays from createdAt; expiresAt. */
const status: RotationStatusFn = (entry: TokenEntry, now: Date): RotationInfo => {
  const r = entry.rotation;
  const created = entry.createdAt ? Date.parse(entry.createdAt) : now.getTime();
  if (r?.expiresAt && Date.parse(r.expiresAt) <= now.getTime()) return { state: 'expired', expiresAt: r.expiresAt };
  if (!r?.rotateEveryDays) return { state: 'no-policy' };
  const dueAt = created + r.rotateEveryDays * DAY;
  const state = now.getTime() > dueAt + 7 * DAY ? 'overdue' : now.getTime() >= dueAt - 7 * DAY ? 'due' : 'ok';
  return { state, dueAt: new Date(dueAt).toISOString(), ...(r.expiresAt ? { expiresAt: r.expiresAt } : {}) };
};

const manifest: Manifest = {
  project: 'orders-api',
  tokens: {
    STRIPE_SECRET_KEY: {
      ref: 'keyward://keychain/orders-api/STRIPE_SECRET_KEY', provider: 'Stripe', scopes: ['charges:write', 'refunds:write'],
      environment: 'production', rotation: { rotateEveryDays: 90, expiresAt: '2027-06-01' }, createdAt: ago(12),
    },
    GITHUB_TOKEN: { ref: 'keyward://keychain/orders-api/GITHUB_TOKEN', provider: 'GitHub', scopes: ['repo'], environment: 'ci', rotation: { rotateEveryDays: 30 }, createdAt: ago(45) },
    WEBHOOK_SECRET: { ref: 'keyward://env-file/orders-api/WEBHOOK_SECRET', createdAt: ago(0) },
    OLD_KEY: { ref: 'keyward://keychain/orders-api/OLD_KEY', environment: 'production', rotation: { expiresAt: '2026-11-01' }, createdAt: ago(200) },
    NPM_TOKEN: { ref: 'keyward://keychain/orders-api/NPM_TOKEN', provider: 'npm', environment: 'ci', rotation: { rotateEveryDays: 30 }, createdAt: ago(25) },
  },
};

const tree = () => buildTree([{ manifest, manifestPath: '/ws/keyward.json' }], { now: NOW, rotationStatus: status });

test('tree: project → environments (sorted, no environment last) → tokens (sorted)', () => {
  const roots = tree();
  assert.equal(roots.length, 1);
  assert.equal(roots[0]!.project, 'orders-api');
  assert.deepEqual(roots[0]!.children.map((e) => e.environment), ['ci', 'production', undefined]);
  assert.deepEqual(roots[0]!.children.map((e) => e.children.map((t) => t.name)), [['GITHUB_TOKEN', 'NPM_TOKEN'], ['OLD_KEY', 'STRIPE_SECRET_KEY'], ['WEBHOOK_SECRET']]);
  assert.equal(presentEnvironment(roots[0]!.children[2]!).label, 'no environment');
  assert.equal(presentProject(roots[0]!).description, '5 tokens');
});

test('ids are unique and getParent walks back up, so reveal works', () => {
  const roots = tree();
  const nodes = [...roots, ...roots.flatMap((p) => p.children), ...allTokens(roots)];
  assert.equal(new Set(nodes.map((n) => n.id)).size, nodes.length);
  const stripe = findToken(roots, 'STRIPE_SECRET_KEY')!;
  const env = parentOf(roots, stripe)!;
  assert.equal(env.kind, 'environment');
  assert.equal(env.kind === 'environment' && env.environment, 'production');
  assert.equal(parentOf(roots, env), roots[0]);
  assert.equal(parentOf(roots, roots[0]!), undefined);
});

test('two projects in a multi-root workspace stay apart', () => {
  const other: Manifest = { project: 'billing', tokens: { STRIPE_SECRET_KEY: { ref: 'keyward://keychain/billing/STRIPE_SECRET_KEY' } } };
  const roots = buildTree([{ manifest, manifestPath: '/a/keyward.json' }, { manifest: other, manifestPath: '/b/keyward.json' }], { now: NOW, rotationStatus: status });
  assert.equal(findToken(roots, 'STRIPE_SECRET_KEY', 'billing')!.manifestPath, '/b/keyward.json');
  assert.equal(findToken(roots, 'STRIPE_SECRET_KEY', 'orders-api')!.manifestPath, '/a/keyward.json');
});

test('a token shows provider, scopes, age, expiry and rotation state; never anything else', () => {
  const stripe = presentToken(findToken(tree(), 'STRIPE_SECRET_KEY')!, NOW);
  assert.equal(stripe.label, 'STRIPE_SECRET_KEY');
  assert.equal(stripe.description, 'Stripe · charges:write, refunds:write · added 12 days ago · every 90 days · expires 2027-06-01');
  assert.match(stripe.tooltip, /^Reference: keyward:\/\/keychain\/orders-api\/STRIPE_SECRET_KEY$/m);
  assert.match(stripe.tooltip, /^Scopes: charges:write, refunds:write$/m);
  assert.match(stripe.tooltip, /^Age: 12 days \(stored 2026-11-11\)$/m);
  assert.match(stripe.tooltip, /^Rotation: every 90 days; rotate by 2027-02-09$/m);
  assert.match(stripe.tooltip, /^Expires: 2027-06-01$/m);
  assert.equal(stripe.icon.id, 'key');
  assert.equal(stripe.contextValue, 'token');
  assert.match(stripe.accessibilityLabel, /Token STRIPE_SECRET_KEY, from Stripe, scopes charges:write, refunds:write, age 12 days, expires 2027-06-01/);
});

test('due, overdue and expired tokens say so, in the description, tooltip, icon colour and screen reader label', () => {
  const roots = tree();
  const gh = presentToken(findToken(roots, 'GITHUB_TOKEN')!, NOW);
  // What needs doing comes right after the provider, so a narrow side bar does not cut it off.
  assert.equal(gh.description, 'GitHub · rotation overdue by 15 days · repo · added 45 days ago');
  assert.equal(gh.icon.color, 'list.errorForeground');
  assert.match(gh.accessibilityLabel, /rotation overdue by 15 days/);
  const npm = presentToken(findToken(roots, 'NPM_TOKEN')!, NOW);
  assert.match(npm.description, /^npm · rotation due in 5 days · /);
  assert.equal(npm.icon.color, 'list.warningForeground');
  const old = presentToken(findToken(roots, 'OLD_KEY')!, NOW);
  assert.match(old.description, /^expired 2026-11-01 · added 200 days ago$/);
  const hook = presentToken(findToken(roots, 'WEBHOOK_SECRET')!, NOW);
  assert.equal(hook.description, 'added today');
  assert.match(hook.tooltip, /no rotation policy/);
  assert.match(hook.tooltip, /^Scopes: none recorded$/m);
  assert.equal(presentEnvironment(roots[0]!.children[0]!).description, '2 tokens, 2 need attention');
});

test('a rotated token counts its age from the rotation and says so (with rotation.ts\'s rotationStatus)', () => {
  const m: Manifest = { project: 'p', tokens: { K: { ref: 'keyward://keychain/p/K', createdAt: ago(100), rotatedAt: ago(2), rotation: { rotateEveryDays: 30 } } } };
  const t = findToken(buildTree([{ manifest: m, manifestPath: '/m' }], { now: NOW, rotationStatus }), 'K')!;
  assert.equal(t.ageDays, 2);
  assert.equal(presentToken(t, NOW).description, 'rotated 2 days ago · every 30 days');
});

test('exposed in git history and missing from the store are shown when known', () => {
  const roots = buildTree([{ manifest, manifestPath: '/ws/keyward.json' }], {
    now: NOW, rotationStatus: status,
    exposed: new Set(['orders-api/STRIPE_SECRET_KEY']),
    present: new Map([['orders-api', new Set(['STRIPE_SECRET_KEY', 'GITHUB_TOKEN'])]]),
  });
  const stripe = findToken(roots, 'STRIPE_SECRET_KEY')!;
  assert.equal(stripe.exposed, true);
  const p = presentToken(stripe, NOW);
  assert.match(p.description, /exposed in git history/);
  assert.match(p.tooltip, /Exposed in git history/);
  assert.equal(p.icon.id, 'warning');
  assert.match(presentToken(findToken(roots, 'NPM_TOKEN')!, NOW).description, /missing from store/);
  assert.equal(findToken(roots, 'GITHUB_TOKEN')!.present, true);
  assert.equal(findToken(tree(), 'GITHUB_TOKEN')!.present, undefined, 'not known when the store was not listed');
});

test('a rotationStatus that throws (a broken policy) leaves the token in the tree with no policy', () => {
  const roots = buildTree([{ manifest, manifestPath: '/x' }], { now: NOW, rotationStatus: () => { throw new Error('bad'); } });
  assert.equal(allTokens(roots).length, 5);
  assert.ok(allTokens(roots).every((t) => t.rotation.state === 'no-policy'));
});

test('references: every lookup core/rewrite writes, in each language', () => {
  const cases: Array<[string, string]> = [
    ['js', 'const k = process.env.STRIPE_SECRET_KEY;'],
    ['js', 'const k = process.env["STRIPE_SECRET_KEY"];'],
    ['js', "const k = process.env['STRIPE_SECRET_KEY'];"],
    ['js', 'const k = import.meta.env.STRIPE_SECRET_KEY;'],
    ['python', 'key = os.environ["STRIPE_SECRET_KEY"]'],
    ['python', "key = os.environ.get('STRIPE_SECRET_KEY')"],
    ['python', 'key = os.getenv("STRIPE_SECRET_KEY")'],
    ['go', 'key := os.Getenv("STRIPE_SECRET_KEY")'],
    ['java', 'String key = System.getenv("STRIPE_SECRET_KEY");'],
    ['ruby', 'key = ENV.fetch("STRIPE_SECRET_KEY")'],
    ['ruby', "key = ENV['STRIPE_SECRET_KEY']"],
    ['csharp', 'var key = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY");'],
    ['rust', 'let key = std::env::var("STRIPE_SECRET_KEY")?;'],
    ['php', '$key = getenv("STRIPE_SECRET_KEY");'],
    ['php', "$key = $_ENV['STRIPE_SECRET_KEY'];"],
    ['shell', 'curl -H "Authorization: Bearer ${STRIPE_SECRET_KEY}" https://api.stripe.com'],
    ['shell', 'run: deploy --key ${STRIPE_SECRET_KEY:-missing}'],
    ['shell', 'echo $STRIPE_SECRET_KEY'],
    ['ref', 'stripe_key: keyward://keychain/orders-api/STRIPE_SECRET_KEY'],
  ];
  for (const [form, line] of cases) {
    const refs = findReferences(`// header\n${line}\n`, 'STRIPE_SECRET_KEY');
    assert.equal(refs.length, 1, `one reference in ${JSON.stringify(line)}: ${JSON.stringify(refs)}`);
    assert.equal(refs[0]!.form, form, line);
    assert.equal(refs[0]!.line, 2, line);
    assert.equal(refs[0]!.column, line.indexOf('STRIPE_SECRET_KEY') + 1, line);
  }
});

test('references: a bare mention, a longer name or a comment word does not count', () => {
  const text = [
    '// STRIPE_SECRET_KEY is read at start-up',
    'const STRIPE_SECRET_KEY = 1;',
    'process.env.STRIPE_SECRET_KEY_OLD',
    'os.environ["STRIPE_SECRET_KEY_2"]',
    'echo $STRIPE_SECRET_KEYS',
    'keyward://keychain/orders-api/STRIPE_SECRET_KEY_X',
    'myos.getenv_x("STRIPE_SECRET_KEY")',
  ].join('\n');
  assert.deepEqual(findReferences(text, 'STRIPE_SECRET_KEY'), []);
});

test('references: several on one line and across lines, sorted; keyward refs only for the project asked', () => {
  const text = 'a = process.env.K1 || process.env.K1\nb = os.getenv("K1")\nc: keyward://keychain/other/K1\n';
  assert.deepEqual(findReferences(text, 'K1').map((r) => [r.line, r.column, r.form]), [[1, 17, 'js'], [1, 35, 'js'], [2, 16, 'python'], [3, 29, 'ref']]);
  assert.deepEqual(findReferences(text, 'K1', 'orders-api').map((r) => r.form), ['js', 'js', 'python']);
});

test('referencesIn: by token across files, and the tree shows where each token is used', () => {
  const files = [
    { path: 'src/app.js', text: 'stripe(process.env.STRIPE_SECRET_KEY)\n' },
    { path: 'deploy.sh', text: 'echo ok\ngh auth --with-token "$GITHUB_TOKEN"\n' },
    { path: 'README.md', text: 'Set STRIPE_SECRET_KEY first.\n' },
  ];
  const refs = referencesIn(files, ['STRIPE_SECRET_KEY', 'GITHUB_TOKEN', 'NPM_TOKEN'], 'orders-api');
  assert.deepEqual(refs.get('STRIPE_SECRET_KEY')!.map((r) => `${r.file}:${r.line}`), ['src/app.js:1']);
  assert.deepEqual(refs.get('GITHUB_TOKEN')!.map((r) => `${r.file}:${r.line}`), ['deploy.sh:2']);
  assert.deepEqual(refs.get('NPM_TOKEN'), []);
  const roots = buildTree([{ manifest, manifestPath: '/ws/keyward.json' }], { now: NOW, rotationStatus: status, references: refs });
  assert.match(presentToken(findToken(roots, 'STRIPE_SECRET_KEY')!, NOW).tooltip, /^Used in 1 place: src\/app\.js:1$/m);
  assert.match(presentToken(findToken(roots, 'NPM_TOKEN')!, NOW).tooltip, /^Not referenced in the workspace$/m);
});

test('rotation notices: the most urgent first, at most once a calendar day', () => {
  const due = needingRotation(tree());
  assert.deepEqual(due.map((t) => t.name), ['OLD_KEY', 'GITHUB_TOKEN', 'NPM_TOKEN']);
  assert.equal(noticeText(due, NOW), 'Keyward: OLD_KEY expired 2026-11-01; 2 more tokens need rotating.');
  assert.equal(noticeText([], NOW), undefined);
  assert.equal(noticeDue(undefined, NOW), true);
  assert.equal(noticeDue(new Date(NOW.getTime() - 60_000).toISOString(), NOW), false, 'shown a minute ago');
  assert.equal(noticeDue(new Date(NOW.getTime() - DAY).toISOString(), NOW), true, 'shown yesterday');
  assert.equal(noticeDue('garbage', NOW), true);
  assert.equal(noticeDue(new Date(NOW.getTime() + DAY).toISOString(), NOW), true, 'a clock that went backwards does not silence notices forever');
});

test('findings are grouped by file, sorted by path and position', () => {
  const f = (file: string, line: number, column = 1) => ({ file, uri: `file:///ws/${file}`, line, column, message: 'GitHub token', ruleId: 'github-pat', severity: 'error' as const });
  const groups = groupFindings([f('src/b.js', 9), f('src/a.py', 3), f('src/b.js', 2, 5), f('src/b.js', 2, 1)]);
  assert.deepEqual(groups.map((g) => g.file), ['src/a.py', 'src/b.js']);
  assert.deepEqual(groups[1]!.findings.map((x) => `${x.line}:${x.column}`), ['2:1', '2:5', '9:1']);
});

test('leak-found: one event per distinct secret per project, the first sighting named; seen ones are not repeated', () => {
  const fp = (c: string) => c.repeat(64);
  const sightings: LeakSighting[] = [
    { project: 'orders-api', fingerprint: fp('b'), ruleId: 'github-pat', provider: 'GitHub', file: 'src/util.js', line: 3 },
    { project: 'orders-api', fingerprint: fp('a'), ruleId: 'stripe-secret-key', provider: 'Stripe', file: 'src/app.js', line: 9 },
    // The same secret again, in an earlier file: that one is the event's place.
    { project: 'orders-api', fingerprint: fp('b'), ruleId: 'github-pat', provider: 'GitHub', file: 'src/app.js', line: 4 },
    // The same secret in another project is another event.
    { project: 'billing', fingerprint: fp('a'), ruleId: 'stripe-secret-key', provider: 'Stripe', file: 'billing/pay.py', line: 1 },
    { project: 'orders-api', fingerprint: fp('c'), ruleId: 'generic-api-key', provider: 'Generic', file: 'ci/publish.yml', line: 7 },
  ];
  const first = newLeaks(sightings, []);
  assert.deepEqual(first.events, [
    { action: 'leak-found', project: 'billing', fingerprint: 'aaaaaaaaaaaa', detail: 'Stripe token (rule stripe-secret-key) in billing/pay.py line 1' },
    { action: 'leak-found', project: 'orders-api', fingerprint: 'cccccccccccc', detail: 'hardcoded secret (rule generic-api-key) in ci/publish.yml line 7' },
    { action: 'leak-found', project: 'orders-api', fingerprint: 'bbbbbbbbbbbb', detail: 'GitHub token (rule github-pat) in src/app.js line 4' },
    { action: 'leak-found', project: 'orders-api', fingerprint: 'aaaaaaaaaaaa', detail: 'Stripe token (rule stripe-secret-key) in src/app.js line 9' },
  ]);
  assert.deepEqual(first.seen, ['billing/aaaaaaaaaaaa', 'orders-api/aaaaaaaaaaaa', 'orders-api/bbbbbbbbbbbb', 'orders-api/cccccccccccc']);
  for (const e of first.events) assert.equal(e.fingerprint.length, 12, 'the audit log\'s short fingerprint, never the full hash');

  // Seen again (the next refresh, the next session): nothing new.
  assert.deepEqual(newLeaks(sightings, first.seen).events, []);
  // A new secret among the old ones: only it.
  const more = newLeaks([...sightings, { project: 'orders-api', fingerprint: fp('d'), ruleId: 'npm-token', provider: 'npm', file: 'src/app.js', line: 12 }], first.seen);
  assert.deepEqual(more.events.map((e) => e.fingerprint), ['dddddddddddd']);
  assert.equal(more.seen.length, 5);
  assert.equal(leakKey({ project: 'orders-api', fingerprint: fp('D') }), 'orders-api/dddddddddddd', 'keys ignore case');

  // No fingerprint (an older server, a malformed diagnostic): no event rather than a wrong one.
  assert.deepEqual(newLeaks([{ project: 'p', fingerprint: '', ruleId: 'r', file: 'f', line: 1 }, { project: 'p', fingerprint: 'not-hex-at-all!', ruleId: 'r', file: 'f', line: 1 }], []).events, []);
});
