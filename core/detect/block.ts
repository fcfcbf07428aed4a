/**
 * Blocks: a parent named for secrets whose entries are named for what they unlock. Consul's
 * `tokens { agent = "…" }`, a YAML `api_keys:` map of `mixpanel: …`, a TOML or INI `[tokens]`
 * section. No entry says "secret" on its own line; the parent says it for all of them, so each
 * entry is named by its path (`tokens.agent`, `api_keys.mixpanel`).
 */
import { linesFrom, type Cell } from './table.ts';

/** How a block opens: `name:` (YAML), `name {` / `name: {` / `name = {` (HCL, JSON, JS), `[name]` (INI, TOML). */
export type BlockForm = 'yaml' | 'brace' | 'section';

/** How many lines below the parent are read at most. */
const MAX_LINES = 64;
/**
 * How many lines of nested blocks are stepped over at most: a block of secrets nests little, and
 * a staircase of parents, each reading every deeper line below it, would cost quadratic time.
 */
const MAX_NESTED = 16;

/**
 * Entries that say who or where rather than what unlocks it: a block of credentials holds a user
 * name, a host and a region beside the secret, and those are not secrets under any parent.
 */
const NOT_A_SECRET_ENTRY = /^(?:user(?:_?name)?|login|email|e_?mail|account(?:_?(?:id|name))?|owner|host(?:_?name)?|server|port|url|uri|endpoint|base_?url|region|zone|location|project(?:_?id)?|domain|tenant(?:_?id)?|org(?:ani[sz]ation)?(?:_?id)?|realm|database|db|schema|bucket|type|kind|id|client_?id|app_?id|user_?agent|application_?id|enabled|disabled|provider|scopes?|path|file|dir|ttl|expires?(?:_?at|_?in)?|created(?:_?at)?|description|name|label|comment|note|version|issuer|audience|algorithm|method|mode|format|source|from|to|sender|protocol|ssl|tls|verify|timeout|secure|iv|nonce|salt|\w*_?tag|hmac|mac|hash|digest|fingerprint|checksum|signature|arn|key_?id|kms\w*|public\w*|cipher\w*|encrypted\w*)$/i;
/** Entries of an encrypted value (Chef data bags, SOPS, KMS envelopes): the block is ciphertext. */
const ENCRYPTED_ENTRY = /^(?:encrypted\w*|cipher_?text|ciphertext|enc|sops|kms)$/i;

/** One entry on one line: `name: value`, `name = value`, `"name": "value",`. */
const ENTRY = /^[ \t]*(?:(?<kq>["'])(?<qname>[A-Za-z_][\w.-]{0,60})\k<kq>|(?<name>[A-Za-z_][\w.-]{0,60}))[ \t]*[:=][ \t]*(?:(?<q>["'])(?<qv>(?:(?!\k<q>)[^\n\\])*)\k<q>|(?<bare>[^\s"'#,;{}[\]]+))[ \t]*[,;]?[ \t]*(?:(?:#|\/\/)[^\n]*)?$/d;

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/**
 * The entries of the block that opens at `at` (the line after the parent's), whose path
 * `parent.entry` `wanted` accepts. Entries that name a secret themselves are left to the line
 * rules; nested blocks inside are stepped over.
 */
export function blockCells(form: BlockForm, parent: string, parentIndent: number, text: string, at: number, wanted: (name: string) => boolean): Cell[] {
  const cells: Cell[] = [];
  let depth = 1, childIndent = -1, nested = 0;
  for (const { text: line, at: lineAt } of linesFrom(text, at, MAX_LINES)) {
    const trimmed = line.trim();
    if (!trimmed || /^(?:#|\/\/|;)/.test(trimmed)) continue;
    if (form === 'section') {
      if (trimmed.startsWith('[')) break;
    } else if (form === 'yaml') {
      const ind = indentOf(line);
      if (ind <= parentIndent) break;
      if (childIndent < 0) {
        // A list of items is not a map of named secrets.
        if (trimmed.startsWith('-')) break;
        childIndent = ind;
      }
      if (ind < childIndent) break;
      if (ind > childIndent) {
        if (++nested > MAX_NESTED) break;
        continue;
      }
    } else {
      // Braces outside quoted strings; an entry is read only at the block's own depth.
      const atDepth = depth;
      depth += braceBalance(line);
      if (depth <= 0) break;
      if (atDepth !== 1 || depth > 1) {
        if (++nested > MAX_NESTED) break;
        continue;
      }
    }
    const m = ENTRY.exec(line);
    if (!m?.groups) continue;
    const name = m.groups.qname ?? m.groups.name;
    if (ENCRYPTED_ENTRY.test(name)) return [];
    if (NOT_A_SECRET_ENTRY.test(name) || wanted(name)) continue;
    const path = `${parent}.${name}`;
    if (!wanted(path)) continue;
    const quoted = m.groups.q !== undefined;
    const value = quoted ? m.groups.qv : m.groups.bare;
    if (!value) continue;
    const start = lineAt + (m.indices?.groups?.[quoted ? 'qv' : 'bare']?.[0] ?? line.lastIndexOf(value));
    cells.push({ name: path, start, end: start + value.length, quoted });
  }
  return cells;
}

/** `{` minus `}` in a line, outside quoted strings. */
function braceBalance(line: string): number {
  let d = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"' || ch === "'") {
      const close = line.indexOf(ch, i + 1);
      if (close === -1) break;
      i = close;
    } else if (ch === '{') d++;
    else if (ch === '}') d--;
  }
  return d;
}
