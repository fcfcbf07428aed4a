/**
 * The detection engine's data model. Nothing here knows about editors or terminals.
 *
 * A Finding never carries the secret's value: it carries where the value is (so a quick-fix can
 * read it from the document it already has), a masked form and a fingerprint. Because no output
 * format is handed a value, none can print one.
 */

export type Confidence = 'high' | 'medium' | 'low';
export type Level = 'error' | 'warning' | 'note';

/** What a rule's validator concluded from the format alone (no network). */
export type Validation = 'valid' | 'invalid';

export interface Rule {
  /** Stable id, used in suppressions, baselines, settings and SARIF: `github-pat`. */
  id: string;
  /** Human title: "GitHub personal access token (classic)". */
  title: string;
  /** Provider shown to people: "GitHub". */
  provider: string;
  /**
   * The pattern. Written without flags other than `i`/`m`/`s`; the engine adds `g`/`d`.
   * Must be linear in practice: bounded quantifiers, no nested unbounded repetition.
   */
  regex: RegExp;
  /** Lower-case literals, at least one of which occurs in (or just before) every match. */
  keywords: string[];
  /**
   * Capture group holding the secret (number or name); 0 = the whole match. Default 1 if the regex
   * has groups, else 0. A list of names is for alternations (a quoted and a bare form of the
   * value): the first group that took part in the match holds the secret.
   */
  secretGroup?: number | string | readonly string[];
  /** Minimum Shannon entropy (bits per char) of the secret. */
  minEntropy?: number;
  /** Optional format check, e.g. a CRC32 checksum embedded in the token. */
  validate?: (secret: string) => Validation;
  confidence: Confidence;
  /** Rules that match generic shapes get the full false-positive filter set. */
  generic?: boolean;
  /**
   * The regex has a `name` group (the variable or key the value is assigned to), and the match
   * counts only when that name says "secret" (see filters.secretNameKind).
   */
  requireSecretName?: boolean;
  /**
   * Generic rules whose context itself says the value is a password (a credential constructor's
   * password argument, "the password is '…'"): the value is judged as a password a person chose,
   * so a plain word counts, and only placeholders, references, well-known defaults and values that
   * name themselves are dropped.
   */
  passwordContext?: boolean;
  /**
   * Only outside source code (docs, chats, notes, logs, exports): a shape that is prose there,
   * such as `pw: …` or `user@corp / …`, reads an expression in code.
   */
  prose?: boolean;
  /** Match across lines (private keys); the engine then searches a window after each keyword. */
  multiline?: boolean;
  /**
   * Match across a few lines only: the engine searches the keyword's line and this many lines
   * after it (a YAML block scalar's value on the next line, an XML element's value on its own
   * line, a command continued with `\`). Cheaper than `multiline`, which searches 16 KB.
   */
  windowLines?: number;
  /**
   * With `windowLines`: extend the search past the keyword's line only when that line matches this
   * (ends in an open tag, a YAML block indicator, a `\` continuation); otherwise search the line alone.
   */
  windowWhen?: RegExp;
  /** Least-privilege advice where the token kind is over-privileged. */
  hint?: string;
  /**
   * Where `pattern` matches within `lines` lines of the value, the value is public by design (a
   * Firebase app's client config carries its API key on purpose): the finding is a note carrying
   * `hint`, which says how to restrict it, instead of a leak to fix.
   */
  publicNear?: PublicPlace | readonly PublicPlace[];
  /**
   * The value is useless without something kept elsewhere (a private key encrypted under a
   * passphrase): where `test` holds, the finding is a note carrying `hint`.
   */
  protectedWhen?: { test: (secret: string) => boolean; hint: string };
  /** Where to revoke or rotate a token of this kind. */
  revokeUrl?: string;
  /** Why it matters, one sentence, shown on hover. */
  description?: string;
  /**
   * The format itself has long runs (Twitter app bearer tokens start with 22 `A`s): skip the
   * hand-typed-pattern filter for this rule.
   */
  allowPatterned?: boolean;
  /** Skip matches whose secret (or whole match) matches this. */
  allow?: RegExp;
  /**
   * The regex matches a table's header: its `header` group is a header row (`rows`: CSV, TSV, a
   * Markdown table), SQL's `(col, …)` before `VALUES` (`sql`) or before `FROM stdin` in a
   * PostgreSQL dump (`copy`, tab-separated rows), or a block's parent (`block`: its `parent` or
   * `section` group names a map of entries, `open` says how it opens). The engine reads the rows after
   * the match itself; each cell is a candidate named by its column, so `requireSecretName` judges
   * the header.
   */
  table?: 'rows' | 'sql' | 'sqldump' | 'copy' | 'block' | 'html';
  /** Skip matches for which this is true: a check a regex cannot make (a JWT whose header does not decode). */
  reject?: (secret: string) => boolean;
}

/** A place that makes a value public by design: `pattern` within `lines` lines of it, and how to restrict the value there. */
export interface PublicPlace {
  pattern: RegExp;
  /** How many lines around the value's line the pattern is searched in. */
  lines: number;
  /** Search only the lines above and the value's own line, which ends the text searched (`$`). */
  aboveOnly?: boolean;
  hint: string;
}

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (what editors and SARIF count). */
  column: number;
}

export interface Finding {
  ruleId: string;
  title: string;
  provider: string;
  level: Level;
  confidence: Confidence;
  /** Range of the secret itself (not the whole match). */
  start: Position;
  end: Position;
  /** UTF-16 offsets of the secret in the scanned text. */
  offset: number;
  length: number;
  /** e.g. `ghp_…(40 chars)`: never enough to use. */
  masked: string;
  /** sha256 of the secret, hex: used for baselines and de-duplication. Not reversible for random tokens. */
  fingerprint: string;
  validation?: Validation;
  hint?: string;
  revokeUrl?: string;
  description?: string;
  /** Set by file-level scanning: path relative to the scan root, with forward slashes. */
  path?: string;
}

export interface ScanOptions {
  /** Used for path-sensitive filters (lockfiles, test fixtures) and suppression comment syntax. */
  path?: string;
  rules?: readonly Rule[];
  /** Lines longer than this are skipped (minified code); reported in `skippedLines`. */
  maxLineLength?: number;
}

export interface ScanResult {
  findings: Finding[];
  /** 1-based numbers of lines skipped for length. */
  skippedLines: number[];
}
