/**
 * Tables: a value's name is its column's header. CSV/TSV exports, Markdown tables in wikis and
 * runbooks, and SQL INSERTs in seeds and dumps hold credentials far from any `name = value`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../core/detect/engine.ts';
import { tableCells, sqlCells } from '../../core/detect/table.ts';
import { rand, reseed, HEX } from './fakes.ts';

reseed(0x7ab1e);
const reported = (path: string, text: string) => scanText(text, { path }).findings.filter((f) => f.level !== 'note');
const values = (path: string, text: string) => reported(path, text).map((f) => text.slice(f.offset, f.offset + f.length));
const pw = () => `Tq${rand(5, 'abcdefghjkmnpqrstuvwxyz')}${rand(3, '23456789')}#${rand(3)}`;

test('a CSV export: every value under a secret-named column, none under the others', () => {
  const a = rand(32), b = rand(32);
  const csv = `id,name,email,api_key,created_at\n1,sync,ops@corp.test,${a},2024-03-01\n2,billing,fin@corp.test,${b},2024-03-02\n`;
  assert.deepEqual(values('exports/clients.csv', csv), [a, b]);
  const q = pw();
  assert.deepEqual(values('users.csv', `"username";"password"\n"deploy";"${q}"\n`), [q]);
  const t = rand(40);
  assert.deepEqual(values('tokens.tsv', `service\ttoken\tscope\nci\t${t}\trepo\n`), [t]);
});

test('a Markdown table: the credential column, `user / password` cells read as the password', () => {
  const p = pw(), k = rand(40);
  const md = [
    '| Service   | URL                         | Credentials |',
    '|-----------|-----------------------------|-------------|',
    '| Grafana   | https://grafana.corp.test   | SSO         |',
    `| SFTP drop | sftp://files.corp.test:2222 | partner / ${p} |`,
    '',
    '| Env | API key |',
    '| --- | --- |',
    `| prod | \`${k}\` |`,
  ].join('\n');
  assert.deepEqual(values('docs/runbook.md', md), [p, k]);
});

test('SQL INSERT: values under secret-named columns, across rows and lines', () => {
  const k1 = `sk_${rand(48, HEX)}`, k2 = rand(40), p = pw();
  const sql = [
    '-- V15__seed_service_accounts.sql',
    'INSERT INTO service_accounts (name, api_key, scopes, created_at)',
    `VALUES ('tundra-sync', '${k1}', '{read,write}', now()),`,
    `       ('ledger', '${k2}', '{read}', now());`,
    `INSERT INTO \`users\` (\`login\`, \`password\`) VALUES ('admin', '${p}');`,
  ].join('\n');
  assert.deepEqual(values('db/seed.sql', sql), [k1, k2, p]);
});

test('a PostgreSQL dump and a Confluence table', () => {
  const p = pw(), q = pw();
  const dump = `--\n-- PostgreSQL database dump\n--\n\nCOPY public.smtp_settings (id, host, port, username, password, updated_at) FROM stdin;\n1\tsmtp.corp.test\t587\tapp@corp.test\t${p}\t2025-07-01 10:23:46+00\n\\.\n`;
  assert.deepEqual(values('backup/dump.sql', dump), [p]);
  const wiki = `h1. Shared service accounts\n\n||System||Host||User||Password||Notes||\n|SFTP drop|sftp.corp.test|admin|${q}|legacy|\n|Vault UI|vault.corp.test|svc-vault|see 1Password|SSO preferred|\n`;
  assert.deepEqual(values('wiki/accounts.txt', wiki), [q]);
});

test('tables that hold no secrets stay quiet', () => {
  const hash = rand(64, HEX);
  const quiet: [string, string][] = [
    ['docs/config.md', '| Variable | Description |\n| --- | --- |\n| `API_TOKEN` | The token used to call the API |\n| `DB_PASSWORD` | Password for the database user |'],
    ['docs/config.md', '| Name | Type | Default |\n|---|---|---|\n| token | string | `""` |\n| password | string | none |'],
    ['users.csv', `id,email,password_hash\n1,a@corp.test,${hash}\n2,b@corp.test,$2b$12$${rand(53)}`],
    ['i18n.csv', 'key,en,de\nlogin.password,Password,Passwort\nlogin.token_expired,Your session expired,Sitzung abgelaufen'],
    ['tokens.csv', `service,token\nci,\${CI_TOKEN}\ndeploy,<your token>\nrelease,REDACTED`],
    ['schema.sql', 'CREATE TABLE api_tokens (\n  id bigserial PRIMARY KEY,\n  token_hash bytea NOT NULL, -- sha256 of the token, never the token itself\n  prefix text NOT NULL, -- e.g. tok_ab12\n  created_at timestamptz\n);'],
    ['seed.sql', `INSERT INTO users (email, password_hash) VALUES ('a@corp.test', '$argon2id$v=19$m=65536,t=3,p=4$${rand(22)}$${rand(43)}');`],
    ['seed.sql', "INSERT INTO settings (name, value) VALUES ('api_key', NULL), ('password', :password);"],
    // A row with another number of cells ends the table.
    ['notes.csv', `user,password\nalice,${pw()},extra,cells\n`],
  ];
  for (const [path, text] of quiet) assert.deepEqual(reported(path, text).map((f) => f.ruleId), [], `${path}: ${text.slice(0, 60).replace(/[A-Za-z0-9+/=_-]{12,}/g, (run) => `${run.slice(0, 3)}…`)}`);
});

test('cells are split outside quotes; doubled quotes escape', () => {
  const wanted = (n: string) => n === 'secret';
  const text = 'a,"b, still b",secret\n';
  const header = 'name,note,secret';
  const { cells } = tableCells(header, text, 0, wanted);
  assert.deepEqual(cells.map((c) => text.slice(c.start, c.end)), ['secret']);
  const sql = "('it''s', 'v,1', 'Zq9#kLm2'), ('x', concat('a', 'b'), 'Rr7!pQw3');";
  assert.deepEqual(sqlCells('(a, b, secret)', sql, 0, wanted).cells.map((c) => sql.slice(c.start, c.end)), ['Zq9#kLm2', 'Rr7!pQw3']);
});

test('table shapes stay linear on header-like lines and long tables', () => {
  const near = [
    ('token,password,secret,api_key\n').repeat(20000),
    ('| token | password |\n').repeat(20000),
    ('a,b,token\n' + 'x,y,z\n'.repeat(400)).repeat(50),
    'INSERT INTO t (token, password) VALUES ' + "('a', 'b'), ".repeat(30000),
    ('INSERT INTO t (token, password) VALUES (\n').repeat(20000),
  ];
  for (const text of near) {
    const t0 = performance.now();
    scanText(text, { path: 'x.csv' });
    const ms = performance.now() - t0;
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms on ${text.slice(0, 20)}…`);
  }
});
