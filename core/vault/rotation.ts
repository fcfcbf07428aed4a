/**
 * Rotation: when a token is due, how a new value is made, and replacing it without losing the old
 * one.
 *
 * Policy (keyward.json, tokens.X.rotation): rotateEveryDays, expiresAt, strategy, generate,
 * command, graceDays. A token's age counts from rotatedAt, else createdAt. It is
 *   - 'expired'  at or past expiresAt (wins over everything else);
 *   - 'overdue'  at or past rotatedAt/createdAt + rotateEveryDays;
 *   - 'due'      within the last tenth of the period before that (at least 1 day, at most 7), or
 *                within 7 days of expiresAt;
 *   - 'ok'       otherwise; 'no-policy' when there is neither rotateEveryDays nor expiresAt.
 *
 * Previous versions: rotateToken() first copies the current value to the same store under
 * `<NAME>__PREVIOUS` (PREVIOUS_SUFFIX), reads that back, then writes and reads back the new value.
 * One previous version is kept, for graceDays (default 7) after rotatedAt; rollbackToken() puts it
 * back, purgeExpiredPrevious() deletes it once the grace period is over. `keyward list` and the
 * Token Explorer hide these entries (isPreviousName). A failure at any step leaves the old value in
 * place (or, if even restoring failed, under the previous name, which the error says).
 *
 * Values never appear in errors, audit entries or return values other than the store's.
 */
import { execFile } from 'node:child_process';
import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { scanText } from '../detect/engine.ts';
import { RULES } from '../detect/rules/index.ts';
import type { Rule } from '../detect/types.ts';
import { shortFingerprint, type AuditLog } from './audit.ts';
import type { GenerateAlphabet, RotationPolicy, RotationStrategy, TokenEntry } from './manifest.ts';
import { GENERATE_MAX_LENGTH, GENERATE_MIN_LENGTH, PREFIX_PATTERN } from './manifest.ts';
import type { SecretStore } from './store.ts';

export const DAY_MS = 86_400_000;
export const DEFAULT_GRACE_DAYS = 7;
/** Store entries named <NAME>__PREVIOUS hold the value a rotation replaced. */
export const PREVIOUS_SUFFIX = '__PREVIOUS';
/** Days before expiresAt from which a token counts as due. */
export const EXPIRY_NOTICE_DAYS = 7;

export function previousName(name: string): string {
  return `${name}${PREVIOUS_SUFFIX}`;
}

/** True for a previous version's store entry: hide it from listings. */
export function isPreviousName(name: string): boolean {
  return name.endsWith(PREVIOUS_SUFFIX) && name.length > PREVIOUS_SUFFIX.length;
}

// ---------------------------------------------------------------------------------------------
// Status

export type RotationState = 'ok' | 'due' | 'overdue' | 'expired' | 'no-policy';

export interface RotationStatus {
  state: RotationState;
  /** Whole days since rotatedAt, else createdAt. */
  ageDays?: number;
  dueAt?: Date;
  expiresAt?: Date;
}

/** The 'due' window before dueAt: a tenth of the period, at least 1 day, at most 7. */
export function dueWindowDays(rotateEveryDays: number): number {
  return Math.min(7, Math.max(1, Math.ceil(rotateEveryDays / 10)));
}

function parseDate(s: string | undefined): Date | undefined {
  if (s === undefined) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t);
}

export function rotationStatus(entry: TokenEntry, now: Date): RotationStatus {
  const t = now.getTime();
  const base = parseDate(entry.rotatedAt ?? entry.createdAt);
  const out: RotationStatus = { state: 'no-policy' };
  if (base) out.ageDays = Math.max(0, Math.floor((t - base.getTime()) / DAY_MS));
  const every = entry.rotation?.rotateEveryDays;
  const expires = parseDate(entry.rotation?.expiresAt);
  if (expires) out.expiresAt = expires;
  if (every !== undefined && base) out.dueAt = new Date(base.getTime() + every * DAY_MS);
  if (every === undefined && !expires) return out;

  if (expires && t >= expires.getTime()) out.state = 'expired';
  else if (out.dueAt && t >= out.dueAt.getTime()) out.state = 'overdue';
  else if (every !== undefined && !base) out.state = 'due'; // a period but no date to count from: rotate to start one
  else if (out.dueAt && t >= out.dueAt.getTime() - dueWindowDays(every!) * DAY_MS) out.state = 'due';
  else if (expires && t >= expires.getTime() - EXPIRY_NOTICE_DAYS * DAY_MS) out.state = 'due';
  else out.state = 'ok';
  return out;
}

/** The strategy a policy asks for: its own, else command when a command is set, generate when a recipe is, else manual. */
export function strategyOf(policy: RotationPolicy | undefined): RotationStrategy {
  if (policy?.strategy) return policy.strategy;
  if (policy?.command) return 'command';
  if (policy?.generate) return 'generate';
  return 'manual';
}

// ---------------------------------------------------------------------------------------------
// Generating

export const ALPHABETS: Readonly<Record<GenerateAlphabet, string>> = {
  base62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  hex: '0123456789abcdef',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  alphanumeric: '0123456789abcdefghijklmnopqrstuvwxyz',
};

/** Characters needed for 256 bits from an alphabet: the default length. */
export function defaultLength(alphabet: GenerateAlphabet): number {
  return Math.ceil(256 / Math.log2(ALPHABETS[alphabet].length));
}

/**
 * A random value by recipe: prefix + `length` characters drawn uniformly from the alphabet
 * (rejection sampling: bytes at or above the largest multiple of the alphabet's size are dropped,
 * so no character is more likely than another).
 */
export function generateSecret(recipe: NonNullable<RotationPolicy['generate']>, randomBytes: (n: number) => Buffer = cryptoRandomBytes): string {
  const alphabetName = recipe.alphabet ?? 'base62';
  const alphabet = ALPHABETS[alphabetName];
  if (!alphabet) throw new Error(`unknown alphabet '${String(alphabetName)}' (expected ${Object.keys(ALPHABETS).join(', ')})`);
  const length = recipe.length ?? defaultLength(alphabetName);
  if (!Number.isInteger(length) || length < GENERATE_MIN_LENGTH || length > GENERATE_MAX_LENGTH) {
    throw new Error(`generate.length must be a whole number from ${GENERATE_MIN_LENGTH} to ${GENERATE_MAX_LENGTH}`);
  }
  if (recipe.prefix !== undefined && !PREFIX_PATTERN.test(recipe.prefix)) throw new Error("generate.prefix must be 1 to 32 letters, digits, '_', '.', ':' or '-'");
  const n = alphabet.length;
  const limit = 256 - (256 % n); // bytes >= limit would favour the first characters
  let out = '';
  while (out.length < length) {
    const bytes = randomBytes(Math.ceil((length - out.length) * 1.3) + 8);
    for (const b of bytes) {
      if (b >= limit) continue;
      out += alphabet[b % n];
      if (out.length === length) break;
    }
  }
  return `${recipe.prefix ?? ''}${out}`;
}

// ---------------------------------------------------------------------------------------------
// Format validation of a pasted (or printed) value

/** Checks every value must pass: one line, no surrounding spaces, not empty. Returns a problem or undefined. */
export function basicValueProblem(value: string): string | undefined {
  if (value === '') return 'the value is empty';
  if (/[\r\n]/.test(value)) return 'the value spans several lines';
  if (value.trim() !== value) return 'the value starts or ends with spaces';
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(value)) return 'the value contains control characters';
  return undefined;
}

function rulesFor(providerOrRuleId: string | undefined): Rule[] {
  if (!providerOrRuleId) return [];
  const byId = RULES.filter((r) => r.id === providerOrRuleId);
  if (byId.length) return byId;
  const p = providerOrRuleId.toLowerCase();
  return RULES.filter((r) => !r.generic && r.provider.toLowerCase() === p);
}

/**
 * A validator for values of a provider's tokens (a provider name such as "GitHub", or a rule id
 * such as "github-pat"): the value must be one line, and, when Keyward knows the provider's
 * formats, match one of them exactly, with a checksum that verifies where the format has one.
 * The validator returns a problem to show (never quoting the value), or undefined when it passes.
 */
export function formatValidatorFor(providerOrRuleId?: string): (value: string) => string | undefined {
  const rules = rulesFor(providerOrRuleId);
  return (value: string) => {
    const basic = basicValueProblem(value);
    if (basic) return basic;
    if (!rules.length) return undefined;
    let badChecksum: Rule | undefined;
    for (const rule of rules) {
      for (const { text, at } of contexts(rule, value)) {
        const found = scanText(text, { rules: [rule], path: 'keyward-rotate.env' }).findings.find((f) => f.offset === at && f.length === value.length);
        if (!found) continue;
        if (found.validation === 'invalid') {
          badChecksum = rule;
          continue;
        }
        return undefined;
      }
    }
    if (badChecksum) return `the value looks like a ${badChecksum.title} but its checksum does not verify (mistyped or cut short?)`;
    const titles = [...new Set(rules.map((r) => r.title))];
    return `the value does not match the format of ${titles.length === 1 ? `a ${titles[0]}` : `any ${providerOrRuleId} token (${titles.slice(0, 4).join('; ')}${titles.length > 4 ? '; …' : ''})`} (${value.length} characters given)`;
  };
}

/** Texts in which a rule would find `value`, with the value's offset: alone, and assigned to a name the rule looks for. */
function contexts(rule: Rule, value: string): { text: string; at: number }[] {
  const out = [{ text: value, at: 0 }];
  const slug = rule.provider.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const names = new Set<string>([`${slug}_secret_key`, `${slug}_api_key`, `${slug}_token`]);
  for (const kw of rule.keywords) {
    const k = kw.replace(/[^A-Za-z0-9_]+$/g, '').replace(/[^A-Za-z0-9_]+/g, '_');
    if (k) {
      names.add(`${k}_secret`);
      names.add(`${k}_secret_key`);
      names.add(k);
    }
  }
  for (const name of names) {
    const prefix = `${name} = "`;
    out.push({ text: `${prefix}${value}"`, at: prefix.length });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rotating

export type RotationErrorCode = 'refused' | 'cancelled' | 'invalid' | 'failed' | 'no-previous' | 'no-command';

export class RotationError extends Error {
  override readonly name = 'RotationError';
  constructor(
    message: string,
    readonly code: RotationErrorCode,
  ) {
    super(message);
  }
}

/** Runs a command line in the shell; resolves to its standard output. Its stderr goes to ours; stdin is closed. */
export function runShellCommand(cmd: string, opts: { cwd?: string; timeoutMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.platform === 'win32' ? (process.env.ComSpec ?? 'cmd.exe') : '/bin/sh',
      process.platform === 'win32' ? ['/d', '/s', '/c', cmd] : ['-c', cmd],
      { cwd: opts.cwd, timeout: opts.timeoutMs ?? 120_000, maxBuffer: 1 << 20, encoding: 'utf8', windowsHide: true },
      (err, stdout) => {
        if (err) {
          const e = err as NodeJS.ErrnoException & { code?: number | string; killed?: boolean };
          // Never the output: it may hold the value.
          reject(new Error(e.killed ? 'it timed out' : typeof e.code === 'number' ? `it exited with code ${e.code}` : `it could not run (${String(e.code ?? 'error')})`));
        } else resolve(stdout);
      },
    );
    child.stdin?.end();
    child.stderr?.pipe(process.stderr, { end: false });
  });
}

export interface RotateOptions {
  project: string;
  name: string;
  entry: TokenEntry;
  store: SecretStore;
  /** Overrides the policy's strategy. */
  strategy?: RotationStrategy;
  now?: () => Date;
  audit?: AuditLog;
  /** Runs the command strategy's command; resolves to its stdout. Default: runShellCommand in `cwd`. */
  runCommand?: (cmd: string) => Promise<string>;
  /** The default runner's working directory (the folder holding keyward.json); default: the process's. */
  cwd?: string;
  /** Must return true for this exact command string, or the command strategy refuses. No default: no approval, no command. */
  approveCommand?: (cmd: string) => Promise<boolean>;
  /** The manual strategy's pasted value; undefined = cancelled. */
  manualValue?: () => Promise<string | undefined>;
  /** Checks the new value of the manual and command strategies (see formatValidatorFor); a string is the problem. */
  validate?: (value: string) => string | undefined;
  /** Source of randomness for the generate strategy (tests). */
  randomBytes?: (n: number) => Buffer;
}

export interface RotateResult {
  /** The entry with rotatedAt set: save it in keyward.json. */
  entry: TokenEntry;
  /** The store entry holding the replaced value until the grace period ends. */
  previousName: string;
  strategy: RotationStrategy;
  /** Set when the value was rotated but the audit log could not be written. */
  auditError?: string;
}

async function newValue(o: RotateOptions, strategy: RotationStrategy): Promise<string> {
  const policy = o.entry.rotation;
  switch (strategy) {
    case 'generate':
      try {
        return generateSecret(policy?.generate ?? {}, o.randomBytes);
      } catch (err) {
        throw new RotationError(`${o.name}: ${(err as Error).message}`, 'invalid');
      }
    case 'command': {
      const cmd = policy?.command;
      if (!cmd) throw new RotationError(`${o.name}: the command strategy needs rotation.command in keyward.json (the command that prints the new value)`, 'no-command');
      const approved = o.approveCommand ? await o.approveCommand(cmd) : false;
      if (approved !== true) throw new RotationError(`${o.name}: the rotation command was not approved, so it did not run`, 'refused');
      let out: string;
      try {
        out = await (o.runCommand ?? ((c: string) => runShellCommand(c, { cwd: o.cwd })))(cmd);
      } catch (err) {
        throw new RotationError(`${o.name}: the rotation command failed: ${(err as Error).message}; nothing was changed`, 'failed');
      }
      return out.trim();
    }
    case 'manual': {
      if (!o.manualValue) throw new RotationError(`${o.name}: the manual strategy needs the new value pasted in (interactive only)`, 'cancelled');
      const v = await o.manualValue();
      if (v === undefined) throw new RotationError(`${o.name}: rotation cancelled; nothing was changed`, 'cancelled');
      return v;
    }
  }
}

/**
 * Replaces a token's value: makes the new value (refusing an unapproved command, an invalid
 * paste), keeps the current one as <NAME>__PREVIOUS, writes and reads back the new one, and logs
 * 'rotated'. Throws RotationError with nothing changed (or the old value restored) on failure.
 */
export async function rotateToken(o: RotateOptions): Promise<RotateResult> {
  const now = o.now ?? (() => new Date());
  const strategy = o.strategy ?? strategyOf(o.entry.rotation);
  // The store first: an unreachable store fails here, before a command rotates anything at the
  // provider or a person pastes a value there would be nowhere to put.
  const current = await o.store.get(o.name);
  const value = await newValue(o, strategy);
  const problem = basicValueProblem(value) ?? (strategy !== 'generate' && o.validate ? o.validate(value) : undefined);
  if (problem) throw new RotationError(`${o.name}: ${problem}; nothing was changed`, 'invalid');

  const prevName = previousName(o.name);
  if (current === value) throw new RotationError(`${o.name}: the new value is the same as the current one; nothing was changed`, 'invalid');
  if (current !== undefined) {
    await o.store.set(prevName, current);
    if ((await o.store.get(prevName)) !== current) {
      throw new RotationError(`${o.name}: the current value could not be kept as ${prevName} (reading it back failed); nothing was changed`, 'failed');
    }
  }
  let stored = false;
  let why = '';
  try {
    await o.store.set(o.name, value);
    stored = (await o.store.get(o.name)) === value;
    if (!stored) why = 'reading it back gave something else';
  } catch (err) {
    why = (err as Error).message;
  }
  if (!stored) {
    let restored = current === undefined;
    if (current !== undefined) {
      try {
        restored = (await o.store.get(o.name)) === current;
        if (!restored) {
          await o.store.set(o.name, current);
          restored = (await o.store.get(o.name)) === current;
        }
      } catch {
        restored = false;
      }
    }
    throw new RotationError(
      `${o.name}: the new value could not be stored (${why}); ${restored ? 'the old value is still in place' : `the old value is kept as ${prevName}: run 'keyward rollback ${o.name}'`}`,
      'failed',
    );
  }

  const at = now();
  const result: RotateResult = { entry: { ...o.entry, rotatedAt: at.toISOString() }, previousName: prevName, strategy };
  if (o.audit) {
    try {
      await o.audit.append({ action: 'rotated', token: o.name, project: o.project, value, detail: `strategy ${strategy}${current === undefined ? ', no previous value' : `, previous kept as ${prevName}`}` });
    } catch (err) {
      result.auditError = (err as Error).message;
    }
  }
  return result;
}

export interface RollbackOptions {
  project: string;
  name: string;
  entry: TokenEntry;
  store: SecretStore;
  audit?: AuditLog;
}

/**
 * Puts the previous version back: <NAME>__PREVIOUS becomes the value (read back before the
 * previous entry is deleted) and the value it replaces is discarded. rotatedAt is removed from
 * the returned entry, so the token's age counts from createdAt again and it shows as due.
 */
export async function rollbackToken(o: RollbackOptions): Promise<{ entry: TokenEntry; auditError?: string }> {
  const prevName = previousName(o.name);
  const previous = await o.store.get(prevName);
  if (previous === undefined) {
    throw new RotationError(`${o.name}: there is no previous version to go back to (a rotation keeps one for ${o.entry.rotation?.graceDays ?? DEFAULT_GRACE_DAYS} days)`, 'no-previous');
  }
  const current = await o.store.get(o.name);
  await o.store.set(o.name, previous);
  if ((await o.store.get(o.name)) !== previous) {
    if (current !== undefined) await o.store.set(o.name, current).catch(() => undefined);
    throw new RotationError(`${o.name}: the previous value could not be put back (reading it back failed); it is still kept as ${prevName}`, 'failed');
  }
  await o.store.delete(prevName);
  const entry: TokenEntry = { ...o.entry };
  delete entry.rotatedAt;
  let auditError: string | undefined;
  if (o.audit) {
    try {
      await o.audit.append({ action: 'rolled-back', token: o.name, project: o.project, value: previous, detail: current === undefined ? undefined : `discarded the value with fingerprint ${shortFingerprint(current)}` });
    } catch (err) {
      auditError = (err as Error).message;
    }
  }
  return auditError ? { entry, auditError } : { entry };
}

export interface PurgeOptions {
  project: string;
  /** The manifest's tokens (the grace period and rotatedAt come from here). */
  tokens: Record<string, TokenEntry>;
  store: SecretStore;
  now?: () => Date;
  audit?: AuditLog;
}

/**
 * Deletes previous versions whose grace period is over (rotatedAt + graceDays, default 7) from
 * this store. Tokens without rotatedAt are left alone. Returns the token names purged.
 */
export async function purgeExpiredPrevious(o: PurgeOptions): Promise<string[]> {
  const now = (o.now ?? (() => new Date()))().getTime();
  const held = new Set((await o.store.list()).map((i) => i.name));
  const purged: string[] = [];
  for (const [name, entry] of Object.entries(o.tokens).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const prevName = previousName(name);
    if (!held.has(prevName)) continue;
    const rotated = parseDate(entry.rotatedAt);
    if (!rotated) continue;
    const grace = entry.rotation?.graceDays ?? DEFAULT_GRACE_DAYS;
    if (now < rotated.getTime() + grace * DAY_MS) continue;
    if (await o.store.delete(prevName)) {
      purged.push(name);
      await o.audit?.append({ action: 'deleted', token: name, project: o.project, detail: `previous version purged after ${grace} days` }).catch(() => undefined);
    }
  }
  return purged;
}

/** Where to issue a new token of this provider (or rule id): the first matching rule's revoke/rotate page. */
export function providerPageFor(providerOrRuleId: string | undefined): string | undefined {
  return rulesFor(providerOrRuleId).find((r) => r.revokeUrl)?.revokeUrl;
}

// ---------------------------------------------------------------------------------------------
// Rotating from an editor: the decisions, with the editor's dialogs injected (client/src/explorer
// supplies VS Code's; tests supply fakes)

/** The approval's button: only this answer runs the command. */
export const RUN_COMMAND_BUTTON = 'Run This Command';

/**
 * Characters that make a command line read differently from what runs: C0/C1 controls other than
 * tab and newline, bidirectional overrides and isolates (Trojan Source), zero-width and other
 * invisible characters.
 */
const HIDDEN_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]/gu;

/**
 * A command line as the approval shows it: exactly the characters that will run, with any that
 * would not be seen written as \u{…} escapes, so what a person approves is what runs. `hidden`
 * says whether any were escaped.
 */
export function commandForDisplay(cmd: string): { text: string; hidden: boolean } {
  let hidden = false;
  const text = cmd.replace(HIDDEN_CHARS, (c) => {
    hidden = true;
    return `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`;
  });
  return { text, hidden };
}

/**
 * The strategies an editor offers for a token whose policy names none, its default first.
 * `generate` only where the value is one you issue yourself: a recipe is set, or Keyward knows no
 * format for the provider. A random string in place of a provider's token (a GitHub token, say)
 * would break the code that uses it and leave the old token valid at the provider, while the
 * explorer stopped warning about it. `command` only when a command is set.
 */
export function rotationChoices(policy: RotationPolicy | undefined, provider: string | undefined): RotationStrategy[] {
  if (policy?.strategy) return [policy.strategy];
  const out: RotationStrategy[] = [strategyOf(policy)];
  const add = (s: RotationStrategy) => !out.includes(s) && out.push(s);
  add('manual');
  if (policy?.generate || !rulesFor(provider).length) add('generate');
  if (policy?.command) add('command');
  return out;
}

/** Why a token's rotation command may not run here, or undefined when it may (a trusted workspace). */
export function untrustedCommandProblem(name: string, trusted: boolean, source: string): string | undefined {
  if (trusted) return undefined;
  return `${name}'s rotation command comes from ${source}, and this workspace is not trusted: the command runs only in a trusted workspace (Workspaces: Manage Workspace Trust). Nothing was run or changed.`;
}

export interface CommandApproval {
  message: string;
  /** The exact command (see commandForDisplay), where it comes from and what is done with its output. */
  detail: string;
  button: string;
}

/** The modal that asks before a token's rotation command runs. */
export function commandApproval(name: string, cmd: string, source: string): CommandApproval {
  const shown = commandForDisplay(cmd);
  return {
    message: `Run this command to make ${name}'s new value?`,
    detail: `${shown.text}\n\n${shown.hidden ? 'It contains invisible or control characters, shown above as \\u{…} escapes. ' : ''}It comes from ${source} and runs in a shell in that folder. What it prints becomes the new value; nothing else is done with it.`,
    button: RUN_COMMAND_BUTTON,
  };
}

/** The editor's dialogs, as the rotation decisions need them. */
export interface EditorRotationUi {
  /** VS Code's workspace trust: the command strategy runs only in a trusted workspace. */
  trusted: boolean;
  /** The keyward.json the policy comes from (named in the approval). */
  source: string;
  /** Shows the approval as a modal; resolves to the button picked (undefined when dismissed). */
  confirm(a: CommandApproval): Promise<string | undefined>;
  /** Manual: before the paste, offers the provider's page (when one is known); false cancels. */
  offerProviderPage?(url: string): Promise<boolean>;
  /** Manual: a password box that shows `validate`'s problem as the person types; undefined when cancelled. */
  paste(o: { title: string; prompt: string; validate: (value: string) => string | undefined }): Promise<string | undefined>;
}

/**
 * The rotateToken() hooks for an editor: the command runs only in a trusted workspace (otherwise
 * it is refused without asking) and only when the person picks RUN_COMMAND_BUTTON in a modal
 * showing that exact command; a pasted or printed value must match the provider's format
 * (formatValidatorFor), which rotateToken checks again before anything is stored.
 */
export function editorRotationHooks(t: { name: string; provider?: string }, ui: EditorRotationUi): Required<Pick<RotateOptions, 'approveCommand' | 'manualValue' | 'validate'>> {
  const validate = formatValidatorFor(t.provider);
  return {
    validate,
    approveCommand: async (cmd) => {
      const refused = untrustedCommandProblem(t.name, ui.trusted, ui.source);
      if (refused) throw new RotationError(refused, 'refused');
      const a = commandApproval(t.name, cmd, ui.source);
      return (await ui.confirm(a)) === a.button;
    },
    manualValue: async () => {
      const page = providerPageFor(t.provider);
      if (page && ui.offerProviderPage && !(await ui.offerProviderPage(page))) return undefined;
      return ui.paste({
        title: `Keyward: new value for ${t.name}`,
        prompt: `Paste the new ${t.provider ? `${t.provider} ` : ''}token. It must have the provider's format; it goes to the store only.`,
        validate: (v) => (v ? validate(v) : undefined),
      });
    },
  };
}
