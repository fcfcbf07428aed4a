/**
 * The rule catalogue. Rules are data (see ../types.ts); providers-*.ts hold the provider
 * rules, generic.ts the name-driven ones.
 */
import type { Rule } from '../types.ts';
import { GENERIC_RULES } from './generic.ts';
import { PROVIDER_RULES_A } from './providers-a.ts';
import { PROVIDER_RULES_B } from './providers-b.ts';

export const RULES: readonly Rule[] = Object.freeze([...PROVIDER_RULES_A, ...PROVIDER_RULES_B, ...GENERIC_RULES]);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
