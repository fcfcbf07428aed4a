/**
 * `keyward rotate NAME`, `keyward rotate --due`, `keyward rollback NAME`.
 *
 * The new value comes from the token's strategy (core/vault/rotation.ts): generate (random, by
 * recipe), command (the manifest's command prints it; runs only with --yes or after a yes at the
 * terminal prompt for that exact command) or manual (pasted at a hidden prompt, or piped on
 * stdin; it must match the provider's format). The value never reaches argv, output or the log.
 *
 * Exit codes: 0 rotated (or nothing due), 1 a token was not rotated (refused, cancelled, invalid,
 * failed, manual in --due; rollback: no previous version), 2 usage or runtime error.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { MANIFEST_FILE, parseRef, ROTATION_STRATEGIES, withToken, type RotationStrategy, type TokenEntry } from '../core/vault/manifest.ts';
import {
  DEFAULT_GRACE_DAYS,
  formatValidatorFor,
  providerPageFor,
  purgeExpiredPrevious,
  rollbackToken,
  rotateToken,
  rotationStatus,
  RotationError,
  strategyOf,
} from '../core/vault/rotation.ts';
import type { SecretStore } from '../core/vault/store.ts';
import { auditLog, CliError, oneName, openStore, readValue, requireManifest, saveManifest, storeOptions, usage, where, type Project, type StoreChoice, type VaultIo } from './vault.ts';

export const ROTATE_HELP_LINES = `  rotate NAME      Replace a token's value by its rotation strategy (keeps the old one for rollback)
  rotate --due     Rotate every token that is due, overdue or expired (for cron and CI)
  rollback NAME    Put back the value the last rotation replaced
`;

export const ROTATE_HELP = `Usage: keyward rotate NAME [--strategy generate|command|manual] [--yes]
       keyward rotate --due [--yes]

Replaces the token's value, keeping the current one as a previous version for the grace period
(rotation.graceDays in keyward.json, default ${DEFAULT_GRACE_DAYS} days; 'keyward rollback NAME' puts it back).
The new value is written and read back before keyward.json's rotatedAt changes; a failure at any
step leaves the old value in place.

Strategies (rotation.strategy in keyward.json, or --strategy):
  generate   A random value by rotation.generate { length, alphabet: base62|hex|base64url|
             alphanumeric, prefix }: for secrets you issue yourself (webhook secrets, service
             passwords, signing keys). Default: base62, 256 bits.
  command    rotation.command prints the new value on stdout. It runs only after you approve that
             exact command: at the terminal prompt, or with --yes. In CI, --yes runs whatever
             command keyward.json holds: use it only where keyward.json is trusted.
  manual     Issue a new token on the provider's page, then paste it at the hidden prompt (or pipe
             it on stdin). It must match the provider's token format.

Options:
  --strategy S   Use S instead of the policy's strategy.
  --yes, -y      Approve the command strategy's command without asking.
  --due          Rotate every token whose rotation is due, overdue or expired, non-interactively
                 (generate, and command with --yes); manual ones are listed, not rotated. Previous
                 versions past their grace period are deleted.
${'  --store S, --env-file FILE   As for keyward set.'}

Exit codes: 0 rotated (or nothing due), 1 some token was not rotated, 2 usage or runtime error.
Examples:
  keyward rotate WEBHOOK_SECRET
  keyward rotate GITHUB_TOKEN --strategy manual
  keyward rotate --due --yes          # from cron
`;

export const ROLLBACK_HELP = `Usage: keyward rollback NAME

Puts back the value the last 'keyward rotate NAME' replaced (kept for rotation.graceDays, default
${DEFAULT_GRACE_DAYS} days) and discards the rotated one. rotatedAt is removed from keyward.json, so the
token's age (and rotation due date) counts from its createdAt again.
Exit codes: 0 rolled back, 1 no previous version, 2 error.
`;

/** Asks a yes/no question on the terminal; false unless the answer starts with y. */
function confirm(question: string, io: VaultIo): Promise<boolean> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
    let answered = false;
    io.stderr.write(question);
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      resolve(/^\s*y(es)?\s*$/i.test(line));
    });
    rl.once('close', () => {
      if (!answered) resolve(false);
    });
  });
}

const isTty = (io: VaultIo) => !!io.stdin.isTTY;

interface Ctx {
  io: VaultIo;
  p: Project;
  choice: StoreChoice;
  yes: boolean;
  interactive: boolean;
  now: () => Date;
}

function storeFor(ctx: Ctx, entry: TokenEntry): SecretStore {
  const ref = parseRef(entry.ref);
  return openStore(ref.store, ref.project, ctx.io, ctx.p, ctx.choice);
}

/** Rotates one token and saves keyward.json; returns the outcome message (errors as RotationError). */
async function rotateOne(ctx: Ctx, name: string, strategy: RotationStrategy | undefined): Promise<string> {
  const { io } = ctx;
  const entry = ctx.p.manifest.tokens[name];
  if (!entry) throw new CliError(`${name} is not in ${MANIFEST_FILE} (store it first with 'keyward set ${name}')`);
  const ref = parseRef(entry.ref);
  const store = storeFor(ctx, entry);
  const ready = await store.available();
  if (!ready.ok) throw new CliError(ready.reason);
  const chosen = strategy ?? strategyOf(entry.rotation);
  const log = auditLog(io);
  const result = await rotateToken({
    project: ref.project,
    name: ref.name,
    entry,
    store,
    strategy: chosen,
    now: ctx.now,
    audit: log,
    // The command is written relative to keyward.json (`./scripts/new-key.sh`), wherever keyward runs.
    cwd: ctx.p.root,
    approveCommand: async (cmd) => {
      if (ctx.yes) {
        io.stderr.write(`keyward: running the rotation command of ${name} (approved with --yes): ${cmd}\n`);
        return true;
      }
      if (!ctx.interactive || !isTty(io)) {
        io.stderr.write(`keyward: ${name}: not running the rotation command without approval: pass --yes, or run this at a terminal to be asked\n`);
        return false;
      }
      return confirm(`Run this command to make the new value of ${name}?\n  ${cmd}\n[y/N] `, io);
    },
    manualValue: ctx.interactive
      ? async () => {
          const page = providerPageFor(entry.provider);
          io.stderr.write(`keyward: issue a new ${entry.provider ?? ''}${entry.provider ? ' ' : ''}token for ${name}${page ? ` at ${page}` : ''}, then paste it${isTty(io) ? '' : ' on standard input'}.\n`);
          try {
            return await readValue(name, io);
          } catch (err) {
            if (err instanceof CliError && err.exitCode === 130) return undefined;
            throw err;
          }
        }
      : undefined,
    validate: formatValidatorFor(entry.provider),
  });
  // The value is rotated; keyward.json's rotatedAt says so. Re-read nothing: this run owns the manifest it loaded.
  ctx.p.manifest = withToken(ctx.p.manifest, name, result.entry);
  await saveManifest(ctx.p, ctx.p.manifest);
  if (result.auditError) io.stderr.write(`keyward: warning: the audit log was not written: ${result.auditError}\n`);
  const grace = entry.rotation?.graceDays ?? DEFAULT_GRACE_DAYS;
  return `rotated ${name} (${result.strategy}) in ${where(store, ref)}; the previous value is kept for ${grace} day${grace === 1 ? '' : 's'} ('keyward rollback ${name}')`;
}

async function purge(ctx: Ctx): Promise<void> {
  const byStore = new Map<string, { store: SecretStore; project: string; tokens: Record<string, TokenEntry> }>();
  for (const [name, entry] of Object.entries(ctx.p.manifest.tokens)) {
    if (!entry.rotatedAt) continue;
    const ref = parseRef(entry.ref);
    if (ref.store !== 'keychain' && ref.store !== 'env-file') continue;
    const key = `${ref.store}\0${ref.project}`;
    let g = byStore.get(key);
    if (!g) byStore.set(key, (g = { store: storeFor(ctx, entry), project: ref.project, tokens: {} }));
    g.tokens[name] = entry;
  }
  const log = auditLog(ctx.io);
  for (const g of byStore.values()) {
    try {
      const purged = await purgeExpiredPrevious({ project: g.project, tokens: g.tokens, store: g.store, now: ctx.now, audit: log });
      for (const n of purged) ctx.io.stdout.write(`keyward: deleted the previous version of ${n} (grace period over)\n`);
    } catch (err) {
      ctx.io.stderr.write(`keyward: previous versions were not cleaned up: ${(err as Error).message}\n`);
    }
  }
}

function parseStrategy(s: string | undefined): RotationStrategy | undefined {
  if (s === undefined) return undefined;
  if (!(ROTATION_STRATEGIES as readonly string[]).includes(s)) throw usage(`unknown --strategy ${s} (expected ${ROTATION_STRATEGIES.join(', ')})`);
  return s as RotationStrategy;
}

async function rotateCommand(argv: string[], io: VaultIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...storeOptions(), strategy: { type: 'string' }, yes: { type: 'boolean', short: 'y' }, due: { type: 'boolean' } },
  });
  const strategy = parseStrategy(values.strategy);
  const choice: StoreChoice = { store: values.store, envFile: values['env-file'] };
  if (values.due) {
    if (positionals.length) throw usage('rotate --due rotates every due token: give no NAME with it');
    if (strategy === 'manual') throw usage('rotate --due is non-interactive: the manual strategy needs a person');
    const p = await requireManifest(io.cwd);
    const ctx: Ctx = { io, p, choice, yes: !!values.yes, interactive: false, now: () => new Date() };
    let failed = 0;
    let rotated = 0;
    const names = Object.keys(p.manifest.tokens).sort();
    for (const name of names) {
      const entry = p.manifest.tokens[name]!;
      const st = rotationStatus(entry, ctx.now());
      if (st.state !== 'due' && st.state !== 'overdue' && st.state !== 'expired') continue;
      const s = strategy ?? strategyOf(entry.rotation);
      if (s === 'manual') {
        failed++;
        io.stderr.write(`keyward: ${name} is ${st.state} but rotates by hand (manual strategy): run 'keyward rotate ${name}' at a terminal\n`);
        continue;
      }
      try {
        io.stdout.write(`keyward: ${await rotateOne(ctx, name, s)}\n`);
        rotated++;
      } catch (err) {
        failed++;
        io.stderr.write(`keyward: ${name} (${st.state}) was not rotated: ${(err as Error).message}\n`);
      }
    }
    await purge(ctx);
    if (!rotated && !failed) io.stdout.write('keyward: no token is due for rotation\n');
    else io.stdout.write(`keyward: ${rotated} rotated, ${failed} not rotated\n`);
    return failed ? 1 : 0;
  }
  const name = oneName(positionals, 'rotate');
  const p = await requireManifest(io.cwd);
  const ctx: Ctx = { io, p, choice, yes: !!values.yes, interactive: true, now: () => new Date() };
  try {
    io.stdout.write(`keyward: ${await rotateOne(ctx, name, strategy)}\n`);
  } catch (err) {
    if (err instanceof RotationError) {
      io.stderr.write(`keyward: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  await purge(ctx);
  return 0;
}

async function rollbackCommand(argv: string[], io: VaultIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: storeOptions() });
  const name = oneName(positionals, 'rollback');
  const p = await requireManifest(io.cwd);
  const entry = p.manifest.tokens[name];
  if (!entry) throw new CliError(`${name} is not in ${MANIFEST_FILE}`);
  const ref = parseRef(entry.ref);
  const store = openStore(ref.store, ref.project, io, p, { store: values.store, envFile: values['env-file'] });
  try {
    const r = await rollbackToken({ project: ref.project, name: ref.name, entry, store, audit: auditLog(io) });
    const next = { ...p.manifest, tokens: { ...p.manifest.tokens, [name]: r.entry } };
    await saveManifest(p, next);
    if (r.auditError) io.stderr.write(`keyward: warning: the audit log was not written: ${r.auditError}\n`);
  } catch (err) {
    if (err instanceof RotationError) {
      io.stderr.write(`keyward: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  io.stdout.write(`keyward: ${name} has its previous value again in ${where(store, ref)}; the rotated value was discarded. Its age counts from when it was stored again.\n`);
  return 0;
}

export type RotateCommand = 'rotate' | 'rollback';

export async function rotateCommands(command: RotateCommand, argv: string[], io: Partial<VaultIo> = {}): Promise<number> {
  const full: VaultIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env, ...io };
  if (argv.includes('-h') || argv.includes('--help')) {
    full.stdout.write(command === 'rotate' ? ROTATE_HELP : ROLLBACK_HELP);
    return 0;
  }
  try {
    return command === 'rotate' ? await rotateCommand(argv, full) : await rollbackCommand(argv, full);
  } catch (err) {
    const e = err as Error & { code?: string };
    const isUsage = (err instanceof CliError && err.usage) || !!e.code?.startsWith('ERR_PARSE_ARGS');
    full.stderr.write(`keyward: ${e.message}\n${isUsage ? `Run 'keyward ${command} --help' for usage.\n` : ''}`);
    return err instanceof CliError ? err.exitCode : 2;
  }
}
