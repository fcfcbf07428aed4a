/**
 * Tables: a header row names the columns and the rows below hold the values, so a value's name is
 * its column's header. CSV and TSV exports, Markdown tables and SQL `INSERT … (cols) VALUES (…)`
 * put credentials there, far from any `name = value`.
 */

export interface Cell {
  /** The column's header, e.g. `api_key`. */
  name: string;
  /** Offsets of the value (quotes excluded) in the text the header and rows were taken from. */
  start: number;
  end: number;
  quoted: boolean;
}

interface Span {
  start: number;
  end: number;
  quoted: boolean;
}

/** One line of `text`: its content (without `\r`), where it starts and where it ends. */
export interface Line {
  text: string;
  at: number;
  eol: number;
}

/** The lines of `text` from offset `at` on, `max` at most. */
export function* linesFrom(text: string, at: number, max: number): Generator<Line> {
  for (let n = 0; n < max && at < text.length; n++) {
    let eol = text.indexOf('\n', at);
    if (eol === -1) eol = text.length;
    yield { text: text.slice(at, eol).replace(/\r$/, ''), at, eol };
    at = eol + 1;
  }
}

/**
 * Splits one row into cells at `delim`, outside quotes. Each cell is trimmed; a quoted cell is the
 * text inside its quotes (SQL and CSV double a quote to escape it).
 */
function splitRow(line: string, delim: string): Span[] {
  const cells: Span[] = [];
  let i = 0;
  for (;;) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t') && line[i] !== delim) i++;
    const q = line[i];
    if (q === '"' || q === "'" || q === '`') {
      let j = i + 1;
      for (;;) {
        const k = line.indexOf(q, j);
        if (k === -1) return cells; // an unterminated quote: not a row
        if (line[k + 1] === q) {
          j = k + 2;
          continue;
        }
        j = k;
        break;
      }
      cells.push({ start: i + 1, end: j, quoted: true });
      i = j + 1;
      while (i < line.length && line[i] !== delim) i++;
    } else {
      let j = line.indexOf(delim, i);
      if (j === -1) j = line.length;
      let e = j;
      while (e > i && (line[e - 1] === ' ' || line[e - 1] === '\t' || line[e - 1] === '\r')) e--;
      cells.push({ start: i, end: e, quoted: false });
      i = j;
    }
    if (i >= line.length) return cells;
    i++; // past the delimiter
  }
}

/** The delimiter a header row uses: a Markdown pipe, a tab, a comma or a semicolon. */
function delimiterOf(header: string): string | undefined {
  for (const d of ['|', '\t', ',', ';']) if (header.includes(d)) return d;
  return undefined;
}

/** `| a | b |` has empty cells before the first pipe and after the last: they are not columns. */
function trimPipes(cells: Span[], line: string, delim: string): Span[] {
  if (delim !== '|') return cells;
  let from = 0, to = cells.length;
  if (to > 0 && cells[0].start === cells[0].end && /^\s*\|/.test(line)) from = 1;
  if (to > from && cells[to - 1].start === cells[to - 1].end && /\|\s*$/.test(line)) to--;
  return cells.slice(from, to);
}

/** The first column's header in a two-column table of settings and their values. */
const KEY_COLUMN = /^(?:variable|name|key|setting|env(?:ironment)?(?: variable)?|parameter|option|field|var)s?$/i;

/** The column of a settings table that holds each setting's value (a SCADA tag export's `InitialValue`). */
const VALUE_COLUMN = /^(?:values?|examples?|example values?|defaults?|default values?|samples?|settings?|initial[ _]?values?|current[ _]?values?)$/i;

/**
 * A column of an inventory that says what each row's value is: `system,credential,owner,value`
 * over `BambooHR,API key (hris-bot),…,<key>`.
 */
const DESCRIBER_COLUMN = /^(?:credentials?|credential[ _]type|secret[ _]type|secret[ _]kind|kind|type)$/i;

/** A cell that names a password manager or secret store: a reference, not the password. */
const STORE_REFERENCE = /^(?:see[ \t]+)?(?:1password|bitwarden|lastpass|keepass(?:xc)?|keeper|cyberark|thycotic|secret[ \t]?server|passwordstate|dashlane|passbolt|vault|op|ssm|secrets?[ \t]?manager|key[ \t]?vault)\b[ \t]*:?/i;

/** A Markdown cell without the backticks or quotes around its text. */
function unwrap(line: string, c: Span): Span {
  const { start, end } = c;
  const q = line[start];
  if ((q === '`' || q === '"' || q === "'") && end - start >= 2 && line[end - 1] === q) return { start: start + 1, end: end - 1, quoted: true };
  return { start, end, quoted: c.quoted };
}

/** How many rows below a header are read at most. */
const MAX_ROWS = 500;
/** How far a multi-row VALUES list is read, and how long one tuple may be. */
const SQL_WINDOW = 65536;
const SQL_TUPLE = 8192;

export interface Table {
  cells: Cell[];
  /** Where the table ends in the text: the engine searches on from there. */
  end: number;
}

/**
 * The cells under the columns of `header` whose name `wanted` accepts, in the rows of `text` from
 * offset `at` on. The table ends at a blank line or at a row with another number of cells than the
 * header (a Markdown separator row is skipped).
 */
export function tableCells(header: string, text: string, at: number, wanted: (name: string) => boolean): Table {
  const none = { cells: [], end: at };
  const delim = delimiterOf(header);
  if (!delim) return none;
  // Confluence wiki markup heads its table with `||`: `||System||User||Password||`.
  const head = delim === '|' ? header.replace(/\|\|/g, '|') : header;
  const names = trimPipes(splitRow(head, delim), head, delim).map((c) => head.slice(c.start, c.end).trim());
  if (names.filter(Boolean).length < 2) return none;
  // A line of code that lists names is no header: Python's `global ACCESS_TOKEN, REFRESH_TOKEN`.
  if (/^(?:global|nonlocal|var|let|const|local|my|our|import|from|export|return|print|del)\s/.test(names[0])) return none;
  const columns = names.map((n, i) => (n && wanted(n) ? i : -1)).filter((i) => i >= 0);
  // A table of settings, `| Variable | Value |` over `| \`API_TOKEN\` | \`…\` |`: each row names its
  // own value, in the second column, or in a wider table the one headed `Value`, `Example` or `Default`.
  const valueColumn = names.length === 2 ? 1 : names.findIndex((n, i) => i > 0 && VALUE_COLUMN.test(n));
  // Each row names its own value: in a settings table by its first column, in an inventory by the
  // column that says what the value is (then that column's own cells are descriptions, not values).
  const nameColumns = valueColumn > 0 ? names.map((_, i) => i).filter((i) => i !== valueColumn && ((i === 0 && KEY_COLUMN.test(names[0])) || DESCRIBER_COLUMN.test(names[i]))) : [];
  const keyValue = nameColumns.length > 0 && (columns.length === 0 || nameColumns.some((i) => DESCRIBER_COLUMN.test(names[i])));
  const valueColumns = keyValue ? columns.filter((i) => !nameColumns.includes(i) && i !== valueColumn) : columns;
  if (valueColumns.length === 0 && !keyValue) return none;
  const cells: Cell[] = [];
  let end = at;
  let first = true;
  // A row that opens with `|` heads a table only over a separator (Markdown's `|---|`, MySQL's
  // `+----+`); otherwise it is a row of the table, or of a list of `| name | value |` lines.
  // (Confluence's `||Header||` rows have none.)
  const bordered = delim === '|' && /^[ \t]*\|(?!\|)/.test(header);
  for (const { text: line, at: lineAt, eol } of linesFrom(text, at, MAX_ROWS)) {
    // A Markdown table's separator row (`|---|:---:|`) comes first.
    const separator = first && delim === '|' && /^\s*\|?\s*:?-{3,}/.test(line);
    if (first && bordered && !separator && !/^[ \t]*\+-/.test(line)) return none;
    first = false;
    if (separator) continue;
    const row_ = trimPipes(splitRow(line, delim), line, delim);
    if (!line.trim() || row_.length !== names.length) break;
    end = eol;
    if (keyValue) {
      const value = unwrap(line, row_[valueColumn]);
      const rowName = nameColumns.map((i) => unwrap(line, row_[i])).map((c) => line.slice(c.start, c.end).replace(/^\$/, '')).find(wanted);
      if (rowName !== undefined && value.end > value.start && !/\s/.test(line.slice(value.start, value.end))) {
        cells.push({ name: rowName, start: lineAt + value.start, end: lineAt + value.end, quoted: value.quoted });
      }
    }
    for (const i of valueColumns) {
      const c = row_[i];
      let start = c.start;
      // A Markdown cell may say `user / password` or `user: password`: the value is its last word.
      // `1Password: \`Infra/Grafana\``, `Vault: secret/app` point to where the password is kept.
      if (delim === '|' && !c.quoted && STORE_REFERENCE.test(line.slice(c.start, c.end))) continue;
      if (delim === '|' && !c.quoted && /^\S+[ \t]*[/:][ \t]*\S+$/.test(line.slice(c.start, c.end))) {
        const lastSpace = Math.max(line.lastIndexOf(' ', c.end - 1), line.lastIndexOf('\t', c.end - 1));
        if (lastSpace >= c.start) start = lastSpace + 1;
      }
      // A value with a space in it is prose, not a credential.
      if (/\s/.test(line.slice(start, c.end))) continue;
      if (c.end > start) cells.push({ name: names[i], start: lineAt + start, end: lineAt + c.end, quoted: c.quoted });
    }
  }
  return { cells, end };
}

/** The column names of SQL's `(a, "b", \`c\`)`. */
export function sqlColumns(columns: string): string[] {
  const inner = columns.replace(/^\s*\(|\)\s*$/g, '');
  return splitRow(inner, ',').map((c) => inner.slice(c.start, c.end).replace(/^[[\x60"]|[\]\x60"]$/g, '').trim());
}

/**
 * The column names of a `CREATE TABLE t ( … )` body, as mysqldump writes it before `INSERT INTO t
 * VALUES (…)` with no column list: each definition's first word, skipping keys and constraints.
 * Commas inside a type (`decimal(10,2)`, `enum('a','b')`) do not split.
 */
export function createTableColumns(body: string): string[] {
  const defs: string[] = [];
  let depth = 0, quote = '', start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"' || ch === '\x60') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      defs.push(body.slice(start, i));
      start = i + 1;
    }
  }
  defs.push(body.slice(start));
  return defs
    .map((d) => d.trim())
    .filter((d) => d && !/^(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FULLTEXT|SPATIAL|CHECK|FOREIGN|PERIOD)\b/i.test(d))
    .map((d) => /^(?:[\x60"[](?<q>[^\x60"\]]{1,128})[\x60"\]]|(?<w>[\w$]{1,128}))/.exec(d)?.groups)
    .map((g) => g?.q ?? g?.w ?? '');
}

/**
 * PostgreSQL dumps: `COPY t (a, b, c) FROM stdin;`, then one tab-separated row per line up to `\.`.
 */
export function copyCells(columns: string, text: string, at: number, wanted: (name: string) => boolean): Table {
  return tableCells(sqlColumns(columns).join('\t'), text, at, wanted);
}

/**
 * The cells of SQL `VALUES (…), (…)` (from offset `at` of `text`) under the columns of
 * `(a, b, c)`. Values are read tuple by tuple: quoted strings (with `''` escapes), numbers, NULL
 * and calls like `now()`; the list ends at anything but a tuple (`;`, the next statement).
 */
export function sqlCells(columns: string, text: string, at: number, wanted: (name: string) => boolean): Table {
  const none = { cells: [], end: at };
  const names = sqlColumns(columns);
  const wantedAt = names.map((n, i) => (n && wanted(n) ? i : -1)).filter((i) => i >= 0);
  if (names.length < 2 || wantedAt.length === 0) return none;
  const limit = Math.min(text.length, at + SQL_WINDOW);
  const cells: Cell[] = [];
  let i = at, end = at;
  while (i < limit) {
    while (i < limit && /[\s,]/.test(text[i])) i++;
    if (text[i] !== '(') break;
    const tuple = readTuple(text, i, Math.min(limit, i + SQL_TUPLE));
    // A tuple that does not close is not read again from the next INSERT inside it.
    if (typeof tuple === 'number') return { cells, end: Math.max(end, tuple) };
    if (tuple.cells.length === names.length) {
      for (const c of wantedAt) {
        const cell = tuple.cells[c];
        if (cell.quoted && cell.end > cell.start) cells.push({ name: names[c], start: cell.start, end: cell.end, quoted: true });
      }
    }
    i = end = tuple.end;
  }
  return { cells, end };
}

/**
 * One `( … )` tuple from `open` (its `(`): its values at depth 1; or, if it does not close before
 * `limit` or a `;`, where the reading stopped.
 */
function readTuple(text: string, open: number, limit: number): { cells: Span[]; end: number } | number {
  const cells: Span[] = [];
  let depth = 0, cellStart = open + 1;
  for (let j = open; j < limit; j++) {
    const ch = text[j];
    if (ch === "'" || ch === '"') {
      // To the closing quote; a doubled quote is an escaped one.
      let k = j + 1;
      while (k < limit && (text[k] !== ch || text[k + 1] === ch)) k += text[k] === ch ? 2 : 1;
      if (k >= limit) return limit;
      j = k;
    } else if (ch === ';') return j;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) {
      cells.push(sqlValue(text, cellStart, j));
      return { cells, end: j + 1 };
    } else if (ch === ',' && depth === 1) {
      cells.push(sqlValue(text, cellStart, j));
      cellStart = j + 1;
    }
  }
  return limit;
}

/** One SQL value between `from` and `to`: the inside of a quoted literal (N'…' too), else the trimmed text. */
function sqlValue(s: string, from: number, to: number): Span {
  let a = from, b = to;
  while (a < b && /\s/.test(s[a])) a++;
  while (b > a && /\s/.test(s[b - 1])) b--;
  if ((s[a] === 'N' || s[a] === 'E') && s[a + 1] === "'") a++;
  if (b - a >= 2 && (s[a] === "'" || s[a] === '"') && s[b - 1] === s[a]) return { start: a + 1, end: b - 1, quoted: true };
  return { start: a, end: b, quoted: false };
}

/** How far an HTML table's rows are read. */
const HTML_ROWS = 200;

/** The text inside one cell's markup (`<td><p><code>x</code></p></td>` → `x`), as offsets in `line`. */
function htmlCellText(line: string, from: number, to: number): Span | undefined {
  let a = from, b = to;
  for (;;) {
    while (a < b && /\s/.test(line[a])) a++;
    if (line[a] !== '<') break;
    const close = line.indexOf('>', a);
    if (close === -1 || close >= b) return undefined;
    a = close + 1;
  }
  for (;;) {
    while (b > a && /\s/.test(line[b - 1])) b--;
    if (line[b - 1] !== '>') break;
    const open = line.lastIndexOf('<', b - 1);
    if (open < a) return undefined;
    b = open;
  }
  // Text with markup left inside (`a <br/> b`) is not one value.
  if (b <= a || line.slice(a, b).includes('<')) return undefined;
  return { start: a, end: b, quoted: false };
}

/** The cells of one HTML row: `<td …>…</td>` (or `<th>`), as offsets in `line`. */
function htmlRow(line: string, tag: 'td' | 'th'): Span[] {
  const cells: Span[] = [];
  const open = new RegExp(`<${tag}\\b[^>]*>`, 'g');
  for (let m = open.exec(line); m; m = open.exec(line)) {
    const start = m.index + m[0].length;
    const end = line.indexOf(`</${tag}>`, start);
    if (end === -1) break;
    cells.push({ start, end, quoted: false });
    open.lastIndex = end;
  }
  return cells;
}

/**
 * HTML tables as wikis export them (Confluence's storage format, one `<tr>` per line): the header
 * row's `<th>` cells name the columns, and the `<td>` cells of the rows below hold the values.
 */
export function htmlTableCells(header: string, text: string, at: number, wanted: (name: string) => boolean): Table {
  const none = { cells: [], end: at };
  const names = htmlRow(header, 'th').map((c) => {
    const t = htmlCellText(header, c.start, c.end);
    return t ? header.slice(t.start, t.end).trim() : '';
  });
  const columns = names.map((n, i) => (n && wanted(n) ? i : -1)).filter((i) => i >= 0);
  if (names.length < 2 || columns.length === 0) return none;
  const cells: Cell[] = [];
  let end = at;
  for (const { text: line, at: lineAt, eol } of linesFrom(text, at, HTML_ROWS)) {
    if (line.includes('</table>') && !line.includes('<td')) break;
    const tds = htmlRow(line, 'td');
    if (tds.length === 0) continue; // <tbody>, </tr> on a line of its own
    end = eol;
    if (tds.length !== names.length) continue;
    for (const i of columns) {
      const t = htmlCellText(line, tds[i].start, tds[i].end);
      if (!t || /\s/.test(line.slice(t.start, t.end))) continue;
      cells.push({ name: names[i], start: lineAt + t.start, end: lineAt + t.end, quoted: false });
    }
    if (line.includes('</table>')) break;
  }
  return { cells, end };
}
