/**
 * False-positive filters. A scanner that cries wolf gets switched off, so every candidate passes
 * through these before it becomes a finding. Specific rules (a provider prefix, a checksum) get the
 * light set; generic rules (a secret-looking name assigned a literal) get all of them.
 */
import { shannonEntropy } from './entropy.ts';
import { fingerprint } from './fingerprint.ts';

/**
 * Documented example credentials from vendor docs, SDK tests and tutorials (AWS's
 * AKIAIOSFODNN7EXAMPLE pair, Stripe's documentation test keys, …), held as sha256 so that
 * Keyward's own bundle contains no token-shaped strings for other scanners to trip on.
 */
const KNOWN_EXAMPLES = new Set([
  '1a5d44a2dca19669d72edf4c4f1c27c4c1ca4b4408fbb17f6ce4ad452d78ddb3',
  '78314b11be2e581549ac1c4f616563fad3fdf0c3b71678f6e2299182080e0598',
  'c6ea27c534f993d31f0aef882e3d200e7b87470c379ae79c8f9b19d3bd363dc9',
  'e21b597ba6b9cafa59d9ebc4d65c0385f5eb3fa56abab2607fa76589ad849a33',
  '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326',
  'b1471f544ceeea31333bde7e1ecbaad6eac0d4a749412ad29bd66ef895b81c6b',
  'f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397',
  '0e3fd41c01a697720785471d7455850841950378123a3448f925c8687a8a4fa1',
  '6c9317953c00999d7469e88d993aacc805a9482c62b836b61cc742de15ff4431',
]);

/** Words that only placeholders contain. Checked case-insensitively as substrings of the secret. */
const PLACEHOLDER_WORDS = [
  'example', 'xxxx', 'your_', 'your-', 'yourapi', 'yourkey', 'yoursecret', 'yourtoken', 'placeholder',
  'changeme', 'change_me', 'change-me', 'redacted', 'dummy', 'sample', 'insert', 'replace',
  'secret_here', 'key_here', 'token_here', 'here_', 'todo', 'fixme', 'notreal', 'not_real', 'not-a-real',
  'pa$$w', 'passw0rd', 'p@ssw', 'p4ssw', 'p@$$w', 'fake', '****', '••••', '…', '...', 'abcdefgh', '12345678', 'dead_beef',
];

/** Names that say "this is not a secret" even when they also contain a secret-ish word. */
const BENIGN_NAME = /next|continuation|pagination|cursor|marker|last_?used|created|updated|date|time$|result|public|publishable|pub_?key|_pub\b|hash|sha\d*|digest|checksum|integrity|fingerprint|_?id$|_?ids$|uuid|guid|nonce|salt|etag|commit|version|length|_?len$|count|size|type|kind|format|prefix|suffix|pattern|regex|url$|uri$|endpoint|path|file|dir|name$|label|hint|placeholder|example|sample|mock|fake|dummy|test_?case|expires?|ttl|timeout|param|alg|algorithm|keygen|field|column|policy|scope|store|storage|manager|factory|handler|validator|generator|encoder|decoder|parser|getter|setter|input|form|button|icon|image|color|colour|style|class|css|text|message|msg|description|title|lang|locale|i18n|translation|error|exception|enabled|disabled|required|visible|hidden|mode|status|state|event|callback|listener/i;

export function isKnownExample(secret: string): boolean {
  // AKIAIOSFODNN7… is AWS's documentation key id; docs and tests vary its last characters.
  return /EXAMPLE(KEY)?$/.test(secret) || /^AKIAIOSFODNN7/.test(secret) || KNOWN_EXAMPLES.has(fingerprint(secret));
}

export function hasPlaceholderWord(secret: string): boolean {
  const s = secret.toLowerCase();
  for (const w of PLACEHOLDER_WORDS) if (s.includes(w)) return true;
  if (/^<[^>]*>$|^\[[^\]]*\]$|^\([^)]*\)$/.test(secret)) return true;
  return false;
}

/**
 * A JWT that is not a credential to hide: one whose claims are documentation data (an issuer or
 * subject at example.com, EXAMPLE ids, jwt.io's `"sub": "1234567890"`; signed tokens in docs and
 * SDK examples carry such claims, a token a service issued does not), or a public anon key
 * (`"role": "anon"`). Only the payload is read; the signature is not checked.
 */
export function isExampleJwt(value: string): boolean {
  const m = /^eyJ[A-Za-z0-9_-]{10,}\.(eyJ[A-Za-z0-9_-]{10,})\.[A-Za-z0-9_-]*$/.exec(value);
  if (!m) return false;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(m[1], 'base64url').toString('utf8'));
  } catch {
    return false;
  }
  // Supabase's anon key is a JWT meant for browsers (row-level security guards the data); its
  // service_role key is the secret one.
  if (claims && typeof claims === 'object' && (claims as Record<string, unknown>).role === 'anon') return true;
  const strings: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object' && depth < 4) for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(claims, 0);
  return strings.some((v) => hasPlaceholderWord(v) || /(^|[.@/])example\.(com|org|net)\b/i.test(v));
}

/**
 * Base64 of a placeholder: `ZHVtbXkgdGV4dA==` is "dummy text", `dXNlcjpwYXNzd29yZA==` is
 * "user:password". Kubernetes Secret data and Basic credentials are base64 of the real value, so
 * the decoded text gets the same placeholder and self-naming checks as a plain one. Values that
 * decode to bytes rather than text (random keys) are left alone.
 */
export function decodesToPlaceholder(value: string): boolean {
  if (value.length < 12 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  if (!/^[\x20-\x7e\t\r\n]+$/.test(decoded)) return false;
  return hasPlaceholderWord(decoded) || namesItself(decoded) || /(^|:)(pass|user|admin|guest|root)(:|$)/i.test(decoded);
}

/**
 * A regular expression, not a value: a character class with a range (`[A-Za-z0-9]`), a counted
 * quantifier (`{32,128}`), an escape class (`\\d`, `\\w`) or anchors around a group. Quoted
 * values may hold brackets, so `token: '[A-Za-z0-9]{40}'` in a scanner's or validator's code
 * would otherwise read as a secret.
 */
export function looksLikeRegex(value: string): boolean {
  return /\[\^?[^\]]{0,40}\w-\w[^\]]{0,40}\]/.test(value) || /[\]).+*?]\{\d{1,4}(,\d{0,4})?\}/.test(value) || /\\[dwsbDWSB]/.test(value) || /^\^.*\$$/.test(value);
}

/** A URL with a scheme (https://…, mongodb://…, ftp://…). */
export function isSchemeUrl(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\//.test(value);
}

/**
 * Passwords everyone knows: product defaults and the first ones people type. Not secret, and
 * in code they are fixtures or documentation of a default.
 */
const WELL_KNOWN_PASSWORDS = new Set([
  'password', 'passw0rd', 'secret', 'admin', 'administrator', 'root', 'toor', 'guest', 'changeme', 'changeit',
  'letmein', 'welcome', 'default', 'qwerty', 'qwertyuiop', 'abc123', 'test', 'tester', 'testing', 'user', 'demo',
  'postgres', 'mysql', 'oracle', 'public', 'private', 'master', 'manager', 'openpgp', 'sesame', 'opensesame',
  'open sesame', 'open-sesame', 'open_sesame', 'iloveyou', 'monkey', 'dragon', 'football', 'baseball', 'superman',
  'trustno1', 'mypassword', 'yourpassword', 'newpassword', 'oldpassword', 'nopassword', 'none', 'null', 'empty',
  'required', 'optional', 'hidden', 'string', 'boolean', 'number', 'undefined', 'unknown', 'invalid', 'missing',
]);

/**
 * A password the context vouches for ("the password is '…'", a credential constructor's
 * password argument): six or more characters, no spaces, not a well-known default, not a
 * reference, path or URL. Unlike looksLikePassword a single word counts, because the context,
 * not the value, says it is a password.
 */
export function looksLikeChosenPassword(value: string): boolean {
  if (value.length < 6 || value.length > 128 || /\s/.test(value)) return false;
  if (WELL_KNOWN_PASSWORDS.has(value.toLowerCase())) return false;
  if (/^(https?|wss?|ftp):\/\//i.test(value) || /^[./~]/.test(value) || /^\d+$/.test(value)) return false;
  if (/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(value)) return false; // a.b.c: an expression
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return false; // SOME_PASSWORD: a constant's name
  const { repeated, sequential } = longestRuns(value);
  return repeated < 5 && !(sequential >= 6 && sequential * 2 > value.length);
}

/** TypeScript declaration files: types and doc comments, no running code. */
export function isDeclarationFile(path: string | undefined): boolean {
  return !!path && /\.d\.[cm]?ts$/i.test(path);
}

/** A line inside a comment: `// …`, `/* …`, ` * …` (doc-comment continuation), `# …`. */
export function isCommentLine(line: string): boolean {
  return /^[ \t]*(?:\/\/|\/\*|\*|#)/.test(line);
}

/** References to a value held elsewhere: ${VAR}, {{ x }}, ${{ secrets.X }}, %VAR%, $VAR, env lookups. */
export function isTemplateOrReference(value: string): boolean {
  return (
    /\$\{|\{\{|\}\}|\{%|<%|%>|#\{/.test(value) ||
    /^%[A-Za-z_][\w]*%$/.test(value) ||
    /^\$[A-Za-z_]\w*(\/|$)/.test(value) ||
    /^\$\(/.test(value) ||
    /(process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|System\.getenv|ENV\[|Environment\.|env::var|env\(|config\(|secrets\.|vault:|keyward:\/\/|op:\/\/|arn:aws)/i.test(value)
  );
}

/**
 * Generic values only: function calls (getSecret("x")) and shell-style interpolation ($HOME/x,
 * pa$USER) where it would expand. Provider formats such as Django keys and Kerberos hashes may
 * contain `$` or `x(…)` as ordinary characters, so this is not applied to them.
 */
/** Generic values that name themselves (VERYLONGSECRET…, term-token-…, SomeKindOfPassword1): written by a person. */
export function namesItself(value: string): boolean {
  // Leetspeak (super$ecret) is left alone: people choose such passwords, and the placeholder
  // list already knows the common stand-ins (pa$$w, p@ssw, passw0rd).
  return /passw|secret|token|api_?key|test/i.test(value);
}

export function isExpression(value: string, quoted: boolean, path: string | undefined): boolean {
  if (/[A-Za-z_]\w{0,64}\([^)]{0,200}\)/.test(value)) return true;
  // `$name` interpolates where the value is unquoted or the language expands it inside quotes.
  return /\$[A-Za-z_]/.test(value) && (!quoted || INTERPOLATING_FILE.test(path ?? ''));
}

/** Files whose double-quoted strings (or every string) expand `$NAME`. */
const INTERPOLATING_FILE = /(\.(sh|bash|zsh|ksh|fish|php|pl|pm|ps1|psm1|mk|env)|(^|\/)(Makefile|Dockerfile|Containerfile|\.env(\.[\w-]+)?))$/i;

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Subresource-integrity strings and algorithm-prefixed digests. */
export function isIntegrityOrDigest(value: string): boolean {
  return /^(sha(1|224|256|384|512)|md5)[-:=]/i.test(value);
}

/** Longest run of identical characters, and of ascending/descending consecutive characters. */
export function longestRuns(s: string): { repeated: number; sequential: number } {
  let repeated = 1, bestRep = s.length ? 1 : 0;
  let up = 1, down = 1, bestSeq = s.length ? 1 : 0;
  // Interleaved sequences (a1b2c3d4…): every other character counts up.
  const up2 = [1, 1];
  for (let i = 2; i < s.length; i++) {
    // Letters only step here: runs of digits in random numeric ids step by chance.
    const c = s.charCodeAt(i) | 32;
    const k = i & 1;
    up2[k] = c >= 97 && c <= 122 && s.charCodeAt(i) - s.charCodeAt(i - 2) === 1 ? up2[k] + 1 : 1;
    if (up2[k] >= 5 && up2[k] * 2 > bestSeq) bestSeq = up2[k] * 2;
  }
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    repeated = d === 0 ? repeated + 1 : 1;
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (repeated > bestRep) bestRep = repeated;
    if (up > bestSeq) bestSeq = up;
    if (down > bestSeq) bestSeq = down;
  }
  return { repeated: bestRep, sequential: bestSeq };
}

/** A random part that is mostly one repeated or sequential run is a hand-typed fake. */
export function isPatterned(body: string): boolean {
  if (body.length < 8) return false;
  const { repeated, sequential } = longestRuns(body);
  if (repeated >= 6 || sequential >= 6) return true;
  const distinct = new Set(body).size;
  return distinct <= Math.min(10, Math.max(3, body.length / 8));
}

/**
 * Identifiers and expressions, not literals: `config.apiKey`, `SECRET_FROM_ENV`, `getToken`,
 * `my-secret-password`. A value made only of letters and separators is words, not entropy.
 */
export function isIdentifierLike(value: string): boolean {
  if (/^[A-Za-z_$][\w$]*([?!]?\.[A-Za-z_$][\w$]*)+[?!]?$/.test(value) && !/\d{3}/.test(value)) return true; // a.b?.c
  if (value.includes('[') && /^[A-Za-z_$][\w$]*(?:\[[\w$'"-]{0,40}\]|\.[A-Za-z_$][\w$]*)+$/.test(value)) return true; // a[0].b, env['X']
  if (/^[!&*-]/.test(value) && /^[!&*-]+[A-Za-z_$][\w$.?]*$/.test(value)) return true; // !!flag, &ref, *ptr
  if (isWordy(value)) return true;
  if (/^[A-Za-z][A-Za-z_\-. ]*$/.test(value)) {
    // Letters only: words unless long, mixed case and dense with case changes (base52 noise).
    if (value.length < 24 || !/[a-z]/.test(value) || !/[A-Z]/.test(value)) return true;
    let changes = 0;
    for (let i = 1; i < value.length; i++) {
      const a = value[i - 1], b = value[i];
      if ((a >= 'a' && a <= 'z') !== (b >= 'a' && b <= 'z')) changes++;
    }
    return changes < value.length / 4;
  }
  if (/^[A-Z][A-Z0-9_]*$/.test(value) && value.includes('_')) return true; // CONSTANT_NAME
  if (/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/.test(value) && !/[0-9]{4}/.test(value)) return true; // kebab/snake words
  if (/^(true|false|null|none|nil|undefined|yes|no|on|off)$/i.test(value)) return true;
  if (/^[\w.-]+\.(js|ts|json|ya?ml|txt|pem|key|crt|env|py|rb|go|java|php|sh|html?)$/i.test(value)) return true;
  if (/^(https?|wss?|ftp):\/\//i.test(value) && !/:\/\/[^/\s:@]+:[^/\s@]+@/.test(value)) return true;
  // Paths: rooted (/, ./, ../, ~/) with at least two segments; base64 values rarely start so.
  if (/^(?:\.{1,2}|~)?\/(?:[\w@.~-]+\/)+[\w@.~-]*$/.test(value) || /^[A-Za-z]:\\/.test(value)) return true;
  if (/^[#.][A-Za-z][\w-]*$/.test(value)) return true; // CSS selectors
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(value)) return true; // ISO dates
  if (/^[\w@~.-]+(?:\/[\w@~.-]+)+\.[a-z][a-z0-9]{1,5}$/i.test(value)) return true; // relative path with an extension
  if (/^(?:[A-Za-z][A-Za-z_-]*\/){2,}[A-Za-z_-]*$/.test(value)) return true; // path/of/words/
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,12}$/i.test(value) && /[a-z]{3}/i.test(value)) return true; // host names
  return false;
}

/**
 * Made of words: identifiers and messages such as `invalidUserNameOrPassword`,
 * `AccessToken_With_AuthScheme`, `msal:acquireTokenStart`. Most of the value is covered by letter
 * runs of three or more, each with a vowel. Random base62 of 16 characters passes as words about
 * 1% of the time, of 32 characters about 0.1%.
 */
export function isWordy(value: string): boolean {
  const tokens = value.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|\d+|[^A-Za-z\d]+/g) ?? [];
  let covered = 0;
  for (const t of tokens) {
    if (t.length < 3 || !/^[A-Za-z]+$/.test(t)) continue;
    if (!/[aeiouy]/i.test(t)) {
      if (t.length > 3) return false;
      continue; // acronyms such as Vpc, Tls, Jwt
    }
    if (t.length > 6 && /^[A-Z]+$/.test(t)) return false;
    covered += t.length;
  }
  return covered / value.length >= 0.7;
}

/** Source files where a secret is a quoted literal: an unquoted value there is an expression. */
const CODE_FILE = /\.(m?[jt]sx?|cjs|cts|mts|java|kts?|cs|go|rs|c|cc|cpp|h|hpp|swift|scala|php|rb|py|dart|m|vue|svelte|groovy|lua|pl|ex|exs|erl|clj|fs|r)$/i;
/** Generated files where a generic finding is always a duplicate or a type: source maps, declarations. */
const NO_GENERIC_FILE = /\.(map|d\.[cm]?ts)$/i;
/**
 * Collections of documentation examples: the AWS SDKs' `<service>.examples.json`, botocore's
 * `examples-1.json`. Every request and response in them is written for the docs, so a random
 * value under a secret-looking name is an example. Provider-format tokens are still reported
 * there. Singular `.example` files (`.env.example`, `config.example.yml`) are templates people
 * fill in and sometimes commit filled, so they keep every rule.
 */
const DOC_EXAMPLES_FILE = /(^|[/\\.])examples(-\d+)?\.(json|ya?ml)$/i;

export function isCodeFile(path: string | undefined): boolean {
  return !!path && CODE_FILE.test(path);
}

export function skipsGenericRules(path: string | undefined): boolean {
  return !!path && (NO_GENERIC_FILE.test(path) || DOC_EXAMPLES_FILE.test(path) || isLockfile(path));
}

/**
 * Random-looking: enough length, entropy and character variety that a person did not type it.
 * Used by generic rules, which have no prefix to vouch for the value.
 */
export function looksRandom(value: string, minLength = 8): boolean {
  if (value.length < minLength) return false;
  if (isIdentifierLike(value)) return false;
  const lower = /[a-z]/.test(value), upper = /[A-Z]/.test(value), digit = /[0-9]/.test(value);
  const classes = +lower + +upper + +digit + +/[^A-Za-z0-9]/.test(value);
  if (classes < 2) return false;
  if (/^\d+$/.test(value)) return false;
  if (/^[0-9.:\-/ ]+$/.test(value)) return false; // dates, times, IPs
  if (/^v?\d+(\.\d+)+([-+][\w.-]+)?$/.test(value)) return false; // versions
  // Words with a number or symbol tacked on (Password123, MySecretKey2024!) are typed, not generated.
  if (value.length <= 24 && /^(?:[A-Z]?[a-z]{2,}){1,4}[0-9!@#$%^&*._-]{0,6}$/.test(value)) return false;
  const h = shannonEntropy(value);
  const threshold = value.length < 12 ? 2.8 : value.length < 20 ? 3.0 : 3.3;
  if (h < threshold) return false;
  const { repeated, sequential } = longestRuns(value);
  if (repeated >= 5 || sequential >= 5) return false;
  return true;
}

/**
 * A password a person chose: not random, but not a word or a placeholder either. At least six
 * characters mixing two or more of lower case, upper case, digits and symbols (Pass123!@#,
 * super$ecret, Rrhh1234), and no spaces.
 */
export function looksLikePassword(value: string): boolean {
  if (value.length < 6 || /\s/.test(value)) return false;
  // Words joined by separators (foo-bar-baz, my_db_pass), dotted names, paths and URLs are not
  // passwords; a word with a symbol or digit inside (super$ecret, Rrhh1234) is.
  if (/^[a-z]+(?:[-_.][a-z]+)*$/i.test(value) || /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(value)) return false;
  if (/^(https?|wss?|ftp):\/\//i.test(value) || /^[./~]/.test(value) || /^\d+$/.test(value)) return false;
  const classes = +/[a-z]/.test(value) + +/[A-Z]/.test(value) + +/[0-9]/.test(value) + +/[^A-Za-z0-9]/.test(value);
  if (classes < 2) return false;
  // A run of 6 (abuser123456) is only a pattern when it is most of the value.
  const { repeated, sequential } = longestRuns(value);
  return repeated < 5 && !(sequential >= 6 && sequential * 2 > value.length);
}

export function isBenignName(name: string): boolean {
  return BENIGN_NAME.test(name);
}

const LOCKFILE = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|Pipfile\.lock|Gemfile\.lock|composer\.lock|go\.sum|gradle\.lockfile|packages\.lock\.json|mix\.lock|pubspec\.lock|Podfile\.lock|flake\.lock|uv\.lock)$/;

export function isLockfile(path: string | undefined): boolean {
  return !!path && LOCKFILE.test(path.replace(/\\/g, '/'));
}

const STRONG_SECRET_NAME = /passw(or)?d|passwd|passphrase|(^|[^a-z])pass($|[^a-z])|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|priv[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|credentials?|(^|[^a-z])creds?($|[^a-z])|(^|[^a-z])auth($|[^a-z0-9]|key|token|code)|conn(ection)?[_.-]?str(ing)?/i;
const KEY_NAME = /key$|key[_.-]|[_.-]key/i;
const NOT_A_SECRET_KEY = /gpg|pgp|s3_?key|object_?key|bucket|result|cache|primary|foreign|sort|storage|map|react|hot|keyboard|lookup|index|partition|row|col|redis|query|unique|local|idempotency|route|group|list|item|field|object|dict|value|turkey|monkey|donkey|whiskey|hockey|jockey|keyframe|keycode|keypress|keydown|keyup|keyword|keys$|keyof|key_?id|key_?name|key_?type|key_?size|key_?len|key_?path|key_?file|key_?alias|key_?usage|key_?ring|key_?store|key_?vault/i;

/**
 * Whether a variable or key name says its value is a secret: 'password' (a person chose the value,
 * so it need not be random), 'strong' (token, secret, api key …) or 'key' (a bare *_KEY name, which
 * needs a longer, random value), else null.
 */
const PASSWORD_NAME = /passw(or)?d|passwd|passphrase|(^|[^a-z])pass($|[^a-z])|pwd/i;

export function secretNameKind(name: string): 'password' | 'strong' | 'key' | null {
  if (isBenignName(name)) return null;
  if (PASSWORD_NAME.test(name)) return 'password';
  if (STRONG_SECRET_NAME.test(name)) return 'strong';
  // A bare `key` names a map entry far more often than a credential.
  if (KEY_NAME.test(name) && !NOT_A_SECRET_KEY.test(name) && !/^["'`$@]?key$/i.test(name)) return 'key';
  return null;
}
