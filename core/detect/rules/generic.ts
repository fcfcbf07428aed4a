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

const ASSIGNMENT =
  /(?<![\w.$/-])(?<name>[A-Za-z_$@][\w.$-]{0,80})(?:["'`]?\]?[ \t]{0,40}(?:=>|:=|==|[=:>])|["'`][ \t]{0,4},)[ \t]{0,4}(?:(?:[bruf]{1,2}|@)(?=["'`])|!!str[ \t]+)?(?<q>["'`]?)(?<secret>[^"'`\s\\,;<>(){}[\]|]{8,300})\k<q>(?=$|[\s,;)\]}<&"'`#.+])/;

export const GENERIC_RULES: Rule[] = [
  {
    id: 'generic-secret',
    title: 'Hardcoded secret assigned to a secret-looking name',
    provider: 'Generic',
    regex: ASSIGNMENT,
    secretGroup: 'secret',
    keywords: [
      'password', 'passwd', 'passphrase', 'pwd', 'pass', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'api.key',
      'access_key', 'accesskey', 'access-key', 'private_key', 'privatekey', 'private-key', 'auth', 'credential', 'creds',
      'key', 'connectionstring', 'conn_str',
    ],
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
