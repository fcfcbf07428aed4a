import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../core/detect/engine.ts';
import { KeywordMatcher } from '../../core/detect/keywords.ts';
import { looksRandom, isTemplateOrReference, hasPlaceholderWord } from '../../core/detect/filters.ts';
import { rand, HEX, BASE64URL, checksummed } from './fakes.ts';

const BASE64URL_NOPAD = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-';
import { findingsOf, spans } from './helpers.ts';

test('keyword matcher finds every occurrence, case-insensitively, with its line', () => {
  const m = new KeywordMatcher(['ghp_', 'token', 'ken']);
  const hits: [string, number, number][] = [];
  m.scan('a TOKEN\nghp_x token', (k, end, line) => hits.push([m.keywords[k], end, line]));
  assert.deepEqual(hits, [['token', 7, 0], ['ken', 7, 0], ['ghp_', 12, 1], ['token', 19, 1], ['ken', 19, 1]]);
});

test('generic secrets are found in every common language and config format', () => {
  const v = rand(32);
  const cases: [string, string][] = [
    ['app.js', `const apiKey = "${v}";`],
    ['app.ts', `export const config = { clientSecret: '${v}' };`],
    ['app.py', `API_TOKEN = "${v}"`],
    ['main.go', `apiToken := "${v}"`],
    ['App.java', `private static final String SECRET_KEY = "${v}";`],
    ['app.rb', `config.secret_token = '${v}'`],
    ['Program.cs', `var password = @"${v}";`],
    ['config.yaml', `auth:\n  client_secret: ${v}`],
    ['config.json', `{ "api_key": "${v}" }`],
    ['.env', `SERVICE_TOKEN=${v}`],
    ['app.properties', `db.password=${v}`],
    ['settings.ini', `password = ${v}`],
    ['web.xml', `<apiKey>${v}</apiKey>`],
    ['main.tf', `  password = "${v}"`],
    ['main.tf', `  username            = "admin"\n  password            = "${v}"`],
    ['deployment.yaml', `        env:\n          - name: REDIS_PASSWORD\n            value: "${v}"`],
    ['Dockerfile', `ENV API_TOKEN=${v}`],
    ['deploy.sh', `export DEPLOY_TOKEN="${v}"`],
    ['README.md', '```\nAPI_SECRET=' + v + '\n```'],
    ['App.java', `props.put("client_secret", "${v}");`],
  ];
  for (const [path, text] of cases) {
    const found = scanText(text, { path }).findings.filter((f) => f.ruleId.startsWith('generic-secret'));
    assert.deepEqual(spans(text, found), [v], `${path}: ${text}`);
  }
});

test('generic detector stays quiet on references, placeholders, identifiers and non-secrets', () => {
  const negatives = [
    'const apiKey = process.env.API_KEY;',
    'password: ${DB_PASSWORD}',
    'token: {{ .Values.token }}',
    'token: ${{ secrets.GITHUB_TOKEN }}',
    'set PASSWORD=%DB_PASSWORD%',
    'API_KEY=$API_KEY',
    'api_key = os.environ["API_KEY"]',
    'secret = getSecret("name")',
    'const token = this.tokenService.current;',
    'password = "changeme"',
    'api_key: YOUR_API_KEY_HERE',
    'token = "<token>"',
    'password: "xxxxxxxxxxxxxxxx"',
    'secret = "REDACTED"',
    'api_key = "0123456789abcdef"',
    'password_hash = "5f4dcc3b5aa765d61d8327deb882cf99"',
    'public_key = "' + rand(40) + '"',
    'token_id = "' + rand(24) + '"',
    'request_token = "550e8400-e29b-41d4-a716-446655440000"',
    'integrity: sha512-' + rand(86) + '==',
    'const TOKEN_TYPE = "access_token_refresh";',
    'passwordField = "password-input-field"',
    'cacheKey = "' + rand(24, HEX) + '"',
    'password = "aaaaaaaaaaaa"',
    'secret_file = "/etc/app/secret.pem"',
  ];
  for (const line of negatives) assert.deepEqual(scanText(line).findings.map((f) => f.ruleId), [], line);
});

test('generic findings in lockfiles are ignored', () => {
  const text = `"token": "${rand(32)}"`;
  assert.equal(findingsOf('generic-secret', text, 'package-lock.json').length, 0);
  assert.equal(findingsOf('generic-secret', text, 'config.json').length, 1);
});

test('a provider rule wins over the generic rule on the same value', () => {
  const tok = checksummed('ghp_');
  assert.deepEqual(scanText(`GITHUB_TOKEN="${tok}"`).findings.map((f) => f.ruleId), ['github-pat']);
});

test('looksRandom separates random strings from words, versions and sequences', () => {
  assert.ok(looksRandom(rand(24)));
  assert.ok(looksRandom(rand(40, HEX)));
  for (const s of ['thisIsNotRandom', '1.2.3-beta.4', '2024-01-01T00:00', 'abcdefgh12345678', 'Password123']) assert.ok(!looksRandom(s), s);
});

test('templates and placeholders are recognised', () => {
  for (const s of ['${X}', '{{ y }}', '%APPDATA%', '$TOKEN', 'process.env.X', 'keyward://keychain/p/N']) assert.ok(isTemplateOrReference(s), s);
  for (const s of ['YOUR_API_KEY', 'sk_live_xxxxxxxxxxxxxxxx', '<api-key>', 'REDACTED']) assert.ok(hasPlaceholderWord(s), s);
});

test('minified lines are searched for known formats only, and reported', () => {
  const tok = checksummed('ghp_');
  const line = 'var a=1;'.repeat(1000) + `t="${tok}";password="${rand(20)}";` + 'var b=2;'.repeat(1000);
  const r = scanText(line);
  assert.deepEqual(r.findings.map((f) => f.ruleId), ['github-pat']);
  assert.deepEqual(r.skippedLines, [1]);
});

test('adversarial input stays linear: a long run of near-matches scans quickly', () => {
  const nearMisses = [
    'password=' + 'a'.repeat(5000),
    ('token = "' + rand(7) + '" ').repeat(20000),
    'api_key:'.repeat(100000),
    ('x'.repeat(79) + '_token=').repeat(10000),
    'Bearer ' + 'A'.repeat(100000),
  ];
  for (const text of nearMisses) {
    const t0 = performance.now();
    scanText(text);
    const ms = performance.now() - t0;
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms on ${text.slice(0, 20)}…`);
  }
});

test('documented example keys are not findings', () => {
  const lines = ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"'];
  for (const line of lines) assert.deepEqual(scanText(line).findings, [], line);
});

test('hand-typed sequences are not secrets, interleaved ones included', () => {
  assert.deepEqual(scanText('--set global.licenseKey=a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8NRAL').findings, []);
  assert.deepEqual(scanText('api_key = "abcdef0123456789abcdef"').findings, []);
});

test('documentation-style values seen in published packages are not secrets', () => {
  const lines: [string, string][] = [
    ['api.json', '"NextToken": "U1FsdGVkX19nBV2zoh+Gou9NgnulLJHWpn9xnG4hqSOfvw3o2JqjI86QDxef"'],
    ['api.json', '"PasswordLastUsed": "2016-09-08T21:47:36Z",'],
    ['api.json', '"S3Key": "my-app/5026-stage-150723_222618.war"'],
    ['api.json', '"result_key": "LocalGatewayRouteTableVpcAssociations"'],
    ['api.json', '"clientSecret": "VERYLONGSECRETeyJraWQiOiJrZXktMTU2NDAyODA5OSIsImFsZyI6IkhTMzg0In0",'],
    ['api.json', '"Password": "SomeKindOfPassword123!@#",'],
    ['s3.js', "['starts-with', '$key', 'path/to/uploads/']"],
    ['test.js', "'href': 'http://user:pass@example.com/'"],
    ['README.md', "new Keyv('redis://user:pass@localhost:6379')"],
  ];
  for (const [path, line] of lines) assert.deepEqual(scanText(line, { path }).findings.map((f) => f.ruleId), [], line);
});

test('a chosen password assigned to a password name is found; words and leetspeak placeholders are not', () => {
  for (const [line, want] of [
    ['password = "Rrhh1234"', 1],
    ["db_password: 'super$ecret'", 1],
    // quoted values may hold punctuation and the other quote characters
    ["db_password: 'm0unt;ain(sh`adow'", 1],
    ['"output_token": "Jobs[-1].JobId",', 0],
    ['"vm_password": "Pass123!@#",', 1],
    ["const pass = 'pa$$word'", 0],
    ['password = "foo-bar-baz"', 0],
    ['password = "thisismypassword"', 0],
    ['  - Release GPG key: 3ABC01543F22DD2239285CB5EAD6F8C1E8FBD8B4', 0],
  ] as const) {
    assert.equal(scanText(line, { path: 'config.txt' }).findings.length, want, line);
  }
});

test('quoted generic values may hold punctuation, other quotes and escapes; a rejected match does not hide the next', () => {
  const pw = `${rand(4)};${rand(3)}(${rand(3)}|\`${rand(3)}`;
  const cases: [string, string, string][] = [
    ['config.py', `password = '${pw}'`, pw],
    ['config.yml', `jwt_secret: "${rand(10)}\\5]${rand(12)}"`, ''],
    // `user='app', ` used to be read as a name `app` with the value `password=`, hiding the password
    ['db.py', `conn = psycopg2.connect(host='db', user='app', password='Vq7#${rand(8)}')`, ''],
    ['gradle.kts', `//$client_secret = '${rand(24, BASE64URL_NOPAD)}'`, ''],
    ['run.sh', `java -Ddb.password=${rand(12)} -jar app.jar`, ''],
    ['run.sh', `mytool --api-token=${rand(32, HEX)} sync`, ''],
  ];
  for (const [path, text, exact] of cases) {
    const found = scanText(text, { path }).findings.filter((f) => f.ruleId === 'generic-secret');
    assert.equal(found.length, 1, text);
    if (exact) assert.deepEqual(spans(text, found), [exact], text);
  }
});

test('index expressions, URLs and short query-string values are not generic secrets', () => {
  const lines: [string, string][] = [
    ['api.json', '"output_token": "Jobs[-1].JobId",'],
    ['app.js', "const token = headers['x-auth'];"],
    ['app.js', 'apiToken: "env[\'API_TOKEN\']",'],
    // the URL rules judge a URL's password; the generic rule does not re-report the whole URL
    ['app.js', 'const MONGO_CREDENTIALS = "mongodb://mongodb:mongodb@localhost:27017/db";'],
    // codecov's public graph token in a README badge
    ['README.md', '[![codecov](https://codecov.io/gh/acme/lib/graph/badge.svg?token=37tZMQE0Sy)](https://codecov.io/gh/acme/lib)'],
  ];
  for (const [path, line] of lines) assert.deepEqual(scanText(line, { path }).findings.map((f) => f.ruleId), [], line);
  // a long key in a query string is still one
  const key = rand(32);
  assert.deepEqual(spans(`https://api.acme.io/v1/data?api_key=${key}&q=1`, scanText(`https://api.acme.io/v1/data?api_key=${key}&q=1`, { path: 'fetch.md' }).findings), [key]);
});

test('passwords given as a credential argument, compared in a login check, or written in prose', () => {
  const pw = `Kq${rand(6)}7x`;
  const found: [string, string, string][] = [
    ['generic-credential-argument', 'Mailer.cs', `client.Credentials = new NetworkCredential("ci@acme.io", "${pw}");`],
    ['generic-credential-argument', 'Ldap.cs', `var e = new DirectoryEntry("LDAP://dc.acme.local",\n    "ACME\\\\svc",\n    "${pw}");`],
    ['generic-credential-argument', 'Auth.java', `return new PasswordAuthentication("svc", "${pw}".toCharArray());`],
    ['generic-credential-argument', 'client.py', `r = requests.get(url, auth=("svc", "${pw}"))`],
    ['generic-credential-argument', 'client.go', `req.SetBasicAuth("svc", "${pw}")`],
    ['generic-password-comparison', 'login.py', `if username == "jojoba" and password == "${pw}":`],
    ['generic-password-comparison', 'Login.java', `if (adminPassword.equals("${pw}")) {`],
    ['generic-password-prose', 'README.md', `The default password for user "operator" is '${pw}'.`],
    ['generic-password-prose', 'NOTES.txt', 'ensure the password is "centipede" and press the "On" button'],
    ['generic-secret-xml-attribute', 'Web.config', `<add key="SmtpPassword" value="${pw}" />`],
    ['generic-secret-build-config', 'build.gradle', `buildConfigField 'String', 'MAPS_API_KEY', '"${rand(32, HEX)}"'`],
    ['generic-secret-cli-option', 'ci.sh', `docker login -u ci --password ${pw} registry.acme.io`],
    ['generic-curl-user-password', 'ci.sh', `curl -sf -u deploy:${pw} https://repo.acme.io/upload`],
    ['generic-curl-user-key', 'ci.sh', `curl https://api.acme.io/v1/charges -u "${rand(24)}:"`],
    ['generic-credential-argument', 'search.py', `es = Elasticsearch(url, basic_auth=("elastic", "${pw}"))`],
    ['generic-credential-argument', 'ssh.go', `Auth: []ssh.AuthMethod{ssh.Password("${pw}")},`],
    ['generic-sql-password', 'grant.sql', `ALTER USER DEPLOY IDENTIFIED BY "${pw}" ACCOUNT UNLOCK;`],
    ['generic-sql-password', 'login.sql', `CREATE LOGIN [app] WITH PASSWORD = N'${pw}', CHECK_POLICY = ON;`],
    ['generic-key-argument', 'sign.js', `crypto.createHmac("sha256", "${rand(64, HEX)}").update(body)`],
    ['generic-key-argument', 'sign.go', `mac := hmac.New(sha256.New, []byte("${rand(32)}"))`],
    ['generic-key-argument', 'sign.py', `hmac.new(b"${rand(32)}", body, hashlib.sha256)`],
    ['generic-key-argument', 'Cipher.java', `new SecretKeySpec("${rand(32)}".getBytes(), "AES")`],
    ['generic-key-argument', 'Sign.cs', `using var h = new HMACSHA256(Encoding.UTF8.GetBytes("${rand(32)}"));`],
    ['generic-key-argument', 'pii.py', `fernet = Fernet(b"${rand(43, BASE64URL)}=")`],
    ['generic-secret', 'LdapLogin.java', `env.put(Context.SECURITY_CREDENTIALS, "${pw}");`],
    ['generic-secret', 'crypt.go', `var masterKey, _ = hex.DecodeString("${rand(64, HEX)}")`],
    ['generic-secret', 'keys.py', `SIGNING_KEY = base64.b64decode(b"${rand(43)}=")`],
    ['generic-secret', 'db.go', `\tPasswd:               "${pw}",`],
    ['generic-secret', 'partner.properties', `integration.partner.shared-secret=${rand(40)}`],
    ['generic-secret-wrapper', 'index.ts', `    password: pulumi.secret("${pw}"),`],
    ['generic-secret', 'sys.config', `   {push_api_key, "${rand(36)}"},`],
    ['generic-secret', 'Mailer.vb', `    Private Const SmtpPass As String = "${pw}"`],
    ['generic-secret', 'wpa_supplicant.conf', `    psk="${pw}"`],
    ['generic-secret-plist', 'Info.plist', `\t<key>ServerAPISecret</key>\n\t<string>${rand(40)}</string>`],
    ['generic-curl-user-key', 'README.md', `curl https://api.acme.io/v1/charges \\\n  -u ${rand(32, HEX)}: \\\n  -d amount=100`],
  ];
  for (const [rule, path, text] of found) {
    assert.deepEqual(scanText(text, { path }).findings.map((f) => f.ruleId), [rule], text);
  }
  const quiet: [string, string][] = [
    ['Mailer.cs', 'client.Credentials = new NetworkCredential(user, password);'],
    ['client.py', 'r = requests.get(url, auth=("svc", os.environ["PW"]))'],
    ['login.js', 'if (passwordStrength === "medium") {}'],
    ['login.js', 'if (password === confirmPassword) {}'],
    ['login.js', "if (pwdType == 'hidden') {}"],
    ['login.py', 'if password == "password":'],
    ['README.md', 'The default password is "admin" and the password for user "guest" is "guest".'],
    ['README.md', 'Make sure the password is "required" in the schema.'],
    ['Web.config', '<add key="PasswordMinLength" value="8" />'],
    ['Web.config', '<add key="PasswordResetUrl" value="https://acme.io/reset" />'],
    ['ci.sh', 'echo "$PW" | docker login -u ci --password-stdin registry.acme.io'],
    ['ci.sh', 'mytool --token "$TOKEN" --secret-file /etc/acme/secret.json'],
    ['ci.sh', 'curl -u "$USER:$PASS" https://repo.acme.io/upload'],
    ['ci.sh', 'curl -u admin:changeme https://localhost:9200'],
    ['ci.sh', 'curl -u elastic_superuser: https://localhost:9200'],
    ['sign.js', 'crypto.createHmac("sha256", process.env.WEBHOOK_SECRET)'],
    ['sign.js', 'crypto.createHmac("sha256", "your-webhook-secret")'],
    ['pii.py', 'fernet = Fernet(key)'],
    ['Cipher.java', 'new SecretKeySpec(keyBytes, "AES")'],
    ['LdapLogin.java', 'env.put(Context.SECURITY_AUTHENTICATION, "simple");'],
    ['users.json', '"password": "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQxMjM0$RdescudvJCsgt3ub+b+dWRWJTmaaJObG"'],
    ['users.py', 'password = "pbkdf2_sha256$600000$R4nd0mSaltX$kQ1dO3x8u1TqPf7W2bZcN5mY9aV0eL6sH4jG2rK8wE="'],
    // found by the blind sets: pagination cursors, Laravel's CSRF field, .NET GUIDs in braces,
    // the Key URI format's documented TOTP secret, a database's default password in a local URL
    ['Info.plist', '\t<key>CFBundleIdentifier</key>\n\t<string>com.acme.juniper.ios</string>'],
    ['Info.plist', '\t<key>ApiKeyName</key>\n\t<string>X-Juniper-Api-Key</string>'],
    ['api_test.py', 'assert req.url.params["page_token"] == "eyJvZmZzZXQiOjM2MSwidHMiOjE2ODM0NTA5ODV9"'],
    ['form.html', '<input type="hidden" name="_token" value="0yXxPn9gjSgu4lwGLX7MQ27dmezNoK8E68wd8SXQhBc">'],
    ['App.sln', 'Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Auth.Api", "src\\Auth.Api\\Auth.Api.csproj", "{C9EC85D6-145C-4B11-896A-33CA57A67C2D}"'],
    ['TOTP.md', 'otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example'],
    ['.env.example', 'DATABASE_URL=postgres://ingest:postgres@localhost:5433/ingest_dev'],
    // a shell expansion's error message is not a value
    ['check.sh', ': "${LAUNCHDARKLY_SDK_KEY:?LAUNCHDARKLY_SDK_KEY must be set}"'],
    // the Web Push public key a browser app hands out
    ['push.js', `messaging.getToken({ vapidKey: "${Buffer.concat([Buffer.from([4]), Buffer.from(rand(64, HEX), 'hex'), Buffer.from(rand(64, HEX), 'hex')]).toString('base64url')}" });`],
    ['push.js', `const keys = { appKey: "${Buffer.concat([Buffer.from([4]), Buffer.from(rand(64, HEX), 'hex'), Buffer.from(rand(64, HEX), 'hex')]).toString('base64url')}" };`],
    // the Azure Storage emulator's published key, alone or in its connection string
    ['.env', 'AZURITE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"'],
    ['ci.sh', 'curl -u "$API_KEY:" https://api.acme.io/v1/charges'],
  ];
  for (const [path, line] of quiet) assert.deepEqual(scanText(line, { path }).findings.map((f) => f.ruleId), [], line);
});

test('a value that is the rest of its line keeps its punctuation; calls, indexing and key=value pairs do not', () => {
  const pw = `cPr}F1r${rand(6)};8}Sz3`;
  for (const [path, text] of [
    ['.env', `DB_PASSWORD=${pw}`], ['.env', `export DB_PASSWORD=${pw}   # rotated monthly`], ['app.properties', `db.password = ${pw}\r`],
    ['settings.ini', `[db]\npwd = ${pw}`], ['values.yaml', `redis:\n  password: ${pw}`],
  ]) {
    assert.deepEqual(spans(text, scanText(text, { path }).findings), [pw], text);
  }
  for (const [path, text] of [
    ['notes.txt', 'my_password = foo(hey)you'], ['notes.txt', "my_password = request.GET['hey']"],
    ['.env', 'DB_PASSWORD=${DB_PASS}'], ['.env', 'DB_PASSWORD=$(cat /run/secrets/db)'],
  ]) {
    assert.deepEqual(scanText(text, { path }).findings, [], text);
  }
  // `k=v;k2=v2` pairs are still read one at a time.
  const token = rand(24);
  const line = `settings: Server=db.acme.local;Token=${token};Timeout=30`;
  assert.deepEqual(spans(line, scanText(line, { path: 'app.yaml' }).findings), [token]);
});

test('the new generic rules stay linear on long runs of near-matches', () => {
  const near = [
    'curl ' + ' -u'.repeat(30000), 'password for '.repeat(20000), 'password is "'.repeat(20000),
    'buildConfigField("String", '.repeat(10000), 'key="a" '.repeat(30000), 'NetworkCredential('.repeat(20000),
    'DirectoryEntry("a", '.repeat(20000), '--password '.repeat(20000), 'password == '.repeat(20000),
    'token = "' + '\\'.repeat(100000), ('DB_PASSWORD=' + 'a}'.repeat(1900) + '\n').repeat(40), ('a: ' + 'x:'.repeat(1900) + '\n').repeat(40),
    ('curl -u ' + 'k'.repeat(1900) + '\n').repeat(40), 'secret = "' + '\\x'.repeat(50000), "user='a', ".repeat(30000),
  ];
  for (const text of near) {
    const t0 = performance.now();
    scanText(text, { path: 'x.txt' });
    const ms = performance.now() - t0;
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms on ${text.slice(0, 20)}…`);
  }
});

test('base64 of a placeholder is a placeholder; base64 of a real value is still a secret', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  for (const plain of ['dummy text data data data', 'user:password', 'my-test-token-value']) {
    const line = `  API_KEY: ${b64(plain)}`;
    assert.deepEqual(scanText(line, { path: 'secret.yaml' }).findings, [], line);
  }
  const real = `  DB_PASSWORD: ${b64(`Zk2${rand(13)}`)}`;
  assert.equal(scanText(real, { path: 'secret.yaml' }).findings.length, 1, real);
});

test('regular expressions in quoted values are patterns, not secrets', () => {
  const lines: [string, string][] = [
    ['rules.ts', "regex: named('auth0', 'secret', '[A-Za-z0-9_-]{32,128}'),"],
    ['validate.js', "const tokenPattern = '^[a-f0-9]{40}$';"],
    ['validate.py', 'API_KEY_RE = "sk_(live|test)_\\\\w{24,99}"'],
    ['schema.json', '"password": "^(?=.*[A-Z])(?=.*\\\\d).{12,}$",'],
  ];
  for (const [path, line] of lines) assert.deepEqual(scanText(line, { path }).findings.map((f) => f.ruleId), [], line);
});

test('outside check: periodic runs, mode prefixes, unspoken letter runs, UUIDs by name', async () => {
  const { isPatterned, isPeriodic, namesItself, isWordy, looksRandom, uuidIsCredential, isIdentifierLike } = await import('../../core/detect/filters.ts');
  // a short period repeated over a third of the value is typed
  assert.ok(isPeriodic('GR134894112312312312312312312') && isPatterned('134894112312312312312312312'));
  assert.ok(!looksRandom('xoxp-1234-1234-1234-5678-5678-5678'));
  // …but a run of encoded zeros inside a long token is structure, not a pattern
  assert.ok(!isPeriodic(`eyJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAwMDAwMDAwMH0${rand(43)}`));
  // a mode word before a generated body is a provider prefix, not a value naming itself
  assert.ok(!namesItself(`test_${rand(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}`));
  assert.ok(namesItself('VERYLONGSECRETVALUEFORTESTING123') && namesItself('my-test-token-value'));
  assert.ok(!isIdentifierLike(`live_${rand(34, 'abcdefghijklmnopqrstuvwxyz0123456789')}`));
  assert.ok(isIdentifierLike('my-service-v2-prod') && isIdentifierLike('refresh_token_rotation_enabled'));
  // random lower-case letters are not words, even with vowels
  assert.ok(!isWordy('jcahvdfgke7invdixquken'));
  assert.ok(isWordy('invalidUserNameOrPassword') && isWordy('strengths'));
  // a UUID is a credential under an API key name, perhaps one under a token name, an id under a request or trace name
  assert.deepEqual(['HEROKU_API_KEY', 'x-api-key', 'client_secret', 'hubspotToken', 'SNYK_TOKEN', 'CONSUL_HTTP_TOKEN'].map(uuidIsCredential), [true, true, true, true, true, true]);
  assert.deepEqual(['request_token', 'TENANT_ID', 'csrf_token', 'CLIENT_ID', 'idempotency_token'].map(uuidIsCredential), [false, false, false, false, false]);
});
