/**
 * Safe copy with a fake clipboard and a fake clock: the value is cleared after N seconds only if
 * the clipboard still holds it, a second copy restarts the countdown, dispose clears what is ours.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClipboardGuard, type ClipboardOutcome, type GuardTimers } from '../../core/vault/clipboard.ts';

class FakeClipboard {
  text = '';
  writes: string[] = [];
  readText(): Promise<string> {
    return Promise.resolve(this.text);
  }
  writeText(v: string): Promise<void> {
    this.text = v;
    this.writes.push(v);
    return Promise.resolve();
  }
}

/** A clock that only moves when told; intervals fire as it passes their times. */
class FakeTimers implements GuardTimers {
  t = 1_000_000;
  private next = 1;
  private readonly intervals = new Map<number, { fn: () => void; ms: number; at: number }>();
  setInterval(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.intervals.set(id, { fn, ms, at: this.t + ms });
    return id;
  }
  clearInterval(h: unknown): void {
    this.intervals.delete(h as number);
  }
  now(): number {
    return this.t;
  }
  get active(): number {
    return this.intervals.size;
  }
  /** Moves the clock forward, firing due intervals in order, and lets promise callbacks run. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      let due: [number, { fn: () => void; ms: number; at: number }] | undefined;
      for (const e of this.intervals) if (e[1].at <= end && (!due || e[1].at < due[1].at)) due = e;
      if (!due) break;
      this.t = due[1].at;
      due[1].at += due[1].ms;
      due[1].fn();
      await settle();
    }
    this.t = end;
    await settle();
  }
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

const SECRET = 'sk_live_51Hxxxxxxxxxxxxxxxxxxxxxxxx-fake';

function setup(seconds = 30) {
  const clipboard = new FakeClipboard();
  const timers = new FakeTimers();
  const ticks: Array<[number, string | undefined]> = [];
  const done: Array<[ClipboardOutcome, string | undefined]> = [];
  let clearAfter = seconds;
  const guard = new ClipboardGuard(clipboard, {
    clearAfterSeconds: () => clearAfter,
    onTick: (s, l) => ticks.push([s, l]),
    onDone: (o, l) => done.push([o, l]),
    timers,
  });
  return { clipboard, timers, ticks, done, guard, setClearAfter: (s: number) => (clearAfter = s) };
}

test('copy puts the value on the clipboard and clears it after N seconds', async () => {
  const { clipboard, timers, guard, done } = setup(30);
  await guard.copy(SECRET, 'STRIPE_SECRET_KEY');
  assert.equal(clipboard.text, SECRET);
  assert.equal(guard.secondsLeft, 30);
  await timers.advance(29_000);
  assert.equal(clipboard.text, SECRET, 'still there one second before the deadline');
  assert.equal(guard.secondsLeft, 1);
  await timers.advance(1_000);
  assert.equal(clipboard.text, '', 'cleared at the deadline');
  assert.deepEqual(done, [['cleared', 'STRIPE_SECRET_KEY']]);
  assert.equal(guard.secondsLeft, undefined, 'nothing pending afterwards');
  assert.equal(timers.active, 0, 'no timer left running');
});

test('a countdown callback fires every second with the seconds left and the label', async () => {
  const { timers, guard, ticks } = setup(3);
  await guard.copy(SECRET, 'GITHUB_TOKEN');
  await timers.advance(5_000);
  assert.deepEqual(ticks, [[3, 'GITHUB_TOKEN'], [2, 'GITHUB_TOKEN'], [1, 'GITHUB_TOKEN']]);
});

test('what the user copied in the meantime is left alone', async () => {
  const { clipboard, timers, guard, done } = setup(10);
  await guard.copy(SECRET, 'A');
  await timers.advance(4_000);
  clipboard.text = 'something the user copied';
  await timers.advance(10_000);
  assert.equal(clipboard.text, 'something the user copied');
  assert.deepEqual(clipboard.writes, [SECRET], 'the guard never wrote again');
  assert.deepEqual(done, [['replaced', 'A']]);
});

test('a second copy restarts the countdown and it is the second value that is cleared', async () => {
  const { clipboard, timers, guard, done } = setup(10);
  await guard.copy(SECRET, 'A');
  await timers.advance(8_000);
  await guard.copy('second-value-1234567890', 'B');
  assert.equal(guard.secondsLeft, 10);
  await timers.advance(5_000);
  assert.equal(clipboard.text, 'second-value-1234567890', 'the first deadline does not clear the second copy');
  await timers.advance(5_000);
  assert.equal(clipboard.text, '');
  assert.deepEqual(done, [['cleared', 'B']]);
  assert.equal(timers.active, 0);
});

test('the same value copied again is still cleared (its own countdown)', async () => {
  const { clipboard, timers, guard } = setup(5);
  await guard.copy(SECRET, 'A');
  await timers.advance(3_000);
  await guard.copy(SECRET, 'A');
  await timers.advance(3_000);
  assert.equal(clipboard.text, SECRET);
  await timers.advance(2_000);
  assert.equal(clipboard.text, '');
});

test('dispose clears the clipboard if it still holds our value, and stops the timer', async () => {
  const { clipboard, timers, guard, done } = setup(30);
  await guard.copy(SECRET, 'A');
  await guard.dispose();
  assert.equal(clipboard.text, '');
  assert.deepEqual(done, [['cleared', 'A']]);
  assert.equal(timers.active, 0);
  await guard.dispose();
  await assert.rejects(guard.copy(SECRET), /disposed/);
});

test('dispose leaves the clipboard alone when the user replaced the value', async () => {
  const { clipboard, guard } = setup(30);
  await guard.copy(SECRET, 'A');
  clipboard.text = 'mine';
  await guard.dispose();
  assert.equal(clipboard.text, 'mine');
});

test('finish() clears now; nothing pending returns undefined', async () => {
  const { clipboard, guard } = setup(30);
  assert.equal(await guard.finish(), undefined);
  await guard.copy(SECRET);
  assert.equal(await guard.finish(), 'cleared');
  assert.equal(clipboard.text, '');
});

test('clearAfterSeconds is read at each copy; 0 means never clear', async () => {
  const { clipboard, timers, guard, done, setClearAfter } = setup(30);
  setClearAfter(0);
  await guard.copy(SECRET, 'A');
  await timers.advance(3_600_000);
  assert.equal(clipboard.text, SECRET);
  assert.deepEqual(done, [['kept', 'A']]);
  setClearAfter(2);
  await guard.copy(SECRET, 'A');
  await timers.advance(2_000);
  assert.equal(clipboard.text, '');
});

test('the guard holds no copy of the value, only a digest', async () => {
  const { guard } = setup(30);
  await guard.copy(SECRET, 'A');
  // Everything the guard holds but the clipboard it was given (which does hold the value).
  const seen = JSON.stringify(guard, (k, v) => (k === 'clipboard' ? undefined : v));
  assert.match(seen, /[0-9a-f]{64}/, 'a digest is kept');
  assert.ok(!seen.includes(SECRET), 'the value is not among the guard\'s fields');
});
