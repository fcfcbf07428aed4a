/** Suggesting an environment-variable name for a token, and keeping names unique. */

/** `stripeKey`, `APIKey`, `db.password`, `api-key` → STRIPE_KEY, API_KEY, DB_PASSWORD, API_KEY. */
export function toUpperSnake(s: string): string {
  let out = s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  if (/^[0-9]/.test(out)) out = '_' + out;
  return out;
}

/** Names that say nothing about which token it is: fall back to the provider. */
const VAGUE = new Set([
  'KEY', 'VALUE', 'VAL', 'V', 'S', 'X', 'SECRET', 'TOKEN', 'AUTHORIZATION', 'AUTH', 'HEADER', 'BEARER', 'DATA',
  'STR', 'STRING', 'DEFAULT', 'ARG', 'PARAM', 'CREDENTIAL', 'CREDENTIALS', 'ACCESS_TOKEN', 'URL', 'URI', 'DSN', 'RESULT', 'RES',
]);

const BY_RULE: Record<string, string> = {
  'stripe-live-secret-key': 'STRIPE_SECRET_KEY',
  'stripe-test-key': 'STRIPE_SECRET_KEY',
  'stripe-live-restricted-key': 'STRIPE_RESTRICTED_KEY',
  'stripe-webhook-secret': 'STRIPE_WEBHOOK_SECRET',
  'github-oauth-client-secret': 'GITHUB_CLIENT_SECRET',
  'aws-access-key-id': 'AWS_ACCESS_KEY_ID',
  'aws-secret-access-key': 'AWS_SECRET_ACCESS_KEY',
  'aws-session-token': 'AWS_SESSION_TOKEN',
  'openai-api-key': 'OPENAI_API_KEY',
  'openai-legacy-api-key': 'OPENAI_API_KEY',
  'anthropic-api-key': 'ANTHROPIC_API_KEY',
  'anthropic-admin-key': 'ANTHROPIC_ADMIN_KEY',
  'npm-access-token': 'NPM_TOKEN',
  'pypi-upload-token': 'PYPI_API_TOKEN',
  'huggingface-token': 'HF_TOKEN',
  'huggingface-org-token': 'HF_TOKEN',
  'slack-webhook': 'SLACK_WEBHOOK_URL',
  'slack-workflow-webhook': 'SLACK_WEBHOOK_URL',
  'discord-webhook-url': 'DISCORD_WEBHOOK_URL',
  'database-url-password': 'DATABASE_PASSWORD',
  'database-connection-string-password': 'DATABASE_PASSWORD',
  'odbc-connection-string-password': 'DATABASE_PASSWORD',
  'basic-auth-url': 'BASIC_AUTH_PASSWORD',
  'basic-auth-header': 'BASIC_AUTH',
  'generic-secret': 'SECRET',
  'generic-secret-env-entry': 'SECRET',
  'generic-bearer-token': 'API_TOKEN',
  'jwt': 'JWT',
  'private-key': 'PRIVATE_KEY',
  'private-key-base64': 'PRIVATE_KEY',
  'django-secret-key': 'DJANGO_SECRET_KEY',
  'django-insecure-secret-key': 'DJANGO_SECRET_KEY',
  'google-api-key': 'GOOGLE_API_KEY',
  'hashicorp-terraform-token': 'TF_TOKEN',
  'hashicorp-vault-token-legacy': 'VAULT_TOKEN',
};

const BY_PREFIX: Array<[string, string]> = [
  ['github-', 'GITHUB_TOKEN'],
  ['gitlab-', 'GITLAB_TOKEN'],
];

/** A name from the rule (and provider) alone. */
export function nameFromRule(ruleId: string, provider: string): string {
  if (BY_RULE[ruleId]) return BY_RULE[ruleId];
  for (const [p, n] of BY_PREFIX) if (ruleId.startsWith(p)) return n;
  if (ruleId) {
    const base = ruleId
      .replace(/-(legacy|v\d+)$/, '')
      .replace(/-pat$/, '-token');
    const n = toUpperSnake(base);
    if (n) return n;
  }
  const p = toUpperSnake(provider);
  return p ? `${p}_TOKEN` : 'SECRET';
}

const STRIP = /^(?:(?:this|self|that|cls|config|settings|conf|cfg|options|opts)\.|@@?|\$)/;

/** The variable or key the literal at [offset, offset+length) is assigned to, if any. */
export function assignedName(text: string, offset: number): string | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let before = text.slice(lineStart, offset);
  // Cut off the opening of the literal the secret sits in: the last quote with an odd count.
  const line = text.slice(lineStart, offset);
  let cut = -1;
  for (const q of ['"', "'", '`']) {
    const count = line.split(q).length - 1;
    if (count % 2 === 1) cut = Math.max(cut, line.lastIndexOf(q));
  }
  if (cut >= 0) {
    before = text.slice(lineStart, lineStart + cut);
    before = before.replace(/(?:[rRbBuUfF]{1,2}|[@$]{1,2}|r#*)$/, '');
  }
  const patterns: RegExp[] = [
    // XML element: <password>SECRET
    /<([\w.:-]+)[^<>]*>\s*$/,
    // define('API_KEY', ' / setenv("X", "
    /\(\s*["']([\w.-]+)["']\s*,\s*$/,
    // x["api_key"] = " / "api_key": " / 'key' => '
    /["']([\w.-]+)["']\s*\]?\s*(?::|=>|=)\s*$/,
    // name: type = / name := / name = / name: / name=
    /([A-Za-z_$@][\w$@.-]*)\s*(?::\s*[\w&'<>\[\]., ]+?\s*)?(?::=|=>|\|\|=|\?\?=|=|:)\s*$/,
    // Dockerfile `ENV NAME value`
    /^\s*(?:ENV|ARG)\s+([A-Za-z_]\w*)\s+$/im,
  ];
  if (cut < 0) {
    // Unquoted values with a prefix before the secret (`DATABASE_URL=postgres://u:`)
    const kv = /^[ \t]*(?:export[ \t]+|-[ \t]+|ENV[ \t]+|ARG[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*[=:][ \t]*[^\s"'=]*$/.exec(text.slice(lineStart, offset));
    if (kv) return kv[1];
  }
  for (const re of patterns) {
    const m = re.exec(before);
    if (m) {
      const raw = m[1].replace(STRIP, '');
      if (raw) return raw;
    }
  }
  return null;
}

export function suggestName(input: { text: string; offset: number; length: number; ruleId: string; provider: string }): string {
  const fromRule = nameFromRule(input.ruleId, input.provider);
  const assigned = assignedName(input.text, input.offset);
  if (assigned) {
    const n = toUpperSnake(assigned);
    if (n && n.length > 2 && !VAGUE.has(n) && n.length <= 64) return n;
    // `password = "…"` for a database: DATABASE_PASSWORD is clearer than PASSWORD alone
  }
  return fromRule;
}

/** `name`, or `name_2`, `name_3`… when it is taken. */
export function uniqueName(name: string, existing: Set<string> | ReadonlySet<string>): string {
  if (!existing.has(name)) return name;
  for (let i = 2; ; i++) {
    const n = `${name}_${i}`;
    if (!existing.has(n)) return n;
  }
}
