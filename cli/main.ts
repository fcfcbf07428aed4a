/**
 * The `keyward` command. Exit codes: 0 clean, 1 findings, 2 usage or runtime error.
 */
import { parseArgs } from 'node:util';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { scanPaths, DEFAULT_MAX_FILE_SIZE, type TreeScanResult } from '../core/detect/files.ts';
import { BASELINE_FILE, addToBaseline, baselineFilter, emptyBaseline, parseBaseline, serializeBaseline } from '../core/detect/baseline.ts';
import { RULES } from '../core/detect/rules/index.ts';
import { parseCustomRules } from '../core/detect/custom.ts';
import type { Rule } from '../core/detect/types.ts';

const GITLEAKS_CONFIG = '.gitleaks.toml';
import { scanStaged } from './staged.ts';
import { toJson, toSarif, toText, type Report } from './format.ts';
import { VERSION } from './meta.ts';
import { isVaultCommand, vaultCommand, VAULT_HELP, VAULT_HELP_LINES } from './vault.ts';
import { rotateCommands, ROTATE_HELP, ROTATE_HELP_LINES, ROLLBACK_HELP } from './rotate.ts';
import { auditCommand, AUDIT_HELP, AUDIT_HELP_LINES } from './audit.ts';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

class UsageError extends Error {}

const MAIN_HELP = `keyward ${VERSION}: keep API tokens out of source code

Usage: keyward <command> [options]

Commands:
  scan [PATH...]   Find hardcoded tokens in files, directories or staged changes
  rules            List the detection rules (--markdown for docs/rules.md)
${VAULT_HELP_LINES}${ROTATE_HELP_LINES}${AUDIT_HELP_LINES}
Options:
  -h, --help       Show help (keyward <command> --help for a command)
  -v, --version    Print the version

Exit codes: 0 nothing found, 1 findings, 2 usage or runtime error (run passes its command's;
rotate: 1 when a token was not rotated; audit verify: 1 when the chain is broken).
`;

const SCAN_HELP = `Usage: keyward scan [PATH...] [options]

Scans files and directories (default: the current directory) for hardcoded API tokens,
private keys, passwords in URLs and secret-looking assignments. Directories are walked
honouring .gitignore and .keywardignore; .git, binaries, files over the size limit and
symlinks leading out of the tree are skipped and reported.

Options:
  --format text|json|sarif   Output format (default: text). SARIF 2.1.0 suits GitHub code scanning.
  --output FILE              Write the report to FILE instead of standard output.
  --baseline FILE            Ignore findings recorded in FILE (default: ${BASELINE_FILE} in the
                             current directory, when it exists).
  --update-baseline          Add every current finding to the baseline file and exit 0.
  --staged                   Scan only what \`git diff --cached\` adds (for pre-commit hooks).
  --max-file-size BYTES      Skip files larger than this (default: ${DEFAULT_MAX_FILE_SIZE}).
  --ignore GLOB              Extra gitignore-style pattern to skip (repeatable).
  --rules FILE               Add custom rules: Keyward JSON, or a gitleaks config (.toml).
                             A .gitleaks.toml in the current directory is loaded by default.
  --no-color                 Plain text even on a terminal (NO_COLOR is honoured too).
  -h, --help                 Show this help.

Suppress a finding with a \`keyward:ignore\` comment on its line or alone on the line above
(gitleaks:allow, pragma: allowlist secret and secretlint-disable-line work too).
No output format ever contains a token's value: only a masked form and a fingerprint.

Exit codes: 0 nothing found, 1 findings, 2 usage or runtime error.
Examples:
  keyward scan
  keyward scan src config --format sarif --output keyward.sarif
  keyward scan --staged
`;

async function loadBaseline(file: string, explicit: boolean) {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) return undefined;
    throw new Error(`cannot read baseline ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseBaseline(text, file);
}

/**
 * Built-in rules plus custom ones: --rules FILE (Keyward JSON, or a gitleaks .toml), else a
 * .gitleaks.toml in the current directory, so an existing gitleaks setup carries over.
 */
async function loadRules(explicit: string | undefined): Promise<readonly Rule[]> {
  let file = explicit;
  if (!file) {
    try {
      await fsp.access(GITLEAKS_CONFIG);
      file = GITLEAKS_CONFIG;
    } catch {
      return RULES;
    }
  }
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read rules ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const { rules, errors } = parseCustomRules(text, file);
  if (errors.length) throw new Error(`custom rules not loaded:\n  ${errors.join('\n  ')}`);
  const builtin = new Set(RULES.map((r) => r.id));
  return [...RULES, ...rules.filter((r) => !builtin.has(r.id))];
}

async function scanCommand(argv: string[], out: NodeJS.WritableStream & { isTTY?: boolean }): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      baseline: { type: 'string' },
      'update-baseline': { type: 'boolean', default: false },
      staged: { type: 'boolean', default: false },
      'max-file-size': { type: 'string' },
      ignore: { type: 'string', multiple: true },
      rules: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out.write(SCAN_HELP);
    return EXIT_CLEAN;
  }
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown --format ${format} (expected text, json or sarif)`);
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  if (values['max-file-size'] !== undefined) {
    maxFileSize = Number(values['max-file-size']);
    if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) throw new UsageError('--max-file-size needs a positive whole number of bytes');
  }
  if (values.staged && positionals.length) throw new UsageError('--staged scans the staged changes; give no PATH with it');
  const options = { rules: await loadRules(values.rules), maxFileSize, ignore: values.ignore ?? [] };

  const started = performance.now();
  let result: TreeScanResult;
  if (values.staged) {
    try {
      result = scanStaged(process.cwd(), options);
    } catch (err) {
      const stderr = (err as { stderr?: Buffer }).stderr?.toString().trim();
      throw new Error(`--staged needs a git repository: ${stderr || (err as Error).message}`);
    }
  } else {
    result = await scanPaths(positionals.length ? positionals : ['.'], options);
  }

  const baselinePath = values.baseline ?? BASELINE_FILE;
  if (values['update-baseline']) {
    const current = (await loadBaseline(baselinePath, false)) ?? emptyBaseline();
    const next = addToBaseline(current, result.findings);
    await fsp.writeFile(baselinePath, serializeBaseline(next));
    process.stderr.write(`keyward: ${baselinePath} now accepts ${next.findings.length} finding(s)\n`);
    return EXIT_CLEAN;
  }
  const baseline = await loadBaseline(baselinePath, values.baseline !== undefined);
  let findings = result.findings;
  let baselined = 0;
  if (baseline) {
    const keep = baselineFilter(baseline);
    findings = findings.filter(keep);
    baselined = result.findings.length - findings.length;
  }
  const report: Report = { findings, skipped: result.skipped, files: result.files, bytes: result.bytes, ms: performance.now() - started, baselined };

  const target = values.output;
  const color = !target && values.color !== false && !values['no-color'] && !process.env.NO_COLOR && (values.color === true || !!process.env.FORCE_COLOR || !!out.isTTY);
  const text = format === 'json' ? toJson(report) : format === 'sarif' ? toSarif(report) : toText(report, color);
  if (target) {
    await fsp.mkdir(path.dirname(path.resolve(target)), { recursive: true });
    await fsp.writeFile(target, text);
  } else {
    out.write(text);
  }
  return findings.length ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** docs/rules.md: the page that diagnostics' codeDescription and SARIF helpUri link to. */
export function rulesMarkdown(): string {
  const lines = ['# Keyward rules', '', `Generated by \`keyward rules --markdown\` (${RULES.length} rules). Each heading is the anchor that diagnostics and SARIF link to.`, ''];
  for (const r of RULES) {
    lines.push(`## ${r.id}`, '', `**${r.provider}**: ${r.title}. Confidence: ${r.confidence}.`, '');
    if (r.description) lines.push(r.description, '');
    if (r.hint) lines.push(`Least privilege: ${r.hint}`, '');
    if (r.revokeUrl) lines.push(`Revoke or rotate: <${r.revokeUrl}>`, '');
    if (r.validate) lines.push('The token carries a checksum: a valid one makes the finding certain; an invalid one lowers it a step.', '');
  }
  return lines.join('\n');
}

function rulesCommand(argv: string[], out: NodeJS.WritableStream): number {
  if (argv.includes('--markdown')) {
    out.write(rulesMarkdown());
    return EXIT_CLEAN;
  }
  const width = Math.max(...RULES.map((r) => r.id.length));
  for (const r of RULES) out.write(`${r.id.padEnd(width)}  ${r.confidence.padEnd(6)}  ${r.provider}: ${r.title}\n`);
  out.write(`${RULES.length} rules\n`);
  return EXIT_CLEAN;
}

export async function main(argv: string[], out: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        out.write(command !== 'help' ? MAIN_HELP : (({ scan: SCAN_HELP, rotate: ROTATE_HELP, rollback: ROLLBACK_HELP, audit: AUDIT_HELP } as Record<string, string>)[rest[0] ?? ''] ?? (isVaultCommand(rest[0]) ? VAULT_HELP[rest[0]] : MAIN_HELP)));
        return command === undefined ? EXIT_ERROR : EXIT_CLEAN;
      case '-v':
      case '--version':
        out.write(`${VERSION}\n`);
        return EXIT_CLEAN;
      case 'scan':
        return await scanCommand(rest, out);
      case 'rules':
        return rulesCommand(rest, out);
      case 'init':
      case 'set':
      case 'get':
      case 'list':
      case 'rm':
      case 'run':
      case 'inject':
        return await vaultCommand(command, rest, { stdout: out });
      case 'rotate':
      case 'rollback':
        return await rotateCommands(command, rest, { stdout: out });
      case 'audit':
        return await auditCommand(rest, { stdout: out });
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (err) {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`keyward: ${(err as Error).message}\n${usage ? "Run 'keyward --help' for usage.\n" : ''}`);
    return EXIT_ERROR;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`keyward: ${(err as Error).message}\n`);
      process.exitCode = EXIT_ERROR;
    },
  );
}
