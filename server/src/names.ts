/**
 * The name a secret should have in the vault: the variable or key the literal is assigned to
 * (`stripeKey = "…"` → STRIPE_KEY), else one made from the provider (GITHUB_TOKEN).
 */
const GENERIC_NAMES = new Set(['token', 'key', 'secret', 'password', 'pass', 'pwd', 'value', 'apikey', 'api_key', 'auth', 'credential', 'credentials', 'access_token', 'accesstoken']);

export function toUpperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase()
    .replace(/^(\d)/, '_$1');
}

/** The identifier a literal at `column` of `line` is assigned to, if the text before it says so. */
export function assignedName(line: string, column: number): string | undefined {
  const before = line.slice(0, column);
  // NAME = "…", NAME: "…", "NAME": "…", NAME := "…", NAME => "…", export NAME=…, -e NAME=…, --set NAME=…
  const m = /([A-Za-z_$][\w$.-]*)["'`\]]?\s*(?::=|=>|\?\?=|[:=])\s*(?:[A-Za-z_]\w*\(\s*)?["'`]?$/.exec(before);
  if (!m) return undefined;
  const last = m[1].split('.').filter(Boolean).pop();
  return last && /[A-Za-z]/.test(last) ? last : undefined;
}

export function suggestName(line: string, column: number, provider: string): string {
  const prov = provider === 'Generic' || provider === 'Custom' ? '' : provider.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
  const assigned = assignedName(line, column);
  if (assigned) {
    const snake = toUpperSnake(assigned);
    if (snake && !GENERIC_NAMES.has(assigned.toLowerCase())) return snake;
    if (snake) return prov && !snake.startsWith(prov) ? `${prov}_${snake}` : snake;
  }
  return prov ? `${prov}_TOKEN` : 'SECRET';
}
