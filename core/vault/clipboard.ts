/**
 * Safe copy: a value put on the clipboard is taken off again after N seconds, but only if the
 * clipboard still holds it. Whatever the user copied in the meantime is never touched.
 *
 * The guard keeps no copy of the value: it remembers a SHA-256 digest and compares the
 * clipboard's text against it when the time is up (and on dispose). The clipboard and the timers
 * are injected, so the editor passes vscode.env.clipboard and tests pass fakes and a fake clock.
 *
 *   const guard = new ClipboardGuard(clipboard, { clearAfterSeconds: () => 30, onTick, onDone });
 *   await guard.copy(value, 'STRIPE_SECRET_KEY');   // writes; onTick(30, name), onTick(29, name)…
 *   // 30 s later, if the clipboard still holds the value: cleared, onDone('cleared', name)
 */
import { createHash } from 'node:crypto';

export interface Clipboard {
  readText(): PromiseLike<string> | string;
  writeText(value: string): PromiseLike<void> | void;
}

/** The parts of the timer API the guard uses; the defaults are the global ones. */
export interface GuardTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  now(): number;
}

export const realTimers: GuardTimers = {
  setInterval: (fn, ms) => {
    const h = setInterval(fn, ms);
    // A pending clear must not keep a CLI process alive; the editor's host lives on regardless.
    (h as { unref?: () => void }).unref?.();
    return h;
  },
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
  now: () => Date.now(),
};

/** How a copy ended: taken off the clipboard, left because the user copied something else, or never cleared (0 s). */
export type ClipboardOutcome = 'cleared' | 'replaced' | 'kept';

export interface ClipboardGuardOptions {
  /** Seconds before the clipboard is cleared; read at each copy (a setting may change). 0 or less: never clear. */
  clearAfterSeconds: number | (() => number);
  /** Once per second while a copy is pending, with the whole seconds left (the first call at copy time). */
  onTick?: (secondsLeft: number, label: string | undefined) => void;
  /** When a pending copy ends, and how. */
  onDone?: (outcome: ClipboardOutcome, label: string | undefined) => void;
  /** A clipboard call failed while clearing; the guard carries on. Never given the value. */
  onError?: (err: unknown) => void;
  timers?: GuardTimers;
}

interface Pending {
  digest: string;
  label: string | undefined;
  deadline: number;
  handle: unknown;
  generation: number;
}

const digestOf = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export class ClipboardGuard {
  private pending: Pending | undefined;
  private generation = 0;
  private readonly timers: GuardTimers;
  private disposed = false;

  constructor(
    private readonly clipboard: Clipboard,
    private readonly options: ClipboardGuardOptions,
  ) {
    this.timers = options.timers ?? realTimers;
  }

  /** Seconds left before the pending copy is cleared, or undefined when nothing is pending. */
  get secondsLeft(): number | undefined {
    return this.pending ? Math.max(0, Math.ceil((this.pending.deadline - this.timers.now()) / 1000)) : undefined;
  }

  /** The label of the pending copy (a token name; never a value). */
  get label(): string | undefined {
    return this.pending?.label;
  }

  private get seconds(): number {
    const s = typeof this.options.clearAfterSeconds === 'function' ? this.options.clearAfterSeconds() : this.options.clearAfterSeconds;
    return Number.isFinite(s) ? s : 30;
  }

  /**
   * Writes `value` and starts the countdown. A second copy replaces the first: the countdown
   * starts again, and it is the second value that gets cleared.
   */
  async copy(value: string, label?: string): Promise<void> {
    if (this.disposed) throw new Error('ClipboardGuard is disposed');
    this.stop();
    const generation = ++this.generation;
    await this.clipboard.writeText(value);
    if (generation !== this.generation) return; // another copy started while writing
    const seconds = this.seconds;
    if (seconds <= 0) {
      this.options.onDone?.('kept', label);
      return;
    }
    const deadline = this.timers.now() + seconds * 1000;
    const handle = this.timers.setInterval(() => this.tick(generation), 1000);
    this.pending = { digest: digestOf(value), label, deadline, handle, generation };
    this.options.onTick?.(seconds, label);
  }

  private tick(generation: number): void {
    const p = this.pending;
    if (!p || p.generation !== generation) return;
    const left = this.secondsLeft ?? 0;
    if (left > 0) {
      this.options.onTick?.(left, p.label);
      return;
    }
    void this.finish().catch((err: unknown) => this.options.onError?.(err));
  }

  /**
   * Ends the pending copy now: clears the clipboard if it still holds the value. Returns what
   * happened, or undefined when nothing was pending.
   */
  async finish(): Promise<ClipboardOutcome | undefined> {
    const p = this.pending;
    if (!p) return undefined;
    this.stop();
    let outcome: ClipboardOutcome = 'replaced';
    try {
      const now = await this.clipboard.readText();
      // A copy that started while we were reading owns the clipboard now: leave it alone.
      if (p.generation === this.generation && digestOf(now) === p.digest) {
        await this.clipboard.writeText('');
        outcome = 'cleared';
      }
    } finally {
      this.options.onDone?.(outcome, p.label);
    }
    return outcome;
  }

  /** Stops the countdown without touching the clipboard. */
  private stop(): void {
    if (this.pending) this.timers.clearInterval(this.pending.handle);
    this.pending = undefined;
  }

  /** Clears the clipboard if it still holds our value, and stops. Safe to call twice. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.finish();
  }
}
