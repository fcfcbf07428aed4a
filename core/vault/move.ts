/**
 * "Move to vault": a hardcoded token leaves the code for a store, keyward.json gains its entry and
 * the literal becomes the language's lookup. Editor-free: the extension (and tests) hand in the
 * document's text and version, the findings' spans, the manifest's text and the user's answers,
 * plus a few effects (MoveIo); nothing here imports an editor.
 *
 * Two steps:
 *   planMove()    pure: names checked, rewrite edits computed (core/rewrite), the new keyward.json
 *                 text built. Every problem that can be found without touching anything is found
 *                 here, before a value is written anywhere.
 *   executeMove() store → read back and compare → document version check → keyward.json written →
 *                 version check again → document edited.
 *
 * What a failure leaves (the policy, decided here once):
 *   On a failure at ANY step the store, keyward.json and the document end as they were before.
 *   - A store entry this move created is deleted again. The value is still in the document, so
 *     nothing is lost, and no half-moved token sits in the keychain without a manifest entry.
 *   - An entry that already held the very same value (the same token moved from another file, or
 *     a retry) is reused, never written, and so never removed.
 *   - An entry holding a different value is never overwritten: the move stops before writing.
 *   - keyward.json is only written after the value is safely stored and read back; if the
 *     document edit then fails, keyward.json gets its previous text back (or is removed when this
 *     move created it).
 *   - If a rollback step itself fails, the message names exactly what was left behind and how to
 *     remove it (`keyward rm NAME`).
 *
 * Values: a plan keeps the document's text (hence the values) in private fields, so logging or
 * serialising a plan or an outcome never shows a value. Messages are built from names,
 * references and store diagnostics only.
 */
import { valueAt, viewEditsOf } from '../detect/engine.ts';
import { rewriteLiteral, uniqueName, type Edit } from '../rewrite/index.ts';
import { checkManifest, formatRef, MANIFEST_FILE, newManifest, serializeManifest, withToken, type Manifest, type RotationPolicy, type TokenEntry } from './manifest.ts';
import { checkProject, NAME_PATTERN, type SecretStore, type StoreKind } from './store.ts';

/** One literal to move, with the user's answers. */
export interface MoveItem {
  /** The secret's span in the document text (the value itself, without quotes). */
  offset: number;
  length: number;
  name: string;
  provider?: string;
  scopes?: string[];
  environment?: string;
  rotation?: RotationPolicy;
  description?: string;
}

export interface MoveInput {
  text: string;
  /** The document version the spans refer to. */
  version: number;
  languageId: string;
  /** The document's file path, for languages recognised by file name (.env, Dockerfile). */
  path?: string;
  items: MoveItem[];
  /** keyward.json's current text; undefined when there is none yet (it will be created). */
  manifestText: string | undefined;
  /** The project name for a new keyward.json (ignored when one exists: its "project" wins). */
  project: string;
  /** The store the values go to; becomes the reference's store part. */
  storeKind: StoreKind;
  /** For createdAt; tests pin it. */
  now?: Date;
}

/** A token the plan will store (one per distinct value). */
export interface PlannedToken {
  name: string;
  ref: string;
  entry: TokenEntry;
  /** How many literals in the document it replaces. */
  occurrences: number;
}

export interface SkippedItem {
  offset: number;
  name: string;
  reason: string;
}

export class MovePlan {
  readonly #text: string;
  readonly #values: Map<string, string>;

  constructor(
    text: string,
    values: Map<string, string>,
    readonly version: number,
    readonly project: string,
    /** Rewrite edits for the document, sorted, non-overlapping (literals plus any import). */
    readonly edits: Edit[],
    readonly tokens: PlannedToken[],
    readonly skipped: SkippedItem[],
    /** keyward.json as it was (undefined: it did not exist) and as it will be. */
    readonly manifestBefore: string | undefined,
    readonly manifestAfter: string,
    /** What each rewrite does, for people ("process.env.X"). */
    readonly descriptions: string[],
  ) {
    this.#text = text;
    this.#values = values;
  }

  /** The value stored under `name`: only executeMove needs it. */
  valueOf(name: string): string {
    const v = this.#values.get(name);
    if (v === undefined) throw new Error(`no value planned for ${name}`);
    return v;
  }

  /** The document's text after the edits (what the editor will show). */
  newText(): string {
    let out = '';
    let at = 0;
    for (const e of this.edits) {
      out += this.#text.slice(at, e.offset) + e.newText;
      at = e.offset + e.length;
    }
    return out + this.#text.slice(at);
  }

  toJSON(): object {
    return { version: this.version, project: this.project, tokens: this.tokens, skipped: this.skipped, edits: this.edits.length };
  }
}

export class MovePlanError extends Error {
  override readonly name = 'MovePlanError';
}

/** Parses keyward.json text (undefined: none yet) into a manifest; throws MovePlanError with line:column. */
export function manifestFrom(text: string | undefined, project: string): Manifest {
  if (text === undefined) {
    checkProject(project);
    return newManifest(project);
  }
  const { manifest, errors } = checkManifest(text);
  if (!manifest) throw new MovePlanError(`${errors[0]?.message ?? `${MANIFEST_FILE} is not valid`}: fix ${MANIFEST_FILE} first; nothing was moved`);
  return manifest;
}

/**
 * Why `name` cannot be used for a new token, or undefined when it can. `taken` are names already
 * chosen in this move. Fit for an input box's validation message.
 */
export function nameProblem(name: string, manifest: Manifest | undefined, taken: ReadonlySet<string> = new Set()): string | undefined {
  if (!name) return 'A name is needed, like STRIPE_SECRET_KEY';
  if (!NAME_PATTERN.test(name)) return 'Use letters, digits and _ (not starting with a digit), like STRIPE_SECRET_KEY: the name becomes an environment variable';
  if (manifest?.tokens[name]) return `${name} is already in ${MANIFEST_FILE} (${manifest.tokens[name]!.ref}); choose another name`;
  if (taken.has(name)) return `${name} is already used by another token in this move`;
  return undefined;
}

/** The suggested name made unique against the manifest and `taken`. */
export function freeName(suggested: string, manifest: Manifest | undefined, taken: ReadonlySet<string> = new Set()): string {
  const used = new Set<string>([...Object.keys(manifest?.tokens ?? {}), ...taken]);
  return uniqueName(NAME_PATTERN.test(suggested) ? suggested : 'SECRET', used);
}

/**
 * Plans a move: checks names, computes the edits and the new keyward.json. Throws MovePlanError
 * when nothing at all can be moved (broken manifest, every item rejected); items that cannot be
 * moved while others can are listed in `skipped` (for "Move all").
 */
export function planMove(input: MoveInput): MovePlan {
  const manifest0 = manifestFrom(input.manifestText, input.project);
  const project = manifest0.project;
  const now = (input.now ?? new Date()).toISOString();
  const skipped: SkippedItem[] = [];
  const byValue = new Map<string, PlannedToken>();
  const byName = new Map<string, PlannedToken>();
  const values = new Map<string, string>();
  const edits: Edit[] = [];
  const descriptions: string[] = [];
  let manifest = manifest0;

  // The document's view is read once for every item (a literal built from pieces is one value).
  const viewEdits = viewEditsOf(input.text);
  for (const item of [...input.items].sort((a, b) => a.offset - b.offset)) {
    const skip = (reason: string) => skipped.push({ offset: item.offset, name: item.name, reason });
    if (!Number.isInteger(item.offset) || !Number.isInteger(item.length) || item.offset < 0 || item.length <= 0 || item.offset + item.length > input.text.length) {
      skip('its range is outside the document (the file changed): scan again');
      continue;
    }
    // A literal built from pieces is stored joined, as the scan read it.
    const value = valueAt(input.text, item.offset, item.length, viewEdits);
    // The same token twice in a file is one vault entry, under the first name chosen for it.
    const same = byValue.get(value);
    const name = same ? same.name : item.name;
    if (!same) {
      const problem = nameProblem(name, manifest0, new Set(byName.keys()));
      if (problem) {
        skip(problem);
        continue;
      }
    }
    const ref = formatRef({ store: input.storeKind, project, name });
    const r = rewriteLiteral({ text: input.text, languageId: input.languageId, path: input.path, offset: item.offset, length: item.length, name, ref });
    if ('error' in r) {
      skip(r.error);
      continue;
    }
    // Add this item's edits unless they overlap ones already taken; identical edits (the same
    // `import os` for two literals) are kept once.
    const fresh = r.edits.filter((e) => !edits.some((o) => o.offset === e.offset && o.length === e.length && o.newText === e.newText));
    const overlaps = fresh.some((e) => edits.some((o) => (e.offset < o.offset + o.length && o.offset < e.offset + e.length) || (e.length === 0 && o.length === 0 && e.offset === o.offset)));
    if (overlaps) {
      skip('it shares a string with another token; move it on its own');
      continue;
    }
    edits.push(...fresh);
    descriptions.push(r.description);
    if (same) {
      same.occurrences++;
      continue;
    }
    const entry: TokenEntry = { ref, createdAt: now };
    if (item.provider && item.provider !== 'Generic') entry.provider = item.provider;
    if (item.scopes?.length) entry.scopes = [...item.scopes];
    if (item.environment) entry.environment = item.environment;
    if (item.rotation && Object.keys(item.rotation).length) entry.rotation = { ...item.rotation };
    if (item.description) entry.description = item.description;
    const planned: PlannedToken = { name, ref, entry, occurrences: 1 };
    byValue.set(value, planned);
    byName.set(name, planned);
    values.set(name, value);
    manifest = withToken(manifest, name, entry);
  }
  if (byName.size === 0) {
    const why = skipped.length === 1 ? skipped[0]!.reason : skipped.map((s) => `${s.name}: ${s.reason}`).join('; ') || 'no token was given';
    throw new MovePlanError(`Nothing was moved: ${why}`);
  }
  edits.sort((a, b) => a.offset - b.offset || a.length - b.length);
  return new MovePlan(input.text, values, input.version, project, edits, [...byName.values()], skipped, input.manifestText, serializeManifest(manifest), descriptions);
}

// ---------------------------------------------------------------------------------------------
// Execution

/** The effects a move needs; the extension implements them over VS Code, tests over fakes. */
export interface MoveIo {
  store: SecretStore;
  /** The document's current version. */
  documentVersion(): number | Promise<number>;
  /** keyward.json's current text, undefined when it does not exist. */
  readManifest(): Promise<string | undefined>;
  /** Writes keyward.json (atomically, ideally). */
  writeManifest(text: string): Promise<void>;
  /** Puts keyward.json back: `text` undefined means remove it (this move created it). */
  restoreManifest(text: string | undefined): Promise<void>;
  /** Applies the document edits as one undoable edit; false (or a throw) when the editor refused. */
  applyEdits(edits: Edit[]): Promise<boolean>;
}

export type MoveStep = 'store' | 'read-back' | 'document-changed' | 'manifest' | 'edit';

export interface RollbackReport {
  /** Store entries this move created and removed again. */
  removed: string[];
  /** Store entries that could not be removed (the message says how to). */
  leftInStore: string[];
  /** keyward.json: untouched, restored, or could not be restored. */
  manifest: 'untouched' | 'restored' | 'not-restored';
}

export type MoveOutcome =
  | {
      ok: true;
      /** Entries written by this move. */
      stored: string[];
      /** Entries that already held the same value and were reused. */
      reused: string[];
      manifestCreated: boolean;
      message: string;
    }
  | { ok: false; step: MoveStep; message: string; rollback: RollbackReport };

const errText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function executeMove(plan: MovePlan, io: MoveIo): Promise<MoveOutcome> {
  const created: string[] = [];
  const reused: string[] = [];
  let manifestWritten = false;
  const storeName = io.store.kind === 'keychain' ? 'the OS keychain' : io.store.kind === 'vscode-secret-storage' ? "VS Code's secret storage" : `the ${io.store.kind} store`;

  const fail = async (step: MoveStep, what: string): Promise<MoveOutcome> => {
    const rollback: RollbackReport = { removed: [], leftInStore: [], manifest: 'untouched' };
    if (manifestWritten) {
      try {
        await io.restoreManifest(plan.manifestBefore);
        rollback.manifest = 'restored';
      } catch {
        rollback.manifest = 'not-restored';
      }
    }
    for (const name of [...created].reverse()) {
      try {
        await io.store.delete(name);
        rollback.removed.push(name);
      } catch {
        rollback.leftInStore.push(name);
      }
    }
    const parts = [`${what}.`];
    parts.push('The code was not changed; the token is still where it was.');
    if (rollback.removed.length) parts.push(`${rollback.removed.join(', ')} ${rollback.removed.length === 1 ? 'was' : 'were'} removed from ${storeName} again.`);
    if (rollback.leftInStore.length)
      parts.push(`${rollback.leftInStore.join(', ')} could not be removed from ${storeName}: remove ${rollback.leftInStore.length === 1 ? 'it' : 'them'} with \`keyward rm ${rollback.leftInStore[0]}\` when it is reachable.`);
    if (rollback.manifest === 'restored') parts.push(`${MANIFEST_FILE} was put back as it was.`);
    if (rollback.manifest === 'not-restored') parts.push(`${MANIFEST_FILE} could not be put back: remove the new ${plan.tokens.map((t) => t.name).join(', ')} entr${plan.tokens.length === 1 ? 'y' : 'ies'} by hand.`);
    else if (!manifestWritten) parts.push(`${MANIFEST_FILE} was not changed.`);
    return { ok: false, step, message: parts.join(' '), rollback };
  };

  // 1. What the store holds already: reuse an identical value, never overwrite a different one.
  for (const t of plan.tokens) {
    let existing: string | undefined;
    try {
      existing = await io.store.get(t.name);
    } catch (err) {
      return fail('store', `Could not reach ${storeName}: ${errText(err)}`);
    }
    if (existing === undefined) continue;
    if (existing === plan.valueOf(t.name)) reused.push(t.name);
    else return fail('store', `${storeName} already holds a different value under ${t.name} (not in ${MANIFEST_FILE}); choose another name, or remove it with \`keyward rm ${t.name}\``);
  }

  // 2. Store, then read back and compare.
  for (const t of plan.tokens) {
    if (reused.includes(t.name)) continue;
    created.push(t.name); // before set(): a write that fails half-way is removed too
    try {
      await io.store.set(t.name, plan.valueOf(t.name));
    } catch (err) {
      return fail('store', `Storing ${t.name} in ${storeName} failed: ${errText(err)}`);
    }
  }
  for (const t of plan.tokens) {
    let back: string | undefined;
    try {
      back = await io.store.get(t.name);
    } catch (err) {
      return fail('read-back', `${t.name} was written to ${storeName} but could not be read back: ${errText(err)}`);
    }
    if (back !== plan.valueOf(t.name)) {
      return fail('read-back', `${t.name} was written to ${storeName} but reading it back gave ${back === undefined ? 'nothing' : 'a different value'}`);
    }
  }

  // 3. The document must still be the one the spans were computed on.
  const changed = async () => (await io.documentVersion()) !== plan.version;
  if (await changed()) return fail('document-changed', 'The file changed while the token was being moved');

  // 4. keyward.json: it must still be what the plan was built on, then it gains the entries.
  let current: string | undefined;
  try {
    current = await io.readManifest();
  } catch (err) {
    return fail('manifest', `${MANIFEST_FILE} could not be read: ${errText(err)}`);
  }
  if (current !== plan.manifestBefore) return fail('manifest', `${MANIFEST_FILE} changed on disk meanwhile; try again`);
  try {
    manifestWritten = true; // a write that fails half-way is restored too
    await io.writeManifest(plan.manifestAfter);
  } catch (err) {
    return fail('manifest', `${MANIFEST_FILE} could not be written: ${errText(err)}`);
  }

  // 5. The document, last, in one edit; the version is checked again right before.
  if (await changed()) return fail('document-changed', 'The file changed while the token was being moved');
  let applied = false;
  let why = 'the editor refused the edit';
  try {
    applied = await io.applyEdits(plan.edits);
  } catch (err) {
    why = errText(err);
  }
  if (!applied) return fail('edit', `The code could not be edited: ${why}`);

  const names = plan.tokens.map((t) => t.name);
  const where = `${storeName}`;
  const message =
    names.length === 1
      ? `Moved ${names[0]} to ${where}${reused.length ? ' (it already held this value)' : ''} and ${plan.manifestBefore === undefined ? `created ${MANIFEST_FILE} with it` : `added it to ${MANIFEST_FILE}`}.`
      : `Moved ${names.length} tokens (${names.join(', ')}) to ${where} and ${plan.manifestBefore === undefined ? `created ${MANIFEST_FILE} with them` : `added them to ${MANIFEST_FILE}`}.`;
  return { ok: true, stored: created, reused, manifestCreated: plan.manifestBefore === undefined, message };
}

/** A project name from a folder name: what `keyward init` would choose without a package.json. */
export function projectFromFolder(folderName: string): string {
  const clean = folderName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return clean && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(clean) ? clean : 'project';
}
