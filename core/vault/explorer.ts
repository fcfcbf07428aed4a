/**
 * The Token Explorer's model, free of any editor API: a tree project → environment → token built
 * from keyward.json, each token with its provider, scopes, age, expiry, rotation state, whether
 * it is known to be exposed in git history, and where the workspace references it. The VS Code
 * tree (client/src/explorer) only turns these nodes into TreeItems.
 *
 * Nothing here reads a store's value: the model is built from the manifest (which never holds a
 * value), the store's list of names, and the workspace's text (which it searches for names).
 */
import { parseRef, type Manifest, type TokenEntry } from './manifest.ts';

// ---------------------------------------------------------------------------------------------
// Rotation state (computed by core/vault/rotation.ts's rotationStatus, injected here)

export type RotationState = 'ok' | 'due' | 'overdue' | 'expired' | 'no-policy';

export interface RotationInfo {
  state: RotationState;
  ageDays?: number;
  dueAt?: string | Date | number;
  expiresAt?: string | Date | number;
}

export type RotationStatusFn = (entry: TokenEntry, now: Date) => RotationInfo;

// ---------------------------------------------------------------------------------------------
// References in the workspace

/** The language family whose lookup was recognised; `ref` is a keyward:// reference. */
export type ReferenceForm = 'js' | 'python' | 'go' | 'java' | 'ruby' | 'csharp' | 'rust' | 'php' | 'shell' | 'ref';

export interface Reference {
  /** Workspace-relative path, when found in a file. */
  file?: string;
  /** 1-based line and column of the name itself. */
  line: number;
  column: number;
  /** 0-based offset of the name in the text, and its length. */
  offset: number;
  length: number;
  form: ReferenceForm;
}

const Q = `["'\`]`;

/** Each form core/rewrite writes (and the usual variants), as a regex around the name `N`. */
function patterns(n: string, project?: string): Array<[ReferenceForm, RegExp]> {
  const e = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const p = project ? project.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '[A-Za-z0-9][A-Za-z0-9._-]*';
  const end = '(?![A-Za-z0-9_])';
  return [
    ['ref', new RegExp(`keyward://[a-z][a-z-]*/${p}/${e}${end}`, 'g')],
    ['js', new RegExp(`\\bprocess\\.env(?:\\.${e}${end}|\\[\\s*${Q}${e}${Q}\\s*\\])`, 'g')],
    ['js', new RegExp(`\\bimport\\.meta\\.env\\.${e}${end}`, 'g')],
    ['js', new RegExp(`\\bDeno\\.env\\.get\\(\\s*${Q}${e}${Q}`, 'g')],
    ['python', new RegExp(`\\bos\\.(?:environ(?:\\.get\\(|\\[)|getenv\\()\\s*${Q}${e}${Q}`, 'g')],
    ['python', new RegExp(`(?<![.\\w])environ\\[\\s*${Q}${e}${Q}`, 'g')],
    ['go', new RegExp(`\\bos\\.(?:Getenv|LookupEnv)\\(\\s*"${e}"`, 'g')],
    ['java', new RegExp(`\\bSystem\\.getenv\\(\\s*"${e}"`, 'g')],
    ['ruby', new RegExp(`\\bENV(?:\\.fetch\\(|\\[)\\s*${Q}${e}${Q}`, 'g')],
    ['csharp', new RegExp(`\\bEnvironment\\.GetEnvironmentVariable\\(\\s*"${e}"`, 'g')],
    ['rust', new RegExp(`\\b(?:env::var(?:_os)?\\(|env!\\()\\s*"${e}"`, 'g')],
    ['php', new RegExp(`(?:\\bgetenv\\(|\\$_(?:ENV|SERVER)\\[)\\s*${Q}${e}${Q}`, 'g')],
    ['shell', new RegExp(`\\$\\{${e}(?:[:?+=-][^}\\n]*)?\\}`, 'g')],
    ['shell', new RegExp(`\\$${e}${end}`, 'g')],
  ];
}

/**
 * Where `text` reads the environment variable or keyward reference `name`: process.env.NAME,
 * os.environ["NAME"], os.Getenv("NAME"), System.getenv, ENV.fetch, GetEnvironmentVariable,
 * std::env::var, getenv, ${NAME} / $NAME, and keyward://<store>/<project>/NAME (only for
 * `project` when given). A bare mention of the name (a comment, a variable) does not count.
 * Sorted by position; one entry per occurrence of the name.
 */
export function findReferences(text: string, name: string, project?: string): Reference[] {
  if (!name || !text.includes(name)) return [];
  const byOffset = new Map<number, Reference>();
  for (const [form, re] of patterns(name, project)) {
    for (const m of text.matchAll(re)) {
      const offset = m.index! + m[0].lastIndexOf(name);
      if (byOffset.has(offset)) continue;
      byOffset.set(offset, { ...lineCol(text, offset), offset, length: name.length, form });
    }
  }
  return [...byOffset.values()].sort((a, b) => a.offset - b.offset);
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** References to each of `names` across files ({ path, text }), by name; files in the order given. */
export function referencesIn(files: Iterable<{ path: string; text: string }>, names: readonly string[], project?: string): Map<string, Reference[]> {
  const out = new Map<string, Reference[]>(names.map((n) => [n, []]));
  for (const f of files) {
    for (const n of names) {
      if (!f.text.includes(n)) continue;
      for (const r of findReferences(f.text, n, project)) out.get(n)!.push({ ...r, file: f.path });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The tree

export interface ProjectNode {
  kind: 'project';
  id: string;
  project: string;
  /** Path of its keyward.json (as the caller gave it). */
  manifestPath: string;
  children: EnvironmentNode[];
}

export interface EnvironmentNode {
  kind: 'environment';
  id: string;
  project: string;
  manifestPath: string;
  /** undefined: tokens with no environment. */
  environment: string | undefined;
  children: TokenNode[];
}

export interface TokenNode {
  kind: 'token';
  id: string;
  name: string;
  project: string;
  manifestPath: string;
  environment: string | undefined;
  entry: TokenEntry;
  ref: string;
  /** The store part of the reference (keychain, env-file…), or undefined if the reference is broken. */
  store: string | undefined;
  provider: string | undefined;
  scopes: string[];
  /** Whole days since it was stored or last rotated. */
  ageDays: number | undefined;
  rotation: RotationInfo;
  /** Known to have been committed: it stays in git history until rotated. */
  exposed: boolean;
  /** false when the store has no value for it; undefined when not known. */
  present: boolean | undefined;
  references: Reference[];
}

export type ExplorerNode = ProjectNode | EnvironmentNode | TokenNode;

export interface ProjectInput {
  manifest: Manifest;
  manifestPath: string;
}

export interface BuildOptions {
  now: Date;
  rotationStatus: RotationStatusFn;
  /** Token names known to be exposed in git history, per project ("project/NAME") or bare names. */
  exposed?: ReadonlySet<string>;
  /** References by token name (from referencesIn), per project when keyed "project/NAME", else by name. */
  references?: ReadonlyMap<string, Reference[]>;
  /** Names the store holds, per project; a project missing here is "not known". */
  present?: ReadonlyMap<string, ReadonlySet<string>>;
}

const DAY = 86_400_000;

/** Whole days between an ISO date and now; undefined when there is no valid date. */
export function daysSince(iso: string | undefined, now: Date): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : Math.max(0, Math.floor((now.getTime() - t) / DAY));
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The tree: one node per project (keyward.json), its environments (sorted, the tokens without an
 * environment last, as "no environment"), and their tokens sorted by name.
 */
export function buildTree(projects: readonly ProjectInput[], opts: BuildOptions): ProjectNode[] {
  return projects.map(({ manifest, manifestPath }) => {
    const project = manifest.project;
    const envs = new Map<string | undefined, TokenNode[]>();
    for (const name of Object.keys(manifest.tokens).sort(byName)) {
      const entry = manifest.tokens[name]!;
      const environment = entry.environment || undefined;
      const key = `${project}/${name}`;
      let store: string | undefined;
      try {
        store = parseRef(entry.ref).store;
      } catch {
        store = undefined;
      }
      const rotatedAt = (entry as TokenEntry & { rotatedAt?: string }).rotatedAt;
      const ageDays = daysSince(rotatedAt ?? entry.createdAt, opts.now);
      let rotation: RotationInfo;
      try {
        rotation = opts.rotationStatus(entry, opts.now);
      } catch {
        rotation = { state: 'no-policy' };
      }
      const names = opts.present?.get(project);
      const node: TokenNode = {
        kind: 'token',
        id: `token:${manifestPath}:${name}`,
        name,
        project,
        manifestPath,
        environment,
        entry,
        ref: entry.ref,
        store,
        provider: entry.provider,
        scopes: entry.scopes ?? [],
        ageDays: rotation.ageDays ?? ageDays,
        rotation,
        exposed: !!(opts.exposed?.has(key) || opts.exposed?.has(name)),
        present: names ? names.has(name) : undefined,
        references: opts.references?.get(key) ?? opts.references?.get(name) ?? [],
      };
      const list = envs.get(environment) ?? [];
      list.push(node);
      envs.set(environment, list);
    }
    const keys = [...envs.keys()].sort((a, b) => (a === undefined ? 1 : b === undefined ? -1 : byName(a, b)));
    const children: EnvironmentNode[] = keys.map((environment) => ({
      kind: 'environment',
      id: `env:${manifestPath}:${environment ?? ''}`,
      project,
      manifestPath,
      environment,
      children: envs.get(environment)!,
    }));
    return { kind: 'project', id: `project:${manifestPath}`, project, manifestPath, children };
  });
}

/** The parent of a node in `roots` (for TreeDataProvider.getParent, so reveal works). */
export function parentOf(roots: readonly ProjectNode[], node: ExplorerNode): ProjectNode | EnvironmentNode | undefined {
  if (node.kind === 'project') return undefined;
  for (const p of roots) {
    for (const e of p.children) {
      if (node.kind === 'environment' && e.id === node.id) return p;
      if (node.kind === 'token' && e.children.some((t) => t.id === node.id)) return e;
    }
  }
  return undefined;
}

/** Every token in the tree, in order. */
export function allTokens(roots: readonly ProjectNode[]): TokenNode[] {
  return roots.flatMap((p) => p.children.flatMap((e) => e.children));
}

/** A token by name (and project, when several projects have one by that name). */
export function findToken(roots: readonly ProjectNode[], name: string, project?: string): TokenNode | undefined {
  return allTokens(roots).find((t) => t.name === name && (!project || t.project === project));
}

// ---------------------------------------------------------------------------------------------
// How a token reads in the tree: label, description, tooltip, screen reader label, icon

export interface Presentation {
  label: string;
  description: string;
  /** Plain text, one fact per line (the client renders it as a tooltip). */
  tooltip: string;
  accessibilityLabel: string;
  /** A codicon id and an optional theme colour id. */
  icon: { id: string; color?: string };
  contextValue: string;
}

function toDate(v: string | Date | number | undefined): Date | undefined {
  if (v === undefined) return undefined;
  const d = v instanceof Date ? v : new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** "12 days", "today". */
export function ageText(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return days === 0 ? 'today' : plural(days, 'day');
}

/** In words, what the token's rotation state asks for: "rotation overdue by 3 days", "expires in 5 days". */
export function stateText(t: TokenNode, now: Date): string {
  const r = t.rotation;
  const due = toDate(r.dueAt);
  const exp = toDate(r.expiresAt ?? t.entry.rotation?.expiresAt);
  const days = (d: Date) => Math.ceil((d.getTime() - now.getTime()) / DAY);
  switch (r.state) {
    case 'expired':
      return exp ? `expired ${isoDay(exp)}` : 'expired';
    case 'overdue':
      return due ? `rotation overdue by ${plural(Math.max(1, -days(due)), 'day')}` : 'rotation overdue';
    case 'due':
      return due ? (days(due) <= 0 ? 'rotation due today' : `rotation due in ${plural(days(due), 'day')}`) : 'rotation due';
    case 'ok':
      return due ? `rotate by ${isoDay(due)}` : 'rotation up to date';
    case 'no-policy':
    default:
      return 'no rotation policy';
  }
}

const PROVIDER_ICONS: Record<string, string> = {
  github: 'github',
  azure: 'azure',
  'azure devops': 'azure-devops',
  google: 'globe',
  slack: 'comment-discussion',
  npm: 'package',
  pypi: 'package',
  docker: 'package',
};

/** The tree's words and icon for a token. No value ever goes in here: the node holds none. */
export function presentToken(t: TokenNode, now: Date): Presentation {
  const state = stateText(t, now);
  const policy = t.entry.rotation;
  const exp = toDate(t.rotation.expiresAt ?? policy?.expiresAt);
  const age = ageText(t.ageDays);
  const urgent = t.rotation.state === 'due' || t.rotation.state === 'overdue' || t.rotation.state === 'expired';
  const alarm = t.exposed || t.present === false || urgent;
  // The description, short: provider · what needs doing (first, so a narrow side bar does not cut
  // it off) · scopes · added/rotated when · the policy.
  const parts: string[] = [];
  if (t.provider) parts.push(t.provider);
  if (t.exposed) parts.push('exposed in git history');
  if (t.present === false) parts.push('missing from store');
  if (urgent) parts.push(state);
  if (t.scopes.length) parts.push(t.scopes.join(', '));
  if (t.ageDays !== undefined) parts.push(`${t.entry.rotatedAt ? 'rotated' : 'added'} ${t.ageDays === 0 ? 'today' : `${plural(t.ageDays, 'day')} ago`}`);
  if (!urgent) {
    if (policy?.rotateEveryDays) parts.push(`every ${plural(policy.rotateEveryDays, 'day')}`);
    if (exp) parts.push(`expires ${isoDay(exp)}`);
  }

  const lines = [
    `${t.name}${t.provider ? ` (${t.provider})` : ''}`,
    `Reference: ${t.ref}`,
    `Environment: ${t.environment ?? 'none'}`,
    `Scopes: ${t.scopes.length ? t.scopes.join(', ') : 'none recorded'}`,
    `Age: ${age ?? 'unknown'}${t.entry.createdAt ? ` (stored ${t.entry.createdAt.slice(0, 10)})` : ''}`,
    `Rotation: ${policy?.rotateEveryDays ? `every ${plural(policy.rotateEveryDays, 'day')}` : 'no schedule'}${policy?.strategy ? `, ${policy.strategy}` : ''}; ${state}`,
    `Expires: ${exp ? isoDay(exp) : 'not set'}`,
  ];
  if (t.exposed) lines.push('Exposed in git history: it stays readable in old commits until it is rotated.');
  if (t.present === false) lines.push('The store has no value for it: add it again or remove the entry.');
  if (t.references.length) {
    const shown = t.references.slice(0, 5).map((r) => `${r.file ?? ''}:${r.line}`);
    lines.push(`Used in ${plural(t.references.length, 'place')}: ${shown.join(', ')}${t.references.length > 5 ? ', …' : ''}`);
  } else {
    lines.push('Not referenced in the workspace');
  }
  if (t.entry.description) lines.push(t.entry.description);

  const icon: Presentation['icon'] = t.exposed || t.rotation.state === 'expired' || t.rotation.state === 'overdue'
    ? { id: 'warning', color: 'list.errorForeground' }
    : alarm
      ? { id: t.present === false ? 'circle-slash' : 'history', color: 'list.warningForeground' }
      : { id: PROVIDER_ICONS[(t.provider ?? '').toLowerCase()] ?? 'key' };

  return {
    label: t.name,
    description: parts.join(' · '),
    tooltip: lines.join('\n'),
    accessibilityLabel: [
      `Token ${t.name}`,
      t.provider ? `from ${t.provider}` : undefined,
      t.scopes.length ? `scopes ${t.scopes.join(', ')}` : 'no scopes recorded',
      age ? `age ${age}` : undefined,
      exp ? `expires ${isoDay(exp)}` : undefined,
      state,
      t.exposed ? 'exposed in git history' : undefined,
      t.present === false ? 'missing from its store' : undefined,
      t.references.length ? `used in ${plural(t.references.length, 'place')}` : 'not referenced',
    ].filter(Boolean).join(', '),
    icon,
    contextValue: 'token',
  };
}

export function presentEnvironment(e: EnvironmentNode): Presentation {
  const label = e.environment ?? 'no environment';
  const attention = e.children.filter((t) => t.exposed || t.rotation.state === 'due' || t.rotation.state === 'overdue' || t.rotation.state === 'expired').length;
  const description = `${plural(e.children.length, 'token')}${attention ? `, ${attention} need${attention === 1 ? 's' : ''} attention` : ''}`;
  return {
    label,
    description,
    tooltip: `Environment ${label} of ${e.project}: ${description}`,
    accessibilityLabel: `Environment ${label}, ${description}`,
    icon: { id: 'layers' },
    contextValue: 'environment',
  };
}

export function presentProject(p: ProjectNode): Presentation {
  const n = p.children.reduce((s, e) => s + e.children.length, 0);
  return {
    label: p.project,
    description: plural(n, 'token'),
    tooltip: `Project ${p.project} (${p.manifestPath}): ${plural(n, 'token')}`,
    accessibilityLabel: `Project ${p.project}, ${plural(n, 'token')}`,
    icon: { id: 'project' },
    contextValue: 'project',
  };
}

// ---------------------------------------------------------------------------------------------
// Rotation notices: at most once a day

/** Tokens that need rotating (due, overdue, expired), most urgent first. */
export function needingRotation(roots: readonly ProjectNode[]): TokenNode[] {
  const rank: Record<RotationState, number> = { expired: 0, overdue: 1, due: 2, ok: 3, 'no-policy': 4 };
  return allTokens(roots)
    .filter((t) => t.rotation.state === 'due' || t.rotation.state === 'overdue' || t.rotation.state === 'expired')
    .sort((a, b) => rank[a.rotation.state] - rank[b.rotation.state] || byName(a.name, b.name));
}

/** True when no notice was shown on the same (local) calendar day as `now`. */
export function noticeDue(lastShown: string | undefined, now: Date): boolean {
  if (!lastShown) return true;
  const last = new Date(lastShown);
  if (Number.isNaN(last.getTime()) || last.getTime() > now.getTime()) return true;
  return last.toDateString() !== now.toDateString();
}

/** The notice's one line: "Keyward: STRIPE_KEY rotation overdue by 3 days; 2 more tokens need rotating." */
export function noticeText(tokens: readonly TokenNode[], now: Date): string | undefined {
  const first = tokens[0];
  if (!first) return undefined;
  const more = tokens.length - 1;
  return `Keyward: ${first.name} ${stateText(first, now)}${more ? `; ${plural(more, 'more token')} need${more === 1 ? 's' : ''} rotating` : ''}.`;
}

// ---------------------------------------------------------------------------------------------
// Findings grouped by file (the Findings view)

export interface FindingItem {
  /** Workspace-relative path (or the URI's path for files outside it). */
  file: string;
  uri: string;
  line: number;
  column: number;
  message: string;
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  /** The diagnostic's data (rule, provider, fingerprint, masked), passed through to quick-fixes. */
  data?: unknown;
}

export interface FindingGroup {
  file: string;
  uri: string;
  findings: FindingItem[];
}

/** Findings by file (sorted by path), each file's findings by position. */
export function groupFindings(items: readonly FindingItem[]): FindingGroup[] {
  const by = new Map<string, FindingGroup>();
  for (const f of items) {
    const g = by.get(f.uri) ?? { file: f.file, uri: f.uri, findings: [] };
    g.findings.push(f);
    by.set(f.uri, g);
  }
  const groups = [...by.values()].sort((a, b) => byName(a.file, b.file));
  for (const g of groups) g.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return groups;
}

// ---------------------------------------------------------------------------------------------
// leak-found audit events: one per distinct secret per project, the first time it is seen

/** A finding as the audit needs it: never its value, only the scanner's fingerprint. */
export interface LeakSighting {
  /** The project the file belongs to (its keyward.json's project, else its folder's name). */
  project: string;
  /** The scanner's fingerprint (sha256 hex of the value); only its first 12 digits are kept. */
  fingerprint: string;
  ruleId: string;
  provider?: string;
  /** Workspace-relative path. */
  file: string;
  line: number;
}

export interface LeakEvent {
  action: 'leak-found';
  project: string;
  fingerprint: string;
  detail: string;
}

/** Hex digits of the fingerprint that identify a sighting (as audit entries carry them). */
const LEAK_KEY_LENGTH = 12;

/** The key a sighting is remembered by: "project/fingerprint12". */
export function leakKey(s: Pick<LeakSighting, 'project' | 'fingerprint'>): string {
  return `${s.project}/${s.fingerprint.slice(0, LEAK_KEY_LENGTH).toLowerCase()}`;
}

/**
 * The leak-found events to append for these sightings, given the keys already recorded: one per
 * distinct (project, fingerprint), the first sighting by file and line naming where it is. The
 * same secret in three files is one event; a secret seen before (in an earlier session) is none.
 * Sightings without a usable fingerprint are skipped. `seen` is the updated set of keys, sorted.
 */
export function newLeaks(sightings: readonly LeakSighting[], seen: Iterable<string>): { events: LeakEvent[]; seen: string[] } {
  const known = new Set(seen);
  const first = new Map<string, LeakSighting>();
  const ordered = [...sightings].sort((a, b) => byName(a.file, b.file) || a.line - b.line);
  for (const s of ordered) {
    if (!/^[0-9a-f]{12,}$/i.test(s.fingerprint) || !s.project) continue;
    const key = leakKey(s);
    if (known.has(key) || first.has(key)) continue;
    first.set(key, s);
  }
  const events: LeakEvent[] = [...first.values()].map((s) => ({
    action: 'leak-found',
    project: s.project,
    fingerprint: s.fingerprint.slice(0, LEAK_KEY_LENGTH).toLowerCase(),
    detail: `${s.provider && s.provider !== 'Generic' ? `${s.provider} token` : 'hardcoded secret'} (rule ${s.ruleId}) in ${s.file} line ${s.line}`,
  }));
  for (const k of first.keys()) known.add(k);
  return { events, seen: [...known].sort() };
}

// ---------------------------------------------------------------------------------------------
// Exposed in git history: which values are known to be committed, across rotation and rollback

/**
 * Tokens ("project/NAME") whose current value is known to be in git history (`exposed`), and
 * those whose *previous* version (kept for rollback) is (`previous`). Rotating an exposed token
 * clears it, but the exposed value lives on as the previous version: rolling back brings it, and
 * the warning, back.
 */
export interface ExposureState {
  exposed: string[];
  previous: string[];
}

export type ExposureEvent = 'committed' | 'rotated' | 'rolled-back' | 'deleted';

/** The state after `event` happened to token `key` ("project/NAME"). Sorted, without duplicates. */
export function exposureAfter(state: ExposureState, key: string, event: ExposureEvent): ExposureState {
  const exposed = new Set(state.exposed);
  const previous = new Set(state.previous);
  switch (event) {
    case 'committed':
      exposed.add(key);
      break;
    case 'rotated':
      // The value that was current becomes the previous version; the new one was never committed.
      if (exposed.has(key)) previous.add(key);
      else previous.delete(key);
      exposed.delete(key);
      break;
    case 'rolled-back':
      // The previous version is current again; there is no previous version any more.
      if (previous.has(key)) exposed.add(key);
      else exposed.delete(key);
      previous.delete(key);
      break;
    case 'deleted':
      exposed.delete(key);
      previous.delete(key);
      break;
  }
  return { exposed: [...exposed].sort(byName), previous: [...previous].sort(byName) };
}
