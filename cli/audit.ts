/**
 * `keyward audit [--since DATE] [--json]` and `keyward audit verify`.
 *
 * The log is $KEYWARD_AUDIT_LOG, else the platform's default (core/vault/audit.ts); --log FILE
 * reads another one. Exit codes: 0 printed / chain intact, 1 the chain is broken (verify), 2 usage
 * or runtime error.
 */
import { parseArgs } from 'node:util';
import { AuditLog, defaultAuditPath, type AuditEntry } from '../core/vault/audit.ts';
import type { VaultIo } from './vault.ts';

export const AUDIT_HELP_LINES = `  audit            Show the audit log of token access (--since DATE, --json)
  audit verify     Check the audit log's hash chain; names the first altered line
`;

export const AUDIT_HELP = `Usage: keyward audit [--since DATE] [--token NAME] [--json] [--log FILE]
       keyward audit verify [--json] [--log FILE]

Every access Keyward makes to a token is one JSON line in the audit log: time, actor (cli:<user>,
vscode:<user>), action (stored, read, copied, revealed, rotated, rolled-back, deleted, injected,
leak-found), token, project, a short fingerprint (12 hex digits of the value's sha256) and the
hash of the line before. Never a value.

The log: $KEYWARD_AUDIT_LOG if set, else $XDG_STATE_HOME/keyward/audit.jsonl (~/.local/state/...)
on Linux, ~/Library/Application Support/keyward/audit.jsonl on macOS,
%LOCALAPPDATA%\\keyward\\audit.jsonl on Windows.

Options:
  --since DATE   Only events at or after DATE: ISO 8601 (2026-11-01, 2026-11-01T09:00Z) or an
                 age such as 30m, 12h, 7d.
  --token NAME   Only events of that token.
  --json         JSON Lines, one entry per line, as stored.
  --log FILE     Read FILE instead of the default log.

verify recomputes the chain: exit 0 when intact; exit 1 naming the first line that was altered,
inserted, removed, moved or cut off (a log shorter than when last written counts as truncated).
`;

/** ISO 8601, or an age ("7d", "12h", "30m") before now. */
export function parseSince(s: string, now = new Date()): Date {
  const rel = /^(\d+)\s*([mhdw])$/.exec(s.trim());
  if (rel) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[rel[2] as 'm' | 'h' | 'd' | 'w'];
    return new Date(now.getTime() - Number(rel[1]) * unit);
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new Error(`--since needs a date (2026-11-01, 2026-11-01T09:00:00Z) or an age (7d, 12h, 30m), not '${s.slice(0, 40)}'`);
  return new Date(t);
}

export function auditTable(entries: AuditEntry[]): string {
  const rows = [['TIME', 'ACTOR', 'ACTION', 'TOKEN', 'FINGERPRINT', 'DETAIL']].concat(
    entries.map((e) => [
      e.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
      e.actor,
      e.action,
      e.token ? (e.project ? `${e.project}/${e.token}` : e.token) : '-',
      e.fingerprint ?? '-',
      e.detail ?? '',
    ]),
  );
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n') + '\n';
}

export async function auditCommand(argv: string[], io: Partial<VaultIo> = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { since: { type: 'string' }, token: { type: 'string' }, json: { type: 'boolean' }, log: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      stdout.write(AUDIT_HELP);
      return 0;
    }
    const file = values.log ?? defaultAuditPath(env);
    const log = new AuditLog(file);
    if (positionals[0] === 'verify') {
      if (positionals.length > 1 || values.since || values.token) throw Object.assign(new Error('audit verify takes no arguments but --json and --log'), { usage: true });
      const r = await log.verify();
      if (values.json) stdout.write(`${JSON.stringify({ file, ...r })}\n`);
      else if (r.ok) stdout.write(`keyward: the audit log is intact: ${r.lines} line${r.lines === 1 ? '' : 's'} (${file})\n`);
      else stderr.write(`keyward: the audit log has been tampered with or damaged: ${file}:${r.line}: ${r.reason}\n`);
      return r.ok ? 0 : 1;
    }
    if (positionals.length) throw Object.assign(new Error(`unknown audit subcommand '${positionals[0]!.slice(0, 20)}' (expected verify)`), { usage: true });
    const since = values.since === undefined ? undefined : parseSince(values.since);
    let entries = await log.read(since ? { since } : {});
    if (values.token) entries = entries.filter((e) => e.token === values.token);
    if (values.json) {
      for (const e of entries) stdout.write(`${JSON.stringify(e)}\n`);
    } else if (!entries.length) {
      stdout.write(`keyward: no audit events${since ? ` since ${since.toISOString()}` : ''} in ${file}\n`);
    } else {
      stdout.write(auditTable(entries));
    }
    const check = await log.verify();
    if (!check.ok) stderr.write(`keyward: warning: the audit log's chain is broken at line ${check.line} (${check.reason}); see 'keyward audit verify'\n`);
    return 0;
  } catch (err) {
    const e = err as Error & { code?: string; usage?: boolean };
    const isUsage = e.usage || !!e.code?.startsWith('ERR_PARSE_ARGS') || /^--since/.test(e.message);
    stderr.write(`keyward: ${e.message}\n${isUsage ? "Run 'keyward audit --help' for usage.\n" : ''}`);
    return 2;
  }
}
