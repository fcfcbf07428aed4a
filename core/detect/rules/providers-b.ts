import type { Rule } from '../types.ts';

export const PROVIDER_RULES_B: Rule[] = [];
