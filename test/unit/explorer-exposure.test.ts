/**
 * "Exposed in git history" across the token's life (core/vault/explorer.ts exposureAfter): a move
 * of a committed literal marks the token; rotating clears it, but the exposed value lives on as
 * the previous version, so rolling back brings the warning back; deleting forgets both. And what
 * the tree shows for each state (description, tooltip, screen reader label, icon).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTree, exposureAfter, presentEnvironment, presentToken, type ExposureEvent, type ExposureState } from '../../core/vault/explorer.ts';
import type { Manifest } from '../../core/vault/manifest.ts';
import { rotationStatus } from '../../core/vault/rotation.ts';

const NOW = new Date('2026-11-23T12:00:00Z');
const KEY = 'orders-api/GITHUB_TOKEN';
const EMPTY: ExposureState = { exposed: [], previous: [] };

const run = (events: ExposureEvent[], key = KEY, from = EMPTY) => events.reduce((s, e) => exposureAfter(s, key, e), from);

test('exposureAfter: committed → rotated → rolled back is exposed again; a second rotation first makes the previous version clean', () => {
  assert.deepEqual(run(['committed']), { exposed: [KEY], previous: [] });
  assert.deepEqual(run(['committed', 'rotated']), { exposed: [], previous: [KEY] }, 'the new value was never committed; the previous one was');
  assert.deepEqual(run(['committed', 'rotated', 'rolled-back']), { exposed: [KEY], previous: [] }, 'the committed value is current again');
  // Rotated twice: the previous version is now the first rotation's value, which was never committed.
  assert.deepEqual(run(['committed', 'rotated', 'rotated']), { exposed: [], previous: [] });
  assert.deepEqual(run(['committed', 'rotated', 'rotated', 'rolled-back']), { exposed: [], previous: [] });
  // A token never committed stays clean through everything.
  assert.deepEqual(run(['rotated', 'rolled-back', 'rotated']), EMPTY);
  // Committed again after a rotation (the new value was pasted into code and committed too).
  assert.deepEqual(run(['committed', 'rotated', 'committed']), { exposed: [KEY], previous: [KEY] });
  assert.deepEqual(run(['committed', 'rotated', 'committed', 'rotated', 'rolled-back']), { exposed: [KEY], previous: [] });
});

test('exposureAfter: delete forgets both; other tokens are untouched; results are sorted and without duplicates', () => {
  assert.deepEqual(run(['committed', 'rotated', 'committed', 'deleted']), EMPTY);
  const others: ExposureState = { exposed: ['b/Z', 'a/Y'], previous: ['c/X'] };
  assert.deepEqual(run(['committed', 'committed'], KEY, others), { exposed: ['a/Y', 'b/Z', KEY], previous: ['c/X'] });
  assert.deepEqual(run(['committed', 'rotated'], KEY, others), { exposed: ['a/Y', 'b/Z'], previous: ['c/X', KEY] });
  assert.deepEqual(run(['deleted'], 'c/X', others), { exposed: ['a/Y', 'b/Z'], previous: [] });
  // The input is not modified.
  assert.deepEqual(others, { exposed: ['b/Z', 'a/Y'], previous: ['c/X'] });
});

test('the tree shows "exposed in git history" exactly while the current value is exposed', () => {
  const manifest: Manifest = {
    project: 'orders-api',
    tokens: {
      GITHUB_TOKEN: { ref: `keyward://keychain/${KEY}`, provider: 'GitHub', scopes: ['repo'], createdAt: '2026-11-20T00:00:00Z', rotation: { rotateEveryDays: 90 } },
      NPM_TOKEN: { ref: 'keyward://keychain/orders-api/NPM_TOKEN', provider: 'npm', createdAt: '2026-11-20T00:00:00Z' },
    },
  };
  const shown = (state: ExposureState) => {
    const [project] = buildTree([{ manifest, manifestPath: '/ws/keyward.json' }], { now: NOW, rotationStatus, exposed: new Set(state.exposed) });
    const [env] = project!.children;
    const t = env!.children.find((x) => x.name === 'GITHUB_TOKEN')!;
    const other = env!.children.find((x) => x.name === 'NPM_TOKEN')!;
    return { p: presentToken(t, NOW), other: presentToken(other, NOW), env: presentEnvironment(env!) };
  };

  let s = run(['committed']);
  let { p, other, env } = shown(s);
  assert.match(p.description, /exposed in git history/);
  assert.match(p.tooltip, /^Exposed in git history: it stays readable in old commits until it is rotated\.$/m);
  assert.match(p.accessibilityLabel, /, exposed in git history,/);
  assert.deepEqual(p.icon, { id: 'warning', color: 'list.errorForeground' });
  assert.match(env.description, /1 needs attention/);
  assert.doesNotMatch(other.description, /exposed/, 'only that token');

  s = exposureAfter(s, KEY, 'rotated');
  ({ p, env } = shown(s));
  assert.doesNotMatch(p.description, /exposed/);
  assert.doesNotMatch(p.tooltip, /Exposed/);
  assert.doesNotMatch(p.accessibilityLabel, /exposed/);
  assert.deepEqual(p.icon, { id: 'github' });
  assert.doesNotMatch(env.description, /attention/);

  s = exposureAfter(s, KEY, 'rolled-back');
  ({ p } = shown(s));
  assert.match(p.description, /exposed in git history/, 'rolling back to the committed value brings the warning back');
});
