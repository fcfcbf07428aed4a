/**
 * Text in, findings out. One Aho-Corasick pass finds every rule keyword; each rule's regex then
 * runs only on the lines (or windows) where one of its keywords occurred. Candidates pass the
 * false-positive filters and suppressions, and overlapping findings keep the most specific rule.
 */
import { KeywordMatcher } from './keywords.ts';
import { shannonEntropy } from './entropy.ts';
import {
  hasPlaceholderWord, isBenignName, isIdentifierLike, isIntegrityOrDigest, isKnownExample, isCodeFile, skipsGenericRules,
  isPatterned, isRepeatedSteps, isTemplateOrReference, isDottedPassphrase, isExpression, namesItself, isUuid, looksRandom, looksLikePassword, secretNameKind,
  isExampleJwt, isJwtHeaderOnly, isSchemeUrl, isHostPort, isConnectionString, decodesToPlaceholder, looksLikeRegex, looksLikeChosenPassword, isDeclarationFile, isCommentLine,
  isPublishable, normalizeName, isInterleavedSequence, isPasswordHash, isNameValuePair, echoesName, isVersionOrFileName, isTypeName, isTestPath, isWeakTestPassword, isEncryptedValue, isUnspacedScript, uuidIsCredential, isAlgorithmName, isHsmPinName, namesRecordsByToken, isRecordTokenName, isLocaleFile, longestRuns, isEmailAddress, isWellKnownPassword, isDigitSecret, isCloudObjectId, isFileDigest,
} from './filters.ts';
import { isSuppressed } from './suppress.ts';
import { copyCells, createTableColumns, htmlTableCells, sqlCells, tableCells, type Cell } from './table.ts';
import { blockCells } from './block.ts';
import { fingerprint, mask } from './fingerprint.ts';
import type { Confidence, Finding, Level, PublicPlace, Rule, ScanOptions, ScanResult, Validation } from './types.ts';
import { RULES } from './rules/index.ts';
import { CLIENT_SIDE_KEYS, PUBLISHED_TOKENS } from './public-names.ts';

export const DEFAULT_MAX_LINE_LENGTH = 4000;
/** On an over-long line, specific rules search this far around a keyword. */
const LONG_LINE_BEFORE = 256;
const LONG_LINE_AFTER = 1024;
/** Multiline rules (private keys) search this far from the start of the keyword's line. */
const MULTILINE_WINDOW = 16384;

interface CompiledRule {
  rule: Rule;
  regex: RegExp;
  group: number | string | readonly string[];
}

/** The secret and its span for a rule's secret group (the first group that matched, for a list). */
function secretOf(m: RegExpExecArray, group: number | string | readonly string[]): [string, [number, number], string?] | undefined {
  if (typeof group === 'number') {
    const v = m[group], span = m.indices?.[group];
    return v !== undefined && span ? [v, span] : undefined;
  }
  for (const g of typeof group === 'string' ? [group] : group) {
    const v = m.groups?.[g], span = m.indices?.groups?.[g];
    if (v !== undefined && span) return [v, span, g];
  }
  return undefined;
}

interface Compiled {
  rules: CompiledRule[];
  matcher: KeywordMatcher;
  /** keyword id → indexes into rules */
  keywordRules: number[][];
  keywordLength: number[];
}

const compiledCache = new WeakMap<readonly Rule[], Compiled>();

function compile(rules: readonly Rule[]): Compiled {
  let c = compiledCache.get(rules);
  if (c) return c;
  const keywordIds = new Map<string, number>();
  const keywordRules: number[][] = [];
  const compiledRules = rules.map((rule, idx): CompiledRule => {
    if (rule.keywords.length === 0) throw new Error(`rule ${rule.id} has no keywords`);
    for (const kw of rule.keywords) {
      const k = kw.toLowerCase();
      let id = keywordIds.get(k);
      if (id === undefined) {
        id = keywordIds.size;
        keywordIds.set(k, id);
        keywordRules.push([]);
      }
      if (!keywordRules[id].includes(idx)) keywordRules[id].push(idx);
    }
    const flags = new Set((rule.regex.flags + 'gd').split(''));
    flags.delete('y');
    const regex = new RegExp(rule.regex.source, [...flags].join(''));
    const groupCount = new RegExp(`${rule.regex.source}|`).exec('')!.length - 1;
    const group = rule.secretGroup ?? (groupCount > 0 ? 1 : 0);
    return { rule, regex, group };
  });
  const keywords = [...keywordIds.keys()];
  c = {
    rules: compiledRules,
    matcher: new KeywordMatcher(keywords),
    keywordRules,
    keywordLength: keywords.map((k) => k.length),
  };
  compiledCache.set(rules, c);
  return c;
}

/** Offsets at which each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  let i = -1;
  while ((i = text.indexOf('\n', i + 1)) !== -1) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const LEVEL: Record<Confidence, Level> = { high: 'error', medium: 'warning', low: 'note' };
const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

interface Candidate {
  cr: CompiledRule;
  offset: number;
  secret: string;
  name: string | undefined;
  /** The value was a quoted literal (the regex's `q` group matched a quote). */
  quoted: boolean;
  /** A single-quoted shell word: `$` in it is a character, not an expansion. */
  literal?: boolean;
  /** The name is a URL query parameter (`?token=…`, `&key=…`). */
  inQuery?: boolean;
  /** Text right after the value says it was cut short: `..`, `…`, `[Redacted]`. */
  truncated?: boolean;
}

/**
 * The cells below a table's header (or after SQL's VALUES) under secret-named columns, as
 * candidates named by their column; and where the table ends, to search on from there.
 */
function tableCandidates(cr: CompiledRule, m: RegExpExecArray, from: number, text: string): { candidates: Candidate[]; end: number } {
  const header = m.groups?.header;
  const end = from + m.index + m[0].length;
  const wanted = (name: string) => secretNameKind(name) !== null;
  const next = text.indexOf('\n', end) + 1 || text.length;
  const named = (cells: Cell[]) => cells.map((c) => ({ cr, offset: c.start, secret: text.slice(c.start, c.end), name: c.name, quoted: c.quoted }));
  if (cr.rule.table === 'block') {
    const g = m.groups ?? {};
    const parent = g.section ?? g.parent;
    // A block of keys for one purpose counts too: `[encryption]` over `key = …`, `jwt:` over `key: …`,
    // OctoPrint's `api:` over `key: …` (its entries are judged by their path, `api.key`).
    // CouchDB's `[admins]` section: each entry is a user, its value that user's password (CouchDB
    // hashes it to `-pbkdf2-…` on start; a committed local.ini holds it in clear).
    // svnserve's passwd file has the same shape under `[users]` (`harry = …`).
    if (g.section === 'admins' || (g.section === 'users' && /\bsvnserve\b/i.test(text))) {
      const cells = blockCells('section', parent, 0, text, next, (name) => name.startsWith(`${g.section}.`));
      return { candidates: named(cells.map((c) => ({ ...c, name: `${c.name}.password` }))), end };
    }
    // Orthanc's `"RegisteredUsers" : { "<user>" : "<password>" }` (the server's HTTP logins).
    if (parent !== undefined && /^registered_?users$/i.test(parent) && g.open !== undefined && g.open !== ':') {
      const cells = blockCells('brace', parent, (g.ind ?? '').length, text, next, (name) => name.startsWith(`${parent}.`));
      return { candidates: named(cells.map((c) => ({ ...c, name: `${c.name}.password` }))), end };
    }
    // (A map of keys by client, `STATION_KEYS = { "ST10": "…" }`, is a parent of secrets too: each value is
    // judged as a key, long and random.)
    if (!parent || !(wanted(parent) || /encrypt|crypt|signing|jwt|hmac|aes|^api$|^pkcs_?11$|^hsm$|[a-z0-9]_keys$/i.test(parent))) return { candidates: [], end };
    // A reference to where the secret is kept names it: cert-manager's `keySecretRef:` over
    // `name: …` and `key: b64MacKey`, Kubernetes' `secretKeyRef:`, Crossplane's `secretRef:`.
    if (/(?:Ref|Reference|Selector|_ref|_reference|_selector)$/.test(parent)) return { candidates: [], end };
    const form = g.section !== undefined ? 'section' : g.open === ':' ? 'yaml' : 'brace';
    // The search goes on from the parent's line: a block nested inside may be a parent itself.
    return { candidates: named(blockCells(form, parent, (g.ind ?? '').length, text, next, wanted)), end };
  }
  if (header === undefined) return { candidates: [], end };
  // A table with a salt and an iteration count beside its password column stores digests (ejabberd's
  // SCRAM users: `password, serverkey, salt, iterationcount`).
  if (/\bsalt\b/i.test(header) && /\biteration_?(?:s|count)\b/i.test(header)) return { candidates: [], end };
  const table =
    cr.rule.table === 'sql'
      ? sqlCells(header, text, end, wanted)
      : cr.rule.table === 'sqldump'
        ? sqlCells(`(${createTableColumns(header).join(', ')})`, text, end, wanted)
        : cr.rule.table === 'copy'
          ? copyCells(header, text, next, wanted)
          : cr.rule.table === 'html'
            ? htmlTableCells(header, text, next, wanted)
            : tableCells(header, text, next, wanted);
  // A column that holds password hashes in some rows (bcrypt's `$2a$…`) holds the older rows'
  // unsalted digests in the others (32, 40 or 64 hex digits).
  // So does one beside a salt or a hash algorithm column (Gitea's `passwd, passwd_hash_algo, salt`):
  // its hex of any digest length (pbkdf2 with a 50-byte key is 100 hex digits).
  const hashed = new Set(table.cells.filter((c) => isPasswordHash(text.slice(c.start, c.end))).map((c) => c.name));
  const salted = /\bsalt\b|hash_?algo|salted_?hash|(?:pwd|passw(?:or)?d)_?hash/i.test(header);
  const digest = (v: string) => (salted ? /^(?:[0-9a-f]{2}){16,128}$/i : /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i).test(v);
  // (And where one column holds password hashes, so do the others named for the password: SAP's USR02
  // has BCODE, PASSCODE and PWDSALTEDHASH.)
  const cells = hashed.size === 0 && !salted ? table.cells : table.cells.filter((c) => !((((salted || hashed.size > 0) && secretNameKind(c.name) === 'password') || hashed.has(c.name)) && digest(text.slice(c.start, c.end))));
  return { candidates: named(cells), end: Math.max(end, table.end) };
}

/**
 * Whether a name ends in a random part, as a generated id or key prefix does (`key_kjK86s`,
 * `tok_fkUoCa`): a segment of 5 to 12 letters and digits that mixes cases and holds a digit, starts
 * lower case, or flips case three times or more. Identifiers' segments are lower, upper or Capitalised.
 */
function generatedTail(name: string): boolean {
  const m = /[_-]([A-Za-z0-9]{5,12})$/.exec(name);
  if (!m) return false;
  const seg = m[1];
  const mixed = /[a-z]/.test(seg) && /[A-Z]/.test(seg);
  if (!mixed) return false;
  // `bYcosi` after an underscore: snake_case does not go on in camelCase.
  if (/\d/.test(seg) || /^[a-z]/.test(seg)) return true;
  let flips = 0;
  for (let i = 1; i < seg.length; i++) if (/[a-z]/.test(seg[i - 1]) !== /[a-z]/.test(seg[i])) flips++;
  return flips >= 3;
}

/** What the whole file says about its values. */
interface FileContext {
  /** Its stored passwords are ciphertext under a key kept elsewhere (a SealedSecret, WinSCP with a master password …). */
  sealed: boolean;
  /** The shape of the password digests it stores (with their salt and iteration count, or by the program's design). */
  digests?: RegExp;
  /** The shape its program gives the values it encrypts (Data Loader's hex, ServiceNow's base64). */
  ciphertext?: RegExp;
  /** A test, spec or fixture file. */
  test: boolean;
  /** A locale file of translated messages (see isLocaleFile). */
  locale: boolean;
  /** It holds an OAuth 1.0 signed request, whose consumer key and token are the public halves. */
  oauth1: boolean;
  /** A miner's pool list (XMRig's `"rig-id"`, `"donate-level"`): a pool's `pass` is the worker's label, not a login. */
  minerPools: boolean;
  /** It sends Podcast Index's `X-Auth-Date`: its `Authorization` is a SHA-1 of key, secret and date, one request's signature. */
  datedDigest: boolean;
  /** It shows SCRAM credentials (a MongoDB user's `storedKey` and `serverKey`): derived from the password, not it. */
  scram: boolean;
  /** It names records by `token` (see namesRecordsByToken): a bare `token` is a record's id. */
  recordTokens: boolean;
}

/** The rules that are not generic, per rule set: what a base64-decoded value is searched with. */
const specificCache = new WeakMap<readonly Rule[], Rule[]>();
function specificRules(rules: readonly Rule[]): Rule[] {
  let r = specificCache.get(rules);
  if (!r) specificCache.set(rules, (r = rules.filter((x) => !x.generic)));
  return r;
}

/**
 * Token prefixes the provider rules know (`glsa_`, `xapp-`, `sq0csp-` …), per rule set: keywords
 * of the prefix's shape, minus the env-var prefixes that build tools read (`NEXT_PUBLIC_`, `VITE_`)
 * and two-letter ones, which passwords start with by chance.
 */
const prefixCache = new WeakMap<readonly Rule[], string[]>();
const SHORT_TOKEN_PREFIX = /^(?:oy2|gr1348941|dapi|ezak|r8_)$/;
const NOT_A_TOKEN_PREFIX = /^(?:next_public_|react_app_|vite_|vue_app_|gatsby_|expo_public_|bundle_|django-insecure-|secret_|live_|key-|api_org_)$/;
function tokenPrefixes(rules: readonly Rule[]): string[] {
  let p = prefixCache.get(rules);
  if (!p) {
    const found = new Set<string>();
    for (const r of rules) {
      if (r.generic) continue;
      for (const k of r.keywords ?? []) {
        // Also Vault's `hvs.`, and prefixes without a separator that no word starts with: NuGet's
        // `oy2`, GitLab's `GR1348941`, Databricks' `dapi`, EasyPost's `EZAK`, Replicate's `r8_`.
        const shaped = /^[a-z0-9]{2,14}[_.-](?:[a-z0-9]{1,8}[_-])?$/.test(k) || SHORT_TOKEN_PREFIX.test(k);
        if (!shaped || NOT_A_TOKEN_PREFIX.test(k) || (k.length <= 3 && !SHORT_TOKEN_PREFIX.test(k) && k !== 'sk-')) continue;
        found.add(k);
      }
    }
    // PyPI's keyword is longer than its prefix (the token's base64 head).
    found.add('pypi-');
    prefixCache.set(rules, (p = [...found]));
  }
  return p;
}

/**
 * A provider's prefix before a short body (`glsa_FymCOnPE`, `sk-f9936e2c`): a truncated or made-up
 * token. The provider's rule, which knows the format, did not take it, so neither does the generic one.
 */
function isTruncatedToken(value: string, rules: readonly Rule[]): boolean {
  const lower = value.toLowerCase();
  // (LiteLLM's virtual keys are `sk-` and 22 characters, `secrets.token_urlsafe(16)`.)
  return tokenPrefixes(rules).some((p) => lower.startsWith(p) && value.length - p.length < (p === 'sk-' ? 20 : 24));
}

/** The text a base64 (or base64url) value decodes to, when it is printable text of 16+ characters. */
function base64Text(value: string): string | undefined {
  if (value.length < 24 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value) || (value.includes('=') && value.length % 4 !== 0)) return undefined;
  const decoded = Buffer.from(value, /[-_]/.test(value) ? 'base64url' : 'base64').toString('latin1');
  return decoded.length >= 16 && /^[\x20-\x7e\t\r\n]+$/.test(decoded) ? decoded : undefined;
}

interface Verdict {
  validation?: Validation;
  /** Less sure than the rule: a UUID under a plain token name. */
  confidence?: Confidence;
  /** The value is base64 of a provider token: report it as that provider's. */
  rule?: Rule;
}

/** Applies the filters; returns the validation outcome (or null to drop). */
function accept(c: Candidate, path: string | undefined, ctx: FileContext, rules: readonly Rule[]): Verdict | null {
  const { rule } = c.cr;
  const s = c.secret;
  if (s.length === 0) return null;
  if (rule.allow && rule.allow.test(s)) return null;
  if (rule.reject && rule.reject(s)) return null;
  if (isKnownExample(s) || isTemplateOrReference(s)) return null;
  // Patterned runs only mean something in short values: a private key's base64 body has runs of
  // A and a small alphabet by nature.
  const short = s.length <= 256;
  // In a long value (a key's body) the words are looked for outside its base64 runs, where four
  // letters such as `todo` or `fake` turn up by chance in about one 2048-bit key in a thousand.
  // (The capital word `EXAMPLE` is still looked for inside them: AWS's documented session tokens
  // carry it, and seven given capitals turn up by chance in no real key.)
  if (hasPlaceholderWord(short ? s : s.replace(/[A-Za-z0-9+/=]{40,}/g, ' ')) || (!short && /EXAMPLE/.test(s)) || isExampleJwt(s)) return null;
  // A JWT whose signature was stripped (`eyJ….eyJ….`) signs nothing: a log shows its claims.
  if (/^eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.$/.test(s)) return null;
  if (rule.minEntropy !== undefined && shannonEntropy(s) < rule.minEntropy) return null;
  if (rule.generic) {
    if (skipsGenericRules(path) || ctx.sealed || ctx.locale || c.truncated) return null;
    // A password of a digest's size in base64, in a file of stored digests, is the stored hash (a
    // key of that shape beside a KDF's salt is still a key, and a name that says plain is plain).
    if (ctx.digests?.test(s) && (c.name !== undefined ? secretNameKind(c.name) === 'password' && !/plain|clear/i.test(c.name) : rule.passwordContext === true)) return null;
    if (ctx.ciphertext?.test(s)) return null;
    // A login with no password in base64 (`base64("Administrator:")`, MYOB's cftoken for a company
    // file without one) holds nothing secret.
    if (s.length <= 100 && s.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(s) && /^[\w.@\\-]{1,64}:$/.test(Buffer.from(s, 'base64').toString('latin1'))) return null;
    // Kubernetes Secret data, Docker auths and Basic headers hold base64: a provider token or a
    // private key inside is reported as what it is.
    const decoded = base64Text(s);
    if (decoded) {
      const inner = scanText(decoded, { rules: specificRules(rules) }).findings.find((f) => f.confidence !== 'low');
      if (inner) {
        const rule = rules.find((r) => r.id === inner.ruleId);
        if (rule) return inner.validation ? { rule, validation: inner.validation } : { rule };
      }
    }
    if (isExpression(s, c.quoted, c.literal ? undefined : path) || namesItself(s) || isPublishable(s) || isEncryptedValue(s) || isUnspacedScript(s) || isNameValuePair(s, c.quoted || (rule.passwordContext === true && c.name === undefined && !rule.prose))) return null;
    if (isTruncatedToken(s, rules)) return null;
    // An OAuth 1.0 request carries the consumer key and the token in clear, and signs with their
    // secrets, which it never sends (NetSuite's TBA headers, Twitter's v1 logs).
    if (ctx.oauth1 && c.name !== undefined && /^oauth_(?:consumer_key|token)$/i.test(c.name)) return null;
    if (ctx.datedDigest && rule.id === 'generic-authorization-header' && /^[0-9a-f]{40}$/.test(s)) return null;
    if (ctx.minerPools && c.name !== undefined && /(?:^|[."])pass$/i.test(c.name)) return null;
    if (ctx.scram && c.name !== undefined && /^(?:stored|server)_?key$/.test(normalizeName(c.name))) return null;
    // Shopify's REST resources (an order, a checkout) and card-issuing records carry their own `token`: it names the record.
    if (ctx.recordTokens && c.name !== undefined && /(?:^|\.)token$/i.test(c.name)) return null;
    // The rest of a URL whose scheme was read as a name (`"deeplink": "rookpass://orders/1"`).
    if (s.startsWith('//')) return null;
    // A JSON document (`DOCKER_AUTH_CONFIG: '{"credHelpers": …}'`) is structure; a secret inside it
    // is found where it stands.
    // A hex number (`"tokenTotal": "0x71a5…"`, an amount in wei) or an EVM address (40 digits) is
    // not a key. Keys are 32, 48 or 64 digits (a SAM bootKey, an AES key, an EVM private key).
    if (/^0x(?:[0-9a-fA-F]{1,24}|[0-9a-fA-F]{40})$/.test(s)) return null;
    // An id, a slash and a lower-case word is a path to something named: API Gateway's stage keys
    // (`768mbws5nx/production`), `bucket/prefix`.
    if (/^[A-Za-z0-9_-]{4,40}\/[a-z]{3,20}$/.test(s)) return null;
    // Escaped too: Keycloak's `"secretData" : "{\"value\":…,\"salt\":…}"`.
    if (/^\{[ \t]*\\?"[^"\n]{1,80}\\?"[ \t]*:/.test(s)) return null;
    // Text written as `\uXXXX` escapes (a .properties file through native2ascii) is a message.
    if (/(?:\\u[0-9a-fA-F]{4}){2}/.test(s)) return null;
    if (isVersionOrFileName(s) || isTypeName(s) || isAlgorithmName(s) || (c.name !== undefined && echoesName(s, c.name))) return null;
    // An unquoted constant named for the secret is a reference to it: `{"authkey": MSG91_AUTHKEY}`.
    if (!c.quoted && c.name !== undefined && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(s) && s.toLowerCase().replace(/_/g, '').endsWith(c.name.toLowerCase().replace(/[^a-z0-9]/g, ''))) return null;
    // In code an unquoted value is an expression, unless it is a parameter inside a URL literal.
    if (!c.quoted && !c.inQuery && isCodeFile(path) && rule.requireSecretName) return null;
    // A URL (scheme://…) is judged by the URL rules, which look at its password part alone.
    // So is a connection string (`Endpoint=…;AccountKey=…`): the connection-string rules judge its key.
    // A bare `host:port` (`connection_string: "localhost:6379"`) holds no credential.
    if (isSchemeUrl(s) || isConnectionString(s) || looksLikeRegex(s) || isHostPort(s)) return null;
    // `password: "test1234"` in a test is test data; a generated password there is still a leak.
    if (ctx.test && isWeakTestPassword(s) && (rule.passwordContext || (c.name !== undefined && secretNameKind(c.name) === 'password'))) return null;
    // The context says "password": a chosen word counts, defaults and placeholders do not. (Unless
    // the setting it names says public: Moodle's `--name=recaptchapublickey`.)
    if (rule.passwordContext && c.name !== undefined && isBenignName(c.name)) return null;
    if (rule.passwordContext) return looksLikeChosenPassword(s) && !decodesToPlaceholder(s) && !isPasswordHash(s) ? {} : null;
    let minLength = 8;
    let password = false;
    if (rule.requireSecretName) {
      // A UUID under `secretId` is an AppRole secret id (AWS's `SecretId` names a secret, no UUID).
      // A URL's `key` parameter is its API key (`?key=…` for Google, Bing and Visual Crossing), where
      // elsewhere a bare `key` names a map's entry. (Hex there is a digest or a capability link's key:
      // Shopify's order status pages.)
      // Under a bare `key`, 64 bytes in base64 are an Azure storage account's key (rclone's `key =`
      // in an azureblob remote): map entries hold no such value.
      const kind = c.name === undefined ? null : secretNameKind(c.name) ?? (isUuid(s) && /(?:^|_)secret_id$/.test(normalizeName(c.name)) ? 'strong' : /^key$/i.test(c.name) && ((c.inQuery && !/^[0-9a-f]+$/i.test(s)) || /^[A-Za-z0-9+/]{86}==$/.test(s)) ? 'key' : null);
      if (kind === null) return null;
      // Under an AK/SK pair's `sk` the secret key is one long run of key characters; a DynamoDB sort
      // key (`ORDER#2024-01-05#A7`) is not.
      if (kind === 'key' && /(?:^|_)sk$/.test(normalizeName(c.name!)) && !/^[A-Za-z0-9+/=_-]{24,}$/.test(s)) return null;
      if (kind === 'key') minLength = 16;
      // A short run of hex under an API-key name is the key's id (Vonage's 8-hex api_key): secrets are longer.
      else if (kind === 'strong' && /^[0-9a-f]{1,11}$/i.test(s)) return null;
      // Under `access_key`, 20 upper-case letters and digits are an S3-style access key's id (Wasabi,
      // MinIO, QNAP, Ceph); the secret key is the other half. (AWS's AKIA… ids have a rule of their own.)
      else if (kind === 'strong' && /^[A-Z0-9]{20}$/.test(s) && /access_?key(?:_?id)?$/i.test(normalizeName(c.name!))) return null;
      // A shared secret a person set (a webhook's, Node-RED's credentialSecret) is chosen like a
      // password: letters, digits and a symbol, ten or more, pass under a name ending in `secret`,
      // and so do dotted words ending in a number (`mesa.glacier.51`, a RADIUS or IPsec shared
      // secret). (Not words joined by `-` or `_`: `oauth2-proxy-creds` names a Secret.)
      password = kind === 'password' || (kind === 'strong' && /secret$/.test(normalizeName(c.name!)) && ((s.length >= 10 && /\p{L}/u.test(s) && /\d/.test(s) && /[^\p{L}0-9_.-]/u.test(s) && looksLikePassword(s)) || isDottedPassphrase(s)));
      // An HSM's PIN is often digits alone: six or more, not a typed run.
      if (isHsmPinName(c.name!) && /^\d{6,32}$/.test(s) && !isPatterned(s) && longestRuns(s).repeated < 4) return {};
      // Under a password's own name (not a PIN's or a passcode's), six or more digits are the
      // password a device was given: Poly's `device.auth.localAdminPassword="56980579"`.
      if (kind === 'password' && /passw|pwd/.test(normalizeName(c.name!)) && /^\d{6,15}$/.test(s) && !isPatterned(s) && longestRuns(s).repeated < 3 && longestRuns(s).sequential < 4) return {};
      if (isDigitSecret(c.name!, s)) return {};
      // `AUTH='root:…'`, `credentials: "svc:…"`: a login, judged by its password half.
      if (!password && /(?:^|_)(?:auth|creds?|credentials?|login)$/.test(normalizeName(c.name!))) {
        // (`user:pass@host` is a URL's userinfo and host, not a login; `admin:Teapot@4615lotus` is a
        // password with an `@` in it: no host name starts with a digit.)
        const login = /^[\w.@-]{1,64}:([^\s:]{6,128})$/.exec(s);
        if (login && !/@(?:[a-z][a-z0-9-]{0,62}|[\w-]{1,63}\.[\w.-]{2,200})(?::\d{1,5})?$/.test(login[1]) && looksLikeChosenPassword(login[1]) && !decodesToPlaceholder(login[1]) && !s.startsWith(`${login[1]}:`)) return {};
      }
      // Adjust's app tokens (12 lower-case letters and digits) identify the app in every build.
      if (/^[a-z0-9]{12}$/.test(s) && /(?:^|[_.-])app[_-]?tokens?(?:$|[_.-])/.test(normalizeName(c.name!))) return null;
      // An e-mail address is whom a credential belongs to (`SMTPAuthEmailAddress=scan@…`), not the credential.
      // Under a password's name it is anonymous FTP's convention (`login anonymous` / `password me@corp.org`).
      if (isEmailAddress(s)) return null;
      // In a URL's query string short values are cache busters, ids and public badge tokens
      // (codecov's `badge.svg?token=…`); API keys sent that way are long.
      if (c.inQuery && !password) minLength = 16;
      // A signed link's token is its expiry and a MAC of the URL (`token=1743566434_8da2…`): it opens
      // one file until then, and is handed to every visitor of the page that holds it.
      if (c.inQuery && /^\d{10}_[0-9a-f]{32,64}$/.test(s)) return null;
    } else if (c.name !== undefined && isBenignName(c.name)) {
      return null;
    }
    // A UUID is an id, unless the name (or an Authorization or Bearer header) says it is the credential.
    // (In a card-issuing API's records, `<record>_token` refers to another record: an id.)
    if (isUuid(s)) {
      const named = c.name !== undefined && uuidIsCredential(c.name) && !(ctx.recordTokens && isRecordTokenName(c.name));
      if (!(named || rule.id === 'generic-authorization-header' || rule.id === 'generic-bearer-token')) return null;
    }
    if (c.name !== undefined && isFileDigest(c.name, s)) return null;
    if (isIntegrityOrDigest(s) || isPasswordHash(s) || decodesToPlaceholder(s) || isInterleavedSequence(s) || isRepeatedSteps(s) || isCloudObjectId(s) || isJwtHeaderOnly(s)) return null;
    // Home Assistant stores its users' bcrypt hashes base64-encoded.
    if (decoded && isPasswordHash(decoded)) return null;
    // A shipped or documented default is no one's secret, however random it looks (`d1r3ctu5`).
    if (password && isWellKnownPassword(s)) return null;
    // 128 hex digits under a password's name are a SHA-512 digest (OctoPrint's users.yaml keeps
    // sha512(password + salt)); nobody types, or generates, a password that long in hex.
    if (password && /^[0-9a-f]{128}$/.test(s)) return null;
    // A password a person chose need not look random, only not like a word or a reference.
    if (!(password && looksLikePassword(s)) && (isIdentifierLike(s) || !looksRandom(s, minLength))) return null;
  } else {
    if (rule.requireSecretName && (c.name === undefined || secretNameKind(c.name) === null)) return null;
    // The random tail after a provider prefix must not be a hand-typed pattern. In a URL (a
    // webhook) that is its last segment: the ids before it may hold a run of digits by chance.
    const tail = s.includes('://') ? s.slice(s.lastIndexOf('/') + 1) : s.replace(/^[A-Za-z]{1,12}[_-]/, '');
    if (short && !rule.allowPatterned && isPatterned(tail)) return null;
  }
  if (rule.validate) return { validation: rule.validate(s) };
  return {};
}

function confidenceOf(rule: Rule, validation: Validation | undefined): Confidence {
  if (validation === 'valid') return 'high';
  // A checksum that does not verify is a fabricated, truncated or test token: still a token-shaped
  // string with the provider's prefix, so it is reported, one step less sure.
  if (validation === 'invalid') return rule.confidence === 'high' ? 'medium' : 'low';
  return rule.confidence;
}

/**
 * Text scanned as it reads rather than as it is written. Nine spellings hide a value or its name:
 * - JSON writers that escape `/` (Slack and Teams exports, PHP's json_encode) turn
 *   `redis://u:p@host` into `redis:\/\/u:p@host` and cut base64 values at each `\/`;
 * - code that builds a long literal from pieces: `"https://hooks.slack.com/services/" +` and
 *   `"T0…/B0…/" +` on the next line, Python's and C's adjacent literals inside parentheses,
 *   PHP's `'…' . '…'`, VB's `"…" & "…"`;
 * - names in the team's language: `contraseña`, `senha`, `şifre` (read without their accents),
 *   `密码`, `パスワード`, `비밀번호`, `пароль`, `токен` (read as the English word);
 * - Xcode's build settings, where `//` starts a comment: a URL is written `https:/$()/host`;
 * - XML escaped inside XML (BizTalk bindings, adapter settings): `&lt;Password&gt;…&lt;/Password&gt;`;
 * - mail whose text is sent in base64 or quoted-printable (`Content-Transfer-Encoding:`);
 * - files carried base64-encoded in a Kubernetes Secret's data, and the values acme.sh saves
 *   wrapped in `__ACME_BASE64__START_…__ACME_BASE64__END_`;
 * - a text file pasted as wrapped base64 (`base64 key.json` in a terminal or a log).
 * The view drops the backslash, the junction or the empty `$()` between the pieces, reads the
 * words in English, the entities as the characters they stand for and a mail's text decoded; the
 * text is scanned as the view reads, and each finding is mapped back onto the text (a value joined
 * from pieces spans them all; one found in a decoded mail body spans the body as it was sent).
 */
export function scanText(text: string, options: ScanOptions = {}): ScanResult {
  // Accents fold one UTF-16 unit to one: offsets into the folded text are offsets into the text.
  const folded = foldAccents(text);
  const edits = viewEdits(folded, isCodeFile(options.path));
  if (edits.length === 0 && folded === text) return scanPlain(text, options);
  // edits: [start, end, replacement] over the text, ascending and disjoint. at[i] is where the
  // i-th edit's replacement starts in the view; shift[i] is text offset minus view offset after it.
  const at: number[] = [], shift: number[] = [];
  const parts: string[] = [];
  let from = 0, delta = 0;
  for (const [a, b, r] of edits) {
    parts.push(folded.slice(from, a), r);
    at.push(a - delta);
    delta += b - a - r.length;
    shift.push(delta);
    from = b;
  }
  parts.push(folded.slice(from));
  const result = scanPlain(parts.join(''), options);
  if (result.findings.length === 0) return result;
  // A view offset inside a replaced word maps to the word's start (or, for an end, its end).
  const toText = (v: number, isEnd: boolean) => {
    let lo = 0, hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return v;
    const [a, b, r] = edits[lo - 1];
    if (v < at[lo - 1] + r.length) return isEnd ? b - 1 : a;
    return v + shift[lo - 1];
  };
  const starts = lineStarts(text);
  const position = (offset: number) => {
    const line = lineOf(starts, offset);
    return { line: line + 1, column: offset - starts[line] + 1 };
  };
  const findings = result.findings.map((f) => {
    const offset = toText(f.offset, false), stop = toText(f.offset + f.length - 1, true) + 1;
    const mapped = { ...f, offset, length: stop - offset, start: position(offset), end: position(stop) };
    // The view folded accents inside the value: mask and fingerprint the value as written.
    if (folded !== text && folded.slice(offset, stop) !== text.slice(offset, stop)) {
      const written = valueAsWritten(text, offset, stop, edits);
      if (written !== undefined) Object.assign(mapped, { masked: mask(written), fingerprint: fingerprint(written) });
    }
    return mapped;
  });
  return { ...result, findings };
}

/**
 * The value of a finding as the scan read it: a literal built from pieces without its junctions
 * (`"https://hooks…/" +⏎  "T0…"` is one URL), `\/` unescaped. What a vault should store.
 */
export function valueAt(text: string, offset: number, length: number, edits: [number, number, string][] = viewEdits(text)): string {
  const end = offset + length;
  return valueAsWritten(text, offset, end, edits.filter(([a, b, r]) => r === '' && a >= offset && b <= end)) ?? text.slice(offset, end);
}

/** The view's edits of a text, to read several values of one document with `valueAt` in one pass. */
export function viewEditsOf(text: string): [number, number, string][] {
  return viewEdits(text);
}

/** The text from `start` to `end` without the junctions the view dropped; undefined if a word was replaced in it. */
function valueAsWritten(text: string, start: number, end: number, edits: [number, number, string][]): string | undefined {
  let out = '', from = start;
  for (const [a, b, r] of edits) {
    if (b <= start || a >= end) continue;
    if (r !== '') return undefined;
    out += text.slice(from, a);
    from = b;
  }
  return out + text.slice(from, end);
}

/** Latin letters with diacritics, one UTF-16 unit each, as their base letter: `contraseña` → `contrasena`. */
const UNFOLDED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 's', ı: 'i', æ: 'a', Æ: 'A', œ: 'o', Œ: 'O', þ: 't', Þ: 'T' };
const FOLDED = new Map<string, string>();
function foldAccents(text: string): string {
  if (!/[\u00c0-\u024f]/.test(text)) return text;
  return text.replace(/[\u00c0-\u024f]/g, (c) => {
    let f = FOLDED.get(c);
    if (f === undefined) {
      const base = c.normalize('NFD')[0];
      f = /^[A-Za-z]$/.test(base) ? base : (UNFOLDED[c] ?? c);
      FOLDED.set(c, f);
    }
    return f;
  });
}

/** Secret words in scripts the name patterns (ASCII identifiers) do not read, and their English. */
const FOREIGN_WORDS: [RegExp, string][] = [
  [/密码|密碼|口令|パスワード|비밀번호|[Пп]ароль|ПАРОЛЬ|كلمة المرور|كلمة السر|पासवर्ड/, 'password'],
  [/密钥|秘钥|密鑰|秘密鍵|비밀키/, 'secret_key'],
  [/シークレット|[Сс]екрет|СЕКРЕТ/, 'secret'],
  [/令牌|トークン|토큰|[Тт]окен|ТОКЕН/, 'token'],
  [/[Кк]люч|КЛЮЧ/, 'key'],
];
const FOREIGN = new RegExp(FOREIGN_WORDS.map(([re]) => `(${re.source})`).join('|'), 'g');

/**
 * A junction between two pieces of one literal: a closing quote, `+`, `.` or `&` (or nothing but
 * a line break: adjacent literals), and the same quote opening the next piece. Pieces on one line
 * need an operator. An operator-less junction needs a line break (`"a" "b"` on one line is two
 * shell arguments) and a first piece that opens its line or follows `=`, `(`, `[`, `:` or `return`
 * (a CSV row's last cell follows `;` or `,`). An operator that opens a line is indented (a diff's
 * `+` is not).
 * The next piece must end its line or go on to `)`, `,`, `;` or another piece: a YAML or JSON
 * line that opens with a quoted key goes on with `:`. A backslash before a quote escapes it.
 */
// The quote comes first and the escape check after it, so the regex engine can skip ahead to quotes.
const JUNCTION = /(["'])(?<!\\["'])(?:[ \t]{0,8}[+.&][ \t]{0,8}(?:\r?\n[ \t]{0,80})?|[ \t]{0,8}\r?\n[ \t]{1,80}[+.&][ \t]{0,8}|(?<=(?:^[ \t]*|[=(\[:{][ \t]{0,8}|\breturn[ \t]{1,8})["'][^"'\n]{0,400}["'])[ \t]{0,8}\r?\n[ \t]{0,80})(?=\1[^"'\n]{0,400}\1[ \t]{0,8}(?:[),;+.&]|\r?$))\1/gm;

const ENTITY: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'" };

/** A terminal escape sequence, raw or as JSON writes it: CSI (`[…m`, `[?2004h`), OSC (`]0;title` to BEL or ST), charset selections. */
const ANSI_ESCAPE = /(?:\x1b|\\u001b)(?:\[[0-9;?]{0,32}[ -\/]{0,2}[@-~]|\][^\x07\x1b\n\\]{0,300}(?:\x07|\\u0007|\x1b\\|\\u001b\\\\)|[()][A-Za-z0-9]|[=>])/g;

/** `code`: source code, where mail bodies and XML escaped in XML are not looked for. */
function viewEdits(text: string, code = false): [number, number, string][] {
  const hasSlash = text.includes('\\/');
  const hasJunction = /["'][ \t]{0,8}(?:[+.&]|\r?\n)/.test(text);
  // Cyrillic, Arabic, Devanagari, kana, CJK, Hangul: the scripts FOREIGN_WORDS are written in.
  const hasForeign = /[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(text);
  const hasEmptyExpansion = text.includes('/$()/');
  // Java .properties escape `:` (gradle-wrapper's `distributionUrl=https\://user\:pass@host/…`).
  const hasColonEscape = text.includes('\\://');
  // iCalendar and vCard fold long lines (CRLF and one space) and escape newlines and commas in
  // values: `Passwo\r\n rd: …` and `…Ironbark\\nPassword: …` are read unfolded and unescaped.
  if (/^BEGIN:(?:VCALENDAR|VCARD)\r?$/m.test(text)) {
    const edits: [number, number, string][] = [];
    for (const m of text.matchAll(/\r?\n[ \t]|\\[nN]|\\[,;]/g)) edits.push([m.index!, m.index! + m[0].length, m[0][0] === '\\' ? (m[0][1] === 'n' || m[0][1] === 'N' ? '\n' : m[0][1]) : '']);
    return edits;
  }
  // XML written inside XML (BizTalk bindings, SSIS and WCF adapter settings, SOAP payloads in
  // logs): `&lt;Password vt="8"&gt;…&lt;/Password&gt;`, escaped once or twice (`&amp;lt;`).
  // An escaped closing tag is the sign: JSDoc's and HTML docs' `Array&lt;string&gt;` are left alone.
  const hasEntities = !code && text.includes('lt;/') && /&(?:amp;){0,2}lt;\/[\w:-]{1,80}&(?:amp;){0,2}gt;/.test(text);
  // Mail (.eml, mbox, a ticket's raw source) whose text parts are sent in base64 or quoted-printable.
  const hasMime = !code && text.includes('Content-Transfer-Encoding:') && /^Content-Transfer-Encoding:[ \t]*(?:base64|quoted-printable)[ \t]*\r?$/im.test(text);
  // A Kubernetes Secret's data holds whole files in base64 (`alertmanager.yaml: Z2xvYmFs…`).
  const hasSecretData = !code && text.includes('Secret') && /^[ \t]*"?kind"?[ \t]*:[ \t]*"?Secret"?[ \t]*,?\r?$/m.test(text);
  // acme.sh saves some values wrapped in base64: `SAVED_DA_Api='__ACME_BASE64__START_…__ACME_BASE64__END_'`.
  const hasAcmeBase64 = text.includes('__ACME_BASE64__START_');
  // `base64 key.json` in a terminal paste or a log: a file in base64, wrapped at 64 or 76 columns.
  const hasWrappedBase64 = !code && WRAPPED_BASE64.test(text);
  // Terminal captures (script(1), tmux, screen logs, asciinema casts where JSON writes ESC as
  // `\u001b`) hold escape sequences that glue onto the words around them: `\e[?2004hcurl -u …`.
  const hasAnsi = text.includes('\x1b') || text.includes('\\u001b');
  if (!hasSlash && !hasJunction && !hasForeign && !hasEmptyExpansion && !hasColonEscape && !hasEntities && !hasMime && !hasSecretData && !hasAcmeBase64 && !hasWrappedBase64 && !hasAnsi) return [];
  const edits: [number, number, string][] = [];
  if (hasAnsi) for (const m of text.matchAll(ANSI_ESCAPE)) edits.push([m.index!, m.index! + m[0].length, '']);
  if (hasSlash) for (let i = text.indexOf('\\/'); i !== -1; i = text.indexOf('\\/', i + 2)) edits.push([i, i + 1, '']);
  if (hasEmptyExpansion) for (let i = text.indexOf('/$()/'); i !== -1; i = text.indexOf('/$()/', i + 4)) edits.push([i + 1, i + 4, '']);
  if (hasColonEscape) for (let i = text.indexOf('\\:'); i !== -1; i = text.indexOf('\\:', i + 2)) edits.push([i, i + 1, '']);
  if (hasJunction) for (const m of text.matchAll(JUNCTION)) edits.push([m.index!, m.index! + m[0].length, '']);
  if (hasForeign) {
    for (const m of text.matchAll(FOREIGN)) {
      const k = m.slice(1).findIndex((g) => g !== undefined);
      edits.push([m.index!, m.index! + m[0].length, FOREIGN_WORDS[k][1]]);
    }
  }
  // Junctions start and end at quotes, words hold none, and `\/`, `\:` and `$()` are characters of
  // no word: the edits do not overlap.
  edits.sort((x, y) => x[0] - y[0]);
  if (!hasEntities && !hasMime && !hasSecretData && !hasAcmeBase64 && !hasWrappedBase64) return edits;
  const extra: [number, number, string][] = [];
  if (hasEntities) for (const m of text.matchAll(/&(?:amp;){0,2}(lt|gt|quot|apos);/g)) extra.push([m.index!, m.index! + m[0].length, ENTITY[m[1]]]);
  if (hasMime) extra.push(...mimeEdits(text));
  if (hasSecretData) extra.push(...secretDataEdits(text));
  if (hasWrappedBase64) extra.push(...wrappedBase64Edits(text));
  if (hasAcmeBase64) {
    for (const m of text.matchAll(/__ACME_BASE64__START_(?<v>[A-Za-z0-9+/]{4,4096}={0,2})__ACME_BASE64__END_/g)) {
      const decoded = printableText(Buffer.from(m.groups!.v, 'base64'));
      if (decoded !== undefined && !decoded.includes('\n')) extra.push([m.index!, m.index! + m[0].length, decoded]);
    }
  }
  extra.sort((x, y) => x[0] - y[0]);
  // An entity or a decoded body that meets an edit already made (`"&lt;"` joined with `&`) is left as written.
  const taken = edits.length;
  let k = 0, last = -1;
  for (const e of extra) {
    while (k < taken && edits[k][1] <= e[0]) k++;
    if ((k < taken && edits[k][0] < e[1]) || e[0] < last) continue;
    edits.push(e);
    last = e[1];
  }
  return edits.sort((x, y) => x[0] - y[0]);
}

/** A decoded mail body longer than this is left as written. */
const MIME_BODY_MAX = 1 << 20;

/**
 * The text parts of a mail, as the reader sees them: a base64 body (its lines, up to the first line
 * that is not base64) becomes its text when that text is printable UTF-8, so an image or a PDF is
 * left as it is; a quoted-printable body loses its soft line breaks and its `=XX` escapes, up to the
 * next MIME boundary.
 */
function mimeEdits(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const m of text.matchAll(/^Content-Transfer-Encoding:[ \t]*(base64|quoted-printable)[ \t]*\r?$/gim)) {
    // The body starts after the blank line that ends this part's headers.
    const blank = /\r?\n[ \t]*\r?\n/g;
    blank.lastIndex = m.index! + m[0].length;
    const b = blank.exec(text);
    if (!b || b.index - m.index! > 8192) continue;
    const bodyStart = b.index + b[0].length;
    if (m[1].toLowerCase() === 'base64') {
      const lines = /(?:[A-Za-z0-9+/]{4,998}={0,2}[ \t]*(?:\r?\n|$))+/y;
      lines.lastIndex = bodyStart;
      const body = lines.exec(text);
      // Base64 is four characters for three bytes, plus line ends.
      if (!body || body[0].length > MIME_BODY_MAX * 1.4) continue;
      const decoded = printableText(Buffer.from(body[0].replace(/\s+/g, ''), 'base64'));
      if (decoded === undefined) continue;
      const end = body.index + body[0].replace(/\r?\n$/, '').length;
      out.push([body.index, end, decoded]);
    } else {
      let end = text.indexOf('\n--', bodyStart);
      if (end === -1) end = text.length;
      if (end - bodyStart > MIME_BODY_MAX) continue;
      for (const q of text.slice(bodyStart, end).matchAll(/=\r?\n|(?:=[0-9A-Fa-f]{2})+/g)) {
        const from = bodyStart + q.index!;
        const decoded = q[0][1] === '\r' || q[0][1] === '\n' ? '' : Buffer.from(q[0].replace(/=/g, ''), 'hex').toString('utf8');
        out.push([from, from + q[0].length, decoded]);
      }
    }
  }
  return out;
}

/** Printable UTF-8 text of base64 bytes: no replacement characters, no control characters but tab and newlines. */
function printableText(bytes: Buffer): string | undefined {
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return decoded.length >= 8 && !/[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(decoded) ? decoded : undefined;
}

/** Three or more lines of base64 alone, all but the last 64 to 76 characters long. */
const WRAPPED_BASE64 = /^(?:[A-Za-z0-9+/]{64,76}\r?\n){2,}[A-Za-z0-9+/]{0,76}={0,2}\r?$/m;

/**
 * A text file in wrapped base64 (`base64 key.json`, `openssl base64`), as its text: the block
 * becomes what it decodes to when that is printable text with a line break or a JSON object. A
 * PEM body, an image or any other binary decodes to something else and is left as written.
 */
function wrappedBase64Edits(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const m of text.matchAll(new RegExp(WRAPPED_BASE64.source, 'gm'))) {
    const block = m[0].replace(/\r?\n?$/, '');
    if (block.length > MIME_BODY_MAX * 1.4) continue;
    const joined = block.replace(/\s+/g, '');
    if (joined.length % 4 !== 0) continue;
    const decoded = printableText(Buffer.from(joined, 'base64'));
    if (decoded === undefined || !(decoded.trim().includes('\n') || /^\s*\{/.test(decoded))) continue;
    out.push([m.index!, m.index! + block.length, decoded]);
  }
  return out;
}

/**
 * The files a Kubernetes Secret carries in its data, as text: a value whose base64 decodes to
 * lines of text or to a JSON object (`alertmanager.yaml`, `config.json`, `.dockerconfigjson`) is
 * read decoded, and so is a URL with a login in it (`postgresql://app:…@db/prod`). A value of one
 * line (a password, a token) is left as written: the generic rules judge it, and look inside it,
 * under its name.
 */
function secretDataEdits(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const m of text.matchAll(/^[ \t]+("?)[\w.-]{1,253}\1[ \t]*:[ \t]*("?)(?<v>[A-Za-z0-9+/]{24,}={0,2})\2[ \t]*,?\r?$/gm)) {
    const v = m.groups!.v;
    if (v.length % 4 !== 0 || v.length > MIME_BODY_MAX * 1.4) continue;
    const decoded = printableText(Buffer.from(v, 'base64'));
    if (decoded === undefined || !(decoded.trim().includes('\n') || /^\s*\{/.test(decoded) || /^[a-z][\w+.-]{1,20}:\/\/[^\s/@:]{1,64}:[^\s/@]{1,200}@[^\s]{1,400}$/i.test(decoded))) continue;
    // The file's lines keep the value's indentation, so the manifest around them still reads as YAML.
    const indent = ' '.repeat(m[0].length - m[0].trimStart().length + 2);
    const start = m.index! + m[0].indexOf(v, m[0].indexOf(':'));
    out.push([start, start + v.length, decoded.replace(/\r?\n(?=[^\r\n])/g, `\n${indent}`).replace(/\s+$/, '')]);
  }
  return out;
}

/**
 * A comment on the value's line, the three above or the nearest block above, that says it is public: `// search-only key`,
 * `# client-side token: designed to be public`. Said of a generic value (no provider format to
 * judge), the author's word is taken: the finding is a note.
 */
const PUBLIC_REMARK = /(?:#|\/\/|\/\*|<!--|--[ ]|^[ \t]*;|\bREM\b|"(?:\$comment|_comment|__comment|\/\/)"[ \t]*:)[^\n]{0,200}?(?:\bpublic[ -](?:by[ -]design|on purpose)|\b(?:designed|designs?|meant|safe|fine|ok|okay|intended)[ ]to[ ](?:be[ ](?:public|exposed|shipped|shared)|ship[ ]in)|\b(?:shipped|delivered|sent)[ ]to[ ](?:every|the)[ ](?:viewer|visitor|user|browser|client)|\bsafe[ ]to[ ](?:commit|expose|publish|ship|embed)\b|\bsearch[- ]only\b|\bclient[- ]side[ ](?:sdk[ ])?(?:init[ ])?(?:keys?|tokens?|ids?|values?)\b|\bcompiled[ ]into[ ](?:the|every)[ ](?:apk|app|binary|bundle|client|ipa)\b|\bbrowser[ ](?:key|source)\b|\brestricted[ ](?:by|to)[ ](?:HTTP[ ])?referr?er\b|\bread-only[ ]by[ ]design\b|\bbundled[ ]into[ ]the[ ](?:browser|client|app|front[- ]?end)\b|[*_]{0,2}\bpublic[*_]{0,2}[ ](?:[a-z]{2,20}[ ]){0,2}(?:token|key|ids?|identifiers?)\b|\b(?:safe|intended|meant|designed|issued)[ ]for[ ](?:client|browser|front)[- ]?(?:side|end)?[ ]use\b|\bembedded[ ]in[ ]the[ ](?:client|browser|app)\b[^\n]{0,40}\bon[ ]purpose\b|\b(?:shipped|embedded|bundled|exposed|delivered)\b[^\n]{0,40}\bby[ ]design\b|\b(?:key|token|id)[ ](?:is|are)[ ](?:public|not[ ]a[ ]secret|the[ ]public[ ](?:half|part)|an?[ ]identifier)\b|\bpublishable\b|\b(?:key|token)[ ]\(public\b)/im;

/** A comment that says the value is the id half of a pair: `# key id only; the secret is in Secrets Manager`. */
const ID_REMARK = /(?:#|\/\/|\/\*|<!--|--[ ]|^[ \t]*;|\bREM\b)[^\n]{0,200}?(?:\b(?:key[ ])?id[ ]only\b|\bonly[ ]the[ ](?:key[ ]|access[ ]key[ ])?id\b|\b(?:an?|the)[ ](?:key[ ])?(?:id|identifier),[ ]not[ ]the[ ]secret\b)/im;

const PUBLIC_REMARK_HINT = 'A comment here says this value is public by design. Check that it is the publishable half (a search-only, client-side or browser key) and restrict what it can do.';

const ANONYMOUS_HINT = 'The login here is anonymous: by convention its password is an e-mail address or any word, not a secret.';

const EXAMPLE_HINT = 'A comment above introduces this line as an example. Check that it is the documentation\'s value, not a real one left in a comment.';

/** A line that holds only a comment. */
const COMMENT_LINE = /^[ \t]*(?:#|\/\/|\/\*|\*|<!--|--[ ]|;|REM\b)/;
/** A line that gives a secret-named entry its value. */
const OTHER_SECRET_LINE = /(?:key|token|secret|passw(?:or)?d|passwd|pwd|credential|certificate)\w{0,20}["'\x60]?[ \t]{0,4}(?:[:=]|=>)[ \t]{0,4}["'\x60]?[^\s"'\x60]/i;

/** A line that assigns a value of its own (`NAME = …`, `name: …`). */
const ASSIGNMENT_LINE = /^[ \t]*(?:(?:export|const|let|var|readonly|public|private|static|final)[ \t]+)*[\w.$"'\[\]-]{1,80}[ \t]*(?::=|=(?!=)|:(?![:/]))/;

const MEETING = /\b(?:Meeting ID|Conference ID|Webinar ID)\b|zoom\.us\/[jw]\/\d|teams\.microsoft\.com\/l\/meetup-join|webex\.com\/(?:meet|join)|meet\.google\.com\/[a-z]{3}-/i;
const MEETING_HINT = 'A meeting passcode goes to every invitee and opens the meeting, not an account. Check that it is not an account password pasted beside the invite.';

/**
 * Whether a comment says the value on `line` is public: on its line or up to three lines above it,
 * in the comment block nearest above it (at most four lines of code between), or in the file's
 * opening comment when that names what the value is. Never beyond another secret-named value:
 * `# search-only key` over an Algolia key does not speak for the key below it.
 */
function publicRemarkAbove(name: string | undefined, text: string, starts: number[], line: number, lineEnd: (l: number) => number): boolean {
  // A comment over another assignment is that assignment's: `// Organization id (safe to commit)`
  // over `const orgCoreID = …` says nothing of `const apiKey = …` below it. (Unless the comment
  // names what the value is, `# public Content API key` over `url = …` and `contentApiKey = …`, or
  // the assignment opens the block the value is in.)
  // (What the value is, by its name's last word: a remark must name it to speak for it past another line.)
  const noun = name === undefined ? undefined : /(token|key|secret|id)s?$/.exec(normalizeName(name))?.[1];
  const namesNoun = noun === undefined ? undefined : new RegExp(String.raw`\b${noun}s?\b`, 'i');
  const ownedByOther = (l: number) => {
    if (namesNoun?.test(text.slice(starts[l], lineEnd(l)))) return false;
    for (let k = l + 1; k < line; k++) {
      const t = text.slice(starts[k], lineEnd(k));
      if (t.trim() === '' || COMMENT_LINE.test(t)) continue;
      return ASSIGNMENT_LINE.test(t) && !/[{([][ \t]*\r?$/.test(t);
    }
    return false;
  };
  let from = line;
  while (from > 0 && line - from < 3) {
    const above = text.slice(starts[from - 1], lineEnd(from - 1));
    if (!COMMENT_LINE.test(above) && OTHER_SECRET_LINE.test(above)) break;
    from--;
  }
  let block = '';
  for (let l = line - 1, code = 0; l >= 0; l--) {
    const above = text.slice(starts[l], lineEnd(l));
    if (COMMENT_LINE.test(above)) {
      let top = l;
      while (top > 0 && l - top < 8 && COMMENT_LINE.test(text.slice(starts[top - 1], lineEnd(top - 1)))) top--;
      if (!ownedByOther(l)) block = text.slice(starts[top], lineEnd(l));
      break;
    }
    if (OTHER_SECRET_LINE.test(above) || ++code > 4) break;
  }
  // So may the comment that opens the file, when it says so of a token or key (not a password):
  // `// CONTENTFUL delivery token: read-only, … shipped in the static build by design.`
  let header = 0;
  while (header < starts.length && header < 8 && COMMENT_LINE.test(text.slice(starts[header], lineEnd(header)))) header++;
  // (It must name what the value is: a header about a search key says nothing of a certificate.)
  const headerText = header > 0 ? text.slice(0, lineEnd(header - 1)) : '';
  const headerSays = noun !== undefined && line >= header && secretNameKind(name!) !== 'password' && PUBLIC_REMARK.test(headerText) && namesNoun!.test(headerText);
  // (A remark at the end of another assignment above speaks for that value: `CLIENT_ID = "…"  # public app id`.)
  let near = '';
  for (let l = from; l <= line; l++) {
    const t = text.slice(starts[l], lineEnd(l));
    if (l === line || (COMMENT_LINE.test(t) && !ownedByOther(l)) || (!COMMENT_LINE.test(t) && !ASSIGNMENT_LINE.test(t))) near += t + '\n';
  }
  // (A remark that calls an id public says nothing of a token or secret below it: `# public client
  // id … not a credential` over `REFRESH_TOKEN = "…"`.)
  const secretNamed = name !== undefined && /token|secret|passw|pwd/.test(normalizeName(name));
  const says = (t: string) => {
    const m = PUBLIC_REMARK.exec(t);
    return m !== null && !(secretNamed && /\bids?$/i.test(m[0]));
  };
  return headerSays || says(near) || says(block);
}

/**
 * Why a value is a note rather than a leak, if it is one: it is protected by something kept
 * elsewhere (`protectedWhen`), or its place makes it public by design (a rule's `publicNear`, or
 * its author's comment). The answer is the hint that says what to do about it.
 */
function publicPlaceHint(rule: Rule, name: string | undefined, text: string, offset: number, length: number, starts: number[], line: number, lineEnd: (l: number) => number): string | undefined {
  if (rule.protectedWhen?.test(text.slice(offset, offset + length))) return rule.protectedWhen.hint;
  const places = rule.publicNear === undefined ? [] : Array.isArray(rule.publicNear) ? rule.publicNear : [rule.publicNear as PublicPlace];
  for (const p of places) {
    if (p.pattern.test(text.slice(starts[Math.max(0, line - p.lines)], lineEnd(p.aboveOnly ? line : Math.min(starts.length - 1, line + p.lines))))) return p.hint;
  }
  // Anonymous FTP's password is an e-mail address or any word, by convention (`login anonymous`
  // on the line above in a .netrc, or before it on the same line).
  if (rule.generic || rule.id === 'netrc-credentials') {
    if (/\b(?:login|user)[ \t]+(?:anonymous|ftp)\b/i.test(text.slice(starts[Math.max(0, line - 1)], offset))) return ANONYMOUS_HINT;
  }
  // A commented-out line under a comment that introduces an example (`## … credentials here.  Example:`)
  // is the documentation's example, not the configuration (a provider's checked format still counts).
  if (rule.confidence !== 'high' && COMMENT_LINE.test(text.slice(starts[line], lineEnd(line)))) {
    for (let l = line - 1; l >= 0 && l >= line - 3; l--) {
      const above = text.slice(starts[l], lineEnd(l));
      if (!COMMENT_LINE.test(above)) break;
      // (`## Example from the docs (do not use):` too.)
      if (/\b(?:example|e\.g\.|for instance)\b(?:[ \t][^\n:]{0,40})?[ \t]*:[ \t]*\r?$/i.test(above)) return EXAMPLE_HINT;
    }
  }
  // (A remark about a key does not make a value named a secret or a password public.)
  if (rule.generic && !(name !== undefined && /secret|passw/i.test(name.slice(name.lastIndexOf('.') + 1))) && publicRemarkAbove(name, text, starts, line, lineEnd)) {
    return PUBLIC_REMARK_HINT;
  }
  if (rule.generic && ID_REMARK.test(text.slice(starts[line], lineEnd(line)))) {
    return 'A comment here says this value is the id half of a key pair, not its secret. Check that the secret half is not in the code.';
  }
  // A meeting's passcode (Zoom's `?pwd=…` link, "Meeting ID … Passcode …" in an invite) goes to every
  // invitee and opens the meeting, not an account.
  if (rule.generic && (name === undefined || /^(?:pwd|passcode|password|meeting_?(?:password|passcode))$/i.test(normalizeName(name.slice(name.lastIndexOf('.') + 1))))) {
    if (MEETING.test(text.slice(starts[Math.max(0, line - 2)], lineEnd(line)))) return MEETING_HINT;
  }
  if (rule.generic && name !== undefined) {
    // A map per environment (`apiKey: { development: …, production: … }`) is named by its parent.
    const parts = name.split('.');
    const envKeyed = parts.length > 1 && /^(?:dev(?:elopment)?|stag(?:e|ing)|prod(?:uction)?|test(?:ing)?|qa|uat|sandbox|live|local|preview)$/i.test(parts[parts.length - 1]);
    const last = normalizeName(parts[parts.length - (envKeyed ? 2 : 1)]);
    for (const k of NAMED_PUBLIC_PLACES) {
      if (k.name.test(last) && k.near.test(text.slice(starts[Math.max(0, line - k.lines)], lineEnd(Math.min(starts.length - 1, line + (k.below ?? 0)))))) return k.hint;
    }
    if (length <= 40 && secretNamedBeside(last, text.slice(starts[Math.max(0, line - 3)], lineEnd(Math.min(starts.length - 1, line + 3))))) return KEY_HALF_HINT;
  }
  return undefined;
}

const NAMED_PUBLIC_PLACES = [...CLIENT_SIDE_KEYS, ...PUBLISHED_TOKENS];

const KEY_HALF_HINT = 'This looks like the key half of a key and secret pair (the secret is named beside it): an account or app id. Check that the secret is not in the code.';

/**
 * Whether a short value's name is the key half of a pair whose secret is named beside it (within three lines):
 * `$jw_api_key = 'g2TAuUsQ'` beside `$jw_api_secret`, Shopify's `api_key` beside `api_secret_key`,
 * `REDOX_API_KEY` beside `REDOX_SECRET`.
 */
function secretNamedBeside(last: string, text: string): boolean {
  // (Spring's and Helm's kebab-case names, `api-key` beside `api-secret`, are the same words.)
  const m = /^\$?((?:[a-z0-9]+_){0,3}?)(api_)?key$/.exec(last.replace(/-/g, '_'));
  if (!m) return false;
  // A `secret_key` set beside a key of another name is the pair's secret half: GameAnalytics'
  // `gameKey` and `secretKey:`. Not a comment that calls the value a secret key, and not for a key
  // whose own name says secret (`AMPLITUDE_SECRET_KEY` is the secret half).
  if (m[1] !== '' && !/(?:^|_)(?:secret|private|signing|master|admin|server)_/.test(m[1]) && /(?<![A-Za-z0-9])secret[_.-]?key["']?[ \t]*(?::|=(?!=))/i.test(text)) return true;
  // The secret's name keeps the key's prefix (`jw_api_secret`, `REDOX_SECRET`); with no prefix, its `api`.
  const words = m[1].split('_').filter(Boolean);
  const api = words.length === 0 ? (m[2] ? 'api[_.-]?' : '') : '(?:api[_.-]?)?';
  if (words.length === 0 && !m[2]) return false;
  return new RegExp(String.raw`(?<![A-Za-z0-9])${words.map((w) => `${w}[_.-]?`).join('')}${api}(?:secret|password)(?![a-z])`, 'i').test(text);
}

function scanPlain(text: string, options: ScanOptions): ScanResult {
  const rules = options.rules ?? RULES;
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const compiled = compile(rules);
  const starts = lineStarts(text);
  const lineEnd = (l: number) => (l + 1 < starts.length ? starts[l + 1] - 1 : text.length);

  // Segments to search, per rule: [from, to) pairs in ascending `from` order.
  const segments: (number[] | undefined)[] = new Array(compiled.rules.length);
  const skipped = new Set<number>();
  const lastLine = new Int32Array(compiled.rules.length).fill(-1);

  compiled.matcher.scan(text, (kw, end, line) => {
    const ls = starts[line], le = lineEnd(line);
    const long = le - ls > maxLine;
    for (const ri of compiled.keywordRules[kw]) {
      const cr = compiled.rules[ri];
      let seg = segments[ri];
      if (!seg) seg = segments[ri] = [];
      if (long) {
        if (cr.rule.generic) {
          skipped.add(line + 1);
          continue;
        }
        const from = Math.max(ls, end - compiled.keywordLength[kw] - LONG_LINE_BEFORE);
        const to = Math.min(le, end + (cr.rule.multiline ? MULTILINE_WINDOW : LONG_LINE_AFTER));
        if (seg.length && seg[seg.length - 1] >= from) seg[seg.length - 1] = Math.max(seg[seg.length - 1], to);
        else seg.push(from, to);
        continue;
      }
      if (lastLine[ri] === line) continue;
      lastLine[ri] = line;
      if (cr.rule.windowLines) {
        const when = cr.rule.windowWhen;
        // The indicator (`|`, an open tag's `>`, a `\`) ends the line: test its last characters only.
        const lines = !when || when.test(text.slice(Math.max(ls, le - 24), le)) ? cr.rule.windowLines : 0;
        const to = lineEnd(Math.min(starts.length - 1, line + lines));
        if (seg.length && seg[seg.length - 1] >= ls) seg[seg.length - 1] = Math.max(seg[seg.length - 1], to);
        else seg.push(ls, to);
      } else if (cr.rule.multiline) {
        const to = Math.min(text.length, ls + MULTILINE_WINDOW);
        if (seg.length && seg[seg.length - 1] >= ls) seg[seg.length - 1] = Math.max(seg[seg.length - 1], to);
        else seg.push(ls, to);
      } else {
        seg.push(ls, le);
      }
    }
  });

  const candidates: Candidate[] = [];
  const codeFile = isCodeFile(options.path);
  for (let ri = 0; ri < compiled.rules.length; ri++) {
    const seg = segments[ri];
    if (!seg) continue;
    const cr = compiled.rules[ri];
    if (cr.rule.prose && codeFile) continue;
    // The same value read under two names (`$env:API_TOKEN = "…"` is `$env` typed `API_TOKEN`, and
    // `API_TOKEN`) is a candidate for each; the filters judge the name.
    const seen = new Set<string>();
    // A table rule has read the rows below its header: lines before this offset are done.
    let tableEnd = 0;
    for (let k = 0; k < seg.length; k += 2) {
      const from = seg[k];
      if (seg[k + 1] <= tableEnd) continue;
      const slice = text.slice(from, seg[k + 1]);
      cr.regex.lastIndex = Math.max(0, tableEnd - from);
      let m: RegExpExecArray | null;
      while ((m = cr.regex.exec(slice)) !== null) {
        if (m[0].length === 0) {
          cr.regex.lastIndex++;
          continue;
        }
        if (cr.rule.table) {
          // The rows are read here; a header-like row inside them is data, not another table.
          const table = tableCandidates(cr, m, from, text);
          candidates.push(...table.candidates);
          tableEnd = Math.max(tableEnd, table.end);
          cr.regex.lastIndex = Math.max(cr.regex.lastIndex, table.end - from);
          continue;
        }
        // A generic match that the filters will reject (`user='app', password='…'` read as the
        // name `app` with the value `password=`) must not swallow the real one after it: try
        // again from the next character. Names start only at word boundaries, so this finds each
        // assignment once.
        if (cr.rule.generic) cr.regex.lastIndex = m.index + 1;
        const got = secretOf(m, cr.group);
        if (!got) continue;
        let [secret, span, groupName] = got;
        // A literal that quotes itself with escapes (Gradle's buildConfigField("String", "K", "\"…\"")):
        // the value is inside the escaped quotes.
        if (cr.rule.generic && secret.length > 4 && /^\\(["'])[^]*\\\1$/.test(secret)) {
          secret = secret.slice(2, -2);
          span = [span[0] + 2, span[1] - 2];
        }
        // A value the line goes on to call stored or hashed is not the secret: an ASA's `username x
        // password <hash> encrypted`, a chat's "the PSK for <host> is in the vault".
        if (cr.rule.generic && /^["'\x60]?[ \t]+(?:encrypted|pbkdf2|hashed|nt-encrypted|(?:is|are)[ \t]+(?:in|stored|kept|saved)[ \t])/.test(slice.slice(span[1], span[1] + 40))) continue;
        // A password that repeats the word given as its user (`AUTH = ("integrator", "integrator")`) is a
        // device's shipped default. (A token given as both, Postmark's SMTP login, is still a token.)
        if (cr.rule.passwordContext && /^[A-Za-z]{3,20}\d{0,4}$/.test(secret) && slice.slice(Math.max(0, span[0] - secret.length - 12), span[0]).replace(/["'\s]/g, '').endsWith(`${secret},`)) continue;
        const offset = from + span[0];
        const key = `${offset}\0${m.groups?.name ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const nameAt = m.indices?.groups?.name?.[0];
        const inQuery = nameAt !== undefined && nameAt > 0 && (slice[nameAt - 1] === '?' || slice[nameAt - 1] === '&');
        // A value cut short for display (`ops_eyJzaWdu..[Redacted]`, `sk-…`) is not the secret.
        const after = slice.slice(span[1], span[1] + 12);
        // So is a JWT whose signature was cut off for the paste (`eyJ…eyJ….[signature removed]`).
        const truncated = /^(?:\.\.|…|\[redacted|\(redacted)/i.test(after) || (secret.endsWith('.') && (after.startsWith('.') || (secret.startsWith('eyJ') && /^[[(<]/.test(after))));
        // A value one level down is named by its path: `DBPassword` / `Default` is `DBPassword.Default`.
        const parent = m.groups?.parent;
        // A "name" that is the tail of a base64 run (`…Q0WM+UomXsGEQo5pw= root@host` in an SSH key)
        // is no name.
        if (cr.rule.generic && nameAt !== undefined && /[A-Za-z0-9+/]{16}[+/]$/.test(text.slice(Math.max(0, from + nameAt - 17), from + nameAt))) continue;
        // A ciphertext's tag at the start of a quoted value (IBM Workload Scheduler's `"ENCRYPT:…"`) is no name.
        if (cr.rule.generic && nameAt !== undefined && /^(?:ENCRYPT|ENC|ENCRYPTED|encrypted)$/.test(m.groups?.name ?? '') && /["']$/.test(slice.slice(Math.max(0, nameAt - 1), nameAt))) continue;
        // Nor is a whole base64 run (`ssh-ed25519 AAAAC3…duPw user@host` read as a directive).
        if (cr.rule.generic && m.groups?.name !== undefined && m.groups.name.length >= 24 && /^[A-Za-z0-9+/]+$/.test(m.groups.name) && (m.groups.name.match(/\d/g)?.length ?? 0) >= 3 && (m.groups.name.match(/[a-z][A-Z]|[A-Z][a-z]/g)?.length ?? 0) >= 8) continue;
        let name = parent !== undefined && m.groups?.name !== undefined ? `${parent}.${m.groups.name}` : m.groups?.name;
        // A constant whose name says nothing is named by its line's comment when that ends in what it
        // is: `const SMARTCAR_AMT = '…'; // application management token`.
        if (cr.rule.requireSecretName && name !== undefined && m.groups?.q && secretNameKind(name) === null && !isBenignName(name)) {
          const rest = slice.slice(m.index + m[0].length, m.index + m[0].length + 120);
          const remark = /^[ \t;,)]{0,8}(?:\/\/|#)[ \t]{0,4}([A-Za-z][\w -]{2,60}?(?:token|secret|password|passphrase|api[ _-]?key|access[ _-]?key|signing[ _-]?key|credential))s?\.?[ \t]*(?:\r?\n|$)/i.exec(rest);
          if (remark && !/\b(?:not|no|public|publishable|id|name|url|path|file|length|type|header|placeholder|example|sample|fake|dummy|test)\b/i.test(remark[1])) name = remark[1];
        }
        // `auth: kid=…` (a logger's name, then a pair): the value belongs to the name nearest it.
        if (cr.rule.generic && nameAt !== undefined && name !== undefined && parent === undefined) {
          const between = slice.slice(nameAt + (m.groups?.name?.length ?? 0), span[0]);
          // (Not a type: `dbPassword: string = "…"`.)
          const inner = /^[ \t]*:[ \t]+([A-Za-z_][\w.-]{0,60})=["']?$/.exec(between);
          // (A word, not the start of a password with `=` in it: `ADMIN_PASSWORD: UMdeIb=m6wP6Nu`, `vf7=…`.)
          if (inner && /^[a-z][a-z_.-]{2,30}$/.test(inner[1]) && !/^(?:string|str|number|int|bool|boolean|any|bytes|char|object)$/.test(inner[1])) name = inner[1];
        }
        // A bare `key` is a map's entry, but written for a person it takes the word before it:
        // "Gorgias API key: …", "Secret key: …". (Not `private`: a class field may be named `key`; not
        // `signing`: "signing key: 9EF1…" gives a PGP key's fingerprint or a JWKS kid.)
        if (cr.rule.generic && nameAt !== undefined && (name === 'key' || name === 'Key')) {
          const word = /(?:^|[^\w.$-])(API|Api|api|Secret|secret|Access|access|Licen[cs]e|licen[cs]e|Master|master|Encryption|encryption|Application|application)[ \t]$/.exec(text.slice(Math.max(0, from + nameAt - 24), from + nameAt));
          if (word) name = `${word[1]}_${name}`;
        }
        // A literal that is one operand of an expression is not a value: formatted
        // (`"VS%0.fCOMNTOOLS" % v`), concatenated (`"sk_" + suffix`, PHP's `'mysql:host=' . getenv(…)`), or the first two of a call's
        // three or more arguments read as a `"k", "v"` pair (`MovedAttribute("HTTPPasswordMgr",
        // "urllib2", …)`; a `struct(…, 'k', 'v', …)` list goes on past the opening line).
        if (cr.rule.generic && m.groups?.q) {
          const rest = slice.slice(m.index + m[0].length, m.index + m[0].length + 16);
          // (A tuple is not a call: SQL's `VALUES ('SMSSendPassword','…',NULL,…)` names its value.)
          const before = nameAt === undefined ? '' : slice.slice(Math.max(0, nameAt - 40), nameAt);
          const firstArgs = m.groups.pair !== undefined && /[\w$.\]>][ \t]*\([ \t]*["'\x60]$/.test(before) && !/\b(?:VALUES|values|IN|in)[ \t]*\([ \t]*["'\x60]$/.test(before) && /^[ \t]*,/.test(rest);
          if (firstArgs || /^[ \t]*(?:%[ \t]*[\w(]|\+[ \t]*[\w(]|\.format\(|\.[ \t]+[\w$(])/.test(rest)) continue;
        }
        // "… is not secret: <id>" says what the value is not.
        if (cr.rule.generic && nameAt !== undefined && /\bnot[ \t]+(?:a[ \t]+)?$/i.test(slice.slice(Math.max(0, nameAt - 8), nameAt))) continue;
        // A bare value a member call goes on from is an expression: `pkey=paramiko.Ed25519Key.from_private_key_file(…)`.
        if (cr.rule.generic && m.groups?.bare !== undefined && /^(?:\.[A-Za-z_$][\w$]{0,60}){1,4}[ \t]*\(/.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 200))) continue;
        // A quoted "name" that ends in a generated part is a value in a row of values, not a pair's
        // name: `'key_kjK86s', 'b4fa…'` is a key's display prefix beside its hash.
        if (cr.rule.generic && m.groups?.pair !== undefined && name !== undefined && generatedTail(name)) continue;
        // Two items at the start of an array literal are a list, not a name and its value:
        // `featureFlags: Set<String> = ["boarding-pass-wallet", "seat-map-v2"]` (a map's entry is `[["k", "v"]]`).
        if (cr.rule.generic && m.groups?.pair !== undefined && nameAt !== undefined && /(?<![[,][ \t]{0,4})\[[ \t]*["'\x60]$/.test(slice.slice(Math.max(0, nameAt - 12), nameAt))) continue;
        // After a quoted name and a comma, a bare word that holds `=` is the next pair's name
        // (a log's `type="REFRESH_TOKEN", realmId="…"`), not a value.
        if (cr.rule.generic && m.groups?.pair !== undefined && m.groups.bare !== undefined && m.groups.bare.includes('=')) continue;
        // A JWT's claims written out (`{ "app_key": "…", "tpc": …, "iat": …, "exp": … }`) are what
        // every holder of the token reads: the key that signs it is not among them.
        if (cr.rule.generic) {
          const lineStart = slice.lastIndexOf('\n', m.index) + 1;
          const lineEnd = slice.indexOf('\n', m.index);
          const line = slice.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
          if (/["']iat["'][ \t]*:/.test(line) && /["']exp["'][ \t]*:/.test(line)) continue;
        }
        // A token in an HTML form's hidden input goes to every visitor who loads the page (a form or
        // batch token); a secret there (`name="api_secret"`) is the leak itself, and stays.
        if (cr.rule.id === 'generic-secret-xml-attribute' && name !== undefined && nameAt !== undefined && /token$/i.test(name) &&
          /<input\b[^<>\n]{0,200}\btype[ \t]{0,4}=[ \t]{0,4}["']?hidden\b[^<>\n]{0,200}$/i.test(slice.slice(Math.max(0, nameAt - 400), nameAt))) continue;
        // A bare value that is itself an empty assignment is the next name (`FR24_KEY=   RADARBOX_KEY=`).
        if (cr.rule.generic && m.groups?.bare !== undefined && /^[A-Z][A-Z0-9_]{2,80}=$/.test(m.groups.bare)) continue;
        // Nor is a bare word that a sentence goes on from (`If the file omits "password", pyega3 prompts …`).
        if (cr.rule.generic && m.groups?.pair !== undefined && m.groups.bare !== undefined && /^[ \t]+[A-Za-z]/.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
        // Groups named `sq…` and `dq…` hold a single- or double-quoted shell word.
        const literal = groupName?.startsWith('sq');
        const quoted = !!(m.groups?.q || m.groups?.eq) || literal || !!groupName?.startsWith('dq');
        candidates.push({ cr, offset, secret, name, quoted, literal, inQuery, truncated });
      }
    }
  }

  const findings: Finding[] = [];
  const ctx: FileContext = {
    // Files whose stored passwords are all ciphertext under a key kept elsewhere: a SealedSecret,
    // WinSCP's ini with a master password, mRemoteNG's confCons.xml, a Remmina connection file,
    // Azure Functions' encrypted local settings.
    sealed: (text.includes('SealedSecret') && /^kind:[ \t]*SealedSecret\b/m.test(text)) ||
      (text.includes('UseMasterPassword') && /^UseMasterPassword=1\r?$/m.test(text)) ||
      (text.includes('mRemoteNG') && /<(?:mrng:)?Connections\b[^>]{0,500}\bProtected="/.test(text)) ||
      /^\[remmina\]\r?$/m.test(text.slice(0, 200)) ||
      // Azure Functions' local.settings.json after `func settings encrypt`.
      (text.includes('IsEncrypted') && /"IsEncrypted"[ \t]*:[ \t]*true\b/.test(text)) ||
      // An ETS keyring export (.knxkeys): every key and password in it is encrypted under the keyring's password.
      text.includes('http://knx.org/xml/keyring/'),
    test: isTestPath(options.path),
    locale: isLocaleFile(text),
    oauth1: text.includes('oauth_signature'),
    datedDigest: /x-auth-date/i.test(text),
    minerPools: text.includes('"rig-id"') || text.includes('"donate-level"'),
    // (Prosody's accounts store: `["stored_key"]`, `["server_key"]`, `["salt"]`, `["iteration_count"]`.)
    scram: (text.includes('storedKey') && text.includes('SCRAM-SHA')) || (text.includes('stored_key') && text.includes('server_key') && /iteration_?count/.test(text)),
    recordTokens: namesRecordsByToken(text),
    // Stored password digests kept with their salt and iteration count (Mosquitto's dynamic
    // security JSON: `"password": <base64>`, `"salt"`, `"iterations"`; FusionAuth's user import:
    // `"salt"`, `"encryptionScheme"`, `"factor"`; Galene's group users: `"type": "pbkdf2"`, `"key"`
    // in hex; a user store's `"password": {"value": …, "algorithm": "sha256", "salt": …}`): 32 or 64 bytes. SoftEther's
    // vpn_server.config keeps SHA-0 digests (20 bytes) and NT hashes (16) of its passwords
    // (`byte HashedPassword …`, `byte AuthPassword …`); its `byte PlainPassword` is only base64.
    digests: (text.includes('"iterations"') || text.includes('"encryptionScheme"') || /"algorithm"[ \t]*:[ \t]*"(?:sha-?(?:256|512)|pbkdf2|scrypt)/i.test(text)) && /"salt"[ \t]*:/.test(text)
      ? /^(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{86}==|[0-9a-f]{64}|[0-9a-f]{128})$/
      // Kong's decK dump keeps basic-auth passwords as SHA-1 of password and consumer id.
      : text.includes('basicauth_credentials') ? /^[0-9a-f]{40}$/
      : text.includes('declare ') && /^[ \t]*byte[ \t]+(?:HashedPassword|SecurePassword|AuthPassword|AuthNtLmSecureHash)[ \t]/m.test(text)
        ? /^(?:[A-Za-z0-9+/]{27}=|[A-Za-z0-9+/]{22}==)$/
        : undefined,
    // Salesforce Data Loader's process-conf.xml names the key file its `encrypt` utility used and
    // keeps the password as hex; a ServiceNow export (`<unload …>`) writes password2 fields as the
    // instance's ciphertext in base64; the Salesforce CLI's auth files keep tokens as `<iv>:<hex>`.
    ciphertext: text.includes('encryptionKeyFile')
      ? /^(?:[0-9a-f]{2}){16,}$/
      : text.includes('<unload unload_date=')
        ? /^(?=[^]*[+/=])(?:[A-Za-z0-9+/]{4}){5,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
        : text.includes('"orgId"') && text.includes('"instanceUrl"')
          ? /^[0-9a-f]{24}:[0-9a-f]{32,}$/
          : undefined,
  };
  // Suppression verdicts per line and rule: a minified line with a thousand matches is read once.
  const suppressed = new Map<string, boolean>();
  for (const c of candidates) {
    const verdict = accept(c, options.path, ctx, rules);
    if (!verdict) continue;
    const rule = verdict.rule ?? c.cr.rule;
    const line = lineOf(starts, c.offset);
    const key = `${line}\0${rule.id}`;
    let hidden = suppressed.get(key);
    if (hidden === undefined) {
      const lineText = text.slice(starts[line], lineEnd(line));
      const prev = line > 0 ? text.slice(starts[line - 1], lineEnd(line - 1)) : undefined;
      hidden = isSuppressed(lineText, prev, rule.id);
      suppressed.set(key, hidden);
    }
    if (hidden) continue;
    // A declaration file (.d.ts) holds types and doc comments; the code it describes is scanned in
    // its .js/.ts source. A token in one of its comments is a documentation example.
    if (isDeclarationFile(options.path) && isCommentLine(text.slice(starts[line], lineEnd(line)))) continue;
    const endOffset = c.offset + c.secret.length;
    const endLine = lineOf(starts, endOffset);
    const publicHint = publicPlaceHint(rule, c.name, text, c.offset, c.secret.length, starts, line, lineEnd);
    const confidence = publicHint ? 'low' : (verdict.confidence ?? confidenceOf(rule, verdict.validation));
    const f: Finding = {
      ruleId: rule.id,
      title: rule.title,
      provider: rule.provider,
      level: LEVEL[confidence],
      confidence,
      start: { line: line + 1, column: c.offset - starts[line] + 1 },
      end: { line: endLine + 1, column: endOffset - starts[endLine] + 1 },
      offset: c.offset,
      length: c.secret.length,
      masked: mask(c.secret),
      fingerprint: fingerprint(c.secret),
    };
    if (verdict.validation) f.validation = verdict.validation;
    if (publicHint) f.hint = publicHint;
    else if (rule.hint) f.hint = rule.hint;
    if (rule.revokeUrl) f.revokeUrl = rule.revokeUrl;
    if (rule.description) f.description = rule.description;
    findings.push(f);
  }
  // A value a comment calls public is public wherever else the file uses it: the embed URL above
  // the commented setting (`applicationKey=…` in an iframe, then `// SDK key: for browser use`).
  const remarked = new Set(findings.filter((f) => f.hint === PUBLIC_REMARK_HINT).map((f) => f.fingerprint));
  if (remarked.size > 0) {
    for (const f of findings) {
      if (f.confidence === 'low' || !remarked.has(f.fingerprint) || !rules.find((r) => r.id === f.ruleId)?.generic) continue;
      f.confidence = 'low';
      f.level = LEVEL.low;
      f.hint = PUBLIC_REMARK_HINT;
    }
  }
  return { findings: resolveOverlaps(findings, rules), skippedLines: [...skipped].sort((a, b) => a - b) };
}

/**
 * Where two findings overlap, keep the specific rule over the generic one, then the surer one. A
 * specific finding whose validator failed is as sure as a generic one over it: a Discord-shaped
 * token whose id does not decode is a note alone, but under a secret-named key the generic rule
 * vouches for it.
 */
function resolveOverlaps(findings: Finding[], rules: readonly Rule[]): Finding[] {
  if (findings.length < 2) return findings;
  const generic = new Set(rules.filter((r) => r.generic).map((r) => r.id));
  const score = (f: Finding) => (generic.has(f.ruleId) ? 0 : 100) + RANK[f.confidence] * 10 + Math.min(f.length, 9) / 10;
  const sorted = [...findings].sort((a, b) => a.offset - b.offset || score(b) - score(a));
  const kept: Finding[] = [];
  for (const f of sorted) {
    const clash = kept.findIndex((k) => f.offset < k.offset + k.length && k.offset < f.offset + f.length);
    if (clash === -1) {
      kept.push(f);
      continue;
    }
    const [winner, other] = score(f) > score(kept[clash]) ? [f, kept[clash]] : [kept[clash], f];
    const vouched = winner.validation === 'invalid' && RANK[other.confidence] > RANK[winner.confidence];
    kept[clash] = vouched ? { ...winner, confidence: other.confidence, level: other.level } : winner;
  }
  return kept.sort((a, b) => a.offset - b.offset);
}
