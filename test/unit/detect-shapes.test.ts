/**
 * Shapes the held-out evaluation set (test/fixtures/make-eval.ts) and probes written beside it
 * turned up: where real repositories put credentials that the generic detector did not read, and
 * the near-misses next to them that must stay quiet. Values are random fakes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../core/detect/engine.ts';
import { checksummed, jwt, rand, reseed, BASE62, BASE64, BASE64URL, HEX } from './fakes.ts';

reseed(0x5ba9e);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** A person-chosen password: a word, digits, a symbol. */
const pw = () => `Qz${rand(4, 'abcdefghjkmnpqrstuvwxyz')}${rand(3, '23456789')}!${rand(3)}`;
/** The start of a case for a failure message, long random runs cut short: fakes, but values all the same. */
const shown = (text: string, n: number) => text.slice(0, n).replace(/[A-Za-z0-9+/=_-]{12,}/g, (run) => `${run.slice(0, 3)}…`);
const reported = (path: string, text: string) => scanText(text + '\n', { path }).findings.filter((f) => f.level !== 'note');

function expectFound(cases: [string, string][]) {
  for (const [path, text] of cases) assert.ok(reported(path, text).length > 0, `missed in ${path}: ${shown(text, 60)}`);
}
/** Each adversarial text (long runs of near-matches) scans in well under two seconds. */
function expectLinear(near: string[]) {
  for (const text of near) {
    const t0 = performance.now();
    scanText(text, { path: 'x.txt' });
    const ms = performance.now() - t0;
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms on ${text.slice(0, 20)}…`);
  }
}
function expectQuiet(cases: [string, string][]) {
  for (const [path, text] of cases) assert.deepEqual(reported(path, text).map((f) => f.ruleId), [], `${path}: ${shown(text, 80)}`);
}

test('typed declarations, string constructors and env fallbacks', () => {
  expectFound([
    ['src/config.ts', `let dbPassword: string = "${pw()}";`],
    ['src/config.ts', `export const API_KEY: string = "${rand(40)}";`],
    ['app/config.py', `    cookie_secret: str = "${rand(32, HEX)}"`],
    ['Config.kt', `    private val secretKeyBase: String = "${rand(64, HEX)}"`],
    ['src/config.rs', `const GITHUB_TOKEN: &str = "${checksummed('ghp_')}";`],
    ['src/config.rs', `    let mysql_root_password = String::from("${pw()}");`],
    ['src/config.js', `const mqPassword = process.env.MQ_PASSWORD || '${pw()}';`],
    ['settings.py', `ADMIN_PASSWORD = os.environ.get("ADMIN_PASSWORD", "${pw()}")`],
    ['config/services.php', `    'secret' => env('STRIPE_WEBHOOK_SECRET', '${rand(32)}'),`],
    ['docker-compose.yml', `      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${pw().replace('!', '')}}`],
    ['config/initializers/x.rb', `  ENV['PUSHER_APP_SECRET'] ||= '${rand(20, HEX)}'`],
    ['deploy.ps1', `$env:API_TOKEN = "${rand(40)}"`],
  ]);
  expectQuiet([
    ['src/config.ts', 'export const API_KEY: string = process.env.API_KEY ?? "";'],
    ['src/config.ts', 'password?: string | undefined = undefined;'],
    ['src/config.ts', 'const token: AccessToken = await getToken();'],
    ['app/config.py', 'def connect(password: str = None):'],
    ['src/main.rs', 'let token = String::from(env!("TOKEN"));'],
    ['Config.kt', 'private val apiKey: String = BuildConfig.API_KEY'],
    ['docker-compose.yml', '      - DB_PASSWORD=${DB_PASSWORD:-}'],
    ['application.properties', 'jwt.secret=${JWT_SECRET:changeme}'],
    ['deploy.ps1', '$env:ASPNETCORE_ENVIRONMENT = "Production"'],
    ['config/services.php', "    'password' => env('DB_PASSWORD', 'secret'),"],
  ]);
});

test('names: a qualifier before the secret word keeps it a secret; after it, a description', () => {
  expectFound([
    ['app/build.gradle.kts', `            storePassword = "${pw()}"`],
    ['.env', `STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${rand(86, B64)}==;EndpointSuffix=core.windows.net`],
    ['main.go', `\t\tRabbitmqDefaultPass: "${pw()}",`],
    ['keytool.sh', `keytool -importkeystore -srckeystore a.p12 -srcstorepass '${pw()}' -destkeystore a.jks`],
    ['.env', `AZURE_DEVOPS_PAT=${rand(52, 'abcdefghijklmnopqrstuvwxyz234567')}`],
  ]);
  expectQuiet([
    ['a.py', 'PASSWORD_MIN_LENGTH = 12'],
    ['a.py', 'SECRET_NAME = "prod/orders/db-credentials"'],
    ['a.env', `RECAPTCHA_SITE_KEY=6L${rand(38)}`],
    ['a.properties', `app.recaptcha.site.key=6L${rand(38)}`],
    ['a.yml', 'tokenUrl: https://login.microsoftonline.com/common/oauth2/v2.0/token'],
  ]);
});

test('passwords people choose: words with digits and separators, any script, letters at random', () => {
  expectFound([
    ['my.cnf', 'password = copper&Quartz44'],
    ['application.properties', 'spring.datasource.password=zephyr.Maple15'],
    ['Dockerfile', 'ENV POSTGRES_PASSWORD=basalt.Copper12'],
    ['.env', `POSTGRES_PASSWORD=${'biDXQrKLMNoPqRst'}`],
    ['local.json', '  "oraclePwd": "M4pl3&1",'],
    ['deployment.yaml', '            - name: ADMIN_PASSWORD\n              value: "Zephyr12#"'],
    ['settings.xml', '      <password>meadow&amp;Cobalt75</password>'],
    ['docs/setup.md', 'The shared QA account is `qa-admin` and the password is `maple.Copper12`.'],
  ]);
  expectQuiet([
    ['locales/es.json', '  "login.password": "Contraseña",'],
    ['locales/de.json', '  "settings.apiKey": "API-Schlüssel",'],
    ['vars.yml', 'smtp_password: !vault |'],
    ['a.yml', 'password: true'],
    ['schema.graphql', 'input LoginInput { email: String!, password: String! }'],
    ['zh-cn/diagnosticMessages.json', '  "The_parser_expected_to_find_a_1_to_match_the_0_token_here_1007": "分析器预期在此处找到与“{0}”标记匹配的“{1}”。",'],
    ['locales/ja.json', '  "auth.tokenExpired": "トークンの有効期限が切れました。再度ログインしてください。",'],
    ['a.kt', '    var password: String? = null'],
  ]);
});

test('commands, SQL, credential calls and config formats', () => {
  expectFound([
    ['backup.sh', `mysql -h db -u root -p'${pw()}' orders < dump.sql`],
    ['backup.sh', `redis-cli -h redis -a '${pw()}' FLUSHDB`],
    ['deploy.sh', `docker login registry.acme.io -u ci -p '${pw()}'`],
    ['deploy.sh', `ldapsearch -x -D "cn=admin,dc=acme,dc=io" -w '${pw()}' -b "dc=acme,dc=io"`],
    ['0001_roles.sql', `CREATE USER reporting WITH PASSWORD '${pw()}';`],
    ['0001_roles.sql', `ALTER USER 'app'@'%' IDENTIFIED BY '${pw()}';`],
    ['.pgpass', `pg-prod.acme.io:5432:orders:orders_app:${pw()}`],
    ['redis.conf', `requirepass ${pw()}`],
    ['AppConfig.java', `        Connection conn = DriverManager.getConnection(url, "orders_app", "${pw()}");`],
    ['db.php', `$pdo = new PDO('mysql:host=localhost;dbname=shop', 'shop_rw', '${pw()}');`],
    ['mail.go', `\tauth := smtp.PlainAuth("", "alerts@acme.io", "${pw()}", "smtp.acme.io")`],
    ['Ssh.java', `session.setPassword("${pw()}");`],
    ['deploy.ps1', `$securePassword = ConvertTo-SecureString "${pw()}" -AsPlainText -Force`],
    ['secrets.h', `#define WIFI_PASSWORD "${pw()}"`],
    ['sketch.ino', `  WiFi.begin("acme-iot", "${pw()}");`],
    ['auth.js', `const token = jwt.sign({ id: user.id }, '${rand(32)}', { expiresIn: '1h' });`],
    ['db.go', `\tdb, err := sql.Open("mysql", "orders:${pw().replace('!', '')}@tcp(10.0.0.5:3306)/orders")`],
    ['nginx.conf', `    proxy_set_header Authorization "Basic ${Buffer.from('ops:' + pw()).toString('base64')}";`],
    ['app.js', `const url = "cloudinary://${rand(15, '0123456789')}:${rand(27)}@acme";`],
    ['fetch.js', `const res = await fetch("https://api.acme.io/v1/data?api_key=${rand(32, HEX)}");`],
    ['task-definition.json', `        {\n          "name": "DB_PASSWORD",\n          "value": "${pw()}"\n        },`],
    ['env.postman_environment.json', `    { "key": "apiKey", "value": "${rand(40)}", "type": "secret" },`],
    ['main.tf', `variable "api_token" {\n  type      = string\n  sensitive = true\n  default   = "${pw()}"\n}`],
    ['Telegram.sh', `curl -s "https://api.telegram.org/bot${rand(10, '123456789')}:AA${rand(33)}/sendMessage" -d chat_id=1`],
  ]);
  expectQuiet([
    ['a.sh', 'mysql -u root -p"$MYSQL_ROOT_PASSWORD" -e "show databases"'],
    ['a.sh', 'mysql -uroot -p -h db'],
    ['a.sh', 'docker login -u "$USER" -p "$TOKEN" ghcr.io'],
    ['a.sql', "ALTER USER app WITH PASSWORD :'app_password';"],
    ['a.sql', "CREATE USER app WITH PASSWORD 'changeme';"],
    ['.pgpass', 'localhost:5432:*:postgres:postgres'],
    ['a.java', 'DriverManager.getConnection(url, user, password)'],
    ['a.php', 'new PDO($dsn, $user, $pass)'],
    ['a.ino', 'WiFi.begin(ssid, password);'],
    ['a.go', 'dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)'],
    ['a.go', 'db, err := sql.Open("mysql", "root:password@tcp(127.0.0.1:3306)/test")'],
    ['a.js', "jwt.sign(payload, 'shhhhh')"],
    ['a.js', 'const token = jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: "1h" });'],
    ['a.py', 'jwt.encode({"user_id": 12, "username": "alice_smith"}, key, algorithm="HS256")'],
    ['a.ps1', '$sec = ConvertTo-SecureString $plain -AsPlainText -Force'],
    ['a.h', '#define TOKEN_PREFIX "Bearer "'],
    ['a.json', '{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/db"}'],
    ['a.json', '{ "key": "tokenUrl", "value": "https://auth.acme-corp.io/oauth/token" }'],
    ['a.tf', 'variable "db_password" {\n  type = string\n  sensitive = true\n}'],
    ['Dockerfile', 'ENV PASSWORD_FILE /run/secrets/password'],
    ['a.sh', 'keytool -genkey -alias app -keystore app.jks -storepass "$KEYSTORE_PASSWORD"'],
  ]);
});

test('encrypted, sealed, public and derived values stay quiet', () => {
  expectQuiet([
    ['sealed-secret.yaml', `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    db_password: AgB${rand(400, B64)}==`],
    ['application.yml', `  password: '{cipher}${rand(64, HEX)}'`],
    ['credentials.xml', `      <password>{AQAAABAAAAAQ${rand(40, B64)}=}</password>`],
    ['.env', `MAPBOX_ACCESS_TOKEN=pk.${Buffer.from(JSON.stringify({ u: 'acme', a: rand(25) })).toString('base64url')}.${rand(22)}`],
    ['spec/fixtures/users.yml', '  password: qwerty123'],
    ['src/__tests__/auth.test.ts', "  const password = 'hunter2';"],
    ['terraform.tfvars', 'secret_name = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders-AbCdEf"'],
    ['secret.yaml', 'apiVersion: v1\nkind: Secret\ndata:\n  db_password: my-secret-key'],
  ]);
  // a generated password is still a leak in a test file, and a provider token always is
  expectFound([
    ['spec/fixtures/users.yml', `  password: ${rand(20)}`],
    ['src/__tests__/auth.test.ts', `  const apiKey = '${checksummed('ghp_')}';`],
  ]);
});

test('a base64 value that holds a provider token is reported as that provider', () => {
  const tok = checksummed('ghp_');
  const yaml = `apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  github_token: ${Buffer.from(tok).toString('base64')}\n`;
  const f = reported('k8s/secret.yaml', yaml);
  assert.deepEqual(f.map((x) => x.ruleId), ['github-pat']);
  const token = jwt({ iss: 'https://login.acme-corp.io', sub: rand(12), exp: 1900000000 });
  assert.ok(reported('k8s/secret.yaml', `data:\n  api_token: ${Buffer.from(token).toString('base64')}\n`).length > 0);
});

test('the eval-driven shapes stay linear on long runs of near-matches', () => {
  const near = [
    'password: string = "'.repeat(50000), ('x: ' + 'T'.repeat(30) + ' = ').repeat(30000), 'process.env.PASSWORD || "'.repeat(40000),
    'os.environ.get("TOKEN", '.repeat(40000), '${PASSWORD:-'.repeat(80000), ('mysql ' + '-p'.repeat(200) + '\n').repeat(2000),
    'docker login '.repeat(80000), 'variable "api_token" {\n'.repeat(40000), '<password>'.repeat(100000), 'WITH PASSWORD '.repeat(70000),
    'a:5432:b:c:'.repeat(90000), 'ENV PASSWORD '.repeat(80000), ' -storepass'.repeat(90000), 'ldapsearch -w '.repeat(80000),
    'x.login("a", '.repeat(80000), '"name": "PASSWORD",\n'.repeat(50000), 'jwt.sign(a, '.repeat(80000), '#define PASSWORD '.repeat(60000),
    'password=' + 'a=&'.repeat(1300), ('a=' + 'b'.repeat(3990) + '@\n').repeat(250),
  ];
  expectLinear(near);
});

// ─── Shapes the outside check turned up ────────────────────────────────────────────────────────
// Measured on test strings from gitleaks, detect-secrets and TruffleHog (see docs/evaluation.md):
// the assignment forms, XML and YAML layouts, headers and command lines those tools test that
// Keyward did not read.

test('outside check: assignment forms', () => {
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  expectFound([
    ['src/api.ts', `const body = "{\\"api_token\\": \\"${rand(40)}\\"}";`],
    ['fixtures/request.txt', `\\{\n    \\"stripe_secret\\": \\"${rand(32)}\\"\n\\}`],
    ['main.go', `var apiToken string = "${rand(40)}"`],
    ['Makefile', `DEPLOY_TOKEN ::= "${rand(32)}"`],
    ['Makefile', `DEPLOY_TOKEN :::= "${rand(32)}"`],
    ['lib/config.php', `$apiToken .= "${rand(32)}";`],
    ['lib/config.php', `$apikey[] = "${pw()}";`],
    ['config.yml', `signing_secret: !!binary ${Buffer.from(rand(24)).toString('base64')}`],
    ['.env', `HEROKU_API_KEY=${uuid()}`],
    ['client.py', `headers = {"x-api-key": "${uuid()}"}`],
    ['billing.py', `CHARGEBEE_API_TOKEN = "test_${rand(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}"`],
    ['named.conf', `key "transfer" {\n  algorithm hmac-sha256;\n  secret "${rand(43)}=";\n};`],
    ['export.csv', `api_token,${rand(40)},`],
  ]);
  expectQuiet([
    ['src/api.ts', 'const body = "{\\"api_token\\": \\"${token}\\"}";'],
    ['main.go', 'var apiToken string = os.Getenv("API_TOKEN")'],
    ['.env', `REQUEST_TOKEN=${uuid()}\nTRACE_TOKEN=${uuid()}\nCLIENT_TOKEN=${uuid()}`],
    ['export.csv', 'password,confirmPassword,\napi_token,${API_TOKEN},\nsecret,name,'],
    ['app.js', `const token = "invalidcredentials";`],
    ['notes.txt', 'fn::secret: ops_eyJzaWduSW5B..[Redacted]'],
    ['notes.txt', 'mongodb+srv://<user>:<password>@myMongoCluster.mongocluster.cosmos.azure.com'],
    ['GitLab.txt', 'registration_token: GR134894112312312312312312312'],
  ]);
});

test('outside check: XML, YAML blocks and anti-forgery tokens', () => {
  expectFound([
    ['web.config', `<apiToken>\n    ${rand(40)}\n</apiToken>`],
    ['hibernate.cfg.xml', `<property name="hibernate.connection.password">${pw()}</property>`],
    ['beans.xml', `<password value="${pw()}"/>`],
    ['App.config', `<add value="${pw()}" key="SmtpPassword" />`],
    ['Form.xml', `<login the_password="${pw()}"/>`],
    ['config.yml', `api_token: |\n  ${rand(40)}\nregion: eu-west-1`],
    ['config.yml', `client_secret: >-\n    ${rand(32)}\n`],
  ]);
  expectQuiet([
    ['form.html', `<input type="hidden" name="authenticity_token" value="${rand(86)}" autocomplete="off" />`],
    ['form.html', `<input name="csrfmiddlewaretoken" type="hidden" value="${rand(64)}">`],
    ['view.cshtml', `<input name="__RequestVerificationToken" type="hidden" value="${rand(90)}" />`],
    // A block of many lines is a certificate or a script, not one value (a block of base64 alone is a wrapped key).
    ['config.yml', `tls_secret: |\n  -----BEGIN CERTIFICATE-----\n  ${rand(64)}\n  ${rand(64)}\n  ${rand(20)}\n  -----END CERTIFICATE-----\n`],
    ['config.yml', `init_script: |\n  ${rand(48)}\n  export TOKEN=$(vault read -field=token secret/app)\n`],
    ['config.yml', 'api_token: |\n  ${API_TOKEN}\n'],
    ['mapping.xml', '<mongo-password>@host</mongo-password>'],
  ]);
});

test('outside check: Authorization headers and curl command lines', () => {
  const uuid = `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  expectFound([
    ['deploy.sh', `curl -H "Authorization: Token ${rand(40, HEX)}" https://api.corp.test/use`],
    ['deploy.sh', `curl -H "Authorization: Api-Token ${rand(40, HEX)}" https://api.corp.test/use`],
    ['deploy.sh', `curl --header 'Authorization: ${uuid}' https://api.corp.test/use`],
    ['deploy.sh', `curl -k -X POST https://infinispan:11222/rest/v2/caches/default \\\n  -H 'Content-type: text/plain' \\\n  -u developer:${pw()}`],
    ['deploy.sh', `curl --user kevin:'${pw()}' -iX PATCH https://api.corp.test`],
    ['deploy.sh', `curl -u ":${pw()}" https://localhost:9200`],
  ]);
  expectQuiet([
    ['deploy.sh', 'curl -H "Authorization: Bearer $API_KEY" https://api.corp.test'],
    ['deploy.sh', 'curl -H "Authorization: Token **********" https://api.corp.test'],
    ['deploy.sh', 'curl -H "Authorization: Basic ..." https://api.corp.test'],
    ['deploy.sh', 'curl -H "Authorization: $(gcloud auth print-access-token)" https://api.corp.test'],
    ['deploy.sh', 'curl -X POST https://x.test \\\n  -u "$USER:$PASSWORD"'],
    ['sigv4.md', `Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=${rand(64, HEX)}`],
    ['digest.md', 'Authorization: Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093"'],
  ]);
});

test('outside-check shapes stay linear on long runs of near-matches', () => {
  const near = [
    '\\"api_token\\": \\"'.repeat(50000), 'var token string = '.repeat(40000), 'api_token ::= '.repeat(60000), 'api_token: |\n'.repeat(60000),
    '<apiToken>\n'.repeat(60000), '<a name="password">'.repeat(40000), '<password value='.repeat(50000), '<a value="aaaaaa" '.repeat(40000),
    'Authorization: Token '.repeat(40000), 'api_token,'.repeat(80000), 'secret "'.repeat(80000), ('curl \\\n').repeat(60000),
    'curl -u ' + ':'.repeat(100000), '$token[] = '.repeat(60000),
  ];
  expectLinear(near);
});

test('a UUID under a token, API key or secret name is a credential (Consul, Nomad, Heroku, npm); under an id name, not', () => {
  const uuid = `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  assert.deepEqual(scanText(`CONSUL_HTTP_TOKEN=${uuid}\n`, { path: '.env' }).findings.map((f) => f.level), ['warning']);
  assert.deepEqual(scanText(`SERVICE_API_KEY=${uuid}\n`, { path: '.env' }).findings.map((f) => f.level), ['warning']);
  assert.deepEqual(scanText(`proxy_set_header Authorization "Bearer ${uuid}";\n`, { path: 'nginx.conf' }).findings.map((f) => f.level), ['warning']);
  assert.deepEqual(scanText(`CORRELATION_TOKEN=${uuid}\nTENANT_ID=${uuid}\nIDEMPOTENCY_TOKEN=${uuid}\n`, { path: '.env' }).findings, []);
});

test('config directives with no operator, and values one level below a secret-named entry', () => {
  const p = pw();
  expectFound([
    ['.msmtprc', `account default\nhost smtp.corp.test\nuser alerts@corp.test\npassword       ${p}`],
    ['fluent-bit.conf', `[OUTPUT]\n    Name            es\n    HTTP_User       writer\n    HTTP_Passwd     ${p}`],
    ['haproxy.cfg', `userlist stats-users\n    user ops insecure-password ${p}`],
    ['router.cfg', `hostname edge-01\n!\nusername netadmin privilege 15 password 0 ${p}\n!`],
    ['etc/config/ddns', `config service 'ddns'\n\toption username 'Bearer'\n\toption password '${rand(40)}'`],
    ['ipsec.secrets', `10.2.8.17 %any : PSK "${rand(32)}"`],
    ['httpd.conf', `    RequestHeader set X-Api-Key "${rand(40)}"`],
    ['db.clj', `(def db-spec\n  {:dbtype "postgresql"\n   :user   "app"\n   :password "${p}"})`],
    ['init.el', `(setq openai-api-token "${rand(48)}")`],
    ['sssd.conf', `ldap_default_authtok_type = password\nldap_default_authtok = ${p}`],
    ['zabbix_agentd.conf', `TLSConnect=psk\nTLSPSK=${rand(64, HEX)}`],
    ['consul.hcl', `server = true\nencrypt = "${rand(43, B64)}="`],
    ['stack.yaml', `Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: ${p}\n    MinLength: 12`],
    ['stack.yaml', `Parameters:\n  ApiToken:\n    Type: String\n    Default: "${rand(40)}"`],
    ['garage.yaml', `api:\n  encryption:\n    key: "${rand(43, B64)}="\nota:\n  - platform: esphome`],
    ['azuredeploy.parameters.json', `{\n  "parameters": {\n    "sqlAdministratorLoginPassword": { "value": "${p}" },\n    "location": { "value": "westeurope" }\n  }\n}`],
    ['azuredeploy.json', `"adminPassword": {\n  "type": "securestring",\n  "defaultValue": "${p}"\n}`],
    ['snmpd.conf', `sysLocation    DC1 rack 14\nrocommunity ${rand(18)} 10.0.0.0/8`],
    ['switch.cfg', `snmp-server community ${rand(16)} RO`],
    ['credentials.sbt', `credentials += Credentials(\n  "Sonatype Nexus Repository Manager",\n  "nexus.corp.test",\n  "deployer",\n  "${p}"\n)`],
    ['autounattend.xml', `<AdministratorPassword>\n  <Value>${rand(40, B64)}</Value>\n  <PlainText>false</PlainText>\n</AdministratorPassword>`],
  ]);
  expectQuiet([
    ['schema.sql', 'CREATE TABLE users (\n    password_hash   VARCHAR(255) NOT NULL,\n    password_changed_at TIMESTAMPTZ,\n    api_token_digest CHAR(64),\n    reset_token TEXT\n);'],
    ['schema.prisma', 'model User {\n  password    String\n  apiToken    String?\n  token       String   @unique\n}'],
    ['user.go', 'type User struct {\n\tPassword string\n\tToken    *oauth2.Token\n}'],
    ['.msmtprc', 'password       ${SMTP_PASSWORD}\npasswordeval   "pass show mail/alerts"'],
    ['sshd_config', 'PasswordAuthentication no\nPubkeyAuthentication yes'],
    ['nginx.conf', '    auth_basic_user_file /etc/nginx/.htpasswd;\n    ssl_password_file /etc/keys/global.pass;'],
    ['main.cf', 'smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\nsmtp_sasl_auth_enable yes'],
    ['README.md', 'Rotate the API token regularly\nThe secret ingredient\nSet the password yourself'],
    ['deploy.sh', 'kubectl get secret my-app-tls\nkubectl create secret generic app-credentials'],
    ['router.cfg', `enable secret 5 $1$${rand(4)}$${rand(22)}`],
    ['stack.yaml', 'Parameters:\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: "{{resolve:secretsmanager:prod/db:SecretString:password}}"'],
    ['stack.yaml', `Parameters:\n  DBUser:\n    Type: String\n    Default: ${p}`],
    ['ci.yml', `- uses: actions/cache@v4\n  with:\n    key: \${{ runner.os }}-node-\${{ hashFiles('**/package-lock.json') }}`],
    ['azuredeploy.parameters.json', '{ "adminPassword": { "reference": { "keyVault": { "id": "/subscriptions/x" }, "secretName": "admin" } } }'],
    ['snmpd.conf', 'rocommunity public default\nrwcommunity private 127.0.0.1'],
    ['build.sbt', 'credentials += Credentials(Path.userHome / ".sbt" / ".credentials")\ncredentials += Credentials("Realm", "host", "user", sys.env("NEXUS_PASSWORD"))'],
    ['unattend.xml', '<AdministratorPassword>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>'],
  ]);
});

test('directive and nested-value shapes stay linear on long runs of near-matches', () => {
  const near = [
    // Lines under the 4,000-character limit, where the generic rules run.
    ('a '.repeat(1900) + 'password x\n').repeat(60), ('password '.repeat(400) + '\n').repeat(300), (':password "'.repeat(300) + '\n').repeat(300),
    ('(: '.repeat(1300) + 'token ' + 'a'.repeat(200) + ' x\n').repeat(60),
    'DBPassword:\n  '.repeat(40000), 'DBPassword:\n'.repeat(60000), ('DBPassword:\n' + '    Type: String\n'.repeat(8) + '  x\n').repeat(3000), '"adminPassword": {'.repeat(40000), '<AdminPassword>'.repeat(50000),
  ];
  expectLinear(near);
});

test('histories, dumps and command lines: passwords as plain arguments', () => {
  const p = pw();
  expectFound([
    ['.mysql_history', `_HiStOrY_V2_\nCREATE\\040USER\\040'svc'@'localhost'\\040IDENTIFIED\\040WITH\\040caching_sha2_password\\040BY\\040'${p}';`],
    ['.psql_history', `CREATE USER MAPPING FOR app SERVER legacy_mysql OPTIONS (username 'deploy', password '${p}');`],
    ['.bash_history', `smbclient //files.corp.test/finance -U 'admin%${p}'`],
    ['.bash_history', `rabbitmqctl add_user mkowalski '${p}'`],
    ['Dockerfile', `RUN htpasswd -b -c /etc/nginx/.htpasswd svc_catalog ${p}`],
    ['.bash_history', `htpasswd -nb admin '${p}' > .htpasswd`],
  ]);
  expectQuiet([
    ['.psql_history', `CREATE ROLE ro LOGIN PASSWORD 'SCRAM-SHA-256$4096:${rand(22, B64)}==$${rand(43, B64)}=:${rand(43, B64)}=';`],
    ['.bash_history', 'smbclient //files.corp.test/finance -U "$SMB_USER%$SMB_PASS"\nrabbitmqctl add_user app "$RABBIT_PASSWORD"\nhtpasswd -B -c .htpasswd admin'],
    ['runbook.md', 'vault kv put secret/media/prod api_key=@new_key.txt'],
    ['.netrc', 'machine ftp.gnu.org\n  login anonymous\n  password grace.wong@corp.test'],
    ['ftp.c', 'server->user = "anonymous";\nserver->password = "busybox@";'],
    ['.gitconfig', `[user]\n\tname = Ingrid Petrov\n\tsigningkey = ${rand(40, HEX).toUpperCase()}`],
    ['history.txt', 'ENV AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=media4;AccountKey=<redacted>;EndpointSuffix=core.windows.net'],
    ['keygen.txt', 'Enter passphrase (empty for no passphrase): \nEnter same passphrase again: '],
    ['dump.sql', `COPY public.auth_user (id, password, username) FROM stdin;\n1\tpbkdf2_sha256$720000$${rand(22)}$${rand(43, B64)}=\tadmin\n3\t!${rand(40)}\tsso\n\\.`],
  ]);
});

test('command-line, SQL-history, cookie and Basic shapes stay linear on long runs of near-matches', () => {
  const near = [
    ('htpasswd -b ' + 'x '.repeat(1500) + '\n').repeat(100), ('smbclient ' + '-U a%'.repeat(600) + '\n').repeat(100),
    ('IDENTIFIED\\040'.repeat(280) + '\n').repeat(200), ('OPTIONS (' + 'password '.repeat(400) + '\n').repeat(100),
    'JSESSIONID='.repeat(60000), ('Basic ' + 'QUFB'.repeat(99) + ' ').repeat(2000), '"auth": "'.repeat(50000),
    ('rabbitmqctl add_user ' + 'a '.repeat(1500) + '\n').repeat(100), '/services/T1234567890/B1234567890/'.repeat(30000),
  ];
  expectLinear(near);
});

test('languages: designated initializers, VALUE clauses, binaries, positional credentials, key bytes', () => {
  const p = pw();
  const bytes = (n: number) => Array.from({ length: n }, (_, i) => `0x${rand(2, HEX)}${i % 8 === 7 ? ',\n   ' : ','}`).join(' ').replace(/,\s*$/, '');
  expectFound([
    ['cfg.c', `static const struct conn_config cfg = {\n    .host     = "mq.corp.test",\n    .password = "${p}",\n};`],
    ['creds.zig', `const creds = .{\n    .client_secret = "${rand(40)}",\n};`],
    ['cfg.zig', `pub const Config = struct {\n    password: []const u8 = "${p}",\n};`],
    ['zcl_oauth.abap', `DATA: BEGIN OF ls_oauth,\n        client_secret TYPE string VALUE '${rand(40)}',\n      END OF ls_oauth.`],
    ['zcl_login.abap', `DATA(lv_password) = '${p}'.`],
    ['PARTNER.cbl', `01 WS-API-KEY     PIC X(32) VALUE '${rand(32)}'.`],
    ['creds.erl', `credentials() ->\n    #{datadog_api_key => <<"${rand(32, HEX)}">>}.`],
    ['datadog.ex', `defmodule Corp.Datadog do\n  @dd_api_key "${rand(32, HEX)}"\nend`],
    ['redis.tcl', `set cfg [dict create \\\n    host "cache.corp.test" \\\n    password "${p}" \\\n    port 6379]`],
    ['wifi.nix', `{\n  networking.wireless.networks."Office".psk = "${p}";\n}`],
    ['Keys.h', `#define kAlgoliaAdminApiKey @"${rand(32, HEX)}"`],
    ['Program.cs', `IssuerSigningKey = new SymmetricSecurityKey(\n    Encoding.UTF8.GetBytes("${rand(64)}")),`],
    ['main.rs', `let token = std::env::var("TWILIO_AUTH_TOKEN")\n    .unwrap_or_else(|_| "${rand(32, HEX)}".to_string());`],
    ['db.c', `if (!mysql_real_connect(conn, "db.corp.test", "deploy",\n                        "${p}", "billing", 3306, NULL, 0)) {`],
    ['report.groovy', `def sql = Sql.newInstance('jdbc:postgresql://db.corp.test:5432/pay', 'backend', '${p}', 'org.postgresql.Driver')`],
    ['orders.pl', `my $dbh = DBI->connect(\n    'dbi:Pg:dbname=orders;host=db.corp.test',\n    'jenkins',\n    '${p}',\n    { RaiseError => 1 },\n);`],
    ['mail.pl', `$smtp->auth('notify@corp.test', '${p}');`],
    ['cache.lua', `local ok, err = red:auth("${p}")`],
    ['connect.m', `conn = database('payments', 'metabase', '${p}', ...\n    'Vendor', 'PostgreSQL');`],
    ['Tls.java', `ks.load(in, "${p}".toCharArray());`],
    ['fw.c', `static const uint8_t data_key[32] = {\n    ${bytes(32)}\n};`],
    ['seal.rs', `static ENCRYPTION_KEY: [u8; 32] = [\n    ${bytes(32)}\n];`],
  ]);
  expectQuiet([
    ['WS.cbl', '01 WS-AUTH.\n   05 WS-API-TOKEN    PIC X(64) VALUE SPACES.\n   05 WS-PASSWORD     PIC X(32) VALUE SPACES.'],
    ['Jenkinsfile', "properties([parameters([password(name: 'DEPLOY_PASSWORD', defaultValue: '', description: 'Enter your password')])])"],
    ['Login.swift', 'passwordField.placeholder = NSLocalizedString("Enter your password", comment: "login screen")'],
    ['db.py', 'return pymysql.connect(host="db.corp.test", user="api", password=password, database="events")'],
    ['db.R', 'con <- DBI::dbConnect(RPostgres::Postgres(), host = cfg$db$host, user = cfg$db$user, password = cfg$db$password)'],
    ['netrc.sh', `printf 'machine github.com login x-access-token password %s\\n' "$GITHUB_TOKEN" > "$HOME/.netrc"`],
    ['desc.pb.go', `var file_auth_v1_service_proto_rawDesc = []byte{\n\t${bytes(120)}\n}`],
    ['sbox.c', `static const uint8_t key_schedule_sbox[16] = {\n    ${Array.from({ length: 16 }, (_, i) => `0x0${i % 4}`).join(', ')}\n};`],
    ['pubkey.rs', `const TEST_KEY: [u8; 4] = [0x01, 0x02, 0x03, 0x04];`],
  ]);
});

test('language shapes stay linear on long runs of near-matches', () => {
  const near = [
    ('secret_key = {' + '0x1f, '.repeat(600) + '\n').repeat(100), ('key_' + 'a'.repeat(60) + '[1][2] = [ ').repeat(3000),
    ('DATA(lv_password) = '.repeat(150) + '\n').repeat(100), ('x PIC X(32) VALUE '.repeat(150) + '\n').repeat(100),
    ('env::var("TOKEN")\n    .unwrap_or_else(|_| ').repeat(20000), ('.load(in, "'.repeat(300) + '\n').repeat(100),
    ('->auth(a, '.repeat(300) + '\n').repeat(100), ('  .password = '.repeat(200) + '\n').repeat(100),
  ];
  expectLinear(near);
});

test('precision on system code: labels, versions, file names, format strings, RFC examples stay quiet', () => {
  // Shapes from scanning /usr/include, /usr/lib/python3, /usr/share/{doc,perl} and npm's own tree.
  expectQuiet([
    ['tls1.h', '#define TLS1_TXT_PSK_WITH_AES_128_CCM "PSK-AES128-CCM"\n#define TLS1_TXT_DHE_PSK_WITH_CHACHA20_POLY1305 "DHE-PSK-CHACHA20-POLY1305"'],
    ['obj_mac.h', '#define SN_id_smime_ct_authData         "id-smime-ct-authData"\n#define LN_pkcs8ShroudedKeyBag          "pkcs8ShroudedKeyBag"'],
    ['fipskey.h', '#define FIPS_KEY_STRING "f4556650ac31d35461610bac4ed81b1a181b2d8a43ea2854cbae22ca74560813"'],
    ['package.json', '  "dependencies": {\n    "fs-minipass": "^3.0.3",\n    "minipass": "^7.1.3"\n  }'],
    ['CoreList.pm', "    'Test2::Event::Pass'    => '1.302103',"],
    ['Credentials.pm', '$CPAN::HTTP::Credentials::VERSION = $CPAN::HTTP::Credentials::VERSION = "1.9601";\nmy ($user, $pass) = CPAN::HTTP::Credentials->$cred_method;'],
    ['six.py', 'MovedAttribute("HTTPPasswordMgr", "urllib2", "urllib.request"),\nMovedAttribute("HTTPPasswordMgrWithDefaultRealm", "urllib2", "urllib.request"),'],
    ['predefined.py', "[   'crc-16-buypass',   'Crc16Buypass',     0x18005,        NON_REVERSE,    0x0000, ],"],
    ['msvc9compiler.py', 'toolskey = "VS%0.f0COMNTOOLS" % version'],
    ['shell.py', '_core_token = r\'(?:(?:(?:\\^[%s]?)?[^"%s%s])+)\' % (_nl, _nlws, _punct)'],
    ['url.py', 'ZONE_ID_PAT = "(?:%25|%)(?:[" + UNRESERVED_PAT + "]|%[a-fA-F0-9]{2})+"'],
    ['constructor.py', "key_node.tag = 'tag:yaml.org,2002:str'"],
    ['x509.pyi', 'def create(\n    private_key: PRIVATE_KEY_TYPES,\n) -> Certificate: ...'],
    ['socks.py', 'def setproxy(proxytype=None, addr=None, port=None, rdns=True, username=None, password=None):'],
    ['shortcuthandler.py', "return f'machine {hostname}{path} login {self.username} password {self.password}'"],
    ['test.netrc', 'machine imap login username password password'],
    ['stop_token', 'struct _Cb_impl : stop_token::_Stop_cb'],
    ['regex_scanner.tcc', '_M_token = __it->second;'],
    ['copyright', 'salsa20-128-set-key.c salsa20-256-set-key.c\nsalsa20-set-key.c salsa20-set-nonce.c'],
    ['crypto.md', 'and to keep the passphrase confidential.\nGnulib getpasswd-gnu module.'],
    ['FTP.pm', "$pass = '-anonymous@'"],
    ['base.py', 'Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW\n"access_token":"2YotnFZFEjr1zCsicMWpAA",\n"refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA",'],
    ['parameters.py', 'oauth_consumer_key="0685bd9184jfhq22",\noauth_token="ad180jjd733klru7",'],
  ]);
  // … while the same shapes with a secret in them are still read.
  expectFound([
    ['secret_token.rb', `Reporting::Application.config.secret_key_base = '${rand(128, HEX)}'`],
    ['plaid.m', `cfg = struct( ...\n    'plaidClientId', '${rand(24, HEX)}', ...\n    'plaidSecret', '${rand(30, HEX)}', ...\n    'region', 'us-east-1');`],
    ['Store.java', `props.put("api_secret", "${rand(32)}");`],
    ['tls.h', `#define TLS_PSK_IDENTITY_KEY "${rand(32, HEX)}"`],
  ]);
});

test('infrastructure files: marked-secret wrappers, SSM SecureStrings, Pulumi config keys, templated URL hosts', () => {
  const p = pw();
  expectFound([
    ['db.pp', `    password => postgresql::postgresql_password('gateway', Sensitive('${p}')),`],
    ['stack.ts', `credentials: rds.Credentials.fromPassword('admin', cdk.SecretValue.unsafePlainText('${p}')),`],
    ['ssm.tf', `resource "aws_ssm_parameter" "db" {\n  name  = "/reporting/live/db_password"\n  type  = "SecureString"\n  value = "${p}"\n}`],
    ['haproxy.cfg', `listen stats\n    stats enable\n    stats auth haproxy:${p}`],
    ['Pulumi.prod.yaml', `config:\n  aws:region: eu-west-1\n  invoicing:apiToken: ${rand(40)}`],
    ['Jenkinsfile', `    sh "docker login registry.corp.test -u ci -p ${rand(29)}"`],
    ['main.tf', `locals {\n  db_url = "postgresql://app:${rand(20)}@\${local.db_host}:5432/media"\n}`],
    ['alerts.yaml', `url: https://discord.com/api/webhooks/6101234507163228171/${rand(68, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-')}`],
    ['nomad.hcl', `consul {\n  address = "127.0.0.1:8500"\n  token   = "${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}"\n}`],
    ['config.js', `export const env = {\n  stripeKeys: {\n    secret: '${rand(44)}',\n  },\n};`],
    ['token.php', `$token = JWT::encode($payload, '${rand(64, HEX)}', 'HS256');`],
    ['README.md', `| Variable | Description |\n| --- | --- |\n| \`MONGO_HOST\` | \`cluster0.mongodb.net\` |\n| \`MONGO_PASSWORD\` | \`${p}\` |`],
  ]);
  expectQuiet([
    ['stack.ts', 'credentials: rds.Credentials.fromSecret(secret),\nconst v = cdk.SecretValue.secretsManager("prod/db");'],
    ['ssm.tf', `resource "aws_ssm_parameter" "host" {\n  name  = "/reporting/live/db_host"\n  type  = "String"\n  value = "${rand(20)}"\n}`],
    ['types.ts', 'export interface SmtpConfig {\n  host: string;\n  password: string;\n  token?: string;\n}'],
    ['docker-compose.yml', `    environment:\n      ALGOLIA_APP_ID: 86WK3WEGWD\n      ALGOLIA_SEARCH_ONLY_KEY: ${rand(32, HEX)}`],
    ['data_bag.json', `"db_password": {\n  "encrypted_data": "${rand(80, B64)}",\n  "iv": "${rand(16, B64)}",\n  "auth_tag": "${rand(22, B64)}==",\n  "cipher": "aes-256-gcm"\n}`],
    ['secret.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: mysecret\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm'],
    ['README.md', '| Variable | Description |\n| --- | --- |\n| `API_TOKEN` | The token used to call the API |\n| `DB_PASSWORD` | Password for the database user |'],
  ]);
});

test('infrastructure and state-file shapes stay linear on long runs of near-matches', () => {
  const near = [
    '"type": "random_password",'.repeat(30000), ('"type": "random_password"' + ' x'.repeat(1400) + '\n').repeat(100),
    '"type": "random_password" ' + '"a\\"b",'.repeat(60000), '"type": "random_password" "' + '\\x'.repeat(100000),
    '"4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", "plaintext": "\\"'.repeat(8000),
    'eyJhIjoi'.repeat(90000), 'K000'.repeat(150000), 'password: abcd abcd abcd abcd'.repeat(20000),
    ('x.documents.azure.com ' + 'A'.repeat(87) + '\n').repeat(5000), ('a: {\n' + '  b: 1,\n'.repeat(5)).repeat(20000),
    ('a: { key: "' + 'x'.repeat(50) + '\n').repeat(20000), "Sensitive('".repeat(80000),
    ('resource "aws_ssm_parameter" "a" {' + ' type = "SecureString"'.repeat(10) + '\n').repeat(2000),
    'postgresql://a:b@${'.repeat(60000), ('| Variable | Description |\n' + '| `TOKEN` | `x` |\n'.repeat(600)).repeat(20),
    'xxxxxxxxxxmshxxxxxxxxxxxxxxxp1xxxxxxjsn'.repeat(20000),
  ];
  expectLinear(near);
});

test('blocks named for secrets: each entry is judged by its path', () => {
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  expectFound([
    ['consul.hcl', `acl {\n  enabled = true\n  tokens {\n    agent = "${uuid()}"\n  }\n}`],
    ['consul.json', `{\n  "acl": {\n    "tokens": {\n      "initial_management": "${uuid()}"\n    }\n  }\n}`],
    ['config.yml', `api_keys:\n  # the weather widget\n  openweather: ${rand(32, HEX)}\n`],
    ['settings.toml', `[tokens]\nbuildkite = "${rand(40, HEX)}"\n`],
    ['config.js', `module.exports = {\n  credentials: {\n    sftp: '${pw()}',\n  },\n};`],
    // An entry after a nested block is still the block's.
    ['values.yaml', `secrets:\n  smtp:\n    host: mail.corp.test\n  mixpanel: "${rand(32, HEX)}"\n`],
    // A block named for one purpose: ASP.NET's `"Jwt": { "Key": … }`, a YAML `signing:` map.
    ['appsettings.json', `{\n  "Jwt": {\n    "Issuer": "https://id.corp.test",\n    "Key": "${pw()}${rand(12, B64)}",\n    "ExpiryMinutes": 120\n  }\n}`],
    ['application.yml', `signing:\n  algorithm: HS256\n  key: ${rand(40, B64)}\n`],
  ]);
  expectQuiet([
    // Who and where, not what unlocks it.
    ['creds.yml', `credentials:\n  user: svc_${rand(10, HEX)}\n  host: db-${rand(8, HEX)}.corp.test\n  region: eu-west-1\n`],
    // Design tokens, NLP special tokens: names for things, not credentials.
    ['tokens.json', `{\n  "tokens": {\n    "primary": "#1f6feb",\n    "spacing": "0.5rem"\n  }\n}`],
    ['tokenizer.yml', `special_tokens:\n  bos: "<s>"\n  pad: "[PAD]"\n`],
    // A list of items is not a map of secrets; references and placeholders stay quiet.
    ['ci.yml', `secrets:\n  - name: deploy\n    from: vault\n`],
    ['wf.yml', `secrets:\n  npm: \${{ secrets.NPM_TOKEN }}\n  pypi: <your-token>\n`],
    // A Chef encrypted data bag item: ciphertext, an IV and a tag.
    ['bag.json', `"api_keys": {\n  "encrypted_data": "${rand(80, B64)}",\n  "iv": "${rand(16, B64)}",\n  "version": 3\n}`],
    // A block whose parent does not name a secret.
    ['db.yml', `database:\n  name: orders_${rand(12, HEX)}\n`],
    // A JWT block's key id and public settings are not its key.
    ['appsettings.json', `{\n  "Jwt": {\n    "Issuer": "https://id.corp.test",\n    "Key": "\${JWT_KEY}",\n    "KeyId": "${rand(20, HEX)}"\n  }\n}`],
  ]);
});

test('block and table headers stay linear on staircases and long indents', () => {
  expectLinear([
    'tokens {\n'.repeat(40000), Array.from({ length: 8000 }, (_, i) => ' '.repeat(i % 300) + 'tokens:\n').join(''),
    '[tokens]\n' + 'x = 1\n'.repeat(200000), 'secrets:\n' + '  k: v\n'.repeat(200000),
    (' '.repeat(2000) + 'tokens:\n').repeat(200), (' '.repeat(1500) + 'a, token\n').repeat(200),
  ]);
});

test('data platform configs: Hadoop XML properties, passwords with = or a trailing @', () => {
  expectFound([
    ['hive-site.xml', `<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>${pw()}</value>\n</property>`],
    ['core-site.xml', `<property><name>fs.s3a.secret.key</name><value>${rand(40, B64)}</value></property>`],
    ['notebook.py', `connection_properties = {\n  "user": "svc_dbx",\n  "password": "Chestnut=${rand(4, '0123456789')}"\n}`],
    ['ci.yml', `env:\n  SNOWFLAKE_PASSWORD: "Spring${rand(4, '0123456789')}@"`],
  ]);
  expectQuiet([
    ['core-site.xml', '<property>\n  <name>hadoop.security.credential.provider.path</name>\n  <value>jceks://hdfs/user/hive/creds.jceks</value>\n</property>'],
    ['hive-site.xml', '<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>${HIVE_DB_PASSWORD}</value>\n</property>'],
    ['hdfs-site.xml', '<property>\n  <name>dfs.namenode.secret.key.length</name>\n  <value>128</value>\n</property>'],
  ]);
});

test('values made for the browser, documentation samples and pointers to a password manager stay quiet', () => {
  expectQuiet([
    ['checkout.js', `braintree.dropin.create({ authorization: 'production_${rand(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}_${rand(16, 'abcdefghijklmnopqrstuvwxyz0123456789')}' });`],
    ['adyen.js', `const checkout = await AdyenCheckout({ clientKey: 'live_${rand(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}' });`],
    ['event.json', `{ "client_secret": "pi_${rand(24)}_secret_${rand(25)}" }`],
    // RFC 7617's Aladdin:open sesame.
    ['http.md', 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
    ['ticket.xml', '<description>SQLALCHEMY_DATABASE_URI=postgresql://root:&lt;db-password&gt;@10.2.3.4:5432/main</description>'],
    ['docker-compose.yml', 'DATABASE_URL: postgres://postgres:secret@db:5432/app'],
    ['logins.md', '| System | User | Password |\n|---|---|---|\n| Grafana | ops | 1Password: `Infra/Grafana` |\n| Jenkins | admin | Vault: secret/ci/jenkins |'],
    ['.bash_history', 'kubectl logs -f deploy/auth-service -n auth-service --tail=100'],
  ]);
});

test('credentials written down for people: chats, tickets, notes, JSON-escaped exports, stack traces', () => {
  const p = pw();
  expectFound([
    ['chat.txt', `[2024-03-01 16:47:25] sven: ops@corp.test / ${p}`],
    ['teams.json', `"content": "<p>login test.user@corp.test pw ${p}</p>"`],
    ['tickets.csv', `Bug,SUP-3753,"Their admin account: grace@corp.test\nTemp pw I set: ${p}\nPlease check SSO."`],
    ['welcome.md', `- **Temporary password (all accounts):** \`${p}\` — change it on first login`],
    ['notes.txt', `godaddy -  pw: ${p}`],
    // Slack and PHP write `/` as `\/`; the URL is read unescaped and reported where it stands.
    ['slack.json', `"text": "redis:\\/\\/default:${p}@cache.corp.test:6380\\/0",`],
    ['laravel.log', `#1 Connector.php(65): PDO->__construct('mysql:host=db;port=3306;dbname=app', 'root', '${p}', Array)`],
    ['mqtt.txt', `client.username_pw_set("iot", "${p}")`],
  ]);
  const escaped = `{"text": "mysql:\\/\\/etl:${p}@db.corp.test:3306\\/billing"}`;
  const [f] = reported('slack.json', escaped);
  assert.equal(escaped.slice(f.offset, f.offset + f.length), p);
  assert.equal(f.start.column, f.offset + 1);
  expectQuiet([
    // Prose about passwords, and code, which the line rules judge.
    ['faq.md', 'If your password expired, ask for a password reset. The password is at least 12 characters.'],
    ['ToDo', 'interactive password provision?  (file? command-line? env. variable?)'],
    ['func.html', '<td><p>Password to&nbsp;free.</p></td>'],
    ['Makefile', 'MODBUILT_NAMES=  spwd  syslog  pwd  _asyncio  _contextvars'],
    ['.env', 'DATABASE_URL="postgresql://USER:PASSWORD@HOST:5432/DATABASE?schema=public"'],
    ['users.csv', 'user_id,email,password_set,mfa_method,last_login_at,status'],
    ['es.yml', 'auth:\n  password: "Contraseña"'],
    ['client.py', `pw = read_password()\nclient.login(user, pw)`],
    ['deploy.ps1', '$pw = Read-Host -AsSecureString -Prompt "Password for svc_etl"'],
    ['README.md', "password: 'bm90IG15IHJlYWwgcGFzc3dvcmQ='"],
    ['rules.md', '- **Password hashes.** A hash is not a login.\n**Password hash**: bcrypt password hash.'],
    ['cookies.txt', "names: 'rack.session', '_gh_sess', 'wordpress_logged_in_', 'li_at'"],
  ]);
});

test('notebooks and scripts: setter functions named for the secret, markdown cells in JSON', () => {
  expectFound([
    ['census.R', `census_api_key("${rand(40, HEX)}", install = TRUE)`],
    ['app.py', `openai_helper.set_api_key('${rand(48)}')`],
    ['lab.ipynb.txt', `   "source": [\n    "* user: \`workshop\`\\n",\n    "* password: \`${pw()}\`\\n",\n   ]`],
  ]);
  expectQuiet([
    ['app.py', `token = get_token("${'payments-service-api-token'}")`],
    ['app.py', `ok = verify_token("${rand(40, HEX)}")`],
    ['app.js', `const lexer = new Token("IDENTIFIER_WITH_LONG_NAME")`],
  ]);
});

test('a generated lower-case password is random letters; a lower-case word or phrase is not', () => {
  expectFound([['mailer.js', "auth: {\n  user: 'hello@corp.test',\n  pass: 'nizdcbfatugqfbvk',\n},"]]);
  expectQuiet([
    ['mailer.js', "auth: { user: 'hello@corp.test', pass: 'correcthorsebatterystaple' },"],
    ['config.yml', 'password: documentation'],
  ]);
});

test('wiki tables: Confluence HTML rows under a Password header, a settings table with an Example column', () => {
  const p = pw();
  const head = '<tr><th><p><strong>System</strong></p></th><th><p><strong>User</strong></p></th><th><p><strong>Password</strong></p></th></tr>';
  expectFound([
    ['logins.html', `<table><tbody>\n${head}\n<tr><td><p>ArgoCD</p></td><td><p>ops</p></td><td><p>${p}</p></td></tr>\n</tbody></table>`],
    ['README.md', `| Variable | Required | Description | Example |\n|---|---|---|---|\n| \`PORT\` | no | port | \`8080\` |\n| \`VERCEL_TOKEN\` | yes | token | \`${rand(24)}\` |`],
  ]);
  expectQuiet([
    ['logins.html', `<table><tbody>\n${head}\n<tr><td><p>Metabase</p></td><td><p>ops</p></td><td><p>SSO (Okta)</p></td></tr>\n<tr><td><p>Jenkins</p></td><td><p>admin</p></td><td><p>********</p></td></tr>\n</tbody></table>`],
    ['README.md', '| Variable | Description | Example |\n|---|---|---|\n| `API_TOKEN` | the token | `<your-token>` |'],
  ]);
});

test('a legacy Azure DevOps PAT named in a message near it', () => {
  const pat = rand(52, 'abcdefghijklmnopqrstuvwxyz234567').replace(/^(.{10})(.{10})(.{10})/, '$12$23$34').slice(0, 52);
  expectFound([
    ['review.md', `hm, this isn't the test value — ${pat} is the real staging ADO PAT, please rotate it`],
    ['teams.json', `"content": "<p>do you have the azure devops pat?</p>"\n},\n{\n"content": "<p>${pat}</p>"`],
  ]);
  expectQuiet([['notes.md', `the azure devops pipeline id is ${'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz'}`]]);
});

test('HTML table headers stay linear on long runs of near-matches', () => {
  expectLinear(['<tr><th>password</th>'.repeat(40000), '<tr>' + '<th>password<'.repeat(50000), ('<tr><th>a</th><th>password</th></tr>\n' + '<tr><td>x</td>\n'.repeat(10)).repeat(3000)]);
});

test('peer-style snippets: truncated tokens and prefixed placeholders are quiet, signing keys and long curl users are found', () => {
  expectFound([
    ['main.go', `signed, err := token.SignedString([]byte("${rand(64, HEX)}"))`],
    ['paypal.sh', `curl -X POST https://api-m.paypal.com/v1/oauth2/token -u "A${rand(79, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}:E${rand(79, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}"`],
  ]);
  expectQuiet([
    ['grafana.py', `grafana_token = "glsa_${rand(8)}"`],
    ['app.properties', `deepseek.api.key=sk-${rand(8, HEX)}`],
    ['Deploy.java', `String buildkiteApiToken = "bkua_${rand(10, HEX)}";`],
    ['.env', 'export GH_PAT="github_pat_<gh-pat>"'],
    ['app.properties', 'mailersend.api.key=mlsn.<mailersend-api-key>'],
  ]);
});

test('realistic-sample negatives: audit records, ciphertext, addresses, test vectors, famous passwords, fakes', () => {
  const trail = `{\n  "userIdentity": {\n    "type": "IAMUser",\n    "accessKeyId": "AKIA${rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}",\n    "userName": "erin"\n  },\n  "eventSource": "s3.amazonaws.com"\n}`;
  assert.deepEqual(scanText(trail, { path: 'event.json' }).findings.map((f) => [f.ruleId, f.level]), [['aws-access-key-id', 'note']]);
  expectQuiet([
    ['secrets.yml', `secrets:\n  db_password: "AQICAHh${rand(180, B64)}=="`],
    ['deploy.json', `{ "contracts": { "Token": "0x${rand(40, HEX)}" } }`],
    ['aes_test.go', 'var aesKey, _ = hex.DecodeString("2b7e151628aed2a6abf7158809cf4f3c")'],
    ['users.json', '{ "email": "admin@example.com", "password": "password123" },\n{ "email": "u@example.com", "password": "hunter2" }'],
    ['Settings.cs', 'public const string DockerhubToken = "dckr_pat_test1234test1234te-st1234te";'],
    ['settings.rb', `SHOPIFY_API_KEY = "${rand(32, HEX)}"`],
    ['settings.txt', 'EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")'],
    ['.env.example', 'DATABASE_URL=mysql://12xydvy1y3ym:pscale_pw_password@aws.connect.psdb.cloud/app'],
  ]);
  expectFound([
    ['template.yml', 'Parameters:\n  DBPassword:\n    Type: String\n    Default: "OtterMeadow79="'],
    ['settings.rb', `SHOPIFY_API_SECRET = "${rand(32, HEX)}"`],
  ]);
});

test('libcurl and sqlcmd passwords, a key under [encryption], a short-bodied Twitter bearer token', () => {
  const p = pw();
  expectFound([
    ['upload.c', `curl_easy_setopt(curl, CURLOPT_USERPWD, "upload:${p}");`],
    ['backup.sh', `sqlcmd -S sql.corp.test -d Docs -U admin -P '${p}' -Q "BACKUP LOG Docs"`],
    ['settings.ini', `[encryption]\nkey = ${rand(43, B64)}=\n\n[features]\nbeta = true`],
    ['twitter.rb', `config.bearer_token = "${'A'.repeat(21)}${rand(20)}%3D${rand(60)}"`],
  ]);
  expectQuiet([
    ['settings.ini', '[encryption]\nalgorithm = aes-256-gcm\nkey_file = /etc/app/enc.key'],
    ['hardhat.config.js', "accounts: { mnemonic: 'test test test test test test test test test test test junk' }"],
  ]);
});

/** The level of each finding, by rule: what a person sees in the Problems panel. */
const levels = (path: string, text: string) => scanText(text + '\n', { path }).findings.map((f) => [f.ruleId, f.level]);

test('a literal built from pieces is read whole, and each finding lands on the text as written', () => {
  const team = `T${rand(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, bot = `B${rand(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`, tail = rand(24);
  const js = `const SLACK_URL =\n  "https://hooks.slack.com/services/" +\n  "${team}/${bot}/" +\n  "${tail}";\n`;
  const [f] = scanText(js, { path: 'notify.js' }).findings;
  assert.equal(f?.ruleId, 'slack-webhook');
  // The finding spans the pieces: from the first one's `https` to the last one's end.
  assert.equal(js.slice(f.offset, f.offset + f.length).startsWith('https://hooks.slack.com/services/" +'), true);
  assert.equal(js.slice(f.offset, f.offset + f.length).endsWith(tail), true);
  assert.deepEqual([f.start.line, f.end.line], [2, 4]);
  expectFound([
    ['settings.py', `SHOPIFY_API_SECRET = (\n    "shpss_${rand(13, HEX)}"\n    "${rand(19, HEX)}"\n)`],
    ['db.py', `ENGINE = sa.create_engine(\n    "postgresql+psycopg://svc:"\n    "${rand(20)}"\n    "@db.internal:5432/app",\n)`],
    ['config.php', `$token = 'ghp_' . '${checksummed('ghp_').slice(4)}';`],
    // A diff's `+` and `-` open lines; they are not operators, so the removed secret is still read.
    ['change.diff', `-"MAILCHIMP_API_KEY": "${rand(32, HEX)}-us11"\n+"MAILCHIMP_API_KEY": "\${MAILCHIMP_API_KEY}",`],
  ]);
  expectQuiet([
    // A YAML or JSON line that opens with a quoted key is not the next piece of the value above it.
    ['values.yaml', `name: "checkout"\n"api_key": "\${API_KEY}"\n`],
    ['main.js', `const msg = "token: " + "<redacted>";`],
  ]);
});

test('shell quoting: single quotes keep $ literal, \\$ is a dollar, an expansion is a reference', () => {
  expectFound([
    ['restore.sh', `mysql -h db.corp.test -u svc -p'O$${rand(6)}!8B6p3g' orders < snapshot.sql`],
    ['cache.sh', `redis-cli -h cache.corp.test -a "Saffron${rand(3, '0123456789')}Ivo\\$ry" --no-auth-warning INFO`],
    // PowerShell escapes with a backtick; SQL doubles a quote inside a literal.
    ['backup.ps1', `$secure = ConvertTo-SecureString -String "go\`\`\`$JM9${rand(8)}" -AsPlainText -Force`],
    ['grants.sql', `CREATE USER 'analytics'@'%' IDENTIFIED BY 'Pe''!pper${rand(3, '0123456789')}Juniper';`],
  ]);
  expectQuiet([
    ['restore.sh', 'mysql -u root -p"$DB_PASS" orders'],
    ['cache.sh', 'redis-cli -a "$(cat /run/secrets/redis)" ping'],
    ['deploy.ps1', '$s = ConvertTo-SecureString "$env:SVC_PASS" -AsPlainText -Force'],
    ['Makefile', 'migrate:\n\tDATABASE_URL="postgres://app:$$DB_PASS@10.0.0.4/auth" ./bin/migrate up'],
  ]);
});

test('values that are public, encrypted or stand-ins in another encoding stay quiet', () => {
  expectQuiet([
    ['.env', `DATABASE_URL="encrypted:${rand(120, B64)}=="`],
    ['settings.xml', `<server>\n  <id>releases</id>\n  <password>{${rand(43, B64)}=}</password>\n</server>`],
    ['Inbox.tsx', `<KnockProvider apiKey="pk_${rand(43, B64.replace('+/', '_-'))}" userId={user.id}>`],
    ['policy.json', `{ "nodeAttrs": [{ "target": ["nodekey:${rand(64, HEX)}"], "attr": ["funnel"] }] }`],
    ['.env', 'RECAPTCHA_SECRET_KEY="6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"'],
    ['Redactor.cs', 'var masked = Redactor.Mask("api_key=abcd1234efgh5678");'],
    ['secret.yaml', 'kind: Secret\ndata:\n  password: Q0hBTkdFX01F\n  api-key: VE9ETw=='],
    ['.gitlab-ci.yml', `variables:\n  DOCKER_AUTH_CONFIG: '{"credHelpers":{"${rand(12, '0123456789')}.dkr.ecr.eu-west-1.amazonaws.com":"ecr-login"}}'`],
    ['.env', 'DATABASE_URL=postgresql://app:%3Cpassword%3E@%3Chost%3E:5432/accounts'],
    ['.env', 'MONGODB_URI=mongodb+srv://ledger:%24%7BMONGO_PASSWORD%7D@cluster0.mongodb.net/ledger'],
    // `supabase start` signs the same demo keys everywhere; an unsigned token proves nothing.
    ['status.txt', `service_role key: ${jwt({ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 })}`],
    ['settings.py', `unsigned_token="eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.${Buffer.from(JSON.stringify({ sub: rand(12), role: 'viewer' })).toString('base64url')}."`],
  ]);
  expectFound([
    // ClickUp's personal tokens start `pk_<user id>_`; Courier's auth tokens `pk_prod_`.
    ['clickup.js', `let clickupApiKey = 'pk_${rand(8, '0123456789')}_${rand(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}';`],
    ['.env', `COURIER_AUTH_TOKEN=pk_prod_${rand(28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`],
    // A .dockerconfigjson decodes to JSON that names a password: it is no stand-in.
    ['regcred.yaml', `kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${Buffer.from(JSON.stringify({ auths: { 'ghcr.io': { username: 'bot', password: rand(24), auth: rand(40, B64) } } })).toString('base64')}`],
    // A notebook keeps each source line as a JSON string ending in `\n`.
    ['analysis.ipynb', `"source": [\n    "API_KEY = '${rand(32)}'\\n",\n    "x = 1"\n]`],
  ]);
});

test('a value its place or its author calls public, or a key under a passphrase, is a note with a hint', () => {
  // A Maps key in a script tag is in every page by design, but unrestricted it bills any API the
  // project enables: it stays a finding (one blind set labelled it public; the evaluation set and
  // peers' corpora count it).
  const maps = levels('index.html', `<script src="https://maps.googleapis.com/maps/api/js?key=AIza${rand(35, B64.replace('+/', '_-'))}&callback=initMap" async></script>`);
  assert.deepEqual(maps, [['google-api-key', 'error']]);
  assert.deepEqual(levels('search.html', `docsearch({\n  appId: "${rand(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}",\n  apiKey: "${rand(32, HEX)}",   // search-only key\n});`), [['generic-secret', 'note']]);
  assert.deepEqual(levels('checkout.ts', `// client-side token: designed to be public\nconst paddle = await initializePaddle({\n  environment: "production",\n  token: "live_${rand(27, HEX)}",\n});`), [['generic-secret', 'note']]);
  // The same value with no such word is a warning.
  assert.deepEqual(levels('search.ts', `const client = algolia({ apiKey: "${rand(32, HEX)}" });`), [['generic-secret', 'warning']]);
  // A site search UI's block (Docusaurus, DocSearch) sends its key from every browser.
  assert.deepEqual(levels('docusaurus.config.js', `  themeConfig: {\n    algolia: {\n      appId: 'DC2NZYUZ2Z',\n      apiKey: '${rand(32, HEX)}',\n      indexName: 'docs',\n    },\n  },`), [['generic-secret', 'note']]);
  assert.deepEqual(levels('config.js', `    // Public API key: it is safe to commit it\n    apiKey: "${rand(32, HEX)}",`), [['generic-secret', 'note']]);
  // A New Relic browser key in the agent's page snippet, and under a token's name elsewhere.
  assert.deepEqual(levels('index.html', `<script>;window.NREUM||(NREUM={});NREUM.loader_config={licenseKey:"NRJS-${rand(19, HEX)}"};</script>`), [['newrelic-browser-key', 'note']]);
  // Its format says it is a browser key wherever it is: three blind-set authors labelled it public.
  assert.deepEqual(levels('ci.yml', `new_relic_token: 'NRJS-${rand(19, HEX)}'`), [['newrelic-browser-key', 'note']]);

  const body = (cipher: string) => {
    const name = Buffer.from(cipher);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(name.length);
    const b64 = Buffer.concat([Buffer.from('openssh-key-v1\0'), len, name, Buffer.from(rand(300), 'latin1')]).toString('base64');
    return b64.match(/.{1,70}/g)!.join('\n');
  };
  const openssh = (cipher: string) => `-----BEGIN OPENSSH PRIVATE KEY-----\n${body(cipher)}\n-----END OPENSSH PRIVATE KEY-----`;
  const legacy = `-----BEGIN RSA PRIVATE KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: AES-256-CBC,${rand(32, '0123456789ABCDEF')}\\n\\n${rand(64, B64)}\\n${rand(64, B64)}\\n-----END RSA PRIVATE KEY-----`;
  assert.deepEqual(levels('id_ed25519', openssh('aes256-ctr')), [['private-key', 'note']]);
  assert.deepEqual(levels('.env', `SIGNING_KEY="${legacy}"`), [['private-key', 'note']]);
  assert.deepEqual(levels('key.pem', `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${rand(64, B64)}\n${rand(64, B64)}\n-----END ENCRYPTED PRIVATE KEY-----`), [['private-key', 'note']]);
  assert.deepEqual(levels('id_ed25519', openssh('none')), [['private-key', 'error']]);
});

test('joining pieces and shell quoting stay linear on long runs of near-matches', () => {
  expectLinear([
    '"a" +\n'.repeat(100000), `"${'x'.repeat(300)}"\n`.repeat(20000), "'a' . ".repeat(150000), '"\n'.repeat(300000),
    ('mysql -p"' + '\\$'.repeat(60) + '\n').repeat(5000), ("redis-cli -a '" + 'x'.repeat(120)).repeat(2000),
    '密码'.repeat(200000), ('пароль = "' + 'ñ'.repeat(50) + '"\n').repeat(5000), 'contraseña:'.repeat(100000),
  ]);
});

test('names in the team\'s language: accents folded, other scripts read as the English word', () => {
  expectFound([
    ['conexion.py', `conexion = conectar(\n    usuario="informes",\n    contraseña="${pw()}",\n)`],
    ['smtp.yml', `smtp:\n  usuario: pedidos@loja.test\n  senha: "${pw()}"`],
    ['eposta.yml', `eposta:\n  kullanici: bildirim@firma.test\n  şifre: '${pw()}'`],
    ['config.py', `DB_CONFIG = {\n    "ldap_mot_de_passe": "${pw()}",\n}`],
    ['app.properties', `db.redis-wachtwoord=${pw()}`],
    ['db.rb', `  MAIL_HASLO = "${pw()}"`],
    ['deploy.sh', `export ERP_PAROL='${pw()}'`],
    ['config.php', `    'mail_clave' => '${pw()}',`],
    ['config.go', `var 报表库 = 数据库配置{\n\t用户名: "report_ro",\n\t密码:   "${pw()}",\n}`],
    ['Export.java', `    private static final String пароль = "${pw()}";`],
    ['db.py', `DB_설정 = {\n    "사용자": "shop_admin",\n    "비밀번호": "${pw()}",\n}`],
    ['settings.py', `    khoa = '${rand(40)}'`],
    ['notify.go', `const feishuHook = "https://open.feishu.cn/open-apis/bot/v2/hook/${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}"`],
  ]);
  expectQuiet([
    // Labels and messages, not values.
    ['messages_de.json', '{ "password": "Passwort", "token_expired": "Токен истёк", "login": "Anmelden" }'],
    ['messages_ru.properties', 'login.password=Пароль\nlogin.token=Токен доступа'],
    ['ValidationMessages_ja_JP.properties', 'user.password.size=\\u30d1\\u30b9\\u30ef\\u30fc\\u30c9\\u306f{min}\\u6587\\u5b57\\u4ee5\\u4e0a'],
    // Placeholders in the team's language.
    ['.env.example', 'DB_SENHA=sua_senha_aqui\nAPI_SCHLUESSEL=ihr_schluessel_hier'],
    ['README.md', 'mysql://usuario:senha@localhost:3306/painel\nmysql://nguoi_dung:mat_khau@localhost:3306/quan_ly'],
    ['config.ts', 'const contraseña = process.env.DB_CONTRASENA;'],
  ]);
  // The finding lands on the value as written, and is fingerprinted as written, accents and all.
  const value = `Açaí-${rand(6)}!9`;
  const text = `senha = "${value}"\n`;
  const [f] = scanText(text, { path: 'config.py' }).findings;
  assert.equal(text.slice(f.offset, f.offset + f.length), value);
  assert.equal(f.fingerprint, scanText(`password = "${value}"\n`, { path: 'config.py' }).findings[0].fingerprint);
});

test('credentials handed to an SDK by a setter or a named client', () => {
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  expectFound([
    ['connect.py', `client = weaviate.connect_to_weaviate_cloud(\n    auth_credentials=Auth.api_key("${rand(40)}"),\n)`],
    ['mailer.rb', `client = Postmark::ApiClient.new("${uuid()}")`],
    ['mailer.js', `const client = new postmark.ServerClient("${uuid()}");`],
  ]);
  expectQuiet([
    ['connect.py', 'auth_credentials=Auth.api_key(os.environ["WEAVIATE_API_KEY"]),'],
    ['mailer.rb', 'client = Postmark::ApiClient.new(ENV.fetch("POSTMARK_API_TOKEN"))'],
  ]);
});

test('cloud-init chpasswd lists and XML CDATA sections', () => {
  expectFound([
    ['user-data.yml', `#cloud-config\nssh_pwauth: true\nchpasswd:\n  expire: false\n  list: |\n    root:${pw()}\n    ubuntu:${rand(20)}\nruncmd:\n  - systemctl restart ssh`],
    ['hibernate.cfg.xml', `<session-factory>\n  <property name="hibernate.connection.username">svc</property>\n  <property name="hibernate.connection.password"><![CDATA[Um>b${rand(6)}<r1]]></property>\n</session-factory>`],
    ['settings.xml', `<server>\n  <password><![CDATA[${pw()}&x]]></password>\n</server>`],
    ['sitemanager.xml', `<Server>\n  <User>backup</User>\n  <Pass encoding="base64">${Buffer.from(pw()).toString('base64')}</Pass>\n</Server>`],
  ]);
  expectQuiet([
    ['user-data.yml', 'chpasswd:\n  list: |\n    root:RANDOM\n  expire: true'],
    ['hibernate.cfg.xml', '<property name="hibernate.connection.password"><![CDATA[${DB_PASSWORD}]]></property>'],
  ]);
  expectLinear(['chpasswd:\n  list: |\n' + '    u:x\n'.repeat(100000), '<password><![CDATA['.repeat(50000), ('chpasswd:\n' + '  a\n'.repeat(5)).repeat(20000)]);
});

test('data stores and network services: ACLs, JAAS, CLI flags, Cisco keys, Prometheus, positional binds', () => {
  expectFound([
    ['users.acl', `user default off\nuser app on >${rand(40, HEX)} ~app:* &* +@all -@dangerous`],
    ['zookeeper_jaas.conf', `Server {\n    org.apache.zookeeper.server.auth.DigestLoginModule required\n    user_super="${pw()}"\n    user_kafka="${rand(20)}";\n};`],
    ['notes.sh', `etcdctl --endpoints=https://10.0.0.4:2379 --user root:'${pw()}' put /config/x on`],
    ['sync.sh', `lftp -u vendor01,'${pw()}' sftp://sftp.corp.test <<EOF`],
    ['power.sh', `racadm -r 172.21.39.70 -u root -p '${pw()}' serveraction powercycle`],
    ['router.cfg', `radius server NPS1\n address ipv4 10.0.0.5 auth-port 1812 acct-port 1813\n key 0 ${rand(22)}\n!`],
    ['prometheus.yml', `- job_name: couchdb\n  authorization:\n    type: Basic\n    credentials: ${Buffer.from(`admin:${pw()}`).toString('base64')}`],
    ['graph.js', `const driver = neo4j.driver('bolt://graph.corp.test:7687', neo4j.auth.basic('graph_app', '${pw()}'))`],
    ['cb.py', `auth = PasswordAuthenticator("sync_gateway", "${pw()}")`],
    ['bind.php', `if (!ldap_bind($ds, 'cn=svc-ldap,ou=system,dc=corp,dc=com', '${pw()}')) {`],
    ['ldap.conf', `binddn cn=svc-ldap,ou=people,dc=corp\nbindpw ${rand(21)}`],
    ['squid.conf', `cache_peer upstream.corp.test parent 3128 0 no-query default login=jdoe:${rand(24)}`],
    ['.gitconfig', `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${Buffer.from(`x-access-token:${checksummed('ghp_')}`).toString('base64')}`],
  ]);
  expectQuiet([
    ['users.acl', `user exporter on #${rand(64, HEX)} ~* +info +ping`],
    ['router.cfg', `username admin privilege 15 secret 9 $9$${rand(14)}$${rand(43)}`],
    ['nats.conf', `authorization {\n  users = [\n    { user: "orders", password: "$2y$11$${rand(53, B64.replace('+', '.'))}" }\n    { nkey: U${rand(55, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')} }\n  ]\n}`],
    ['roles.sql', `ALTER ROLE readonly WITH LOGIN PASSWORD 'md5${rand(32, HEX)}';`],
    ['metabase.json', '{ "details": { "user": "ledger", "password": "**MetabasePass**" } }'],
    ['.netrc', 'machine api.github.com\n  login nguyen.t\n  password __TOKEN__'],
    ['NuGet.config', `<packageSourceCredentials>\n  <internal>\n    <add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA${rand(200, B64)}" />\n  </internal>\n</packageSourceCredentials>`],
    ['presign.js', `// https://b.s3.amazonaws.com/u.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}%2F20231121%2Fsa-east-1%2Fs3%2Faws4_request&X-Amz-Date=20231121T101500Z`],
    ['keys.json', `{\n    "AccessKeyMetadata": [\n        {\n            "UserName": "ci",\n            "AccessKeyId": "AKIA${rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}",\n            "Status": "Active"\n        }\n    ]\n}`],
    ['event.json', `{ "requestParameters": { "bucketName": "atlas-reports", "key": "logs/part-00004.parquet" } }`],
  ]);
  expectLinear([('user a on ' + '~x '.repeat(100)).repeat(3000), ('LoginModule required\n' + 'user_a="x\n'.repeat(9)).repeat(5000), 'etcdctl --user '.repeat(50000), ' key 0 '.repeat(100000)]);
});

test('rule-test snippets: short bodies after a provider prefix, short hex ids, an Asana PAT, a password starting with @', () => {
  expectQuiet([
    ['.env', "VAULT_TOKEN='hvs.UyTvtdMG'"], ['.env', "TWINE_PASSWORD='pypi-z9BLkl_s'"], ['.env', "REPLICATE_API_TOKEN='r8_6SEaCIPj'"],
    ['.env', "DATABRICKS_TOKEN='dapi7a3b4e06'"], ['.env', "EASYPOST_API_KEY='EZAKX9EgQdd3'"], ['.env', 'VONAGE_API_KEY=3ecf51d3'],
  ]);
  expectFound([
    ['req.http', `GET /api/1.0/users/me HTTP/1.1\nAuthorization: Bearer 2/${rand(16, '0123456789')}/${rand(16, '0123456789')}:${rand(32, HEX)}`],
    ['.env', `DB_DSN="mysql://shop:%40${rand(14)}@db.internal:3306/shop"`],
  ]);
});

test('SQL and database scripts: linked servers, Oracle connect strings and unquoted passwords, psql variables, settings rows, crypto keys, Redis AUTH', () => {
  expectFound([
    ['link.sql', `EXEC sp_addlinkedsrvlogin 'DWH', 'false', NULL, 'app_metrics', '${pw()}';`],
    ['purge.ksh', `sqlplus -s APP_FULFILMENT/${rand(18)}@//10.60.166.227:1521/ERPPDB @/opt/jobs/purge_staging.sql <<EOF`],
    ['users.sql', `CREATE USER REPORTS_OWNER IDENTIFIED BY Mf${rand(15)}\n  DEFAULT TABLESPACE USERS;`],
    ['link.sql', `CREATE DATABASE LINK ERP_SRC\n  CONNECT TO GL_RO IDENTIFIED BY Vp${rand(14)}\n  USING 'finprd';`],
    ['roles.sql', `\\set reader_password '${pw()}'\n\nCREATE USER shipping_rw WITH PASSWORD :'reader_password';`],
    ['rotate.sql', `UPDATE app_settings\n   SET value = '${rand(32, HEX)}', updated_at = now()\n WHERE name = 'monitoring.datadog.api_key';`],
    ['changelog.xml', `            <column name="config_key" value="twilio_auth_token"/>\n            <column name="config_value" value="${rand(32, HEX)}"/>`],
    ['view.sql', `       pgp_sym_decrypt(ssn_enc, '${rand(40)}') AS ssn,`],
    ['cards.sql', `   SET card_number_enc = AES_ENCRYPT(card_number, UNHEX('${rand(64, HEX)}')),`],
    ['warm.redis', `AUTH app ${pw()}\nSELECT 4\nDEL feature:flags`],
    ['sentinel.conf', `sentinel monitor mymaster 10.20.19.52 6379 2\nsentinel auth-pass mymaster ${rand(48)}`],
    ['seed.py', `            "password": make_password("${pw()}"),`],
    ['seed.js', `      password_hash: await bcrypt.hash('${pw()}', 12),`],
    ['rotate.js', `use notify\ndb.changeUserPassword("app_notify", "${pw()}")`],
    ['flyway.conf', `flyway.placeholders.replicaPassword=${rand(25)}`],
    ['0007_role.py', `            sql="CREATE ROLE helpdesk_analytics LOGIN PASSWORD 'HyTp@${rand(13)}.5G2'",`],
  ]);
  expectQuiet([
    ['users.sql', `CREATE USER app IDENTIFIED BY VALUES 'S:${rand(60, HEX).toUpperCase()}';\nGRANT USAGE ON *.* TO 'ro'@'%' IDENTIFIED BY PASSWORD '*${rand(40, HEX).toUpperCase()}';`],
    ['logins.sql', `CREATE LOGIN [svc_etl] WITH PASSWORD = 0x0200${rand(136, HEX).toUpperCase()} HASHED, SID = 0x01;`],
    ['dump.sql', `INSERT INTO \`user\` VALUES ('10.%','svc_auth','Y','Y','mysql_native_password','*${rand(40, HEX).toUpperCase()}','N','N');`],
    ['users.sql', `CREATE USER superset IDENTIFIED WITH sha256_hash BY '${rand(64, HEX).toUpperCase()}';`],
    ['profiles.sql', `INSERT INTO connection_profiles (id, host, db_user, db_password) VALUES\n  (1, 'db.internal', 'svc_billing', '\\xc30d0407${rand(90, HEX)}');`],
    ['keys.sql', `INSERT INTO \`api_keys\` (\`id\`, \`name\`, \`key_prefix\`, \`key_hash\`) VALUES ('${rand(8, HEX)}', 'ci', 'key_bYcosi', '${rand(64, HEX)}');`],
    ['compose.yml', `    command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD:?required}"]`],
    ['client.ovpn', `auth-user-pass\ncipher AES-256-GCM\nauth SHA256`],
    ['site.yml', `        password: "{{ ops_password | password_hash('sha512', ops_salt) }}"`],
    ['settings.json', `    "rpc-password": "{${rand(40, HEX)}${rand(8)}",`],
    ['roles.sql', `\\set reader_password :'PGPASSWORD'`],
  ]);
});

test('web apps: captcha secrets with fixed runs, TextEncoder keys, a constant KEY, secret lists, URLs in Secret data', () => {
  const b64 = (t: string) => Buffer.from(t).toString('base64');
  expectFound([
    ['captcha.ts', `  const body = new URLSearchParams({ secret: '6LdE${rand(4)}AAAAA${rand(27)}', response: token });`],
    ['.env', `PUBLIC_TURNSTILE_SITE_KEY='0x4AAAAAAA${rand(14)}'\nTURNSTILE_SECRET_KEY='0x4AAAAAAA${rand(29)}'`],
    ['middleware.ts', `const secret = new TextEncoder().encode('${rand(64, BASE64)}');`],
    ['crypto.ts', `const KEY = Buffer.from("${rand(64, HEX)}", 'hex');`],
    ['session.ts', `  cookie: {\n    secrets: ['${rand(64, HEX)}'],\n  },`],
    ['secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: web\ntype: Opaque\ndata:\n  DATABASE_URL: ${b64(`postgresql://app:${rand(24)}@db.internal:5432/app`)}`],
  ]);
  expectQuiet([
    ['.env', `PUBLIC_TURNSTILE_SITE_KEY='0x4AAAAAAA${rand(14)}'\nNEXT_PUBLIC_RECAPTCHA_SITE_KEY=6LdE${rand(4)}AAAAA${rand(27)}`],
    ['secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: web\ntype: Opaque\ndata:\n  REDIS_URL: ${b64('redis://cache.internal:6379/0')}`],
    ['config.ts', `export const config = { keys: ['id', 'name'], secrets: ['SESSION_SECRET', 'COOKIE_SECRET'] };`],
    ['map.js', `const entry = { key: '${rand(32, HEX)}', value: 1 };`],
    // Printed reprs, host:port, a default that repeats its user, a key cut short for the docs.
    ['out.txt', `WarehouseSettings(host='pg-02.quanta.net', port=5432, user='ml_pipeline', password=SecretStr('**********'), database='growth')`],
    ['values.yaml', `redis:\n  connection_string: "localhost:6379"`],
    ['dags.py', `r = requests.get("http://localhost:8080/api/v1/dags", headers={"Authorization": "Basic ${b64('airflow:airflow')}"})`],
    ['app.ts', `export const PRIVATE_KEY_PREVIEW = \`-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA${rand(48, BASE64)}\n...\n-----END RSA PRIVATE KEY-----\`;`],
    ['vars.yml', `db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/prod/app:password url=https://vault.corp.net:8200') }}"`],
    ['rds.cmd', `cmdkey /list\ncmdkey /delete:TERMSRV/HQ-RDS03.harbinger.local`],
  ]);
});

test('bots, notebooks and tests: DSNs of more warehouses, W&B local keys, login forms, cassette headers, RSpec lets, Render env, client constructors', () => {
  expectFound([
    ['etl.py', `rs = create_engine("redshift+redshift_connector://mlops:${rand(26)}@redshift-cluster-1.nk0mypdzo3b4.ap-southeast-2.redshift.amazonaws.com:5439/events")`],
    ['train.py', `    wandb.login(host="https://wandb.kestrelair.io", key="local-${rand(40, HEX)}")`],
    ['login.cy.ts', `    cy.get('input[name=password]').type('${pw()}', { log: false });`],
    ['login.spec.ts', `  await page.getByLabel('Password').fill('${pw()}');`],
    ['test_login.py', `driver.find_element(By.ID, "password").send_keys("${pw()}")`],
    ['cassette.yml', `    headers:\n      X-Partner-Api-Key:\n      - ${rand(32)}\n      Accept:\n      - application/json`],
    ['search_spec.rb', `  let(:algolia_admin_key) { '${rand(32, HEX)}' }`],
    ['render.yaml', `    envVars:\n      - key: TWITCH_CLIENT_SECRET\n        value: ${rand(30, 'abcdefghijklmnopqrstuvwxyz0123456789')}`],
    ['transcribe.py', `deepgram = DeepgramClient("${rand(40, HEX)}")`],
    ['decrypt.ipynb', `    "source": [\n    "from cryptography.fernet import Fernet\\n",\n    "f = Fernet(b\\"${rand(43, BASE64URL)}=\\")\\n",\n   ]`],
  ]);
  expectQuiet([
    ['login.cy.ts', `    cy.get('input[name=password]').type(Cypress.env('E2E_PASSWORD'), { log: false });`],
    ['login.spec.ts', `  await page.getByLabel('Password').fill(process.env.E2E_PASSWORD!);`],
    ['cassette.yml', `    headers:\n      X-Partner-Api-Key:\n      - <API_KEY>\n      Accept:\n      - application/json`],
    ['render.yaml', `    envVars:\n      - key: TWITCH_CLIENT_SECRET\n        sync: false`],
    ['client.py', `client = HttpClient("https://api.example.org/v1")`],
    ['etl.py', `rs = create_engine("redshift+redshift_connector://mlops@redshift-cluster-1.internal:5439/events")`],
  ]);
});

test('Windows administration: PowerShell parameters and settings, slash options, schtasks, WMI joins, T-SQL N strings', () => {
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  expectFound([
    ['Set-Backup.ps1', `Add-VBRCredentials -User 'BRIGH\\svc_scan' -Password '${pw()}' -Description 'Guest processing'`],
    ['Archive.ps1', `Connect-PnPOnline -Url $siteUrl -ClientId "${uuid()}" -ClientSecret "${rand(43, BASE64)}=" -WarningAction Ignore`],
    ['Reset.ps1', `Set-ADAccountPassword -Identity $acct -Reset -NewPassword (ConvertTo-SecureString -AsPlainText '${pw()}' -Force)`],
    ['Remote.ps1', `$c = New-Object System.Management.Automation.PSCredential 'APP09\\Administrator', ('${pw()}' | ConvertTo-SecureString -AsPlainText -Force)`],
    ['Upload.ps1', `$StorageAccountKey  = "${rand(86, BASE64)}=="`],
    ['Farm.ps1', `Set-WebConfigurationProperty -PSPath $site -Filter 'system.web/machineKey' -Name validationKey -Value '${rand(128, HEX).toUpperCase()}'`],
    ['autologon.ps1', `Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon' -Name DefaultPassword -Value '${pw()}'`],
    ['join.cmd', `netdom join %COMPUTERNAME% /domain:caldera.lan /UserD:CALDERA\\svc_join /PasswordD:${pw()} /REBoot:30`],
    ['rds.cmd', `cmdkey /generic:TERMSRV/MUC-RDS08.corp.bluefjord.com /user:BLUEFJ\\a_tlindqvist /pass:${pw()}`],
    ['install.cmd', `D:\\setup.exe /Q /ACTION=Install ^\n  /SQLSVCACCOUNT="REDMARSH\\svc_sqlengine" /SQLSVCPASSWORD="${pw()}" ^\n  /SECURITYMODE=SQL`],
    ['task.cmd', `schtasks /Create /TN "Purge" /TR "powershell.exe -File C:\\Scripts\\Purge.ps1" /SC DAILY /RU NORR\\svc_wsus /RP ${pw()} /RL HIGHEST /F`],
    ['Join.ps1', `$rc = $cs.JoinDomainOrWorkgroup("corp.fenwick.com", "${pw()}", "FENWIC\\svc_join", "OU=Kiosks,DC=corp", 35)`],
    ['linked.sql', `EXEC master.dbo.sp_addlinkedsrvlogin\n     @rmtsrvname  = N'SQL10',\n     @rmtuser     = N'dw_pull',\n     @rmtpassword = N'${pw()}';`],
  ]);
  expectQuiet([
    ['Set-Backup.ps1', `Add-VBRCredentials -User $user -Password $password -Description 'Guest processing'`],
    ['Reset.ps1', `Set-ADAccountPassword -Identity $acct -Reset -NewPassword (Read-Host -AsSecureString 'New password')`],
    ['Reset.ps1', `$sec = ConvertTo-SecureString -AsPlainText $env:SVC_PASSWORD -Force`],
    ['autologon.ps1', `Set-ItemProperty -Path $winlogon -Name DefaultPassword -Value $pw\nSet-ItemProperty -Path $winlogon -Name DefaultUserName -Value 'kiosk-user01'`],
    ['rds.cmd', `cmdkey /generic:TERMSRV/rds01 /user:%USERNAME% /pass:%RDS_PASSWORD%`],
    ['task.cmd', `schtasks /Create /TN "Purge" /TR "C:\\purge.cmd" /SC DAILY /RU NORR\\svc_wsus /RP * /F`],
    ['Join.ps1', `$rc = $cs.JoinDomainOrWorkgroup("corp.fenwick.com", $joinPassword, $joinUser, $null, 35)`],
    ['unlock.cmd', `manage-bde -protectors -get C:\nREM ID: {${uuid().toUpperCase()}}`],
    ['linked.sql', `EXEC sp_addlinkedsrvlogin @rmtsrvname = N'SQL10', @useself = N'True', @locallogin = NULL;`],
  ]);
});

test('mobile apps: manifest attributes on their own lines, comments that name a value, Xcode URLs, key bytes in Swift', () => {
  expectFound([
    ['app/src/main/AndroidManifest.xml', `        <meta-data\n            android:name="ADMIN_PASSWORD"\n            android:value="${pw()}" />`],
    ['app/src/main/AndroidManifest.xml', `<meta-data android:name="app.kinetic.RAZORPAY_KEY_SECRET" android:value="${rand(24)}" />`],
    ['src/parse.js', `Parse.initialize(\n  '${rand(40)}', // application id\n  '${rand(40)}', // javascript key\n  '${rand(40)}' // master key\n);`],
    ['Config.xcconfig', `ADMIN_API_URL = https:/$()/sync:${pw()}@admin.gullstream.app/api/v1`],
    ['RealmProvider.swift', `    private static let encryptionKey = Data(hexString: "${rand(128, HEX)}")!`],
    ['Makefile', `MIGRATE_DSN = mysql://infra_rw:${pw()}@tcp(infra-live-mysql.kestrelio.net:3306)/infra_live?parseTime=true`],
    ['.gitlab-ci.yml', `    - twine upload --repository-url https://nexus.corp.dev/repository/pypi/ -u deployer -p '${pw()}' dist/*`],
    ['nas-temp.sh', `mosquitto_pub -h "$HOST" -p 1883 -u pi -P '${pw()}' \\\n  -t "pi/cpu_temp" -m "$TEMP" -r`],
    ['tasmota.txt', `Backlog MqttHost 172.16.0.242; MqttPort 1883; MqttUser mqtt; MqttPassword ${pw()}; Topic laundry_sprinkler`],
    ['setup.txt', `Backlog SSID1 MagentaWLAN-4259; Password1 ${pw()}; Hostname garage-airq; SetOption19 1`],
    ['octoprint/config.yaml', `accessControl:\n  salt: ${rand(32)}\napi:\n  key: ${rand(32, HEX).toUpperCase()}\nappearance:\n  name: Voron`],
    ['sync.sh', `nextcloudcmd --non-interactive --silent -u felix -p '${pw()}' \\\n  --path /Scans /home/pi/scans https://cloud.lagoon.xyz`],
    ['Info.plist', `\t<key>AgoraCertificate</key>\n\t<string>${rand(32, HEX)}</string>`],
  ]);
  expectQuiet([
    // The application id and the client key are the public half; only the comment's secret words count.
    ['src/parse.js', `Parse.initialize(\n  '${rand(40)}', // application id\n  '${rand(40)}' // javascript key\n);`],
    ['Config.xcconfig', `WEBSOCKET_URL = wss:/$()/rt.wrenlabs.app/socket`],
    ['nas-temp.sh', `mosquitto_pub -h "$HOST" -u "$MQTT_USER" -P "$MQTT_PASS" -t pi/cpu -m "$TEMP"`],
    ['tasmota.txt', `Backlog MqttHost 10.0.0.5; MqttUser mqtt; MqttPassword <your-mqtt-password>; Topic plug1`],
    ['openapi.yaml', `api:\n  version: 2.4.1\n  key: customer_id`],
    ['Cartwheel.csproj', `    <AndroidSigningStorePass>env:ANDROID_SIGNING_STORE_PASS</AndroidSigningStorePass>\n    <AndroidSigningKeyPass>file:secrets/key.txt</AndroidSigningKeyPass>`],
    ['amplifyconfiguration.json', `{\n  "auth": {\n    "plugins": {\n      "awsCognitoAuthPlugin": {\n        "UserAgent": "aws-amplify-cli/0.1.0",\n        "Version": "0.1.0"\n      }\n    }\n  }\n}`],
  ]);
});

test('keys an app ships on purpose: SDK keys by their format, their name or the SDK beside them', () => {
  expectQuiet([
    ['Purchases.swift', `    Purchases.configure(withAPIKey: "appl_${rand(27)}")`],
    ['NetworkConfig.kt', `    const val REVENUECAT_GOOGLE_API_KEY = "goog_${rand(27)}"`],
    ['Flags.swift', `    var config = LDConfig(mobileKey: "mob-${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}", autoEnvAttributes: .enabled)`],
    ['AndroidManifest.xml', `<meta-data android:name="io.branch.sdk.BranchKey" android:value="key_live_${rand(32)}" />`],
    ['Secrets.kt', `    const val ALGOLIA_SEARCH_KEY = "${rand(32, HEX)}"`],
    ['segment.ts', `import { createClient } from '@segment/analytics-react-native';\n\nexport const segmentClient = createClient({\n  writeKey: '${rand(32)}',\n});`],
    ['AppConstants.cs', `    public const string PusherKey = "${rand(20, HEX)}";`],
    ['build.gradle.kts', `        buildConfigField("String", "LAUNCHDARKLY_MOBILE_KEY", "\\"mob-${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}\\"")`],
    ['.npmrc', `registry=https://nexus.corp.dev/repository/npm-group/\n_auth=${Buffer.from('username:password').toString('base64')}`],
    ['.env.example', `DATABASE_URL="postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public"`],
  ]);
  // An analytics SDK's project key beside the SDK's name is a note that says so; its secret half is not.
  assert.deepEqual(levels('Analytics.swift', `let amplitude = Amplitude(configuration: Configuration(\n    apiKey: "${rand(32, HEX)}"\n))`), [['generic-secret', 'note']]);
  assert.deepEqual(levels('Info.plist', `\t<key>bugsnag</key>\n\t<dict>\n\t\t<key>apiKey</key>\n\t\t<string>${rand(32, HEX)}</string>\n\t</dict>`), [['generic-secret-plist', 'note']]);
  assert.deepEqual(levels('export.py', `amplitude = AmplitudeExport(\n    secret_key="${rand(32, HEX)}",\n)`).map(([, l]) => l), ['warning']);
  // Shopify's Buy Button storefront token and Authorize.Net's Accept.js client key ship to shoppers.
  assert.deepEqual(levels('buy.html', `    var client = ShopifyBuy.buildClient({\n      domain: 'shop.myshopify.com',\n      storefrontAccessToken: '${rand(32, HEX)}',\n    });`), [['generic-secret', 'note']]);
  assert.deepEqual(levels('pay.js', `    var authData = {};\n    authData.clientKey = "${rand(64)}";`), [['generic-secret', 'note']]);
  // A key named for Firebase is its client config key, a note; a Maps key in a server's .env is not.
  assert.deepEqual(levels('next.config.js', `  env: {\n    NEXT_PUBLIC_FIREBASE_API_KEY: 'AIza${rand(35, B64.replace('+/', '_-'))}',\n  },`), [['google-api-key', 'note']]);
  assert.deepEqual(levels('.env', `GOOGLE_MAPS_API_KEY=AIza${rand(35, B64.replace('+/', '_-'))}`).map(([, l]) => l), ['error']);
});

test('logs, transcripts and older stacks: passwords where tools and languages put them', () => {
  const basic = (s: string) => Buffer.from(s).toString('base64');
  expectFound([
    ['provision.log', `PS C:\\deploy> net user svc_sql ${pw()} /add /y`],
    ['map.bat', `net use S: \\\\fs01\\share ${pw()} /user:CORP\\orders_app /persistent:no`],
    ['monitor.log', `1694185422.278956 [0 10.188.122.150:57274] "AUTH" "default" "${pw()}"`],
    ['mysqld.log', `2024-07-18T10:06:35.946351Z 6 [Note] [MY-010454] [Server] A temporary password is generated for root@localhost: ${pw()}`],
    ['contact.asp', `With objConf.Fields\n    .Item(cdoSchema & "sendpassword") = "${pw()}"\nEnd With`],
    ['upload.exp', `spawn sftp admin@ftp.corp.internal\nexpect "password:"\nsend "${pw()}\\r"`],
    ['health.ts', `      Authorization: 'Basic ' + Buffer.from('monitoring:${rand(34, HEX)}').toString('base64'),`],
    ['Health.cs', `var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("api-sync:${pw()}"));`],
    ['ErpClient.kt', `                .header("Authorization", Credentials.basic("portal", "${pw()}"))`],
    ['NotificationService.php', `        $response = Http::withBasicAuth('data-loader', '${rand(34, HEX)}')`],
    ['deploy.rb', `req = Net::HTTP::Post.new(uri)\nreq.basic_auth "deploy", "${pw()}"`],
    ['refund.ts', `      Authorization: 'Basic ${basic(`sk_live_${rand(24)}:`)}',`],
    ['insomnia.json', `        {\n          "name": "Authorization",\n          "value": "ApiKey ${rand(64, HEX)}"\n        },`],
    ['fetch_orders.adb', `   Okta_Api_Token : constant String := "00${rand(40)}";`],
    ['inventory_sync.erl', `-define(API_TOKEN, "${rand(32, HEX)}").`],
    ['sys.config', `   {amqp, [{host, "mq3.prod.internal"},\n           {password, <<"${pw()}">>}]}`],
    ['sftp.ex', `  @password ~c"${pw()}"`],
    ['sentry-event.json', `              "vars": {\n                "bind_pw": "${pw()}",\n                "page_size": 500\n              }`],
    ['report.R', `con <- dbConnect(RMariaDB::MariaDB(), host = "mysql-primary.dc1.local",\n                 password = "&Trombone${rand(4, '0123456789')}", dbname = "crm")`],
    ['worker.log', `{"msg":"connecting to database","url":"mysql2://grafana:${pw()}@users-prod.rds.amazonaws.com:3306/catalog"}`],
  ]);
  expectQuiet([
    ['keycloak.log', `2023-10-04 09:43:48.253 INFO  [org.keycloak.events] (executor-thread-4) type="CODE_TO_TOKEN", realmId="${rand(8, HEX)}-${rand(4, HEX)}", clientId="web-portal"`],
    ['vault-audit.log', `{"type":"request","auth":{"client_token":"hmac-sha256:${rand(64, HEX)}","accessor":"hmac-sha256:${rand(64, HEX)}"}}`],
    ['Application.cfc', `        connectionString: "jdbc:postgresql://erp01.corp.local:5432/members",\n        password: "encrypted:${rand(96, HEX)}"`],
    ['dev.lua', `local dev_url = os.getenv("SQLSERVER_CONNECTION") or "Server=localhost,1433;Database=ledger;User Id=sa;Password=yourStrong(!)Password;TrustServerCertificate=True"`],
    ['DeployLocal.s.sol', `    uint256 internal constant ANVIL_DEFAULT_KEY = 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80;`],
    ['provision.log', 'net user bob * /add'],
    ['upload.exp', 'expect "password:"\nsend "$env(SFTP_PASSWORD)\\r"'],
    ['contact.asp', '    .Item(cdoSchema & "sendpassword") = Application("SmtpPassword")'],
    ['health.ts', "      Authorization: 'Basic ' + Buffer.from(`${user}:${pass}`).toString('base64'),"],
    ['refund.ts', `      Authorization: 'Basic ${basic('username:password')}',`],
  ]);
});

test('a value that quotes itself with escaped quotes is the value inside them', () => {
  const secret = rand(24);
  const text = `        buildConfigField("String", "API_SECRET", "\\"${secret}\\"")\n`;
  const [f] = scanText(text, { path: 'app/build.gradle.kts' }).findings;
  assert.equal(text.slice(f.offset, f.offset + f.length), secret);
});

test('application servers: their own secrets, encryptions, hashes and references', () => {
  expectFound([
    ['settings.php', `$settings['hash_salt'] = '${rand(74, B64.replace('+/', '_-'))}';`],
    ['env.php', `    'crypt' => [\n        'key' => 'base64${rand(43)}='\n    ],`],
    ['haproxy.cfg', `userlist admins\n    user admin insecure-password ${pw()} groups ops`],
    ['.env', `MAILER_DSN=mailgun+api://${rand(32, HEX)}-${rand(8, HEX)}-${rand(8, HEX)}:mg.corp.eu@default?region=eu`],
    ['gunicorn.conf.py', `raw_env = [\n    "DJANGO_SETTINGS_MODULE=orders.settings",\n    "DJANGO_SECRET_KEY=w(&_${rand(40)}+-2%7c",\n]`],
  ]);
  expectQuiet([
    ['config.xml', `    <credential-encrypted>{AES256}${rand(86)}==</credential-encrypted>`],
    ['tomcat-users.xml', `  <user username="probe"\n        password="${rand(32, HEX)}$1$${rand(64, HEX)}"\n        roles="manager-status"/>`],
    ['httpd.conf', `        AuthLDAPBindDN "cn=svc-httpd,ou=Services,dc=halcyon,dc=se"\n        AuthLDAPBindPassword "exec:/usr/local/sbin/ldap-bind-pw"`],
    ['secrets.yml', `# shared:\n#   api_key: a1B2c3D4e5F6`],
    ['appsettings.json', `  "ApplicationInsights": {\n    "ConnectionString": "InstrumentationKey=${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"\n  }`],
    ['haproxy.cfg', `    user ops insecure-password $HAPROXY_OPS_PASSWORD groups ops`],
  ]);
  // A New Relic browser key says what it is by its format: a note wherever it is.
  assert.deepEqual(levels('newrelic.json', `    "licenseKey": "NRJS-${rand(19, HEX)}",`), [['newrelic-browser-key', 'note']]);
});

test('home lab and IoT: WiFi passphrases, router configs, hashes stored in odd wrappers', () => {
  expectFound([
    ['sketch.ino', `#define STASSID "TP-Link_81A4"\n#define STAPSK  "${pw()}"`],
    ['wifi.nmconnection', `[wifi-security]\nkey-mgmt=wpa-psk\npsk=${pw()}`],
    ['router.rsc', `add authentication-types=wpa2-psk mode=dynamic-keys name=main \\\n    supplicant-identity="" wpa2-pre-shared-key=${pw()}`],
    ['multi.ino', `  wifiMulti.addAP("WuTangLAN-IoT", "${pw()}");`],
    ['wireless', `config wifi-iface 'default_radio0'\n\toption ssid 'FRITZ!Box 7590'\n\toption encryption 'psk2+ccmp'\n\toption key '${pw()}'`],
    ['garden.yaml', `wifi:\n  ssid: "Gartenhaus-IoT"\n  password: '${rand(20, '0123456789')}'`],
  ]);
  expectQuiet([
    ['auth', `      {\n        "username": "kiosk",\n        "password": "${Buffer.from(`$2b$12$${rand(53, B64.replace('+/', './'))}`).toString('base64')}"\n      }`],
    ['qBittorrent.conf', `WebUI\\Password_PBKDF2="@ByteArray(${rand(22)}==:${rand(86)}==)"`],
    ['docker-compose.yml', `      ADMIN_TOKEN: '$$argon2id$$v=19$$m=65540,t=3,p=4$$${rand(43)}$$${rand(43)}'`],
    ['grafana.ini', '# default value from defaults.ini, rotate before exposing\nsecret_key = SW2YcwTIb9zpOOhoPsMm'],
    ['wireless', `config wifi-iface 'guest'\n\toption encryption 'none'\n\toption key 'not-used-here'`],
    ['garden.yaml', `sensor:\n  password: '12345678901234567890'`],
  ]);
  // A Firebase client key beside its Realtime Database URL, in an ESP32 sketch, is a note.
  assert.deepEqual(levels('firebase.ino', `#include <Firebase_ESP_Client.h>\n#define API_KEY "AIza${rand(35, B64.replace('+/', '_-'))}"\n#define DATABASE_URL "https://greenhouse-default-rtdb.europe-west1.firebasedatabase.app"`), [['google-api-key', 'note']]);
});

test('positional host/user/password calls, MicroPython Wi-Fi, Zigbee keys, nginx and Caddy secrets, Jetty realms, CouchDB admins, passphrases, removed diff lines, base64 .env files, build tool credentials, shop ids', () => {
  const bytes = () => `[${Array.from({ length: 16 }, (_, i) => (i * 97 + 13 + Number.parseInt(rand(2, '0123456789'), 10)) % 256).join(', ')}]`;
  const realm = '#\n# This file defines users passwords and roles for a HashUserRealm\n#\n#  <username>: <password>[,<rolename> ...]\n#\n';
  expectFound([
    ['unifi.py', `c = Controller("10.0.0.75", "david", "${pw()}", port=443, ssl_verify=False)`],
    ['db.py', `db = MySQLdb.connect("db.internal.example.net", "app", "${pw()}", "shop")`],
    ['main.py', `sta_if.connect('Zuhause_IOT', '${pw()}')`],
    ['main.py', `wifi.radio.connect("HomeNet", "${pw()}")`],
    ['configuration.yaml', `advanced:\n  network_key: ${bytes()}\n  pan_id: 0x1a62`],
    ['nginx.conf', `map $http_apikey $api_client_name {\n    default "";\n\n    "${rand(32)}" "reporting";\n}`],
    ['nginx.conf', `secure_link_md5 "$secure_link_expires$uri$remote_addr ${rand(32)}";`],
    ['Caddyfile', `{\n\temail ops@example.org\n\tacme_dns cloudflare ${rand(40)}\n}`],
    ['Caddyfile', `example.org {\n\ttls {\n\t\tdns cloudflare ${rand(40)}\n\t}\n}`],
    ['www.conf', `php_value[session.save_path] = "tcp://redis-main-02.internal:6379?auth=${pw()}&database=4"`],
    ['realm.properties', `${realm}ops: ${pw()},user,deployer\n`],
    ['tinytuya.py', `d = tinytuya.OutletDevice(dev_id='bf1vkz7gbhxo83f7x5gt', address='192.168.50.151', local_key='${rand(16)}', version=3.3)`],
    ['printers.json', `{ "host": "192.168.10.208", "username": "pi", "password": "Cinder-Sprocket-Obsidian" }`],
    ['local.ini', `[couchdb]\nsingle_node=true\n[chttpd]\nport = 5984\n[admins]\ncouchadmin = ${pw()}`],
    ['ci.log', `2024-07-10T22:34:56.0916757Z ${Buffer.from(`NODE_ENV=production\nSTRIPE_SECRET_KEY=${rand(32)}\nLOG_LEVEL=info\n`).toString('base64')}`],
    ['.gitlab-ci.yml', `variables:\n  ENV_FILE: ${Buffer.from(`APP_URL=https://shop.example.org\nDB_PASSWORD=${pw()}\n`).toString('base64')}`],
    ['gradle-wrapper.properties', `distributionUrl=https\\://deploy\\:${pw()}@nexus.acme.io/repository/gradle/gradle-8.4-bin.zip`],
    ['.gitlab-ci.yml', `  - poetry config http-basic.acme release-bot '${pw()}'`],
    ['.gitlab-ci.yml', `  - poetry config pypi-token.acme pypi-${rand(60, BASE64URL)}`],
    ['refund.php', `    $merchantAuthentication->setTransactionKey("${rand(16)}");`],
    ['rotate.patch', `--- docker/.env\n+++ docker/.env\n@@ -1 +0,0 @@\n-LDAP_BIND_PASSWORD=${pw()}`],
    ['review.eml', `> @@ -4,6 +4,6 @@\n> -S3_SECRET_KEY="${rand(40, BASE64)}"\n> +S3_SECRET_KEY = ""`],
    ['50-cloud-init.yaml', `    wifis:\n        wlan0:\n            access-points:\n                "Home":\n                    password: "Umber.Nutmeg.Canyon.Toucan"`],
  ]);
  expectQuiet([
    ['db.py', 'db = MySQLdb.connect("localhost", "root", "inventory", "shop")'],
    ['db.py', 'conn = connect(host, user, password, "shop")'],
    ['i18n.py', 't = translate("en.US", "greeting", "Hello!")'],
    ['load.py', 'cfg = load("config.py", "settings", "Prod2024!")'],
    ['main.py', 'sta_if.connect(SSID, PASSWORD)'],
    ['configuration.yaml', 'advanced:\n  network_key: GENERATE'],
    ['configuration.yaml', 'advanced:\n  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]'],
    ['nginx.conf', 'map $http_user_agent $bot {\n    default 0;\n    "~*googlebot" 1;\n}'],
    ['nginx.conf', 'secure_link_md5 "$secure_link_expires$uri$remote_addr $secret_from_env";'],
    ['Caddyfile', '\tacme_dns cloudflare {env.CF_API_TOKEN}'],
    ['Corefile', '\tdns 8.8.8.8 1.1.1.1'],
    ['www.conf', 'php_value[session.save_path] = "tcp://redis:6379?auth=${REDIS_PASSWORD}"'],
    ['realm.properties', `${realm}ops: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v,user\nci: MD5:164c88b302622e17050af52c89945d44,admin\n`],
    ['values.yaml', 'password: Properties.Settings.Default'],
    ['local.ini', `[admins]\nadmin = -pbkdf2-${rand(40, HEX)},${rand(32, HEX)},10`],
    ['local.ini', '[admins]\n; admin = mysecretpassword'],
    ['orders/create.json', `{\n  "cart_token": "${rand(32)}",\n  "checkout_token": "${rand(32, HEX)}",\n  "order_key": "wc_order_${rand(13)}"\n}`],
    ['bundle.js', `var r={stripe:{publishableKey:"pk_live_${rand(99)}"},algolia:{appId:"AU7L4V42KT",searchOnlyApiKey:"${rand(32, HEX)}",index:"products"}};`],
    ['search.mjs', `const client = algoliasearch('AU7L4V42KT', '${rand(32, HEX)}');\nconst { hits } = await client.initIndex('products').search(query);`],
    ['renovate.json', `{ "hostRules": [{ "matchHost": "npm.pkg.github.com", "encrypted": { "token": "wcFMA${rand(300, BASE64)}" } }] }`],
    ['.bundle/config', 'BUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/: "https://gems.example.net"\nBUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"'],
    ['gradle-wrapper.properties', 'distributionUrl=https\\://services.gradle.org/distributions/gradle-8.4-bin.zip'],
    ['.gitlab-ci.yml', '  - poetry config http-basic.acme release-bot "$NEXUS_PASSWORD"'],
    ['ci.log', `2024-07-10T22:34:56Z ${Buffer.from('DB_PASSWORD=${DB_PASSWORD}\nAPI_TOKEN=<your-token>\nSECRET_KEY=changeme\n').toString('base64')}`],
    ['ci.log', `2024-07-10T22:34:56Z ${Buffer.from('TOKEN_TTL=3600\nPASSWORD_MIN_LENGTH=12\n').toString('base64')}`],
    ['rotate.patch', '-DB_PASSWORD=${DB_PASSWORD}\n+DB_PASSWORD=${DB_PASSWORD:?}'],
    ['k8s.yaml', 'passwordKey: mysql-root-password'],
  ]);
});

test('identity and auth configs: ASP.NET setting paths, bind passwords, TACACS+, RADIUS, LDIF, Ory, IdentityServer, Kong, piped passwords', () => {
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  expectFound([
    ['appsettings.json', `{\n  "Authentication:Github:ClientId": "Iv1.${rand(16, HEX)}",\n  "Authentication:Github:ClientSecret": "${rand(40, HEX)}"\n}`],
    ['secrets.txt', `Authentication:Github:ClientId = ${rand(20, HEX)}\nAuthentication:Github:ClientSecret = ${rand(40, HEX)}`],
    ['sssd.conf', `[domain/corp]\nldap_default_bind_dn = cn=sssd,dc=corp\nldap_default_authtok_type = password\nldap_default_authtok = ${pw()}`],
    ['LdapClient.java', `        env.put(Context.SECURITY_CREDENTIALS, "Glacier^Harvest!${rand(4, '23456789')}");`],
    ['login.sh', `vault write auth/approle/login \\\n    role_id=${uuid()} \\\n    secret_id=${uuid()}`],
    ['kdc.sh', `kadmin -p admin/admin@CORP.NET -w '${pw()}' -q "addprinc -randkey HTTP/web.corp.net"`],
    ['tac_plus.conf', `user = cdubois {\n    member = netadmins\n    login = cleartext "${rand(20)}"\n}`],
    ['tac_plus.conf', `key = "${rand(22)}"\naccounting file = /var/log/tac_plus.acct\ngroup = netadmins {\n}`],
    ['server', `#  server[:port]\tshared_secret      timeout (s)\n10.38.59.147:1812\t${rand(21)}\t3`],
    ['people.ldif', `dn: uid=farah,ou=People,dc=corp\nuserPassword:: ${Buffer.from(pw()).toString('base64')}\nshadowLastChange: 19060`],
    ['hydra.yml', `secrets:\n  system:\n    - ${rand(35)}\noidc:\n  subject_identifiers: {}`],
    ['kratos.yml', `secrets:\n  cookie:\n    - ${rand(32)}\n  cipher:\n    - ${rand(32)}`],
    ['Config.cs', `                ClientSecrets = { new Secret("${rand(40)}".Sha256()) },`],
    ['nightly.sh', `echo '${pw()}' | kinit svc-airflow@CORP.EU`],
    ['deploy.sh', `echo "${pw()}" | docker login registry.corp.net -u ci --password-stdin`],
    ['kong.yml', `consumers:\n- username: reporting\n  keyauth_credentials:\n  - key: ${rand(32)}\n  acls:\n  - group: partners`],
    ['core-sw06.cfg', `tacacs-server host 10.119.185.238 key ${pw()}`],
    ['realm.json', `      "credentials" : [\n        {\n          "type" : "password",\n          "value" : "${pw()}",\n          "temporary" : false\n        }\n      ]`],
  ]);
  expectQuiet([
    ['SecurityConfig.java', `User.withUsername("actuator").password("{bcrypt}$2a$10$${rand(53, B64.replace('+', '.'))}").roles("ACTUATOR").build()`],
    ['realm.json', `          "secretData" : "{\\"value\\":\\"${rand(86, BASE64)}==\\",\\"salt\\":\\"${rand(22, BASE64)}==\\",\\"additionalParameters\\":{}}",\n          "credentialData" : "{\\"hashIterations\\":27500,\\"algorithm\\":\\"pbkdf2-sha512\\",\\"additionalParameters\\":{}}"`],
    ['people.ldif', `userPassword:: ${Buffer.from(`{SSHA}${rand(32, BASE64)}`).toString('base64')}`],
    ['debian.pkr.hcl', `  shutdown_command = "echo 'vagrant' | sudo -S shutdown -P now"`],
    ['secrets.py', '    resp = sm.get_secret_value(SecretId="prod/db/admin")'],
    ['user.ldif', 'krblastpwdchange: 20230614123456Z'],
    ['devise.rb', '  config.reset_password_within = 6.hours'],
    ['config.yaml', 'deployment:\n  admin:\n    admin_key:\n      -\n        name: admin\n        key: edd1c9f034335f136f87ad84b625c8f1\n        role: admin'],
    ['kong.yml', "  keyauth_credentials:\n  - key: '{vault://env/mobile-app-apikey}'"],
    ['core-sw06.cfg', ` key 6 ${rand(30)}`],
    ['app.py', `    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY", b'_5#y2L"F4Q8z\\n\\xec]/')`],
  ]);
});

test('service code: env tag and schema defaults, Rust byte keys, key decoders, JJWT, NATS, Akka, Unleash and Split keys', () => {
  const b64 = () => Buffer.from(rand(32)).toString('base64');
  expectFound([
    ['config.go', `\tDBPassword string \`envconfig:"DB_PASSWORD" default:"${pw()}"\`\n`],
    ['config.go', `\tJWTSigningKey string \`env:"JWT_SIGNING_KEY" envDefault:"${b64()}"\`\n`],
    ['main.rs', `    #[arg(long, env = "FLEET_API_TOKEN", default_value = "${rand(40, HEX)}")]\n    pub api_token: String,`],
    ['env.ts', `  SESSION_SECRET: z.string().min(32).default('${rand(48)}'),`],
    ['auth.rs', `const JWT_SECRET: &[u8] = b"${rand(28)}";`],
    ['crypto.go', `var dataKey = mustB64("${b64()}")`],
    ['Crypto.java', `    private static final byte[] KEY = HexFormat.of().parseHex("${rand(64, HEX).toUpperCase()}");`],
    ['Issuer.java', `        this.key = Keys.hmacShaKeyFor(Decoders.BASE64.decode("${rand(86, BASE64)}=="));`],
    ['bus.go', `\t\tnats.Token("${rand(39)}"),`],
    ['bus.go', `\t\tnats.UserInfo("scheduler", "${pw()}"),`],
    ['Client.scala', `  headers = List(Authorization(BasicHttpCredentials("payments", "${pw()}")))`],
    ['client.rs', `    headers.insert("DD-API-KEY", HeaderValue::from_str("${rand(32, HEX)}")?);`],
    ['runtime.exs', `  otlp_headers: [{"x-honeycomb-team", "${rand(22)}"}]`],
    ['flags.ts', `  customHeaders: { Authorization: '*:production.${rand(56, HEX)}' },`],
    ['Flags.java', `    this.split = SplitFactoryBuilder.build("${rand(36, 'abcdefghijklmnopqrstuvwxyz0123456789')}", sc).client();`],
  ]);
  expectQuiet([
    ['config.go', '\tDBPassword string `envconfig:"DB_PASSWORD" required:"true"`\n'],
    ['config.go', '\tDBName string `envconfig:"DB_NAME" default:"risk_enginedb"`\n'],
    ['env.ts', "  LOG_LEVEL: z.string().default('info'),"],
    ['flags.ts', "  customHeaders: { Authorization: process.env.UNLEASH_API_TOKEN },"],
    ['flags.ts', "  customHeaders: { Authorization: 'default:development.unleash-insecure-api-token' },"],
    ['bus.go', '\t\tnats.Token(os.Getenv("NATS_TOKEN")),'],
  ]);
});

test('security tooling: clients given a server URL, tool command lines, secret files, cloud.auth, OSSEC keys, vendor defaults', () => {
  expectFound([
    ['hive.py', `api = TheHiveApi("http://thehive.corp.local:9000", "${rand(32, BASE64)}")`],
    ['scan.py', `tio = TenableIO("${rand(64, HEX)}", "${rand(64, HEX)}", vendor="corp")`],
    ['spiderfoot.cfg', `sfp_abuseipdb:api_key=\nsfp_shodan:api_key=${rand(32)}`],
    ['spray.log', `$ netexec smb 10.0.14.216 -u users.txt -p '${pw()}' --continue-on-success`],
    ['spray.log', `$ ./kerbrute passwordspray -d corp.local --dc 10.10.23.71 users.txt '${pw()}'`],
    ['.zsh_history', `: 1704393692:0;shodan init ${rand(32)}`],
    ['install.sh', `echo '${rand(32)}' > /etc/osquery/enroll.secret\nchmod 0600 /etc/osquery/enroll.secret`],
    ['filebeat.yml', `cloud.id: "siem:${rand(60, BASE64)}"\ncloud.auth: "elastic:${pw()}"`],
    ['client.keys', `001 !jump-01 192.168.30.37 ${rand(64, HEX)}\n002 db-02 any ${rand(64, HEX)}`],
  ]);
  expectQuiet([
    ['compose.yml', '      - bhe_database_connection=user=${POSTGRES_USER:-bloodhound} password=${POSTGRES_PASSWORD:-bloodhoundcommunityedition} dbname=bh'],
    ['docker-compose.yml', '      - API_USERNAME=wazuh-wui\n      - API_PASSWORD=MyS3cr37P450r.*-'],
    ['install.sh', 'echo "$ENROLL_SECRET" > /etc/osquery/enroll.secret'],
    ['install.sh', "echo 'done' > /var/log/install.log"],
    ['filebeat.yml', 'cloud.auth: "${ES_USER}:${ES_PASSWORD}"'],
    ['hive.py', 'api = TheHiveApi("http://thehive.corp.local:9000", os.environ["HIVE_KEY"])'],
  ]);
});

test('game development: Unreal TEXT literals, decoded key fields, +options, steamcmd logins, Godot presets, p4 tickets, raw Basic keys', () => {
  const b64 = () => Buffer.from(rand(32)).toString('base64');
  expectFound([
    ['BackendClient.cpp', `const FString BackendApiKey = TEXT("${rand(32)}");`],
    ['SaveCrypto.cs', `    private static readonly byte[] Key = Convert.FromBase64String("${b64()}");`],
    ['start.bat', `RustDedicated.exe -batchmode +server.port 28015 +rcon.port 28016 +rcon.password "${rand(16)}" +rcon.web 1`],
    ['upload.bat', `"%STEAMCMD%" +login grimspire_builder "${pw()}" +run_app_build "%SCRIPTS%\\app_build_5843030.vdf" +quit`],
    ['start.sh', `./cs2 -dedicated +map de_nuke +sv_setsteamaccount ${rand(32, HEX).toUpperCase()} +exec server.cfg`],
    ['export_presets.cfg', `keystore/release="res://../keystores/game.keystore"\nkeystore/release_user="game"\nkeystore/release_password="${pw()}"`],
    ['.p4tickets', `ssl:perforce.corp.io:1666=kasia:${rand(32, HEX).toUpperCase()}\nlocalhost:1666=kasia:${rand(32, HEX).toUpperCase()}`],
    ['build.sh', `curl -H "Authorization: Basic ${rand(32, HEX)}" "https://build-api.cloud.unity3d.com/api/v1/orgs/1/projects"`],
    ['token.ts', `  appId: '${rand(32, HEX)}',\n  appCertificate: '${rand(32, HEX)}',`],
    ['sync.sh', `export ROBLOSECURITY='_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_${rand(300, HEX).toUpperCase()}'`],
  ]);
  expectQuiet([
    ['Auth.go', '\tsigningKey = []byte(k)'],
    ['catalog.json', `{"m_KeyDataString":"${rand(196, BASE64)}","m_BucketDataString":"${rand(120, BASE64)}"}`],
    ['export_presets.cfg', 'keystore/release_password=""'],
    ['start.bat', 'RustDedicated.exe +server.port 28015 +rcon.password "%RCON_PASSWORD%" +rcon.web 1'],
    ['upload.sh', '"$STEAMCMD" +login "$STEAM_USER" "$STEAM_PASS" +run_app_build app.vdf +quit'],
  ]);
});

test('scientific computing: R assignments, setter functions, clients with a server URL, mc aliases, Spack pairs, auth constructors', () => {
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  expectFound([
    ['export.R', `token <- "${rand(32, HEX).toUpperCase()}"\nformData <- list("token" = token, content = "record")`],
    ['fetch.R', `set_entrez_key("${rand(36, HEX)}")`],
    ['galaxy.py', `gi = GalaxyInstance(url="https://usegalaxy.eu", key="${rand(32, HEX)}")`],
    ['sync.sh', `mc alias set lab https://minio.lab.edu ${rand(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')} ${rand(40)} --api S3v4`],
    ['mirrors.yaml', `mirrors:\n  cache:\n    url: s3://lab-spack-cache/v22\n    access_pair: [${rand(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}, ${rand(40)}]`],
    ['lims.py', `benchling = Benchling(url="https://lab.benchling.com", auth_method=ApiKeyAuth("sk_${rand(30)}"))`],
    ['mp.py', `with MPRester("${rand(32)}") as mpr:`],
    ['query.py', `api = APIWrapper("labkey.lab.science", "Project/Data", use_ssl=True, api_key="apikey|${rand(32, HEX)}")`],
    ['.cdsapirc', `url: https://cds.climate.copernicus.eu/api\nkey: 129878:${uuid()}`],
  ]);
  expectQuiet([
    ['plot.R', 'token <- Sys.getenv("REDCAP_TOKEN")'],
    ['plot.R', 'x <- -1'],
    ['galaxy.py', 'gi = GalaxyInstance(url="https://usegalaxy.eu", key=os.environ["GALAXY_KEY"])'],
    ['flags.ts', `const client = new StatsigClient("client-${rand(43)}", user);`],
    ['.netrc', 'machine e4ftl01.cr.usgs.gov login dtanaka password <earthdata password>'],
    ['secret.enc.yaml', `kind: Secret\napiVersion: v1\nmetadata:\n  name: hub\nstringData:\n  DB_PASSWORD: ENC[AES256_GCM,data:${rand(24, BASE64)},iv:${rand(43, BASE64)}=,tag:${rand(22, BASE64)}==,type:str]`],
  ]);
});

test('exports: meeting passcodes are notes, folded calendar lines, chat "pw for X is", KeePass exports, Bitwarden ciphers', () => {
  expectFound([
    ['invite.ics', `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:Workshop\\n\\nWi-Fi for the room:\\nWi-Fi network: Ironbark\\nPasswo\r\n rd: ${pw()}\r\nEND:VEVENT\r\nEND:VCALENDAR`],
    ['chat.txt', `[16/09/2024, 13:20:38] Leah Costa: wifi pw for Wildmere Office is nutmeg.vortex${rand(4, '23456789')}`],
    ['export.xml', `<Entry>\n  <String>\n    <Key>Password</Key>\n    <Value ProtectInMemory="True">${pw()}</Value>\n  </String>\n</Entry>`],
  ]);
  expectQuiet([
    ['invite.eml', `Join Zoom Meeting\nhttps://us06web.zoom.us/j/77266449730?pwd=${rand(30)}.1\n\nMeeting ID: 772 6644 9730\nPasscode: ${rand(8)}`],
    ['invite.eml', `Teams: Meeting ID 951 130 068 015, Passcode ${rand(7)}`],
    ['db.xml', `<String>\n  <Key>Password</Key>\n  <Value Protected="True">${rand(24, BASE64)}</Value>\n</String>`],
    ['bitwarden.json', `{ "login": { "password": "2.${rand(22, BASE64)}==|${rand(44, BASE64)}|${rand(43, BASE64)}=" } }`],
  ]);
  // The passcode is still shown, one step down, with the reason.
  assert.deepEqual(levels('invite.eml', `Meeting ID: 772 6644 9730\nPasscode: q${rand(3, '23456789')}Wb${rand(3, 'abcdefghjkmnpqrstuvwxyz')}`).map(([, l]) => l), ['note']);
});

test('Go SDK pointer helpers and Azure shared key credentials hold their literal', () => {
  expectFound([
    ['main.go', `\t\tPassword:          pulumi.String("${pw()}"),`],
    ['main.go', `\tinput := &rds.CreateDBInstanceInput{MasterUserPassword: aws.String("${pw()}")}`],
    ['Storage.cs', `var cred = new StorageSharedKeyCredential("acmeprod", "${rand(86, BASE64)}==");`],
  ]);
  expectQuiet([
    ['main.go', '\t\tPassword: pulumi.String(cfg.Require("dbPassword")),'],
    ['main.go', '\t\tPassword: pulumi.ToSecret(pulumi.String(os.Getenv("DB_PASSWORD"))),'],
    ['Storage.cs', 'var cred = new StorageSharedKeyCredential(accountName, accountKey);'],
  ]);
});

test('web3: hot wallet keys in env fallbacks, hex amounts and addresses, documented dev mnemonics', () => {
  expectFound([
    ['deploy.py', `PRIVATE_KEY = os.getenv("HOT_WALLET_KEY", "0x${rand(64, HEX)}")`],
    ['keygen.txt', 'Save this seed phrase and your BIP39 passphrase to recover your new keypair:\nmerry alcohol express polar shoe dish head follow dance mean final sugar'],
    ['relayer.sh', 'echo "old icon manage fault spring chef climb awake acid tumble material marriage" | gaiad keys add relayer --recover'],
    ['wallet.txt', 'Secret phrase:       fade match seminar adapt firm isolate velvet horse mixed face claim senior'],
  ]);
  expectQuiet([
    ['merkle.json', `{\n  "merkleRoot": "0x${rand(64, HEX)}",\n  "tokenTotal": "0x${rand(20, HEX)}"\n}`],
    ['tokens.ts', `export const TOKEN_ADDRESS = "0x${rand(40, HEX)}";`],
    ['wallets.ts', '// Ganache default\nexport const DEV_MNEMONIC = "myth like bonus scare over problem client lizard pioneer submit female collect";'],
  ]);
});

test('legacy enterprise and data tools: RACF, SAP GUI scripts, hdbuserstore, mkstore, ABAP LENGTH; their encrypted forms and references stay quiet', () => {
  expectFound([
    ['racf.jcl', `  ALTUSER OPSAUTO PASSWORD(${rand(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}) NOEXPIRED`],
    ['login.vbs', `session.findById("wnd[0]/usr/pwdRSYST-BCODE").text = "${pw()}"`],
    ['refresh.sh', `$HDBCLIENT/hdbuserstore SET BACKUPKEY hana01.corp.int:30015@SYSTEMDB BACKUP_OP "${pw()}"`],
    ['wallet.sh', `mkstore -wrl $WALLET -createCredential EBSPRD apps '${pw()}' <<EOF`],
    ['zupload.abap', `CONSTANTS: lc_pwd   TYPE c LENGTH 30 VALUE '${rand(14)}',`],
  ]);
  expectQuiet([
    ['security.xml', `<authDataEntries alias="Cell01/db2ds" userId="wasapp" password="{aes}${rand(60, BASE64)}"/>`],
    ['Default.properties', `DB_Password=enc:routine.encryption.key.v1:${rand(40, BASE64)}`],
    ['nifi.properties', `nifi.security.keystorePasswd=${rand(22, BASE64)}||${rand(60, BASE64)}\nnifi.security.keystorePasswd.protected=aes/gcm/256`],
    ['flow.xml', `<property><name>Password</name><value>enc{${rand(96, HEX).toUpperCase()}}</value></property>`],
    ['README.md', 'gpg --keyserver keys.openpgp.org --recv-keys 24A1FAD93546FCD63C905716153AEA247C612D17'],
    ['droplet.tf', '  ssh_keys = ["f4:9b:a6:ac:27:1c:19:ce:81:12:36:2f:f6:b2:a8:de"]'],
    ['wp_users.sql', `INSERT INTO \`wp_users\` (\`user_login\`, \`user_pass\`) VALUES ('admin','$P$B${rand(30, B64.replace('+', '.'))}');`],
    ['create_user.sql', "define app_pwd = '&1'\nCREATE USER etl_loader IDENTIFIED BY \"&app_pwd\";"],
    ['network.yml', "snmp_priv_pass: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/network/snmp:priv') }}\""],
    ['eos.cfg', `enable password sha512 $6$${rand(16)}$${rand(86, B64.replace('+', '.'))}`],
  ]);
  assert.deepEqual(levels('content.js', `const client = contentful.createClient({\n  space: '${rand(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}',\n  accessToken: '${rand(43)}',\n});`).map(([, l]) => l), ['note']);
});

test('network monitoring: snmpwalk keys, Nagios plugins, Junos and FortiOS set commands, net-snmp users, syslog-ng', () => {
  expectFound([
    ['history.txt', `$ snmpwalk -v3 -l authPriv -u prometheus -a SHA -A '${pw()}' -x AES -X '${pw()}' core-sw13 IF-MIB::ifDescr`],
    ['nrpe.cfg', `command[check_radius]=/usr/lib/nagios/plugins/check_radius -H 172.24.207.186 -u nagios_probe -p '${pw()}'`],
    ['ipsec.set', `set security ike policy IKE-POL pre-shared-key ascii-text "${pw()}"`],
    ['fw.conf', `config vpn ipsec phase1-interface\n    edit "to-dc2"\n        set psksecret "${pw()}"\n    next\nend`],
    ['snmptrapd.conf', `createUser -e 0x800000090306f5778e1c0d grafana SHA "${pw()}" AES "${pw()}"`],
    ['syslog-ng.conf', `destination d_http { http(url("https://logs.corp.dev") user("ingest") password("${pw()}")); };`],
  ]);
  expectQuiet([
    ['fw.conf', 'config system global\n    set hostname "fw09"\n    set admin-sport 8443\nend'],
    ['fw.conf', `    set password ENC ${rand(60, BASE64)}`],
    ['history.txt', '$ check_tcp -H db01 -p 5432'],
    ['release.tcl', `package require sha256\nset expected ${rand(64, HEX)}`],
  ]);
});

test('legacy integration: Oracle descriptors and EBS scripts, DB2 CONNECT, FTP scripts and logs, job cards, adapter XML', () => {
  const upper = () => rand(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
  expectFound([
    ['report.sh', `CONN='rpt_user/${pw()}@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=oradb.dc1.int)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ebsprd)))'\nsqlplus -s "$CONN" @kpi.sql`],
    ['start.sh', `. /u01/applmgr/EBSapps.env run\n./adstrtal.sh apps/${pw()}`],
    ['runbook.txt', `FNDCPASS apps/${pw()} 0 Y system/${pw()} SYSTEM APPLSYS ${pw()}`],
    ['runstats.sh', `db2 connect to CRMDB user dwhload using '${pw()}'`],
    ['push.ftp', `open ftp01.corp.int\nsa_dwh\n${pw()}\nbinary\nlcd D:\\interfaces\\out\nmput *.xml\nbye`],
    ['send.sh', `ftp -n <<EOF\nopen ftp01.corp.int\nuser edi_out ${pw()}\nput orders.dat\nbye\nEOF`],
    ['FTPJOB.jcl', `//FTPSTEP  EXEC PGM=FTP,PARM='ftpp01.prod.int (EXIT'\n//INPUT    DD *\nmfbatch\n${upper()}\nascii\nput 'FINP.STMTS' statements.txt\nquit`],
    ['ftpbatch.log', `ftpbatch[17551]: >>> USER edi_out\nftpbatch[3251]: <<< 331 Password required\nftpbatch[27893]: >>> PASS ${rand(13)}\nftpbatch[10521]: <<< 230 Login successful.`],
    ['PAYROLL.jcl', `//PAYX JOB (EQ8B,WEEKLY),'PAYROLL EXTRACT',CLASS=A,\n//             USER=FINBAT2,PASSWORD=${upper()}\n//STEP010  EXEC PGM=DSNUTILB`],
    ['sm37.bat', `start "" %SAPSHCUT% -system=ECP -client=100 -user=LMORALES -pw=${pw()} -language=EN -command=SM21`],
    ['backup.sh', `pmrep connect -r REP_PRD -d Dom_ETL01 -n etl_deploy -x '${pw()}'`],
    ['run.bat', `pmcmd startworkflow -sv IS_PRD -d Dom_INFA_PROD -u Administrator -p ${pw()} -f FIN_DWH -wait wf_emp_delta`],
    ['channel.xml', `<AdapterSpecificAttribute>\n  <Name>authPassword</Name>\n  <Value>${pw()}</Value>\n</AdapterSpecificAttribute>`],
    ['Package.dtsx', `<DTS:Variable DTS:Namespace="User" DTS:ObjectName="SftpPassword">\n  <DTS:VariableValue DTS:DataType="8">${pw()}</DTS:VariableValue>\n</DTS:Variable>`],
    ['bindings.xml', `<TransportTypeData>&lt;CustomProps&gt;&lt;UserName vt="8"&gt;dwh_prd&lt;/UserName&gt;&lt;Password vt="8"&gt;${pw()}&lt;/Password&gt;&lt;/CustomProps&gt;</TransportTypeData>`],
    ['bindings.xml', `<AdapterConfig vt="8">&amp;lt;Config&amp;gt;&amp;lt;password&amp;gt;${pw()}&amp;lt;/password&amp;gt;&amp;lt;/Config&amp;gt;</AdapterConfig>`],
    ['Export.lss', `Dim session As New NotesSession\nCall session.Initialize("${pw()}")`],
    ['DominoExport.java', `Session s = NotesFactory.createSession("domino1.prod.corp:63148", "Jo Admin/Northpine", "${pw()}");`],
    ['Sync.cs', `var conn = Connect("10.20.1.5", "CORP\\\\svc_sync", "${pw()}");`],
  ]);
  expectQuiet([
    ['report.sh', 'CONN="$DB_USER/$DB_PASS@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db1)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=orcl)))"'],
    ['start.sh', './adstrtal.sh apps/$APPS_PWD'],
    ['runstats.sh', 'db2 connect to SAMPLE user db2inst1 using $DB2PASS'],
    ['embed.sqc', 'EXEC SQL CONNECT TO :dbname USER :userid USING :passwd;'],
    ['fetch.ftp', 'open ftp.gnu.org\nanonymous\nguest@gnu.org\nbinary\nget README'],
    ['ftp.log', '---> USER anonymous\n331 Please specify the password.\n---> PASS XXXX\n230 Login successful.'],
    ['PAY.jcl', "//PAYJOB JOB (ACCT),'PAY',CLASS=A,\n//             USER=FINBAT2,PASSWORD=&PWD"],
    ['sm37.bat', 'start "" sapshcut.exe -system=ECP -user=%USERNAME% -pw=%SAP_PW% -language=EN'],
    ['run.bat', 'pmcmd startworkflow -sv IS_PRD -d Dom -u Administrator -pv INFA_PWD -f FIN wf_x'],
    ['channel.xml', '<AdapterSpecificAttribute><Name>authPassword</Name><Value>${SFTP_PASSWORD}</Value></AdapterSpecificAttribute>'],
    ['policy.xml', '<Key>PasswordPolicy</Key><Value>Strict-Complex-14</Value>'],
    ['Package.dtsx', '<DTS:Variable DTS:ObjectName="SftpPassword">\n  <DTS:VariableValue DTS:DataType="8"></DTS:VariableValue>\n</DTS:Variable>'],
    ['bindings.xml', '&lt;Password vt="8"&gt;********&lt;/Password&gt;'],
    ['help.html', '<p>Replace &lt;password&gt; with the value from &lt;secret-store&gt;.</p>'],
    ['Export.lss', 'Call session.Initialize(password)'],
  ]);
});

test('backends as a service: Hasura HMAC keys, PocketBase superusers, SDK sign-ins; ciphertext, doc samples and references stay quiet', () => {
  expectFound([
    ['.env', `HASURA_GRAPHQL_JWT_SECRET={"type":"HS256","key":"${rand(46)}","claims_namespace":"https://hasura.io/jwt/claims"}`],
    ['docker-compose.yml', `      HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS512","key":"${rand(64)}"}'`],
    ['setup.sh', `./pocketbase superuser upsert admin@harborview.dev '${pw()}'`],
    ['seed.js', `await pb.collection('_superusers').authWithPassword('admin@northwind.dev', '${pw()}');`],
    ['e2e.ts', `await signInWithEmailAndPassword(auth, 'qa@corp.dev', '${pw()}');`],
  ]);
  expectQuiet([
    ['crypto.js', `const iv = '${rand(24, HEX)}:${rand(64, HEX)}';`],
    ['theme.js', `// ghost theme settings\nconst cipher = '${rand(24, HEX)}:${rand(64, HEX)}';`],
    ['.env', 'HASURA_GRAPHQL_JWT_SECRET={"type":"RS256","key":"-----BEGIN PUBLIC KEY-----\\nMIIBIjANBg..."}'],
    ['.env', 'HASURA_GRAPHQL_JWT_SECRET={"type":"HS256","key":"${JWT_KEY}"}'],
    ['README.md', '# WordPress: create an application password under Users > Profile; it looks like "abcd EFGH 1234 ijkl MNOP 5678"'],
    ['dump.py', 'wp_hexdump = "0a1b 2c3d 4e5f 6a7b 8c9d 0e1f"'],
    ['setup.sh', './pocketbase superuser upsert admin@corp.dev "$PB_ADMIN_PASSWORD"'],
    ['login.js', "await pb.collection('users').authWithPassword(email, password);"],
  ]);
});

test('mail sent in base64 or quoted-printable is read decoded; an attachment is left as it is', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64').replace(/.{76}/g, '$&\n');
  const key = `AKIA${rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
  const mail = (enc: string, body: string) => `From: Mei <mei@corp.dev>\nSubject: S3 access\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: ${enc}\n\n${body}\n`;
  const found = reported('s3.eml', mail('base64', b64(`here you go - access key ${key}\r\nsecret ${rand(40, BASE64)}\r\nplease don't put it in the wiki\r\n`)));
  assert.deepEqual(found.map((f) => f.ruleId), ['aws-access-key-id', 'generic-secret-config-directive']);
  // The finding points into the body as it was sent, and never shows the value.
  assert.equal(found[0].start.line, 6);
  assert.ok(!JSON.stringify(found).includes(key));
  const password = pw();
  // A soft line break splits the word that says what follows.
  const qp = mail('quoted-printable', `Hi Jo,\n\nthe new wifi pass=\nword is ${password.replace('!', '=21')} for the of=\nfice.\n`);
  assert.deepEqual(reported('wifi.eml', qp).map((f) => f.ruleId), ['generic-password-chat']);
  expectQuiet([
    ['photo.eml', `From: a@corp.dev\nContent-Type: multipart/mixed; boundary="b1"\n\n--b1\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\n${b64(String.fromCharCode(...Array.from({ length: 300 }, (_, i) => (i * 151 + 7) % 256)))}\n--b1--`],
    ['note.eml', mail('base64', b64('Lunch on Friday? The password policy meeting moved to 3pm.\r\n'))],
  ]);
});

test('telephony, SaaS and storage look-alikes stay quiet: SIP HA1 digests, shipped defaults, ids and public keys', () => {
  expectQuiet([
    ['sip.conf', `[7001]\ntype=friend\nmd5secret=${rand(32, HEX)}\nhost=dynamic`],
    ['pjsip.conf', `[didww-auth]\ntype=auth\nauth_type=md5\nusername=17025550199\nmd5_cred=${rand(32, HEX)}`],
    ['pjsip.conf', `[auth]\nusername=marco\nha1=${rand(32, HEX)}\nalgorithm=MD5`],
    ['freepbx.conf', "$amp_conf['AMPDBPASS'] = 'amp109';"],
    ['kamailio.cfg', '#!define DBURL "mysql://kamailio:kamailiorw@localhost/kamailio"'],
    ['connected-app.xml', `<oauthConfig>\n  <consumerKey>3MVG9${rand(80, BASE62 + '._')}</consumerKey>\n</oauthConfig>`],
    ['vector.toml', '[secret.aws]\ntype = "aws_secrets_manager"\nsecret_id = "prod-eu1/vector"'],
    ['metricbeat.yml', `cloud.id: "logs-prod:${Buffer.from(`eu-west-1.aws.found.io:443$${rand(32, HEX)}$${rand(32, HEX)}`).toString('base64')}"`],
    ['hbs3.json', `{\n  "access_key": "${rand(20, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}",\n  "secret_key": "\${HBS_SECRET}"\n}`],
    ['nifi.properties', `nifi.sensitive.props.key=${rand(22, BASE64)}==||${rand(64, BASE64)}`],
    ['fr.yml', 'fr:\n  devise:\n    passwords:\n      send_instructions: "Mot de passe oublié ?"'],
  ]);
  // AWS's own access key ids are still found under the same name.
  assert.deepEqual(reported('hbs3.json', `{ "access_key": "AKIA${rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}" }`).map((f) => f.ruleId), ['aws-access-key-id']);
  // Public by design: notes that say so.
  const notes = (path: string, text: string) => levels(path, text).map(([, l]) => l);
  assert.deepEqual(notes('amplitude.ts', `import * as amplitude from "@amplitude/analytics-browser";\n\nconst AMPLITUDE_API_KEY = "${rand(32, HEX)}";\namplitude.init(AMPLITUDE_API_KEY);`), ['note']);
  assert.deepEqual(notes('client.js', `window.TrelloPowerUp.initialize({\n  'card-badges': badges,\n}, {\n  appKey: '${rand(32, HEX)}',\n  appName: 'Activity',\n});`), ['note']);
  assert.deepEqual(notes('config.js', `// The app key is public: it identifies the integration.\nconst appKey = '${rand(32, HEX)}';`), ['note']);
});

test('whole-line values: a Django key holding `=` and `(`, a YAML value starting with `-`', () => {
  expectFound([
    ['settings.ini', '[integrations]\nsecret_key = qntu9qhs!(m0^#apw)6-y6n2_vm1q+yulq84ebc==a210pk@mo'],
    ['settings.yaml', `app:\n  client_secret: -${rand(39)}`],
  ]);
  expectQuiet([
    ['app.properties', 'auth.query=user=alice;token=${TOKEN}'],
    ['flags.yaml', 'app:\n  token_flag: -verbose'],
  ]);
});

test('automation scripts: Jenkins credentials, VBScript drives, XMLHTTP logins, Perl FTP, AppleScript, Robot Framework, expect transcripts, Nagios macros, Tcl Basic', () => {
  expectFound([
    ['add-cred.groovy', `def c = new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "nexus-deploy", "nexus-deploy (created 2025-11-15)", "deployer", "${pw()}")`],
    ['logon.vbs', `objNetwork.MapNetworkDrive "S:", "\\\\fs-eu4.corp.dev\\shared", False, "CORP\\svc_backup", "${pw()}"`],
    ['sync.bas', `http.Open "GET", url, False, "ines@corp.dev", "${pw()}"`],
    ['fetch.pl', `$ftp->login('partner30', '${pw()}') or die 'login: ', $ftp->message;`],
    ['maint.scpt', `set adminPass to "${pw()}"\ndo shell script "periodic daily" user name "admin" password adminPass with administrator privileges`],
    ['export.robot', `*** Variables ***\n\${USERNAME}        robot.user@corp.dev\n\${PASSWORD}        ${pw()}`],
    ['sync.log', `expect: does "edi@jump's password: " (spawn_id exp6) match glob pattern "assword:"? yes\nexpect: set expect_out(0,string) "assword:"\nsend: sending "${pw()}\\r" to { exp6 }`],
    ['resource.cfg', `$USER1$=/usr/local/nagios/libexec\n$USER3$=monitor\n$USER4$=${pw()}`],
    ['poll.tcl', `set auth "Basic [base64::encode -maxlen 0 svc-ingest:${pw()}]"`],
    ['logstash.conf', `output {\n  elasticsearch {\n    cloud_auth => "elastic:${pw()}"\n  }\n}`],
    ['flow.txt', `WebAutomation.PopulateTextField.PopulateTextFieldUsePhysicalKeyboard BrowserInstance: Browser Control: appmask['Web Page \\'Login\\'']['Input password \\'password\\''] Text: $'''${pw()}''' Mode: WebAutomation.PopulateTextMode.Replace`],
  ]);
  expectQuiet([
    ['add-cred.groovy', 'def c = new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "nexus", "nexus", "deployer", env.NEXUS_PASSWORD)'],
    ['maint.scpt', 'set adminPass to text returned of (display dialog "Password:" default answer "" with hidden answer)'],
    ['export.robot', '*** Variables ***\n${PASSWORD}        %{PORTAL_PASSWORD}'],
    ['resource.cfg', '$USER1$=/usr/local/nagios/libexec\n$USER3$=monitor\n$USER5$=/usr/local/nagios/libexec/eventhandlers'],
    ['sync.log', 'expect: does "login: " (spawn_id exp6) match glob pattern "login:"? yes\nsend: sending "deploy\\r" to { exp6 }'],
    ['poll.tcl', 'set auth "Basic [base64::encode -maxlen 0 $user:$pass]"'],
    ['req.js', "xhr.open('GET', url, true);"],
  ]);
});

test('desktop, mail and ops files: SASL maps, Deluge auth, OBS keys, TURN logins, --user and -u/-p logins; their look-alikes stay quiet', () => {
  expectFound([
    ['sasl_passwd', `[smtp.migadu.com]:587 lena@corp.dev:${pw()}`],
    ['auth', `localclient:${rand(40, HEX)}:10\nyara:${pw()}:10`],
    ['service.json', `{"type":"rtmp_common","settings":{"service":"YouTube - RTMPS","server":"rtmps://a.rtmps.youtube.com:443/live2","key":"${rand(4)}-${rand(4)}-${rand(4)}-${rand(4)}-${rand(4)}"}}`],
    ['iceServers.ts', `export const ICE = [\n  { urls: ['turn:turn.corp.dev:3478?transport=udp'],\n    username: 'agent-desk',\n    credential: '${pw()}',\n  },\n];`],
    ['docker-compose.yml', `    command:\n      - --lt-cred-mech\n      - --user=meet:${pw()}`],
    ['backup.sh', `AUTH="-ubackup -p'${pw()}'"\nmysqldump $AUTH --all-databases > all.sql`],
    ['.mbsyncrc', `IMAPAccount mailbox\nHost imap.mailbox.org\nUser wendy@mailbox.org\nPass W1n7er?7tk.`],
    ['pull.bat', `plink.exe -ssh -batch -P 22 -pw ${pw()} farid@%REMOTE% "tar czf /tmp/site.tgz /srv/site"`],
    ['backup.bat', `net use Z: \\\\NAS\\bkp /user:CORP\\backup "${pw()}" /persistent:no`],
    ['mirror.lftp', `open ftp://mx1.corp.dev\nuser bkpuser "${pw()}"\nmirror --reverse --delete /var/www/html /backup/www`],
  ]);
  expectQuiet([
    ['sasl_passwd', '[smtp.corp.dev]:587 lena@corp.dev:${SMTP_PASSWORD}'],
    ['iceServers.ts', "export const ICE = [{ urls: ['turn:turn.corp.dev:3478'], username, credential: await fetchTurnCredential() }];"],
    ['docker-compose.yml', '    user: 1000:1000\n    command: --user=1000:1000'],
    ['turnserver.conf', `user=meet:0x${rand(32, HEX)}`],
    ['backup.sh', 'mysql -u root -p mydb < dump.sql'],
    ['backup.sh', 'mysql -u "$DB_USER" -p"$DB_PASS" mydb'],
    ['winscp.ini', `[Configuration\\Security]\nUseMasterPassword=1\nMasterPasswordVerifier=${rand(96, HEX).toUpperCase()}\n[Sessions\\deploy@web]\nUserName=deploy\nPassword=${rand(96, HEX).toUpperCase()}`],
    ['web.remmina', `[remmina]\nname=web\nserver=10.0.0.5\npassword=${rand(22, BASE64)}==`],
    ['config.json', `{\n  "encryptedKey": "${rand(192, HEX)}",\n  "mediaPermissions": true\n}`],
    ['nzbget.conf', 'ControlUsername=nzbget\nControlPassword=tegbzn6789'],
    ['storage.js', "const STORAGE_KEY = 'todos-vuejs-2.0';"],
    ['automations.yaml', '  trigger:\n    - platform: webhook\n      webhook_id: garage_door_opened_notify'],
    ['resume.txt', 'Pass the salt.'],
    ['pull.bat', 'plink.exe -ssh -batch -pw %SSH_PASSWORD% farid@%REMOTE% uptime'],
    ['backup.bat', 'net use Z: \\\\NAS\\bkp /user:CORP\\backup %NAS_PASSWORD% /persistent:no'],
    ['backup.bat', 'net use Z: \\\\NAS\\bkp /user:CORP\\backup * /persistent:no'],
  ]);
});

test('industrial and IoT: salted digests stay quiet; device shells and dynsec clients are read', () => {
  expectFound([
    ['provision.txt', `uart:~$ settings set golioth/psk-id dock9@corp\nuart:~$ settings set golioth/psk ${rand(24)}\nuart:~$ kernel reboot cold`],
    ['dynsec.sh', `$CTRL createClient meter-bank -p '${pw()}'`],
  ]);
  expectQuiet([
    ['dynamic-security.json', `{\n  "clients": [{\n    "username": "rtu-07",\n    "password": "${rand(86, BASE64)}==",\n    "salt": "${rand(16, BASE64)}",\n    "iterations": 101\n  }]\n}`],
    ['credentials.xml', `<users>\n  <user>\n    <name>historian</name>\n    <password>${rand(22, BASE64)}==:${rand(86, BASE64)}==</password>\n  </user>\n</users>`],
    ['provision.txt', 'uart:~$ settings set golioth/psk-id dock9@corp'],
    ['dynsec.sh', '$CTRL createClient meter-bank -p "$METER_PASSWORD"'],
  ]);
});

test('firmware and GitOps: Yocto users, PPP secrets, wpa psk paths, ThingsBoard-style tokens; ciphers, SSH key blobs, escaped hashes and Argo CD hashes stay quiet', () => {
  expectFound([
    ['local.conf', `INHERIT += "extrausers"\nEXTRA_USERS_PARAMS = "\\\n    usermod -P '${pw()}' root; \\\n"`],
    ['chap-secrets', `# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\tIP addresses\n"dsl123@provider.de"\t*\t"${pw()}"\t*`],
    ['system.cfg', `wpasupplicant.profile.1.network.1.key_mgmt.1.name=WPA-PSK\nwpasupplicant.profile.1.network.1.psk=${rand(22)}`],
    ['config.h', '#define TB_ACCESS_TOKEN  "AGU3b9UVQRdgyiOutyMy"'],
    ['pix-query.xml', `<wsse:UsernameToken>\n  <wsse:Username>pix</wsse:Username>\n  <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${pw()}</wsse:Password>\n</wsse:UsernameToken>`],
  ]);
  expectQuiet([
    ['nvr.xml', `<User>\n  <Name>admin</Name>\n  <Password encrypt="AES-256-GCM" keyId="a5ba44c5">${rand(64, BASE64)}</Password>\n</User>`],
    ['system.cfg', `sshd.auth.key.1.value=AAAAC3NzaC1lZDI1NTE5AAAAI${rand(43, BASE64)}`],
    ['local.conf', `PASSWD = "\\$6\\$${rand(16)}\\$${rand(86, B64.replace('+', '.'))}"\nEXTRA_USERS_PARAMS = "usermod -p '\${PASSWD}' root;"`],
    ['wpa_supplicant.conf', 'network={\n\tssid="site"\n\tkey_mgmt=WPA-PSK\n\tpsk=ext:wlan0_psk\n}'],
    ['argocd-secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: argocd-secret\nstringData:\n  admin.password: $2a$10$${rand(53, B64.replace('+', '.'))}`],
    ['pull-secret.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: eyJhdXRocyI6e319'],
    ['local.conf', 'EXTRA_USERS_PARAMS = "useradd -P /opt/sysroot builder;"'],
    ['pix-query.xml', `<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${rand(27, BASE64)}=</wsse:Password>`],
    ['users.yml', '# Only password *hashes* are stored here (argon2id). Plain passwords are issued via the password manager.'],
  ]);
});

test('workspace administration: WLAN profiles with clear keys, SecureStrings made from a variable; encrypted GCDS values and token identifiers stay quiet', () => {
  expectFound([
    ['CORP-WIFI.xml', `<sharedKey>\n  <keyType>passPhrase</keyType>\n  <protected>false</protected>\n  <keyMaterial>${pw()}</keyMaterial>\n</sharedKey>`],
    ['Remediate.ps1', `$account = "corpadmin"\n$plain   = "${pw()}"\n$secure  = ConvertTo-SecureString $plain -AsPlainText -Force\nNew-LocalUser -Name $account -Password $secure`],
  ]);
  expectQuiet([
    ['CORP-WIFI.xml', `<sharedKey>\n  <keyType>passPhrase</keyType>\n  <protected>true</protected>\n  <keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB${rand(200, HEX).toUpperCase()}</keyMaterial>\n</sharedKey>`],
    ['Remediate.ps1', '$plain = Read-Host "Password"\n$secure = ConvertTo-SecureString $plain -AsPlainText -Force'],
    ['gcds.xml', `<authCredentialsEncrypted>${rand(64, BASE64)}</authCredentialsEncrypted>`],
    ['signin.json', `{\n  "tokenIssuerType": "AzureAD",\n  "uniqueTokenIdentifier": "${rand(22, BASE64URL)}"\n}`],
  ]);
});

test('serverless: Postman API-key auth is read; values left to set by hand and masked values stay quiet', () => {
  expectFound([
    ['api.postman_collection.json', `{\n  "auth": {\n    "type": "apikey",\n    "apikey": [\n      { "key": "value", "value": "${rand(40)}", "type": "string" },\n      { "key": "key", "value": "x-api-key", "type": "string" }\n    ]\n  }\n}`],
  ]);
  expectQuiet([
    ['api.postman_collection.json', '{\n  "auth": {\n    "type": "apikey",\n    "apikey": [\n      { "key": "value", "value": "{{API_KEY}}", "type": "string" }\n    ]\n  }\n}'],
    ['ssm.tf', 'resource "aws_ssm_parameter" "db_password" {\n  name  = "/app/db_password"\n  type  = "SecureString"\n  value = "set-manually"\n  lifecycle { ignore_changes = [value] }\n}'],
    ['.env.shared', `TELEGRAM_BOT_TOKEN="8651438949:***"\nHF_TOKEN="hf_***${rand(4)}"`],
  ]);
});

test('pentest notes: FreeRDP /p:, rdesktop and the AD tools take -p in clear; variables and stand-ins stay quiet', () => {
  expectFound([
    ['notes.sh', `xfreerdp /v:10.0.6.48 /u:fandersen /d:CORP /p:'${pw()}' /cert:ignore +clipboard`],
    ['notes.sh', `bloodhound-python -u fandersen -p '${pw()}' -d corp.example.se -ns 10.0.23.223 -c All --zip`],
    ['notes.sh', `GetUserSPNs.py -request -dc-ip 10.0.23.223 corp.local/fandersen -p ${pw()}`],
  ]);
  expectQuiet([
    ['notes.sh', 'xfreerdp /v:host /u:bob /p:$RDP_PASS /cert:ignore'],
    ['notes.sh', "bloodhound-python -u bob -p '<password>' -d corp.local -c All"],
    ['notes.sh', 'certipy find -u bob@corp.local -p "$PASS" -dc-ip 10.0.0.1'],
  ]);
});

test('Kubernetes Secrets: files carried in data are read decoded, in both key orders; an empty registry config and a clean file stay quiet', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const hook = `https://hooks.slack.com/services/T${rand(10, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}/B${rand(10, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}/${rand(24)}`;
  const manifest = (key: string, value: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: alertmanager\ntype: Opaque\ndata:\n  ${key}: ${value}`;
  const cert = b64(`-----BEGIN CERTIFICATE-----\n${rand(64, BASE64)}\n${rand(64, BASE64)}\n-----END CERTIFICATE-----\n`);
  const got = reported('secret.yaml', manifest('alertmanager.yaml', b64(`global:\n  slack_api_url: '${hook}'\nroute:\n  receiver: slack\n`)));
  assert.equal(got[0]?.ruleId, 'slack-webhook', 'a Slack webhook inside a Secret\'s alertmanager.yaml is reported as what it is');
  // The finding spans the base64 value as written, and never shows the decoded text.
  assert.equal(got[0].start.line, 7);
  assert.ok(!got[0].masked.includes(hook.slice(40)));
  expectFound([
    ['registry.yaml', manifest('.dockerconfigjson', b64(JSON.stringify({ auths: { 'registry.corp.dev': { username: 'ci', password: pw() } } })))],
    // `kubectl get secret -o yaml` sorts the keys: a decoded certificate above must not hide the token below.
    ['sa.yaml', `apiVersion: v1\ndata:\n  ca.crt: ${cert}\n  token: ${b64(jwt({ iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:ci:deployer' }))}\nkind: Secret\nmetadata:\n  name: deployer-token\ntype: kubernetes.io/service-account-token`],
  ]);
  expectQuiet([
    ['registry.yaml', manifest('.dockerconfigjson', b64(JSON.stringify({ auths: { 'registry.corp.dev': { username: 'ci', password: '${REGISTRY_PASSWORD}' } } })))],
    ['alertmanager.yaml', manifest('alertmanager.yaml', b64('global:\n  resolve_timeout: 5m\nroute:\n  receiver: "null"\n'))],
    ['ca.yaml', manifest('ca.crt', cert)],
  ]);
});

test('curl takes -u at the end of a cluster of short options (-su, -fsSLu)', () => {
  expectFound([['check.md', `curl -su prometheus:${pw()} https://srv14.chi2:9100/metrics | head`]]);
  expectQuiet([['check.md', 'curl -su "prometheus:$EXPORTER_PASSWORD" https://srv14.chi2:9100/metrics']]);
});

test('hosting scripts: requests auth tuples, HTTPSocket logins, lftp open -u and acme.sh saved values are read; nginx upstreams stay quiet', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  expectFound([
    ['list-domains.py', `AUTH = ("admin", "${pw()}")\nr = requests.get(url, auth=AUTH, timeout=60)`],
    ['dns.php', `$sock = new HTTPSocket;\n$sock->connect('ssl://da.corp.dev', 2222);\n$sock->set_login('kestrel', '${pw()}');`],
    ['deploy.sh', `lftp -c "set ftp:ssl-force true;\nopen -u alpine6,'${pw()}' ftp.corp.dev;\nmirror --reverse ./build /public_html;\nbye"`],
    ['account.conf', `ACCOUNT_EMAIL='ops@corp.dev'\nSAVED_DA_Api='__ACME_BASE64__START_${b64(`https://admin:${pw()}@da.corp.dev:2222`)}__ACME_BASE64__END_'\nSAVED_DA_Api_Insecure='1'`],
  ]);
  expectQuiet([
    ['list-domains.py', 'AUTH = ("admin", os.environ["VM_PASSWORD"])'],
    ['dns.php', "$sock->set_login('kestrel', getenv('DA_LOGIN_KEY'));"],
    ['account.conf', `SAVED_DA_Api='__ACME_BASE64__START_${b64('https://da.corp.dev:2222')}__ACME_BASE64__END_'`],
    ['site.conf', 'location ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n    uwsgi_pass unix:///run/uwsgi/app.sock;\n}'],
  ]);
});

test('VPN configs: pre-shared keys in tunnel sheets, VyOS paths, IOS isakmp keys and RADIUS blocks, L2TP PSKs and expect blocks are read', () => {
  expectFound([
    ['vpn-1234.txt', `#1: Internet Key Exchange Configuration\n\n  - IKE version              : IKEv2\n  - Authentication Method    : Pre-Shared Key\n  - Pre-Shared Key           : ${rand(32, BASE62 + '._')}\n  - Authentication Algorithm : sha1`],
    ['mail.eml', `Peer IP (ours):       109.37.19.244\nIKE version:          IKEv2\nPre-shared key:       ${rand(32)}\n\nPlease confirm once the tunnel is up.`],
    ['vyos.conf', `set vpn ipsec site-to-site peer 80.221.108.145 authentication mode pre-shared-secret\nset vpn ipsec site-to-site peer 80.221.108.145 authentication pre-shared-secret '${pw()}'`],
    ['router.cfg', `crypto isakmp policy 10\n authentication pre-share\ncrypto isakmp key ${rand(32, BASE64)} address 37.199.203.66\n!`],
    ['router.cfg', `radius server NPS\n address ipv4 172.24.123.173 auth-port 1812 acct-port 1813\n key ${rand(17)}\n!`],
    ['Deploy-Vpn.ps1', `Add-VpnConnection -Name 'HQ VPN' -ServerAddress $server -TunnelType L2tp \`\n    -L2tpPsk '${rand(64, HEX)}' -AuthenticationMethod MSChapv2 -Force`],
    ['vpn.exp', `spawn sudo openconnect --user=hiro remote.corp.dev\nexpect {\n    "Accept this certificate*" { send "yes\\r"; exp_continue }\n    "Password:" { send "${pw()}\\r" }\n}`],
  ]);
  expectQuiet([
    ['vpn-1234.txt', '  - IKE version              : IKEv2\n  - Authentication Method    : Pre-Shared Key\n  - Authentication Algorithm : sha1'],
    ['router.cfg', `crypto isakmp key 6 ${rand(40, BASE64)} address 37.199.203.66\nradius server NPS\n address ipv4 172.24.123.173\n key 6 ${rand(40, BASE64)}`],
    ['Deploy-Vpn.ps1', "Add-VpnConnection -Name 'HQ VPN' -ServerAddress $server -TunnelType L2tp -L2tpPsk $env:VPN_PSK -Force"],
    ['vpn.exp', 'expect {\n    "Password:" { send "$env(VPN_PASSWORD)\\r" }\n}'],
  ]);
});

test('VPN configs: public keys, file references, Terraform references and stored digests stay quiet', () => {
  expectQuiet([
    ['par-sin.conf', `conn zrh-link\n    authby=rsasig\n    leftrsasigkey=0sAwEAA${rand(300, BASE64)}\n    rightrsasigkey=0sAwEAA${rand(300, BASE64)}`],
    ['nodes.txt', `mkey:${rand(64, HEX)}\nnodekey:${rand(64, HEX)}\ndiscokey:${rand(64, HEX)}`],
    ['tailscale-join.service', "ExecStart=/bin/sh -c 'tailscale up --auth-key=file:%d/ts-authkey --hostname=%H'"],
    ['vpn.txt', 'resource "aws_vpn_connection" "waw" {\n  tunnel1_preshared_key = var.tunnel1_psk\n  tunnel2_preshared_key = var.tunnel2_psk\n}'],
    ['authorize', `qokafor\tSSHA2-512-Password := "${rand(86, BASE64)}="\n\tFramed-IP-Address = 10.22.0.194,\nkkaur\tNT-Password := "${rand(32, HEX)}"`],
    ['vpn_server.config', `\tdeclare VirtualHUB\n\t{\n\t\tbyte HashedPassword ${rand(27, BASE64)}=\n\t\tbyte SecurePassword ${rand(27, BASE64)}=\n\t\tbyte AuthNtLmSecureHash ${rand(22, BASE64)}==\n\t\tbyte AuthPassword ${rand(27, BASE64)}=\n\t}`],
  ]);
  // SoftEther's PlainPassword is the password in base64, even when it is a digest's size (20 bytes).
  expectFound([['vpn_server.config', `\tdeclare VirtualHUB\n\t{\n\t\tbyte HashedPassword ${rand(27, BASE64)}=\n\t\tbyte PlainPassword ${Buffer.from(pw() + 'Harbor7').toString('base64')}\n\t}`]]);
});

test('chat bots: an SDK\'s Authorization key is read; alert dedup keys, user-id lists and shipped defaults stay quiet', () => {
  expectFound([['page.py', `conf = opsgenie_sdk.configuration.Configuration()\nconf.api_key["Authorization"] = '${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-9${rand(3, HEX)}-${rand(12, HEX)}'`]]);
  expectQuiet([
    ['webhook.json', `{"event": {"data": {"type": "incident", "incident_key": "${rand(32, HEX)}", "dedup_key": "${rand(32, HEX)}"}}}`],
    ['bin/hubot', 'export HUBOT_AUTH_ADMIN=U0V2QF5TQS1T,U0R5HRCK4M'],
    ['config.json', '{"SqlSettings": {"DataSource": "postgres://mmuser:mostest@localhost:5432/mattermost_test?sslmode=disable"}}'],
    ['report.py', 'API_KEY = os.environ.get("PD_API_KEY", "y_NbAkKc66ryYTWUXYEu")'],
  ]);
  // A DayZ server's passwordAdmin is the admin's password, not a list of admins.
  expectFound([['serverDZ.cfg', `passwordAdmin = "${pw()}";         // Password to become a server admin`]]);
});

test('mobile release scripts: keychain and .p12 passphrases, altool passwords, Matchfile Basic credentials and base64-wrapped key files are read', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const pem = `-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASC${rand(64, BASE64)}\\n${rand(64, BASE64)}\\n-----END PRIVATE KEY-----\\n`;
  const wrapped = b64(JSON.stringify({ type: 'service_account', project_id: 'corp-release', private_key_id: rand(40, HEX), private_key: pem }, null, 2)).replace(/(.{76})/g, '$1\n');
  expectFound([
    ['install-signing.sh', `security import "$RUNNER_TEMP/dist.p12" -P "${pw()}" -A -t cert -f pkcs12 -k "$KEYCHAIN"`],
    ['upload.sh', `xcrun altool --upload-app -f "build/App.ipa" -t ios \\\n  -u "release@corp.dev" \\\n  -p "${rand(4, 'abcdefghijkmnopqrstuvwxyz')}-${rand(4, 'abcdefghijkmnopqrstuvwxyz')}-${rand(4, 'abcdefghijkmnopqrstuvwxyz')}-${rand(4, 'abcdefghijkmnopqrstuvwxyz')}"`],
    ['Matchfile', `git_url("https://github.com/corp/ios-certificates.git")\ngit_basic_authorization("${b64(`ci-bot:${pw()}`)}")`],
    ['notes.md', `$ base64 key.json\n${wrapped}\n$ gcloud auth activate-service-account --key-file key.json`],
    // A remark above one key does not speak for the next key below it.
    ['.env.prod', `# search-only key, public by design (ACL: search)\nALGOLIA_SEARCH_KEY="${rand(32, HEX)}"\nAGORA_APP_CERTIFICATE=${rand(32, HEX)}`],
  ]);
  expectQuiet([
    ['install-signing.sh', 'security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"\nsecurity import "$RUNNER_TEMP/dist.p12" -P "$P12_PASSWORD" -A -k "$KEYCHAIN"'],
    ['upload.sh', 'xcrun altool --upload-app -f build/App.ipa -t ios \\\n  -u "$APPLE_ID" \\\n  -p "@keychain:AC_PASSWORD"'],
    // A certificate in wrapped base64 decodes to DER, not text: left as it is.
    ['cert.txt', `$ base64 cert.der\n${rand(76, BASE64)}\n${rand(76, BASE64)}\n${rand(40, BASE64)}==`],
  ]);
});

test('mobile app configs: public client keys, purchase tokens, deep links and pipe-separated lists stay quiet', () => {
  expectQuiet([
    ['Info.plist', `\t<key>FirebaseAPIKey</key>\n\t<string>AIza${rand(35, BASE64URL)}</string>`],
    ['ROConstants.h', `static NSString * const kROFirebaseAPIKey = @"AIza${rand(35, BASE64URL)}";`],
    ['strings.xml', `<string name="firebase_api_key" translatable="false">AIza${rand(35, BASE64URL)}</string>`],
    ['env.json', `{\n  "MIXPANEL_TOKEN": "${rand(32, HEX)}"\n}`],
    ['appcenter-config.json', `// android/app/src/main/assets/appcenter-config.json\n{\n  "app_secret": "${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-8${rand(3, HEX)}-${rand(12, HEX)}"\n}`],
    ['rtdn.json', `{\n  "subscriptionNotification": {\n    "purchaseToken": "${rand(24, 'abcdefghijklmnopqrstuvwxyz')}.AO-J1O${rand(120, BASE64URL)}"\n  }\n}`],
    ['send.sh', `  -d '{\n    "notification": { "title": "Sale" },\n    "data": { "deeplink": "rookpass://orders/48291" }\n  }'`],
    ['PUSH.md', `| Key ID | \`${rand(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}\` |\n| Key file | \`AuthKey_${rand(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}.p8\` (1Password) |\n| SHA-256 of key file | \`${rand(64, HEX)}\` |`],
  ]);
});

test('payments: HSM keys, builder secret keys and PayPal NVP logins are read; keys under an LMK, state servers, sample credentials and repeated logins stay quiet', () => {
  expectFound([
    ['dukpt.json', `{\n  "dukpt": {\n    "bdkId": "${rand(8, HEX).toUpperCase()}",\n    "bdk": "${rand(32, HEX).toUpperCase()}",\n    "bdkKcv": "${rand(6, HEX).toUpperCase()}"\n  }\n}`],
    ['Pay.cs', `var api = CheckoutSdk.Builder().StaticKeys().SecretKey("${rand(40)}").Build();`],
  ]);
  expectQuiet([
    ['dukpt.json', `{\n  "dukpt": {\n    "bdkId": "${rand(8, HEX).toUpperCase()}",\n    "bdkUnderLmk": "U${rand(32, HEX).toUpperCase()}"\n  }\n}`],
    ['web.config', '<sessionState mode="StateServer" stateConnectionString="tcpip=10.250.49.57:42424" timeout="20" />'],
    ['sdk_config.ini', 'acct1.UserName = sdk-three_api1.sdk.com\nacct1.Password = QFZCWN5HZM8VBG7Q\nacct1.Signature = A-IzJhZZjhg29XQ2qnhapuwxIDzyAZQ92FRP5dqBzVesOkzbdUONzmOU'],
    ['.pgpass', '127.0.0.1:6543:*:pgbouncer:pgbouncer'],
    ['checkout.js', `const worldpay = { clientKey: process.env.WORLDPAY_CLIENT_KEY || 'L_C_${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-8${rand(3, HEX)}-${rand(12, HEX)}' };`],
  ]);
});

test('mail servers: clear schemes, authinfo, passwd.client, DSNs, OpenSMTPD tables, app passwords and hand-made Basic logins are read', () => {
  const app = () => 'vecjysrreatfyxdz'.split('').map(() => rand(1, 'abcdefghijklmnopqrstuvwxyz')).join('');
  expectFound([
    ['users', `vikram@corp.dev:{PLAIN}${pw()}:5000:5000::/var/vmail/corp.dev/vikram::`],
    ['authinfo', `AuthInfo:smtp.gmail.com "U:freya@gmail.com" "P:${app()}" "M:PLAIN"`],
    ['passwd.client', `### target.mail.server.example:login:password\nsmtp.zoho.eu:hello@corp.dev:${pw()}`],
    ['exim.conf', `hide mysql_servers = localhost/mail/vmail/${pw()}`],
    ['secrets', `gmail info@corp.dev:${pw()}`],
    ['50-user', `@lookup_sql_dsn = (\n    ['DBI:mysql:database=amavis;host=127.0.0.1;port=3306', 'amavis', '${pw()}'],\n);`],
    ['.bash_history', `echo -n 'marco@corp.dev:${pw()}' | base64`],
    ['getmailrc', `[retriever]\ntype = SimpleIMAPSSLRetriever\nserver = imap.mail.yahoo.com\nusername = imeyer@yahoo.com\npassword = ${app()}`],
  ]);
  expectQuiet([
    ['users', `julia@corp.dev:{SHA512-CRYPT}$6$${rand(16)}$${rand(86)}:5000:5000::/var/vmail/corp.dev/julia::`],
    ['KeyTable', 's1._domainkey.corp.dev corp.dev:s1:/etc/opendkim/keys/corp.dev/s1.private'],
    ['config.inc.php', "$config['des_key'] = 'rcmail-!24ByteDESkey*Str';"],
    ['.bash_history', "echo -n \"$SMTP_USER:$SMTP_PASS\" | base64"],
    ['getmailrc', 'password = internationalize'],
  ]);
});

test('CI logs: SSM parameters printed with their value, curl logins with = in the password, hand-edited settings.xml; runner short tokens stay quiet', () => {
  expectFound([
    ['job.log', `$ aws ssm get-parameter --name /api/prod/smtp_password --with-decryption\n{\n    "Parameter": {\n        "Name": "/api/prod/smtp_password",\n        "Type": "SecureString",\n        "Value": "${pw()}",\n        "Version": 12\n    }\n}`],
    ['job.log', `[2025-01-17T18:27:39.784Z] + curl -f -u webapp:Trombone=${pw()} --upload-file dist/app.tgz https://nexus.corp.dev/repository/raw/app.tgz`],
    ['job.log', `cat ~/.m2/settings.xml\n<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>svc_ci</username>\n      <password>R4v3n&${pw()}</password>\n    </server>\n  </servers>\n</settings>`],
  ]);
  expectQuiet([
    ['job.log', '{\n    "Parameter": {\n        "Name": "/api/prod/smtp_host",\n        "Type": "String",\n        "Value": "email-smtp.eu-west-1.amazonaws.com"\n    }\n}'],
    ['job.log', `CI_RUNNER_ID=41\nCI_RUNNER_SHORT_TOKEN=${rand(8)}\nCI_JOB_TOKEN=[MASKED]`],
    ['settings.xml', '<password>R4v3n&amp;${env.NEXUS_PASSWORD}</password>'],
  ]);
});

test('notebooks: a setter call inside a cell\'s JSON source is read through its escaped quotes', () => {
  expectFound([['tunnel.ipynb', `   "source": [\n    "from pyngrok import ngrok\\n",\n    "ngrok.set_auth_token(\\"${rand(27)}_${rand(21)}\\")"\n   ]`]]);
  expectQuiet([['tunnel.ipynb', '   "source": [\n    "ngrok.set_auth_token(os.environ[\\"NGROK_AUTHTOKEN\\"])"\n   ]']]);
});

test('ERP and front ends: ABAP values, Groovy-built Basic logins and passwords holding = are read; encrypted and public values stay quiet', () => {
  expectFound([
    ['zcl_sync.abap', `DATA: lv_pwd(30)  TYPE c VALUE '${pw()}',\n      lv_user(30) TYPE c VALUE 'van_casamo'.`],
    ['script.groovy', `def auth = "Basic " + "cpi_user:${pw()}".bytes.encodeBase64().toString()`],
    ['sapnwrfc.ini', `DEST=HAL\nUSER=SVC_HALV\nPASSWD=Candle=${pw()}`],
    ['data.xml', `<field name="smtp_pass">WalnutOtter=${rand(3, '23456789')}${pw()}</field>`],
  ]);
  expectQuiet([
    ['jdbj.ini', `[JDBj-BOOTSTRAP SESSION]\nuser=JDE\npassword=~${rand(43, BASE64)}=`],
    ['CustomSettings.config', `<add key="ProtectedDatabasePassword" value="${rand(172, BASE64)}" />`],
    ['appsweb.cfg', 'GUEST_USER_PWD=GUEST/ORACLE'],
    ['netsuite.log', `Authorization: OAuth realm="7408636_SB1",oauth_consumer_key="${rand(64, HEX)}",oauth_token="${rand(64, HEX)}",oauth_signature_method="HMAC-SHA256",oauth_nonce="${rand(20)}",oauth_signature="${rand(43, BASE64)}%3D"`],
    ['export.har', `"value": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify({ sub: 'freya@corp.dev', iat: 1713020684 })).toString('base64url')}.[signature removed]"`],
    ['.env', `# Statsig client SDK key (public)\nVITE_STATSIG_CLIENT_KEY=client-${rand(43)}`],
    ['build.sh', '# passed with --secret id=sentry,src=$HOME/.sentryclirc\ndocker build --secret id=sentry,src=.sentryclirc .'],
    ['compose.override.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: minio\ndata:\n  username: ${Buffer.from('minioadmin').toString('base64')}\n  password: ${Buffer.from('minioadmin').toString('base64')}`],
    ['vault.log', `secret_id_accessor=${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-8${rand(3, HEX)}-${rand(12, HEX)}`],
    ['pg.conf', 'max_connections:4 password_authentication:scram-sha-256'],
  ]);
});

test('secrets tooling: AppRole secret ids in any case, Bitwarden sessions, git-crypt keys, marketplace tokens, app-specific passwords and logins under AUTH are read; AWX placeholders, sealed values, method names and AWS secret names stay quiet', () => {
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-8${rand(3, HEX)}-${rand(12, HEX)}`;
  expectFound([
    ['jenkins.yaml', `credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - vaultAppRoleCredential:\n              roleId: "${uuid()}"\n              secretId: "${uuid()}"`],
    ['unlock.txt', `$ export BW_SESSION="${rand(86, BASE64)}=="`],
    ['ci.sh', `GIT_CRYPT_KEY_B64='AEdJVENSWVBUS0VZAAAAAgAAAAMAAAAEAAAAAAAAAAEAAAAg${rand(43, BASE64)}AAAAFAAAAQ${rand(86, BASE64)}AAAAA'`],
    ['publish.sh', `npx @vscode/vsce publish -p ${rand(52, 'abcdefghijklmnopqrstuvwxyz234567')}`],
    ['notarize.js', `    appleIdPassword: process.env.APPLE_APP_SPECIFIC_PASSWORD || '${['kqzp', 'tsxd', 'vbmh', 'rwjf'].join('-')}',`],
    ['ir.sh', `AXIS=10.0.0.5\nAUTH='root:${pw()}'\ncurl -s --digest -u "$AUTH" "http://$AXIS/axis-cgi/param.cgi"`],
  ]);
  expectQuiet([
    ['export.json', '{\n  "inputs": {\n    "username": "svc",\n    "password": "$encrypted$",\n    "become_password": "$encrypted$"\n  }\n}'],
    ['sealed.yaml', `spec:\n  encryptedData:\n    DB_PASSWORD: Ag${rand(400, BASE64)}==`],
    ['postgresql.conf', 'password_encryption = scram-sha-256'],
    ['sync.py', 'resp = sm.get_secret_value(SecretId="netsuite/6744543/tba")'],
    ['es.json', `{\n  "invalidated_api_keys": [ "${rand(20, BASE64URL)}" ]\n}`],
    ['local.settings.json', '{"ConnectionStrings": {"Cosmos": "AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="}}'],
    ['notarize.js', '    appleIdPassword: process.env.APPLE_APP_SPECIFIC_PASSWORD || \'some-word-here-okay\','],
  ]);
});

test('a URL\'s userinfo and host under an auth name is no login', () => {
  expectQuiet([['test.js', "    'host' : '127.0.0.1:8080',\n    'auth' : 'atpass:foo@bar',"]]);
});

test('a Google app password given as a directive with its spaces and a bridge key in a Hue URL are read; four words and the docs\' newdeveloper are not', () => {
  const four = () => rand(4, 'bcdfghjkmnpqrstvwxz');
  expectFound([
    ['.msmtprc', `account gmail\nhost smtp.gmail.com\nuser sam@gmail.com\npassword       ${four()} ${four()} ${four()} ${four()}`],
    ['presence.sh', `curl -s "http://172.16.10.187/api/${rand(40)}/sensors" | jq '.[] | .state'`],
  ]);
  expectQuiet([
    ['.msmtprc', 'password       ${GMAIL_APP_PASSWORD}'],
    ['notes.md', 'smtp_password: ship lake moon tree'],
    ['hue.md', 'curl http://192.168.1.2/api/newdeveloper/lights'],
  ]);
});

test('prose with "pass" before four short words is no app password', () => {
  expectQuiet([['LoopUnrollPass.h', '/// Loop unroll pass that only does full loop unrolling and peeling.']]);
});

test('game servers: Valve KeyValues, steamcmd logins continued over lines, and a key body that holds a mixed-case xXxX', () => {
  const body = Array.from({ length: 25 }, () => rand(64, B64));
  body[7] = body[7].slice(0, 20) + 'NxXxXb' + body[7].slice(26);
  // … and one that holds a lower-case `todo`, as one random 2048-bit body in a thousand does.
  const body2 = Array.from({ length: 25 }, () => rand(64, B64));
  body2[12] = body2[12].slice(0, 30) + 'QtodoZ' + body2[12].slice(36);
  expectFound([
    ['addons/sourcemod/configs/databases.cfg', `"Databases"\n{\n\t"sourcebans"\n\t{\n\t\t"driver"\t\t\t"mysql"\n\t\t"user"\t\t\t"sbpp"\n\t\t"pass"\t\t\t"${pw()}"\n\t}\n}`],
    ['update.sh', `STEAMCMD=/home/steam/steamcmd/steamcmd.sh\n$STEAMCMD +force_install_dir "$INSTALL_DIR" \\\n  +login ops_srv '${pw()}' \\\n  +app_update 2278520 validate \\\n  +quit`],
    ['key.pem', `-----BEGIN PRIVATE KEY-----\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQ${rand(14, B64)}\n${body.join('\n')}\n-----END PRIVATE KEY-----`],
    ['key2.pem', `-----BEGIN PRIVATE KEY-----\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQ${rand(14, B64)}\n${body2.join('\n')}\n-----END PRIVATE KEY-----`],
  ]);
  expectQuiet([
    ['addons/sourcemod/configs/databases.cfg', '"Databases"\n{\n\t"default"\n\t{\n\t\t"user"\t\t\t"root"\n\t\t"pass"\t\t\t""\n\t}\n}'],
    ['resource/gameui_english.txt', '"lang"\n{\n\t"Tokens"\n\t{\n\t\t"GameUI_Password"\t\t"Password"\n\t\t"GameUI_PasswordHint"\t"Enter the server password"\n\t}\n}'],
    ['update.sh', '$STEAMCMD +force_install_dir "$INSTALL_DIR" \\\n  +login anonymous \\\n  +app_update 896660 validate \\\n  +quit'],
    ['key.pem', `-----BEGIN PRIVATE KEY-----\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQ${rand(14, B64)}xxxx\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END PRIVATE KEY-----`],
  ]);
});

test('payments, installers and office IT: PINs, key components, signing passwords and the files admins keep', () => {
  const p = pw();
  const digits = () => rand(10, '0123456789').replace(/(\d)\1\1/g, '$17');
  expectFound([
    ['sign.py', `USER_PIN = "${digits()}"\nTOKEN_LABEL = "PAYSIGN01"`],
    ['HsmSigner.java', `    private static final String PARTITION_PIN = "${digits()}";`],
    ['signer.yaml', `signer:\n  pkcs11:\n    module: /usr/lib/libCryptoki2_64.so\n    slot: 3\n    pin: "${digits()}"\n    key_label: seal-2025`],
    ['tms.properties', `terminal.tmk=${rand(32, HEX).toUpperCase()}\nterminal.tmk.component.1=${rand(32, HEX).toUpperCase()}`],
    ['keys.xml', `<qbean name="visa-keys">\n  <property name="zpk.visa" value="${rand(32, HEX).toUpperCase()}" />\n</qbean>`],
    ['app.js', `app.use(session({\n  secret: ['${rand(8, 'abcdefghjkmnpqrstuvwxyz')}.${rand(6, 'abcdefghjkmnpqrstuvwxyz')}', '${rand(64, HEX)}'],\n}));`],
    ['.goreleaser.yaml', `signs:\n  - cmd: gpg\n    args:\n      - "--batch"\n      - "--passphrase"\n      - "${p}"\n      - "--detach-sign"`],
    ['agent.wxs', `<Property Id="SVCACCOUNT" Value="CORP\\svc-agent" />\n<Property Id="SVCPASSWORD" Value="${p}" Hidden="yes" />`],
    ['cred.xml', `<Props>\n  <S N="UserName">CORP\\sa-sql</S>\n  <S N="Password">${p}</S>\n</Props>`],
    ['nps.xml', `<Shared_Secret dt:dt="string">${p}</Shared_Secret>`],
    ['vpn.mobileconfig', `<key>SharedSecret</key>\n<data>\n${Buffer.from(p + 'x').toString('base64')}\n</data>`],
    ['zabbix.yaml', `      macros:\n        - macro: '{$SNMP_COMMUNITY}'\n          value: ${rand(13)}`],
    ['publish.sh', `aptly publish switch -batch -gpg-key=${rand(16, HEX).toUpperCase()} -passphrase="${p}" stable s3:apt: snap-1`],
    ['sign.cmd', `%SIGNTOOL% sign /f "%CERT%" /p ${p} /fd sha256 /tr %TSA% /td sha256 %%F`],
    ['join-ad.sh', `echo '${p}' | realm join --user=sa-join corp.lan`],
    ['join-ad.sh', `printf '%s' '${p}' | adcli join --domain=corp.lan --login-user=sa-join --stdin-password`],
    ['anydesk.cmd', `echo ${p}| "%ProgramFiles(x86)%\\AnyDesk\\AnyDesk.exe" --set-password`],
    ['sage.cmd', `CPAU.exe -u %COMPUTERNAME%\\support -p ${p} -ex "C:\\Program Files\\Sage\\sg50svc.exe" -lwp`],
    ['backup.cmd', `schtasks /create /tn "Nightly" /tr "C:\\backup.cmd" /sc daily /ru CORP\\backupsvc /rp ${p} /rl highest /f`],
    ['Bootstrap.ini', `[Default]\nUserID=mdt\nUserPassword=sparrow$af=1i${rand(2, '23456789')}.`],
    ['ticket.txt', `Hi Chloe,\nI've reset your password to: ${p}\nYou'll be asked to change it.`],
    ['printers.md', `- Web UI: https://10.1.60.86/  login **admin** / \`${p}\``],
    ['sparkle.yml', `          echo "${rand(43, B64)}=" > "$RUNNER_TEMP/sparkle_ed25519"`],
  ]);
  expectQuiet([
    ['pinpad.ts', 'const pin = "1234";'],
    ['keys.xml', `<property name="zpk.visa.lmk" value="U${rand(32, HEX).toUpperCase()}" />`],
    ['zabbix.yaml', "          details:\n            community: '{$SNMP_COMMUNITY}'"],
    ['zabbix.yaml', "        - macro: '{$SNMP_COMMUNITY}'\n          type: VAULT\n          value: 'secret/data/zabbix/printers:community'"],
    ['serverconfig.txt', '#Set the server password\n#password=p@55w0rd'],
    ['serverconfig.txt', `password=P4s5w0rd`],
    ['application.yaml', '    key-store-password: ${sm://gateway-keystore-password}\n    key-alias: mtls-client-2024'],
    ['mfp.ini', '[SMTP]\nSMTPAuthEmailAddress=scan@school.example.org\nSMTPAuthPassword=(set)'],
    ['.netrc', 'machine ftp.ebi.ac.uk login anonymous password anonymous\ndefault login anonymous password anaf6@'],
    ['redact.py', '_SECRET_FLAGS = {"/p", "-storepass", "--password", "-P", "--passphrase", "--api-key", "--token"}'],
    ['setup.iss', 'SignTool=signtool sign /f $q{#SourcePath}..\\certs\\{#SignPfx}$q /p {#SignPass} /fd sha256 $f'],
    ['values.yaml', '# upstream chart default admin password\nharborAdminPassword: "Harbor12345"'],
    ['issuer.yaml', `    externalAccountBinding:\n      keyID: ${rand(32, HEX)}\n      keySecretRef:\n        name: gts-eab\n        key: b64MacKey`],
    ['bootstrap-token.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: bootstrap-token-abcdef\ntype: bootstrap.kubernetes.io/token\nstringData:\n  token-id: abcdef\n  token-secret: 0123456789abcdef'],
    ['basic-auth.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: basic-auth\ntype: Opaque\ndata:\n  auth: ${Buffer.from(`ci:$apr1$${rand(8)}$${rand(22)}\npartner:$2a$10$${rand(53, BASE62)}\n`).toString('base64')}`],
    ['sign.yml', `          cat > cosign.key <<'EOF'\n          -----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n          ${rand(64, B64)}\n          ${rand(64, B64)}\n          -----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n          EOF`],
  ]);
});

test('a list named for something else holds no secrets: pygments\' token_variants', () => {
  expectQuiet([['int_fiction.py', "    token_variants = ['+i6t-not-inline', '+i6t-inline', '+i6t-use-option']"]]);
});

test('a login given positionally inside a notebook\'s JSON source, its quotes escaped', () => {
  expectFound([['survey.ipynb', `   "source": [\n    "gis = GIS(\\"https://org.maps.arcgis.com\\", \\"twrobel\\", \\"${pw()}\\")\\n",\n    "print(gis)\\n"\n   ]`]]);
  expectQuiet([['survey.ipynb', '   "source": [\n    "gis = GIS(\\"https://org.maps.arcgis.com\\", \\"twrobel\\", os.environ[\\"GIS_PW\\"])\\n"\n   ]']]);
});

test('terminal captures, Go and Rust services, ad tech and app-security files', () => {
  const p = pw();
  expectFound([
    ['session.log', `bnguyen@ws-705:~$ \x1b[?2004hSNOWSQL_PWD='${p}' snowsql -a acct -u INGEST_RW\x1b[?2004l`],
    ['cast.json', `[9.33, "o", "\\u001b[?2004hcurl -X POST -u tmuller:${rand(34, HEX)} https://jenkins.lan/job/x\\u001b[?2004l"]`],
    ['Makefile', `LDFLAGS := -s -w \\\n\t-X $(PKG)/internal/telemetry.apiKey=${rand(32)}`],
    ['main.go', `\tf.StringVarP(&o.Password, "password", "p", "${p}", "database password")`],
    ['main.rs', `            Arg::new("token")\n                .env("DD_API_KEY")\n                .default_value("${rand(32, HEX)}")`],
    ['session.rs', `fn session_key() -> Key {\n    Key::from(b"${rand(64)}")\n}`],
    ['settings.py', `FERNET_KEYS = [\n    "${rand(43, BASE64URL)}=",\n    # previous key, keep until re-encryption has finished\n    "${rand(43, BASE64URL)}=",\n]`],
    ['settings.py', `SECRET_KEY = config('SECRET_KEY', default='${p}${rand(20)}')`],
    ['settings.py', `    jwt_secret: str = Field(default="${rand(43, BASE64URL)}", alias="JWT_SECRET")`],
    ['dump.sql', `INSERT INTO \`wp_options\` VALUES (42151,'woocommerce_taxjar-integration_settings','a:2:{s:7:\\"enabled\\";s:3:\\"yes\\";s:9:\\"api_token\\";s:32:\\"${rand(32, HEX)}\\";}','yes');`],
    ['headcount.sh', `curl -sf -u "${rand(40, HEX)}:x" -H "Accept: application/json" https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory`],
    ['.netrc', `machine api.bamboohr.com\n  login ${rand(40, HEX)}\n  password x`],
    ['recon.py', `client.add_credentials("1109796512", "${rand(16, HEX).toUpperCase()}")`],
    ['chat.json', `"text": "CourtListener token is ${rand(40, HEX)} (same one the cron uses)",`],
    ['config.xml', `<zap>\n    <api>\n        <key>${rand(26, 'abcdefghijklmnopqrstuvwxyz0123456789')}</key>\n    </api>\n</zap>`],
    ['oxi.properties', `oxi.db.url=jdbc:oracle:thin:opera/${rand(16)}@opera-db2.example.net:1521:OPERA`],
    ['shell.log', `redis-prod.lan:6379> AUTH ${p}`],
    ['history', `ansible-vault encrypt_string '${p}' --name 'db_password' --vault-id stg@prompt`],
    ['history', `wpa_passphrase "Lab-AP-03" '${p}' | sudo tee -a /etc/wpa_supplicant/wpa_supplicant.conf`],
    ['history', `nmcli dev wifi connect Boardroom password ${p}`],
    ['history', `cqlsh cass-03.corp.example 9042 --ssl -u reporting -p '${p}'`],
    ['VertexRestClient.cs', `_http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "${Buffer.from(`svc_tax:${p}`).toString('base64')}");`],
  ]);
  expectQuiet([
    ['history', 'cqlsh localhost 9042 -u cassandra -p cassandra'],
    ['notes.txt', `Power-up API key is ${rand(32, HEX)}`],
    ['stack.json', '        "stageKeys": [\n                "768mbws5nx/production"\n        ]'],
    ['xonsh-history.json', ' "env": {\n  "SHELL": "xonsh"\n },\n "sessionid": "14063f93-c3ad-47e2-aca1-cc3950c472d2"'],
    ['env.txt', 'GITHUB_TOKEN=\nSSH_AUTH_SOCK=/tmp/ssh-nkBi1BllT7/agent.1362'],
    ['users.js', `credentials: {\n  'SCRAM-SHA-256': {\n    iterationCount: 15000,\n    salt: '${rand(40, B64)}',\n    storedKey: '${rand(43, B64)}=',\n    serverKey: '${rand(43, B64)}='\n  }\n}`],
    ['settings.py', "SOCIAL_AUTH_GITHUB_KEY = \"Ov23liloTnNEq5l1vgXM\""],
    ['Attribution.swift', `    static let appToken = "${rand(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}"`],
    ['graph.log', `GET /v19.0/me/adaccounts?access_token=EAAIr2…Xz2h&appsecret_proof=${rand(64, HEX)}`],
    ['Token.kt', '    static let featureFlags: Set<String> = ["boarding-pass-wallet", "seat-map-v2"]'],
    ['gds.ini', '[amadeus]\nws_password = @vault(gds/amadeus/ws)'],
    ['kiosk.service', 'LoadCredential=pms-api-key:/etc/credstore/kiosk-sync.pms-api-key'],
    ['sonar.properties', `sonar.jdbc.password={aes-gcm}${rand(44, B64)}`],
    ['server.xml', `<user name="admin" password="{hash}${rand(80, B64)}"/>`],
    ['mule.properties', `workday.password=![${rand(44, B64)}]`],
    ['app.rb', '    private_key: OpenSSL::PKey::RSA.new(File.read("key.pem")),'],
  ]);
});

test('CRM integrations, BI tools and vehicle platforms: found and quiet', () => {
  const p = pw();
  expectFound([
    ['ZendeskBridge.js', `rm.setBasicAuth('integration@corp.example', '${p}');`],
    ['extensions.xml', `<bns:field id="password" useDefault="false" usesEncryption="true" componentOverride="false" encryptedValueSet="false" value="${p}"/>`],
    ['sys_properties.xml', `<sys_properties action="INSERT_OR_UPDATE">\n<name>x_acme_crm.salesforce.client_secret</name>\n<read_roles/>\n<suffix>salesforce.client_secret</suffix>\n<sys_id>${rand(32, HEX)}</sys_id>\n<type>string</type>\n<value>${rand(64, HEX).toUpperCase()}</value>\n</sys_properties>`],
    ['Integration_Setting.md-meta.xml', `    <values>\n        <field>Api_Key__c</field>\n        <value xsi:type="xsd:string">${rand(64, HEX)}</value>\n    </values>`],
    ['freshdesk.postman_collection.json', `"auth": { "type": "basic", "basic": [ { "key": "password", "value": "X", "type": "string" }, { "key": "username", "value": "${rand(10)}7q${rand(8)}", "type": "string" } ] }`],
    ['reply.eml', `Hi,\n\nGorgias API key: ${rand(64, HEX)}\n\nThanks`],
    ['Jenkinsfile', `        SF_CLIENT_SECRET = '${rand(19, '123456789')}'`],
    ['publish.bat', `%TABCMD% login -s https://tableau.corp.example -t finance -u svc_tableau -p "${p}" --no-certcheck`],
    ['build.sh', `conan remote login -p '${p}' autosar ci-autosar`],
    ['webhook.js', `const SMARTCAR_AMT = '${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}'; // application management token`],
    ['notify.js', `const client = twilio('SK${rand(32, HEX)}', '${rand(32)}', { accountSid: 'AC${rand(32, HEX)}' });`],
    ['services.json', `"weather": {\n  "provider": "openweathermap",\n  "endpoint": "https://api.openweathermap.org/data/3.0/onecall",\n  "appid": "${rand(32, HEX)}"\n}`],
    ['platformio.ini', `[env:ota]\nupload_protocol = espota\nupload_port = 192.168.6.105\nupload_flags =\n  --port=3232\n  --auth=${p}`],
  ]);
  expectQuiet([
    ['snow.py', 'keyring.set_password("snowflake", user, pw)'],
    ['gateway.config', `<setting name="RecoveryKeyThumbprint" serializeAs="String"><value>${rand(40, HEX).toUpperCase()}</value></setting>`],
    ['process-conf.xml', `<entry key="sfdc.password" value="${rand(64, HEX)}"/>\n<entry key="process.encryptionKeyFile" value="/opt/dataloader/key.txt"/>`],
    ['sys_auth_profile_basic.xml', `<?xml version="1.0" encoding="UTF-8"?><unload unload_date="2024-07-05 11:27:56">\n<sys_auth_profile_basic action="INSERT_OR_UPDATE">\n<password>${rand(30, B64)}+${rand(13, B64)}/${rand(7, B64)}</password>\n</sys_auth_profile_basic>\n</unload>`],
    ['sfdx-auth.json', `{\n  "accessToken": "${rand(24, HEX)}:${rand(160, HEX)}",\n  "instanceUrl": "https://acme.my.salesforce.com",\n  "orgId": "00D${rand(15)}",\n  "refreshToken": "${rand(24, HEX)}:${rand(192, HEX)}"\n}`],
    ['gong.py', `GONG_ACCESS_KEY = "${rand(32, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}"  # key id only; the secret is in Secrets Manager`],
    ['capture.txt', `GET /ocpp/CP-1 HTTP/1.1\nSec-WebSocket-Key: ${rand(22, B64)}==\nSec-WebSocket-Version: 13`],
    ['config.yml', `account_id: ${rand(19, '123456789')}`],
    ['webhook.js', `const CACHE_NAME = '${rand(24)}'; // not a token`],
  ]);
});

test('mainframe jobs, execs, emulator macros and sign-ons: found and quiet', () => {
  const mf = () => `${rand(3, 'BCDFGHJKLMNPQRSTVWXZ')}${rand(2, '23456789')}${rand(1, '$#@')}${rand(2, 'BCDFGHJKLMNPQRSTVWXZ')}`;
  expectFound([
    ['ZOSMF.yaml', `host: prd1.zprod.corp.example\nuser: HB4828\npassword: ${mf()}`],
    ['NEWUSERS.rexx', `initpw = '${mf()}'   /* everyone gets this */`],
    ['XFER.rexx', `user   = 'remit013'\npw     = '${mf()}'\nqueue user pw`],
    ['site.yml', `  vars:\n    svc_initial_pw: ${mf()}`],
    ['ds.conf', `adminDN "cn=ldapadmin,o=corp"\nadminPW "${pw()}"`],
    ['attls.conf', `TTLSKeyringParms keyR_Server\n{\n  KeyringPw               ${pw()}\n}`],
    ['CONNPRM.cpy', `           05  CONNPRM-PSWD          PIC X(8)  VALUE '${mf()}'.`],
    ['CRMSYNC.cbl', `           05  WS-DB-PASS          PIC X(16) VALUE\n               '${pw()}'.`],
    ['pull.sh', `LTPA='${rand(200, B64)}'\ncurl -sk -b "LtpaToken2=$LTPA" https://zosmf.corp.example/zosmf/restfiles/ds/X`],
    ['NEWPW.clist', `SET &PW   = ${mf()}`],
    ['JOB.jcl', `//HRJ028   JOB (ACCT47),'PAY',CLASS=A,\n//             MSGLEVEL=(1,1),USER=HRXFER,PASSWORD=(${mf()},${mf()})`],
    ['endevor.sh', `EAUTH="--user SN4619 --password '${mf().replace('$', '@')}'"`],
    ['RACF.jcl', `  ADDUSER ENDVBLD NAME('AGENT') OWNER(SVCACCT) -\n          DFLTGRP(DB2GRP) PASSWORD(${mf()}) -`],
    ['CERT.jcl', `  RACDCERT ID(CICSPRD) ADD('CICSPRD.CERTS.PFX') -\n           WITHLABEL('CICS.TLS') PASSWORD('${pw()}') TRUST`],
    ['connauth.mqsc', `DEFINE AUTHINFO('USE.LDAP') AUTHTYPE(IDPWLDAP) +\n       LDAPPWD('${pw()}') +`],
    ['EOD.clp', `             ADDSVRAUTE USRPRF(EDIJOBS) SERVER(QDDMDRDASERVER) +\n                          USRID(QRYUSR) PASSWORD('${mf()}DQ')`],
    ['PTKT.jcl', `  RDEFINE PTKTDATA MQWEBAPP SSIGNON(KEYMASKED(${rand(16, HEX).toUpperCase()})) UACC(NONE)`],
    ['XFER.jcl', `//XFER010  EXEC PGM=FTP,REGION=0M,PARM='(EXIT TIMEOUT 120'\n//OUTPUT   DD SYSOUT=*\n//INPUT    DD *\nxfer.remit.example\nclmremit4 ${pw()}\nput 'EDI.OUT' remit.dat\nquit`],
    ['XFER2.jcl', `//XFER010  EXEC PGM=FTP\n//INPUT    DD *\nftp.partner.example\nclmremit2\n${mf()}\ncd /data/drop\nquit`],
    ['keys.sh', `runmqakm -keydb -create -db $KDB.kdb -pw '${pw()}' -type cms -stash`],
    ['export.sh', `ldapsearch -h ldap01.corp.example -p 389 \\\n  -D "cn=repl,o=corp" -w '${pw()}' \\\n  -b "ou=service,o=corp" "(objectclass=*)"`],
    ['MqFactory.java', `        cf.setStringProperty(WMQConstants.PASSWORD, "${pw()}");`],
    ['hec.sh', `curl -s https://splunk.corp.example:8088/services/collector/event -H "Authorization: Splunk ${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}"`],
    ['ca7q.sh', `x3270if 'String("LOGON MT7133")'\nx3270if 'Enter'\nx3270if 'Wait(InputField)'\nx3270if 'String("${mf().replace('$', '#')}")'`],
    ['wc3270.wc3270', `wc3270.loginMacro: String("TSO SN0228") Enter() Wait(InputField) String("${mf()}") Enter()`],
    ['trace.txt', `Connect(L:cpu2.corp.example:992)\nok\nString("DW2628")\nok\nEnter\nok\nString("${mf()}")`],
    ['logon.mac', `autECLSession.autECLPS.SendKeys "KR0159"\nautECLSession.autECLPS.WaitForString "Password", 0, 0, 10000\nautECLSession.autECLPS.SendKeys "${mf()}"`],
    ['cicssignon.mac', `    <screen name="Screen2">\n        <description><string value="Password" row="8" col="4" /></description>\n        <actions>\n            <input value="${mf()}[enter]" row="8" col="18" />`],
    ['cics.ebm', `Sess0.Screen.Sendkeys("CESN USERID=TWSUSR,PS=${mf()}<Enter>")`],
    ['session.log', `IKJ56400A ENTER LOGON OR LOGOFF-\nlogon px7341/${mf().toLowerCase()} reconnect`],
    ['CA7.jcl', `//SYSIN    DD *\n/LOGON CA7OPER,${mf()}\nDEMAND,JOB=GLX575N`],
    ['DWHDELTA.cdp', `dwhdelta process snode=CD.ZOS.QA01 snodeid=(NDMUSER,${mf()})`],
  ]);
  expectQuiet([
    ['useropts', 'USERNAME = "iwsops"\nPASSWORD = "ENCRYPT:Uek1UwCNLuOC1i/7Z9RsZ2bgT5y="'],
    ['lu.txt', 'USER=NDMUSER  NAME=DB2 CDB MAINT  OWNER=SVCACCT\n PASSWORD ENVELOPED=NO\n PHRASE ENVELOPED=NO'],
    ['docker-compose.yml', 'services:\n  db2:\n    secrets:\n      - db2inst1\nsecrets:\n  db2inst1:\n    file: ./secrets/db2inst1.txt'],
    ['ZMFJOBS.rexx', "call SetConnectOpt 'HWTH_OPT_SSLKEY', 'SMFARCH/ZOSMFCLIENT'"],
    ['tk4.md', '| user    | password |\n|---------|----------|\n| HERC01  | CUL8TR   |\n| HERC03  | PASS4U   |\n| IBMUSER | IBMPASS  |'],
    ['RACF.jcl', '  ALTUSER ENDVBLD PASSWORD(NOPASSWORD) NOEXPIRED'],
    ['db.ini', 'pw_hash = 5f4dcc3b5aa765d61d8327deb882cf99'],
  ]);
});

test('library systems, repositories and archives: found and quiet', () => {
  const p = pw();
  expectFound([
    ['database.pl', `$c->{dbuser} = 'research';\n$c->{dbpass} = '${p}';`],
    ['cfg.pl', `$c->{irstats2}->{'dbpass'} = '${p}';`],
    ['syn-settings.xml', `<config version='1' header='X-Islandora'>\n  <token user='alpaca' roles='fedoraAdmin'>${rand(32)}</token>\n</config>`],
    ['systempreferences.sql', `INSERT INTO \`systempreferences\` (\`variable\`, \`value\`, \`options\`, \`explanation\`, \`type\`) VALUES\n('SMSSendPassword','${rand(24)}',NULL,'Set the password for SMS::Send','Free'),\n('OPACUserCSS','',NULL,'CSS','free');`],
    ['upload.sh', `curl --location \\\n  --header "authorization: LOW ${rand(16)}:${rand(16)}" \\\n  --upload-file "$FILE" "http://s3.us.archive.org/$ITEM/x.pdf"`],
    ['reingest.sh', `curl -s -H "Authorization: ApiKey automation:${rand(40, HEX)}" "$SS/api/v2/file/x/"`],
    ['ephemeral.properties', `secureStore.type=Ephemeral\ntenants=gts,diku\n# format: tenant=username,password\ngts=edge-rtac,${p}`],
    ['sip.log', `2025-01-10 07:08:48 [22524] DEBUG raw read: 9300CNamh1|CO${rand(12)}|CPBR2|`],
    ['passwd', `# instance:username:password:database[:host]\nrcls-train:koha_rcls_train:${rand(20)}:koha_rcls_train`],
    ['user.txt', `::Ticket\nTimeValid 5\nSHA256 ${p}\nExpired; Deny expired.html\n/Ticket`],
    ['batch.txt', `AUTHENTICATE SECKEY:300:0.NA/20.500.54155\n${p}\n\nCREATE 20.500.54155/94132`],
  ]);
  expectQuiet([
    ['harvest.log', `2025-10-11 20:49:58,375 INFO  harvest.store wrote 80 records, resumptionToken=${rand(24)}`],
    ['od.js', `const COLLECTION_TOKEN = '${rand(13)}';   // public collection token returned by /v1/libraries/{id}`],
    ['config.rb', '## Set your database name and credentials here.  Example:\n##\n##  AppConfig[:db_url] = "jdbc:mysql://localhost:3306/archivesspace?user=as&password=Qz7ops!2x&useUnicode=true"'],
    ['security.json', `{\n  "authentication": {\n    "class": "solr.BasicAuthPlugin",\n    "credentials": {\n      "dspace": "${rand(43, B64)}= ${rand(43, B64)}="\n    }\n  }\n}`],
    ['borrowers.sql', `INSERT INTO borrowers (borrowernumber,userid,password,flags) VALUES\n(6321,'lchen74','$2a$08$${rand(53, B64.replace('+', '.'))}',0),\n(72620,'aokafor44','${rand(32, HEX)}',1);`],
  ]);
});

test('IoT fleets, firmware settings and device provisioning: found and quiet', () => {
  const p = pw();
  expectFound([
    ['derive_keys.sh', `ID_SCOPE="0ne0049EFE0"\nGROUP_PRIMARY_KEY="${rand(86, B64)}=="`],
    ['config.toml', `[provisioning.attestation]\nmethod = "symmetric_key"\nsymmetric_key = { value = "${rand(43, B64)}=" }`],
    ['prj.conf', `CONFIG_GOLIOTH_SAMPLE_PSK_ID="uav-168@fleet"\nCONFIG_GOLIOTH_SAMPLE_PSK="${rand(24)}"`],
    ['sdkconfig', `CONFIG_EXAMPLE_WIFI_SSID="Orchard-Mesh"\nCONFIG_EXAMPLE_WIFI_PASSWORD="${p}"`],
    ['settings.js', `module.exports = {\n    flowFile: 'flows.json',\n    credentialSecret: "${p}",\n}`],
    ['alma.js', `const WEBHOOK_SECRET = '${p}';`],
    ['mavinit.scr', `module load signing\nsigning setup ${p}\nsigning setup_hint`],
    ['README.md', `mosquitto_pub -d -q 1 -h "tb.corp.example" -p "1883" -t "v1/devices/me/telemetry" -u "${rand(20)}" -m '{"temperature":29}'`],
    ['term.log', `AT+DEVEUI=AC1F09FFFE7A6FBB\nOK\nAT+APPKEY=${rand(32, HEX).toUpperCase()}\nOK`],
    ['rebuild.sh', `cat > /etc/mosquitto/passwd <<'EOF'\ngw-north:${p}\nEOF\nmosquitto_passwd -U /etc/mosquitto/passwd`],
  ]);
  expectQuiet([
    ['ota.cpp', `static const char *OTA_PASSWORD_MD5 = "${rand(32, HEX)}";`],
    ['sas.py', '    sign_key = f"{urllib.parse.quote_plus(uri)}\\n{ttl}"'],
    ['prefs.txt', `#   "NodeKey": "nodekey:${rand(64, HEX)}",`],
    ['models.py', '    primary_key = "user_id"'],
    ['webhook.js', "const WEBHOOK_SECRET = 'webhook-secret-name';"],
  ]);
});

test('headless CMS, static site builds and their hooks: found and quiet', () => {
  const p = pw();
  expectFound([
    ['strapi.ts', `// full-access token for the build pipeline\nconst STRAPI_TOKEN =\n  "${rand(256, HEX)}";`],
    ['preview.js', `  const { secret, slug } = req.query\n  if (secret !== '${rand(24)}' || !slug) {\n    return res.status(401).json({ message: 'Invalid token' })\n  }`],
    ['rebuild.js', `const DEPLOY_HOOK = "https://api.cloudflare.com/client/v4/pages/webhooks/deploy_hooks/${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}";`],
    ['_headers', `https://staging--site.netlify.app/*\n  Basic-Auth: staging:${p}`],
    ['flow.json', `"headers": "[{\\"header\\":\\"X-Algolia-API-Key\\",\\"value\\":\\"${rand(32, HEX)}\\"},{\\"header\\":\\"X-Directus-Token\\",\\"value\\":\\"${rand(32)}\\"}]"`],
    ['gatsby-config.js', `    {\n      resolve: "gatsby-source-contentful",\n      options: {\n        spaceId: "1kba9m87m9wk",\n        accessToken: "${rand(43)}",\n      },\n    },`],
  ]);
  expectQuiet([
    ['shopify.ts', `// Storefront API *public* access token (unauthenticated_read_product_listings etc.).\n// Shopify documents this token type as safe for client-side use.\nconst domain = 'shop.myshopify.com'\nconst storefrontAccessToken = '${rand(32, HEX)}'`],
    ['hugo.toml', `[params.ghost]\n  # public Content API key (read-only, published posts only) - intended for client-side use\n  url = "https://ghost.example.org"\n  contentApiKey = "${rand(26, HEX)}"`],
    ['search.ts', `// Search-only API key (actions: ["documents:search"]).\n// It is embedded in the client bundle on purpose.\nexport const adapter = new TypesenseInstantSearchAdapter({\n  server: {\n    apiKey: '${rand(32)}',\n  },\n})`],
    ['docker-compose.yml', '    environment:\n      ADMIN_EMAIL: "admin@example.com"\n      ADMIN_PASSWORD: "d1r3ctu5"'],
    ['check.js', "if (token !== 'undefined') return next();"],
  ]);
});

test('trading bots, exchange keys and broker tokens: found and quiet', () => {
  const words = 'beauty hurt address bomb young hour arrive boost animal bag hill begin';
  expectFound([
    ['swap.py', `Account.enable_unaudited_hdwallet_features()\nacct = Account.from_mnemonic("${words}", account_path="m/44'/60'/0'/0/3")`],
    ['eod.py', `ACCOUNT = "U3879553"\nFLEX_TOKEN = "${rand(24, '123456789')}"\nFLEX_QUERY_ID = "644593"`],
  ]);
  expectQuiet([
    ['kraken.yml', `connector: kraken\nkraken_api_key: 7b2263727970746f223a207b22636970686572223a${rand(300, HEX)}`],
    ['docker-compose.override.yml', `      - "traefik.http.middlewares.ft-auth.basicauth.users=pmendes:$$2b$$12$$${rand(53, B64.replace('+', '.'))}"`],
    ['test_sign.py', '    API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"\n    SECRET_KEY = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"'],
    ['config.yml', `page_token: ${rand(20, '123456789')}`],
  ]);
});

test('voice and speech services, contact centres and learning platforms: found and quiet', () => {
  const p = pw();
  expectFound([
    ['twilio_app.py', `from twilio.request_validator import RequestValidator\nvalidator = RequestValidator("${rand(32, HEX)}")`],
    ['gateway.py', `API_KEYS = {\n    "wg_${rand(32)}": "contact-centre",\n    "wg_${rand(32)}": "qa-analytics",\n}`],
    ['deepgram.postman_collection.json', `"auth": {\n  "type": "apikey",\n  "apikey": [\n    { "key": "value", "value": "Token ${rand(40, HEX)}", "type": "string" },\n    { "key": "key", "value": "Authorization", "type": "string" }\n  ]\n}`],
    ['setup.ps1', `dotnet user-secrets set "AzureSpeech:Key" "${rand(32, HEX)}"`],
    ['upgrade.sh', `sudo -u www-data php admin/cli/cfg.php --component=auth_ldap --name=bind_pw --set='${p}'`],
    ['settings.php', `    $settings->add(new admin_setting_configpasswordunmask('block_x/apisecret',\n        get_string('apisecret', 'block_x'), get_string('apisecret_desc', 'block_x'), '${rand(32, HEX)}'));`],
    ['config-local.php', `$CFG->passwordsaltmain = '${rand(20)}&q%${rand(10)}';`],
    ['extract.py', `conn = oracledb.connect("psnavigator/${p}@10.12.0.40:1521/PSPRODDB")`],
    ['index.js', `lti.setup('${rand(31)}',\n  { url: process.env.MONGO_URL },`],
    ['secret.yaml', `apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  RETOOL_DB_URL: ${Buffer.from(`postgresql://retool:${p}@10.20.14.85:5432/prod`).toString('base64')}`],
  ]);
  expectQuiet([
    ['cdk.ts', '        username: SecretValue.unsafePlainText("svc_connect"),'],
    ['redact.py', '    assert redact("postgres://u:hunter2@db/x") == "postgres://u:[url_password]@db/x"'],
    ['tool.json', '  "consumer_key": "467953-kellerman",\n  "shared_secret": "********",'],
    ['install.sh', `CONSUMER_KEY="${rand(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}"\nSHARED_SECRET="\${PERUSALL_LTI_SECRET:?ask the vendor}"`],
    ['.netrc', 'machine mirror.corp.example\n  login anonymous\n  password lms-team@corp.example'],
    ['spec.yaml', '      examples: ["key1=value1&key2=value2"]'],
  ]);
});

test('hospitality, monitoring agents, retail, legal and nonprofit systems: found and quiet', () => {
  const p = pw();
  expectFound([
    ['aruba.cfg', `aaa authentication-server radius "CPPM-CSO"\n   host "10.212.137.21"\n   key ${p}\n   nas-identifier "CSO-MC01"`],
    ['commands-ncpa.cfg', `    command_line    $USER1$/check_ncpa.py -H $HOSTADDRESS$ -t '${rand(27)}' -P 5693 $ARG1$`],
    ['constants.conf', `/* Secret key for remote node tickets */\nconst TicketSalt = "${rand(32, HEX)}"`],
    ['datadog.yaml', `instances:\n  - ip_address: 10.207.63.81\n    snmp_version: 3\n    authKey: "tundra_saffron_tamarind35"\n    privKey: "canyon-beacon-onyx49"`],
    ['install-datadog.ps1', `$msi = "$env:TEMP\\datadog-agent-7-latest.amd64.msi"\nStart-Process -Wait msiexec -ArgumentList "/qn /i $msi APIKEY=\`"${rand(32, HEX)}\`" SITE=\`"datadoghq.eu\`""`],
    ['psk.txt', `$ sudo openssl rand -hex 32 | sudo tee /etc/zabbix/zabbix_agentd.psk\n${rand(64, HEX)}\n$ sudo chmod 640 /etc/zabbix/zabbix_agentd.psk`],
    ['worksheet.txt', `Key: TMK (Terminal Master Key), double-length 3DES\n  Component 1 (custodian A): ${Array.from({ length: 8 }, () => rand(4, HEX).toUpperCase()).join(' ')}   KCV 9890E6`],
    ['dear_client.py', `HEADERS = {\n    "api-auth-accountid": "${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}",\n    "api-auth-applicationkey": "${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}",\n}`],
    ['ticket.txt', `Windows login on the BOH PC is bohadmin / ${p}\nPlease hurry, we open at 10.`],
    ['smtp.sql', `UPDATE eddsdbo.InstanceSetting SET [Value] = N'${p}' WHERE [Section] = N'kCura.Notification' AND [Name] = N'SMTPPassword';`],
    ['pcl.py', `NEXTGEN_CSO = "${rand(128)}"  # copied from browser after login, valid for the session`],
  ]);
  expectQuiet([
    ['aruba-running.txt', `aaa authentication-server radius "CPPM-RLS"\n   host "10.45.210.210"\n   key ${rand(48, HEX)}\n   nas-identifier "RLS-MC01"`],
    ['doordash.js', "  return jwt.sign(data, Buffer.from(accessKey.signing_secret, 'base64'), headers);"],
    ['eventbrite.php', `// mu-plugins/site-events.php - site options for the Eventbrite embed\nadd_filter( 'pre_option_site_eventbrite', function () {\n    return array(\n        'api_key'       => '${rand(18, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}',\n    );\n} );`],
    ['zabbix_agent2.conf', 'TLSConnect=psk\nTLSAccept=psk\nTLSPSKIdentity=PSK mysql09\nTLSPSKFile=/etc/zabbix/zabbix_agentd.psk'],
    ['datadog.yaml', 'api_key: "ENC[dd_api_key]"\nsecret_backend_arguments:\n  - --region=us-west-2'],
    ['.env', 'VAN_API_BASE=https://api.securevan.com/v4\nVAN_API_KEY=<guid>|1'],
    ['auth.log', `2023-10-17T20:12:48Z WARN auth: rejected token (signature stripped by proxy): eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from('{"sub":"39267","exp":1680772497}').toString('base64url')}.`],
    ['pos.reg', '"PasswordEnc"=hex:01,00,00,00,d0,8c,9d,df,01,15,d1,11,8c,7a,00,c0,4f,c2,97,eb,01,00,00,00,a8,\\\n  bc,77,5a,ad,9f,3c,4b,fd'],
    ['stores.csv', 'store_no,city,wifi_key,boh_admin_password,password_last_rotated\n0157,Eugene,(Keeper: Stores/0157/WiFi),(LAPS),2024-01-25'],
    ['giftcards.csv', `business_date,store,card_masked,amount,txn_type,auth_code\n2023-07-28,0231,603599******7192,185.51,ACTIVATE,${rand(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}`],
    ['copy.bat', 'robocopy "D:\\Exports\\%VOL%" "P:\\Outgoing\\%VOL%" /E /Z'],
    ['main.tf', '  data = {\n    TS_AUTHKEY = tailscale_tailnet_key.k8s.key\n  }'],
  ]);
});

test("AWS's documented session tokens stay quiet: EXAMPLE sits inside their base64", () => {
  expectQuiet([
    ['sts.examples.json', `"SessionToken": "AQoDYXdzEPT//////////wEXAMPLEtc764${rand(300, B64)}=="`],
  ]);
  expectFound([
    ['creds.json', `"SessionToken": "IQoJb3JpZ2luX2VjE${rand(300, B64)}=="`],
  ]);
});

test('Apple fleet administration: found and quiet', () => {
  const p = pw();
  expectFound([
    ['seed-keychain.sh', `security add-generic-password -U -a "jamf_api_ro" -s "jamf-api" \\\n    -w '${rand(40)}' -T /usr/bin/security "$KC"`],
    ['mount-scans.sh', `  mount_smbfs "//svc_scan:${p}@fs01.corp.example/Archive" "$MOUNT"`],
    ['session.txt', `claire@IR-MINI ~ % sudo cat /var/osquery/enroll_secret\n${rand(24)}\nclaire@IR-MINI ~ % sudo launchctl kickstart -k system/io.osquery.agent`],
    ['wifi.txt', `maya@IR-MBA ~ % sudo security find-generic-password -D "AirPort network password" -a "IR-Devices" -w /Library/Keychains/System.keychain\n${p}\nmaya@IR-MBA ~ % ipconfig getifaddr en0`],
    ['rename.sh', `apiPass=$(DecryptString "$5" '${rand(16, HEX)}' '${rand(24, HEX)}')`],
    ['scep.mobileconfig', `<key>Challenge</key>\n<string>${rand(24)}</string>\n<key>PayloadType</key>\n<string>com.apple.security.scep</string>`],
    ['reply.eml', `Recovery key for U6NA2Z2ENP (from Jamf > Inventory > Disk Encryption):\n\n    ${Array.from({ length: 6 }, () => rand(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')).join('-')}\n`],
  ]);
  expectQuiet([
    ['auth.log', '2023-10-17T20:12:48Z WARN auth: kid=d14cac31a81791ba not in JWKS, refreshing'],
    ['challenge.json', `{ "challenge": "${rand(24)}" }`],
  ]);
});

test('a placeholder in angle brackets is words, not a generated salt that holds < and >', () => {
  expectFound([
    ['wp-config.php', "define( 'LOGGED_IN_KEY', '34j+<oH-->|PNvx^6v3po:2<dG:.1T}S7!bHc#-I.tvF69+e^6SLzn+pk6Qz' );"],
  ]);
  expectQuiet([
    ['.env', 'VAN_API_KEY=<guid>|1\nSTRIPE_KEY=<your key>_live'],
  ]);
});

test('payroll, banking, insurance, imaging, energy, media and property systems: found and quiet', () => {
  const p = pw();
  expectFound([
    ['ticket.txt', `GET /ess/paystubs/591189/pdf HTTP/1.1\nHost: access.example-payroll.test\nCookie: hr_session=${rand(59)}; timezoneOffset=-300`],
    ['pull.sh', `curl -sS --fail \\\n  --user "ISU_Comp@tenant_impl":'${p}' \\\n  -o out.json "https://wd3-impl-services1.example.test/ccx/service/customreport2/x"`],
    ['credentials.csv', `system,credential,owner,value,created\nBambooHR,API key (hris-bot),ops@example.test,${rand(40, HEX)},2024-02-28\nOkta,SSWS token,ops@example.test,(vault),2024-07-22`],
    ['softhsm.md', `softhsm2-util --init-token --free --label payhub-dr --so-pin '${rand(24)}' --pin 6968584`],
    ['extract.sh', `sqlplus -s bc_batch/"${p}"@BCPRD <<SQL\nselect 1 from dual;\nSQL`],
    ['SuiteCredentialsPlugin.gs', `      case "ab":\n        return new UsernamePasswordPair("svc_ab_integ", "${p}")`],
    ['EpicPolicySync.cs', `        private const string AuthenticationKey = "${rand(8, HEX).toUpperCase()}-${rand(4, HEX).toUpperCase()}-4${rand(3, HEX).toUpperCase()}-A${rand(3, HEX).toUpperCase()}-${rand(12, HEX).toUpperCase()}";`],
    ['config.js', `  agoraAppCertificate: env.AGORA_APP_CERTIFICATE || '${rand(32, HEX)}',`],
    ['targets.js', `    // previous key - keep until Friday in case we roll back\n    // secret: '${rand(4, 'abcdefghjkmnpqrstuvwxyz')}-${rand(4, '0123456789abcdefghjkmnpqrstuvwxyz')}-${rand(4, 'abcdefghjkmnpqrstuvwxyz')}-${rand(4, '0123456789')}-${rand(4, 'abcdefghjkmnpqrstuvwxyz')}',`],
    ['dag.py', `"token": Variable.get("mlsgrid_token", default_var="${rand(40, HEX)}"),`],
    ['export.json', `  "@odata.nextLink": "https://api.example-mls.test/OData/stellar/Property?access_token=${rand(32, HEX)}&$top=7&$skip=7"`],
    ['Export.cs', `            session.Start("https://BE11266304.example.test$BE11266304", "svc_postclose", "${p}");`],
    ['store.go', `	dsn := "idx_writer:Hearth559@${rand(8)}@tcp(mysql-3.example.internal:3306)/idx?parseTime=true"`],
    ['meters.yaml', `meters:\n  - serial: "75594770"\n    guek: "${rand(32, HEX).toUpperCase()}"`],
    ['bench.py', `client.ciphering.blockCipherKey = GXByteBuffer.hexToBytes("${rand(32, HEX).toUpperCase()}")`],
    ['dnp3.xml', `<User number="1" name="Common" role="OPERATOR">\n  <UpdateKey format="hex">${rand(32, HEX).toUpperCase()}</UpdateKey>\n</User>`],
    ['weather.py', `OWM_APPID = "${rand(32, HEX)}"`],
    ['forecast.py', `TOMORROW_KEY = os.environ.get("TOMORROW_KEY") or "${rand(32)}"`],
    ['backfill.sql', `-- https://weather.example.test/rest/services/timeline/{lat},{lon}?unitGroup=metric&key=${rand(25, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}&contentType=csv`],
    ['config.toml', `[tesla]\nclient_secret = "ta-secret.${rand(6)}%${rand(3)}%${rand(6)}"`],
    ['.env', `# prod (do not use locally): PUBLIC_ADMIN_PASSWORD=${p}`],
    ['Program.cs', `const string CONSUMER_SECRET = "2uujqVceLLiphdNY";`],
    ['ldap.properties', `java.naming.security.principal=cn=admin,dc=example,dc=org\njava.naming.security.credentials=${p}`],
    ['autoroute.lua', `   SetHttpCredentials('lua-forwarder', '${p}')`],
    ['transformer.js', `    dbConn = DatabaseConnectionFactory.createDatabaseConnection('org.postgresql.Driver',\n        'jdbc:postgresql://pgsql-p01.example.test:5432/ris_prod',\n        'emr_lookup',\n        '${p}');`],
    ['configurationMap.xml', `  <entry>\n    <string>ris.db.password</string>\n    <com.mirth.connect.util.ConfigurationProperty>\n      <value>${p}</value>\n      <comment></comment>`],
    ['channel.xml', `          <entry>\n            <string>X-API-Key</string>\n            <list>\n              <string>${rand(40)}</string>\n            </list>`],
    ['NetConfig', `        { FTPPASSWD {${p}} }`],
    ['orthanc.json', `  "AuthenticationEnabled" : true,\n  "RegisteredUsers" : {\n    "orthanc-admin" : "${p}"\n  },`],
  ]);
  expectQuiet([
    // Keys under the LMK and TR-31 key blocks are ciphertext; their check values are not keys.
    ['switch.yaml', `  keys:\n    zpk: "U${rand(32, HEX).toUpperCase()}"\n    zpk-kcv: "${rand(6, HEX).toUpperCase()}"\n    zak: "B0112K0AE01S0000${rand(48, HEX).toUpperCase()}"`],
    ['FK.txt', `Encrypted key: U${rand(32, HEX).toUpperCase()}\nKey check value: ${rand(6, HEX).toUpperCase()}`],
    // The key half of a key and secret pair is an id; an expression is not a value.
    ['sign.php', `$jw_api_key = '${rand(8)}';\n$jw_api_secret = getenv('JW_V1_SECRET');`],
    ['push.py', `transport.connect(username=SFTP_USER, pkey=paramiko.Ed25519Key.from_private_key_file(KEY_FILE))`],
    ['web.config', `<add key="OnBasePasswordCredentialTarget" value="OnBase/sit/SVC_CLAIMS_IMPORT" />`],
    // Public by a comment; an expiring signature; a shipped default.
    ['index.html', `  <!-- Browser keys below are public by design: Maps key restricted to https://www.example.test/* referrers -->\n  <script src="https://maps.googleapis.com/maps/api/js?key=AIza${rand(35, BASE62 + '_-')}&callback=initMap"></script>`],
    ['player.html', `    // Self-hosted player licence key. It is delivered to every viewer's browser by design;\n    jwplayer.key = "${rand(44, BASE64)}";`],
    ['upload.html', `<!-- uses a *delegated upload token*, which api.video designs to be public -->\n<script>const u = new VideoUploader({ uploadToken: '${rand(24)}' });</script>`],
    ['tour.html', `<iframe src="https://my.example-tours.test/show/?m=3owa229psg8&applicationKey=${'p37lm0iahvoe5aynhnd7fk97y'}"></iframe>\n<script>\n  // Showcase SDK key: issued for browser use and locked to *.example.test.\n  window.cfg = { sdkKey: 'p37lm0iahvoe5aynhnd7fk97y' };\n</script>`],
    ['capture.txt', `GET /api/live_events/313/status HTTP/1.1\nX-Auth-User: automation\nX-Auth-Expires: 1765538798\nX-Auth-Key: ${rand(32, HEX)}`],
    ['nowplaying.sh', 'curl -fsS -G "http://127.0.0.1:8000/admin/metadata" -u "source:hackme" --data "mount=/radio.mp3"'],
    ['player2.html', `    const POLICY_KEY = 'BCpkADawqM${rand(100, BASE62 + '_-')}';`],
    ['env.json', `{ "key": "officeKey", "value": "${rand(32, HEX)}", "type": "default" }`],
    ['appsettings.json', `  "ConnectionStrings": {\n    "Default": "Data Source=xero-sync.db"\n  }`],
    ['redox.js', `const REDOX_API_KEY = '${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}'; // source API key\nconst REDOX_SECRET = process.env.REDOX_SECRET;`],
    ['viewer.js', `          auth: 'orthanc:orthanc',`],
    ['stow.sh', `# credentials: ~/.netrc is not read by stowrs, so pass the vault value through the environment`],
  ]);
});

test('network device configurations: found and quiet', () => {
  const p = pw();
  expectFound([
    ['keyring.txt', `crypto keyring keyring-vpn-0\n  pre-shared-key address 192.0.2.35 key ${rand(32, BASE62 + '._')}\n`],
    ['panos.set', `set network ike gateway GW-DC2 authentication pre-shared-key key ${p}`],
    ['wlc.txt', `config wlan security wpa akm psk set-key ascii ${p} 5`],
    ['c9800.cfg', ` security wpa akm psk\n security wpa psk set-key ascii 0 ${p}`],
    ['acct.log', `Mar 2 09:18:11\t10.1.1.1\tmk\ttty3\t10.7.1.6\tstop\ttask_id=6182\tservice=shell\tcmd=crypto isakmp key ${p} address 185.156.28.52 <cr>`],
    ['archive.log', `%PARSER-5-CFGLOG_LOGGEDCMD: User:gobrien  logged command:crypto isakmp key ${p} address 151.157.188.94`],
    ['diff.txt', ` username netadmin privilege 15 secret 9 $9$7d1pVDD/NvM76s$RnpctWoYD3\n+username partner-noc privilege 15 password 0 ${p}`],
    ['aaa.cfg', `tacacs server ISE1\n address ipv4 10.1.1.5\n key ${p}\n`],
    ['ntp.cfg', `ntp authentication-key 1 md5 ${p}`],
    ['snmp.conf', `        community "ro_${rand(10)}" {\n            authorization read-only;`],
    ['gaia.txt', `add snmp community ${p} read-only`],
    ['bigip.conf', `                community-name snmp_${rand(9)}`],
    ['ios.cfg', `snmp-server community Drizzle2799# RO 99`],
    ['commands.cfg', `    command_line    $USER1$/check_ifstatus -H $HOSTADDRESS$ -C ${p} -v 2`],
    ['config.php', `$config['snmp']['community'] = ['ro_${rand(8)}', '${rand(16)}'];`],
    ['.cloginrc', `add password     *.example.net   {${p}} {${pw()}}`],
    ['fw.sh', `curl -s -u "${rand(80, BASE64)}:/${rand(79, BASE64)}" -X POST https://fw04.example.test`],
  ]);
  expectQuiet([
    ['ospf.cfg', `key chain OSPF\n key 1\n  key-string 6 PDBEefbWeL^AYYKIRAO^M^ReDOLE\\\\adIWEeAAB`],
    ['panos.set', `set network ike gateway GW-X authentication pre-shared-key key -AQ==Pin6f48g5l449InNd6NcoiRO1Yc=eGN2RVaV1ihsNxj1eeLHgRfTzVGtI+bkITwX/L8YH1g=`],
    ['runbook.md', '| Device | Account | Password |\n|---|---|---|\n| lon2-rtr06 | svc_netbox | CyberArk: NET-BG/lon2-dist-rtr06 |'],
    ['chat.txt', '[18:20] Kwame: PSK for the Azure tunnel on sto1-vpn-fw09 is in the vault: kv/network/vpn/sto1-vpn-fw09/psk'],
    ['asa.txt', `username asmith password ${rand(16, BASE64)} encrypted privilege 15\npasswd ${rand(16, BASE64)} encrypted`],
    ['training.md', 'username admin password 7 0822455D0A16'],
    ['system.cfg', 'mgmt.is_default=true\nmgmt.authkey=ba86f2bbe107c7c57eb5f2690775c712'],
    ['backup.sh', 'run "put \\"$f\\"" user=backup password=\\$sftpPass'],
  ]);
});

test('marketplaces, labs, publishing, aviation, edge, farms and test automation: found and quiet', () => {
  const p = pw();
  expectFound([
    ['ShipBobClient.cs', `    private const string Pat = "${rand(64, HEX).toUpperCase()}";`],
    ['votes.ipynb', `    "PROPUBLICA_KEY = \\"${rand(40)}\\"\\n",`],
    ['scrape.py', `COOKIES = {\n    "substack.sid": "s%3A${rand(32)}.${rand(43)}",\n}`],
    ['api.http', `@token = ${jwt({ sub: rand(8, HEX), scope: 'openid samples:read samples:write', exp: 1680175515 })}`],
    ['rawsync.bat', `net use Z: %SHARE% /user:LAB\\svc-msinst ${p} /persistent:no`],
    ['fetch.sh', `lftp -e "set sftp:auto-confirm yes; mirror /P34060/ /data/; bye" \\\n  -u P34060,${p} sftp://data.example-seq.test`],
    ['email.txt', `Application Key: ${rand(32, HEX)}`],
    ['email.ts', `const apiKey = Cypress.env('MAILSLURP_API_KEY') || '${rand(64, HEX)}';`],
    ['LoadSim.scala', `    .basicAuth("svc-loadtest-perf", "${p}")`],
    ['Login.groovy', `WebUI.setText(findTestObject('Page_Login/input_Password'), '${p}')`],
    ['plan.jmx', `<stringProp name="Header.name">X-Api-Key</stringProp>\n<stringProp name="Header.value">${rand(45)}</stringProp>`],
    ['wdio.conf.ts', `  user: 'chloe_duarte',\n  key: '${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}',`],
    ['users.csv', `perf.user001@example.test,${p}\nperf.user002@example.test,${pw()}\nperf.user003@example.test,${pw()}`],
  ]);
  expectQuiet([
    ['server_config.json', '  "negotiation_key": "TEMPORARY_32byte_negotiation_key",\n  "zone_key": "TEMPORARY_zone_key",'],
    ['.edgerc', '[default]\nclient_secret = C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=\nhost = akab-h05tnam3wl42son7nktnlnnx-kbob3i3v.luna.akamaiapis.net\naccess_token = akab-acc35t0k3nodujqunph3w7hzp7-gtm6ij4g4gp3oas3'],
    ['digitalocean.ini', '   dns_digitalocean_token = 0000111122223333444455556666777788889999aaaabbbbccccddddeeeeffff'],
    ['.dev.vars', `# account id is not secret: ${rand(32, HEX)}`],
    ['edge.vcl', `#   /media/intro.mp4?token=1514764800_${rand(64, HEX)}`],
    ['tokens.py', '_auth = EdgeAuth(token_name="hdnts", key=ET_ENCRYPTION_KEY, window_seconds=300)'],
    ['.gitlab-ci.yml', '  secrets:\n    SAUCE_ACCESS_KEY:\n      vault: qa/saucelabs/access_key@kv'],
    ['mc.json', '  "play": {\n    "url": "https://play.min.io",\n    "accessKey": "Q3AM3UQ867SPQQA43P2F",\n    "secretKey": "zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG"\n  }'],
    ['deere.env', `# last successful token refresh fingerprint (sha256 of refresh token, for audit only)\nDEERE_TOKEN_FP=${rand(64, HEX)}`],
    ['sa.json', `      "_private_key_id_of_retired_key": "${rand(40, HEX)}"`],
    ['shopify_app.rb', `  api_key: "${rand(32, HEX)}",\n  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET", ""),`],
    ['bigcommerce.js', `    'X-Auth-Token': process.env.BC_ACCESS_TOKEN,\n    'X-Auth-Client': '${rand(31, '0123456789abcdefghijklmnopqrstuvwxyz')}',`],
    ['order.http', `X-Shopify-Topic: orders/paid\n\n{\n  "admin_graphql_api_id": "gid://shopify/Order/7663623805775",\n  "token": "${rand(32, HEX)}",\n  "order_status_url": "https://shop.example.test/1/orders/${rand(32, HEX)}/authenticate?key=${rand(32, HEX)}"\n}`],
    ['capture.txt', `# legacy signature (derived per request, not a credential):\n# WM_SEC.AUTH_SIGNATURE: ${rand(120, BASE64)}==`],
    ['sync.py', 'def renovar_token():\n    global ACCESS_TOKEN, REFRESH_TOKEN\n    r = requests.post(f"{API}/oauth/token", data={\n        "refresh_token": REFRESH_TOKEN,\n    }, timeout=20)'],
  ]);
  // The filters stay linear too: a long run of one character then another is not a run of runs
  // (a regex for "each character three or more times" backtracked exponentially here).
  expectLinear([`api_key = "${'a'.repeat(900)}b"`, `token: ${'0'.repeat(600)}1${'f'.repeat(300)}`]);
});

test('clusters, game backends, marketing mail, support desks, analytics, auth providers, card issuing and shop floors: found and quiet', () => {
  const p = pw();
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  const b64line = () => rand(76, B64);
  expectFound([
    ['rewards.ts', `  const webhookSecret = ctx.env["XSOLLA_WEBHOOK_SECRET"] || "${rand(32)}";`],
    ['players.sh', `curl "https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=${rand(32, HEX).toUpperCase()}&steamids=76561198868981200"`],
    ['Ticket.cpp', `static const uint8 k_rgubTicketKey[k_nSteamEncryptedAppTicketSymmetricKeyLen] = {\n\t${Array.from({ length: 32 }, () => `0x${rand(2, HEX)}`).join(', ')}\n};`],
    ['crontab', `*/15 * * * * /opt/crm/bin/sync-unsubscribes --provider klaviyo --key pk_${rand(34, HEX)} >> /var/log/unsub.log 2>&1`],
    ['digest.py', `from sparkpost import SparkPost\nsp = SparkPost("${rand(40, HEX)}")`],
    ['send.sh', `curl -X POST https://rest.messagebird.com/messages \\\n  -H 'Authorization: AccessKey ${rand(25)}'`],
    ['DigestSender.cs', `Credentials = new NetworkCredential("ops@example.test", "${rand(4, 'bcdfghjkmnpqrstvwxz')} ${rand(4, 'bcdfghjkmnpqrstvwxz')} ${rand(4, 'bcdfghjkmnpqrstvwxz')} ${rand(4, 'bcdfghjkmnpqrstvwxz')}")`],
    ['chat.txt', `[14:24] Joon: Our Twilio account SID is AC${rand(32, HEX)} and auth token ${rand(32, HEX)}, can you check?`],
    ['compute.ks', `keyboard us\nrootpw --plaintext ${p}\nselinux --permissive`],
    ['build.sh', `echo 'root:${p}' | chpasswd`],
    ['user-data.yaml', `write_files:\n  - path: /etc/munge/munge.key\n    owner: munge:munge\n    encoding: b64\n    content: ${rand(120, B64)}`],
    ['beegfs.sh', `printf '%s' '${rand(44)}' > /etc/beegfs/connauthfile`],
    ['slurm.sh', `echo '${rand(43, B64)}=' | base64 -d > /var/spool/slurm/statesave/jwt_hs256.key`],
    ['munge.yml', `munge_key: |\n  ${b64line()}\n  ${b64line()}\n  ${rand(40, B64)}=\nmunge_num_threads: 8`],
    ['modDowntime.bas', `    Application.Login "DT_ENTRY", "${p}"`],
    ['LineClientFactory.java', `    .setIdentityProvider(new UsernameProvider("mes_bridge", "${p}"))`],
    ['plc.py', `client.set_session_password("${p}")  # read access level password`],
    ['label.zpl', `^FO40,130^BQN,2,7^FDQA,WIFI:T:WPA;S:PLANT-RF;P:${p};;^FS`],
    ['Tag.L5X', `<Tag Name="FTP_Pass" TagType="Base" DataType="STRING" Constant="false" ExternalAccess="None">\n<Description>\n<![CDATA[Password for label printer FTP upload]]>\n</Description>\n<Data Format="String" Length="12">\n<![CDATA['${p}']]>\n</Data>\n</Tag>`],
    ['passwd.txt', `# pwfile for mqtt04 — plaintext, run  mosquitto_passwd -U /etc/mosquitto/passwd  after copying\nkepware:${p}\nhistorian:${pw()}`],
    ['app.log', `DEBUG o.s.web.client.RestTemplate : Writing [{grant_type=[client_credentials], client_id=[0oa${rand(17)}], client_secret=[${rand(40, BASE62 + '-_')}], scope=[orders.read]}]`],
    ['realm.json', `          "bindCredential": [\n            "${p}"\n          ],`],
    ['dump.sql', `CREATE TABLE \`integrations\` (\n  \`id\` int NOT NULL AUTO_INCREMENT,\n  \`provider\` varchar(32) NOT NULL,\n  \`amount\` decimal(10,2) DEFAULT NULL,\n  \`api_token\` varchar(128) NOT NULL,\n  PRIMARY KEY (\`id\`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\nLOCK TABLES \`integrations\` WRITE;\nINSERT INTO \`integrations\` VALUES (1,'aircall',12.50,'${rand(32, HEX)}');`],
    ['.env', `AUTH0_CLIENT_SECRET=\n# old value (rotated?): ${rand(64, BASE62 + '_-')}`],
    ['events.go', `// segmentWriteKey belongs to the "orders" HTTP source.\nconst segmentWriteKey = "${rand(32)}"\nclient, err := analytics.NewWithConfig(segmentWriteKey, analytics.Config{})`],
    ['cohorts.py', `AMPLITUDE_API_KEY = "${rand(32, HEX)}"\nAMPLITUDE_SECRET_KEY = "${rand(32, HEX)}"`],
    ['WxPayConfig.java', `    /** APIv3 密钥（商户平台 -> API安全） */\n    private static final String API_V3_KEY = "${rand(32)}";`],
    ['tags.csv', `Name,Path,DataType,Address,InitialValue,Comment\nSMTP_User,Cell3/SMTP,String,internal,"shift@example.test",\nSMTP_Password,Cell3/SMTP,String,internal,"${p}",set by integrator`],
    ['station_auth.py', `STATION_KEYS = {\n    "PaintShop-ST10": "${rand(32)}",\n    "PaintShop-ST20": "${rand(32)}",\n}`],
  ]);
  expectQuiet([
    ['application.yml', `marqeta:\n  admin-access-token: \${MARQETA_ADMIN_ACCESS_TOKEN}\n  card-product-token: ${uuid()}\n  funding-source-token: ${uuid()}`],
    ['card.shipped.json', `{\n  "event_type": "card.shipped",\n  "token": "${uuid()}",\n  "payload": {\n    "card_token": "${uuid()}",\n    "account_token": "${uuid()}"\n  }\n}`],
    ['card-vault.yaml', `    wrapped_data_encryption_key: "AQIDAH${rand(180, B64)}"`],
    ['mailgun.json', `{\n  "signature": {\n    "timestamp": "1712816763",\n    "token": "${rand(50, HEX)}",\n    "signature": "${rand(64, HEX)}"\n  }\n}`],
    ['terraform.tfstate', `      "type": "aws_ses_domain_identity",\n      "instances": [\n        {\n          "attributes": {\n            "verification_token": "${rand(43, B64)}="\n          }\n        }\n      ]\n    },\n    {\n      "type": "aws_ses_domain_dkim",\n      "instances": [ { "attributes": {\n            "dkim_tokens": [\n              "${rand(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}",\n              "${rand(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}"\n            ]`],
    ['slurm.py', '        out = subprocess.run(["scontrol", "token", "lifespan=300"], capture_output=True, text=True).stdout'],
    ['analytics.json', `{\n  "$comment": "Heap environment ids (public app ids, shipped to the browser)",\n  "amplitude": {\n    "apiKey": {\n      "development": "${rand(32, HEX)}",\n      "production": "${rand(32, HEX)}"\n    }\n  }\n}`],
    ['application.yaml', `  mparticle:\n    api-key: us1-${rand(32, HEX)}\n    api-secret: ENC(${rand(64, B64)})`],
    ['Settings.asset', `  gameKey:\n  - ${rand(32, HEX)}\n  secretKey:\n  - \n  Platforms: `],
    ['users.json', `{\n  "users": [\n    {\n      "email": "kenji@example.test",\n      "password": "${rand(43, B64)}=",\n      "salt": "${rand(22, B64)}==",\n      "encryptionScheme": "salted-pbkdf2-hmac-sha256",\n      "factor": 24000\n    }\n  ]\n}`],
    ['printer.zpl', '! U1 setvar "wlan.wpa.eap_tls.private_key" "E:PRIVKEY.NRD"'],
    ['.netrc', 'machine 10.61.233.90\n    login anonymous\n    password dnc@dnc-05'],
    ['collect.py', 'CONN = "DRIVER={SQL Server};SERVER=HIST-06;DATABASE=Runtime;UID=wwUser;PWD=wwUser"  # default read-only login'],
    ['AppDelegate.swift', `    // Mobile SDK keys are designed to ship inside the app binary.\n    private let intercomApiKey = "ios_sdk-${rand(40, HEX)}"`],
    ['index.html', `<script>!function(){var analytics=window.analytics=[];analytics.load=function(key){};analytics._writeKey="${rand(32)}";analytics.load("${rand(32)}");}();</script>`],
    ['.env.production', `GATSBY_SEGMENT_WRITE_KEY=${rand(32)}`],
    ['config.ts', `  segmentWriteKey: '${rand(32)}', // browser source`],
    ['README.md', 'gpg --keyserver keys.openpgp.org --recv-keys 24A1FAD93546FCD63C905716153AEA247C612D17'],
    ['droplet.tf', '  ssh_keys = ["f4:9b:a6:ac:27:1c:19:ce:81:12:36:2f:f6:b2:a8:de"]'],
    ['wp_users.sql', `CREATE TABLE \`wp_users\` (\n  \`ID\` bigint unsigned NOT NULL AUTO_INCREMENT,\n  \`user_login\` varchar(60) NOT NULL DEFAULT '',\n  \`user_pass\` varchar(255) NOT NULL DEFAULT '',\n  \`user_activation_key\` varchar(255) NOT NULL DEFAULT '',\n  PRIMARY KEY (\`ID\`)\n);\nINSERT INTO \`wp_users\` VALUES (1,'bvogel','$P$B${rand(30, B64.replace('+', '.'))}','1755025158:$generic$${rand(43, BASE62 + '_-')}');`],
  ]);
});

test('proxies and scrapers, real-time video, chat servers, localisation, search, EV charging, accounting and DNS: found and quiet', () => {
  const p = pw();
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  expectFound([
    ['proxy.py', `PROXY_PASS = "${p}"`],
    ['crawl.js', 'const proxyUrl = `http://customer-acme_crawl-cc-ES-sessid-${sessid}-sesstime-10:' + p + '@de-pr.proxy.example.test:20000`;'],
    ['scrape.rb', `  a.set_proxy('proxy.example.test', 5000, 'hotelgrid_w6x2b', '${p}')`],
    ['check.sh', `curl -sS --proxy-user crawler:${p} -x proxy.example.test:8011 https://example.test/`],
    ['proxychains.conf', `[ProxyList]\n# type  ip  port  [user pass]\nsocks5\t85.76.143.15\t3128\ttickettrail11\t${p}`],
    ['3proxy.cfg', `auth strong\nusers rentradar2:CL:${p} tickettrail1:CL:${pw()}`],
    ['.netrc', `machine api.example.test\n  login ${rand(32, HEX)}\n  password ""`],
    ['turnserver.conf', `lt-cred-mech\nuser=sfu:${p}`],
    ['provision.sh', `turnadmin -a -b /var/lib/turn/turndb -u sfu -r turn.example.test -p '${p}'`],
    ['compose.yml', `      KMS_TURN_URL: "kms:${p}@turn.example.test:3478?transport=udp"`],
    ['turn.service', `ExecStart=/usr/local/bin/turn-server -public-ip 203.0.113.200 -realm example.test -users relay=${p}`],
    ['bbb-web.properties', `securitySalt=${rand(48)}`],
    ['group.json', `{\n  "authKeys": [\n    { "kty": "oct", "alg": "HS256", "k": "${rand(43, BASE62 + '_-')}", "kid": "20240301" }\n  ]\n}`],
    ['znc.conf', `\t\tServer     = 10.83.116.99 +6697 ${p}`],
    ['irc.log', `[2022-11-05 21:53] /msg NickServ IDENTIFY ravi ${p}`],
    ['register.sh', `sudo ejabberdctl register oskar chat.example.test '${p}'`],
    ['vars.yml', `matrix_synapse_signing_key_content: "ed25519 a_DpAD ${rand(43, B64)}"`],
    ['MyobSession.cs', `var credentials = new CompanyFileCredentials("bookkeeper", "${p}");`],
    ['ofx.txt', `<SONRQ>\n<USERID>ops\n<USERPASS>${p}\n</SONRQ>`],
    ['ns.log', `TRACE [ns-client] signing key=${rand(64, HEX)}&${rand(64, HEX)} base_string_len=412`],
    ['chat.json', `"text": "here's the new one from the portal: client id ${rand(32, HEX).toUpperCase()} secret ${rand(48, BASE62 + '_-')}"`],
    ['charge.py', `w = Wallbox("mateo@example.test", "${p}")`],
    ['translate.py', `headers = {"Ocp-Apim-Subscription-Key": "${rand(32, HEX)}"}`],
    ['deepl.sh', `curl -s https://api.deepl.com/v2/usage --header 'Authorization: DeepL-Auth-Key ${uuid()}'`],
    ['tags.csv', `Name,Path,DataType,Address,InitialValue,Comment\nFTP_Password,Line/FTP,String,internal,"${p}",`],
  ]);
  expectQuiet([
    ['nginx.conf', '    proxy_pass http://backend_upstream;'],
    ['chat.txt', 'can someone send me the bright data password for the mobile_proxy1 zone? need it for the backfill'],
    ['turnserver.conf', `lt-cred-mech\nuser=webrtc:0x${rand(32, HEX)}`],
    ['group.json', `{\n  "users": {\n    "sofia": {\n      "password": {\n        "type": "pbkdf2",\n        "hash": "sha-256",\n        "key": "${rand(64, HEX)}",\n        "salt": "${rand(16, HEX)}",\n        "iterations": 4096\n      }\n    }\n  }\n}`],
    ['offer.sdp', `a=ice-ufrag:${rand(4)}\na=ice-pwd:${rand(24, B64)}`],
    ['.env', 'BIGBLUEBUTTON_SECRET=8cd8ef52e8e101574e400365b55e11a6'],
    ['verify.txt', `$ python -m signedjson.key /data/example.signing.key --public\ned25519 a_e7YP ${rand(43, B64)}`],
    ['accounts.dat', `return {\n\t["iteration_count"] = 4096;\n\t["server_key"] = "${rand(64, HEX)}";\n\t["stored_key"] = "${rand(64, HEX)}";\n\t["salt"] = "${uuid()}";\n};`],
    ['users.sql', `INSERT INTO users (username, server_host, password, serverkey, salt, iterationcount) VALUES ('emeka', 'chat.example.test', '${rand(27, B64)}=', '${rand(27, B64)}=', '${rand(22, B64)}==', 4096);`],
    ['config.json', `    "map_style_url": "https://api.maptiler.com/maps/streets/style.json?key=${rand(20)}"`],
    ['app.js', `  // Public Transifex Native token: read-only by design and bundled into the browser build.\n  token: '1/${rand(40, HEX)}',`],
    ['nl.yml', `nl:\n  auth:\n    sign_in: "Inloggen"\n    forgot_password: "Wachtwoord vergeten?"\n  webhooks:\n    signing_secret: "Ondertekeningsgeheim"\n    signing_hint: "We ondertekenen elke levering met dit geheim."`],
    ['application.properties', `netsuite.consumer-secret=\${NS_CONSUMER_SECRET}\nnetsuite.consumer-key=${rand(64, HEX)}`],
    ['api.http', 'x-myobapi-cftoken: QWRtaW5pc3RyYXRvcjo='],
    ['Module1.bas', 'Private Const CONN_STR As String = "DSN=GL_PROD;"   \' credentials live in the DSN'],
    ['order.json', `{\n  "type": "dns-01",\n  "url": "https://acme-v02.api.letsencrypt.org/acme/chall-v3/758835643887/Y4Ny41",\n  "token": "${rand(43, BASE62 + '_-')}"\n}`],
    ['certbot.log', `DEBUG:certbot._internal.plugins.dns_common:key authorization: ${rand(43, BASE62 + '_-')}.${rand(43, BASE62 + '_-')}`],
    ['dump.sql', `INSERT INTO public.password_resets (email, token_hash, created_at) VALUES ('ines@example.test', '${rand(64, HEX)}', '2021-08-16 16:19:16');`],
    ['opensearch.yml', `            http_authenticator:\n                signing_key: "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${rand(340, B64)}IDAQAB"`],
    ['compose.yml', '          bin/elasticsearch-certutil cert --silent --pem -out config/certs/certs.zip --ca-cert config/certs/ca/ca.crt --ca-key config/certs/ca/ca.key;'],
    ['elasticsearch.yml', '  client_authentication.type: shared_secret\n  allowed_issuer: "https://idp.example.test"'],
  ]);
  // A vendor's ACCOUNT_TOKEN alone is its credential; a card-issuing record's account_token beside others is an id.
  expectFound([['enelx.py', `ACCOUNT_TOKEN = "${uuid()}"\nDEVICE_ID = "JB-1042"`]]);
});

test('print rooms, betting feeds, feature flags, enrichment, ticketing, self-hosted VCS, weather and regional clouds: found and quiet', () => {
  const p = pw();
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  const URLSAFE = BASE62 + '_-';
  expectFound([
    ['options.yml', `sdks:\n  web:\n    key: "configcat-sdk-1/${rand(22, URLSAFE)}/${rand(22, URLSAFE)}"`],
    ['Makefile', `LD_ACCESS_TOKEN ?= api-${uuid()}`],
    ['main.tf', `provider "launchdarkly" {\n  access_token = "api-${uuid()}"\n}`],
    ['chat.txt', `here you go: \`ser.${rand(22)}\` (rotating after the migration)`],
    ['chat.txt', `\`*:production.${rand(56, HEX)}\``],
    ['Flags.java', `new HarnessProvider(new CfClient("${uuid()}", cfg))`],
    ['flags.go', `const ffServerSDKKey = "${uuid()}"`],
    ['flipt.go', `sdk.WithAuthenticationProvider(sdk.StaticTokenAuthenticationProvider("${rand(43, URLSAFE)}"))`],
    ['league.py', `league = League(league_id=1, year=2024, espn_s2="AE${rand(120, BASE62 + '%')}", swid="{${uuid().toUpperCase()}}")`],
    ['cookies.txt', `.espn.com\tTRUE\t/\tFALSE\t1762780099\tespn_s2\tAEB${rand(140, BASE62 + '%')}`],
    ['nightly.bat', `curl -s "https://api.sportsdata.io/v3/nba/projections/json/PlayerGameProjectionStatsByDate/2024-01-05?key=${rand(32, HEX)}"`],
    ['chat.log', `[2024-08-11 20:30] <Marek> client secret for the webinar app is ${rand(32)} (account id ${rand(22)})`],
    ['chat.log', `[17:10] ines: I set the api key in cura to ${rand(43, URLSAFE)} but it still says "access denied"`],
    ['ticket.txt', `Scan-to-email on the MFP now uses scanner@example.test with app password bvrc${rand(12, 'abcdefghijklmnopqrstuvwxyz')} (M365 blocks basic auth otherwise).`],
    ['configure.sh', `$SC set-config auth.webservices.auth-token '${rand(27)}'`],
    ['ticket.txt', `Set the admin password on all HP EWS pages to ${p} - old default is no longer accepted.`],
    ['main.yml', `    lpadmin -p Library-Color -E -v "smb://CORP/svc-print:${p}@prtsrv01.example.test/Library-Color" -m everywhere`],
    ['flows.json', `"headers": [\n  {\n    "keyType": "other",\n    "keyValue": "X-Api-Key",\n    "valueType": "other",\n    "valueValue": "${rand(32, HEX).toUpperCase()}"\n  }\n]`],
    ['moonraker.conf', `[notifier discord]\nurl: discord://${rand(19, '0123456789')}/${rand(68, URLSAFE)}`],
    ['moonraker.conf', `url: pover://${rand(30, 'abcdefghijklmnopqrstuvwxyz0123456789')}@${rand(30, 'abcdefghijklmnopqrstuvwxyz0123456789')}`],
    ['bambu.js', `const printer = {\n  host: '192.168.10.64',\n  accessCode: '${rand(8, '0123456789')}',\n};`],
    ['BambuStudio.conf', `"user_access_code": {\n    "01S00A504U94N4U": "${rand(8, '0123456789')}"\n},`],
    ['bambu.conf', `#   remote_username bblp\n#   remote_password ${rand(8, '0123456789')}`],
    ['runonce.g', `M587 S"workshop-iot" P"${p}"`],
    ['Export-Repos.ps1', `$pat = "${rand(84)}"`],
    ['passwd', `### This file is an example password file for svnserve.\n[users]\nrelease = ${p}`],
    ['build.sh', `P4="p4 -p ssl:perforce.example.test:1666 -u build -P ${rand(32, HEX).toUpperCase()}"`],
    ['tickets.txt', `C:\\Users\\lm> p4 tickets\np4broker.example.test:1666 (lm) ${rand(32, HEX).toUpperCase()}`],
    ['5e2b0d1c', `K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV 12\n${p}\nK 15\nsvn:realmstring`],
    ['KasprClient.java', `String k = System.getenv("KASPR_API_KEY");\n        return k != null ? k : "${rand(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}";`],
    ['crunchbase.go', `\tif k := os.Getenv("CRUNCHBASE_USER_KEY"); k != "" {\n\t\treturn k\n\t}\n\treturn "${rand(32, HEX)}"`],
    ['salesintel.ps1', `$apiKey = if ($env:SALESINTEL_API_KEY) { $env:SALESINTEL_API_KEY } else { "${rand(32, HEX)}" }`],
    ['config.dart', `static const apiKey = String.fromEnvironment('WEATHERAPI_KEY', defaultValue: '${rand(31, HEX)}');`],
    ['fetch.R', `vc_key <- Sys.getenv("VC_KEY", unset = "${rand(25, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}")`],
    ['reveal.ts', `const auth = Buffer.from('sk_${rand(32, HEX)}:').toString('base64');`],
    ['ticket.md', `2. Or directly: \`curl "https://api.builtwith.com/v21/api.json?KEY=${uuid()}&LOOKUP=example.test"\``],
    ['scenes.py', `auth = planet.Auth.from_key("PLAK${rand(32, HEX)}")`],
    ['ticket.txt', `    curl -i "https://api.weatherapi.com/v1/forecast.json?key=${rand(31, HEX)}&q=Hobart&days=3"`],
    ['wu.log', `GET https://rtupdate.wunderground.com/weatherstation/updateweatherstation.php?ID=IWINNIPEG20&PASSWORD=${rand(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}&dateutc=now`],
    ['chat.json', `"text": "client id ${uuid()}\\nsecret ${rand(40, URLSAFE)}"`],
    ['Dockerfile', `ENV HUAWEICLOUD_SDK_AK=${rand(20, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')} \\\n    HUAWEICLOUD_SDK_SK=${rand(40)}`],
    ['ListVpcs.java', `ICredential auth = new BasicCredentials()\n        .withAk("${rand(20, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}")\n        .withSk("${rand(40)}");`],
    ['credentials', `[Defaults]\nak = ${rand(32, HEX)}\nsk = ${rand(32, HEX)}`],
    ['main.go', `scw.WithAuth("SCW${rand(17, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}", "${uuid()}"),`],
    ['main.go', `client, err := ovh.NewClient(\n\t"ovh-eu",\n\t"${rand(16)}",\n\t"${rand(32)}",\n\t"${rand(32)}",\n)`],
    ['provision.py', `manager = upcloud_api.CloudManager("ops_automation", "${p}")`],
    ['weather.py', `AZURE_MAPS_KEY = "${rand(43)}"`],
    // A weak password a person typed is still the password in a URL; a product's shipped default is not.
    ['client.js', 'const API_URL = "https://user:secret123@api.example.com/endpoint";'],
    // A remark at the end of another assignment speaks for that value only.
    ['mirror.py', `CLIENT_ID = "${rand(20, HEX)}"  # public app id, shown on the app page\nAPP_TOKEN = "${rand(32, HEX)}"`],
  ]);
  expectQuiet([
    ['flags.js', `const unleash = new UnleashClient({\n  url: 'https://unleash.example.test/api/frontend',\n  clientKey: 'default:production.${rand(56, HEX)}',\n});`],
    ['datafile.json', `{"version":"4","typedAudiences":[],"botFiltering":false,"revision":"218","sdkKey":"${rand(22)}","environmentKey":"production"}`],
    ['compose.yml', '      DATABASE_URL: "postgres://postgres:unleash@db/db"'],
    ['checkout.js', `const SEASON_PASS_PRICE = 'price_${rand(24)}';`],
    ['zoom.js', `/*\n{"payload":{"plainToken":"${rand(22, URLSAFE)}"},"event":"endpoint.url_validation"}\n{"plainToken":"${rand(22, URLSAFE)}","encryptedToken":"${rand(64, HEX)}"}\n*/`],
    ['page.json', `{\n  "paging": {\n    "limit": 100,\n    "currentToken": "${uuid()}"\n  }\n}`],
    ['manifest.json', `{\n  "pass.json": "${rand(40, HEX)}",\n  "icon.png": "${rand(40, HEX)}"\n}`],
    ['venue.html', `<!-- Browser key: restricted by HTTP referrer to *.example.test/* and to the Maps JavaScript API only. -->\n<script async src="https://maps.googleapis.com/maps/api/js?key=AIza${rand(35, URLSAFE)}&callback=initMap"></script>`],
    ['users.yaml', `mshah:\n  active: true\n  apikey: null\n  password: ${rand(128, HEX)}\n  roles:\n  - admin`],
    ['external-ids.txt', `[externalId "username:alice"]\n\taccountId = 1000171\n\tpassword = bcrypt:4:${rand(22, B64)}==:${rand(31, B64)}`],
    ['dump.sql', `INSERT INTO public."user" (id, lower_name, passwd, passwd_hash_algo, salt) VALUES\n(404, 'dmitri32', '${rand(100, HEX)}', 'pbkdf2$50000$50', '${rand(10)}');`],
    ['values.yaml', '    security:\n      PASSWORD_COMPLEXITY: "lower,upper,digit"'],
    ['mail.eml', `Power-up API key is ${rand(32, HEX)} (Trello treats the key=\n as public, it's in the iframe URL).`],
    ['event.json', `{\n  "eventSource": "ecs.aliyuncs.com",\n  "userIdentity": {\n    "type": "ram-user",\n    "accessKeyId": "LTAI5t${rand(18)}"\n  }\n}`],
    ['keys.json', `{\n  "AccessKeys": [\n    {\n      "AccessKeyId": "AKID${rand(32)}",\n      "Status": "Active",\n      "CreateTime": "2025-08-22 13:40:50"\n    }\n  ]\n}`],
    ['application.yml', `huawei:\n  credentials:\n    ak-cipher: ${rand(120, B64)}==\n    sk-cipher: ${rand(150, B64)}=`],
    ['main.tf', `data "oci_secrets_secretbundle" "db_admin" {\n  secret_id = "ocid1.vaultsecret.oc1.iad.${rand(60, 'abcdefghijklmnopqrstuvwxyz0123456789')}"\n}`],
    ['main.tf', `data "yandex_lockbox_secret_version" "s3" {\n  secret_id = "e6q${rand(17, 'abcdefghijklmnopqrstuvwxyz0123456789')}"\n}`],
    ['application.yaml', `oci:\n  vault:\n    secrets:\n      db-password: ocid1.vaultsecret.oc1.nrt.${rand(60, 'abcdefghijklmnopqrstuvwxyz0123456789')}`],
    ['app.txt', `$ ovh-cli GET /me/api/application/433154\n{\n  "applicationId": 433154,\n  "applicationKey": "${rand(16)}",\n  "status": "active"\n}`],
    ['request.http', `Authorization: bce-auth-v1/${rand(32, HEX)}/2021-10-26T22:50:47Z/1800/host;x-bce-date/${rand(64, HEX)}`],
    ['help.md', 'Create an app password from this page will work for Outlook too.'],
    ['item.json', '{ "pk": "USER#4821", "sk": "ORDER#2024-01-05#A7" }'],
  ]);
});

test('LLM operations, SMS gateways, access control, low-code, social APIs, wearables, identity checks and signage: found and quiet', () => {
  const p = pw();
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  const URLSAFE = BASE62 + '_-';
  expectFound([
    ['client.py', `client = OpenAI(base_url="https://llm-gw.example.test", api_key="sk-${rand(22, URLSAFE)}")`],
    ['otp.py', `SMSC_LOGIN = "bank_online"\nSMSC_PSW = "${p}"`],
    ['main.go', `client := messagebird.New("${rand(25)}")`],
    ['send.php', `$basic  = new \\Vonage\\Client\\Credentials\\Basic('${rand(8, HEX)}', '${rand(16)}');`],
    ['bosch_arm.py', `PANEL = Panel(\n    host="172.28.124.80",\n    automation_code="${rand(13)}",\n)`],
    ['panels.csv', `AccountName,PanelType,IPAddress,RPSPasscode,AutomationPasscode\n"Tower B",B9512G,10.31.107.162,${rand(8, '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')},${rand(12)}`],
    ['osdp-gw.yaml', `readers:\n  - address: 0\n    secure_channel: true\n    scbk: "${rand(32, HEX).toUpperCase()}"`],
    ['intercom.js', `const client = new DigestFetch('hass', '${p}');`],
    ['Net2Client.cs', `var methods = _client.AuthenticateUser(OperatorId, "${p}");`],
    ['ticket.txt', `Creds for the Net2 Plus ACU (local UI): user \`root\` pass \`${p}\` - please rotate after the visit.`],
    ['chat.txt', `[18:29] Ines: here's the api account for the Axis: \`api_unlock\` / \`${p}\``],
    ['local.settings.json', `{\n  "Values": {\n    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=st1;AccountKey=${rand(86, BASE64)}==;EndpointSuffix=core.windows.net"\n  }\n}`],
    ['tweet.py', `auth = tweepy.OAuth1UserHandler(\n    "${rand(25)}",\n    "${rand(50)}",\n    "${rand(19, '0123456789')}-${rand(30)}",\n    "${rand(45)}",\n)`],
    ['notebook.ipynb', `"WITHINGS_CONSUMER_SECRET = os.getenv(\\"WITHINGS_CONSUMER_SECRET\\", \\"${rand(64, HEX)}\\")"`],
    ['alloy.py', `ALLOY_AUTH = ("${rand(32)}", "${rand(32)}")  # workflow token, workflow secret`],
    ['onfido.rb', `config.api_key = ENV.fetch('PARTNER_API_TOKEN') { '${rand(40)}' }`],
    ['Socure.kt', `.header("Authorization", "SocureApiKey ${uuid()}")`],
    ['install.sh', `echo '${p}' | anydesk --set-password`],
    ['kiosk.service', `ExecStart=/usr/bin/x11vnc -display :0 -forever -rfbport 5900 -passwd ${rand(8)} -viewonly`],
    ['zabbix.sh', `echo "${rand(64, HEX)}" > /etc/zabbix/zabbix_agent2.psk`],
    ['autorun.brs', `xfer.SetUserAndPassword("brightsign", "${rand(20)}")`],
    ['provision.json', `"android.app.extra.PROVISIONING_WIFI_PASSWORD": "Nectar-Timber-${rand(4, '0123456789')}:",`],
  ]);
  expectQuiet([
    ['flow.txt', 'headers = {"authkey": MSG91_AUTHKEY, "accept": "application/json"}'],
    ['spend.json', `[\n  {\n    "request_id": "chatcmpl-${rand(29)}",\n    "call_type": "acompletion",\n    "api_key": "${rand(64, HEX)}",\n    "spend": 0.044885\n  }\n]`],
    ['keys.json', `{\n  "keys": [\n    {\n      "token": "${rand(64, HEX)}",\n      "key_name": "sk-...v5sq",\n      "spend": 23.8\n    }\n  ]\n}`],
    ['door.sh', `DOOR_TOKEN=Axis-${uuid()}`],
    ['evaluation.json', `{\n  "evaluation_token": "S-${rand(20)}",\n  "entity_token": "P-${rand(20)}"\n}`],
    ['local.settings.json', `{\n  "IsEncrypted": true,\n  "Values": {\n    "AzureWebJobsStorage": "${rand(160, B64)}"\n  }\n}`],
    ['env.txt', `# n8n env for the geocoding step (server side, not restricted by referrer)\nGOOGLE_MAPS_BROWSER_NOTE=see wiki`],
    ['crc.log', `INFO crc crc_token=${rand(40, URLSAFE)} response_token=sha256=${rand(43, B64)}=`],
    ['reddit.sh', `curl -s -X POST -H "Authorization: Basic ${Buffer.from(`${rand(22, URLSAFE)}:`).toString('base64')}" https://www.reddit.com/api/v1/access_token`],
    ['activity.json', `{\n  "device_name": "Wahoo ELEMNT BOLT",\n  "embed_token": "${rand(40, HEX)}"\n}`],
    ['dailies.json', `{\n  "userId": "${uuid()}",\n  "userAccessToken": "${uuid()}",\n  "calendarDate": "2023-10-24"\n}`],
    ['USR02.txt', `|MANDT|BNAME       |BCODE           |PASSCODE                                |PWDSALTEDHASH                                |\n|110 |EVOLKOV     |${rand(16, HEX).toUpperCase()}|${rand(40, HEX).toUpperCase()}|{x-issha, 1024}${rand(44, B64)}|`],
    ['player.xml', `<ApplicationSettings>\n  <ServerKey>{{ vault_xibo_server_key }}</ServerKey>\n  <HardwareKey>${rand(32, HEX)}</HardwareKey>\n</ApplicationSettings>`],
    ['vault.yml', `# group_vars/players/vault.yml (ansible-vault encrypt_string output)\nansible_become_pass: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ${rand(80, HEX)}`],
  ]);
  // A Maps key that a comment says is not restricted by referrer is a server key: still an error.
  expectFound([['.env', `# geocoding step (server side, not restricted by referrer)\nGOOGLE_MAPS_SERVER_KEY=AIza${rand(35, URLSAFE)}`]]);
});

test('a secret told in a message of its own, just after the one that says what it is', () => {
  expectFound([
    ['chat.txt', `Liam 08:54\nhey, the Apollo import is failing with 401 again - did someone rotate the key?\n\nSana 09:07\nyeah sorry, I rotated it this morning. new one:\n${rand(22)}\ncan you update the script properties?`],
    ['export.json', `[\n  {\n    "type": "message",\n    "text": "can you paste the staging api key?",\n    "ts": "1733096598.659234"\n  },\n  {\n    "type": "message",\n    "text": "\`${rand(40)}\`",\n    "ts": "1733096669.852883"\n  }\n]`],
  ]);
  expectQuiet([
    // A public key or a fingerprint under its label, and a value that runs on into a block of them.
    ['atecc.log', `[INFO] slot 0 public key:\n       ${rand(64, HEX).toUpperCase()}\n       ${rand(64, HEX).toUpperCase()}`],
    ['setup.txt', `ℹ️  HTTP CA certificate SHA-256 fingerprint:\n  ${rand(64, HEX)}`],
    ['chat.txt', `[18:22] noah: non-secret bits:\n\`\`\`\nRETOOL_BASE_DOMAIN=https://retool.example.test\n\`\`\``],
    ['vault.yml', `db_password: !vault |\n          $ANSIBLE_VAULT;1.2;AES256;stg\n          ${rand(80, HEX)}\n          ${rand(80, HEX)}`],
  ]);
  // An assignment whose password ends in `?` is no question: the next line's client id is not its answer.
  const env = `PASSWORD="Harbor${rand(4, '0123456789')}?"\nAZURE_CLIENT_ID=${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  assert.deepEqual(reported('.env', env).map((f) => f.start.line), [1]);
});

test('a literal handed back by urlencode(), trim(), str() or encodeURIComponent() is still the literal', () => {
  expectFound([
    ['sms.php', `$apiKey = urlencode('${Buffer.from(rand(32, HEX)).toString('base64')}');`],
    ['client.js', `const token = encodeURIComponent('${rand(40)}');`],
    ['settings.py', `DB_PASSWORD = str("${pw()}")`],
  ]);
  expectQuiet([['app.js', "const label = String('hello world');"]]);
});

test('stop 24, round 1: custody, building automation, maritime, podcasting and delivery files', () => {
  const p = pw();
  expectFound([
    ['mqtt.go', `\topts.SetPassword("${p}")`],
    ['sense.py', `sense.authenticate("energy@example.test", "${p}")`],
    ['unlock.sh', `bitcoin-cli -rpcwallet=treasury walletpassphrase "${p}" 120`],
    ['camel-context.xml', `<to uri="sftp://edi@edi.example.test:22/in?password=RAW(${p}+x&amp;)&amp;binary=true"/>`],
    ['Program.cs', `var client = new TextAnalyticsClient(endpoint, new AzureKeyCredential("${rand(32, HEX)}"));`],
    ['PrintJob.php', `$credentials = new \\PrintNode\\Credentials\\ApiKey('${rand(43, BASE62 + '_-')}');`],
    ['send.js', `const mg = new Mailgun(formData).client({ username: 'api', key: '${rand(32, HEX)}-${rand(8, HEX)}-${rand(8, HEX)}' });`],
    ['.env', `HOT_WALLET_PK=0x${rand(64, HEX)}`],
    ['.env', `ETH_RPC_URL=https://mainnet.gateway.tenderly.co/${rand(22)}`],
    ['foundry.toml', `[rpc_endpoints]\nmainnet = "https://nd-169-394-745.p2pify.com/${rand(32, HEX)}"`],
  ]);
  expectQuiet([
    // Host names are not names of values, whatever words their labels hold.
    ['application.properties', 'spring.datasource.url=jdbc:postgresql://historian.keystonebms.com:5432/bms_history'],
    // A quoted name, a comma and a sentence going on.
    ['run.sh', '# If the file omits "password", pyega3 prompts for it interactively.\npyega3 -c 8 -cf credentials.json files EGAD00000074744'],
    ['hostapd.conf', 'wpa_passphrase=@WIFI_PASSPHRASE@'],
    ['docker-compose.yml', '# .env (not committed):\n#   FR24_SHARING_KEY=   RADARBOX_SHARING_KEY=   (see .env.example)'],
    ['camel-context.xml', '<to uri="sftp://edi@edi.example.test:22/in?password=RAW({{sftp.password}})&amp;binary=true"/>'],
    ['appsettings.json', '{\n  "ConnectionStrings": {\n    "Redis": "wms-cache.redis.cache.windows.net:6380,ssl=True,abortConnect=False"\n  }\n}'],
    // An ETS keyring export: every value is encrypted under the keyring's password.
    ['Plaza.knxkeys', `<Keyring Project="Plaza" xmlns="http://knx.org/xml/keyring/1">\n  <Backbone MulticastAddress="224.0.23.12" Key="${rand(22, B64)}==" />\n  <Interface Type="Tunneling" UserID="2" Password="${rand(43, B64)}=" Authentication="${rand(43, B64)}=" />\n</Keyring>`],
    ['users.json', `[\n  {\n    "user": "diego",\n    "password": {\n      "encoding": "hash",\n      "value": "${rand(64, HEX)}",\n      "algorithm": "sha256",\n      "salt": "${rand(32, B64)}"\n    }\n  }\n]`],
    ['keyderiv_test.go', 'const tv1Xprv = "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi"'],
    ['api.md', 'Authorization: Basic Y2xpZW50X2lkOmNsaWVudF9zZWNyZXQ='],
    // Podcast Index's Authorization is a SHA-1 of key, secret and X-Auth-Date: one request's signature.
    ['feedcheck.log', `> X-Auth-Key: Z9XT****************\n> X-Auth-Date: 1719659741\n> Authorization: ${rand(40, HEX)}`],
    ['azuracast.env', 'MYSQL_USER=azuracast\nMYSQL_PASSWORD=azur4c457'],
    ['verify.py', 'jwt.decode(token, "not-the-key", algorithms=["HS256"])'],
    // List words without a valid BIP-39 checksum are prose, whatever the context says.
    ['backup.txt', 'Wallet backup notes\n\nalpha brave cabin daring eagle fabric gadget habit icon jacket kangaroo ladder'],
  ]);
});

test('stop 24, round 2: e-signature, surveys, telehealth, clinics, sports clubs and transit files', () => {
  const p = pw();
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  expectFound([
    ['curl.sh', `curl -s -H "Authorization: ODFHIR ${rand(16)}/${rand(16)}" https://api.opendental.com/api/v1/patients`],
    ['chat.txt', `Callum (9:46): use frontdesk.wcs / ${p}`],
    ['ticket.txt', `  2024-05-05 08:13  Priya: supervisor login for the vendor tech: controls / ${p}`],
    ['sync.py', `CR_USER, CR_PASS = "fgaf_api", "${p}"`],
    ['Code.gs', `var auth = Utilities.base64Encode('svc_forms:${p}');`],
    // A secret in a hidden input is in every visitor's copy of the page: the leak itself.
    ['form.html', `<input type="hidden" name="api_secret" value="${rand(40)}">`],
    ['deezer.py', `dz.login_via_arl("${rand(192, HEX)}")`],
    ['nicotine.conf', `[server]\nlogin = ravel\npassw = ${p}`],
    ['Get-BotPassword.ps1', `if (-not $pw) {\n    $pw = '${p}'\n}`],
    ['connect.ps1', `& $uiRobot connect --url "https://orchestrator.example.test/" --clientID "${uuid()}" --clientSecret '${rand(9)}$${rand(6)}'`],
    ['chat.txt', `[2024-03-19 18:24] Chloe: bot_runner_18 pw is now ${p} - I updated the asset in UAT`],
    ['export.py', `# public client id used by every tenant for the user-key flow - not a credential\nREFRESH_TOKEN = "${rand(43, BASE64URL)}"`],
    ['Invoice.cs', `driver.FindElement(By.Id("Password")).SendKeys("${p}");`],
    ['portal.bas', `ie.document.getElementById("txtPwd").Value = "${p}"`],
    ['login.spec.ts', `await page.fill('#password', '${p}');`],
    ['output.xml', `<msg timestamp="20250226 08:37:15.709" level="INFO">Typing text '${p}' into text field 'id:password'.</msg>`],
    ['Main.xaml', `<ui:TypeInto DisplayName="Type Into 'Password'" EmptyField="True" SimulateType="True" Text="${p}" />`],
    ['Login SAP.bpprocess', `<stage stageid="${uuid()}" name="SAP Password" type="Data">\n  <subsheetid>${uuid()}</subsheetid>\n  <datatype>text</datatype>\n  <initialvalue xml:space="preserve">${p}</initialvalue>\n</stage>`],
    ['get_edi.bat', `(\necho open ftp.example.test\necho user alduedi ${p}\necho binary\n) > "%TEMP%\\ftp.txt"`],
  ]);
  expectQuiet([
    // A JWT's claims written out are what every holder of the token reads.
    ['video.ts', `//   { "app_key": "${rand(22)}", "tpc": "visit-<id>", "role_type": 0, "iat": <now>, "exp": <now+7200> }`],
    ['secret.yaml', `data:\n  TWILIO_API_KEY_SECRET: ${Buffer.from('set-by-ci').toString('base64')}`],
    ['IroncladService.cls', "private static final String NAMED_CREDENTIAL = 'callout:Ironclad_API';"],
    ['DocuSign.namedCredential-meta.xml', '<externalCredential>DocuSign_JWT_Ext</externalCredential>'],
    ['config.php', "'connectionString' => 'mysql:host=' . getenv('DB_HOST') . ';port=3306;dbname=' . getenv('DB_NAME') . ';',"],
    ['results.csv', `"id","submitdate","lastpage","startlanguage","seed","token","startdate"\n"1","2024-04-06 05:14:59","2","en","609714651","${rand(15)}","2024-04-06 05:05:05"`],
    ['responses.json', `{\n  "items": [\n    {\n      "landing_id": "${rand(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}",\n      "token": "${rand(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}",\n      "response_id": "${rand(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}"\n    }\n  ]\n}`],
    ['hit.html', `<input type="hidden" name="batch_token" value="${rand(16, 'abcdefghijklmnopqrstuvwxyz0123456789')}">`],
    ['board.json', '{\n  "bart": {\n    "apiKey": "MW9S-E7SL-26DU-VV8V"\n  }\n}'],
    ['main.py', 'KEY_NAME, KEY_TYPE = "primary", "rsa-2048-oaep"'],
    ['notes.txt', 'For the API use http / https, whichever the proxy allows.'],
    ['Invoice.cs', 'driver.FindElement(By.Id("Password")).SendKeys(password);'],
    ['assets.json', `{\n  "Name": "Graph_ClientSecret",\n  "ValueType": "Credential",\n  "Value": "username: ${uuid()}"\n}`],
    // Audius names an app by its apiKey; the apiSecret signs writes.
    ['audius.ts', `import { sdk } from '@audius/sdk';\n\nexport const audius = sdk({\n  appName: 'nightshift',\n  apiKey: '${rand(40, HEX)}',\n});`],
    // A signed link's token: an expiry and a MAC, on a public page.
    ['album.html', `<script data-tralbum="{&quot;file&quot;:{&quot;mp3-128&quot;:&quot;https://t4.bcbits.com/stream/${rand(32, HEX)}/mp3-128/1?p=0&amp;ts=1743566434&amp;t=${rand(40, HEX)}&amp;token=1743566434_${rand(40, HEX)}&quot;}}"></script>`],
  ]);
});

test('stop 24, round 3: quantum, field data, threat intel, ad mediation, construction, home security, gateways, mining', () => {
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  const p = pw();
  expectFound([
    ['ionq.py', `provider = IonQProvider("${rand(32)}")`],
    ['sde.py', `arcpy.management.CreateDatabaseConnection(out, "gis.sde", "POSTGRESQL", "pg01", "DATABASE_AUTH", "sde", "${p}", "SAVE_USERNAME", "gis")`],
    ['pull.R', `auth <- authenticate("tundeoka", "${p}")`],
    ['commcare.py', `AUTH = {"Authorization": "ApiKey jo.mensah@example.test:${rand(40, HEX)}"}`],
    ['chat.txt', `[2025-06-09 13:06] Kofi: kobo api token for the export script: ${rand(40, HEX)} (it's the admin account)`],
    ['chat.txt', `[08:38] Lena: management key is \`${rand(86, BASE64URL)}\` - please don't put it in the sheet`],
    ['august.py', `auth = AuthenticatorAsync(api, "email", "jo@example.test", "${p}",`],
    ['mqtt-users.sh', `docker exec mosquitto mosquitto_passwd -b /mosquitto/config/passwd zwavejs '${p}'`],
    ['promote.sh', `3scale remote add prod "https://${rand(64, HEX)}@acme-admin.3scale.net/" || true`],
    ['flash.sh', `FARM_HASH=${rand(40, HEX)}\nFARM_ID=301244`],
    // A comment over another assignment is that assignment's.
    ['stats.go', `// Organization core ID from the Unity dashboard (identifier, safe to commit).\nconst orgCoreID = "22186405706989"\n\nconst apiKey = "${rand(64, HEX)}"`],
  ]);
  expectQuiet([
    ['mail.py', 'send_mail("ops@example.com", "Disk-full-on-db01")'],
    ['0007_seed_admin.sql', `INSERT INTO users (email, password_hash) VALUES ('admin@example.test', 'sha256:${rand(64, HEX)}');`],
    ['export.csv', `SubmissionDate,deviceid,meta-instanceID,KEY\n2024-04-19T18:13:49.923Z,collect:${rand(16)},uuid:${uuid()},uuid:${uuid()}`],
    ['gs.sh', 'curl -s -u admin:geoserver -X POST "$GS/rest/workspaces"'],
    ['config.json', `{\n  "pools": [\n    {\n      "url": "xmr-eu1.nanopool.org:14433",\n      "user": "${rand(95)}",\n      "pass": "box008:${rand(6, 'abcdefghjkmnpqrstuvwxyz')}",\n      "rig-id": "box008"\n    }\n  ]\n}`],
    ['kong.yaml', `consumers:\n- username: svc-metabase\n  basicauth_credentials:\n  - username: svc-metabase\n    password: ${rand(40, HEX)}`],
    ['AppLovinSettings.asset', `  m_Name: AppLovinSettings\n  qualityServiceEnabled: 0\n  sdkKey: ${rand(86, BASE64URL)}`],
    ['MintegralInit.java', `    // App ID / App Key are the client-side SDK init values from the Mintegral dashboard\n    // (they are compiled into the APK).\n    private static final String APP_ID = "643015";\n    private static final String APP_KEY = "${rand(32, HEX)}";`],
    ['docker-compose.yml', '    environment:\n      - TYK_GW_SECRET=352d20ee67be67f6340b4c0605b044b7'],
    // A captcha provider takes the public site key.
    ['firebase.ts', `initializeAppCheck(app, { provider: new ReCaptchaV3Provider('6L${rand(38, BASE62 + '_-')}'), isTokenAutoRefreshEnabled: true });`],
  ]);
});


test('stop 25, round 1: clinical trials, media, broadcast, robotics, CAD, e-learning, ISPs and social apps', () => {
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  const p = pw();
  const words = () => `${rand(6, 'abcdefghjkmnprstuvwz')}.${rand(7, 'abcdefghjkmnprstuvwz')}.${rand(2, '123456789')}`;
  expectFound([
    // Chat: what it is, then the value.
    ['chat.txt', `[09:05] Keiko: wowza manager login is wowza / ${p}`],
    ['ticket.txt', `UR10e cell 5: polyscope admin password was changed to ${p} by the integrator, please update the runbook`],
    ['chat.txt', `[10:46] cvoss: creds from Splynx are cust-38257 / ${p}`],
    ['chat.txt', `[17:39] Chloe: admin secret for partner 4811754 is ${rand(32, HEX)} (KMC > Integration Settings)`],
    ['chat.txt', `[2024-05-03 07:07] Sven Reyes: key ${rand(16)}\n[2024-05-03 07:07] Sven Reyes: secret ${rand(32)}`],
    // Launch files, provision scripts, SQL and tables.
    ['bridge.launch', `<param name="mqtt/account/password" value="${p}"/>`],
    ['bridge.launch', `<param name="mqtt/account/password" value="$(optenv MQTT_PASSWORD ${p})"/>`],
    ['site.xconf', `<Property name="ie.ldap.managerPw" overridable="true" targetFile="codebase/WEB-INF/ie.properties" value="${p}"/>`],
    ['provision.js', `declare("InternetGatewayDevice.ManagementServer.ConnectionRequestPassword", {value: now}, {value: "${p}"});`],
    ['provision.js', `declare(base + ".Password", {value: now}, {value: "${p}"});`],
    ['radius.sql', `INSERT INTO \`radcheck\` VALUES (1635,'46083@rlb.pppoe','Cleartext-Password',':=','${p}');`],
    ['V48__seed.sql', `INSERT INTO portal_user (username, password_hash) VALUES ('mlindqvist', crypt('${p}', gen_salt('bf', 12)));`],
    ['recon.sql', `WHENEVER SQLERROR EXIT SQL.SQLCODE\nCONNECT argus_ro/"${p}"@//argusdb.example.test:1521/ARGPRD`],
    ['config.txt', `| plugin            | name                   | value                            |\n| local_kaltura     | adminsecret            | ${rand(32, HEX)} |`],
    ['extract.txt', ` id   | typeid |        name         |                 value\n 430 |     4 | password            | ${rand(24)}`],
    ['course.json', `  "lti_passports": [\n    "h5p:corvidlabs-h5p:${rand(16)}",\n    "labster:${rand(12, HEX)}:${rand(16)}"\n  ],`],
    ['template.yaml', `Resources:\n  IngestPasswordA:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Name: /medialive/ingest-1-a\n      Type: String\n      Value: '${rand(32, HEX)}'`],
    // Command lines and calls.
    ['backup.bat', `%ADMS% -Obackup -B"D:\\VaultBackup" -VUAdministrator -VP${p} -S`],
    ['export.bat', `java -jar VaultDataLoader.jar -export documents ^\n  -u api.loader@example.test -p ${p} ^`],
    ['creo.py', `c.windchill_authorize("qrossi", "${p}")`],
    ['ExportToPdm.bas', `vault.Login "erpbridge", "${p}", "CYBERDYNE_PDM"`],
    ['LabRecorder.cs', `new RemoteLRS(\n    "https://lrs.example.test/data/xAPI/",\n    "${rand(16)}",\n    "${rand(32)}");`],
    ['user.js', `"auth" : "Basic " + toBase64("${rand(40, HEX)}:${rand(40, HEX)}")`],
    ['configure.swift', `password: Environment.get("DATABASE_PASSWORD") ?? "${p}",`],
    // A shared secret people make to type into two devices, and a BGP session's MD5 key.
    ['ipsec.rsc', `/ip ipsec peer\nadd peer=hq-office secret="${words()}"`],
    ['radius.js', `const SECRET = process.env.RADIUS_SECRET || '${words()}';`],
    ['bgp.rsc', `add name=t2 remote.address=203.0.113.196 tcp-md5-key=${words()} local.role=ebgp`],
  ]);
  expectQuiet([
    // Registry binaries are what the program stored (encrypted), not what a person typed.
    ['export.reg', `"DbUser"="sa"\n"DbPassword"=hex:9f,b2,cb,f3,74,03,6e,94,39,60,5d,d1,c0,1d,38,4a,59,b0,9d,7d,aa,78,b5,97,\\\n  94,94,d3,79`],
    // CHAP-Password is the peer's MD5 response to a challenge.
    ['radius.log', `(337)   User-Name = "shi63039"\n(337)   CHAP-Challenge = 0x${rand(32, HEX)}\n(337)   CHAP-Password = 0x${rand(34, HEX)}`],
    // A constant whose value is defined elsewhere (BIRD's `define`).
    ['bird.conf', 'protocol bgp transit_a {\n\tneighbor 192.0.2.101 as 64874;\n\tpassword TRANSIT_A_MD5;\n}'],
    // Keys a page or an app hands to every visitor.
    // A Maps loader's key under a comment further up that calls it a referrer-restricted browser key.
    ['coverage.html', `<script>
  // Maps JS browser key: restricted to https://*.example.test/* referrers and the Maps JavaScript API only
  function initMap() {
    const map = new google.maps.Map(document.getElementById('map'), { zoom: 9 });
    map.data.loadGeoJson('/coverage/towers.geojson');
  }
</script>
<script async src="https://maps.googleapis.com/maps/api/js?key=AIza${rand(35, BASE62 + '_-')}&callback=initMap"></script>`],
    ['realtime.ts', `const pn = new PubNub({\n  publishKey: 'pub-c-${uuid()}',\n  subscribeKey: 'sub-c-${uuid()}',\n  userId,\n});`],
    ['setup.sh', `php admin/cli/cfg.php --name=recaptchapublickey --set='6L${rand(38, BASE62 + '_-')}'`],
    // Passwords by name alone in code that scrubs them.
    ['scrub.py', 'SENSITIVE = re.compile(r"\\b(password|secret|tcp-md5-key|ipsec-secret)=(\\"[^\\"]*\\"|\\S+)")'],
    ['run.sh', 'docker run -u app -p 8080:80 nginx'],
  ]);
});

test('stop 25, round 2: campaigns, hotels, churches, restaurants, chip design, museums and car dealers', () => {
  const p = pw();
  expectFound([
    ['efile.ini', `[efiling]\nendpoint = https://efilingapps.fec.gov/webload/services/upload\ncommittee_password = ${p}`],
    ['qor.tcl', `set qor_db(user) "qor_rw"\nset qor_db(pass) "${p}"`],
    ['nightly.sh', `export P4USER=eda_bot\nprintf '%s\\n' '${p}' | p4 -u eda_bot login`],
    ['regress.sh', `echo '${p}' | p4 login -a > /dev/null`],
    ['wifi.txt', `SSID: sundaysupper-staff  /  WPA2 key: ${p}`],
    ['sync.sh', `BASE="https://omeka.example.test/api"\nIDENT="${rand(32)}"\nCRED="${rand(32)}"`],
    ['user-password.py', `('BDMArchives', BotPassword('MassUpload', '${rand(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}'))`],
    ['rclone.conf', `[azure-av]\ntype = azureblob\naccount = khldigi56\nkey = ${rand(86, B64)}==`],
    ['export.py', `HEADERS = {"X-ArchivesSpace-Session": "${rand(64, HEX)}"}`],
    ['curl.sh', `curl -s https://api.example.test/v1/items/G8DG -H "arena_session_id: ${rand(44)}" | jq .`],
    ['run.txt', `snmp\n v2 admin-state enable\n v2 community ${p} ro\n v3 user nocv3\n  authentication protocol SHA\n  authentication key ${pw()}\n  privacy key ${pw()}`],
    ['push.sh', `lftp -e "set sftp:auto-confirm yes; \\\n  open -u bluecrest_exports,${p} sftp://sftp.example.test; \\\n  bye"`],
  ]);
  expectQuiet([
    ['giving.js', `const MERCHANT_KEY = '${rand(23)}'; // public merchant identifier from the Pushpay admin URL`],
    ['pos.ini', `User=posbridge\nPassword=dpapi:AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA${rand(120, B64)}`],
    ['config.rb', '## Example from the docs (do not use):\n#AppConfig[:db_url] = "jdbc:mysql://localhost:3306/archivesspace?user=as&password=as123&useUnicode=true"'],
    ['run.sh', 'mysql -h db.example.test -u reporting -p orders'],
    // Documentation that names the options.
    ['subversion.py', '        information can be provided via the --username and --password options'],
    ['ocpp.yaml', 'client_cert: /etc/ocpp/certs/G17-EV12.crt\nclient_key: /etc/ocpp/private/G17-EV12.key'],
    ['tc_export.bat', 'set CRED=-u=%USERNAME% -g=Engineering -sso_app_id=TC_UTILS'],
    ['map.js', `// The app token identifies us to the open-data portal; it is not a credential (public datasets, read-only)\n// and Socrata documents it as safe to embed in client code.\nconst APP_TOKEN = '${rand(25)}';`],
  ]);
});

test('stop 25, round 3: lab instruments, pharmacy, trucking, closings, SIEM and public safety', () => {
  const p = pw();
  const uuid = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
  expectFound([
    // A login given in reply to someone asking for it.
    ['chat.txt', `Rosa Iverson  3:35 PM\nHey can you reset the SoftPro admin? James locked it again\nJames Nakamura  3:42 PM\ndone. SPAdmin / ${p}\nplease change it after you log in`],
    ['export.json', `[\n  {\n    "user": "areyes",\n    "text": "anyone have the login for the radio console NMS at the backup center?",\n    "ts": "1726210357.360903"\n  },\n  {\n    "user": "radeyemi",\n    "text": "it's admin / ${p} — please change it after",\n    "ts": "1726210542.871826"\n  }\n]`],
    ['chat.txt', `[19:12] e.fitzgerald: sure, what's the service account?\n[19:12] h.tanaka: soc_automation / ${p}`],
    ['opcua_server.py', `USERS = {\n    "operator": "${p}",\n    "historian": "${pw()}",\n}`],
    ['autologon.bat', `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d "${p}" /f`],
    ['outputs.conf', `[httpout]\nhttpEventCollectorToken = ${uuid().toUpperCase()}\nuri = https://hec.example.test:8088`],
    ['load_204.edi', `ISA*00*          *01*${rand(10)}*ZZ*KSIM           *ZZ*SUMMITAGPR     *240913*1958*U*00401*257867728*0*P*>~`],
    ['LoadMasterClient.java', `RestClient.builder()\n    .basicAuthentication("loadmaster_api", "${p}")\n    .build();`],
    ['prior_auth_client.rb', `  conn = Faraday.new(url: BASE) do |f|\n    f.request :authorization, :basic, "${rand(32, HEX)}", "${rand(32, HEX)}"\n  end`],
    ['newrx.xml', `<UsernameToken>\n  <Username>MEDPOINT47</Username>\n  <Password Type="PasswordText">${p}</Password>\n</UsernameToken>`],
    // Meeting-room integration: runbooks, console scripts, plugin properties, device configs.
    ['runbook.txt', `      URL ......... rtmps://live-api-s.facebook.com:443/rtmp/\n      Stream key .. ${rand(32)}`],
    ['smp351.txt', `    Username .......... recorder\n    Password .......... ${p}`],
    ['console.txt', `AUTHENTICATION ON -N:admin -P:${p}\nADDUSER -N:integrator -P:${pw()}`],
    ['plugin.lua', `  props = {\n    { Name = "API Key", Type = "string", Value = "${rand(32, HEX)}" },\n  }`],
    ['rooms_report.py', `# base64(client_id:client_secret) for the Rooms Reporting app\nBASIC = "${Buffer.from(`${rand(22)}:${rand(32)}`).toString('base64')}"`],
    ['lutron.lua', `local LOGIN, PASS = "avcontrol", "${p}"   -- integration login created in Lutron Designer`],
    ['codecs.sh', `AUTH="admin:${rand(6)}@${rand(4, '0123456789')}lotus"`],
    ['control.py', `SWITCHER_CREDS = ('admin', '${p}')`],
    ['assets.csv', `AssetTag;Site;Room;Type;LocalAdminPw\nAV-MCC-93532;Melbourne;Training Room B;Codec;${p}`],
    ['poly.cfg', `    device.auth.localAdminPassword.set="1"\n    device.auth.localAdminPassword="${rand(1, '123456789')}${rand(7, '0123456789')}"`],
    // Postmark's SMTP login is its server token as both user and password: a repeat is no default there.
    ['DigestSender.cs', (() => { const t = uuid(); return `Credentials = new NetworkCredential("${t}", "${t}")`; })()],
  ]);
  expectQuiet([
    // An id pair written `tenant / team` is no login.
    ['notify.ps1', `# URL is stored in the Windows Credential Manager (target: TeamsWebhook)\n$WebhookUrl = (Get-StoredCredential -Target 'TeamsWebhook').GetNetworkCredential().Password\n# tenant and team ids (not secret): ${uuid()} / ${uuid()}`],
    ['server.py', 'users = {"alice": "admin", "bob": "read-only"}'],
    ['outputs.yml', `    token: "#42:${rand(44, B64)}"\n    password: "#42:${rand(60, B64)}"`],
    ['mac.ini', 'Url=ftps://silverla021@ftp.example.test:990/mac/\nPasswordSource=CredentialManager:MACPriceFTP'],
    ['load_204.edi', 'ISA*00*          *00*          *ZZ*KSIM           *ZZ*SUMMITAGPR     *240913*1958*U*00401*257867728*0*P*>~'],
    ['newrx.xml', `<Password Type="PasswordDigest">${rand(28, B64)}</Password>`],
    ['console.txt', 'AUTHENTICATION ON -N:avadmin -P:<admin password from client>\nADDUSER -N:avtech -P:<technician password>'],
    ['xms.py', '# re-credentialed by the XMS Cloud policy after enrolment\nAUTH = ("integrator", "integrator")'],
    ['hostapd.conf', '# wpa_passphrase is injected at boot from /run/secrets/ap_psk by hostapd-wrapper.sh'],
    ['runbook.txt', '      Passphrase .. none (internal only)'],
    ['codecs.sh', 'AUTH="admin:pw@db.example.com"'],
    ['config.yml', 'timeout_seconds: 300000\npassword_min_length: 123456'],
    ['lti.py', `# two-legged OAuth — the consumer key is an identifier; the secret comes from the environment\nSC_KEY = os.getenv("SCHOOLOGY_KEY", "${rand(41, HEX)}")`],
  ]);
});
