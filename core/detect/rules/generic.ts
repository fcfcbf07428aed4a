/**
 * Generic detectors: no provider prefix vouches for the value, so these get every
 * false-positive filter and need a secret-looking name (requireSecretName) or a strong context.
 *
 * One assignment shape covers code and config alike:
 *   NAME ["'`]? ]? (= | : | := | => | == | , after a quoted key | > in XML) ["'`]? VALUE ["'`]?
 * e.g. password = "…" (Python, Ruby, Terraform, INI), apiKey: '…' (JS, YAML), "token": "…" (JSON),
 * API_TOKEN=… (.env, shell, Dockerfile ENV), db.password=… (properties), token := "…" (Go),
 * <apiKey>…</apiKey> (XML), put("secret", "…") (Java), `API_KEY=…` (Markdown).
 */
import type { Rule } from '../types.ts';

// The name may follow a line comment (`//$client_secret = '…'`) but not a path (`/api/token=`);
// command-line options count (`--api-token=…`, `-Ddb.password=…`).
// A quoted value may hold any character but its own quote or a space, and backslash escapes
// (generated passwords have `;`, `(`, `|`, `\`, the other quotes) but does not start with a
// quote (`'"…"'` is a string inside a string: generic-secret-build-config's); a bare value stops
// at punctuation and `&`.
const ASSIGNMENT =
  /(?:(?<=(?:^|[\s"'(=])--|(?:^|\s)-D)|(?<![\w.$-])(?<!(?:^|[^/])\/))(?<name>[A-Za-z_$@][\w.$-]{0,80})(?:["'`]?\]?[ \t]{0,40}(?:=>|:=|==|[=:>])|["'`][ \t]{0,4},)[ \t]{0,4}(?:(?:[bruf]{1,2}|@)(?=["'`])|!!str[ \t]+)?(?:(?<q>["'`])(?!["'])(?<secret>(?:(?!\k<q>)[^\s\\]|\\\S){8,300})\k<q>|(?<bare>[^"'`\s\\,;<>(){}[\]|&]{8,300}))(?=$|[\s,;)\]}<&"'`#.+])/;

/** One argument of a call: a string literal or a plain expression (name, member, index). */
const ARG = String.raw`(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[\w.$@\[\]]{1,100})`;
/** A quoted password argument. */
const PW_ARG = String.raw`(?<q>["'])(?<secret>[^"'\s\\]{6,128})\k<q>`;

const SECRET_NAME_KEYWORDS = [
  'password', 'passwd', 'passphrase', 'pwd', 'pass', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'api.key',
  'access_key', 'accesskey', 'access-key', 'private_key', 'privatekey', 'private-key', 'auth', 'credential', 'creds',
  'key', 'connectionstring', 'conn_str',
];

export const GENERIC_RULES: Rule[] = [
  {
    id: 'generic-secret',
    title: 'Hardcoded secret assigned to a secret-looking name',
    provider: 'Generic',
    regex: ASSIGNMENT,
    secretGroup: ['secret', 'bare'],
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A random-looking literal assigned to a name that says it is a secret: anyone who can read the code can use it.',
  },
  {
    // Kubernetes and CI env lists: `- name: DB_PASSWORD` with `value: …` on the next line.
    id: 'generic-secret-env-entry',
    title: 'Hardcoded secret in a name/value env entry',
    provider: 'Generic',
    regex: /\bname:[ \t]{0,8}["']?(?<name>[\w.-]{1,80})["']?[ \t]*\r?\n[ \t]{0,40}-?[ \t]{0,8}value:[ \t]{0,8}(?<q>["']?)(?<secret>[^"'\s#]{8,300})\k<q>[ \t]*(?=\r?\n|#|$)/,
    secretGroup: 'secret',
    keywords: ['name:'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    multiline: true,
    description: 'An environment variable whose name says it is a secret is given a literal value in a manifest that is committed.',
  },
  {
    // Android: buildConfigField "String", "API_KEY", "\"…\"" and resValue "string", "api_key", "…"
    // compile the value into the app, where anyone with the APK can read it.
    id: 'generic-secret-build-config',
    title: 'Hardcoded secret in a Gradle build config field',
    provider: 'Generic',
    regex: /\b(?:buildConfigField|resValue)[ \t]{0,4}\(?[ \t]{0,4}["'][\w.]{1,40}["'][ \t]{0,4},[ \t]{0,4}["'](?<name>[\w.-]{1,80})["'][ \t]{0,4},[ \t]{0,4}(?<q>["'])(?:\\?")?(?<secret>[^"'\s\\]{8,300})(?:\\?")?\k<q>/,
    secretGroup: 'secret',
    keywords: ['buildconfigfield', 'resvalue'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A build config field is compiled into the app: anyone with the binary can read it.',
  },
  {
    // .NET appSettings and the like: <add key="SmtpPassword" value="…" />, <param name="apiKey" value="…"/>.
    id: 'generic-secret-xml-attribute',
    title: 'Hardcoded secret in a key/value XML element',
    provider: 'Generic',
    regex: /\b(?:key|name)[ \t]{0,4}=[ \t]{0,4}["'](?<name>[\w.:-]{1,80})["'][ \t]{1,40}value[ \t]{0,4}=[ \t]{0,4}(?<q>["'])(?<secret>[^"'\s<>]{6,300})\k<q>/,
    secretGroup: 'secret',
    keywords: ['key=', 'name=', 'key =', 'name ='],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration entry whose key says it is a secret holds a literal value in a committed file.',
  },
  {
    // The password argument of a credential constructor or call: new NetworkCredential(user, "…"),
    // new DirectoryEntry(path, user, "…"), new PasswordAuthentication(user, "…".toCharArray()),
    // HTTPBasicAuth("user", "…"), req.SetBasicAuth("user", "…"), requests' auth=("user", "…").
    id: 'generic-credential-argument',
    title: 'Hardcoded password passed to a credential constructor',
    provider: 'Generic',
    regex: new RegExp(
      String.raw`\b(?:(?:NetworkCredential|PasswordAuthentication|UsernamePasswordCredentials|UsernamePasswordAuthenticationToken|HTTPBasicAuth|HTTPDigestAuth|SetBasicAuth|BasicAuth|auth[ \t]{0,4}=[ \t]{0,4})[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},|DirectoryEntry[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},\s{0,40}${ARG}\s{0,40},)\s{0,40}${PW_ARG}(?=\s{0,40}[),.])`,
    ),
    secretGroup: 'secret',
    keywords: [
      'networkcredential', 'passwordauthentication', 'usernamepasswordcredentials', 'usernamepasswordauthenticationtoken',
      'httpbasicauth', 'httpdigestauth', 'setbasicauth', 'basicauth', 'directoryentry', 'auth=', 'auth =',
    ],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    multiline: true,
    description: 'A password written as a literal argument signs in as that user for anyone who reads the code.',
  },
  {
    // A command-line option given a secret: `--api-token 3f9c…`, `--password "…"` in scripts,
    // Dockerfiles and CI steps. (`--token=…` is the assignment rule's.)
    id: 'generic-secret-cli-option',
    title: 'Hardcoded secret passed as a command-line option',
    provider: 'Generic',
    regex: /(?<=(?:^|[\s"'])--)(?<name>[A-Za-z][\w-]{1,40})[ \t]{1,4}(?!-)(?<q>["']?)(?<secret>[^\s"'\\`$]{8,300})\k<q>(?=$|[\s;|&)\\])/,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret on a command line is kept in shell history, CI logs and the process list.',
  },
  {
    // curl -u user:password (or --user): the password part.
    id: 'generic-curl-user-password',
    title: 'Password in a curl -u option',
    provider: 'Generic',
    regex: /\bcurl\b[^\n]{0,300}?[ \t](?:-u|--user)[ \t]{1,4}(?<q>["']?)[^\s:"'$]{1,64}:(?<secret>[^\s"'\\]{6,128})\k<q>(?=$|[\s;|&)\\])/,
    secretGroup: 'secret',
    keywords: ['curl'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'curl sends these as HTTP Basic credentials; in a script they are readable by everyone with the repository.',
  },
  {
    // A login check against a literal: if (password == "…"), pwd !== '…', password.equals("…"). The literal is the password, a backdoor anyone who reads the code has.
    id: 'generic-password-comparison',
    title: 'Password compared with a hardcoded literal',
    provider: 'Generic',
    // The name ends in the password word (adminPassword, form["pass"], PWD), so passwordStrength,
    // passwordType and bypass are not read as passwords.
    regex: /(?:(?<![A-Za-z])(?:[Pp]ass(?:word|wd|phrase)?|[Pp]wd|PASS(?:WORD|WD|PHRASE)?|PWD)|(?<=[a-z])(?:Pass(?:word|wd|phrase)?|Pwd)|(?<=[A-Z_])(?:PASS(?:WORD|WD|PHRASE)?|PWD))\d{0,3}["'`\]]{0,2}[ \t]{0,4}(?:===?|!==?|\.equals(?:IgnoreCase)?\(|\.Equals\()[ \t]{0,4}(?<q>["'`])(?<secret>[^"'`\s\\]{6,128})\k<q>/,
    secretGroup: 'secret',
    keywords: ['password', 'passwd', 'passphrase', 'pwd', 'pass'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password checked against a literal in the code is a backdoor: anyone who reads the code can log in.',
  },
  {
    // Prose: the password is "…", the default password for user "postgres" is '…'.
    id: 'generic-password-prose',
    title: 'Password written out in text',
    provider: 'Generic',
    regex: /\bpassword(?:[ \t]{1,4}for[ \t]{1,4}(?:the[ \t]{1,4})?(?:user[ \t]{1,4})?["'`]?[\w.@-]{1,64}["'`]?)?[ \t]{1,4}is[ \t]{1,4}(?<q>["'`])(?<secret>[^"'`\s\\]{6,128})\k<q>/i,
    secretGroup: 'secret',
    keywords: ['password'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password written in a README, comment or script output is readable by everyone with the repository.',
  },
  {
    id: 'generic-bearer-token',
    title: 'Hardcoded bearer token',
    provider: 'Generic',
    regex: /\bbearer[ \t]+(?<secret>[A-Za-z0-9\-._~+/]{20,500}=*)(?![A-Za-z0-9\-._~+/=])/i,
    secretGroup: 'secret',
    keywords: ['bearer'],
    confidence: 'medium',
    generic: true,
    description: 'An Authorization header value written into the code: it grants whatever the token grants.',
  },
];
