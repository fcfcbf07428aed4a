export interface Edit {
  offset: number;
  length: number;
  newText: string;
}

export interface RewriteInput {
  text: string;
  languageId: string;
  path?: string;
  /** The secret's span in `text` (the value itself, without quotes). */
  offset: number;
  length: number;
  /** Environment variable / vault entry name: UPPER_SNAKE. */
  name: string;
  /** Vault reference URI, e.g. keyward://keychain/orders-api/STRIPE_SECRET_KEY. */
  ref: string;
}

export type RewriteResult = { edits: Edit[]; description: string } | { error: string };
