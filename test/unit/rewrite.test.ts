/**
 * core/rewrite: literal → run-time lookup, per language. Every token here is a fake made from a
 * seeded generator; the rewritten text is asserted exactly, never contains the token, and is
 * parsed or compiled where that is cheap.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { rewriteLiteral, applyEdits, suggestName, uniqueName, type RewriteResult } from '../../core/rewrite/index.ts';
import { rand, reseed, checksummed, HEX } from './fakes.ts';

reseed(0xc0ffee);
const STRIPE = 'sk_live_' + rand(99);
const GH = checksummed('ghp_');
const AWS = rand(40);
const PW = rand(24);
const HEXTOKEN = rand(32, HEX);

const tmp = mkdtempSync(join(tmpdir(), 'keyward-rewrite-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function has(cmd: string, args: string[] = ['--version']): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

interface Opts {
  path?: string;
  name?: string;
  ref?: string;
  /** Which occurrence of the secret (0-based). */
  occurrence?: number;
}

function run(languageId: string, text: string, secret: string, o: Opts = {}): RewriteResult {
  let offset = -1;
  for (let i = 0; i <= (o.occurrence ?? 0); i++) offset = text.indexOf(secret, offset + 1);
  assert.ok(offset >= 0, 'secret not in fixture');
  const name = o.name ?? 'API_KEY';
  return rewriteLiteral({ text, languageId, path: o.path, offset, length: secret.length, name, ref: o.ref ?? `keyward://keychain/orders-api/${name}` });
}

/** Rewrite, check the edits are sorted, non-overlapping and value-free, and return the new text. */
function rw(languageId: string, text: string, secret: string, o: Opts = {}): string {
  const r = run(languageId, text, secret, o);
  if ('error' in r) assert.fail(`unexpected error: ${r.error}`);
  assert.ok(r.description.length > 0);
  assert.ok(!r.description.includes(secret), 'description carries the secret');
  for (let i = 0; i < r.edits.length; i++) {
    assert.ok(!r.edits[i].newText.includes(secret), 'an edit carries the secret');
    if (i > 0) assert.ok(r.edits[i].offset >= r.edits[i - 1].offset + r.edits[i - 1].length, 'edits overlap or are unsorted');
  }
  const out = applyEdits(text, r.edits);
  const before = text.split(secret).length - 1;
  assert.equal(out.split(secret).length - 1, before - 1, 'exactly one occurrence is removed');
  return out;
}

function err(languageId: string, text: string, secret: string, o: Opts = {}): string {
  const r = run(languageId, text, secret, o);
  assert.ok('error' in r, 'expected an error');
  assert.ok(!r.error.includes(secret));
  return r.error;
}

function tsDiagnostics(code: string, jsx = false): string[] {
  const out = ts.transpileModule(code, {
    reportDiagnostics: true,
    fileName: jsx ? 'x.tsx' : 'x.ts',
    compilerOptions: jsx ? { jsx: ts.JsxEmit.Preserve } : {},
  });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

function check(cmd: string, args: string[], file: string, content: string): void {
  const p = join(tmp, file);
  writeFileSync(p, content);
  const r = spawnSync(cmd, [...args, p], { encoding: 'utf8' });
  assert.equal(r.status, 0, `${cmd} rejected the rewritten file:\n${r.stderr}${r.stdout}\n---\n${content}`);
}

const hasPython = has('python3');
// gofmt has no --version; formatting a one-line package from stdin says whether it works.
const hasGo = (() => {
  const r = spawnSync('gofmt', [], { input: 'package p\n', stdio: ['pipe', 'ignore', 'ignore'] });
  return !r.error && r.status === 0;
})();
const hasRuby = has('ruby');
const hasRustc = has('rustc');
const hasJavac = has('javac', ['-version']);
const hasPhp = has('php');

describe('JavaScript / TypeScript', () => {
  test('a const in a realistic module becomes process.env.NAME and still parses', () => {
    const src = `import Stripe from 'stripe';\n\nconst stripeKey: string = "${STRIPE}";\nexport const stripe = new Stripe(stripeKey, { apiVersion: '2024-06-20' });\n`;
    const out = rw('typescript', src, STRIPE, { name: 'STRIPE_KEY' });
    assert.equal(out, `import Stripe from 'stripe';\n\nconst stripeKey: string = process.env.STRIPE_KEY;\nexport const stripe = new Stripe(stripeKey, { apiVersion: '2024-06-20' });\n`);
    assert.deepEqual(tsDiagnostics(out), []);
  });

  test('a literal with escaped quotes', () => {
    const src = `const header = 'it\\'s "${GH}"';\nconsole.log(header);\n`;
    const out = rw('javascript', src, GH, { name: 'GITHUB_TOKEN' });
    assert.equal(out, `const header = \`it\\'s "\${process.env.GITHUB_TOKEN}"\`;\nconsole.log(header);\n`);
    check(process.execPath, ['--check'], 'escaped.js', out);
    // the value other than the token is unchanged
    const evaluated = new Function('process', `return ${out.slice(15, out.indexOf(';'))}`)({ env: { GITHUB_TOKEN: 'T' } });
    assert.equal(evaluated, `it's "T"`);
  });

  test('a secret inside a URL becomes a template literal, backticks and ${ escaped', () => {
    const src = `const url = "postgres://app:${PW}@db.internal:5432/orders?\`x\`=\${y}";\n`;
    const out = rw('javascript', src, PW, { name: 'DB_PASSWORD' });
    assert.equal(out, `const url = \`postgres://app:\${process.env.DB_PASSWORD}@db.internal:5432/orders?\\\`x\\\`=\\\${y}\`;\n`);
    check(process.execPath, ['--check'], 'url.js', out);
    const value = new Function('process', `return ${out.slice(12, -2)}`)({ env: { DB_PASSWORD: 'pw' } });
    assert.equal(value, 'postgres://app:pw@db.internal:5432/orders?`x`=${y}');
  });

  test('inside an existing template literal only the token is replaced', () => {
    const src = 'const auth = `Bearer ${prefix}' + STRIPE + '`;\n';
    assert.equal(rw('typescript', src, STRIPE), 'const auth = `Bearer ${prefix}${process.env.API_KEY}`;\n');
  });

  test('JSX attribute becomes an expression container', () => {
    const src = `export const App = () => <Checkout publishableKey="${STRIPE}" theme={'dark'} />;\n`;
    const out = rw('typescriptreact', src, STRIPE, { name: 'STRIPE_KEY' });
    assert.equal(out, `export const App = () => <Checkout publishableKey={process.env.STRIPE_KEY} theme={'dark'} />;\n`);
    assert.deepEqual(tsDiagnostics(out, true), []);
  });

  test('two occurrences: only the given span is rewritten', () => {
    const src = `const a = "${STRIPE}";\nconst b = "${STRIPE}";\n`;
    assert.equal(rw('javascript', src, STRIPE, { occurrence: 1 }), `const a = "${STRIPE}";\nconst b = process.env.API_KEY;\n`);
    assert.equal(rw('javascript', src, STRIPE, { occurrence: 0 }), `const a = process.env.API_KEY;\nconst b = "${STRIPE}";\n`);
  });

  test('a regex literal before the string does not confuse the lexer', () => {
    const src = `const re = /"'/g;\nconst k = "${GH}";\n`;
    assert.equal(rw('javascript', src, GH), `const re = /"'/g;\nconst k = process.env.API_KEY;\n`);
  });

  test('comment → error', () => {
    assert.match(err('typescript', `// old key: ${STRIPE}\nconst x = 1;\n`, STRIPE), /comment/);
  });

  test('the same token twice in one literal → error (no copy may stay)', () => {
    assert.match(err('javascript', `const x = "${STRIPE}:${STRIPE}";\n`, STRIPE), /split it out/);
  });
});

describe('Python', () => {
  test('file without import os: import added after the docstring, __future__ and imports', () => {
    const src = `#!/usr/bin/env python3\n"""Billing client.\n\nTalks to Stripe.\n"""\nfrom __future__ import annotations\n\nimport json\nfrom typing import (\n    Any,\n    Optional,\n)\n\nSTRIPE_KEY = '${STRIPE}'\n\n\ndef client() -> Any:\n    return json.dumps({"key": STRIPE_KEY})\n`;
    const out = rw('python', src, STRIPE, { name: 'STRIPE_KEY' });
    assert.equal(
      out,
      `#!/usr/bin/env python3\n"""Billing client.\n\nTalks to Stripe.\n"""\nfrom __future__ import annotations\n\nimport json\nfrom typing import (\n    Any,\n    Optional,\n)\nimport os\n\nSTRIPE_KEY = os.environ["STRIPE_KEY"]\n\n\ndef client() -> Any:\n    return json.dumps({"key": STRIPE_KEY})\n`,
    );
    if (hasPython) check('python3', ['-m', 'py_compile'], 'billing.py', out);
  });

  test('docstring and __future__ only', () => {
    const src = `"""Settings."""\nfrom __future__ import annotations\n\nTOKEN = "${GH}"\n`;
    const out = rw('python', src, GH, { name: 'GITHUB_TOKEN' });
    assert.equal(out, `"""Settings."""\nfrom __future__ import annotations\nimport os\n\nTOKEN = os.environ["GITHUB_TOKEN"]\n`);
    if (hasPython) check('python3', ['-m', 'py_compile'], 'settings.py', out);
  });

  test('docstring only: import after it; existing import os is reused', () => {
    const src = `"""Doc."""\n\nKEY = "${GH}"\n`;
    assert.equal(rw('python', src, GH), `"""Doc."""\n\nimport os\n\nKEY = os.environ["API_KEY"]\n`);
    const src2 = `import sys, os.path\n\nKEY = "${GH}"\n`;
    assert.equal(rw('python', src2, GH), `import sys, os.path\n\nKEY = os.environ["API_KEY"]\n`);
  });

  test("bytes literal b'' becomes os.environ[...].encode()", () => {
    const src = `import os\nHMAC_KEY = b'${HEXTOKEN}'\n`;
    const out = rw('python', src, HEXTOKEN, { name: 'HMAC_KEY' });
    assert.equal(out, `import os\nHMAC_KEY = os.environ["HMAC_KEY"].encode()\n`);
    if (hasPython) check('python3', ['-m', 'py_compile'], 'bytes.py', out);
    assert.match(err('python', `import os\nX = b'Bearer ${HEXTOKEN}'\n`, HEXTOKEN), /bytes/);
  });

  test("f-string: the lookup is interpolated with the other quote", () => {
    const src = `import os\n\ndef headers(user):\n    return {"Authorization": f"Bearer {user.id}:${GH}"}\n`;
    const out = rw('python', src, GH, { name: 'GITHUB_TOKEN' });
    assert.equal(out, `import os\n\ndef headers(user):\n    return {"Authorization": f"Bearer {user.id}:{os.environ['GITHUB_TOKEN']}"}\n`);
    if (hasPython) check('python3', ['-m', 'py_compile'], 'fstr.py', out);
  });

  test('secret inside a URL becomes an f-string, braces doubled, raw prefix kept', () => {
    const src = `import os\nDSN = r'postgresql://app:${PW}@db/{orders}\\d'\n`;
    const out = rw('python', src, PW, { name: 'DB_PASSWORD' });
    assert.equal(out, `import os\nDSN = rf'postgresql://app:{os.environ["DB_PASSWORD"]}@db/{{orders}}\\d'\n`);
    if (hasPython) {
      check('python3', ['-m', 'py_compile'], 'dsn.py', out);
      const v = execFileSync('python3', ['-c', out + '\nprint(DSN, end="")'], { env: { ...process.env, DB_PASSWORD: 'pw' }, encoding: 'utf8' });
      assert.equal(v, 'postgresql://app:pw@db/{orders}\\d');
    }
  });
});

describe('Go', { skip: false }, () => {
  test('single-line import becomes a block with "os"', () => {
    const src = `package main\n\nimport "fmt"\n\nfunc main() {\n\tapiToken := "${GH}"\n\tfmt.Println(len(apiToken))\n}\n`;
    const out = rw('go', src, GH, { name: 'API_TOKEN' });
    assert.equal(out, `package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tapiToken := os.Getenv("API_TOKEN")\n\tfmt.Println(len(apiToken))\n}\n`);
    if (hasGo) check('gofmt', ['-e', '-l'], 'single.go', out);
  });

  test('existing block: "os" inserted in order; raw string partial; const → var', () => {
    const src = `package api\n\nimport (\n\t"net/http"\n\t"strings"\n\n\t"github.com/acme/x"\n)\n\nconst authHeader = \`Bearer ${GH}\`\n`;
    const out = rw('go', src, GH);
    assert.equal(out, `package api\n\nimport (\n\t"net/http"\n\t"os"\n\t"strings"\n\n\t"github.com/acme/x"\n)\n\nvar authHeader = \`Bearer \` + os.Getenv("API_KEY")\n`);
    if (hasGo) check('gofmt', ['-e', '-l'], 'block.go', out);
  });

  test('no imports: added after the package clause', () => {
    const src = `package cfg\n\nvar Key = "${GH}"\n`;
    assert.equal(rw('go', src, GH), `package cfg\n\nimport "os"\n\nvar Key = os.Getenv("API_KEY")\n`);
  });

  test('gofmt available?', { skip: hasGo ? false : 'gofmt is not installed: Go output checked by exact text only' }, () => {});
});

describe('Java, C#, Rust, PHP, Ruby', () => {
  test('Java: System.getenv, and concatenation in parentheses before a method call', () => {
    const src = `public class Config {\n  static final String KEY = "${STRIPE}";\n  static String auth() { return "Bearer ${GH}".trim(); }\n}\n`;
    const a = rw('java', src, STRIPE);
    assert.equal(a, `public class Config {\n  static final String KEY = System.getenv("API_KEY");\n  static String auth() { return "Bearer ${GH}".trim(); }\n}\n`);
    const b = rw('java', a, GH, { name: 'GITHUB_TOKEN' });
    assert.equal(b, `public class Config {\n  static final String KEY = System.getenv("API_KEY");\n  static String auth() { return ("Bearer " + System.getenv("GITHUB_TOKEN")).trim(); }\n}\n`);
    if (hasJavac) {
      const dir = mkdtempSync(join(tmp, 'java-'));
      writeFileSync(join(dir, 'Config.java'), b);
      const r = spawnSync('javac', ['-d', dir, join(dir, 'Config.java')], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
    }
  });

  test('C#: verbatim string, using System added', () => {
    const src = `namespace Orders;\n\npublic static class Secrets\n{\n    public static string ConnectionString = @"Server=db;User Id=app;Password=${PW};Path=C:\\data";\n    public static string Key = @"${STRIPE}";\n}\n`;
    const a = rw('csharp', src, STRIPE);
    assert.equal(a, `using System;\n\nnamespace Orders;\n\npublic static class Secrets\n{\n    public static string ConnectionString = @"Server=db;User Id=app;Password=${PW};Path=C:\\data";\n    public static string Key = Environment.GetEnvironmentVariable("API_KEY");\n}\n`);
    const b = rw('csharp', a, PW, { name: 'DB_PASSWORD' });
    assert.equal(b, `using System;\n\nnamespace Orders;\n\npublic static class Secrets\n{\n    public static string ConnectionString = @"Server=db;User Id=app;Password=" + Environment.GetEnvironmentVariable("DB_PASSWORD") + @";Path=C:\\data";\n    public static string Key = Environment.GetEnvironmentVariable("API_KEY");\n}\n`);
    assert.match(err('csharp', `class A { const string K = "${GH}"; }`, GH), /static readonly/);
  });

  test('Rust: std::env::var(...).expect(...), env::var with use std::env, format! for a part', () => {
    const src = `fn main() {\n    let api_key = "${STRIPE}";\n    println!("{}", api_key.len());\n}\n`;
    const out = rw('rust', src, STRIPE, { name: 'STRIPE_KEY' });
    assert.equal(out, `fn main() {\n    let api_key = std::env::var("STRIPE_KEY").expect("STRIPE_KEY is not set");\n    println!("{}", api_key.len());\n}\n`);
    const src2 = `use std::env;\n\nfn main() {\n    let url = r#"postgres://app:${PW}@db/{x}"#;\n    println!("{}", url);\n}\n`;
    const out2 = rw('rust', src2, PW, { name: 'DB_PASSWORD' });
    assert.equal(out2, `use std::env;\n\nfn main() {\n    let url = format!(r#"postgres://app:{}@db/{{x}}"#, env::var("DB_PASSWORD").expect("DB_PASSWORD is not set"));\n    println!("{}", url);\n}\n`);
    if (hasRustc) {
      for (const [i, code] of [out, out2].entries()) {
        const p = join(tmp, `m${i}.rs`);
        writeFileSync(p, code);
        const r = spawnSync('rustc', ['--edition', '2021', '--emit=metadata', '-o', join(tmp, `m${i}.rmeta`), p], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
      }
    }
    assert.match(err('rust', `const KEY: &str = "${GH}";\n`, GH), /const/);
  });

  test('PHP: getenv, concatenation for a part; property default → error', () => {
    const src = `<?php\n$stripe = new \\Stripe\\StripeClient('${STRIPE}');\n$dsn = "mysql://app:${PW}@db/orders";\n`;
    const a = rw('php', src, STRIPE, { name: 'STRIPE_SECRET_KEY' });
    assert.equal(a, `<?php\n$stripe = new \\Stripe\\StripeClient(getenv('STRIPE_SECRET_KEY'));\n$dsn = "mysql://app:${PW}@db/orders";\n`);
    const b = rw('php', a, PW, { name: 'DB_PASSWORD' });
    assert.equal(b, `<?php\n$stripe = new \\Stripe\\StripeClient(getenv('STRIPE_SECRET_KEY'));\n$dsn = "mysql://app:" . getenv('DB_PASSWORD') . "@db/orders";\n`);
    if (hasPhp) check('php', ['-l'], 'x.php', b);
    assert.match(err('php', `<?php\nclass A {\n    private $key = '${GH}';\n}\n`, GH), /constructor/);
  });

  test('Ruby: ENV.fetch; single-quoted part becomes double-quoted with #{} escaped', () => {
    const src = `Stripe.api_key = '${STRIPE}'\nDB = 'postgres://app:${PW}@db/#{x}"'\n`;
    const a = rw('ruby', src, STRIPE, { name: 'STRIPE_SECRET_KEY' });
    assert.equal(a, `Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")\nDB = 'postgres://app:${PW}@db/#{x}"'\n`);
    const b = rw('ruby', a, PW, { name: 'DB_PASSWORD' });
    assert.equal(b, `Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")\nDB = "postgres://app:#{ENV.fetch("DB_PASSWORD")}@db/\\#{x}\\""\n`);
    if (hasRuby) check('ruby', ['-c'], 'x.rb', b);
  });

  test('ruby -c available?', { skip: hasRuby ? false : 'ruby is not installed: Ruby output checked by exact text only' }, () => {});
});

describe('Shell and Dockerfile', () => {
  test('unquoted assignment, single-quoted header, double-quoted, comment', () => {
    const src = `#!/bin/sh\nset -eu\n# deploy token below\nexport GITHUB_TOKEN=${GH}\ncurl -fsS -H 'Authorization: Bearer ${STRIPE}' "https://api.example.com/?k=${AWS}&\\$x"\n`;
    const a = rw('shellscript', src, GH, { name: 'GITHUB_TOKEN' });
    assert.equal(a, `#!/bin/sh\nset -eu\n# deploy token below\nexport GITHUB_TOKEN="\${GITHUB_TOKEN}"\ncurl -fsS -H 'Authorization: Bearer ${STRIPE}' "https://api.example.com/?k=${AWS}&\\$x"\n`);
    const b = rw('shellscript', a, STRIPE, { name: 'STRIPE_KEY' });
    assert.equal(b, `#!/bin/sh\nset -eu\n# deploy token below\nexport GITHUB_TOKEN="\${GITHUB_TOKEN}"\ncurl -fsS -H "Authorization: Bearer \${STRIPE_KEY}" "https://api.example.com/?k=${AWS}&\\$x"\n`);
    const c = rw('shellscript', b, AWS, { name: 'AWS_KEY' });
    assert.equal(c, `#!/bin/sh\nset -eu\n# deploy token below\nexport GITHUB_TOKEN="\${GITHUB_TOKEN}"\ncurl -fsS -H "Authorization: Bearer \${STRIPE_KEY}" "https://api.example.com/?k=\${AWS_KEY}&\\$x"\n`);
    check('sh', ['-n'], 'deploy.sh', c);
    // the values really expand
    const echoed = execFileSync('sh', ['-c', `STRIPE_KEY='a b$'; printf %s "Authorization: Bearer \${STRIPE_KEY}"`], { encoding: 'utf8' });
    assert.equal(echoed, 'Authorization: Bearer a b$');
    assert.match(err('shellscript', `#!/bin/sh\n# token ${GH}\n`, GH), /comment/);
  });

  test("single-quoted with $, \" and backslash becomes correctly escaped double quotes", () => {
    const src = `X='$HOME "q" \\ ${GH}'\nprintf '%s' "$X"\n`;
    const out = rw('shellscript', src, GH, { name: 'TOK' });
    assert.equal(out, `X="\\$HOME \\"q\\" \\\\ \${TOK}"\nprintf '%s' "$X"\n`);
    check('sh', ['-n'], 'sq.sh', out);
    const v = execFileSync('sh', ['-c', out], { env: { PATH: process.env.PATH, TOK: 't' }, encoding: 'utf8' });
    assert.equal(v, '$HOME "q" \\ t');
  });

  test('heredoc: unquoted expands, quoted → error', () => {
    const src = `cat <<EOF > .npmrc\n//registry.npmjs.org/:_authToken=${GH}\nEOF\n`;
    assert.equal(rw('shellscript', src, GH, { name: 'NPM_TOKEN' }), `cat <<EOF > .npmrc\n//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\nEOF\n`);
    assert.match(err('shellscript', `cat <<'EOF'\n${GH}\nEOF\n`, GH), /here-document/);
  });

  test('Dockerfile ENV gets ${NAME} and a declared ARG; ARG with the same name loses its default', () => {
    const src = `FROM node:20-slim\nWORKDIR /app\nENV STRIPE_SECRET_KEY=${STRIPE} NODE_ENV=production\nCMD ["node", "server.js"]\n`;
    const out = rw('dockerfile', src, STRIPE, { name: 'STRIPE_SECRET_KEY', path: 'Dockerfile' });
    assert.equal(out, `FROM node:20-slim\nWORKDIR /app\nARG STRIPE_SECRET_KEY\nENV STRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY} NODE_ENV=production\nCMD ["node", "server.js"]\n`);
    const src2 = `FROM alpine\nARG NPM_TOKEN=${GH}\nRUN echo ok\n`;
    assert.equal(rw('dockerfile', src2, GH, { name: 'NPM_TOKEN' }), `FROM alpine\nARG NPM_TOKEN\nRUN echo ok\n`);
    assert.match(err('dockerfile', `FROM alpine\nCMD ["curl", "-H", "${GH}"]\n`, GH), /exec-form/);
  });
});

describe('YAML, .env, JSON, config', () => {
  test('compose file: ${NAME}, other lines unchanged', () => {
    const src = `services:\n  api:\n    image: acme/api:1.4\n    environment:\n      STRIPE_SECRET_KEY: "${STRIPE}"\n      DATABASE_URL: postgres://app:${PW}@db:5432/orders # primary\n      LOG_LEVEL: info\n`;
    const a = rw('yaml', src, STRIPE, { name: 'STRIPE_SECRET_KEY' });
    const b = rw('yaml', a, PW, { name: 'DB_PASSWORD' });
    assert.equal(b, `services:\n  api:\n    image: acme/api:1.4\n    environment:\n      STRIPE_SECRET_KEY: "\${STRIPE_SECRET_KEY}"\n      DATABASE_URL: postgres://app:\${DB_PASSWORD}@db:5432/orders # primary\n      LOG_LEVEL: info\n`);
    const before = src.split('\n');
    const after = b.split('\n');
    assert.equal(after.length, before.length);
    for (let i = 0; i < before.length; i++) if (i !== 4 && i !== 5) assert.equal(after[i], before[i]);
    assert.match(err('yaml', `a: 1 # ${GH}\n`, GH), /comment/);
  });

  test('GitHub Actions workflow: ${{ secrets.NAME }}', () => {
    const src = `jobs:\n  build:\n    env:\n      NPM_TOKEN: ${GH}\n`;
    assert.equal(rw('yaml', src, GH, { name: 'NPM_TOKEN', path: '/repo/.github/workflows/ci.yml' }), `jobs:\n  build:\n    env:\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n`);
  });

  test('.env lines with and without quotes become the reference', () => {
    const ref = 'keyward://keychain/orders-api/STRIPE_SECRET_KEY';
    const src = `# payments\nSTRIPE_SECRET_KEY=${STRIPE}\nGITHUB_TOKEN="${GH}"\nexport AWS_SECRET_ACCESS_KEY='${AWS}'\n`;
    const a = rw('dotenv', src, STRIPE, { ref, name: 'STRIPE_SECRET_KEY' });
    assert.equal(a, `# payments\nSTRIPE_SECRET_KEY=${ref}\nGITHUB_TOKEN="${GH}"\nexport AWS_SECRET_ACCESS_KEY='${AWS}'\n`);
    const b = rw('plaintext', a, GH, { path: '/p/.env.local', name: 'GITHUB_TOKEN' });
    assert.equal(b, `# payments\nSTRIPE_SECRET_KEY=${ref}\nGITHUB_TOKEN="keyward://keychain/orders-api/GITHUB_TOKEN"\nexport AWS_SECRET_ACCESS_KEY='${AWS}'\n`);
    const c = rw('dotenv', b, AWS, { name: 'AWS_SECRET_ACCESS_KEY' });
    assert.ok(c.includes(`export AWS_SECRET_ACCESS_KEY='keyward://keychain/orders-api/AWS_SECRET_ACCESS_KEY'`));
    assert.match(err('dotenv', `# OLD=${GH}\n`, GH), /comment/);
  });

  test('JSON value: the reference in the same quotes, still valid JSON', () => {
    const src = `{\n  "stripe": { "api_key": "${STRIPE}", "webhook": "https://h/x?k=${GH}" },\n  "n": 1\n}\n`;
    const a = rw('json', src, STRIPE, { name: 'STRIPE_SECRET_KEY' });
    const b = rw('json', a, GH, { name: 'GITHUB_TOKEN' });
    assert.deepEqual(JSON.parse(b), {
      stripe: { api_key: 'keyward://keychain/orders-api/STRIPE_SECRET_KEY', webhook: 'https://h/x?k=keyward://keychain/orders-api/GITHUB_TOKEN' },
      n: 1,
    });
    assert.equal(a, `{\n  "stripe": { "api_key": "keyward://keychain/orders-api/STRIPE_SECRET_KEY", "webhook": "https://h/x?k=${GH}" },\n  "n": 1\n}\n`);
  });

  test('properties, toml, xml', () => {
    assert.equal(rw('properties', `db.password=${PW}\n`, PW), `db.password=keyward://keychain/orders-api/API_KEY\n`);
    assert.equal(rw('toml', `[stripe]\nkey = '${STRIPE}'\n`, STRIPE), `[stripe]\nkey = 'keyward://keychain/orders-api/API_KEY'\n`);
    assert.equal(rw('xml', `<cfg><token>${GH}</token></cfg>`, GH), `<cfg><token>keyward://keychain/orders-api/API_KEY</token></cfg>`);
    assert.match(err('xml', `<!-- <token>${GH}</token> -->`, GH), /comment/);
    assert.match(err('properties', `k=${PW}abc_\n`, PW + 'abc'.slice(0, 0)), /followed by more text/);
  });
});

describe('errors and validation', () => {
  test('unknown language', () => {
    assert.match(err('haskell', `key = "${GH}"`, GH), /haskell.*not supported yet/);
  });
  test('bad name, bad ref, stale range', () => {
    assert.match(err('javascript', `x = "${GH}"`, GH, { name: 'A-B; rm -rf' }), /not a valid environment variable name/);
    assert.match(err('javascript', `x = "${GH}"`, GH, { ref: 'keyward://x/"y' }), /reference/);
    const r = rewriteLiteral({ text: 'x', languageId: 'javascript', offset: 5, length: 3, name: 'A', ref: 'keyward://k/p/A' });
    assert.ok('error' in r);
  });
});

describe('suggestName / uniqueName', () => {
  const sug = (text: string, secret: string, ruleId = 'generic-secret', provider = 'Generic'): string =>
    suggestName({ text, offset: text.indexOf(secret), length: secret.length, ruleId, provider });
  test('from the variable or key', () => {
    assert.equal(sug(`const stripeKey = "${STRIPE}";`, STRIPE, 'stripe-live-secret-key', 'Stripe'), 'STRIPE_KEY');
    assert.equal(sug(`{"api_key": "${STRIPE}"}`, STRIPE), 'API_KEY');
    assert.equal(sug(`\tapiToken := "${GH}"`, GH), 'API_TOKEN');
    assert.equal(sug(`\tAPIKey: "${GH}",`, GH), 'API_KEY');
    assert.equal(sug(`  private static final String dbPassword = "${PW}";`, PW), 'DB_PASSWORD');
    assert.equal(sug(`api_key: str = '${PW}'`, PW), 'API_KEY');
    assert.equal(sug(`const API_KEY: &str = "${PW}";`, PW), 'API_KEY');
    assert.equal(sug(`self.webhookSecret = '${PW}'`, PW), 'WEBHOOK_SECRET');
    assert.equal(sug(`define('MAILGUN_KEY', '${PW}');`, PW), 'MAILGUN_KEY');
    assert.equal(sug(`'auth_token' => '${PW}',`, PW), 'AUTH_TOKEN');
    assert.equal(sug(`client = OpenAI(api_key="${PW}")`, PW), 'API_KEY');
    assert.equal(sug(`SENDGRID_API_KEY=${PW}\n`, PW), 'SENDGRID_API_KEY');
    assert.equal(sug(`db.password=${PW}\n`, PW), 'DB_PASSWORD');
    assert.equal(sug(`<smtpPassword>${PW}</smtpPassword>`, PW), 'SMTP_PASSWORD');
    assert.equal(sug(`DATABASE_URL=postgres://u:${PW}@h/db\n`, PW, 'database-url-password', 'Database'), 'DATABASE_URL');
  });
  test('from the rule or provider when the name is vague or absent', () => {
    assert.equal(sug(`new Stripe("${STRIPE}")`, STRIPE, 'stripe-live-secret-key', 'Stripe'), 'STRIPE_SECRET_KEY');
    assert.equal(sug(`token = "${GH}"`, GH, 'github-pat', 'GitHub'), 'GITHUB_TOKEN');
    assert.equal(sug(`headers = {"Authorization": "token ${GH}"}`, GH, 'github-fine-grained-pat', 'GitHub'), 'GITHUB_TOKEN');
    assert.equal(sug(`x("${AWS}")`, AWS, 'aws-secret-access-key', 'AWS'), 'AWS_SECRET_ACCESS_KEY');
    assert.equal(sug(`f("${PW}")`, PW, 'sendgrid-api-key', 'SendGrid'), 'SENDGRID_API_KEY');
    assert.equal(sug(`f("${PW}")`, PW, 'azure-devops-pat-v2', 'Azure'), 'AZURE_DEVOPS_TOKEN');
    assert.equal(sug(`f("${PW}")`, PW, '', 'Acme Cloud'), 'ACME_CLOUD_TOKEN');
    assert.equal(sug(`url = "postgres://u:${PW}@h/db"`, PW, 'database-url-password', 'Database'), 'DATABASE_PASSWORD');
  });
  test('uniqueName', () => {
    assert.equal(uniqueName('API_KEY', new Set()), 'API_KEY');
    assert.equal(uniqueName('API_KEY', new Set(['API_KEY'])), 'API_KEY_2');
    assert.equal(uniqueName('API_KEY', new Set(['API_KEY', 'API_KEY_2'])), 'API_KEY_3');
  });
});
