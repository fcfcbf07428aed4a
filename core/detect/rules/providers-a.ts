import type { Rule } from '../types.ts';
import { validateCrc32Token } from '../checksum.ts';

export const PROVIDER_RULES_A: Rule[] = [
  {
    id: 'github-pat',
    title: 'GitHub personal access token (classic)',
    provider: 'GitHub',
    regex: /\b(ghp_[A-Za-z0-9]{36})\b/,
    keywords: ['ghp_'],
    confidence: 'high',
    validate: (s) => validateCrc32Token(s, 4),
    hint: 'Classic tokens reach every repository you can. Prefer a fine-grained token limited to the repositories and permissions this code needs.',
    revokeUrl: 'https://github.com/settings/tokens',
    description: 'A classic GitHub token acts as you on every repository and organisation you can reach.',
  },
];
