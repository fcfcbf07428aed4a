/**
 * Generic detectors: no provider prefix vouches for the value, so these get every
 * false-positive filter and need a secret-looking name (requireSecretName) or a strong context.
 *
 * One assignment shape covers code and config alike:
 *   NAME ["'`]? ]? (= | : | := | => | == | , after a quoted key | > in XML) ["'`]? VALUE ["'`]?
 * e.g. password = "…" (Python, Ruby, Terraform, INI), apiKey: '…' (JS, YAML), "token": "…" (JSON),
 * API_TOKEN=… (.env, shell, Dockerfile ENV), db.password=… (properties), token := "…" (Go),
 * <apiKey>…</apiKey> (XML), put("secret", "…") (Java), `API_KEY=…` (Markdown).
 */
import type { Rule } from '../types.ts';
import { hasPlaceholderWord, isTemplateOrReference, isWordy, looksLikePassword, looksRandom, secretNameKind } from '../filters.ts';

// The name may follow a line comment (`//$client_secret = '…'`) but not a path (`/api/token=`);
// command-line options count (`--api-token=…`, `-Ddb.password=…`), and so does a diff's removed
// line (`-DB_PASSWORD=…`, quoted in a review mail as `> -…`): the value is in the history. ASP.NET
// Core names a setting by its path, `Authentication:Github:ClientSecret` (appsettings keys, user-secrets),
// and so do SpiderFoot's `sfp_shodan:api_key=…` lines and Godot's `keystore/release_password="…"`.
// A quoted value may hold any character but its own quote or a space, and backslash escapes
// (generated passwords have `;`, `(`, `|`, `\`, the other quotes) but does not start with a
// quote (`'"…"'` is a string inside a string: generic-secret-build-config's); a bare value stops
// at punctuation, and at `&` when a query parameter follows (`a&b=c`; `copper&Quartz44` is one value).
// A typed declaration puts its type between name and value: `dbPassword: string = "…"` (TS),
// `api_key: str = "…"` (Python), `val secret: String = "…"` (Kotlin), `TOKEN: &'static str = "…"` (Rust),
// `password: []const u8 = "…"` (Zig).
const TYPE_ANNOTATION = String.raw`[ \t]{0,4}:[ \t]{0,4}(?:(?:&(?:'static[ \t]+)?)?\[u8(?:;[ \t]{0,2}\d{1,4})?\]|(?:&(?:'static[ \t]+)?|\[\](?:const[ \t]+)?|(?:constant|aliased)[ \t]{1,4})?[A-Za-z_][\w.]{0,30}(?:<[\w ,.<>\[\]&']{0,40}>|\[[\w ,.]{0,30}\])?(?:\[\])?\??(?:[ \t]{0,2}\|[ \t]{0,2}\w{1,12}){0,2})[ \t]{0,4}:?=(?![=>])`;
const KEY_DECODER = String.raw`hex\.DecodeString|base64\.(?:Std|URL|RawStd|RawURL)Encoding\.DecodeString|Convert\.From(?:Base64|Hex)String|base64\.(?:urlsafe_|standard_)?b64decode|bytes\.fromhex|binascii\.(?:unhexlify|a2b_hex)|Buffer\.from|\[\]byte|Base64\.getDecoder\(\)\.decode|Hex\.decodeHex|Encoding\.(?:UTF8|ASCII)\.GetBytes|HexFormat\.of\(\)\.parseHex|Decoders\.BASE64(?:URL)?\.decode|Keys\.hmacShaKeyFor|GXByteBuffer\.hexToBytes|GXCommon\.hexToBytes|(?<![\w.])must(?:B64|Base64|Hex|Decode\w{0,12})|HeaderValue::from_(?:str|static)`;
// A literal handed to a string constructor: String::from("…"), SecretString::new("…"), new String("…").
// Or to a decoder that turns it into key bytes: hex.DecodeString("…"), Convert.FromBase64String("…"),
// base64.b64decode(b"…"), bytes.fromhex("…"), Buffer.from("…", "hex"), []byte("…"), and
// jose's new TextEncoder().encode("…"), Java's HexFormat.of().parseHex("…"), JJWT's
// Decoders.BASE64.decode("…"), Gurux DLMS's GXByteBuffer.hexToBytes("…"), a Go helper's mustB64("…"), and Rust's HeaderValue::from_str("…").
// Swift labels the argument: Data(hexString: "…"), Data(base64Encoded: "…"). Unreal wraps literals in TEXT("…"),
// and Go SDKs in pointer helpers: pulumi.String("…"), aws.String("…"), to.Ptr("…"). Calls that hand the
// literal back as it is, or escaped for a URL: PHP's urlencode('…') and trim('…'), Python's str("…") and
// quote("…"), JavaScript's encodeURIComponent("…"), Go's strings.TrimSpace("…").
const STRING_WRAPPER = String.raw`(?:(?:String::from|SecretString::(?:new|from)|Secret::new|new[ \t]+String|SecretStr|Some|new[ \t]+TextEncoder\(\)\.encode|TEXT|_T|FString|pulumi\.(?:String|StringPtr|ToSecret)|aws\.String|to\.Ptr|ptr\.String|proto\.String|${KEY_DECODER}|(?<![\w.$>-])(?:urlencode|rawurlencode|trim|strval|encodeURIComponent|str|String)|(?:urllib\.parse\.)?quote(?:_plus)?|strings\.TrimSpace)\(|Data\((?:hexString|base64Encoded):|(?<![\w.])Field\([ \t]{0,4}default[ \t]{0,2}=)[ \t]{0,2}(?:b(?=["']))?(?=["'\x60])`;
// Two-column CSV and similar exports: a line that is only `api_token,value` (and a trailing comma).
const CSV_SEP = String.raw`,(?<=^[ \t]*[A-Za-z_][\w.-]{0,80},)(?=[^\s,"'\x60;]{8,300},?[ \t]*\r?$)`;
// A directive with its value quoted and no operator: BIND's `secret "…";`, nginx-style `api_key "…";`.
const DIRECTIVE_SEP = String.raw`(?=[ \t]{0,8}["'])(?<=^[ \t]*[A-Za-z_][\w.-]{0,80})[ \t]{0,8}(?=(?<dq>["'])[^"'\s\\]{6,300}\k<dq>[ \t]*;)`;
// A map or property setter keyed by a constant: `env.put(Context.SECURITY_CREDENTIALS, "…")`, an
// Erlang or Elixir tuple `{push_api_key, "…"}`,
// `props.setProperty(Keys.API_TOKEN, "…")` (a quoted key is the `"k", "v"` form above).
// Erlang's `-define(API_TOKEN, "…")` and binaries (`{password, <<"…">>}`) too.
const CALL_KEY_SEP = String.raw`,(?<=(?:\b(?:put|set|setProperty|add|Add|with)\w{0,12}\(|-define\(|\{)[ \t]{0,4}[A-Za-z_$][\w.$]{0,80},)(?=[ \t]{0,4}(?:<<)?["'\x60])`;
// Go declares the type after the name: `var apiToken string = "…"`; so does VB.NET: `Const SmtpPass As String = "…"`.
const GO_TYPE = String.raw`[ \t]{1,4}(?:string|\[\]byte|As[ \t]{1,4}[\w.]{1,40})[ \t]{0,4}=(?![=>])`;
// A line that is only `NAME=value` or `name: value` (.env, .properties, INI, YAML): the value is the
// rest of the line, punctuation included (`DB_PASSWORD=cPr}F1rA;8}Sz3`), up to a ` #` comment. It
// may end in base64 padding but hold no other `=`, so `k=v;k2=v2` pairs are still read one by one
// (a value with neither `;` nor `&` may hold `=` anywhere: Django's keys draw from `=`, `(` and `)`);
// it holds no quotes and does not start with a call or an index (`foo(x)`, `request.GET['k']`, Go's `[]byte(k)`).
const WHOLE_LINE_VALUE = String.raw`(?<=^[ \t]*(?:export[ \t]+)?[A-Za-z_][\w.-]{0,80}[ \t]{0,40}[=:][ \t]{0,40})(?<line>(?![\w.$]{1,80}[(\[]|\[\][\w.]{1,40}\()(?:[^"'\x60\s=#:][^"'\x60\s=]{5,1000}={0,2}|(?=[^"'\x60\s;&]{6,1000}(?:[ \t\r]*$|[ \t]+#))[^"'\x60\s=#:;&][^"'\x60\s;&]{5,1000}))(?<!,)(?=[ \t\r]*$|[ \t]+#)`;
// ABAP's `client_secret TYPE string VALUE '…'` and COBOL's `01 WS-API-KEY PIC X(32) VALUE '…'` (the literal
// may go on the next line).
const VALUE_CLAUSE = String.raw`[ \t]{1,20}(?:TYPE[ \t]{1,8}[\w/]{1,40}(?:[ \t]{1,8}LENGTH[ \t]{1,8}\d{1,5})?|PIC(?:TURE)?[ \t]{1,8}[\w()]{1,20})[ \t]{1,8}VALUE(?:(?=[ \t]{1,8}["'])|[ \t]*\r?\n[ \t]{1,40}(?=["']))`;
// Operators: `=`, `:`, `:=`, `=>`, `==`, `?=`, `+=`, `||=`, `??=`, Makefile's `::=` and `:::=`, PHP's `.=`, R's `<-`
// (and `$keys[] = …`). A JSON document inside a string has its quotes escaped: `\"api_token\": \"…\"`.
// (`<password>…</password>` is the XML element rule's: a bare `>` also reads `<password>@host`.)
// Code inside a string (a notebook's JSON source lines) goes on with an escape: `API_KEY = '…'\n",`.
// T-SQL marks a Unicode literal with N: `@rmtpassword = N'…'`. A list of secrets' first item counts too: `secrets: ['…']`.
const ASSIGNMENT = new RegExp(
  String.raw`(?:(?<=(?:^|[\s"'(=])--|(?:^|\s)-D)|(?<![\w.$-])(?<!(?:^|[^/])\/)(?<![\w-]:)|(?<=^(?:>[ \t]?){0,4}-)(?!-)|(?<=(?:^|["'\s])(?:[A-Z][A-Za-z0-9_]{0,40}:){1,6})|(?<=^[ \t]*(?:[A-Za-z_][\w-]{0,40}:){1,4})(?=[\w.-]{1,80}[ \t]*=)|(?<=^[ \t]*[A-Za-z_][\w.-]{0,40}\/)(?=[\w.-]{1,80}[ \t]*=)|(?<=\$env:)|(?<=^[ \t]{1,8}[a-z][\w-]{0,40}:)|(?<=(?:^|[\s{(,])\.|["'\]]\.))(?<name>[A-Za-z_$@][\w.$-]{0,80})(?:${TYPE_ANNOTATION}|${GO_TYPE}|${VALUE_CLAUSE}|(?<=\bDATA\([\w-]{1,81})\)[ \t]{0,4}=(?![=>])|(?:\\?["'\x60])?(?:\]|\[\]|(?<=(?:->|[$%@][A-Za-z_]\w{0,40})\{["']?[A-Za-z_][\w.-]{0,80}["']?)\})?[ \t]{0,40}(?:=>|:{1,3}=|===?|!==?|\?=|\+=|\.=|\|\|=|\?\?=|<<?-(?![-\d])|[=:])(?:(?<=[^=!<>]=)[ \t]*\r?\n[ \t]{1,40}(?=["'\x60]))?|,[ \t]{0,2}(?:_|err)[ \t]{0,2}:?=(?!=)|(?<pair>["'\x60][ \t]{0,4},)|${CSV_SEP}|${DIRECTIVE_SEP}|${CALL_KEY_SEP})[ \t]{0,40}(?:(?:[bruf]{1,2}|@|<<|~[cCsS])(?=["'\x60])|(?<=@\w{1,80}[ \t]{0,40}=[ \t]{0,40})N(?=')|(?<=(?:[Ss]ecret|[Kk]ey|[Tt]oken|[Pp]assword|[Cc]redential|[Cc]ommunity|SECRET|KEY|TOKEN|PASSWORD|CREDENTIAL|COMMUNITY)[Ss]?["'\x60]?\]?[ \t]{0,4}(?::|=|=>)[ \t]{0,40})\[[ \t]{0,4}(?=["'\x60])|!!(?:str|binary)[ \t]+|${STRING_WRAPPER})?(?!\?)(?:(?<q>["'\x60])(?!["'])(?<secret>(?:(?!\k<q>)[^\s\\]|\\\S){6,1000})\k<q>|\\(?<eq>["'])(?<esecret>[^\s\\"'\x60]{6,1000})\\\k<eq>|${WHOLE_LINE_VALUE}|(?<bare>(?!:)(?:[^"'\x60\s\\,;<>(){}[\]|&]|&(?![$\w.-]{0,80}=|(?:quot|amp|lt|gt|apos|#\d{1,5});)){6,1000}))(?=$|[\s,;)\]}<>&"'\x60#.+/]|\\[nrt"])`,
  // `^` and `$` are a line's ends: the slice may hold the next line too (a value continued below).
  'm',
);

// An XML element's text, its entities escaped: `a&amp;b`. A bare `&` (a hand-edited settings.xml,
// which no parser reads, but `cat` shows) is a character of the value.
const XML_TEXT = String.raw`(?:[^<&\s]|&(?:amp|lt|gt|quot|apos|#\d{1,5});|&(?![A-Za-z]{1,10};|#))`;

// A CDATA section holds its text as written, `<` and `&` included: `<![CDATA[Umbe>r123]]>`.
const CDATA = String.raw`<!\[CDATA\[(?<cdata>(?:(?!\]\]>)[^\n]){4,300})\]\]>`;

// A table header cell: a column name, maybe quoted, of up to three words (`API Key`).
const CELL = String.raw`(?:["'\x60]?[\w.\/-]{1,40}(?: [\w.\/-]{1,40}){0,2}["'\x60]?)`;

// A space in SQL, as mysql's history file writes it too (`\040`).
const SQL_SP = String.raw`(?:[ \t]|\\040)`;

/** One argument of a call: a string literal or a plain expression (name, member, index). */
// (In a notebook's JSON source the quotes are escaped: `GIS(\"https://…\", \"user\", \"…\")`.)
const ARG = String.raw`(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|\\"[^"\\\n]{0,200}\\"|[\w.$@\[\]]{1,100})`;
/** A quoted password argument. */
const PW_ARG = String.raw`(?<q>\\?["'])(?<secret>[^"'\s\\]{6,128})\k<q>`;

/**
 * A password argument on a command line, its groups numbered `n`: single-quoted (where `$` and
 * `\` are literal), double-quoted (with `\$`-style escapes, but no expansion), or bare (no
 * expansion, no quote). A value that expands a variable is a reference, not a password.
 */
function cliPassword(n: number): string {
  return String.raw`(?:${quotedCliPassword(n)}|(?<s${n}>[^\s"'\x60$-][^\s"'\x60$]{3,127}))`;
}

/** The same, quoted only: where a bare word after the command is prose (`(ansible-vault encrypt_string output)`). */
function quotedCliPassword(n: number): string {
  return String.raw`(?:'(?<sq${n}>[^'\n]{4,128})'|"(?<dq${n}>(?:[^"\n\\$\x60]|\\[^\n]){4,128})")`;
}

const SECRET_NAME_KEYWORDS = [
  'password', 'passwd', 'appcertificate', 'app_certificate', 'passphrase', 'pwd', 'pass', 'secret', 'token', 'apikey', 'api_key', 'api-key', 'api.key',
  'access_key', 'accesskey', 'access-key', 'private_key', 'privatekey', 'private-key', 'auth', 'credential', 'creds', 'cred',
  'key', 'psk', 'bdk', 'guek', 'gbek', 'gak', 'zmk', 'zpk', 'zak', 'tmk', 'tpk', 'ipek', 'pvk', 'cvk', 'kek', '_pin', 'userpin', 'sopin', 'partitionpin', 'hsmpin', 'slotpin', 'tokenpin', 'bw_session', 'encrypt', 'community', 'connectionstring', 'connection_string', 'connection-string', 'conn_str', 'connstr', '_pat', 'pat_', '-pat', ' pat =', ' pat:', '"pat"', '$pat', 'pat =', 'pat=', '_sk', 'sk =', 'sk=', 'sk:', 'sk"', 'sk\'', '_psw', 'passcode', 'scbk', 'automation_code', 'installer_code', 'master_code',
  // Names in other languages (filters.ts's FOREIGN_PASSWORD and KEY_NAME).
  // Whole words, not fragments: `passe` would also run the patterns on every line that says "passed".
  'passwort', 'kennwort', 'contrasena', 'senha', 'sifre', 'mot_de_passe', 'motdepasse', 'mot-de-passe', 'mdp', 'wachtwoord',
  'haslo', 'lozinka', 'salasana', 'adgangskode', 'losenord', 'jelszo', 'heslo', 'geslo', 'katasandi', 'kata_sandi', 'matkhau',
  'mat_khau', 'parola_d', 'clave', 'chave', 'khoa', 'kagi', 'miftah', 'kunji', 'chiave', 'klucz', 'sleutel', 'schluessel',
  'schlussel', 'anahtar', 'parol', 'bindpw', 'rootpw', 'bind_pw', 'root_pw', 'hash_salt', 'securitysalt', 'security_salt',
  // Mainframe spellings: `pw`, `initpw`, COBOL's `…-PSWD`, WebSphere's LTPA token.
  // (`pw` ends the name: followed by what assigns it, not as the start of `pwd` or `pwa`.)
  'pw ', 'pw\t', 'pw=', 'pw:', 'pw"', "pw'", 'pw}', 'pw>', 'pswd', 'ltpa',
  // Salts that are secrets (filters.ts): Moodle's pepper, Icinga 2's ticket salt.
  'passwordsalt', 'password_salt', 'ticketsalt', 'ticket_salt', 'pepper',
  // PACER's session token (`NEXTGEN_CSO`, the `X-NEXT-GEN-CSO` header).
  'nextgen_cso', 'nextgencso', 'next-gen-cso',
];

// A parent whose value is an object: its name ends the key (`"adminPassword": {`, `stripeKeys: {`),
// so the keyword is followed by the key's closing quote or its colon.
const NESTED_JSON_KEYWORDS = SECRET_NAME_KEYWORDS.flatMap((k) => [`${k}"`, `${k}'`, `${k}:`, `${k}s:`, `${k}s"`]);

/**
 * A password written in prose: 6 to 64 characters with a letter, and a digit or a symbol that does
 * not end it (`provision?` ends a question); not a hash's kind (`enable password sha512 $6$…`);
 * not a reference (`$x`, `%x`, `&x`, `{x}`, a path),
 * no HTML entity (`to&nbsp;free`) and no Markdown emphasis (`**Password hashes.**`).
 */
const CHAT_PASSWORD = String.raw`(?![@$%&{}\/\\_])(?!(?:sha\d{0,3}|md5|hash(?:ed)?|encrypted|secret)(?![\w!@#$%^&*+=?~]))(?![^\s\x60'"<>(){}[\],;]{0,62}\*\*)(?=[A-Za-z]|[^\s\x60'"<>(){}[\],;]{1,63}[A-Za-z])(?=[^\s\x60'"<>(){}[\],;]{0,63}\d|[^\s\x60'"<>(){}[\],;]{0,62}[!@#$%^&*+=?~][^\s\x60'"<>(){}[\],;])(?![^\s\x60'"<>(){}[\],;]{0,63}&(?:[a-z]{2,8}|#\d{1,5});)[^\s\x60'"<>(){}[\],;]{6,64}`;


/**
 * The base64 of a word, as it reads at each of the three alignments a base64 encoder can put it
 * in: only the characters the word's own bytes decide. `PASSWORD=` inside `cat .env | base64` is
 * one of these three runs, whatever comes before it.
 */
function base64Fragments(word: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const enc = Buffer.from('\0'.repeat(k) + word, 'latin1').toString('base64');
    let frag = '';
    for (let j = 0; j < enc.length; j++) {
      if (Math.floor((6 * j) / 8) >= k && Math.floor((6 * j + 5) / 8) <= k + word.length - 1) frag += enc[j];
    }
    if (frag.length >= 4) out.push(frag);
  }
  return out;
}

/** A `.env` line with a secret name and a value that is not a reference or a placeholder. */
const ENV_LINE = /^(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{1,80})=(["']?)([^\s"'#]{8,400})\2[ \t]*\r?$/gm;
function holdsEnvSecret(blob: string): boolean {
  const text = Buffer.from(blob, 'base64').toString('latin1');
  if (!/^[\x20-\x7e\t\r\n]+$/.test(text)) return false;
  for (const [, name, , value] of text.matchAll(ENV_LINE)) {
    const kind = secretNameKind(name);
    if (kind === null || isTemplateOrReference(value) || hasPlaceholderWord(value)) continue;
    if (kind === 'password' ? looksLikePassword(value) : looksRandom(value, kind === 'key' ? 16 : 8)) return true;
  }
  return false;
}

export const GENERIC_RULES: Rule[] = [
  {
    id: 'generic-secret',
    title: 'Hardcoded secret assigned to a secret-looking name',
    provider: 'Generic',
    regex: ASSIGNMENT,
    secretGroup: ['secret', 'esecret', 'line', 'bare'],
    keywords: SECRET_NAME_KEYWORDS,
    // COBOL continues a VALUE clause on the next line; a long literal goes on the line after `=`.
    windowLines: 1,
    windowWhen: /(?:\bVALUE|[^=!<>]=)[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A random-looking literal assigned to a name that says it is a secret: anyone who can read the code can use it.',
  },
  {
    // Kubernetes and CI env lists: `- name: DB_PASSWORD` with `value: …` on the next line, and
    // Render's and Railway's `- key: DB_PASSWORD` / `value: …`, and Zabbix's user macros
    // (`- macro: '{$SNMP_COMMUNITY}'` / `value: …`; a `type: VAULT` macro's value is a vault path).
    id: 'generic-secret-env-entry',
    title: 'Hardcoded secret in a name/value env entry',
    provider: 'Generic',
    // A quoted value may hold `#`; a bare one ends at a YAML comment.
    regex: /\b(?:name|key|macro):[ \t]{0,8}["']?(?:\{\$)?(?<name>[\w.-]{1,80})\}?["']?[ \t]*\r?\n(?:[ \t]{0,40}type:[ \t]{0,8}(?!VAULT)\w{1,20}[ \t]*\r?\n)?[ \t]{0,40}-?[ \t]{0,8}value:[ \t]{0,8}(?:(?<q>["'])(?<secret>[^"'\s]{6,300})\k<q>|(?<bare>[^"'\s#]{6,300}))[ \t]*(?=\r?\n|#|$)/,
    secretGroup: ['secret', 'bare'],
    keywords: ['name:', 'key:', 'macro:'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    multiline: true,
    description: 'An environment variable whose name says it is a secret is given a literal value in a manifest that is committed.',
  },
  {
    // Apple property lists (Info.plist, GoogleService-Info.plist): <key>ServerAPISecret</key> with
    // <string>…</string> after it, on the same line or the next.
    id: 'generic-secret-plist',
    title: 'Hardcoded secret in a property list',
    provider: 'Generic',
    // A configuration profile's `<data>` holds the value base64-encoded (a VPN's SharedSecret), wrapped.
    regex: /<key>(?<name>[\w.-]{1,80})<\/key>\s{0,80}(?:<string>(?<secret>[^<>\s]{6,1000})<\/string>|<data>\s{0,80}(?<data>[A-Za-z0-9+/]{8,1000}={0,2})\s{0,80}<\/data>)/,
    secretGroup: ['secret', 'data'],
    keywords: ['<key>'],
    windowLines: 3,
    windowWhen: /<\/key>[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A property list is bundled into the app: anyone with the binary can read its values.',
  },
  {
    // XML that names a setting in one element and gives its value in the next: Hadoop-style
    // configuration (core-site.xml, hive-site.xml, Oozie, HBase)
    // `<property><name>fs.s3a.secret.key</name><value>…</value></property>`, SAP PI channels'
    // `<Name>authPassword</Name><Value>…</Value>`, with a namespace prefix or attributes on the
    // value (not KeePass's `Protected="True"`), on the same line or below. A record's other fields may
    // come between: ServiceNow's `<sys_properties><name>…client_secret</name><read_roles/>…<value>…`;
    // Salesforce custom metadata names its field `<field>Api_Key__c</field>`.
    id: 'generic-secret-xml-property',
    title: 'Hardcoded secret in an XML configuration property',
    provider: 'Generic',
    regex: new RegExp(String.raw`<(?<nt>(?:[\w-]{1,20}:)?(?:[Nn]ame|[Kk]ey|PropertyName|field))>[ \t]{0,8}(?<name>[\w.:-]{1,120})[ \t]{0,8}</\k<nt>>\s{0,80}(?:<[\w:-]{1,40}(?:[ \t][^<>\n]{0,120})?(?:\/>|>[^<>\n]{0,120}<\/[\w:-]{1,40}>)\s{0,40}){0,12}<(?:[\w-]{1,20}:)?(?:[Vv]alue|PropertyValue)(?![ \t][^>\n]{0,80}?Protect(?:ed|InMemory)="True")(?:[ \t][^>\n]{0,80})?>(?<secret>${XML_TEXT}{4,1000})</`),
    secretGroup: 'secret',
    keywords: ['name>', 'key>', '<field>'],
    windowLines: 14,
    windowWhen: /<\/(?:[\w-]{1,20}:)?(?:[Nn]ame|[Kk]ey|PropertyName|field)>[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration property whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // XStream's maps, as Mirth Connect exports them: `<entry><string>ris.db.password</string>` over the
    // value in the element below (`<value>` of a ConfigurationProperty, a header's `<list><string>`).
    id: 'generic-secret-xstream-entry',
    title: 'Hardcoded secret in an XML map entry',
    provider: 'Generic',
    regex: new RegExp(String.raw`<entry>\s{0,40}<string>(?<name>[\w.:-]{1,120})</string>\s{0,40}(?:<[\w.:-]{1,80}(?:[ \t][^<>\n]{0,120})?>\s{0,40}){0,2}<(?:value|string)>(?<secret>${XML_TEXT}{4,1000})</`),
    secretGroup: 'secret',
    keywords: ['<entry>'],
    windowLines: 6,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A map entry whose key says it is a secret holds a literal value in a committed file.',
  },
  {
    // JMeter test plans: a Header Manager's or an argument list's `<stringProp name="Header.name">X-Api-Key</stringProp>`
    // over its `Header.value`.
    id: 'generic-secret-jmeter-property',
    title: 'Hardcoded secret in a JMeter test plan',
    provider: 'Generic',
    regex: new RegExp(String.raw`<stringProp name="(?<kind>Header|Argument)\.name">(?<name>[\w.:-]{1,80})</stringProp>\s{0,80}<stringProp name="\k<kind>\.value">(?<secret>${XML_TEXT}{4,1000})</stringProp>`),
    secretGroup: 'secret',
    keywords: ['header.name', 'argument.name'],
    windowLines: 2,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A header or argument whose name says it is a secret holds a literal value in a committed test plan.',
  },
  {
    // WebdriverIO's cloud services take `user` and `key` (Sauce Labs, BrowserStack, LambdaTest): the key
    // on the line after the user.
    id: 'generic-webdriver-cloud-key',
    title: 'Device cloud access key in a WebdriverIO config',
    provider: 'Generic',
    regex: /^[ \t]*user:[^\n]{1,160}\r?\n[ \t]*key:[ \t]*(?<q>["'\x60])(?<secret>[A-Za-z0-9-]{16,64})\k<q>/m,
    secretGroup: 'secret',
    keywords: ['user:'],
    windowLines: 1,
    confidence: 'medium',
    // (Sauce Labs' keys are UUIDs; a name or words is a placeholder.)
    minEntropy: 3,
    reject: (s) => isWordy(s) || !/\d/.test(s),
    description: 'The access key runs sessions on the device cloud account and reads its test results and videos.',
  },
  {
    // A list of logins, one `e-mail,password` per line (a load test's CSV data set, a seed file):
    // two or more such lines in a row.
    id: 'generic-email-password-list',
    title: 'Passwords in a list of logins',
    provider: 'Generic',
    regex: /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,12}[,;:\t](?<secret>[^\s,;]{6,128})[ \t]*(?=\r?\n[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,12}[,;:\t][^\s,;]{6,128}[ \t]*\r?$)/m,
    secretGroup: 'secret',
    keywords: ['@'],
    windowLines: 1,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A list of accounts with their passwords signs in as every one of them.',
  },
  {
    // Tcl keyed lists, as Cloverleaf's NetConfig writes a protocol's settings: `{ FTPPASSWD {…} }`.
    id: 'generic-secret-tcl-keyed-list',
    title: 'Hardcoded secret in a Tcl keyed list',
    provider: 'Generic',
    regex: /\{[ \t]{0,8}(?<name>[A-Za-z_][\w.-]{0,60})[ \t]{1,8}\{(?<secret>[^{}\s]{4,256})\}[ \t]{0,8}\}/,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A protocol setting whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // Android: buildConfigField "String", "API_KEY", "\"…\"" and resValue "string", "api_key", "…"
    // compile the value into the app, where anyone with the APK can read it.
    id: 'generic-secret-build-config',
    title: 'Hardcoded secret in a Gradle build config field',
    provider: 'Generic',
    regex: /\b(?:buildConfigField|resValue)[ \t]{0,4}\(?[ \t]{0,4}["'][\w.]{1,40}["'][ \t]{0,4},[ \t]{0,4}["'](?<name>[\w.-]{1,80})["'][ \t]{0,4},[ \t]{0,4}(?<q>["'])(?:\\?")?(?<secret>[^"'\s\\]{8,300})(?:\\?")?\k<q>/,
    secretGroup: 'secret',
    keywords: ['buildconfigfield', 'resvalue'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A build config field is compiled into the app: anyone with the binary can read it.',
  },
  {
    // .NET appSettings and the like: <add key="SmtpPassword" value="…" />, <param name="apiKey" value="…"/>,
    // a ROS launch file's <param name="mqtt/account/password" value="…"/>.
    id: 'generic-secret-xml-attribute',
    title: 'Hardcoded secret in a key/value XML element',
    provider: 'Generic',
    // Android's manifest puts each attribute on its own line: `android:name="…"` over `android:value="…"`.
    // WiX declares installer properties as `<Property Id="SVCPASSWORD" Value="…" Hidden="yes" />`.
    // Boomi's environment extensions name a field by `id` and put flags before its value:
    // `<bns:field id="password" useDefault="false" usesEncryption="true" value="…"/>`.
    regex: /\b(?:key|name|id|(?<=<(?:Set)?Property[ \t]{1,8})Id)[ \t]{0,4}=[ \t]{0,4}["'](?<name>[\w.:/-]{1,80})["'](?:[ \t]{1,40}|[ \t]*\r?\n[ \t]{0,40})(?:[A-Za-z][\w:.-]{0,40}[ \t]{0,4}=[ \t]{0,4}"[^"<>\n]{0,200}"[ \t]{1,40}){0,10}(?:android:)?(?:value|(?<=Id="[\w.:-]{1,80}"[ \t]{1,40}(?:[^<>\n]{0,400}[ \t])?)Value)[ \t]{0,4}=[ \t]{0,4}(?<q>["'])(?<secret>[^"'\s<>]{6,1000})\k<q>/,
    secretGroup: 'secret',
    keywords: ['key=', 'name=', 'key =', 'name =', 'property id=', ' id='],
    windowLines: 1,
    windowWhen: /["'][ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration entry whose key says it is a secret holds a literal value in a committed file.',
  },
  {
    // A positional argument or list item named only by its comment:
    // `Parse.initialize('…', // application id` / `'…', // master key`, `"…",  # api secret`.
    id: 'generic-secret-commented-literal',
    title: 'Hardcoded secret named by its comment',
    provider: 'Generic',
    regex: /^[ \t]*(?<q>["'])(?<secret>[^"'\s\\]{12,300})\k<q>[ \t]*[,;)]?[ \t]*(?:\/\/|#|--)[ \t]*(?=[^\n]{0,130}?(?:secret|passw|pwd|token|master|private|api[ _-]?key|access[ _-]?key|signing|credential))(?<name>[A-Za-z][A-Za-z0-9_.-]{0,30}(?:[ \t][A-Za-z][A-Za-z0-9_.-]{0,30}){0,3})[ \t]*\r?$/i,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A literal whose own comment says it is a secret sits in a committed file.',
  },
  {
    // An environment assignment written as one string: gunicorn's `raw_env = ["SECRET_KEY=…"]`,
    // Compose's `- "DB_PASSWORD=…"`, `docker run -e "API_TOKEN=…"`, a Kubernetes `args` entry. A
    // connection string (`"InstrumentationKey=…;IngestionEndpoint=…"`) is the connection-string rules'.
    id: 'generic-secret-env-string',
    title: 'Hardcoded secret in an environment string',
    provider: 'Generic',
    regex: /(?<=(?<q>["'])(?:--?[a-z][\w-]{0,20}[ =])?)(?<name>[A-Za-z_][A-Za-z0-9_]{1,80})=(?<secret>(?:(?!\k<q>|;[A-Za-z]\w{0,40}=)[^\s\\$]){6,300})(?=\k<q>)/,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'An environment variable whose name says it is a secret is set to a literal in a committed file.',
  },
  {
    // A property set by a quoted key in parentheses: classic ASP's CDO configuration,
    // `.Item(cdoSchema & "sendpassword") = "…"`, and `.Fields("Password") = "…"`.
    id: 'generic-secret-indexed-property',
    title: 'Hardcoded secret set through an indexed property',
    provider: 'Generic',
    regex: /\((?:[^()"\n]{0,80}&[ \t]*)?"(?<name>[\w.:/-]{1,80})"\)[ \t]*=(?!=)[ \t]*(?<q>")(?<secret>[^"\n]{4,300})"/,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS.map((k) => `${k}")`),
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A property whose key says it is a secret is set to a literal in a committed file.',
  },
  {
    // A Basic credential built in code: the `user:password` literal handed to a base64 encoder.
    // Buffer.from('u:p').toString('base64'), btoa('u:p'), Apps Script's Utilities.base64Encode('u:p'), Encoding.UTF8.GetBytes("u:p"),
    // base64.b64encode(b'u:p'), base64.StdEncoding.EncodeToString([]byte("u:p")), Base64.strict_encode64('u:p'),
    // base64_encode('u:p'), toBase64('u:p'), Tcl's [base64::encode -maxlen 0 u:p].
    // Also the shell's `echo -n 'user:…' | base64`, the way a Basic header or a SASL login is made by
    // hand, and Groovy's `"user:…".bytes.encodeBase64()` (SAP CPI scripts, Jenkins pipelines).
    id: 'generic-basic-credential-encoded',
    title: 'Basic credential encoded in code',
    provider: 'Generic',
    regex: /(?:\bbtoa|\bBuffer\.from|\bGetBytes|\bb64encode|\bEncodeToString|\bencodeToString|\bencode64|\bstrict_encode64|\bbase64_encode|\bbase64Encode|\b[Tt]o_?[Bb]ase64|\bBase64\.encode)[ \t]{0,4}\((?:[ \t]{0,4}\[\]byte\()?[ \t]{0,4}[bf]?(?<q>["'\x60])(?<user>[^"'\x60:\s$%{}<>]{1,64}):(?<secret>[^"'\x60\s]{4,128})\k<q>|\bbase64::encode(?:[ \t]{1,4}-\w{1,12}[ \t]{1,4}\w{1,12}){0,3}[ \t]{1,4}[^\s"'\]:$\[]{1,64}:(?<tsecret>[^\s"'\]$\[]{4,128})\]|(?<gq>["'])(?:[^"'\n]{0,40}[ \t])?[^"'\s:$%{}<>]{1,64}:(?<dqg>[^"'\s]{4,128})\k<gq>\.(?:bytes\.encodeBase64|getBytes\([^)\n]{0,20}\)\.encodeBase64)\b|\b(?:echo[ \t]+-n|printf(?:[ \t]+-n)?)[ \t]+(?<eq>["'])[^"'\s:$%{}<>]{1,64}:(?<esecret>[^"'\s]{4,128})\k<eq>[ \t]*\|[ \t]*(?:openssl[ \t]+)?base64\b/,
    secretGroup: ['secret', 'tsecret', 'esecret', 'dqg'],
    keywords: ['btoa', 'buffer.from', 'getbytes', 'b64encode', 'encodetostring', 'encode64', 'base64_encode', 'base64::encode', 'base64', 'tobase64', 'to_base64'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A user name and password joined for a Basic header sit in the code in clear.',
  },
  {
    // OpenWrt's /etc/config/wireless: a `wifi-iface` whose `option encryption` is WPA takes its
    // passphrase as `option key '…'` (a bare `key` names nothing elsewhere).
    id: 'openwrt-wifi-key',
    title: 'WiFi passphrase in an OpenWrt wireless config',
    provider: 'Generic',
    regex: /\boption[ \t]+encryption[ \t]+'?(?:psk|sae)[\w+-]{0,20}'?[ \t]*\r?\n(?:[ \t]*option[^\n]{0,200}\n){0,4}?[ \t]*option[ \t]+key[ \t]+(?<q>['"]?)(?<secret>[^'"\s]{8,63})\k<q>[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['option encryption'],
    windowLines: 5,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A WiFi passphrase in a committed router config lets anyone who reads it join the network.',
  },
  {
    // An expect script that answers the password prompt: `expect "password:"` then `send "…\r"`.
    id: 'generic-expect-send-password',
    title: 'Password sent to a prompt by an expect script',
    provider: 'Generic',
    // Inside `expect { … }`, a pattern and its action share a line: `"Password:" { send "…\r" }`.
    regex: /\bexpect[ \t]+(?:-[a-z]+[ \t]+)?["{][^"}\n]{0,40}(?:assword|assphrase)[^"}\n]{0,10}["}][ \t]*\r?\n[ \t]*send[ \t]+(?:--[ \t]+)?"(?<secret>(?:[^"\n\\$\[]|\\[^nr\n]){4,128})\\r"|^[ \t]*(?:-[a-z]+[ \t]+)?"[^"\n]{0,40}(?:assword|assphrase)[^"\n]{0,10}"[ \t]*\{[ \t]*send[ \t]+(?:--[ \t]+)?"(?<s2>(?:[^"\n\\$\[]|\\[^nr\n]){4,128})\\r"/m,
    secretGroup: ['secret', 's2'],
    keywords: ['assword', 'assphrase'],
    windowLines: 1,
    windowWhen: /(?:assword|assphrase)[^"}\n]{0,10}["}][ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password an expect script types at a prompt sits in the script in clear.',
  },
  {
    // The password argument of a credential constructor or call: new NetworkCredential(user, "…"),
    // new DirectoryEntry(path, user, "…"), new PasswordAuthentication(user, "…".toCharArray()),
    // HTTPBasicAuth("user", "…"), req.SetBasicAuth("user", "…"), ServiceNow's rm.setBasicAuth(user, "…"), requests' auth=("user", "…"),
    // DriverManager.getConnection(url, user, "…"), smtp.login(user, "…"), ldap simple_bind_s(dn, "…"),
    // new PDO(dsn, user, "…"), mysqli_connect(host, user, "…"), Net::SMTP.start(…, user, "…"), WiFi.begin(ssid, "…"),
    // FTP(host, user, "…"), smtp.PlainAuth("", user, "…", host), session.setPassword("…") (Go's opts.SetPassword), builder.password("…"),
    // sbt's Credentials(realm, host, user, "…"), Groovy's Sql.newInstance(url, user, "…"), Perl's
    // DBI->connect(dsn, user, '…'), MATLAB's database(db, user, '…'), mysql_real_connect(conn, host,
    // user, "…"), Redis clients' red:auth("…") and Net::SMTP's $smtp->auth(user, '…'), paho-mqtt's
    // client.username_pw_set(user, "…"), and PDO->__construct(dsn, user, '…') in a PHP stack trace;
    // neo4j's auth.basic(user, '…'), Couchbase's PasswordAuthenticator(user, "…"), PHP's ldap_bind($ds, dn, '…'),
    // OkHttp's Credentials.basic(user, "…"), Laravel's Http::withBasicAuth(user, '…'), Ruby's req.basic_auth user, "…",
    // ESP32's wifiMulti.addAP(ssid, "…"), a seed's make_password("…") / bcrypt.hash('…', 12) /
    // Hash::make('…') / password_hash('…', …), mongosh's db.changeUserPassword(user, "…"), PocketBase's
    // collection('_superusers').authWithPassword(email, '…'), Firebase's signInWithEmailAndPassword(auth, email, '…'),
    // Guidewire Gosu's new UsernamePasswordPair(user, '…'), the Encompass SDK's session.Start(url, user, '…'),
    // Gatling's .basicAuth(user, '…'), Orthanc Lua's SetHttpCredentials(user, '…'), Mirth's DatabaseConnectionFactory.createDatabaseConnection(driver, url, user, '…'),
    // Jenkins' new UsernamePasswordCredentialsImpl(scope, id, description, user, '…'), VBScript's
    // MapNetworkDrive "S:", share, False, user, "…", an XMLHTTP/WinHttp .Open "GET", url, False, user, "…",
    // Perl's $ftp->login(user, '…'), DirectAdmin's HTTPSocket ->set_login(user, '…'), and Python's
    // AUTH = (user, '…') tuple handed to requests (`ALLOY_AUTH = (token, secret)`, `DSP_CREDS = (user, '…')` too), and amavis' `['DBI:mysql:…', user, '…']` lookup DSNs.
    // On the shop floor: Eclipse Milo's new UsernameProvider(user, '…') for OPC UA, snap7's
    // set_session_password('…') for an S7 PLC, VBA's Application.Login user, "…" (SOLIDWORKS PDM's
    // vault.Login user, "…", vault), creo's c.windchill_authorize(user, '…'), TinCan.NET's
    // new RemoteLRS(endpoint, key, '…'), pywikibot's BotPassword(name, '…'), Faraday's
    // f.request :authorization, :basic, user, '…', Spring's .basicAuthentication(user, '…').
    // MYOB AccountRight's new CompanyFileCredentials(user, '…') opens a company file. ArcPy's
    // CreateDatabaseConnection(…, "DATABASE_AUTH", user, '…', …) connects to an enterprise geodatabase.
    // Mechanize's agent.set_proxy(host, port, user, '…'). UpCloud's upcloud_api.CloudManager(user, '…').
    // digest-fetch's new DigestFetch(user, '…'); Paxton Net2's client.AuthenticateUser(operatorId, '…');
    // BrightScript's xfer.SetUserAndPassword(user, '…'); Vonage PHP's new Credentials\Basic(key, '…').
    // Cloud clients' .authenticate(user, '…') (sense_energy, pyicloud-style wrappers), R httr's authenticate(user, '…').
    id: 'generic-credential-argument',
    title: 'Hardcoded password passed to a credential constructor',
    provider: 'Generic',
    regex: new RegExp(
      String.raw`\b(?:(?:NetworkCredential|UsernamePasswordPair|UsernameProvider|DigestFetch|(?<=Credentials\\)Basic|(?<=\.)AuthenticateUser|(?<=\.)SetUserAndPassword|CompanyFileCredentials|SetHttpCredentials|(?<=\.)basicAuth(?:entication)?|BlitzGateway|(?<=\.)add_credentials|PasswordAuthenticator|(?<=\b(?:auth|AuthTokens|Credentials)\.)basic|PasswordAuthentication|UsernamePasswordCredentials|UsernamePasswordAuthenticationToken|HTTPBasicAuth|HTTPDigestAuth|[Ss]etBasicAuth|BasicAuth|BasicHttpCredentials|(?<=\bnats\.)UserInfo|with(?:Basic|Digest)Auth|(?<=\.)[Ll]ogin|(?<![\w$])authenticate|(?<=\.)[a-z]\w{0,30}_authori[sz]e|(?<=\.)username_pw_set|simple_bind(?:_s)?|WiFi\.begin|(?<=\.)addAP|(?:basic_|http_|BASIC_|HTTP_|[A-Z][A-Z0-9]{1,20}_)?(?:auth|AUTH|creds|CREDS|credentials|CREDENTIALS)[ \t]{0,4}=[ \t]{0,4})[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},|(?:DirectoryEntry|(?<=\b[Ss]ession\.)Start|(?<![\w.])GIS|ldap_bind|(?<=\.)getConnection|PDO(?:->__construct)?|mysqli_connect|mysql_connect|mysqli|FTP(?:_TLS)?|PlainAuth|Sql\.newInstance|DBI->connect|(?<![\w.])database)[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},\s{0,40}${ARG}\s{0,40},|mysql_real_connect[ \t]{0,4}\((?:\s{0,40}${ARG}\s{0,40},){3}|(?<=\.)createDatabaseConnection[ \t]{0,4}\((?:\s{0,40}${ARG}\s{0,40},){3}|(?<=\.)set_proxy[ \t]{0,4}\((?:\s{0,40}${ARG}\s{0,40},){3}|(?<=\bupcloud_api\.)CloudManager[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},|(?:->|(?<=\w):|(?<=\w)\.)auth[ \t]{0,4}\((?:\s{0,40}${ARG}\s{0,40},)?|(?<=\.)basic_auth(?:[ \t]{0,4}\(|[ \t]{1,4})\s{0,40}${ARG}\s{0,40},|(?<=\brequest[ \t]{0,4}:authorization,[ \t]{0,4}:)basic,\s{0,40}${ARG}\s{0,40},|(?<=\.|->|^[ \t]{0,40}|[ \t](?=password\())(?<!\bkeyring\.)(?:[Ss]etPassword|set_password|set_session_password|withPassword|setPasswd|setKeyPassword|setStorePassword|setTransactionKey|[Pp]assword)[ \t]{0,4}\(|(?<=\bnats\.)Token[ \t]{0,4}\(|(?:\bcrypt(?=[ \t]{0,4}\([ \t]{0,4}'[^'\n]{4,128}'[ \t]{0,4},[ \t]{0,4}gen_salt[ \t]{0,4}\()|\bmake_password|\bgenerate_password_hash|(?<!\|[ \t]{0,4})\bpassword_hash|\bHash::make|\bbcrypt(?:js)?\.hash(?:Sync)?|\bargon2\.hash|\bBCrypt::Password\.create|\bhashPassword)[ \t]{0,4}\(|(?<=\.)changeUserPassword[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},|(?<=\.)authWithPassword[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},|\bUsernamePasswordCredentialsImpl[ \t]{0,4}\((?:\s{0,40}${ARG}\s{0,40},){4}|\bMapNetworkDrive[ \t]{0,4}[ \t(](?:\s{0,40}${ARG}\s{0,40},){4}|(?<=\.)[Oo]pen[ \t]{0,4}[ \t(]\s{0,40}["'](?:GET|POST|PUT|PATCH|DELETE|HEAD|PROPFIND)["']\s{0,40},(?:\s{0,40}${ARG}\s{0,40},){3}|(?<=->)(?:set_)?login[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},|\bsignInWithEmailAndPassword[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},\s{0,40}${ARG}\s{0,40},|Net::SMTP\.start[ \t]{0,4}\((?:\s{0,40}${ARG}\s{0,40},){4}|(?<![\w.])Credentials[ \t]{0,4}\((?:\s{0,40}${ARG}\s{0,40},){3}|(?<=\[[ \t]{0,4}["'])DBI:[^"'\n]{1,200}["'][ \t]{0,4},\s{0,40}${ARG}\s{0,40},|StorageSharedKeyCredential[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},|\bRemoteLRS[ \t]{0,4}\((?:\s{0,40}${ARG}\s{0,40},){2}|\bBotPassword[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},|(?<=["'])DATABASE_AUTH["']\s{0,40},\s{0,40}${ARG}\s{0,40},|(?<=\.)Login[ \t]{1,4}${ARG}[ \t]{0,4},)\s{0,40}${PW_ARG}(?=\s{0,40}[),.\]]|[ \t]*(?:#[^\n]*)?(?:\r?\n|$))`,
    ),
    secretGroup: 'secret',
    keywords: [
      'creds =', 'creds=', 'credentials =', 'credentials=', ':basic,', '_authorize(', '_authorise(', 'remotelrs', 'botpassword', 'networkcredential', 'blitzgateway', 'gis(', 'add_credentials', 'passwordauthentication', 'usernamepasswordcredentials', 'usernamepasswordauthenticationtoken',
      'httpbasicauth', 'httpdigestauth', 'setbasicauth', 'basicauth', 'directoryentry', 'auth=', 'auth =', '.login', 'authenticate', 'simple_bind',
      'getconnection', 'pdo', 'mysqli', 'mysql_connect', 'wifi.begin', 'net::smtp', 'ftp', 'plainauth', 'password(', 'passwd(', 'credentials(',
      'sql.newinstance', 'dbi->connect', 'database(', 'mysql_real_connect', 'auth(', 'username_pw_set',
      'passwordauthenticator', '.basic(', 'ldap_bind', 'basic_auth', '.addap(', 'cloudmanager', 'digestfetch', 'authenticateuser', 'setuserandpassword', 'credentials\\basic',
      'password_hash', 'hash::make', 'bcrypt', 'gen_salt(', 'argon2.hash', 'hashpassword', 'changeuserpassword', 'settransactionkey',
      'basichttpcredentials', 'nats.userinfo', 'nats.token', 'storagesharedkeycredential', 'authwithpassword', 'signinwithemailandpassword',
      'usernamepasswordcredentialsimpl', 'mapnetworkdrive', '.open', '->login', '->set_login', "'dbi:", '"dbi:', 'usernamepasswordpair', 'session.start(', 'sethttpcredentials', 'createdatabaseconnection', '.basicauth(', 'usernameprovider', 'application.login', 'companyfilecredentials', '.set_proxy(', 'database_auth',
    ],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    multiline: true,
    description: 'A password written as a literal argument signs in as that user for anyone who reads the code.',
  },
  {
    // A password typed into a login form by a bot or a browser test: Selenium's
    // `FindElement(By.Id("Password")).SendKeys("…")`, Playwright's `page.fill('#password', '…')`,
    // Cypress' `cy.get('#password').type('…')`, VBA's `getElementById("txtPwd").Value = "…"`,
    // UiPath's `<ui:TypeInto DisplayName="Type Into 'Password'" … Text="…">`, and Robot Framework's
    // log line `Typing text '…' into text field 'id:password'.`
    id: 'generic-password-typed-into-field',
    title: 'Password typed into a login form',
    provider: 'Generic',
    regex: new RegExp(
      String.raw`(?:\b(?<call>FindElement|find_element|findElement|querySelector|getElementById|getElementsByName|locator|cy\.get|\$)[ \t]*\((?:[^()\n]|\([^()\n]{0,80}\)){1,160}\)(?<=\k<call>[ \t]*\([^\n]{0,160}?(?:pass|pwd)[^\n]{0,100}\))(?:\.item\(0\)|\[0\])?[ \t]*\.[ \t]*(?:SendKeys|send_keys|sendKeys|fill|type|setValue|val|[Vv]alue[ \t]*=)[ \t]*\(?[ \t]*|\.(?:fill|type)[ \t]*\([ \t]*["'][^"'\n]{0,80}(?:pass|pwd)[^"'\n]{0,40}["'][ \t]*,[ \t]*)(?<q>["'])(?<secret>[^"'\n]{4,128})\k<q>|\bTyping text '(?<log>[^'\n]{4,128})' into text field '[^'\n]{0,80}(?:pass|pwd)[^'\n]{0,40}'|<ui:TypeInto\b[^>\n]{0,300}?\bDisplayName="Type Into '[^'"\n]{0,40}(?:[Pp]ass|PASS|[Pp]wd|PIN)[^'"\n]{0,40}'"[^>\n]{0,600}?\bText="(?<xaml>[^"\n]{4,128})"`,
      'i',
    ),
    secretGroup: ['secret', 'log', 'xaml'],
    keywords: ['sendkeys', 'send_keys', '.fill', '.type', 'setvalue', 'typing text', 'typeinto', '.value'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Read the bot\'s or the test\'s password from a credential store (Orchestrator assets, a vault, the CI\'s secrets) at run time.',
    description: 'A password typed by a script signs in as that account for everyone who reads the script or its log.',
  },
  {
    // Blue Prism's process and object XML keeps a Data item's initial value in clear:
    // `<stage name="SAP Password" type="Data">` … `<initialvalue>…</initialvalue>`. (Its `password`
    // data type is stored encrypted; a text item named for a password is not.)
    id: 'generic-blueprism-data-item',
    title: 'Password in a Blue Prism data item',
    provider: 'Generic',
    regex: /<stage\b[^>\n]{0,200}\bname="(?<name>[^"\n]{0,60}(?:[Pp]assword|PASSWORD|[Pp]wd|[Ss]ecret|SECRET|[Tt]oken|TOKEN|API [Kk]ey|[Aa]pi[Kk]ey)[^"\n]{0,30})"[^>\n]{0,100}\btype="Data"[^>\n]{0,40}>(?:[ \t]*\r?\n[ \t]*<(?!initialvalue\b|\/stage\b)[^\n]{0,200}){0,8}[ \t]*\r?\n[ \t]*<initialvalue\b[^>\n]{0,60}>(?<secret>[^<\n]{4,200})<\/initialvalue>/,
    secretGroup: 'secret',
    keywords: ['type="data"'],
    windowLines: 10,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Keep the password in a Blue Prism credential (Credential Manager) and read it with Get Credential at run time.',
    description: 'A data item\'s initial value is saved in the release file, readable by everyone who can open it.',
  },
  {
    // An FTP command script written by a batch file or kept beside it: `echo open host`, then
    // `echo user <name> <password>` (ftp -n -s:script), or the same lines in the script itself.
    id: 'generic-ftp-script-user',
    title: 'Password in an FTP command script',
    provider: 'Generic',
    regex: new RegExp(String.raw`^[ \t]*(?:echo[ \t]+)?open[ \t]+[\w.-]{3,253}(?:[ \t]+\d{2,5})?[ \t]*\r?\n(?:[^\n]{0,200}\n){0,2}?[ \t]*(?:echo[ \t]+)?user[ \t]+[\w.@\\-]{1,64}[ \t]+${cliPassword(1)}[ \t]*(?:>>?[^\n]{0,200})?\r?$`, 'm'),
    secretGroup: ['sq1', 'dq1', 's1'],
    keywords: ['open '],
    windowLines: 4,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Prefer SFTP with a key, or have the script read the password from a credential store at run time.',
    description: 'An FTP script\'s password is sent in clear and kept in the script for everyone who can read it.',
  },
  {
    // A login by e-mail address and password, both literals, in any client's call:
    // `AuthenticatorAsync(api, "email", "jo@x.test", "…")`, `SomeComfort("jo@x.test", "…")`,
    // `api._request_tokens("jo@x.test", "…")`. Other calls take an address and a subject or a
    // name, so the value must hold letters and digits, eight or more, no space, and a symbol (or
    // mixed case without hyphens).
    id: 'generic-email-password-arguments',
    title: 'Password passed after an e-mail address',
    provider: 'Generic',
    // (SQL's `VALUES ('jo@x.test', 'sha256:…')` is a row: the table rules read it.)
    regex: /\b(?!(?:VALUES|values|Values|IN|in)\b)[A-Za-z_$][\w$.]{0,80}[ \t]{0,2}\((?:[^()"'\n]{0,80},[ \t]*)?(?:["'][^"'\n]{0,40}["'][ \t]*,[ \t]*){0,2}["'][\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,12}["'][ \t]*,[ \t]*(?<q>["'])(?<secret>[^"'\s\\]{8,128})\k<q>/,
    secretGroup: 'secret',
    keywords: ['com', 'org', 'net', 'io', 'edu', 'gov', 'co', 'de', 'uk', 'fr', 'nl', 'au', 'ca', 'test', 'local', 'internal', 'dev', 'app'].flatMap((tld) => [`.${tld}", "`, `.${tld}', '`, `.${tld}","`, `.${tld}','`]),
    // (A slug of words and digits, `Disk-full-on-db01`, is a subject or a name.)
    reject: (s) => !(/\d/.test(s) && /[A-Za-z]/.test(s) && (/[^A-Za-z0-9.-]/.test(s) || (/[a-z]/.test(s) && /[A-Z]/.test(s) && !s.includes('-')))) || /^(?:sha\d{0,3}|md5|bcrypt|argon2\w{0,3}|pbkdf2\w{0,20}|scrypt)[:$]/i.test(s),
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Read the account\'s password from the environment or a keyring at run time, or use the service\'s token login instead.',
    description: 'A password written beside its account\'s address signs in as that account for everyone who reads the code.',
  },
  {
    // A token as a URL's user, with no password: the 3scale toolbox's `3scale remote add prod
    // https://<token>@acme-admin.3scale.net/`, git remotes `https://<token>@host/repo.git`. Only a
    // long random user counts (32 or more hex digits, or 40 letters, digits, `_` and `-`).
    id: 'generic-url-token-user',
    title: 'Token as the user of a URL',
    provider: 'Generic',
    // (A Sentry DSN's key is public, and its path is the project's number: `https://<key>@o1.ingest.sentry.io/42`.)
    regex: /\bhttps?:\/\/(?<secret>[0-9a-fA-F]{32,128}|[A-Za-z0-9_-]{40,128})@(?![^\s"'\/]{0,200}(?:sentry|\.ingest\.))(?![^\s"'\/]{1,200}\/\d{1,12}\/?(?:["'\s\x60,;)]|$))[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/,
    secretGroup: 'secret',
    keywords: ['http://', 'https://'],
    confidence: 'medium',
    generic: true,
    hint: 'Keep the token out of the URL: pass it from the environment or a credential helper.',
    description: 'Whoever reads the URL can call the service as the token\'s owner.',
  },
  {
    // Two names given two literals at once: Python's and Go's `USER, PASSWORD = "svc", "…"`, Lua's
    // `local user, pass = "svc", "…"  -- comment`. The second value belongs to the second name.
    id: 'generic-secret-pair-assignment',
    title: 'Hardcoded secret in a paired assignment',
    provider: 'Generic',
    regex: /(?<![\w.$])[A-Za-z_]\w{0,40}[ \t]*,[ \t]*(?<name>[A-Za-z_]\w{0,40})[ \t]*:?=[ \t]*(?<q0>\\?["'])[^"'\\\n]{0,100}\k<q0>[ \t]*,[ \t]*(?<q>\\?["'])(?<secret>[^"'\s\\]{6,200})\k<q>(?=[ \t]*(?:$|[#;\r\n]|\\n|--|\/\/))/m,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret assigned in the code is readable by everyone with the repository.',
  },
  {
    // SDKs that wrap a key in a credential object: Azure's AzureKeyCredential("…") (Cognitive
    // Services, Search, Maps, Event Grid) and AzureNamedKeyCredential(name, "…"), the OpenAI and
    // System.ClientModel .NET clients' ApiKeyCredential("…"), PrintNode's Credentials\ApiKey('…').
    id: 'generic-key-credential-object',
    title: 'Key passed to an SDK credential object',
    provider: 'Generic',
    regex: /\b(?:(?:Azure|Api)KeyCredential|AzureSasCredential|(?<=Credentials\\)ApiKey|AzureNamedKeyCredential[ \t]{0,4}\(\s{0,40}(?:["'][^"'\n]{1,100}["']|[\w.]{1,100})\s{0,40},)[ \t]{0,4}\(?\s{0,40}(?<q>["'])(?<secret>[^"'\s]{16,500})\k<q>/,
    secretGroup: 'secret',
    keywords: ['keycredential', 'azuresascredential', 'credentials\\apikey', 'azurenamedkeycredential'],
    confidence: 'medium',
    generic: true,
    multiline: true,
    hint: 'Read the key from configuration backed by a vault, or use a token credential (DefaultAzureCredential) instead of a key.',
    description: 'The key in the credential object signs every request as the resource it belongs to.',
  },
  {
    // Host, user and password by position: MySQLdb.connect("localhost", "root", "…"), pyunifi's
    // Controller("10.0.0.75", "admin", "…"), Nim's open("db.internal", "app", "…", "shop"). The host
    // is an address or a host name (not `config.py`); the password must look chosen, not be a word,
    // since a third argument may also be a database's name.
    id: 'generic-host-user-password-arguments',
    title: 'Password passed by position after a host and a user',
    provider: 'Generic',
    regex: new RegExp(
      String.raw`\b[A-Za-z_][\w.:]{0,60}[ \t]{0,4}\([ \t]{0,4}(?:host[ \t]{0,2}=[ \t]{0,2})?(?<hq>["'])(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|(?:[a-z0-9-]{1,63}\.){1,8}(?!(?:py|js|ts|rb|go|rs|md|sh|pl|cs|db|gz|so|h|c|cc|cpp|txt|json|ya?ml|toml|ini|conf|cfg|xml|html|csv|log|sql|php|java|lock)\k<hq>)[a-z]{1,12})(?::\d{1,5})?\k<hq>[ \t]{0,4},[ \t]{0,4}(?:user(?:name)?[ \t]{0,2}=[ \t]{0,2})?(?<uq>["'])[A-Za-z_][\w.@-]{0,40}(?:(?:\\\\|\/|[ \t])[\w.@-]{1,40}){0,3}\k<uq>[ \t]{0,4},[ \t]{0,4}(?:passw(?:or)?d[ \t]{0,2}=[ \t]{0,2})?${PW_ARG}(?=[ \t]{0,4}[,)])`,
    ),
    secretGroup: 'secret',
    keywords: ['", "', "', '", '","', "','"],
    reject: (s) => !looksLikePassword(s),
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A host, a user and then a literal: the password that signs in as that user on that host.',
  },
  {
    // Poetry stores repository credentials from the command line: `poetry config http-basic.<repo> <user> '<password>'`
    // and `poetry config pypi-token.<repo> <token>`; in a CI script they are committed.
    id: 'generic-poetry-config-credentials',
    title: 'Repository credentials given to poetry config',
    provider: 'Generic',
    regex: new RegExp(String.raw`\bpoetry[ \t]+config[ \t]+(?:--[\w-]{1,20}[ \t]+)*(?:http-basic\.[\w.-]{1,64}[ \t]+(?<uq>["']?)[^\s"'$]{1,64}\k<uq>[ \t]+${cliPassword(1)}|pypi-token\.[\w.-]{1,64}[ \t]+${cliPassword(2)})(?=$|[\s;|&)"'])`),
    secretGroup: ['sq1', 'dq1', 's1', 'sq2', 'dq2', 's2'],
    keywords: ['poetry config'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Set POETRY_HTTP_BASIC_<REPO>_PASSWORD or POETRY_PYPI_TOKEN_<REPO> from a CI secret instead.',
    description: 'The repository password or token downloads private packages and publishes new releases.',
  },
  {
    // A credential object typed as a password: Keycloak's realm import `{ "type": "password", "value": "…",
    // "temporary": false }`, either order. (An export holds `secretData`, a hash, instead.)
    id: 'generic-typed-password-value',
    title: 'Password in a credential typed as a password',
    provider: 'Generic',
    regex: /["']?type["']?[ \t]{0,4}[:=][ \t]{0,4}["']password["'][ \t]{0,4},?[ \t]*\r?\n(?:[^\n]{0,200}\n){0,3}?[ \t]*["']?value["']?[ \t]{0,4}[:=][ \t]{0,4}(?<q>["'])(?<secret>[^"'\s\\]{4,128})\k<q>|["']?value["']?[ \t]{0,4}[:=][ \t]{0,4}(?<q2>["'])(?<s2>[^"'\s\\]{4,128})\k<q2>[ \t]{0,4},?[ \t]*\r?\n(?:[^\n]{0,200}\n){0,3}?[ \t]*["']?type["']?[ \t]{0,4}[:=][ \t]{0,4}["']password["']/,
    secretGroup: ['secret', 's2'],
    keywords: ['"password"', "'password'"],
    windowLines: 5,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The credential\'s value is the user\'s password in clear: importing the file sets it, and anyone who reads the file can sign in.',
  },
  {
    // tac_plus.conf: `login = cleartext "…"` (also enable, pap, chap) and the NAS shared `key = "…"` at the top.
    id: 'generic-tacacs-cleartext',
    title: 'Clear password or key in a TACACS+ server config',
    provider: 'Generic',
    regex: /\b(?:login|enable|pap|chap|arap|opap)[ \t]*=[ \t]*cleartext[ \t]+(?<q>"?)(?<secret>[^"\s]{4,128})\k<q>|^[ \t]*key[ \t]*=[ \t]*"(?<s2>[^"\s]{6,128})"(?=[\s\S]{0,2000}?\b(?:accounting[ \t]+file|group[ \t]*=|user[ \t]*=|service[ \t]*=))/m,
    secretGroup: ['secret', 's2'],
    keywords: ['cleartext', 'key = "', 'key="'],
    windowLines: 40,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Store user passwords as crypt hashes (`login = des …` or `login = PAM`), and keep the NAS key out of version control.',
    description: 'A cleartext login signs in to every network device as that user; the key lets anyone pose as the TACACS+ server.',
  },
  {
    // pam_radius_auth's server file: `server[:port] shared_secret [timeout]`, one per line.
    id: 'generic-pam-radius-secret',
    title: 'RADIUS shared secret in a pam_radius server file',
    provider: 'Generic',
    // (The header is a comment: a YAML `type: shared_secret` is a setting, not the file's legend.)
    regex: /#[^\n]{0,100}\bshared_secret\b[^\n]*\n(?:[ \t]*(?:#[^\n]{0,300})?\r?\n){0,4}?[ \t]*(?!#)[\w.:\[\]-]{2,100}(?::\d{1,5})?[ \t]+(?<secret>[^\s#]{6,128})(?:[ \t]+\d{1,3}){0,2}[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['shared_secret'],
    windowLines: 6,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'With the shared secret anyone can forge the RADIUS server\'s answers and log in to the host.',
  },
  {
    // LDIF base64-encodes a value with `::`; a userPassword that decodes to clear text (not `{SSHA}…`) is the password.
    id: 'generic-ldif-password-base64',
    title: 'Clear password in an LDIF userPassword',
    provider: 'Generic',
    regex: /^userPassword::[ \t]*(?<secret>[A-Za-z0-9+/]{8,400}={0,2})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['userpassword::'],
    reject: (b64) => {
      const text = Buffer.from(b64, 'base64').toString('latin1');
      return !/^[\x21-\x7e]{4,128}$/.test(text) || /^\{[A-Za-z0-9-]{2,20}\}/.test(text) || !looksLikePassword(text);
    },
    allowPatterned: true,
    confidence: 'medium',
    hint: 'Import a hash (`{SSHA}…` from slappasswd, or `{ARGON2}`), or set the password with ldappasswd after the import.',
    description: 'Base64 is only the LDIF encoding: the decoded value is the user\'s password in clear.',
  },
  {
    // Ory Hydra, Kratos and Keto: `secrets: { system: [...], cookie: [...], cipher: [...] }` as YAML lists.
    id: 'generic-ory-secrets-list',
    title: 'Secret in an Ory secrets list',
    provider: 'Generic',
    regex: /^[ \t]*(?:system|cookie|cipher|default|pagination)[ \t]*:[ \t]*\r?\n[ \t]*-[ \t]+(?<q>["']?)(?<secret>[^\s"'#]{16,512})\k<q>[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['system:', 'cookie:', 'cipher:', 'default:', 'pagination:'],
    windowLines: 2,
    // Only below a `secrets:` block: the same keys elsewhere are settings.
    windowWhen: /:[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    description: 'Ory\'s system secret signs and encrypts tokens and the database\'s secrets; the cookie secret signs sessions.',
  },
  {
    // IdentityServer: `new Secret("…".Sha256())` hashes a literal at start-up, so the client secret is in the code.
    id: 'generic-identityserver-secret',
    title: 'IdentityServer client secret in clear before hashing',
    provider: 'Generic',
    regex: /\bnew[ \t]+Secret[ \t]*\([ \t]*@?(?<q>")(?<secret>[^"\s]{6,256})\k<q>\.Sha(?:256|512)\(\)/,
    secretGroup: 'secret',
    keywords: ['.sha256()', '.sha512()'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Store only the hash (`new Secret("<base64 sha256>")`) and give the client its secret from a vault.',
    description: 'The literal is the client secret itself; only its hash needed to be in the code.',
  },
  {
    // A password piped to a program that reads it from standard input: `echo '…' | kinit user`,
    // `echo "…" | docker login --password-stdin`, `echo '…' | sudo -S …`, `echo '…' | passwd --stdin user`,
    // `echo '…' | realm join --user=…` (a domain join account), `echo … | AnyDesk.exe --set-password`.
    id: 'generic-password-piped-stdin',
    title: 'Password piped to a program on the command line',
    provider: 'Generic',
    regex: new RegExp(String.raw`\b(?:echo|printf)[ \t]+(?:-[ne]{1,2}[ \t]+)?(?:'%s(?:\\n)?'[ \t]+)?${cliPassword(1)}[ \t]*\|[ \t]*(?:sudo[ \t]+(?:-S\b|-\w*S\w*\b)|(?:sudo[ \t]+)?(?:kinit\b|passwd[ \t]+--stdin\b|[\w./-]{0,40}\b(?:docker|podman|helm|oras|skopeo|crane|nerdctl|buildah)\b[^\n|;&]{0,200}--password-stdin\b|realm[ \t]+join\b|adcli[ \t]+join\b[^\n|;&]{0,200}--stdin-password\b|[^\n|;&]{0,200}\bAnyDesk(?:[\w.-]{0,40})?(?:\.exe)?["']?[ \t]+--set-password\b))`),
    secretGroup: ['sq1', 'dq1', 's1'],
    keywords: ['kinit', 'password-stdin', 'sudo -s', '--stdin', 'realm join', 'adcli', '--set-password'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Read the password from a secret the job is given (`--password-stdin < $SECRET_FILE`, a keytab for kinit) instead of writing it in the script.',
    description: 'The password is in the script and its history, even if the program never sees it on its command line.',
  },
  {
    // Kong's declarative config: `keyauth_credentials: [ { key: … } ]` under each consumer.
    id: 'generic-kong-keyauth-credential',
    title: 'API key of a Kong consumer',
    provider: 'Generic',
    regex: /\bkeyauth_credentials[ \t]*:[ \t]*\r?\n(?:[ \t]*-?[ \t]*(?:id|tags|ttl|created_at)[ \t]*:[^\n]{0,200}\r?\n){0,3}[ \t]*-?[ \t]*key[ \t]*:[ \t]*(?<q>["']?)(?<secret>[^\s"'{}#]{16,256})\k<q>[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['keyauth_credentials'],
    windowLines: 5,
    confidence: 'medium',
    generic: true,
    hint: 'Reference the key from a vault (`key: "{vault://env/…}"`) or create consumers\' keys through the Admin API.',
    description: 'Kong lets in any client that sends this key, as that consumer.',
  },
  {
    // A default given beside the environment variable that overrides it: Go struct tags
    // (`envconfig:"DB_PASSWORD" default:"…"`, caarlos0/env's `env:"…" envDefault:"…"`), clap's
    // `#[arg(env = "API_TOKEN", default_value = "…")]`. The default ships in the binary.
    id: 'generic-secret-env-tag-default',
    title: 'Hardcoded secret as the default of an environment setting',
    provider: 'Generic',
    regex: /\b(?:envconfig|env|koanf|mapstructure|split_words)[ \t]{0,2}[:=][ \t]{0,2}"(?<name>[A-Za-z_][\w.-]{0,80})"[^\n\x60]{0,200}?\b(?:default|envDefault|default_value(?:_t)?)[ \t]{0,2}[:=][ \t]{0,2}(?<q>")(?<secret>[^"\\\s]{6,300})\k<q>/,
    secretGroup: 'secret',
    keywords: ['default:"', 'envdefault:"', 'default_value'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'The default is compiled into the program and used wherever the variable is not set.',
  },
  {
    // A zod schema's default: `SESSION_SECRET: z.string().min(32).default('…')`.
    id: 'generic-secret-schema-default',
    title: 'Hardcoded secret as a schema default',
    provider: 'Generic',
    regex: /(?<![\w$])(?<name>[A-Za-z_$][\w$]{0,80})["']?[ \t]{0,4}:[ \t]{0,4}z\.string\(\)(?:\.\w{1,20}\([^()\n]{0,60}\)){0,6}?\.default\([ \t]{0,4}(?<q>["'\x60])(?<secret>[^"'\x60\s\\]{6,300})\k<q>[ \t]{0,4}\)/,
    secretGroup: 'secret',
    keywords: ['.default('],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'The default is used wherever the variable is not set, and it is in the repository.',
  },
  {
    // JJWT's Keys.hmacShaKeyFor("…".getBytes(…)): the HMAC key that signs every token.
    id: 'generic-jjwt-hmac-key',
    title: 'JWT signing key in Keys.hmacShaKeyFor',
    provider: 'Generic',
    regex: /\bKeys\.hmacShaKeyFor[ \t]{0,4}\([ \t]{0,4}(?:Decoders\.BASE64(?:URL)?\.decode[ \t]{0,4}\([ \t]{0,4})?(?<q>")(?<secret>[^"\s\\]{16,512})\k<q>/,
    secretGroup: 'secret',
    keywords: ['hmacshakeyfor'],
    confidence: 'medium',
    generic: true,
    description: 'With the signing key anyone can mint tokens the service accepts, as any user.',
  },
  {
    // A literal written into a file named for a secret: `echo '…' > /etc/osquery/enroll.secret`,
    // `printf '%s' '…' > ~/.vault-token`, `echo "…" >> secrets/api_key.txt`, a Sparkle key into
    // `$RUNNER_TEMP/sparkle_ed25519`, BeeGFS' `connauthfile`, a key decoded on the way (`| base64 -d >`).
    id: 'generic-secret-written-to-file',
    title: 'Secret written into a file by a script',
    provider: 'Generic',
    regex: new RegExp(String.raw`\b(?:echo|printf)[ \t]+(?:-[ne]{1,2}[ \t]+)?(?:'%s(?:\\n)?'[ \t]+)?${cliPassword(1)}(?:[ \t]*\|[ \t]*base64[ \t]+(?:-d|--decode|-D))?[ \t]*>>?[ \t]*["']?[^\s"'|;&]{0,200}?(?:secret|token|passw(?:or)?d|passwd|api[_-]?key|\.key|credentials?|\.pass|htpasswd|ed25519|id_rsa|id_ecdsa|private[_-]?key|signing[_-]?key|\.pem|connauth\w*|authfile)[^\s"'|;&]{0,100}["']?[ \t]*(?=$|[;&|\n])`, 'i'),
    secretGroup: ['sq1', 'dq1', 's1'],
    keywords: ['echo', 'printf'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Copy the file from a secret store at deploy time (a mounted secret, `vault kv get -field=…`), not from a literal in the script.',
    description: 'The script holds the secret it writes, in clear, wherever the script is kept.',
  },
  {
    // Elastic Beats and Elastic Agent: `cloud.auth: "user:password"` for Elastic Cloud; Logstash's
    // elasticsearch output: `cloud_auth => "user:password"`.
    id: 'generic-elastic-cloud-auth',
    title: 'Password in an Elastic cloud.auth setting',
    provider: 'Generic',
    regex: /\bcloud[._]auth["']?[ \t]*(?:=>|[:=])[ \t]*(?<q>["']?)[^\s:"'$]{1,64}:(?<secret>[^\s"']{4,128})\k<q>[ \t]*(?:#[^\n]*)?$/m,
    secretGroup: 'secret',
    keywords: ['cloud.auth', 'cloud_auth'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Use an API key with only the ingest privileges (`output.elasticsearch.api_key`) read from the keystore (`${ES_API_KEY}`).',
    description: 'The Elastic Cloud user and password sign in to the whole deployment, not just ingest.',
  },
  {
    // OSSEC and Wazuh client.keys: `<id> <name> <ip|any> <64 hex key>` per agent.
    id: 'generic-ossec-client-key',
    title: 'OSSEC or Wazuh agent key',
    provider: 'Generic',
    regex: /^[ \t]*\d{3,6}[ \t]+!?[\w.@-]{1,128}[ \t]+(?:any|\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?)[ \t]+(?<secret>[0-9a-f]{64})[ \t]*\r?$/m,
    secretGroup: 'secret',
    // Keys of agents that may connect from anywhere say `any`; the lines around it are read too.
    keywords: [' any '],
    windowLines: 20,
    confidence: 'medium',
    generic: true,
    hint: 'Enrol agents with authd (and a password it keeps) instead of copying client.keys around.',
    description: 'An agent key lets anyone pose as that agent to the manager, or read its encrypted events.',
  },
  {
    // Key bytes decoded from a literal into a field named for a key, however plainly: C#'s
    // `static readonly byte[] Key = Convert.FromBase64String("…")`, Go's `key, _ := hex.DecodeString("…")`.
    id: 'generic-decoded-key-bytes',
    title: 'Key bytes decoded from a literal',
    provider: 'Generic',
    regex: new RegExp(String.raw`(?<![\w$])(?:[A-Za-z_][\w]{0,40}(?:Key|KEY|_key)|[Kk]ey)(?:[ \t]*,[ \t]*_)?[ \t]{0,4}:?=[ \t]{0,4}(?:${KEY_DECODER})[ \t]{0,2}\([ \t]{0,2}(?:b(?=["']))?(?<q>["'])(?<secret>[A-Za-z0-9+/=_-]{16,200})\k<q>`),
    secretGroup: 'secret',
    keywords: ['frombase64string', 'fromhexstring', 'decodestring', 'b64decode', 'fromhex', 'unhexlify', 'decodehex', 'parsehex', 'getdecoder'],
    confidence: 'medium',
    generic: true,
    description: 'The key is in the code: anyone who reads it can decrypt or sign what the key protects.',
  },
  {
    // Game servers take settings as `+name value` on their command line: Rust's `+rcon.password "…"`,
    // Source's `+rcon_password …`, `+sv_password …`.
    id: 'generic-secret-plus-option',
    title: 'Secret passed as a +option on a server command line',
    provider: 'Generic',
    // (The quote group is not `q`: a `+` after a quoted value here is the next option, not a concatenation.)
    regex: /(?<=^|[\s"'])\+(?<name>[A-Za-z_][\w.]{1,40})[ \t]{1,4}(?<pq>["']?)(?<secret>[^\s"'+$%]{4,128})\k<pq>(?=[ \t]|\r?$)/,
    secretGroup: 'secret',
    keywords: ['password', 'passwd', 'secret', 'token', 'key'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'The password is on the server\'s command line: in the start script, the process list and the logs.',
  },
  {
    // Perforce's global `-P` option takes the password or a ticket: `p4 -p ssl:host:1666 -u build -P …`.
    id: 'generic-p4-password-flag',
    title: 'Perforce password on the command line',
    provider: 'Perforce',
    regex: new RegExp(String.raw`\bp4(?:\.exe)?[ \t][^\n|;&]{0,200}?(?<=[ \t])-P[ \t]{1,4}${cliPassword(1)}`),
    secretGroup: ['sq1', 'dq1', 's1'],
    keywords: ['p4 ', 'p4.exe '],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Log in once with `p4 login` (the ticket goes to ~/.p4tickets) or set P4PASSWD from a secret store; arguments show in the process list.',
    description: 'The password or ticket signs in to the Perforce server as that user.',
  },
  {
    // Subversion's cached credentials (~/.subversion/auth/svn.simple/<hash>): a hash dump whose
    // `password` key is followed by its length and the password in clear (the `simple` passtype).
    id: 'generic-svn-auth-cache',
    title: 'Subversion cached password',
    provider: 'Subversion',
    regex: /^password\r?\nV[ ]\d{1,3}\r?\n(?<secret>[^\r\n]{1,256})\r?$/m,
    secretGroup: 'secret',
    keywords: ['password'],
    windowLines: 2,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Let Subversion keep passwords in the OS keyring (gnome-keyring, Keychain or Windows DPAPI) and delete the plain svn.simple entry.',
    description: 'The cached password signs in to the Subversion server as that user.',
  },
  {
    // Perforce's tickets file (~/.p4tickets): `host:port=user:TICKET`, 32 hex characters.
    id: 'generic-perforce-ticket',
    title: 'Perforce login ticket',
    provider: 'Perforce',
    // `p4 tickets` prints them as `host:port (user) TICKET`.
    regex: /^[ \t]*(?:ssl:)?[\w.-]{1,200}:\d{2,5}(?:=[\w.@-]{1,64}:(?<secret>[0-9A-F]{32})|[ \t]+\([\w.@-]{1,64}\)[ \t]+(?<listed>[0-9A-F]{32}))[ \t]*\r?$/m,
    secretGroup: ['secret', 'listed'],
    // Perforce listens on 1666 unless told otherwise; a tickets file's other lines are read around it.
    keywords: ['1666=', '1666 (', 'ssl:'],
    windowLines: 10,
    confidence: 'medium',
    generic: true,
    hint: 'Tickets last 12 hours by default; log out (`p4 logout -a`) to revoke it and keep ~/.p4tickets out of repositories and images.',
    description: 'A ticket signs in to the Perforce server as that user until it expires.',
  },
  {
    // `Authorization: Basic` followed by a raw API key, not base64 of user:password (Unity Cloud Build, some
    // internal APIs).
    id: 'generic-basic-raw-key',
    title: 'API key sent as a Basic authorization',
    provider: 'Generic',
    regex: /\bAuthorization["']?[ \t]{0,4}[:=,][ \t]{0,4}["']?Basic[ \t]{1,4}(?<secret>[0-9a-f]{32,64})(?![A-Za-z0-9+/=])/i,
    secretGroup: 'secret',
    keywords: ['basic '],
    confidence: 'medium',
    generic: true,
    description: 'The header carries the API key itself: anyone who reads it can call the API as its owner.',
  },
  {
    // A client made with a server URL and a `key=` keyword: bioblend's GalaxyInstance(url=…, key="…"),
    // cdsapi.Client(url=…, key="…"). A bare `key` names a credential here because the call also names a server.
    id: 'generic-client-url-key',
    title: 'API key passed to a client with its server URL',
    provider: 'Generic',
    regex: /\b(?:[A-Z]\w{0,40}|\w{1,30}\.[A-Z]\w{0,40})[ \t]{0,2}\((?=[^()\n]{0,400}\burl[ \t]{0,2}=)[^()\n]{0,300}?\bkey[ \t]{0,2}=[ \t]{0,2}(?<q>["'])(?<secret>[A-Za-z0-9:|_+/-]{16,128})\k<q>/,
    secretGroup: 'secret',
    keywords: ['key='],
    confidence: 'medium',
    generic: true,
    description: 'The key is written into the code that connects to the server: anyone who reads it can call the server as its owner.',
  },
  {
    // MinIO's client: `mc alias set NAME URL ACCESS_KEY SECRET_KEY` (and the older `mc config host add`).
    id: 'generic-minio-alias-secret',
    title: 'Secret key given to mc alias set',
    provider: 'Generic',
    regex: /\bmc[ \t]+(?:alias[ \t]+set|config[ \t]+host[ \t]+add)[ \t]+\S{1,64}[ \t]+https?:\/\/\S{1,200}[ \t]+(?<q1>["']?)[^\s"'$]{3,128}\k<q1>[ \t]+(?<q>["']?)(?<secret>[^\s"'$]{8,128})\k<q>(?=[ \t]|\r?$)/,
    secretGroup: 'secret',
    keywords: ['mc alias', 'mc config'],
    confidence: 'medium',
    generic: true,
    hint: 'Run `mc alias set` interactively (it prompts for the keys) or set MC_HOST_<alias> from a secret.',
    description: 'The access and secret keys read and write every bucket the user can reach.',
  },
  {
    // Spack's mirrors.yaml: `access_pair: [ACCESS_KEY_ID, SECRET]` for an S3 build cache.
    id: 'generic-spack-access-pair',
    title: 'S3 secret in a Spack mirror access_pair',
    provider: 'Generic',
    regex: /\baccess_pair[ \t]*:[ \t]*\[[ \t]*["']?[^\s,"'\]]{8,128}["']?[ \t]*,[ \t]*(?<q>["']?)(?<secret>[^\s,"'\]]{16,128})\k<q>[ \t]*\]/,
    secretGroup: 'secret',
    keywords: ['access_pair'],
    confidence: 'medium',
    generic: true,
    description: 'The pair reads and writes the build cache bucket: anyone with it can push poisoned binaries.',
  },
  {
    // KeePass XML exports: `<String><Key>Password</Key><Value ProtectInMemory="True">…</Value></String>`.
    // A database's own XML marks encrypted values `Protected="True"` (base64 of the inner stream's output).
    id: 'generic-keepass-xml-password',
    title: 'Password in a KeePass XML export',
    provider: 'Generic',
    regex: /<Key>(?:Password|PIN|API Key|Token|Secret)<\/Key>\s{0,40}<Value(?![ \t][^>\n]{0,80}?\bProtected="True")(?:[ \t][^>\n]{0,80})?>(?<secret>[^<\s]{4,256})<\/Value>/,
    secretGroup: 'secret',
    keywords: ['<key>password</key>', '<key>pin</key>', '<key>api key</key>', '<key>token</key>', '<key>secret</key>'],
    windowLines: 2,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Export to an encrypted .kdbx, not XML; an XML export holds every password in clear.',
    description: 'An unencrypted export holds every password of the database in clear.',
  },
  {
    // z/OS RACF: `ADDUSER … PASSWORD(…)`, `ALTUSER … PASSWORD(…)`, and a SAP GUI script typing into a
    // password field (`findById("…/pwdRSYST-BCODE").text = "…"`).
    id: 'generic-mainframe-sapgui-password',
    title: 'Password in a RACF command or a SAP GUI script',
    provider: 'Generic',
    regex: /\b(?:ADDUSER|ALTUSER|AU|ALU)[ \t]+[\w#$@]{1,8}\b[^\n]{0,200}?\bPASSWORD\((?<secret>[^)\s]{4,100})\)|\bfindById\("[^"\n]{0,200}\/pwd[\w-]{1,60}"\)\.text[ \t]*=[ \t]*"(?<s2>[^"\n]{4,128})"/,
    secretGroup: ['secret', 's2'],
    keywords: ['password(', '/pwd'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The password is written into a script or a job: anyone who reads it can sign in as that user.',
  },
  {
    // Device and Tcl-style `set NAME VALUE` (a Tcl array's element too: `set db(pass) "…"`): FortiOS
    // `set psksecret "…"` (`set … ENC …` is encrypted),
    // and VyOS's and EdgeOS's paths: `set vpn ipsec site-to-site peer … authentication pre-shared-secret '…'`.
    id: 'generic-secret-set-command',
    title: 'Secret in a set command',
    provider: 'Generic',
    regex: /^[ \t]*set[ \t]+(?:[\w.:\/@-]{1,80}[ \t]+){0,12}?(?<name>[A-Za-z_][\w.-]{0,60}(?:\([A-Za-z_][\w.-]{0,40}\))?)[ \t]+(?!ENC[ \t])(?<q>["']?)(?<secret>[^\s"'$\[][^\s"']{3,200})\k<q>[ \t]*\r?$/,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'The secret is in clear in the configuration: anyone with the file can use it.',
  },
  {
    // Junos `pre-shared-key ascii-text "…"` in set commands (a committed config shows `$9$…`),
    // net-snmp's `createUser … SHA "…"` and `authCommunity … <community>`.
    id: 'generic-device-set-secret',
    title: 'Secret in a device or daemon configuration command',
    provider: 'Generic',
    regex: /\bascii-text[ \t]+(?<q2>"?)(?<s2>(?!\$9\$)[^\s"]{4,128})\k<q2>[ \t]*;?[ \t]*\r?$|\bcreateUser[ \t]+(?:-e[ \t]+\S{1,80}[ \t]+)?\S{1,64}[ \t]+(?:MD5|SHA[\w-]{0,8})[ \t]+(?<q3>"?)(?<s3>[^\s"]{8,128})\k<q3>|\bauthCommunity[ \t]+[\w,]{1,60}[ \t]+(?<s4>[^\s#]{4,64})[ \t]*\r?$/m,
    secretGroup: ['s2', 's3', 's4'],
    keywords: ['ascii-text', 'createuser', 'authcommunity'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The secret is in clear in the device or daemon configuration: anyone with the file can use it.',
  },
  {
    // MicroPython and CircuitPython join Wi-Fi with `wlan.connect(ssid, "…")`, `wifi.radio.connect(ssid, "…")`.
    id: 'generic-wlan-connect-password',
    title: 'Wi-Fi password in a WLAN connect call',
    provider: 'Generic',
    regex: new RegExp(String.raw`\b(?:sta_if|sta|wlan|wifi|wifi\.radio|nic|station|wl|network\.WLAN\([\w.]{0,30}\))\.connect[ \t]{0,4}\(\s{0,40}${ARG}\s{0,40},\s{0,40}(?:password[ \t]{0,2}=[ \t]{0,2})?${PW_ARG}(?=\s{0,40}[,)])`, 'i'),
    secretGroup: 'secret',
    keywords: ['.connect('],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The Wi-Fi password lets anyone who reads the code onto the network.',
  },
  {
    // Zigbee2MQTT's `network_key: [16 bytes]` encrypts every frame of the Zigbee network; `GENERATE` asks for one.
    id: 'zigbee-network-key',
    title: 'Zigbee network key',
    provider: 'Zigbee2MQTT',
    regex: /\bnetwork_key:[ \t]*\[[ \t]*(?<secret>(?:(?:0x[0-9a-fA-F]{1,2}|\d{1,3})[ \t]*,[ \t]*){15}(?:0x[0-9a-fA-F]{1,2}|\d{1,3}))[ \t]*\]/,
    secretGroup: 'secret',
    keywords: ['network_key:'],
    // Bytes in steps are a pattern someone typed: the docs' `[1, 3, 5, 7, 9, 11, 13, 15, 0, 2, …]`.
    reject: (bytes) => {
      const b = (bytes.match(/0x[0-9a-fA-F]{1,2}|\d{1,3}/g) ?? []).map(Number);
      const steps = new Map<number, number>();
      for (let i = 1; i < b.length; i++) steps.set(b[i] - b[i - 1], (steps.get(b[i] - b[i - 1]) ?? 0) + 1);
      return new Set(b).size < 10 || Math.max(...steps.values()) >= 6;
    },
    allowPatterned: true,
    confidence: 'medium',
    hint: 'Keep it in secrets.yaml (`network_key: !secret network_key`) outside the repository.',
    description: 'The network key decrypts and joins the Zigbee network: locks, alarms and sensors on it.',
  },
  {
    // nginx maps an API key header to a client name: `map $http_apikey $client { "…" "reporting"; }`.
    id: 'generic-nginx-api-key-map',
    title: 'API keys in an nginx map',
    provider: 'Generic',
    regex: /\bmap[ \t]+\$http_\w{0,40}(?:key|token|auth|secret)\w{0,40}[ \t]+\$\w{1,64}[ \t]*\{[^\n]*\n(?:[ \t]*(?:(?:default|hostnames|volatile|include)\b[^\n]{0,200}|#[^\n]{0,300})?\r?\n){0,8}[ \t]*(?<q>"?)(?<secret>[A-Za-z0-9_\-.~+/]{16,128}={0,2})\k<q>[ \t]+["']?[\w.-]{1,64}["']?[ \t]*;/,
    secretGroup: 'secret',
    keywords: ['map $http_'],
    windowLines: 10,
    confidence: 'medium',
    generic: true,
    description: 'Each left-hand value is a key nginx accepts from a client: anyone who reads the config can call as that client.',
  },
  {
    // nginx's secure_link_md5 expression holds the shared secret that signs download links;
    // `secure_link_secret` is the older module's.
    id: 'generic-nginx-secure-link-secret',
    title: 'Secret in an nginx secure link',
    provider: 'Generic',
    regex: /\bsecure_link_md5[ \t]+"[^"\n]{0,300}?(?<=[\s"])(?<secret>[^\s"$;]{12,128})(?=[\s"])|\bsecure_link_secret[ \t]+(?<s2>[^\s;$]{8,128})[ \t]*;/,
    secretGroup: ['secret', 's2'],
    keywords: ['secure_link_md5', 'secure_link_secret'],
    confidence: 'medium',
    generic: true,
    description: 'With the secret anyone can sign their own download links and fetch every protected file.',
  },
  {
    // Caddy's DNS challenge: `acme_dns cloudflare <token>`, or `dns cloudflare <token>` in a tls block.
    id: 'generic-caddy-dns-token',
    title: 'DNS provider token in a Caddyfile',
    provider: 'Generic',
    regex: /^[ \t]*(?:acme_dns|dns)[ \t]+[a-z][a-z0-9_]{1,30}[ \t]+(?<secret>[^\s{}$"']{16,200})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['acme_dns', 'dns '],
    confidence: 'medium',
    generic: true,
    hint: 'Use a placeholder such as `{env.CF_API_TOKEN}` and set it in the service environment.',
    description: 'The token edits the domain\'s DNS records: whoever holds it can take over the domain\'s names and certificates.',
  },
  {
    // PHP's Redis session handler and similar: `tcp://host:6379?auth=…`.
    id: 'generic-url-auth-parameter',
    title: 'Password in a URL\'s auth parameter',
    provider: 'Generic',
    regex: /\b(?:tcp|tls|redis|rediss|unix):\/\/[^\s"'?]{1,200}\?(?:[^\s"'#]{0,200}&)?auth=(?<secret>[^\s&"'#]{4,128})/,
    secretGroup: 'secret',
    keywords: ['auth='],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The auth parameter is the Redis password, in clear in the config.',
  },
  {
    // Jetty's realm.properties: `user: password[,role …]` under its HashUserRealm header; OBF:, MD5: and
    // CRYPT: values are obfuscated or hashed.
    id: 'generic-jetty-realm-password',
    title: 'Password in a Jetty realm file',
    provider: 'Generic',
    regex: /\b(?:HashUserRealm|HashLoginService)\b[^\n]*\n(?:[^\n]{0,300}\n){0,30}?[ \t]*[\w.@-]{1,64}[ \t]*[:=][ \t]*(?!OBF:|MD5:|CRYPT:)(?<secret>[^\s,]{4,128})[ \t]*,[ \t]*[\w-]{1,40}/,
    secretGroup: 'secret',
    keywords: ['hashuserrealm', 'hashloginservice'],
    windowLines: 32,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Store OBF: or CRYPT: forms (org.eclipse.jetty.util.security.Password), or use a JAAS or LDAP login service.',
    description: 'A clear password in the realm file signs in to the web application as that user.',
  },
  {
    // A command-line option given a secret: `--api-token 3f9c…`, `--password "…"` in scripts,
    // Dockerfiles and CI steps. (`--token=…` is the assignment rule's.)
    id: 'generic-secret-cli-option',
    title: 'Hardcoded secret passed as a command-line option',
    provider: 'Generic',
    // (Inside a variable that holds the options: `EAUTH="--user X --password '…'"`.)
    // (A shell's `;` ends the value: `--ca-key config/certs/ca/ca.key;` is a path.)
    // (Single quotes keep `$` literal in every shell: `--clientSecret '39St…$l2R…'`.)
    regex: /(?<=(?:^|[\s"'])--)(?<name>[A-Za-z][\w-]{1,40})[ \t]{1,4}(?!-)(?:'(?<sq>[^'\s\\`;]{8,300})'|(?<q>["']?)(?<secret>[^\s"'\\`$;]{8,300})\k<q>)(?=$|[\s;|&)\\]|(?<=')")/,
    secretGroup: ['sq', 'secret'],
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret on a command line is kept in shell history, CI logs and the process list.',
  },
  {
    // Single-dash options that name a password or secret: keytool -storepass …, -keypass …,
    // openssl -passout pass:…, java tools' -password …, and PowerShell's parameters
    // (`-Password '…'`, `-ClientSecret "…"`, `-StorageAccountKey …`, Add-VpnConnection's `-L2tpPsk …`),
    // whose names are capitalised; Go tools' `-name=value` (aptly's `-passphrase="…"`); ffmpeg's
    // `-encryption_key <hex>` (a CENC content key in clear).
    id: 'generic-secret-cli-single-dash',
    title: 'Hardcoded secret passed as a command-line option',
    provider: 'Generic',
    regex: /(?<=(?:^|[\s"'])-)(?<name>\w{0,30}(?:pass|password|passwd|passphrase|secret|token|apikey|accountkey|psk|encryption_key|decryption_key|aes_key)\w{0,10})(?:[ \t]{1,4}|=)(?![-(])(?<q>["']?)(?:pass:)?(?<secret>[^\s"'\\`$]{6,300})\k<q>(?=$|[\s;|&)\\])/i,
    secretGroup: 'secret',
    keywords: ['pass', 'secret', 'token', 'apikey', 'accountkey', 'psk', 'encryption_key', 'decryption_key', 'aes_key'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret on a command line is kept in shell history, CI logs and the process list.',
  },
  {
    // curl -u user:password (or --user): the password part. The option may come on a later line of
    // a command continued with `\`, the password (`kevin:'…'`) or the user (`"svc@tenant":'…'`) may
    // be quoted on its own, and the
    // user may be empty (`-u ":…"`, an API key as the password).
    id: 'generic-curl-user-password',
    title: 'Password in a curl -u option',
    provider: 'Generic',
    regex: /\bcurl\b(?:[^\n]|\\\r?\n){0,400}?[ \t](?:-[a-zA-Z]{0,8}u|--user)[ \t]{1,4}(?:(?<uq>["'])[^\s:"'$]{1,128}\k<uq>(?=:)|(?<q>["']?)[^\s:"'$]{0,128}):(?:(?<q2>["'])(?<secret2>[^\s"'\\]{6,128})\k<q2>|(?<secret>[^\s"'\\]{6,128}))\k<q>(?=$|[\s;|&)\\])/,
    secretGroup: ['secret', 'secret2'],
    keywords: ['curl'],
    windowLines: 6,
    windowWhen: /\\\r?$/,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'curl sends these as HTTP Basic credentials; in a script they are readable by everyone with the repository.',
  },
  {
    // libcurl: curl_easy_setopt(curl, CURLOPT_USERPWD, "user:password"), and the proxy's.
    id: 'generic-curlopt-userpwd',
    title: 'Password given to libcurl',
    provider: 'Generic',
    regex: /\bCURLOPT_(?:PROXY)?USERPWD[ \t]{0,4},[ \t]{0,4}"[^":\s]{0,128}:(?<secret>[^"\s\\]{4,128})"/,
    secretGroup: 'secret',
    keywords: ['curlopt_userpwd', 'curlopt_proxyuserpwd'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password written into the code signs in as that user for anyone who reads it.',
  },
  {
    // Key material handed straight to a MAC or a cipher: crypto.createHmac('sha256', '…'),
    // createCipheriv(alg, '…', iv), hmac.New(sha256.New, []byte("…")), hmac.new(b'…', msg, sha256),
    // new SecretKeySpec("…".getBytes(), "AES"), new HMACSHA256(Encoding.UTF8.GetBytes("…")),
    // new SymmetricSecurityKey(Encoding.UTF8.GetBytes("…")), Fernet(b'…'), AES.new(b'…', mode).
    // Any literal there is a key, whatever its strength. In a notebook's JSON its quotes are escaped.
    id: 'generic-key-argument',
    title: 'Hardcoded key passed to a MAC or cipher',
    provider: 'Generic',
    regex: new RegExp(
      String.raw`(?:(?:\bcreateHmac|\bcreateCipheriv|\bcreateDecipheriv)\([ \t]{0,4}["'][\w-]{2,30}["'][ \t]{0,4},[ \t]{0,4}|\bhmac\.New\([ \t]{0,4}[\w.]{1,40}[ \t]{0,4},[ \t]{0,4}|(?:\bhmac\.new|\bnew[ \t]+SecretKeySpec|\bnew[ \t]+HMAC(?:SHA\d{1,3}|MD5)|\bnew[ \t]+SymmetricSecurityKey|\bFernet|\bAES\.new)\(\s{0,40})` +
        String.raw`(?:(?:${KEY_DECODER})\([ \t]{0,2})?[bu]?\\?(?<q>["'\x60])(?<secret>(?:(?!\k<q>)[^\s\\]){8,200})\\?\k<q>`,
    ),
    secretGroup: 'secret',
    keywords: ['createhmac', 'createcipheriv', 'createdecipheriv', 'hmac.new', 'secretkeyspec', 'new hmac', 'fernet(', 'aes.new', 'symmetricsecuritykey'],
    windowLines: 1,
    windowWhen: /\([ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A key in the code signs or decrypts for anyone who reads it: forged webhooks, readable ciphertext.',
  },
  {
    // curl -u KEY: with nothing after the colon: the user name is an API key (Stripe, Recurly,
    // Harvest and many others take the key as the Basic user). It must look random: a plain user
    // name with an empty password is not a secret.
    id: 'generic-curl-user-key',
    title: 'API key as the user of a curl -u option',
    provider: 'Generic',
    regex: /\bcurl\b(?:[^\n]|\\\r?\n){0,400}?[ \t](?:-u|--user)[ \t]{1,4}(?<q>["']?)(?<secret>[^\s:"'$\\]{12,128}):\k<q>(?=$|[\s;|&)\\])/,
    secretGroup: 'secret',
    keywords: ['curl'],
    windowLines: 6,
    windowWhen: /\\\r?$/,
    confidence: 'medium',
    generic: true,
    description: 'curl sends the key as an HTTP Basic user name; in a script it is readable by everyone with the repository.',
  },
  {
    // A login check against a literal: if (password == "…"), pwd !== '…', password.equals("…"). The literal is the password, a backdoor anyone who reads the code has.
    id: 'generic-password-comparison',
    title: 'Password compared with a hardcoded literal',
    provider: 'Generic',
    // The name ends in the password word (adminPassword, form["pass"], PWD), so passwordStrength,
    // passwordType and bypass are not read as passwords.
    regex: /(?:(?<![A-Za-z])(?:[Pp]ass(?:word|wd|phrase)?|[Pp]wd|PASS(?:WORD|WD|PHRASE)?|PWD)|(?<=[a-z])(?:Pass(?:word|wd|phrase)?|Pwd)|(?<=[A-Z_])(?:PASS(?:WORD|WD|PHRASE)?|PWD))\d{0,3}["'`\]]{0,2}[ \t]{0,4}(?:===?|!==?|\.equals(?:IgnoreCase)?\(|\.Equals\()[ \t]{0,4}(?<q>["'`])(?<secret>[^"'`\s\\]{6,128})\k<q>/,
    secretGroup: 'secret',
    keywords: ['password', 'passwd', 'passphrase', 'pwd', 'pass'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password checked against a literal in the code is a backdoor: anyone who reads the code can log in.',
  },
  {
    // Prose: the password is "…", the default password for user "postgres" is '…'.
    id: 'generic-password-prose',
    title: 'Password written out in text',
    provider: 'Generic',
    regex: /\bpassword(?:[ \t]{1,4}for[ \t]{1,4}(?:the[ \t]{1,4})?(?:user[ \t]{1,4})?["'`]?[\w.@-]{1,64}["'`]?)?[ \t]{1,4}is[ \t]{1,4}(?<q>["'`])(?<secret>[^"'`\s\\]{6,128})\k<q>/i,
    secretGroup: 'secret',
    keywords: ['password'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password written in a README, comment or script output is readable by everyone with the repository.',
  },
  {
    // Credentials written down for a person: chats, tickets, notes, onboarding docs. `pw: …`,
    // `Temp pw I set: …`, "password was changed to …", `login jo@corp.test pw …`, "login is wowza / …",
    // "creds from Splynx are cust-38257 / …", `user \`root\` pass \`…\``, `**Temporary password:** \`…\``,
    // `\`api_unlock\` / \`…\``, and `jo@corp.test / …`, "login for the vendor tech: controls / …", a chat's
    // "use frontdesk / …", and a VPN's `Pre-Shared Key           : …` (AWS's tunnel configuration
    // text, a partner's e-mail). Unquoted, the value must hold a digit or symbol: after "password" a
    // plain word is prose ("password expired"), not the password.
    id: 'generic-password-chat',
    title: 'Password written down in a message or note',
    provider: 'Generic',
    regex: new RegExp(
      String.raw`(?:(?<![\w$-])(?<!=[ \t]{0,3})(?<!\blogin[ \t]{1,8}(?:anonymous|ftp)[ \t]{1,8})(?:pw|pwd|passw(?:or)?d|passcode|passphrase|pre-?shared[ \t-]key|psk|wpa[23]?[ \t-]key)(?![\w@-])(?:[ \t]{1,3}(?:for|on)[ \t](?:the[ \t]|all[ \t])?[\w.@-]{1,40}(?:[ \t][\w.@-]{1,40}){0,3}?)?(?:[ \t]{1,3}(?:I[ \t]set|is(?:[ \t]now)?|was(?:[ \t](?:reset|changed|set|updated)[ \t]to)?|has[ \t]been[ \t](?:reset|changed|set|updated)[ \t]to|(?:reset|changed|set|updated)[ \t]to|to))?(?:[ \t]{0,3}\([^()\n]{0,40}\))?(?:\*\*)?(?:[ \t]{0,3}[:=\-–][ \t]{0,3}|[ \t]{4,40}:[ \t]{1,16}|[ \t]{0,3}:[ \t]{4,16}|[ \t]{1,3})|(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+[\x60'"]?[ \t]{1,3}\/[ \t]{1,3}|(?<![\w-])(?:login|creds|credentials|user(?:name)?|(?<=:[ \t]{1,3}|^[ \t]{0,8})use)(?:[ \t](?:[^\n/:]{0,40}?[ \t])?(?:is|are)(?=[ \t])|[ \t][^\n/:]{0,40}?(?=:))?[ \t]{0,3}:?[ \t]{1,3}(?:\*\*|\x60)?[\w.@\\-]{1,64}(?:\*\*|\x60)?(?:[ \t]{1,3}\/|[ \t,;]{1,3}pass:?)[ \t]{1,3}|(?<![\w\x60])\x60[\w.@-]{1,64}\x60[ \t]{1,3}\/[ \t]{1,3}(?=\x60))(?:\*\*[ \t]{0,3})?(?<!\bfor[ \t](?:the[ \t])?)(?:(?<q>[\x60'"])(?<qsecret>${CHAT_PASSWORD})\k<q>|(?<secret>${CHAT_PASSWORD}))(?=$|[\s<"'\x60,;)\\])`,
      'i',
    ),
    secretGroup: ['qsecret', 'secret'],
    keywords: ['pw', 'pwd', 'password', 'passwd', 'passcode', 'passphrase', ' /', 'shared key', 'shared-key', 'psk', ' pass', 'wpa key', 'wpa2 key', 'wpa3 key', 'wpa-key', 'wpa2-key'],
    // (The word after `password for the` names what it is for: "the password for the mobile_proxy1 zone".)
    // A word set in Markdown emphasis (`password *hashes*`) is prose.
    // Nor is a listing's field after the word (RACF's `PASSWORD ENVELOPED=NO`).
    reject: (s) => /^([*_]{1,2})[\p{L}-]{1,40}\1[.,;:!?]?$/u.test(s) || /^[A-Z][A-Z-]{2,30}=[A-Z0-9/.-]{1,20}$/.test(s),
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    prose: true,
    description: 'A password pasted into a message, ticket or note is readable by everyone who can read that text.',
  },
  {
    // A login given in reply, as `user / password` and nothing else, a few lines after someone asks
    // for it: "anyone has the PDM infodba login?" … "here you go: infodba / …", "can you reset the
    // SoftPro admin?" … "done. SPAdmin / …", a chat export's "it's admin / … — please change it after".
    id: 'generic-login-reply',
    title: 'Login written down in a reply',
    provider: 'Generic',
    regex: new RegExp(
      String.raw`\b(?:login|log[ \t]in|creds|credentials|password|reset|(?:service|admin|bot)[ \t]account)\b[^\n]{0,160}\r?\n(?:[^\n]{0,400}\r?\n){0,7}?[^\n]{0,200}?(?:^|[:.!"][ \t]{0,3}|\b(?:it's|its|it is|use|try)[ \t]{1,3})[\w.@\\-]{2,40}[ \t]{1,3}\/[ \t]{1,3}(?![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-)(?:(?<q>[\x60'])(?<qsecret>${CHAT_PASSWORD})\k<q>|(?<secret>${CHAT_PASSWORD}))(?=[ \t]*(?:\r?$|[—–]|-[ \t]|[,;"]))`,
      'im',
    ),
    secretGroup: ['qsecret', 'secret'],
    keywords: ['login', 'log in', 'creds', 'credentials', 'password', 'reset', 'service account', 'admin account', 'bot account'],
    windowLines: 8,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    prose: true,
    description: 'A password pasted into a message, ticket or note is readable by everyone who can read that text.',
  },
  {
    // A function named for the secret it sets, given the secret: R's census_api_key("…"),
    // set_api_key("…"), stripe.setApiKey("…"), rentrez's set_entrez_key("…"), a builder's .SecretKey("…"),
    // and the same inside a notebook's JSON (`ngrok.set_auth_token(\"…\")`). Getters, checks and transforms (getToken("name"),
    // verify_token(…), hash_secret(…)) take something else.
    id: 'generic-secret-setter-call',
    title: 'Hardcoded secret passed to a function named for it',
    provider: 'Generic',
    regex:
      /(?<![\w$])(?!(?:[Gg]et|[Ff]etch|[Rr]ead|[Ll]oad|[Ff]ind|[Ll]ookup|[Rr]esolve|[Hh]as|[Ii]s|[Vv]alidate|[Cc]heck|[Vv]erify|[Rr]evoke|[Dd]elete|[Rr]emove|[Dd]ecode|[Ee]ncode|[Hh]ash|[Ee]ncrypt|[Dd]ecrypt|[Pp]arse|[Ss]ign|[Mm]ask|[Rr]edact|[Gg]enerate|[Cc]reate|[Rr]otate|[Rr]efresh|[Cc]lear|[Pp]rint|[Ll]og|[Rr]equire|[Ee]xpect|[Aa]ssert)[A-Z_\d])(?<name>[A-Za-z_][\w]{0,40}?(?:api_?key|Api_?Key|APIKey|API_KEY|_token|Token|_TOKEN|_secret|Secret|_SECRET)|(?<=\.)(?:[Ss]ecret_?[Kk]ey|SECRET_KEY)|(?:set_|Set|(?<=\.)set)[A-Za-z]\w{0,30}?(?:_key|Key)|(?<=\.)(?:api_?key|apiKey|ApiKey|with(?:Sk|SK|SecretKey|AccessKeySecret)))[ \t]{0,4}\([ \t]{0,4}(?<esc>\\?)(?<q>["'])(?<secret>[^"'\s\\]{16,300})\k<esc>\k<q>[ \t]{0,4}[,)]/,
    secretGroup: 'secret',
    keywords: ['api_key(', 'apikey(', 'token(', 'secret(', '_key(', 'key("', "key('", 'withsk('],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret passed as a literal to the function that sets it is in the code for anyone who reads it.',
  },
  {
    // A hardcoded fallback for an environment variable: process.env.DB_PASSWORD || "…",
    // os.environ.get("API_KEY", "…"), env('STRIPE_SECRET', '…'), getenv("X") ?: "…", ENV.fetch("X", "…"),
    // Rust's env::var("X").unwrap_or_else(|_| "…".to_string()), a runtime context's ctx.env["X"] || "…",
    // Dart's String.fromEnvironment('X', defaultValue: '…'), R's Sys.getenv("X", unset = "…"), Ruby's
    // ENV.fetch('X') { '…' }, Vapor's Environment.get("X") ?? "…"; escaped inside a notebook's JSON too
    // (`os.getenv(\"X\", \"…\")`). The variable's name says what the literal is.
    id: 'generic-secret-env-default',
    title: 'Hardcoded fallback for a secret environment variable',
    provider: 'Generic',
    regex: /(?:\bprocess\.env(?:\.|\[["'`])|\bimport\.meta\.env\.|\bos\.environ\.get\(|\bos\.environ\.setdefault\(|\bos\.getenv\(|\bENV(?:\.fetch\(|\[["'])|\benv\[["'\x60](?=[A-Za-z_][\w.]{0,80}["'\x60]\][ \t]{0,4}(?:\|\||\?\?))|\bDeno\.env\.get\(|\bSystem\.getenv\(|\bString\.fromEnvironment\(|\bSys\.getenv\(|\bEnvironment\.GetEnvironmentVariable\(|\bEnvironment\.get\(|\benv::var\(|\bVariable\.get\(|\bCypress\.env\(|(?<![\w.$])env\.(?=[A-Z][A-Z0-9_]{1,80}[ \t]{0,4}(?:\|\||\?\?))|(?<![\w.$])(?:getenv|env|config|env\.(?:str|bytes))\()[ \t]{0,4}(?<e>\\?)["'`]?(?<name>[A-Za-z_][\w.]{0,80})\k<e>["'`]?\]?\)?[ \t]{0,4}(?:\|\||\?\?|\?:|,(?:[ \t]{0,4}(?:default(?:_var)?[ \t]{0,2}=|defaultValue[ \t]{0,2}:|unset[ \t]{0,2}=))?|\bor\b|(?<=\)[ \t]{0,4})\{|\s{0,40}\.unwrap_or(?:_else)?\((?:\|_\|[ \t]{0,4})?)[ \t]{0,4}\k<e>(?<q>["'`])(?<secret>(?:(?!\k<q>)[^\s\\]){6,1000})\k<e>\k<q>/,
    secretGroup: 'secret',
    keywords: ['process.env', 'import.meta.env', 'os.environ', 'getenv', 'env(', 'env.fetch', 'env[', 'env.get', 'environment.get(', 'getenvironmentvariable', 'env::var(', 'config(', 'env.str(', 'env.bytes(', 'variable.get(', 'env.', 'cypress.env(', 'fromenvironment('],
    windowLines: 1,
    windowWhen: /\)[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret written as the fallback of an environment lookup is used whenever the variable is unset, and is readable by everyone with the code.',
  },
  {
    // A key/value table printed by a database client or pasted into a ticket: psql's and mysql's
    // `| local_kaltura | adminsecret | 9c67… |`, `430 | 4 | password | kkhb…` (Moodle's config
    // tables). The cell before the value names it.
    id: 'generic-secret-table-cell',
    title: 'Hardcoded secret in a printed key/value table',
    provider: 'Generic',
    // (Cells are padded: `a|b|c` in a regex is no table. A Markdown table's value in backticks is
    // documentation: a factory default's `admin123`, `(blank)`.)
    regex: /(?<=(?:^|[ \t])\|)[ \t]+(?<name>[A-Za-z_][\w.-]{1,60})[ \t]+\|[ \t]+(?<secret>[^\s|\x60(*][^\s|\x60]{5,299})(?=[ \t]+\||[ \t]*\r?$)/m,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret in a table printed from a database or a settings page is readable by everyone who has the output.',
  },
  {
    // Open edX's LTI passports: `"lti_passports": ["<id>:<client key>:<client secret>", …]`.
    id: 'generic-lti-passport-secret',
    title: 'LTI consumer secret in an Open edX passport',
    provider: 'Generic',
    regex: /(?<=\blti_passports["']?[ \t]*:[ \t]*\[[^\]]{0,2000}?)["'][\w.-]{1,64}:[^"':\s]{1,100}:(?<secret>[^"'\s]{6,200})["']/,
    secretGroup: 'secret',
    keywords: ['lti_passports'],
    windowLines: 8,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'An LTI passport\'s secret signs launches to the tool as the course: anyone with it can launch as any learner.',
  },
  {
    // A session id sent as a request header on a command line: `curl -H "arena_session_id: …"`,
    // `-H 'X-Session-Id: …'`, or in code's headers: `{"X-ArchivesSpace-Session": "…"}`. The session
    // acts as its user until it ends.
    id: 'generic-session-header',
    title: 'Session id in a request header',
    provider: 'Generic',
    regex: /(?:-H|--header)[ \t]+["'](?:[\w-]*[_-])?[Ss]ession[_-]?[Ii][Dd][ \t]*:[ \t]*(?<secret>[A-Za-z0-9+/_=.-]{24,300})["']|["']X-[\w-]{0,40}-Session(?:-Id|-Token)?["'][ \t]*[:=,][ \t]*["'](?<secret2>[A-Za-z0-9+/_=.-]{24,300})["']/,
    secretGroup: ['secret', 'secret2'],
    keywords: ['session_id:', 'session-id:', 'sessionid:', '-session"', "-session'", '-session-id"', '-session-token"'],
    confidence: 'medium',
    generic: true,
    description: 'A session id acts as the user it was issued to until the session ends: anyone with the command line can use it.',
  },
  {
    // A table of logins in code: `USERS = {"operator": "…", "historian": "…"}` (an OPC UA or a
    // Flask-HTTPAuth server's users), `passwords = { 'jo': '…' }`. Roles and ids are words; a value
    // with a digit or a symbol is a password.
    id: 'generic-user-password-map',
    title: 'Hardcoded passwords in a map of users',
    provider: 'Generic',
    regex: new RegExp(String.raw`(?<=\b(?:USERS|[Uu]sers|LOGINS|[Ll]ogins|PASSWORDS|[Pp]asswords|USER_PASSWORDS|user_passwords|userPasswords)[ \t]*(?::[^=\n]{1,60})?=[ \t]*\{[^{}]{0,800}?)["'][\w.@-]{1,40}["'][ \t]*:[ \t]*(?<q>["'])(?<secret>${CHAT_PASSWORD})\k<q>`),
    secretGroup: 'secret',
    keywords: ['users = {', 'users={', 'logins = {', 'logins={', 'passwords = {', 'passwords={', 'userpasswords', 'user_passwords'],
    windowLines: 12,
    windowWhen: /\{[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'Passwords written into a server\'s code sign in as those users for anyone who reads it.',
  },
  {
    // Windows' `reg add <key> /v DefaultPassword /t REG_SZ /d "…"` (an instrument PC's auto-logon), and
    // any value whose name says it is a secret.
    id: 'generic-reg-add-secret',
    title: 'Secret written into the registry by a script',
    provider: 'Generic',
    regex: /\breg(?:\.exe)?[ \t]+add[ \t][^\n]{0,300}?[ \t]\/v[ \t]+(?<nq>"?)(?<name>[A-Za-z_][\w.-]{0,60})\k<nq>(?:[ \t]+\/t[ \t]+REG_\w{2,12})?[ \t]+\/d[ \t]+(?<q>"?)(?<secret>[^\s"%]{4,200})\k<q>(?=[ \t]|\r?$)/i,
    secretGroup: 'secret',
    keywords: ['reg add', 'reg.exe add'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret written into the registry by a script is in the script, and in the registry in clear.',
  },
  {
    // An X12 interchange header whose security information is a password: `ISA*00*          *01*<password>*…`
    // (ISA03 `01` says ISA04 holds one, padded to ten characters).
    id: 'generic-x12-isa-password',
    title: 'Password in an X12 interchange header',
    provider: 'Generic',
    regex: /\bISA(?<sep>[*|^~!])\d{2}\k<sep>[^\n]{10}\k<sep>01\k<sep>(?<secret>[^\s*|^~!]{4,10})[ ]{0,6}\k<sep>/,
    secretGroup: 'secret',
    keywords: ['isa*', 'isa|', 'isa^', 'isa~', 'isa!'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'An interchange\'s password lets whoever has the file send documents to the trading partner as you.',
  },
  {
    // A label, a leader of dots and the value: a runbook's or a device sheet's `Stream key .. …`,
    // `Password .......... …`.
    id: 'generic-secret-dot-leader',
    title: 'Secret in a labelled list',
    provider: 'Generic',
    regex: /^[ \t]*(?<name>[A-Za-z][A-Za-z0-9_-]{0,30}(?: [A-Za-z0-9_-]{1,30}){0,3})[ \t]*\.{2,}[ \t]*(?<secret>[^\s]{6,200})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret written into a runbook or a device sheet is readable by everyone who has the document.',
  },
  {
    // A settings table entry that names its value: Q-SYS plugin properties `{ Name = "API Key", Type =
    // "string", Value = "…" }`, and the same in JSON (`{"Name": "Password", "Value": "…"}`).
    id: 'generic-secret-name-value-entry',
    title: 'Hardcoded secret in a named settings entry',
    provider: 'Generic',
    regex: /\{[^{}\n]{0,200}?["']?\bName["']?[ \t]*[=:][ \t]*["'](?<name>[A-Za-z][\w .-]{0,60})["'][^{}\n]{0,200}?["']?\bValue["']?[ \t]*[=:][ \t]*(?<q>["'])(?<secret>[^"'\s]{6,300})\k<q>/,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration entry whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // A Basic credential kept encoded under a name that says so: `BASIC = "<base64 of id:secret>"`
    // (a Zoom app's client id and secret), `basicAuth: '…'`.
    id: 'generic-basic-credential-base64',
    title: 'Basic credential kept base64-encoded',
    provider: 'Generic',
    regex: /\b[A-Za-z_]{0,30}(?:BASIC|[Bb]asic)(?:_?(?:AUTH|[Aa]uth|CREDENTIALS?|[Cc]redentials?|TOKEN|[Tt]oken|HEADER|[Hh]eader))?["']?[ \t]*[:=][ \t]*(?<q>["'])(?<secret>[A-Za-z0-9+/]{16,400}={0,2})\k<q>/,
    secretGroup: 'secret',
    keywords: ['basic'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    reject: (s) => !/^[\w.@+-]{1,100}:[\x21-\x7e]{6,200}$/.test(Buffer.from(s, 'base64').toString('latin1')),
    description: 'A base64-encoded login is the login: anyone can decode it.',
  },
  {
    // A GenieACS provision script setting a device's password parameter:
    // `declare("InternetGatewayDevice.ManagementServer.ConnectionRequestPassword", {value: now}, {value: "…"})`,
    // `declare(base + ".Password", {value: now}, {value: "…"})`.
    id: 'generic-tr069-declared-password',
    title: 'Hardcoded password in a TR-069 provision script',
    provider: 'Generic',
    regex: /\bdeclare[ \t]*\([ \t]*(?:[\w.]{1,80}[ \t]*\+[ \t]*)?["'][^"'\n]{0,200}?(?:Password|Passphrase|PreSharedKey|KeyPassphrase|WEPKey)["'][ \t]*,[ \t]*\{[^{}\n]{0,100}\}[ \t]*,[ \t]*\{[ \t]*value[ \t]*:[ \t]*(?<q>["'])(?<secret>[^"'\n]{4,128})\k<q>/,
    secretGroup: 'secret',
    keywords: ['declare('],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password set by a provision script is in the ACS\'s configuration and every copy of the script.',
  },
  {
    // FreeRADIUS's SQL users: `radcheck` rows holding a cleartext password
    // (`(…, 'jo', 'Cleartext-Password', ':=', '…')`); `Crypt-Password` rows hold hashes.
    id: 'generic-radius-cleartext-password',
    title: 'Cleartext password in a FreeRADIUS table',
    provider: 'Generic',
    regex: /["'](?:Cleartext|User)-Password["'][ \t]*,[ \t]*["'][:=+]{1,2}["'][ \t]*,[ \t]*(?<q>["'])(?<secret>[^"'\n]{4,128})\k<q>/,
    secretGroup: 'secret',
    keywords: ['cleartext-password', 'user-password'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A subscriber\'s password in a database dump or seed file logs in as that subscriber.',
  },
  {
    // A ROS launch file's fallback for an environment variable: `$(optenv MQTT_PASSWORD <default>)`.
    id: 'generic-secret-ros-optenv',
    title: 'Hardcoded fallback for a secret environment variable in a ROS launch file',
    provider: 'Generic',
    regex: /\$\(optenv[ \t]+(?<name>[A-Za-z_]\w{0,80})[ \t]+(?<secret>[^\s()$"'<>]{6,200})\)/,
    secretGroup: 'secret',
    keywords: ['$(optenv'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret written as the fallback of an environment lookup is used whenever the variable is unset, and is readable by everyone with the launch file.',
  },
  {
    // An OAuth 1.0a client given its consumer key and secret by position: tweepy's
    // OAuth1UserHandler("key", "secret", …) and OAuthHandler, pytumblr's TumblrRestClient, requests-oauthlib's OAuth1.
    id: 'generic-oauth1-consumer-secret',
    title: 'OAuth 1.0a consumer secret passed to a client',
    provider: 'Generic',
    regex: /\b(?:OAuth1UserHandler|OAuthHandler|TumblrRestClient|OAuth1Session|OAuth1)[ \t]{0,4}\(\s{0,40}(?:client_key[ \t]{0,2}=[ \t]{0,2})?(?<q>["'])[A-Za-z0-9_-]{16,80}\k<q>\s{0,40},\s{0,40}(?:client_secret[ \t]{0,2}=[ \t]{0,2})?(?<q2>["'])(?<secret>[A-Za-z0-9_-]{30,100})\k<q2>/,
    secretGroup: 'secret',
    keywords: ['oauth1userhandler', 'oauthhandler', 'tumblrrestclient', 'oauth1session', 'oauth1('],
    windowLines: 3,
    windowWhen: /\([ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    hint: 'Read the consumer key and secret from the environment; with the access token they post as the account.',
    description: 'The consumer secret signs requests as the app; with the access token and its secret, as the account.',
  },
  {
    // A fallback a few lines after the lookup: Java's `String k = System.getenv("X"); return k != null ? k : "…";`,
    // Go's `if k := os.Getenv("X"); k != "" { return k }` then `return "…"`, PowerShell's
    // `if ($env:X) { $env:X } else { "…" }`. The variable's name says what the literal is.
    id: 'generic-secret-env-fallback-return',
    title: 'Hardcoded fallback for a secret environment variable',
    provider: 'Generic',
    regex: /(?:\bSystem\.getenv|\bos\.Getenv|\bgetenv|\$env:)[ \t]{0,4}\(?[ \t]{0,4}["']?(?<name>[A-Za-z_]\w{0,80})["']?[ \t]{0,4}\)?[^\n]{0,160}?(?:\r?\n[^\n]{0,160}?){0,3}?(?:\breturn[ \t]+(?:[\w.$ \t!=<>]{1,60}\?[ \t]{0,4}[\w.$]{1,40}[ \t]{0,4}:[ \t]{0,4})?|\belse[ \t]{0,4}\{[ \t]{0,4})(?<q>["'])(?<secret>[^\s"'\\]{8,300})\k<q>/,
    secretGroup: 'secret',
    keywords: ['system.getenv', 'os.getenv', 'getenv', '$env:'],
    windowLines: 4,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret written as the fallback of an environment lookup is used whenever the variable is unset, and is readable by everyone with the code.',
  },
  {
    // A JWT signing or verification key written as the literal argument: jwt.sign(payload, '…'),
    // jwt.encode(payload, "…", algorithm="HS256"), jwt.verify(token, '…'), PHP's JWT::encode($p, '…', 'HS256').
    id: 'generic-jwt-signing-key',
    title: 'Hardcoded JWT signing key',
    provider: 'Generic',
    // golang-jwt's token.SignedString([]byte("…")) signs with the literal too.
    regex: /\b(?:(?:jwt\.|JWT::)(?:sign|verify|encode|decode)[ \t]{0,4}\([^\n;]{0,200}?,[ \t]{0,4}(?:[bf](?=["']))?|\.SignedString[ \t]{0,4}\([ \t]{0,4}\[\]byte[ \t]{0,4}\([ \t]{0,4})(?<q>["'`])(?<secret>[^"'`\s\\]{6,300})\k<q>(?=[ \t]{0,4}[,)])/,
    secretGroup: 'secret',
    keywords: ['jwt.sign', 'jwt.verify', 'jwt.encode', 'jwt.decode', 'jwt::encode', 'jwt::decode', '.signedstring'],
    // An encoding's name is an argument of a call inside (`Buffer.from(key, 'base64')`), not the key.
    reject: (s) => /^(?:base64(?:url)?|hex|utf-?8|ascii|latin1|binary|ucs-?2|utf-?16le)$/i.test(s),
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'Whoever knows an HMAC signing key can mint tokens your service accepts, as any user.',
  },
  {
    // PowerShell: ConvertTo-SecureString "…" -AsPlainText -Force, the switches first
    // (ConvertTo-SecureString -AsPlainText "…" -Force), or the value piped in ('…' | ConvertTo-SecureString -AsPlainText).
    id: 'generic-powershell-securestring',
    title: 'Password in ConvertTo-SecureString',
    provider: 'Generic',
    // In double quotes a backtick escapes the next character (`` `$ `` is a dollar sign); single
    // quotes take `$` as it is.
    regex: /\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?:"(?<secret>(?:[^"\s`$]|`[^\s]){6,300})"|'(?<sq>[^'\s]{6,300})')[^\n]{0,80}-AsPlainText|\bConvertTo-SecureString(?:[ \t]+-(?:AsPlainText|Force)){1,2}[ \t]+(?:-String[ \t]+)?(?:"(?<secret2>(?:[^"\s`$]|`[^\s]){6,300})"|'(?<sq2>[^'\s]{6,300})')|(?:"(?<secret3>(?:[^"\s`$]|`[^\s]){6,300})"|'(?<sq3>[^'\s]{6,300})')[ \t]{0,4}\|[ \t]{0,4}ConvertTo-SecureString\b[^\n|]{0,40}-AsPlainText/i,
    secretGroup: ['secret', 'sq', 'secret2', 'sq2', 'secret3', 'sq3'],
    keywords: ['convertto-securestring'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password turned into a SecureString from plain text is still plain text in the script.',
  },
  {
    // C, C++ and Arduino: #define API_KEY "…".
    id: 'generic-secret-define',
    title: 'Hardcoded secret in a #define',
    provider: 'Generic',
    regex: /^[ \t]*[#!][ \t]*define[ \t]+(?<name>[A-Za-z_]\w{0,80})[ \t]+@?(?<q>")(?<secret>(?:[^"\s\\]|\\\S){6,300})"/,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret compiled into a binary can be read back from it with `strings`.',
  },
  {
    // A list of secrets written one item to a line, comments between: django-fernet-fields'
    // `FERNET_KEYS = [` over `"…",` and `# previous key …`.
    id: 'generic-secret-list-lines',
    title: 'Hardcoded secret in a list of secrets',
    provider: 'Generic',
    regex: /(?<![\w.$-])(?<name>(?:[A-Za-z_$][\w$-]{0,60}?)?(?:[Ss]ecret|SECRET|[Kk]ey|KEY|[Tt]oken|TOKEN|[Pp]assword|PASSWORD|[Cc]redential|CREDENTIAL))[Ss]?["'\x60]?[ \t]{0,4}(?::|=|=>)[ \t]{0,4}\[[ \t]*\r?\n(?:[ \t]*(?:#|\/\/)[^\n]*\r?\n)*[ \t]*(?<q>["'\x60])(?<secret>(?:(?!\k<q>)[^\s\\]){6,300})\k<q>[ \t]*,?[ \t]*(?:(?:#|\/\/)[^\n]*)?\r?$/m,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    windowLines: 6,
    windowWhen: /\[[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A list whose name says it holds secrets holds a literal value in a committed file.',
  },
  {
    // PHP's serialize() format, as WordPress keeps plugin settings in wp_options (and SQL dumps
    // show it, quotes escaped): `s:9:"api_token";s:32:"…";`.
    id: 'generic-secret-php-serialized',
    title: 'Hardcoded secret in PHP serialized settings',
    provider: 'Generic',
    regex: /\bs:\d{1,3}:\\?"(?<name>[A-Za-z_][\w.-]{0,80})\\?";s:\d{1,4}:\\?"(?<secret>[^"\\\s]{6,500})\\?";/,
    secretGroup: 'secret',
    // Plugins that encrypt what they store (WP Mail SMTP's `pass`) keep base64 of binary ciphertext.
    reject: (s) => s.length >= 44 && s.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(s) && !/^[\x20-\x7e]*$/.test(Buffer.from(s, 'base64').toString('latin1')),
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A plugin\'s saved settings hold the secret in clear, in the database and every dump of it.',
  },
  {
    // A flag and its value as two items of an argument list: goreleaser's `args:` with
    // `- "--passphrase"` over `- "…"`, a subprocess call's `["gpg", "--passphrase", "…"]`.
    id: 'generic-secret-argv-item',
    title: 'Hardcoded secret in an argument list',
    provider: 'Generic',
    regex: /["']--?(?<name>[A-Za-z][\w-]{1,40})["'][ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n[ \t]*-[ \t]+)(?<q>["'])(?!-)(?<secret>(?:(?!\k<q>)[^\s\\]){6,200})\k<q>/,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    windowLines: 1,
    windowWhen: /["'],?[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret in a command\'s argument list is kept in the file, and in the process list while it runs.',
  },
  {
    // Oracle's thin JDBC URL may carry the login before the host: `jdbc:oracle:thin:scott/…@db:1521:ORCL`.
    id: 'generic-jdbc-oracle-login',
    title: 'Password in an Oracle JDBC URL',
    provider: 'Generic',
    regex: /\bjdbc:oracle:(?:thin|oci8?):(?<user>[A-Za-z][\w$#]{0,29})\/(?<secret>[^@\s"'<>\/]{4,128})@/i,
    secretGroup: 'secret',
    keywords: ['jdbc:oracle:'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Leave the login out of the URL; give the pool its user and password from a wallet or secret store.',
    description: 'The JDBC URL logs in to the database as that user.',
  },
  {
    // An API key sent as the Basic user with an empty or throwaway password: BambooHR's and
    // Freshdesk's `curl -u "<key>:x"`, Stripe-style `-u <key>:`.
    id: 'generic-curl-key-as-user',
    title: 'API key in a curl -u option',
    provider: 'Generic',
    regex: /\bcurl\b(?:[^\n]|\\\r?\n){0,400}?[ \t](?:-[a-zA-Z]{0,8}u|--user)[ \t]{1,4}(?<q>["']?)(?<secret>(?=[A-Za-z0-9_-]{0,199}\d)(?=[A-Za-z0-9_-]{0,199}[A-Za-z])[A-Za-z0-9_-]{24,200}):[xX]?\k<q>(?=$|[\s;|&)\\])/,
    secretGroup: 'secret',
    keywords: ['curl'],
    windowLines: 6,
    windowWhen: /\\\r?$/,
    confidence: 'medium',
    generic: true,
    description: 'The user half of this Basic credential is the API key itself.',
  },
  {
    // The same in a Postman collection's Basic auth: `{ "key": "username", "value": "<key>" }` beside
    // `{ "key": "password", "value": "X" }`, in either order (Freshdesk, Zendesk-style key auth).
    id: 'generic-postman-key-as-user',
    title: 'API key as the Basic user in a Postman collection',
    provider: 'Generic',
    regex: /\{\s{0,40}"key"[ \t]{0,4}:[ \t]{0,4}"username"[ \t]{0,4},[ \t]{0,4}"value"[ \t]{0,4}:[ \t]{0,4}"(?<secret>(?=[A-Za-z0-9_-]{0,199}\d)(?=[A-Za-z0-9_-]{0,199}[A-Za-z])[A-Za-z0-9_-]{20,200})"(?:(?<="key"[ \t]{0,4}:[ \t]{0,4}"password"[ \t]{0,4},[ \t]{0,4}"value"[ \t]{0,4}:[ \t]{0,4}"[xX]?"[^\]]{0,600})|(?=[^\]]{0,300}"key"[ \t]{0,4}:[ \t]{0,4}"password"[ \t]{0,4},[ \t]{0,4}"value"[ \t]{0,4}:[ \t]{0,4}"[xX]?"))/,
    secretGroup: 'secret',
    keywords: ['"username"'],
    multiline: true,
    confidence: 'medium',
    generic: true,
    description: 'The user half of this Basic credential is the API key itself.',
  },
  {
    // PlatformIO's over-the-air uploads pass the device's OTA password in `upload_flags`, a line or
    // more below `upload_protocol = espota`: `--auth=…`.
    id: 'generic-platformio-ota-password',
    title: 'OTA password in a PlatformIO environment',
    provider: 'Generic',
    regex: /\bupload_protocol[ \t]*=[ \t]*espota\b(?:[^\n]*\n(?![ \t]*\[)){1,12}?[ \t]*(?:upload_flags[ \t]*=[ \t]*)?--auth[ \t]*=[ \t]*(?<secret>[^\s$"'][^\s"']{3,127})(?=[ \t]*(?:\r?\n|$))/,
    secretGroup: 'secret',
    keywords: ['espota'],
    windowLines: 12,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: "The OTA password lets anyone on the device's network flash it with their own firmware.",
  },
  {
    // Values compiled into a Go binary by the linker: `-ldflags "-X main.apiKey=…"`, `-X $(PKG)/internal/telemetry.licenseKey=…`.
    id: 'generic-go-ldflags-value',
    title: 'Secret compiled in with -ldflags -X',
    provider: 'Generic',
    regex: /(?:^|[\s'"])-X[ \t]{1,4}["']?[\w.\/$(){}-]{1,200}\.(?<name>[A-Za-z_]\w{0,60})=(?<secret>[^\s"'$\\]{6,300})/,
    secretGroup: 'secret',
    keywords: ['-x '],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A value linked into the binary with -X can be read back from it with `strings`, and the build script holds it too.',
  },
  {
    // Go flags' defaults: `flag.String("api-token", "…", "usage")`, cobra/pflag's
    // `f.StringVarP(&o.Password, "password", "p", "…", "database password")`.
    id: 'generic-flag-default',
    title: 'Hardcoded default for a secret command-line flag',
    provider: 'Generic',
    regex: /\.String(?:Var)?P?\([ \t]*(?:&[\w.]{1,60}[ \t]*,[ \t]*)?"(?<name>[\w.-]{1,60})"[ \t]*,[ \t]*(?:"\w{0,2}"[ \t]*,[ \t]*)?(?<q>")(?<secret>[^"\s\\]{6,200})"/,
    secretGroup: 'secret',
    keywords: ['string(', 'stringvar(', 'stringp(', 'stringvarp('],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A flag\'s default is used whenever the flag is not given, and is printed by --help.',
  },
  {
    // Rust clap's builder: `.env("DD_API_KEY")` over `.default_value("…")`.
    id: 'generic-clap-env-default',
    title: 'Hardcoded default for a secret command-line flag',
    provider: 'Generic',
    regex: /\.env\([ \t]*"(?<name>[\w.-]{1,60})"[ \t]*\)\s{0,40}\.default_value\([ \t]*(?<q>")(?<secret>[^"\s\\]{6,200})"/,
    secretGroup: 'secret',
    keywords: ['.env('],
    windowLines: 2,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A flag\'s default is used whenever the flag is not given, and is printed by --help.',
  },
  {
    // actix-web's cookie key from literal bytes: `Key::from(b"…")` (64 bytes or more).
    id: 'generic-cookie-key-bytes',
    title: 'Cookie signing key from literal bytes',
    provider: 'Generic',
    regex: /\bKey::(?:from|derive_from|try_from)\([ \t]*b?(?<q>")(?<secret>[^"\s\\]{32,200})"/,
    secretGroup: 'secret',
    keywords: ['key::from', 'key::derive_from', 'key::try_from'],
    confidence: 'medium',
    generic: true,
    hint: 'Load the key from the environment or a key file (`Key::from(&std::fs::read(path)?)`), and generate it with `Key::generate()` once.',
    description: 'With the key anyone can sign session cookies the server trusts, as any user.',
  },
  {
    // A label with a remark between name and value, as notes and mails write it: Plaid's
    // `secret (production): …`, a comment's `old token (rotated?): …`. The value holds a digit.
    id: 'generic-secret-qualified-label',
    title: 'Secret written down with a remark',
    provider: 'Generic',
    // Or told: "the CourtListener token is …" (not "the API key is": a key told in prose is as often
    // the public half, Trello's Power-Up key).
    regex: /(?<![\w-])(?<name>(?:api[ _-]?)?(?:token|secret|key|password|client[ _-]secret|api[ _-]?key))(?:[ \t]{1,3}\([^()\n]{1,40}\)[ \t]{0,3}[:=]|(?<=token|secret|password)[ \t]{1,3}is)[ \t]{1,3}(?<q>[\x60'"]?)(?<secret>(?=[^\s\x60'"<>]{0,199}\d)[^\s\x60'"<>]{16,200})\k<q>(?=\s|$|[.,;)])/i,
    secretGroup: 'secret',
    keywords: ['token (', 'secret (', 'key (', 'password (', 'token is', 'secret is', 'password is'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret written into a note, mail or comment is readable by everyone who can read that text.',
  },
  {
    // A list of secrets after its first item (which the assignment rule reads): express-session's
    // `secret: ['new…', 'old…']` and other rotation lists keep the key still accepted second.
    id: 'generic-secret-list-item',
    title: 'Hardcoded secret in a list of secrets',
    provider: 'Generic',
    // The name ends in the secret's word (`secrets`, `apiKeys`, judged as `secret`, `apiKey`), not
    // in another (`token_variants`).
    regex: /(?<![\w.$-])(?<name>(?:[A-Za-z_$][\w$-]{0,60}?)?(?:[Ss]ecret|SECRET|[Kk]ey|KEY|[Tt]oken|TOKEN|[Pp]assword|PASSWORD|[Cc]redential|CREDENTIAL))[Ss]?["'\x60]?[ \t]{0,4}(?::|=|=>)[ \t]{0,4}\[[ \t]{0,4}(?:["'\x60][^"'\x60\n]{1,300}["'\x60][ \t]{0,4},[ \t]{0,4}){1,8}?(?<q>["'\x60])(?<secret>(?:(?!\k<q>)[^\s\\]){6,300})\k<q>/,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A list whose name says it holds secrets holds a literal value in a committed file.',
  },
  {
    // A map whose keys are the secrets, each given to what it stands for: `API_KEYS = {"wg_…": "contact-centre", …}`.
    id: 'generic-secret-map-keys',
    title: 'Hardcoded secrets as the keys of a map',
    provider: 'Generic',
    regex: /(?<![\w.$-])(?<name>(?:[A-Za-z_$][\w$-]{0,60}?)?(?:[Ss]ecret|SECRET|[Kk]ey|KEY|[Tt]oken|TOKEN))[Ss]["'\x60]?(?:[ \t]{0,4}:[ \t]{0,4}[\w.[\], |]{1,60})?[ \t]{0,4}(?::|=|=>)[ \t]{0,4}\{\s{0,200}(?:["'\x60][^"'\x60\n]{1,300}["'\x60][ \t]{0,4}:[ \t]{0,4}["'\x60][^"'\x60\n]{0,300}["'\x60][ \t]{0,4},\s{0,200}){0,20}(?<q>["'\x60])(?<secret>[A-Za-z0-9_.~+/=-]{20,300})\k<q>[ \t]{0,4}:/,
    secretGroup: 'secret',
    keywords: ['keys', 'tokens', 'secrets'],
    multiline: true,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A map whose name says its keys are secrets holds them literally in a committed file.',
  },
  {
    // JSON name/value pairs: ECS task definitions and Postman collections, { "name": "DB_PASSWORD", "value": "…" },
    // and header lists, escaped too when a flow keeps them as a JSON string (Directus'
    // `"headers": "[{\"header\":\"X-Algolia-API-Key\",\"value\":\"…\"}]"`), and Node-RED's http request
    // node (`"keyValue": "X-Api-Key", "valueType": "other", "valueValue": "…"`).
    id: 'generic-secret-json-pair',
    title: 'Hardcoded secret in a JSON name/value pair',
    provider: 'Generic',
    regex: /(?<e>\\?)"(?:name|key|header|Name|Key|Header|ParameterKey|keyValue)\k<e>"[ \t]{0,4}:[ \t]{0,4}\k<e>"(?<name>[\w.:-]{1,80})\k<e>"[ \t]{0,4},\s{0,40}(?:\k<e>"valueType\k<e>"[ \t]{0,4}:[ \t]{0,4}\k<e>"\w{1,20}\k<e>"[ \t]{0,4},\s{0,40})?\k<e>"(?:value|Value|ParameterValue|valueValue)\k<e>"[ \t]{0,4}:[ \t]{0,4}(?<q>\k<e>")(?<secret>(?:[^"\s\\]|\\\S){6,1000}?)\k<e>"/,
    secretGroup: 'secret',
    keywords: ['"name"', '"key"', '"header"', '"parameterkey"', '"keyvalue"', '\\"name\\"', '\\"key\\"', '\\"header\\"'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    multiline: true,
    description: 'An environment entry or collection variable whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // Go's MySQL driver DSN: user:password@tcp(host:3306)/db. The driver splits at the last `@`,
    // so the password may hold one (`Hearth559@Redwood`).
    id: 'generic-dsn-password',
    title: 'Password in a database DSN',
    provider: 'Database',
    regex: /(?<![\w/:@.-])[\w.-]{1,64}:(?<secret>[^\s:@/"'`]{1,128}(?:@[^\s:@/"'`()]{1,128}){0,2})@(?:tcp|unix|udp)\(/,
    secretGroup: 'secret',
    keywords: ['@tcp(', '@unix(', '@udp('],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A database password in a DSN gives whoever reads it the database user\'s access to your data.',
  },
  {
    // Redis configuration: requirepass …, masterauth ….
    id: 'generic-redis-password',
    title: 'Password in a Redis configuration',
    provider: 'Generic',
    regex: /^[ \t]*(?:requirepass|masterauth)[ \t]+(?<q>["']?)(?<secret>[^\s"']{6,300})\k<q>[ \t]*$/,
    secretGroup: 'secret',
    keywords: ['requirepass', 'masterauth'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The Redis password opens every key in the instance to whoever reads the file.',
  },
  {
    // Configs whose directives take their value after a space, with no operator: msmtp's
    // `password …`, fluent-bit's `HTTP_Passwd …`, HAProxy's `user ops insecure-password …`, Cisco's
    // `username x password 0 …`, OpenWrt's `option password '…'`, strongSwan's `: PSK "…"`,
    // Apache's `RequestHeader set X-Api-Key "…"`, Lisp's `(setq api-token "…")`, EDN's
    // `:password "…"}`, Elixir's `@api_key "…"`, Tcl's `password "…" \` and Valve's KeyValues
    // (SourceMod's databases.cfg: `"pass"  "…"`), Zebra's SGD `! U1 setvar "wlan.wpa.psk" "…"`.
    // The value must end the line, so prose and code rarely fit.
    // Elixir's module attributes read the same way: `@password "…"`, or a charlist `@password ~c"…"`.
    id: 'generic-secret-config-directive',
    title: 'Hardcoded secret in a configuration directive',
    provider: 'Generic',
    regex: /^[ \t]*(?:[\w.%:@\/(*!-]{1,80}[ \t]+){0,6}(?:[{(\[]?:|@)?(?<!\blogin[ \t]{1,8}(?:anonymous|ftp)[ \t]{1,8})(?<nq>"?)(?<name>[A-Za-z_][\w.-]{0,80})\k<nq>[ \t]+(?:\d[ \t]+)?(?:~[cCsS](?=["']))?(?:(?<q>["'])(?<secret>(?:(?!\k<q>)[^\s\\]){6,300})\k<q>[;)}\]]{0,3}(?:[ \t]+\\)?|(?<bare>(?!-)[^\s"'`(){}[\]<>;]{5,299}(?:[^\s"'`(){}[\]<>;,:.]|(?<=\d[^\s]{0,298})\.));?)[ \t]*\r?$/,
    secretGroup: ['secret', 'bare'],
    keywords: SECRET_NAME_KEYWORDS,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration entry whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // A secret-named entry whose literal sits one level down: CloudFormation's `DBPassword:` with
    // `Default: …` a few lines below, ESPHome's `encryption:` with `key: …`. The name judged is the
    // path (`DBPassword.Default`, `encryption.key`).
    id: 'generic-secret-nested-yaml',
    title: 'Hardcoded secret under a secret-named YAML entry',
    provider: 'Generic',
    regex: /^(?<ind>[ \t]*)(?:-[ \t]+)?["']?(?<parent>[A-Za-z_][\w.$-]{0,80})["']?[ \t]{0,4}:[ \t]*\r?\n(?:\k<ind>[ \t][^\n]{0,200}\n){0,8}?\k<ind>[ \t]+(?<name>[Dd]efault|[Vv]alue|[Kk]ey)[ \t]{0,4}:[ \t]{1,8}(?:(?<q>["'])(?<secret>(?:(?!\k<q>)[^\s\\]){6,300})\k<q>|(?<bare>[^\s"'#&*!|>{[]\S{5,300}))[ \t]*(?:[ \t]#[^\n]*)?\r?$/m,
    secretGroup: ['secret', 'bare'],
    // (Bare `password` too: a CloudFormation resource's logical id may go on past it, `IngestPasswordA:`.)
    keywords: [...[...SECRET_NAME_KEYWORDS, 'encryption'].map((k) => `${k}:`), 'password'],
    windowLines: 9,
    windowWhen: /:[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration entry whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // The same one level down in JSON and JS objects: ARM parameters' `"adminPassword": { "value": "…" }`,
    // ARM templates' `{ "type": "securestring", "defaultValue": "…" }`, `stripeKeys: { secret: '…' }`
    // (judged as `stripeKeys.secret`). The parent's line must name a secret: searching below every
    // `name: {` in JavaScript costs a third of a scan.
    id: 'generic-secret-nested-json',
    title: 'Hardcoded secret under a secret-named JSON or object entry',
    provider: 'Generic',
    regex: /(?<pq>["']?)(?<parent>[A-Za-z_][\w.$-]{0,80})\k<pq>[ \t]{0,4}:[ \t]{0,4}\{(?:[^{}"']|"[^"\n]{0,200}"|'[^'\n]{0,200}'){0,300}?(?<![\w$.-])(?<nq>["']?)(?<name>value|defaultValue|default|key|Key|secret|token)\k<nq>[ \t]{0,4}:[ \t]{0,4}(?<q>["'])(?<secret>(?:(?!\k<q>)[^\s\\]|\\\S){6,1000})\k<q>/,
    secretGroup: 'secret',
    keywords: NESTED_JSON_KEYWORDS,
    windowLines: 8,
    // Only an object opened at the end of its line reaches below it; `{ "value": … }` on one line is read alone.
    windowWhen: /\{[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration entry whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // Windows answer files: <AdministratorPassword><Value>…</Value><PlainText>…</PlainText>.
    id: 'generic-secret-nested-xml',
    title: 'Hardcoded secret under a secret-named XML element',
    provider: 'Generic',
    // ZAP's config.xml keeps its API key as `<api>` over `<key>…</key>`.
    regex: new RegExp(String.raw`<(?<parent>[A-Za-z_][\w.:-]{0,80})>\s{0,200}<(?<name>Value|value|(?<=<api>\s{0,200}<)key)>(?<secret>${XML_TEXT}{6,1000})<\/\k<name>>`),
    secretGroup: 'secret',
    keywords: [...SECRET_NAME_KEYWORDS.map((k) => `${k}>`), '<api>'],
    windowLines: 2,
    windowWhen: />[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration element whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // SNMP communities are passwords: net-snmp's `rocommunity <community> [source]`, Cisco's
    // `snmp-server community <community> RO`.
    id: 'generic-snmp-community',
    title: 'SNMP community string',
    provider: 'Generic',
    // Check Point Gaia's `add snmp community … read-only`, F5's `community-name …`, Junos'
    // `community "…" {`, a TACACS+ accounting log's `cmd=snmp-server community …`, Nagios'
    // `check_snmp … -C …`, and Calix AXOS's `v2 community … ro` with its SNMPv3 user's
    // `authentication key …` and `privacy key …`. (IOS keeps `#` as a character: `Drizzle2799#`.)
    regex: /^[+ \t]*(?:(?:ro|rw)community6?|snmp-server[ \t]+community|add[ \t]+snmp[ \t]+community|community-name)[ \t]+(?<q>["']?)(?<secret>[^\s"']{6,128})\k<q>(?=[ \t]|\r?$)|(?:\bcmd=|\blogged command:[ \t]?)snmp-server[ \t]+community[ \t]+(?<s2>[^\s"']{6,128})(?=[ \t])|^[ \t]*community[ \t]+"(?<s3>[^\s"]{6,128})"[ \t]*\{|\bcheck_\w{2,40}\b[^\n]{0,200}?[ \t]-C[ \t]+(?<q4>["']?)(?<s4>[^\s"'$]{6,64})\k<q4>(?=[ \t]|\r?$)|^[ \t]*(?:v[123]c?[ \t]+)?community[ \t]+(?<q5>["']?)(?<s5>[^\s"'$]{6,128})\k<q5>[ \t]+(?:ro|rw|RO|RW|read-only|read-write)(?=[ \t]|\r?$)|^[ \t]*(?:authentication|privacy)[ \t]+key[ \t]+(?<s6>[^\s"'$]{6,128})[ \t]*\r?$/m,
    secretGroup: ['secret', 's2', 's3', 's4', 's5', 's6'],
    keywords: ['community', 'check_', 'authentication key', 'privacy key'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'An SNMP community string reads (or with write access, changes) the configuration of every device that accepts it.',
  },
  {
    // RANCID's .cloginrc: `add password <host glob> {<password>} [{<enable password>}]`.
    id: 'generic-cloginrc-password',
    title: 'Password in a RANCID .cloginrc',
    provider: 'Generic',
    regex: /^[ \t]*add[ \t]+(?:password|enablepassword|userpassword)[ \t]+\S{1,200}[ \t]+\{(?<secret>[^}\s]{4,128})\}/m,
    secretGroup: 'secret',
    keywords: ['add password', 'add enablepassword', 'add userpassword'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'RANCID logs in to every matching device with these passwords; the file holds them in clear.',
  },
  {
    // CSV and TSV exports and Markdown tables: a header `name,email,api_key` over its rows, or
    // `| Service | User | Password |` over `| SFTP | partner | … |`. The value's name is its column.
    id: 'generic-secret-table-column',
    title: 'Hardcoded secret in a table column',
    provider: 'Generic',
    // The indent is taken whole (a lookahead and its backreference): split between `[ \t]*` and
    // the cells' `[ ]*` it made a line of 2,000 spaces take seconds.
    regex: new RegExp(String.raw`^(?<header>(?=(?<lead>[ \t]*))\k<lead>\|?[ ]*${CELL}?(?:[ ]*[,|\t;][ ]*${CELL}?){1,40}[ ]*)\r?$`, 'm'),
    // A two-column settings table names each row's value in its first column instead.
    // (`pw` too: an asset sheet's `LocalAdminPw` column.)
    keywords: [...SECRET_NAME_KEYWORDS, 'pw', '| variable', '| name', '| key', '| setting', '| env', '| parameter', '| option', '| field', '| var', 'name,path,', 'name,value', 'name,type,'],
    table: 'rows',
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A table whose column says it holds secrets has a literal one in a committed file.',
  },
  {
    // A whole `.env` encoded once more: `cat .env | base64 -w0` in a CI log, an `ENV_FILE: <base64>`
    // secret-file variable. The keywords are the base64 of the names a .env file uses.
    id: 'generic-base64-env-file',
    title: 'Secrets in a base64-encoded .env file',
    provider: 'Generic',
    regex: /(?<![A-Za-z0-9+/=])(?<secret>[A-Za-z0-9+/]{24,16000}={0,2})(?![A-Za-z0-9+/=])/,
    secretGroup: 'secret',
    keywords: ['PASSWORD=', 'SECRET', 'TOKEN=', '_KEY='].flatMap(base64Fragments),
    // Not generic: the generic filters judge the blob as one value (a .env whose other lines hold
    // `localhost` or `example` would read as a placeholder); holdsEnvSecret judges each line instead.
    reject: (blob) => !holdsEnvSecret(blob),
    allowPatterned: true,
    confidence: 'medium',
    description: 'Base64 is an encoding, not encryption: anyone who sees the text decodes every secret in the file.',
  },
  {
    // A map of secrets whose entries are named for what they unlock: Consul's `tokens { agent = "…" }`,
    // YAML's `api_keys:` over `mixpanel: …`, a TOML or INI `[tokens]` section. Each entry is judged
    // by its path (`tokens.agent`); entries that name a secret themselves are the line rules'.
    id: 'generic-secret-block-entry',
    title: 'Hardcoded secret in a block of secrets',
    provider: 'Generic',
    regex: /^(?<ind>[ \t]*)(?:\[(?<section>[A-Za-z_][\w.-]{0,80})\]|(?<pq>["']?)(?<parent>[A-Za-z_][\w.-]{0,80})\k<pq>[ \t]*(?<open>:[ \t]*\{|=[ \t]*\{|\{|:))[ \t]*(?:#[^\n]*)?\r?$/,
    // A block of keys for one purpose says so in its name alone: `"Jwt": {` over `"Key": …`, OctoPrint's
    // `api:` over `key: …`.
    keywords: [...SECRET_NAME_KEYWORDS, 'jwt', 'signing', 'hmac', 'crypt', 'aes', 'api', 'pkcs11', 'hsm', '[admins]', '[users]', 'registeredusers'],
    table: 'block',
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration entry in a block named for secrets holds a literal value in a committed file.',
  },
  {
    // HTML tables as wikis export them: Confluence's `<tr><th>System</th>…<th>Password</th></tr>`
    // over one `<tr><td>…</td>…</tr>` per line.
    id: 'generic-secret-html-table',
    title: 'Hardcoded secret in an HTML table column',
    provider: 'Generic',
    regex: /(?<header><tr\b[^>\n]{0,200}>(?:\s{0,8}<th\b[^>\n]{0,200}>(?:(?!<\/th>)[^\n]){0,400}<\/th>){2,40}\s{0,8}<\/tr>)/,
    keywords: SECRET_NAME_KEYWORDS.map((k) => `${k}<`),
    table: 'html',
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A table whose column says it holds secrets has a literal one in a committed file.',
  },
  {
    // SQL seed data and dumps: INSERT INTO service_accounts (name, api_key) VALUES ('sync', '…').
    id: 'generic-secret-sql-insert',
    title: 'Hardcoded secret in a SQL INSERT',
    provider: 'Generic',
    regex: /\bINSERT[ \t]+INTO[ \t]+[\w."\x60[\]]{1,120}[ \t]*(?<header>\([^()\n]{1,2000}\))\s{0,40}VALUES\s{0,40}(?=\()/i,
    keywords: ['insert into'],
    windowLines: 2,
    table: 'sql',
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret in a migration, seed or dump is in the repository history for good.',
  },
  {
    // mysqldump's default output: `CREATE TABLE t ( … )` names the columns, and the `INSERT INTO t
    // VALUES (…)` after it (under LOCK TABLES) gives the rows without them.
    id: 'generic-secret-sql-dump',
    title: 'Hardcoded secret in a SQL dump',
    provider: 'Generic',
    regex: /\bCREATE[ \t]+TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?(?<tq>[\x60"]?)(?<t>[\w.$]{1,120})\k<tq>[ \t]*\((?<header>[^;]{1,8000}?)\)[^;\n]{0,300};[ \t]*\r?\n(?:[^\n]{0,300}\n){0,30}?[ \t]*INSERT[ \t]+INTO[ \t]+\k<tq>\k<t>\k<tq>[ \t]+VALUES[ \t]*(?=\()/i,
    keywords: ['create table'],
    multiline: true,
    table: 'sqldump',
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret in a migration, seed or dump is in the repository history for good.',
  },
  {
    // pg_dump's data sections: COPY public.smtp_settings (id, host, username, password) FROM stdin;
    id: 'generic-secret-pg-copy',
    title: 'Hardcoded secret in a PostgreSQL dump',
    provider: 'Generic',
    regex: /^COPY[ \t]+[\w."]{1,120}[ \t]*(?<header>\([^()\n]{1,2000}\))[ \t]+FROM[ \t]+stdin;[ \t]*\r?$/,
    keywords: ['from stdin'],
    table: 'copy',
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret in a migration, seed or dump is in the repository history for good.',
  },
  {
    // Key material written as bytes: C's `static const uint8_t data_key[32] = { 0x8e, … }`, Rust's
    // `static ENCRYPTION_KEY: [u8; 32] = [0xa6, …]`, Go's `var hmacSecret = []byte{0x…}`. A key,
    // secret, PSK or seed name; 16 to 64 bytes, most of them distinct (a table or a pattern repeats,
    // and a longer blob is data: a generated descriptor, an image).
    id: 'generic-key-bytes',
    title: 'Hardcoded key as a byte array',
    provider: 'Generic',
    regex: /(?<![\w.$])(?=[\w]{0,80}(?:[Kk]ey|KEY|[Ss]ecret|SECRET|[Pp]sk|PSK|[Ss]eed|SEED))(?<name>[A-Za-z_][\w]{0,80})(?:[ \t]{0,4}\[[\w ]{0,60}\]){0,2}(?:[ \t]{0,4}:[ \t]{0,4}\[u8;[ \t]{0,4}\d{1,4}\])?[ \t]{0,4}(?:=|:=)[ \t]{0,4}(?:\[\]byte|\w{1,20}\[\])?[ \t]{0,4}[{[]\s{0,40}(?<secret>(?:0x[0-9a-fA-F]{2}[ \t]{0,4},\s{0,40}){15,63}0x[0-9a-fA-F]{2})[ \t]{0,4},?\s{0,40}[}\]]/,
    secretGroup: 'secret',
    keywords: ['key', 'secret', 'psk', 'seed'],
    windowLines: 8,
    // An array opened by an assignment at the end of its line, not a function body.
    windowWhen: /(?:=|\])[ \t]*(?:\[\]byte|\w{1,20}\[\])?[ \t]*[{[][ \t]*\r?$/,
    confidence: 'medium',
    requireSecretName: true,
    allowPatterned: true,
    reject: (bytes) => new Set(bytes.toLowerCase().match(/0x[0-9a-f]{2}/g)).size < 12,
    description: 'A key in the code signs or decrypts for anyone who reads it, however it is spelled.',
  },
  {
    // Java's KeyStore and KeyManagerFactory take the password as char[]: ks.load(in, "…".toCharArray()),
    // kmf.init(ks, "…".toCharArray()), new PasswordProtection("…".toCharArray()).
    id: 'generic-keystore-password',
    title: 'Hardcoded key store password',
    provider: 'Generic',
    regex: /(?:\.(?:load|init|getKey|setKeyEntry|store|getEntry)|\bnew[ \t]+(?:KeyStore\.)?PasswordProtection)[ \t]{0,4}\((?:[^()\n"]{0,100},)?[ \t]{0,4}(?<q>")(?<secret>[^"\s\\]{4,128})"\.toCharArray\(\)/,
    secretGroup: 'secret',
    keywords: ['tochararray'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A key store password in the code opens the private keys in that store for anyone who has both.',
  },
  {
    // A literal inside a wrapper whose only job is to mark it secret: Puppet's Sensitive('…'),
    // the CDK's SecretValue.unsafePlainText('…'), Pulumi's pulumi.secret('…') / Output.secret('…').
    id: 'generic-secret-wrapper',
    title: 'Hardcoded value marked secret',
    provider: 'Generic',
    // (Not when it wraps a user name: `username: SecretValue.unsafePlainText("svc_connect")`.)
    regex: /(?<!\b(?:[Uu]ser(?:_?[Nn]ame)?|[Ll]ogin|[Ee]mail|[Aa]ccount)["']?[ \t]{0,4}[:=][ \t]{0,4})(?:(?<![\w.])Sensitive|\bSecretValue\.(?:unsafePlainText|plainText)|\bpulumi\.secret|\bOutput\.secret)[ \t]{0,4}\([ \t]{0,4}(?<q>["'\x60])(?<secret>(?:(?!\k<q>)[^\s\\]){6,300})\k<q>[ \t]{0,4}\)/,
    secretGroup: 'secret',
    keywords: ['sensitive(', 'plaintext(', 'pulumi.secret', 'output.secret'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The code marks the value secret and then writes it in: everyone with the repository has it.',
  },
  {
    // Terraform: resource "aws_ssm_parameter" with type = "SecureString" and a literal value.
    id: 'generic-secret-ssm-securestring',
    title: 'Hardcoded value of an SSM SecureString parameter',
    provider: 'Generic',
    regex: /\bresource[ \t]+"aws_ssm_parameter"[ \t]+"[\w-]{1,80}"[ \t]*\{(?=[^{}]{0,600}?\btype[ \t]*=[ \t]*"SecureString")[^{}]{0,600}?\b(?:value|insecure_value)[ \t]*=[ \t]*(?<q>")(?<secret>[^"\s\\]{6,300})"/,
    secretGroup: 'secret',
    keywords: ['aws_ssm_parameter'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    multiline: true,
    description: 'A SecureString parameter is encrypted in AWS, but its value in the .tf file is in the repository and the state.',
  },
  {
    // HAProxy's stats page login: `stats auth admin:…`.
    id: 'generic-haproxy-stats-auth',
    title: 'Password in an HAProxy stats auth line',
    provider: 'Generic',
    regex: /^[ \t]*stats[ \t]+auth[ \t]+[^\s:]{1,64}:(?<secret>\S{4,128})[ \t]*\r?$/,
    secretGroup: 'secret',
    keywords: ['stats auth'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The stats password opens HAProxy\'s admin page (and, with admin level, lets anyone drain servers).',
  },
  {
    // Shell and Spring defaults: ${DB_PASSWORD:-…} in compose files and scripts, ${jwt.secret:…}.
    // (`${DB_PASSWORD:?message}` fails with the message when the variable is unset: no default.)
    id: 'generic-secret-default-expansion',
    title: 'Hardcoded default for a secret variable',
    provider: 'Generic',
    regex: /\$\{(?<name>[A-Za-z_][\w.-]{0,80}):-?(?!\?)(?<secret>[^\s}'"`$]{6,300})\}/,
    secretGroup: 'secret',
    keywords: ['${'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret written as the default of a variable expansion is used whenever the variable is unset.',
  },
  {
    // Redis ACLs (redis.conf, users.acl): `user app on >password ~keys +@all`; `#<sha256>` is a hash.
    id: 'generic-redis-acl-password',
    title: 'Password in a Redis ACL rule',
    provider: 'Generic',
    regex: /^[ \t]*(?:ACL[ \t]+SETUSER|user)[ \t]+[^\s>#]{1,64}(?:[ \t]+(?:on|off|reset|nopass|resetpass|allkeys|allcommands|~\S{0,200}|&\S{0,200}|[+-]\S{1,200}))*[ \t]+>(?<secret>\S{4,128})/im,
    secretGroup: 'secret',
    keywords: ['on >', 'acl setuser'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A Redis ACL password signs in as that user with every command and key pattern the rule grants.',
  },
  {
    // JAAS for ZooKeeper and Kafka brokers: DigestLoginModule / PlainLoginModule with
    // `user_<name>="password"` for each user the server accepts.
    id: 'generic-jaas-user-password',
    title: 'Password in a JAAS login module',
    provider: 'Generic',
    regex: /LoginModule[ \t]+required[^\n]*\n(?:[^\n]{0,300}\n){0,8}?[ \t]*user_[\w.-]{1,40}[ \t]*=[ \t]*"(?<secret>[^"\s]{4,128})"/,
    secretGroup: 'secret',
    keywords: ['loginmodule'],
    windowLines: 10,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A user_… entry is the password a broker accepts for that user.',
  },
  {
    // Prometheus scrape configs and Alertmanager: `authorization: { type: Basic, credentials: … }`.
    id: 'generic-prometheus-basic-credentials',
    title: 'Basic credentials in a Prometheus authorization block',
    provider: 'Generic',
    regex: /\btype:[ \t]*["']?Basic["']?[ \t]*\r?\n[ \t]{1,40}credentials:[ \t]*["']?(?<secret>[A-Za-z0-9+/]{8,400}={0,2})["']?[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['type: basic', 'type: "basic"', "type: 'basic'"],
    windowLines: 1,
    confidence: 'medium',
    generic: true,
    description: 'Basic credentials are a user name and password in base64: anyone can decode and use them.',
  },
  {
    // Squid's `cache_peer host parent 3128 0 login=user:password`.
    id: 'generic-squid-peer-login',
    title: 'Password in a Squid cache_peer login',
    provider: 'Generic',
    regex: /\bcache_peer\b[^\n]{0,300}?[ \t]login=[^\s:]{1,64}:(?<secret>[^\s]{4,128})/,
    secretGroup: 'secret',
    keywords: ['cache_peer'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The upstream proxy accepts this password from anyone who has the config.',
  },
  {
    // Cisco IOS: `key 0 …` (a RADIUS/TACACS+ key in clear), `key 7 …` and `password 7 …` (type 7, a
    // reversible cipher anyone can undo). Types 5, 8 and 9 are hashes and stay quiet.
    id: 'generic-cisco-clear-secret',
    title: 'Cisco key or password in clear or type 7',
    provider: 'Generic',
    // IOS's older one-line form puts the key after the host: `tacacs-server host 10.0.0.5 key …`.
    // IPsec: `crypto isakmp key … address …`, an IKEv2 keyring's `pre-shared-key …`, and the `key …`
    // inside a `radius server` block (type 6 is AES-encrypted and stays quiet).
    // A diff keeps its `+`; TACACS+ accounting and IOS's archive log give the command after `cmd=` or
    // `logged command:`. Wireless: a WLC's `psk set-key ascii …`, an AP's `wpa-psk ascii 0 …`; NTP's
    // `ntp authentication-key 1 md5 … [7]`; PAN-OS's `pre-shared-key key …`.
    regex: /^[+ \t]*(?:(?:server-)?key|password|username[ \t]+\S{1,64}(?:[ \t]+privilege[ \t]+\d{1,2})?[ \t]+password)[ \t]+[07][ \t]+(?<secret>\S{4,128})(?:[ \t]*\r?$|[ \t]+<cr>)|(?:^[+ \t]*|\bcmd=|\blogged command:[ \t]?)crypto[ \t]+isakmp[ \t]+key[ \t]+(?:0[ \t]+)?(?<s3>(?![067][ \t])\S{4,128})[ \t]+(?:address|hostname)[ \t]|^[+ \t]*pre-shared-key[ \t]+(?:(?:local|remote)[ \t]+)?(?:0[ \t]+)?(?<s4>(?![067][ \t])(?!(?:address|hostname|key)[ \t])\S{4,128})[ \t]*\r?$|^[+ \t]*pre-shared-key[ \t]+(?:address|hostname)[ \t]+\S{1,100}(?:[ \t]+\d{1,3}(?:\.\d{1,3}){3})?[ \t]+key[ \t]+(?:0[ \t]+)?(?<s6>(?![067][ \t])\S{4,128})[ \t]*\r?$|^[+ \t]*(?:radius|tacacs)[ \t]+server[ \t]+\S{1,64}[ \t]*\r?\n(?:[ \t]+[^\n]{0,200}\n){0,6}?[ \t]+key[ \t]+(?:[07][ \t]+)?(?<s5>(?![067][ \t])\S{4,128})[ \t]*\r?$|^[+ \t]*(?:tacacs|radius)-server[ \t]+host[ \t]+\S{1,100}(?:[ \t]+(?:auth-port|acct-port|port|timeout|single-connection)(?:[ \t]+\d{1,5})?){0,4}[ \t]+key[ \t]+(?:[07][ \t]+)?(?<s2>(?![0-9][ \t])\S{4,128})[ \t]*\r?$|\bpsk[ \t]+set-key[ \t]+ascii[ \t]+(?:0[ \t]+)?(?<s7>(?![67][ \t])\S{8,63})(?:[ \t]+\d{1,3})?[ \t]*\r?$|\bwpa-psk[ \t]+ascii[ \t]+(?:[07][ \t]+)?(?<s8>(?![67][ \t])\S{8,128})[ \t]*\r?$|^[+ \t]*ntp[ \t]+authentication-key[ \t]+\d{1,5}[ \t]+(?:md5|sha1|hmac-sha[\w-]{1,8}|cmac-aes-128)[ \t]+(?<s10>\S{4,128})(?:[ \t]+7)?[ \t]*\r?$|\bpre-shared-key[ \t]+key[ \t]+(?<q9>"?)(?<s9>[^\s"]{4,128})\k<q9>[ \t]*\r?$/m,
    secretGroup: ['secret', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10'],
    keywords: ['key 0 ', 'key 7 ', 'password 0 ', 'password 7 ', 'tacacs-server', 'radius-server', 'isakmp key', 'pre-shared-key', 'radius server', 'tacacs server', 'set-key', 'wpa-psk', 'authentication-key'],
    multiline: true,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Use type 6 (AES) or type 8/9 secrets with `service password-encryption` off the config, or keep device credentials in the AAA server.',
    description: 'A clear or type 7 key signs RADIUS/TACACS+ traffic or logs in to the device; type 7 decodes in one step.',
  },
  {
    // cloud-init's `chpasswd: { list: | }`: one `user:password` per line.
    id: 'generic-cloud-init-chpasswd',
    title: 'Password in a cloud-init chpasswd list',
    provider: 'Generic',
    regex: /^[ \t]*chpasswd:[ \t]*\r?\n(?:[ \t]+(?!list:)[^\n]{0,200}\n){0,4}?[ \t]+list:[ \t]*[|>]-?[ \t]*\r?\n(?:[ \t]+[a-z_][\w.-]{0,31}:[^\s:]{1,128}[ \t]*\r?\n){0,8}?[ \t]+[a-z_][\w.-]{0,31}:(?<secret>[^\s:]{4,128})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['chpasswd:'],
    windowLines: 16,
    // `RANDOM` (or `R`) asks cloud-init to generate one.
    allow: /^(?:R|RANDOM)$/,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Give the instance an SSH key instead, or hash the password (chpasswd accepts crypt hashes) and pass it as instance user data from a secret store.',
    description: 'A password in user data is readable by anyone who can read the template, and often from the instance metadata service.',
  },
  {
    // A form or a multi-value map as Java prints it (Spring's RestTemplate debug log writes the body
    // it posts: `{grant_type=[client_credentials], client_id=[…], client_secret=[…]}`).
    id: 'generic-secret-bracketed-value',
    title: 'Secret in a logged form body',
    provider: 'Generic',
    regex: /(?<![\w.-])(?<name>[A-Za-z_][\w.-]{0,80})=\[(?<secret>[^\]\s,\[]{6,300})\](?=[,}\s&]|$)/,
    secretGroup: 'secret',
    keywords: SECRET_NAME_KEYWORDS.map((k) => `${k}=[`),
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    hint: 'Turn debug logging of request bodies off where credentials are posted (or mask them), and rotate what the log holds.',
    description: 'A log that writes the request body keeps the credential for everyone who reads the logs.',
  },
  {
    // The value a secret had before, kept in a comment under its emptied setting:
    // `AUTH0_CLIENT_SECRET=` then `# old value (rotated?): …`. Rotated or not, it is in the history.
    id: 'generic-secret-old-value-comment',
    title: 'Earlier secret kept in a comment',
    provider: 'Generic',
    regex: /^[ \t]*(?:#|\/\/|;|--)[ \t]*(?:old|previous|prev|former|last|rotated)[ \t]+(?:value|key|token|secret|password)\b[^:\n]{0,40}:[ \t]*(?<secret>[^\s"']{16,300})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['old value', 'old key', 'old token', 'old secret', 'old password', 'previous value', 'previous key', 'previous token', 'previous secret', 'previous password', 'former ', 'prev ', 'last value', 'rotated value', 'rotated key'],
    confidence: 'medium',
    generic: true,
    hint: 'Delete the old value from the file and its history, and check that it was really revoked.',
    description: 'A secret kept in a comment works until it is revoked, and the comment says only that it might have been.',
  },
  {
    // An SDK client constructed with an account's e-mail and password: `Wallbox("me@example.com", "…")`,
    // `new Client('ops@corp.test', '…')`.
    id: 'generic-login-email-call',
    title: 'Account password passed to a client with its e-mail',
    provider: 'Generic',
    // (A class's name has lower case in it: SQL's `VALUES ('a@b.c', '…')` is a row.)
    regex: /(?<![\w.$])(?:new[ \t]+)?(?=[A-Z][A-Za-z0-9_]{0,40}[a-z])[A-Z][A-Za-z0-9_]{1,40}(?:\.[A-Za-z][A-Za-z0-9_]{1,40})?[ \t]{0,4}\(\s{0,40}(?<q0>["'])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\k<q0>\s{0,40},\s{0,40}(?<q>["'])(?<secret>[^"'\s\\]{6,128})\k<q>\s{0,40}[,)]/,
    secretGroup: 'secret',
    keywords: ['@'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    // The class says nothing, so the value must say password: a digit or a symbol in it (`"Smithson"` is a name).
    reject: (s) => !/[^A-Za-z]/.test(s),
    hint: 'Read the account\'s password from the environment or a keychain, or use the service\'s API token if it has one.',
    description: 'The e-mail and password sign in to the account as its owner, wherever the code is kept.',
  },
  {
    // IRC passwords: ZNC's `Server = host +6697 <password>` and `LoadModule = nickserv <password>`,
    // `/msg NickServ IDENTIFY [nick] <password>` in a client log or a perform list.
    id: 'generic-irc-password',
    title: 'IRC server or NickServ password',
    provider: 'Generic',
    regex: /^[ \t]*Server[ \t]*=[ \t]*[\w.-]{1,253}[ \t]+\+?\d{2,5}[ \t]+(?<s1>\S{4,128})[ \t]*\r?$|^[ \t]*LoadModule[ \t]*=[ \t]*nickserv[ \t]+(?<s2>\S{4,128})[ \t]*\r?$|\bNickServ[ \t:]+IDENTIFY[ \t]+(?:[\w\[\]`^{}|-]{1,32}[ \t]+)?(?<s3>[^\s"']{4,128})[ \t]*(?:["']|\r?$)/im,
    secretGroup: ['s1', 's2', 's3'],
    keywords: ['server', 'nickserv'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Use SASL with a client certificate (CertFP) where the network supports it, or keep the password in the client\'s secure storage.',
    description: 'The password identifies the nick or logs in to the server or bouncer as you.',
  },
  {
    // coturn's long-term credential users in turnserver.conf: `user=<name>:<password>` after `lt-cred-mech`.
    id: 'generic-coturn-user',
    title: 'TURN user password in turnserver.conf',
    provider: 'Generic',
    regex: /^[ \t]*user[ \t]*=[ \t]*[\w.@-]{1,64}:(?<secret>\S{4,128})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['lt-cred-mech', 'turnserver'],
    multiline: true,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    // `0x` and 32 hex digits is the stored key, md5(user:realm:password), as SIP's HA1: a digest.
    reject: (s) => /^0x[0-9a-fA-F]{32}$/.test(s),
    hint: 'Use TURN REST credentials (use-auth-secret) minted per session, or keep users in the turndb filled from a secret store.',
    description: 'A TURN login relays traffic through the server on your bandwidth, as that user.',
  },
  {
    // A TURN server given as `user:password@host:port` with no scheme: Kurento's `turnURL` and
    // `KMS_TURN_URL`.
    id: 'generic-turn-url-password',
    title: 'Password in a TURN server address',
    provider: 'Generic',
    regex: /(?<![A-Za-z0-9])turn_?url["']?[ \t]*[:=][ \t]*["']?[\w.-]{1,64}:(?<secret>[^@\s"':]{4,128})@[\w.-]{1,253}:\d{2,5}/i,
    secretGroup: 'secret',
    keywords: ['turn_url', 'turnurl'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Give the media server TURN REST credentials, or read the TURN password from a secret at start-up.',
    description: 'A TURN login relays traffic through the server on your bandwidth, as that user.',
  },
  {
    // Proxy chains and proxy servers' user lists: proxychains' `[ProxyList]` lines (`socks5 <ip> <port>
    // <user> <password>`) and 3proxy's `users <name>:CL:<password>` (CL is cleartext; CR and NT are hashes).
    id: 'generic-proxy-list-password',
    title: 'Password in a proxy list',
    provider: 'Generic',
    regex: /^[ \t]*(?:socks[45]|http|raw)[ \t]+[\w.:-]{1,253}[ \t]+\d{2,5}[ \t]+[^\s#]{1,64}[ \t]+(?<s1>[^\s#]{4,128})[ \t]*\r?$|^[ \t]*users[ \t]+(?:[^\s:]{1,64}:(?:CL|CR|NT):\S{1,200}[ \t]+){0,20}?[^\s:]{1,64}:CL:(?<s2>\S{4,128})/m,
    secretGroup: ['s1', 's2'],
    keywords: ['[proxylist]', ':cl:'],
    multiline: true,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Keep proxy logins out of the config: read them from the environment, or allow the client by its IP instead.',
    description: 'A proxy login spends the account\'s traffic and routes requests as its owner.',
  },
  {
    // OFX sign-on: `<USERID>…` then `<USERPASS>…` (SGML without closing tags, or XML with them), as
    // bank-feed scripts and Quicken/GnuCash direct connect requests hold them.
    id: 'generic-ofx-userpass',
    title: 'Password in an OFX sign-on request',
    provider: 'Generic',
    regex: /<USERPASS>[ \t]*(?<secret>[^<\s]{4,64})[ \t]*(?:<\/USERPASS>|\r?$)/m,
    secretGroup: 'secret',
    keywords: ['<userpass>'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Read the bank login from the keychain when the request is built; better, use the bank\'s token-based API.',
    description: 'The OFX password signs in to the bank account the request downloads.',
  },
  {
    // An OAuth 1.0 signing key, as clients log it: `<consumer secret>&<token secret>`
    // (NetSuite TBA's `signing key=…&…`).
    id: 'generic-oauth1-signing-key',
    title: 'OAuth 1.0 signing key (consumer and token secrets)',
    provider: 'Generic',
    regex: /\bsigning[ _-]?key["']?[ \t]*[=:][ \t]*["']?(?<secret>[A-Za-z0-9%._~-]{16,128}&[A-Za-z0-9%._~-]{16,128})(?![\w%.~&-])/i,
    secretGroup: 'secret',
    keywords: ['signing key', 'signing_key', 'signingkey', 'signing-key'],
    confidence: 'medium',
    generic: true,
    hint: 'Stop logging the signing key (it is both secrets joined by &), then rotate the consumer secret and the token.',
    description: 'The consumer secret and the token secret sign requests as the integration and its user.',
  },
  {
    // A setting given on a command line by its name: PaperCut's `server-command set-config
    // auth.webservices.auth-token '…'`, `npm config set //host/:_authToken …`, `heroku config:set`-style
    // `config set NAME value`. The name must say it is a secret.
    id: 'generic-cli-config-set',
    title: 'Hardcoded secret set by a configuration command',
    provider: 'Generic',
    regex: /(?<![\w-])(?:set-config|config[ \t]{1,4}set|config:set|setconfig)[ \t]{1,4}(?<name>[\w.\/:@-]{1,120})[ \t]{1,4}(?<q>["']?)(?<secret>[^\s"'$\x60]{8,300})\k<q>(?=[ \t]*(?:$|[;&|#\r\n]))/im,
    secretGroup: 'secret',
    keywords: ['set-config', 'config set', 'config:set', 'setconfig'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret given to a configuration command is kept in the script and in shell histories.',
  },
  {
    // An app password told in a note: "…now uses scanner@corp.com with app password bvrcazfzsdexlddh".
    // Google's and Microsoft's app passwords are 16 lower-case letters, shown in groups of four.
    id: 'generic-app-password-prose',
    title: 'App password written down in a message',
    provider: 'Generic',
    regex: /\bapp[ -]?passwor(?:d|t)[ \t]{1,3}(?:is[ \t]{1,3})?:?[ \t]{0,3}(?<q>[\x60'"]?)(?<secret>[a-z]{16}|[a-z]{4}(?: [a-z]{4}){3})\k<q>(?![\w-])/i,
    secretGroup: 'secret',
    keywords: ['app password', 'app-password', 'apppassword', 'app passwort'],
    confidence: 'medium',
    prose: true,
    // Random letters run four consonants together somewhere; words and phrases do not.
    reject: (s) => !/[bcdfghjklmnpqrstvwxz]{4}/i.test(s.replace(/ /g, '')),
    hint: 'Revoke the app password in the account\'s security settings and create a new one; keep it in the mail client or a password manager.',
    description: 'An app password signs in to the mailbox by SMTP or IMAP without the second factor.',
  },
  {
    // A secret told in a message of its own, just after the one that says what it is: "new one:" /
    // "here's the prod key:" then a line (or a chat export's next "text") holding only the value. (Not an
    // assignment's line: `PASSWORD="…?"` then `CLIENT_ID=…`.)
    id: 'generic-secret-next-message',
    title: 'Secret written down in a message',
    provider: 'Generic',
    regex: /(?:\b(?:api[ _-]?key|key|token|secret|password|passwd|credentials?)\b(?![^\n]{0,80}\b(?:hash|sha\d*|md5|fingerprint|digest|commit|id|public|masked|redacted|revoked|expired|old|non-secret)\b)[^\n=]{0,80}?(?:[?!]|:)|\bnew (?:one|key|token)\b[ \t]*:)["\x60]?[ \t]*,?\r?\n(?:[ \t]*(?:[{}\[\],]{0,3}|"(?:ts|team|user|type|channel|username|user_name|subtype|client_msg_id)"[ \t]*:[^\n]{0,80}|[A-Z][\w .'-]{1,40}[ \t]{1,4}\d{1,2}:\d{2}(?:[ \t]?[AP]M)?)[ \t]*\r?\n){0,6}?[ \t]*(?:"text"[ \t]*:[ \t]*")?(?:\[[^\]\n]{1,40}\][ \t]*(?:[\w.-]{1,30}:[ \t]*)?)?(?<q>[\x60'"]?)(?<secret>[A-Za-z0-9][A-Za-z0-9_\-+\/.]{19,199}={0,2})\k<q>(?:"[ \t]*,?)?[ \t]*\r?$(?!\r?\n[ \t]*[A-Za-z0-9+\/=]{16,}[ \t]*\r?$)/im,
    secretGroup: 'secret',
    keywords: ['key', 'token', 'secret', 'password', 'passwd', 'credential', 'new one'],
    windowLines: 6,
    confidence: 'medium',
    generic: true,
    prose: true,
    hint: 'Delete the message, rotate the secret, and share the new one through the team\'s password manager.',
    description: 'A secret pasted into chat, a ticket or a note is readable by everyone who can read that text.',
  },
  {
    // A secret told in a message by what it is: "client secret for the webinar app is Hkjf…",
    // "admin secret for partner 4811754 is a545…",
    // "the API key is now 9c1e…", "I set the api key in cura to 34zL…", "api token for the export
    // script: 09d5…" (a colon only after what it is for: `accessToken: '…'` is code). Unquoted, so the value must
    // look random (the generic filters judge it); a sentence that goes on to call it public is not a leak.
    id: 'generic-secret-prose',
    title: 'Secret written down in a message',
    provider: 'Generic',
    // (A Trello Power-Up's API key is public: it names the Power-Up.) A chat message may be the
    // word and the value alone: `[07:07] Sven: secret MQun…`.
    regex: /(?<=(?:^|\n)[^\n]{0,80}?(?:\]|\d\d)[^\n:]{0,40}:[ \t]{1,3})(?:secret|(?:client|app|api)[ _-]?secret|(?:api[ _-]?)?token)[ \t]{1,3}(?<q2>[\x60'"]?)(?<secret2>[A-Za-z0-9_\-+\/=.]{20,200})\k<q2>[ \t]*(?=\r?\n|$)|(?<!power-?up[ \t]{1,3})\b(?:client[ _-]?secret|app[ _-]?secret|api[ _-]?(?:key|token|secret)|secret[ _-]?key|access[ _-]?token|auth[ _-]?token|bearer[ _-]?token|(?:management|admin|master|account)[ _-]?(?:key|secret))(?:(?:[ \t]{1,3}(?:for|in|on)[ \t]{1,3}(?:the[ \t]{1,3}|our[ \t]{1,3})?[\w.@-]{1,40}(?:[ \t][\w.@-]{1,40}){0,2}?)?[ \t]{1,3}(?:is|was|to)(?:[ \t]{1,3}now)?[ \t]{0,3}:?|[ \t]{1,3}for[ \t]{1,3}(?:the[ \t]{1,3}|our[ \t]{1,3})?[\w.@-]{1,40}(?:[ \t][\w.@-]{1,40}){0,2}?[ \t]{0,3}:)[ \t]{1,3}(?<q>[\x60'"]?)(?<secret>[A-Za-z0-9_\-+\/=.]{20,200})\k<q>(?=$|[\s,;)<])(?![^\n]{0,80}(?:=?\r?\n[^\n]{0,40})?\bpublic\b)/i,
    secretGroup: ['secret', 'secret2'],
    keywords: ['secret', 'api key', 'api-key', 'api_key', 'token', 'management key', 'admin key', 'master key', 'account key'],
    // (The next line too: the sentence may go on there.)
    windowLines: 1,
    confidence: 'medium',
    generic: true,
    prose: true,
    hint: 'Delete the message, rotate the secret, and share the new one through the team\'s password manager.',
    description: 'A secret pasted into chat, a ticket or a note is readable by everyone who can read that text.',
  },
  {
    // A client id and its secret told in a message: "client id B503… secret TLzq…".
    id: 'generic-client-secret-prose',
    title: 'Client secret written down in a message',
    provider: 'Generic',
    // (In a chat export's JSON the two may be on lines joined by an escaped `\n`.)
    regex: /\bclient[ _-]?id[ \t:=]{1,4}["'\x60]?[\w.-]{8,100}["'\x60]?(?:[ \t,;]{1,4}|\\n)(?:and[ \t]+)?(?:the[ \t]+)?(?:client[ _-]?)?secret(?:[ \t]+is)?[ \t:=]{1,4}["'\x60]?(?<secret>[^\s"'\x60,;]{16,200})/i,
    secretGroup: 'secret',
    keywords: ['client id', 'client_id', 'clientid', 'client-id'],
    confidence: 'medium',
    generic: true,
    hint: 'Delete the message, rotate the secret, and share the new one through the team\'s password manager.',
    description: 'A client secret pasted into chat or a ticket is readable by everyone who can read the thread.',
  },
  {
    // A Wi-Fi network in a QR code's payload (a ZPL label's `^FD`, a printed poster's source):
    // `WIFI:T:WPA;S:<ssid>;P:<password>;;`, `;` and `\` escaped with `\`.
    id: 'generic-wifi-qr-password',
    title: 'Wi-Fi password in a QR code payload',
    provider: 'Generic',
    regex: /\bWIFI:(?:(?:T|S|H|I|E|A|PH2):(?:[^;\\\n]|\\.){0,64};){0,6}P:(?<secret>(?:[^;\\\s]|\\.){4,128});/,
    secretGroup: 'secret',
    keywords: ['wifi:'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Print the code for a guest network whose key you can change, and keep the staff network\'s key out of label and poster sources.',
    description: 'Anyone who reads the label\'s source, or scans the printed code, joins the network.',
  },
  {
    // Studio 5000 (RSLogix 5000) L5X exports: a STRING tag named for a password and its value in
    // the `<Data Format="String">` CDATA: `<Tag Name="FTP_Pass" … DataType="STRING" …>` … `<![CDATA['…']]>`.
    id: 'generic-l5x-string-tag',
    title: 'Password in a PLC string tag',
    provider: 'Generic',
    regex: /<Tag[ \t][^>\n]{0,300}?\bName="(?<name>[\w.]{1,80})"[^>\n]{0,300}?\bDataType="STRING"[^>\n]{0,300}>(?:\s{0,40}<(?!\/Tag>)[^\n]{0,300}){0,8}?\s{0,40}<Data[ \t]+Format="String"[^>\n]{0,100}>\s{0,40}<!\[CDATA\['(?<secret>[^'\n]{4,82})'\]\]>/,
    secretGroup: 'secret',
    keywords: ['datatype="string"'],
    windowLines: 12,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    hint: 'Keep device passwords out of the controller\'s tags: set them on the device, or load them at commissioning from the site\'s secret store.',
    description: 'Every export of the project, and anyone who can read the controller\'s tags, has the password.',
  },
  {
    // A Mosquitto password file before `mosquitto_passwd -U` hashes it: `user:password` lines under
    // a comment that says so. (Hashed lines, `user:$7$…`, are what the broker keeps.)
    id: 'generic-mosquitto-plain-passwords',
    title: 'Plain-text password in a Mosquitto password file',
    provider: 'Generic',
    regex: /mosquitto_passwd[ \t][^\n]{0,80}-U\b[^\n]{0,200}\n(?:[ \t]*(?:#[^\n]{0,200})?\r?\n){0,4}(?:[\w.@-]{1,64}:[^\s$][^\s]{0,127}\r?\n){0,20}?[\w.@-]{1,64}:(?<secret>[^\s$][^\s]{3,127})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['mosquitto_passwd'],
    windowLines: 26,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Hash the file where it is made (`mosquitto_passwd -U`) and deploy only the hashed file; keep the plain passwords in a secret store.',
    description: 'Each line logs in to the broker as its user: read and publish on every topic that user may.',
  },
  {
    // Anaconda kickstart files: `rootpw --plaintext …` (or no flag, which means plain text) and
    // `user --name=… --password=… --plaintext`. `--iscrypted` takes a crypt hash; `--lock` no password.
    id: 'generic-kickstart-password',
    title: 'Plain-text password in a kickstart file',
    provider: 'Generic',
    regex: /^[ \t]*(?:rootpw(?:[ \t]+--(?:plaintext|allow-ssh))*|user[ \t][^\n]{0,200}?--password[= \t])[ \t]*(?!--)(?:'(?<sq>[^'\n]{4,128})'|"(?<dq>[^"\n]{4,128})"|(?<s>[^\s"']{4,128}))(?=[ \t]|\r?$)(?![^\n]*--iscrypted)/m,
    secretGroup: ['sq', 'dq', 's'],
    keywords: ['rootpw', '--password'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Give kickstart a crypt hash (`rootpw --iscrypted $6$…`, from `openssl passwd -6`) or lock the account and use an SSH key.',
    description: 'The kickstart file sets the password on every machine it installs; anyone who reads it logs in as root.',
  },
  {
    // `echo 'user:password' | chpasswd` in an image build or a provisioning script.
    id: 'generic-chpasswd-pipe',
    title: 'Password set through chpasswd in a script',
    provider: 'Generic',
    regex: /\b(?:echo|printf)[ \t]+(?:-[ne]{1,2}[ \t]+)?(?:'%s\\n'[ \t]+)?(?<q>["']?)[a-z_][\w.-]{0,31}:(?<secret>[^\s:'"$]{4,128})\k<q>[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd\b(?![ \t]+-e)/,
    secretGroup: 'secret',
    keywords: ['chpasswd'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Pipe a crypt hash with `chpasswd -e`, or lock the account and use an SSH key; keep the password in a secret store.',
    description: 'The script sets the same password on every machine it builds, in clear wherever the script is kept.',
  },
  {
    // cloud-init's write_files entry for a key file, its content inline: `- path: /etc/munge/munge.key`
    // then `content: …` a few lines on.
    id: 'generic-cloud-init-key-file',
    title: 'Key written by cloud-init write_files',
    provider: 'Generic',
    regex: /^[ \t]*-[ \t]+path:[ \t]*["']?[^\s"']{0,200}?(?:\.key|keyring|secret|token|passw(?:or)?d|connauth\w*|\.pass)["']?[ \t]*\r?\n(?:[ \t]+(?!content:|-[ \t])[^\n]{0,200}\n){0,5}?[ \t]+content:[ \t]*["']?(?<secret>[A-Za-z0-9+/=_.-]{16,4000})["']?[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['path:'],
    windowLines: 8,
    confidence: 'medium',
    generic: true,
    hint: 'Fetch the key at boot from a secret store (or the instance\'s secrets manager) instead of putting it in user data.',
    description: 'User data is readable by anyone who can read the template, and from the instance metadata service.',
  },
  {
    // Apache Camel endpoint URIs take a value verbatim inside RAW(…) (or RAW{…}), so that `+`, `&`
    // and `%` in a password survive: `sftp://user@host/in?password=RAW(…)&binary=true`.
    id: 'generic-camel-raw-secret',
    title: 'Password in an Apache Camel endpoint URI',
    provider: 'Generic',
    regex: /[?&](?:amp;)?(?<name>[A-Za-z]{0,40}(?:[Pp]assword|[Pp]assphrase|[Ss]ecret(?:[Kk]ey)?|[Tt]oken))=RAW(?:\((?<secret>[^)\s]{4,500})\)|\{(?<secret2>[^}\s]{4,500})\})/,
    secretGroup: ['secret', 'secret2'],
    keywords: ['=raw(', '=raw{'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Use a property placeholder (`password=RAW({{sftp.password}})`) resolved from a vault or the environment.',
    description: 'The endpoint URI signs in to the server as that user for anyone who reads the route.',
  },
  {
    // Database and registry clients given a password on the command line: mysql -p'…',
    // docker login -p …, redis-cli -a …, sshpass -p …, ldapsearch -w …, SQL Server's sqlcmd -P …,
    // etcdctl --user root:'…', lftp -u user,'…' (and its scripts' open -u user,'…'), racadm and ipmitool -p/-P …, twine upload -p …,
    // mongosh -p …, az login -p …, oc and argocd login --password …, helm repo add --password …,
    // nextcloudcmd -p …, mosquitto_pub -P …, Informatica's pmrep connect -x … and pmcmd -p …, PuTTY's
    // plink/pscp/psftp -pw …, mosquitto_ctrl dynsec createClient <name> -p …, Yocto's
    // EXTRA_USERS_PARAMS `usermod -P <password> root` (-P takes it in clear; -p takes a hash),
    // FreeRDP's /p:…, rdesktop -p …, and the AD tools pentest notes are full of (bloodhound-python,
    // certipy, impacket's scripts) with -p …, macOS's `security import … -P …` (a .p12's passphrase)
    // and `create-keychain`/`unlock-keychain -p …`, Xcode's `altool`/`notarytool -p …`, and
    // `vsce publish -p …` / `ovsx publish -p …` (a marketplace token), Crestron's console
    // `ADDUSER -N:<user> -P:…` and `AUTHENTICATION ON -N:admin -P:…`, and signtool's
    // `sign /f cert.pfx /p …` (the certificate's password; Inno Setup passes the same line), and the
    // any tool's `login -u <user> -p …` (tabcmd, cf), run-as helpers of old Windows launchers: `CPAU -u … -p …`, `runas … | sanur …`; cqlsh -p,
    // `ansible-vault encrypt_string '…'` (the plaintext it is about to encrypt), `wpa_passphrase
    // <ssid> '…'`, `nmcli … password …`, redis-cli's prompt `host:6379> AUTH …`, and `bitcoin-cli
    // walletpassphrase '…' 60` (the wallet's encryption passphrase), and `mosquitto_passwd -b <file> <user> '…'`.
    id: 'generic-cli-password-flag',
    title: 'Password passed to a client on the command line',
    provider: 'Generic',
    regex: new RegExp(
      String.raw`\b(?:(?:mysql|mysqldump|mysqladmin|mariadb(?:-dump)?)\b[^\n|;&]{0,200}?[ \t]-p${cliPassword(1)}|ldap(?:search|modify|add|delete|whoami|passwd|compare)\b(?:[^\n|;&]|\\\r?\n){0,300}?[ \t]-w[ \t]{1,4}${cliPassword(5)}|(?:docker|podman|buildah|skopeo|nerdctl|helm[ \t]+registry|oras|crane)[ \t]+login\b[^\n|;&]{0,200}?[ \t](?:-p|--password)(?:=|[ \t]{1,4})${cliPassword(2)}|redis-cli\b[^\n|;&]{0,200}?[ \t](?:-a|--pass)[ \t]{1,4}${cliPassword(3)}|\bsshpass[ \t]+-p[ \t]?${cliPassword(4)}|\b(?:sqlcmd|bcp|osql)\b[^\n|;&]{0,300}?[ \t]-P[ \t]{1,4}${cliPassword(6)}|\betcdctl\b[^\n|;&]{0,300}?[ \t]--user(?:=|[ \t]{1,4})["']?[\w.@-]{1,64}:${cliPassword(7)}|(?:\blftp\b(?:"[^"\n]{0,400}"|'[^'\n]{0,400}'|[^\n|;&"']|\\\r?\n){0,400}?|(?<=(?:^|\n|[;"'])[ \t]{0,8})open)[ \t]-u[ \t]{1,4}["']?[\w.@-]{1,64},${cliPassword(8)}|\b(?:racadm|ipmitool)\b[^\n|;&]{0,200}?[ \t]-[pP][ \t]{1,4}${cliPassword(9)}|\b(?:twine[ \t]+upload|conan[ \t]+(?:user|remote[ \t]+login)|cqlsh|mongo(?:sh|dump|restore|import|export)?|az[ \t]+login|oc[ \t]+login|argocd[ \t]+login|helm[ \t]+repo[ \t]+add|nextcloudcmd|owncloudcmd)\b[^\n|;&]{0,300}?[ \t](?:-p|--password)(?:=|[ \t]{1,4})${cliPassword(10)}|\bmosquitto_(?:pub|sub|rr)\b[^\n|;&]{0,300}?[ \t](?:-P|--pw)[ \t]{1,4}${cliPassword(11)}|\bkadmin(?:\.local)?\b[^\n|;&]{0,300}?[ \t]-w[ \t]{1,4}${cliPassword(12)}|\b(?:netexec|nxc|crackmapexec|cme|evil-winrm)\b[^\n|;&]{0,300}?[ \t]-p[ \t]{1,4}${cliPassword(13)}|\bkerbrute[ \t]+passwordspray\b[^\n|;&]{0,300}?[ \t][^\s-]\S{0,200}[ \t]+${cliPassword(14)}(?=[ \t]*\r?$)|\bshodan[ \t]+init[ \t]+${cliPassword(15)}|\b(?:steamcmd|STEAMCMD)\b(?:[^\n|;&]|\\\r?\n){0,300}?[ \t]\+login[ \t]+["']?[\w.@-]{1,64}["']?[ \t]+(?!\+)${cliPassword(16)}|\bhdbuserstore\b[^\n|;&]{0,100}?[ \t]SET[ \t]+\S{1,64}[ \t]+\S{1,200}[ \t]+["']?[\w.@-]{1,64}["']?[ \t]+${cliPassword(17)}|\bmkstore\b[^\n|;&]{0,200}?[ \t]-(?:create|modify)Credential[ \t]+\S{1,128}[ \t]+["']?[\w.@-]{1,64}["']?[ \t]+${cliPassword(18)}|\bsnmp(?:walk|get|getnext|bulkwalk|bulkget|set|table|trap|inform|status|df|netstat)\b[^\n|;&]{0,300}?[ \t]-[AX][ \t]{1,4}${cliPassword(19)}|\bcheck_\w{1,40}\b[^\n|;&]{0,300}?[ \t](?:-p|--password|(?<=check_ncpa(?:\.py)?\b[^\n|;&]{0,300}?[ \t])(?:-t|--token))(?:=|[ \t]{1,4})${cliPassword(20)}|\bpmrep[ \t]+connect\b[^\n|;&]{0,300}?[ \t]-x[ \t]{1,4}${cliPassword(21)}|\b(?:pmcmd|infacmd(?:\.sh)?)\b[^\n|;&]{0,300}?[ \t]-(?:p|pd)[ \t]{1,4}${cliPassword(22)}|\b(?:plink|pscp|psftp|putty|kitty)(?:\.exe)?\b[^\n|;&]{0,300}?[ \t]-pw[ \t]{1,4}${cliPassword(23)}|\bcreateClient[ \t]+["']?[\w.@-]{1,64}["']?[^\n|;&]{0,100}?[ \t]-p[ \t]{1,4}${cliPassword(24)}|\b(?:usermod|useradd)\b[^\n|;&]{0,200}?[ \t]-P[ \t]{1,4}${cliPassword(25)}|\bsecurity[ \t]+(?:import|create-keychain|unlock-keychain)\b[^\n|;&]{0,300}?[ \t]-[pP][ \t]{1,4}${cliPassword(28)}|\bsecurity[ \t]+(?:add|set)-(?:generic|internet)-password\b(?:[^\n|;&]|\\\r?\n){0,300}?[ \t]-w[ \t]{1,4}${cliPassword(41)}|\bsign[ \t]+(?:\/(?:f|fd|tr|td|t|d|du|a|n|sha1|csp|kc|as|v|debug)[ \t]+(?:"[^"\n]{0,200}"|\S{1,200})[ \t]+){0,8}?\/p[ \t]{1,4}${cliPassword(31)}|\bansible-vault[ \t]+encrypt_string\b(?:[ \t]+--?[\w-]{1,30}(?:[ \t=]+[^\s'"-][^\s'"]{0,60})?){0,4}[ \t]+${quotedCliPassword(34)}|\bwpa_passphrase[ \t]+(?!(?:is|was|are|will|must|should|from|in|for|gets?|comes?)\b)(?:"[^"\n]{1,64}"|'[^'\n]{1,64}'|\S{1,64})[ \t]+${cliPassword(35)}|\bnmcli\b[^\n|;&]{0,200}?[ \t]password[ \t]+${cliPassword(36)}|:\d{2,5}(?:\[\d{1,2}\])?>[ \t]*AUTH[ \t]+(?:[\w.@-]{1,64}[ \t]+)?${cliPassword(37)}|(?<=\S[ \t]{1,4})login\b[^\n|;&]{0,300}?[ \t](?:-u|--username|--user)(?:=|[ \t]{1,4})["']?[\w.@\\-]{1,64}["']?(?:[ \t][^\n|;&]{0,200}?)?[ \t](?:-p|--password)(?:=|[ \t]{1,4})${cliPassword(38)}|\bespota(?:\.py)?\b[^\n|;&]{0,300}?[ \t](?:-a|--auth)(?:=|[ \t]{1,4})${cliPassword(39)}|\bejabberdctl[ \t]+(?:register|change_password)[ \t]+\S{1,64}[ \t]+\S{1,253}[ \t]+${cliPassword(42)}|\bturnadmin\b[^\n|;&]{0,300}?[ \t](?:-p|--password)[ \t]{1,4}${cliPassword(43)}|\bturnutils_\w{1,20}\b[^\n|;&]{0,300}?[ \t]-w[ \t]{1,4}${cliPassword(44)}|\bturn[\w-]{0,30}\b[^\n|;&]{0,300}?[ \t]-users[ \t]{1,4}[\w.-]{1,64}=${cliPassword(45)}|\bcurl\b(?:[^\n|;&]|\\\r?\n){0,300}?[ \t](?:-U|--proxy-user)(?:=|[ \t]{1,4})["']?[\w.@-]{1,64}:${cliPassword(46)}|\b(?:runmqakm|runmqckm|gsk8capicmd(?:_64)?|gskcapicmd|ikeycmd)\b[^\n|;&]{0,300}?[ \t]-(?:pw|new_pw|stashpw)[ \t]{1,4}${cliPassword(40)}|\bCPAU(?:\.exe)?\b[^\n|;&]{0,200}?[ \t]-p[ \t]{1,4}${cliPassword(32)}|\|[ \t]*sanur(?:\.exe)?[ \t]+${cliPassword(33)}|\b(?:vsce|ovsx)[ \t]+publish\b[^\n|;&]{0,300}?[ \t](?:-p|--pat)(?:=|[ \t]{1,4})${cliPassword(30)}|\b(?:altool|notarytool)\b(?:[^\n|;&]|\\\r?\n){0,400}?[ \t](?:-p|--password)(?:=|[ \t]{1,4})${cliPassword(29)}|\b(?:xfreerdp3?|wlfreerdp|sdl-freerdp3?)\b[^\n|;&]{0,300}?[ \t]\/p:${cliPassword(26)}|\bmosquitto_passwd\b[^\n|;&]{0,200}?[ \t]-b[ \t]+\S{1,200}[ \t]+[\w.@-]{1,64}[ \t]+${cliPassword(48)}|\b(?:bitcoin|litecoin|dogecoin|dash|elements|bitcoincash)-cli\b[^\n|;&]{0,300}?[ \t]walletpassphrase[ \t]+${cliPassword(47)}|\b(?:rdesktop|bloodhound-python|certipy(?:-ad)?|impacket-\w{1,20}|(?:GetUserSPNs|GetNPUsers|secretsdump|psexec|wmiexec|smbexec|atexec|dcomexec|getTGT|addcomputer)\.py)\b[^\n|;&]{0,300}?[ \t]-p[ \t]{1,4}${cliPassword(27)}|\b(?:ADDUSER|AUTH(?:ENTICATION)?[ \t]+ON|UPDATEPASSWORD|RESETPASSWORD)\b[^\n|;&]{0,200}?[ \t]-P:(?!<)${cliPassword(49)})(?=$|[\s;|&)"',<])`,
    ),
    secretGroup: Array.from({ length: 49 }, (_, i) => i + 1).flatMap((n) => [`sq${n}`, `dq${n}`, `s${n}`]),
    keywords: ['adduser', 'authentication on', 'auth on', 'updatepassword', 'resetpassword', 'walletpassphrase', 'mosquitto_passwd', 'mysql', 'mariadb', 'login', 'redis-cli', 'sshpass', 'ldap', 'sqlcmd', 'bcp', 'osql', 'etcdctl', 'lftp', 'open -u', 'racadm', 'ipmitool', 'twine', 'conan', 'espota', 'runmqakm', 'runmqckm', 'capicmd', 'ikeycmd', 'mongo', 'helm', 'nextcloudcmd', 'owncloudcmd', 'mosquitto_', 'kadmin', 'netexec', 'nxc', 'crackmapexec', 'cme', 'evil-winrm', 'kerbrute', 'shodan init', 'steamcmd', 'hdbuserstore', 'mkstore', 'snmp', 'check_', 'pmrep', 'pmcmd', 'infacmd', 'plink', 'pscp', 'psftp', 'putty', 'kitty', 'createclient', 'usermod', 'useradd', 'freerdp', 'rdesktop', 'bloodhound-python', 'certipy', 'impacket-', 'getuserspns', 'getnpusers', 'secretsdump', 'psexec', 'wmiexec', 'smbexec', 'atexec', 'dcomexec', 'gettgt', 'addcomputer', 'security import', 'security create-keychain', 'security unlock-keychain', 'security add-', 'security set-', 'altool', 'notarytool', 'vsce', 'ovsx', 'sign /', 'cpau', 'sanur', 'cqlsh', 'encrypt_string', 'wpa_passphrase', 'nmcli', 'auth ', 'ejabberdctl', 'turnadmin', 'turnutils_', '-users', 'curl'],
    windowLines: 4,
    windowWhen: /\\\r?$/,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password on a command line is kept in shell history, CI logs and the process list.',
  },
  {
    // A password piped into the tool that sets or takes it (`echo '…' | anydesk --set-password`,
    // `echo '…' | passwd --stdin kiosk`, `echo '…' | p4 -u bot login`), given to x11vnc as `-passwd …`, or written into the file a
    // service reads its key from (`echo "<hex>" > /etc/zabbix/zabbix_agent2.psk`).
    id: 'generic-password-into-tool',
    title: 'Password piped or written into the tool that uses it',
    provider: 'Generic',
    regex: new RegExp(
      String.raw`\b(?:echo[ \t]+(?:-[neE][ \t]+)?|printf[ \t]+(?:'%s\\n'|"%s\\n"|'%s'|"%s")[ \t]+)${quotedCliPassword(1)}[ \t]*\|[ \t]*(?:sudo[ \t]+)?(?:anydesk[ \t]+--set-password|passwd[ \t]+--stdin|teamviewer[ \t]+passwd|p4(?:[ \t]+-[a-zA-Z][ \t]+[^\s|;&-]\S{0,100})*[ \t]+login)\b|\bx11vnc\b[^\n|;&]{0,300}?[ \t]-passwd[ \t]{1,4}${cliPassword(2)}(?=$|[\s;|&)"'])|\becho[ \t]+(?:-[neE][ \t]+)?(?<q>["']?)(?<key>[0-9a-fA-F]{32,128})\k<q>[ \t]*>{1,2}[ \t]*(?:sudo[ \t]+tee[ \t]+)?\S{0,200}\.(?:psk|key)\b`,
    ),
    secretGroup: ['sq1', 'dq1', 'sq2', 'dq2', 's2', 'key'],
    keywords: ['echo', 'printf', 'x11vnc'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password in a setup script is kept in the repository, the shell history and the process list.',
  },
  {
    // Tools that take the password as a plain argument: smbclient -U 'user%password',
    // rabbitmqctl add_user <user> <password>, htpasswd -b <file> <user> <password>, Windows'
    // net user <name> <password> /add, net use X: \\host\share <password> /user:… (or /user:… <password>), Redis MONITOR's echo of "AUTH" ["<user>"] "<password>", and
    // MySQL's first-start log line "A temporary password is generated for root@localhost: …", and
    // HAProxy's `user <name> insecure-password <password>`, schtasks' /RP <password>, and
    // `pocketbase superuser upsert <email> <password>`, Autodesk Vault's ADMS Console `-VU<user> -VP<password>`,
    // and any tool's `-u <user> -p <password>` side by side (not `-p 8080:80`, a port; not MySQL's
    // clients, whose bare `-p` asks for the password and the word after it is the database; not a
    // password that repeats the user, a device's default: `-u nvidia -p nvidia`).
    id: 'generic-cli-password-argument',
    title: 'Password passed to a tool on the command line',
    provider: 'Generic',
    regex: /(?:\binsecure-password[ \t]+(?<s8>[^\s$"'][^\s]{3,127})(?=[ \t]|\r?$)|\btemporary password is generated for [^\s:]{1,100}:[ \t]+(?<s6>\S{4,128})[ \t]*$|"AUTH"[ \t]+(?:"[^"\s]{1,64}"[ \t]+)?"(?<s4>[^"\s]{4,128})"(?=[ \t]*$)|\bnet[ \t]+use[ \t]+(?:[A-Za-z*]:[ \t]+)?(?:\\\\[^\s"']{1,200}|%\w{1,40}%)[ \t]+(?<q7>["']?)(?<s7>[^\s"'*/$%][^\s"']{3,127})\k<q7>(?=[ \t]+\/user:)|\bnet[ \t]+use[ \t]+(?:[A-Za-z*]:[ \t]+)?(?:\\\\[^\s"']{1,200}|%\w{1,40}%)[ \t]+\/user:(?:"[^"\n]{1,100}"|[^\s"]{1,100})[ \t]+(?<q11>"?)(?<s11>[^\s"*/$%][^\s"]{3,127})\k<q11>(?=[ \t]|\r?$)|\bnet[ \t]+user[ \t]+(?<qn>["']?)[^\s"'/]{1,64}\k<qn>[ \t]+(?<q5>["']?)(?<s5>[^\s"'*/$%][^\s"']{3,127})\k<q5>(?=[ \t]+\/(?:add|domain|y)\b)|\bschtasks\b[^\n]{0,400}?[ \t]\/[Rr][Pp][ \t]{1,4}(?<q9>"?)(?<s9>[^\s"*\/%$][^\s"]{3,127})\k<q9>(?=[ \t]|\r?$)|\b(?:(?:smbclient|rpcclient|smbcacls|smbmap)\b[^\n|;&]{0,200}?[ \t](?:-U|--user)(?:=|[ \t]{1,4})(?<q1>["']?)[^\s%"']{1,64}%(?<s1>[^\s"']{4,128})\k<q1>|rabbitmqctl[ \t]+(?:add_user|change_password)[ \t]+(?<qu>["']?)[^\s"']{1,64}\k<qu>[ \t]+(?<q2>["']?)(?<s2>[^\s"'$-][^\s"']{3,127})\k<q2>|pocketbase[ \t]+(?:superuser|admin)[ \t]+(?:upsert|create|update)[ \t]+(?<qe>["']?)[^\s"'@]{1,64}@[^\s"']{1,200}\k<qe>[ \t]+(?<q10>["']?)(?<s10>[^\s"'$-][^\s"']{3,127})\k<q10>|htpasswd(?=[^\n]{0,40}?[ \t]-\w{0,4}b)(?:[ \t]+-\w{1,6}){1,4}(?:[ \t]+[^\s-]\S{0,200}){1,2}?[ \t]+(?<q3>["']?)(?<s3>[^\s"'$-][^\s"']{3,127})\k<q3>)(?=[ \t]*(?:$|[;|&)'">])))|(?<=[ \t])-VU[^\s"'-][^\s"']{0,63}[ \t]{1,4}-VP(?<q12>["']?)(?<s12>[^\s"'$%-][^\s"']{3,127})\k<q12>(?=[ \t]|\r?$)|(?<!\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mysqlshow|mariadb(?:-dump|-admin)?)\b[^\n|;&]{0,200})(?<=[ \t])(?:-u|--user(?:name)?)(?:=|[ \t]{1,4})["']?(?!(?:and|or)\b)(?<u13>[A-Za-z][\w.@\\-]{0,63})["']?[ \t]{1,4}(?:-p|--password)(?:=|[ \t]{1,4})(?!\d{1,5}(?::\d{1,5})?(?:[\s/"']|$))(?!["']?\k<u13>["']?(?:[ \t]|\r?$))(?<q13>["']?)(?<s13>(?=[^\s"']{0,127}[\d!@#%^&*+=?~])[^\s"'$%-][^\s"']{3,127})\k<q13>(?=[ \t]|\r?$)/m,
    secretGroup: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 's12', 's13'],
    keywords: ['-vu', ' -u ', ' --user', 'pocketbase', 'smbclient', 'rpcclient', 'smbcacls', 'smbmap', 'rabbitmqctl', 'htpasswd', '"auth"', 'net user', 'net use', 'temporary password', 'insecure-password', 'schtasks'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password on a command line is kept in shell history, CI logs and the process list.',
  },
  {
    // Tasmota's console takes several commands on one line: `Backlog SSID1 …; Password1 …; MqttPassword …`.
    id: 'generic-tasmota-backlog-password',
    title: 'Password in a Tasmota Backlog command',
    provider: 'Generic',
    regex: /\bBacklog0?[ \t]+(?:[^\n;]{0,200};[ \t]*){0,30}?(?:MqttPassword|WebPassword|Password[1-3])[ \t]+(?<secret>[^;\s]{4,128})[ \t]*(?=;|\r?$)/im,
    secretGroup: 'secret',
    keywords: ['backlog'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Set device passwords once over the serial console or a private Tasmota build (user_config_override.h kept out of the repository), not in a shared Backlog line.',
    description: 'A WiFi or MQTT password in a Backlog line joins whoever reads it to the network or the broker.',
  },
  {
    // Windows tools take options as /name:value or /NAME="value": netdom /PasswordD:…, cmdkey /pass:…,
    // SQL Server setup /SAPWD="…" and /SQLSVCPASSWORD="…". A `^` continues a batch line.
    id: 'generic-windows-option-password',
    title: 'Password passed as a Windows command-line option',
    provider: 'Generic',
    regex: /(?<=(?:^|[\s"(])\/)(?<name>[A-Za-z]{0,30}(?:pass(?:word)?|passwd|pwd)[A-Za-z]{0,3})[:=](?:"(?<secret>[^"\n]{4,128})"|(?<bare>[^\s"^]{4,128}))(?=$|[\s^])/im,
    secretGroup: ['secret', 'bare'],
    keywords: ['pass', 'pwd'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    passwordContext: true,
    description: 'A password on a command line is kept in scripts, logs and the process list.',
  },
  {
    // PowerShell names a setting and gives its value: Set-ItemProperty … -Name DefaultPassword -Value '…',
    // Set-WebConfigurationProperty … -Name validationKey -Value '…'.
    id: 'generic-powershell-name-value',
    title: 'Hardcoded secret given as a named PowerShell setting',
    provider: 'Generic',
    regex: /(?<=[ \t])-Name[ \t]{1,4}(?<nq>["']?)(?<name>[A-Za-z_][\w.-]{0,80})\k<nq>(?:[ \t]{1,4}-(?!Value\b)\w{1,30}(?:[ \t]{1,4}[^\s-][^\s]{0,200})?){0,3}[ \t]{1,4}-Value[ \t]{1,4}(?:"(?<secret>(?:[^"\s`$]|`[^\s]){6,300})"|'(?<sq>[^'\s]{6,300})')/i,
    secretGroup: ['secret', 'sq'],
    keywords: ['-value'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret written into a script that sets it is readable by anyone who can read the script.',
  },
  {
    // WMI's Win32_ComputerSystem.JoinDomainOrWorkgroup(domain, password, user, ou, options).
    id: 'generic-windows-join-password',
    title: 'Domain join password in a script',
    provider: 'Generic',
    regex: /\bJoinDomainOrWorkgroup[ \t]{0,4}\([ \t]{0,4}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|\$[\w.]{1,80})[ \t]{0,4},[ \t]{0,4}(?:"(?<secret>[^"\s]{4,128})"|'(?<sq>[^'\s]{4,128})')/i,
    secretGroup: ['secret', 'sq'],
    keywords: ['joindomainorworkgroup'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Pre-stage the computer account and join with a one-time offline blob (djoin /provision), or read the credential from a vault at run time.',
    description: 'A domain join account can add computers to the domain; in a script it is readable by everyone who can read the share.',
  },
  {
    // SQL Server's sp_addlinkedsrvlogin with its arguments by position: server, useself, locallogin,
    // rmtuser, rmtpassword.
    id: 'generic-sql-linked-server-password',
    title: 'Password in a linked server login',
    provider: 'Generic',
    regex: /\bsp_addlinkedsrvlogin[ \t]+(?:@rmtsrvname[ \t]*=[ \t]*)?N?'[^'\n]{1,128}'[ \t]*,[ \t]*(?:@useself[ \t]*=[ \t]*)?N?'(?:true|false)'[ \t]*,[ \t]*(?:NULL|N?'[^'\n]{0,128}')[ \t]*,[ \t]*N?'[^'\n]{1,128}'[ \t]*,[ \t]*N?'(?<secret>(?:[^'\n]|''){4,128})'/i,
    secretGroup: 'secret',
    keywords: ['sp_addlinkedsrvlogin'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A linked server login signs every query through the link in as the remote user.',
  },
  {
    // Oracle's user/password@connect-identifier on a command line: sqlplus -s app/…@//host:1521/svc
    // (or a script's own `CONNECT app/…@//host/svc` line),
    // expdp system/…@pdb, rman target sys/…@prod; the password quoted for the shell (`app/"…"@PRD`).
    id: 'generic-oracle-connect-password',
    title: 'Password in an Oracle connect string',
    provider: 'Generic',
    // And the same string given to a driver: python-oracledb's `oracledb.connect("app/…@host:1521/svc")`.
    regex: /\b(?:sqlplus|sqlldr|expdp|impdp|exp|imp|rman|dgmgrl|sqlcl|sql|(?<=^[ \t]{0,8})conn(?:ect)?)\b(?:[ \t]+-[A-Za-z]{1,10}){0,4}[ \t]+(?:target[ \t]+|userid=)?["']?[A-Za-z][\w$#]{0,63}\/(?:(?<secret>[^\s@/"'\\]{4,128})|(?<pq>["'])(?<quoted>[^\s"'\\]{4,128})\k<pq>)@(?=[\/\w(])|\b(?:oracledb|cx_Oracle)\.connect[ \t]*\([ \t]*(?:dsn[ \t]*=[ \t]*)?["'][A-Za-z][\w$#]{0,63}\/(?<driver>[^\s@/"'\\]{4,128})@(?=[\/\w(])/i,
    secretGroup: ['secret', 'quoted', 'driver'],
    keywords: ['sqlplus', 'sqlldr', 'expdp', 'impdp', 'exp ', 'imp ', 'rman', 'dgmgrl', 'sql ', 'conn ', 'connect ', 'oracledb.connect', 'cx_oracle.connect'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password on a command line is kept in shell history, scripts and the process list.',
  },
  {
    // An Oracle connect descriptor written out in full after user/password: app/…@(DESCRIPTION=(ADDRESS=…)),
    // inlined where no tnsnames.ora is deployed.
    id: 'generic-oracle-descriptor-password',
    title: 'Password in an Oracle connect descriptor',
    provider: 'Generic',
    regex: /(?<![\w$#\/])[A-Za-z][\w$#]{0,63}\/(?<secret>[^\s@\/"'\\]{4,128})@[ \t]{0,2}\([ \t]{0,2}(?:DESCRIPTION|ADDRESS(?:_LIST)?)[ \t]{0,2}=/i,
    secretGroup: 'secret',
    keywords: ['(description', '(address'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The user, the password and the database they open, in one string.',
  },
  {
    // Oracle E-Business Suite's admin scripts take the APPS (or SYSTEM) login as user/password:
    // adstrtal.sh apps/…, FNDCPASS apps/… 0 Y system/… SYSTEM APPLSYS ….
    id: 'generic-oracle-ebs-password',
    title: 'Password given to an Oracle E-Business Suite script',
    provider: 'Generic',
    regex: /\b(?:adstrtal|adstpall|adautocfg|adcmctl|adapcctl|adopmnctl|adalnctl|adpreclone|adcfgclone|adop|adadmin|adpatch|adctrl|FNDCPASS|FNDLOAD|WFLOAD|AFPASSWD|XDOLoader|CONCSUB)(?:\.sh|\.pl)?\b[^\n|;&]{0,200}?[ \t](?:apps|applsys|system|sys)\/(?<secret>[^\s@\/"'\\$]{4,128})(?=[\s@]|$)/i,
    secretGroup: 'secret',
    keywords: ['adstrtal', 'adstpall', 'adautocfg', 'adcmctl', 'adapcctl', 'adopmnctl', 'adalnctl', 'adpreclone', 'adcfgclone', 'adop', 'adadmin', 'adpatch', 'adctrl', 'fndcpass', 'fndload', 'wfload', 'afpasswd', 'xdoloader', 'concsub'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The APPS password opens every E-Business Suite schema.',
  },
  {
    // Embedded SQL and the DB2 command line: CONNECT TO sales USER etl USING '…'.
    id: 'generic-sql-connect-using-password',
    title: 'Password in a CONNECT … USING statement',
    provider: 'Generic',
    regex: new RegExp(String.raw`\bconnect[ \t]+to[ \t]+["']?[\w.@-]{1,64}["']?[ \t]+user[ \t]+["']?[\w.@\\-]{1,64}["']?[ \t]+using[ \t]+(?!:)${cliPassword(1)}(?=$|[\s;|&)"'])`, 'i'),
    secretGroup: ['sq1', 'dq1', 's1'],
    keywords: ['connect to'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password on a command line or in a script signs in as that user for anyone who reads it.',
  },
  {
    // A batch FTP script (Windows `ftp -s:`, a mainframe job's FTP input): the host, then the user
    // and the password on lines of their own, or `user <name> <password>` after `ftp -n` (or in an
    // lftp script, after `open ftp://host`), then commands.
    id: 'generic-ftp-script-password',
    title: 'Password in an FTP script',
    provider: 'Generic',
    regex: /(?:^[ \t]*open[ \t]+(?:(?:s?ftps?|https?):\/\/)?[\w.-]{1,253}(?::\d{1,5})?(?:[ \t]+\d{1,5})?|^\/\/[\w#@$]{0,8}[ \t]+DD[ \t]+\*)[ \t]*\r?\n(?:[ \t]*[\w.-]{1,253}[ \t]*\(?EXIT\)?[ \t]*\r?\n)?[ \t]*(?:(?:user|USER)[ \t]+["']?[\w.@\\-]{1,64}["']?[ \t]+(?:"(?<s3>[^"\n]{4,64})"|'(?<s4>[^'\n]{4,64})'|(?<s2>[^\s"']{4,64}))|[\w.@\\-]{1,64}[ \t]*\r?\n[ \t]*(?<s1>[^\s]{4,64}))[ \t]*\r?\n[ \t]*(?:ascii|binary|bin|cd|lcd|put|get|mput|mget|prompt|quote|literal|type|hash|quit|bye|ls|dir|passive|site|namefmt|mkdir|delete|mdelete|rename|status|mirror|set)\b/m,
    secretGroup: ['s1', 's2', 's3', 's4'],
    keywords: ['open ', ' dd '],
    windowLines: 5,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Use SFTP with a key, or read the password from a protected netrc file at run time.',
    description: 'An FTP script holds the login in plain text for whoever can read the job or the share.',
  },
  {
    // An FTP session logged or traced: `>>> USER edi_out` … `>>> PASS …`.
    id: 'generic-ftp-log-password',
    title: 'Password in an FTP session log',
    provider: 'Generic',
    regex: /(?:>|->)[ \t]{0,2}USER[ \t]+[\w.@\\-]{1,64}[ \t]*\r?\n(?:[^\n]{0,300}\n){0,3}?[^\n]{0,200}?(?:>>>|-->|->|>)[ \t]{0,2}PASS[ \t]+(?<secret>[^\s*]{4,128})[ \t]*(?=\r?$)/m,
    secretGroup: 'secret',
    // `>>> USER`, ftp -v's `---> USER`: the session's sent lines.
    keywords: ['> user'],
    windowLines: 4,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A logged FTP session carries the password in clear, as the protocol sent it.',
  },
  {
    // A mainframe job card signs the job in: //JOB … USER=FINBAT2,PASSWORD=…
    id: 'generic-jcl-job-password',
    title: 'Password on a JCL job card',
    provider: 'Generic',
    // `PASSWORD=(old,new)` changes it at logon: the new one is the password from then on.
    regex: /^\/\/[^\n]{0,80}?[ \t,]PASSWORD=(?:(?<secret>[A-Za-z0-9@#$]{4,8})|\([A-Za-z0-9@#$]{4,8},(?<new>[A-Za-z0-9@#$]{4,8})\))(?=[,\s]|$)/m,
    secretGroup: ['secret', 'new'],
    keywords: ['password='],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Let the scheduler submit the job under a surrogate user (RACF SURROGAT) instead of a password on the card.',
    description: 'A password on a job card signs in as that user for whoever reads the JCL library.',
  },
  {
    // Signing on to a mainframe by script or by hand: 3270 emulator macros that type the password
    // after the user id (x3270's `String("LOGON X")` … `String("…")`, s3270 after `Connect(…)`,
    // PCOMM's `WaitForString "Password"` then `SendKeys "…"`, Host On-Demand's `<input value="…[enter]">`
    // on the Password screen), CICS' `CESN USERID=X,PS=…`, TSO's `logon user/password`, the CA 7
    // batch terminal's `/LOGON user,password`, and Connect:Direct's `snodeid=(user,password)`.
    id: 'generic-mainframe-signon',
    title: 'Password in a mainframe sign-on',
    provider: 'Generic',
    regex: new RegExp([
      String.raw`\bConnect\([^\n]{1,200}\)(?:(?!String\()[\s\S]){0,300}?String\("[A-Za-z0-9#@$]{1,8}"\)(?:(?!String\()[\s\S]){0,200}?String\("(?<s1>[^"\s]{4,64})"\)`,
      String.raw`\bString\("(?:LOGON|TSO|logon|tso)[ \t]+[A-Za-z0-9#@$]{1,8}"\)(?:(?!String\()[^\n]){0,80}(?:\n(?:(?!String\()[^\n]){0,80}){0,4}?String\("(?<s2>[^"\s]{4,64})"\)`,
      String.raw`\bWaitForString[ \t(]{1,4}"[^"\n]{0,20}(?:Password|PASSWORD|password)[^"\n]{0,20}"[^\n]*\n[^\n]{0,100}?SendKeys[ \t(]{1,4}"(?<s3>[^"\[<\s]{4,64})"`,
      String.raw`<string[ \t]+value="[^"\n]{0,20}(?:Password|PASSWORD)[^"\n]{0,20}"[^\n]*\n(?:[^\n]*\n){0,2}?[^\n]*?<input[ \t]+value="(?<s4>[^"\[\s]{4,64})\[enter\]"`,
      String.raw`\bCESN[ \t]+(?:USERID|USER)=[A-Za-z0-9#@$]{1,8},(?:PS|PASSWORD)=(?<s5>[^\s,<"')]{4,64})`,
      String.raw`(?<![\w/])[Ll][Oo][Gg][Oo][Nn][ \t]+[A-Za-z#@$][A-Za-z0-9#@$]{0,7}\/(?<s6>[^\s/]{4,8})(?:\/[^\s/]{1,8})?(?=\s|$)`,
      String.raw`(?<=^|\n)\/LOGON[ \t]+[A-Za-z0-9#@$]{1,8},(?<s7>[^\s,]{4,8})(?=\s|$)`,
      String.raw`\b[SsPp][Nn][Oo][Dd][Ee][Ii][Dd]=\([ \t]*[\w#@$.-]{1,64}[ \t]*,[ \t]*(?<s8>[^\s,)]{4,64})[ \t]*(?:,[^\s)]{1,64})?\)`,
    ].join('|')),
    secretGroup: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'],
    keywords: ['connect(', 'string("', 'waitforstring', '<string value=', 'cesn', 'logon', 'nodeid='],
    multiline: true,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Sign on with a PassTicket or a certificate instead, or let the emulator prompt for the password.',
    description: 'A password a script types at the sign-on screen is readable by everyone who can read the script.',
  },
  {
    // TSO, RACF and IBM i CL take passwords as keyword operands: `ALTUSER X PASSWORD(…)`, `PHRASE('…')`,
    // RACDCERT's `PASSWORD('…')` for a PKCS#12 file, MQSC's `LDAPPWD('…')`, CL's `RMTPWD('…')`, and
    // a PassTicket's `SSIGNON(KEYMASKED(…))` key. Upper case, as those languages write them.
    id: 'generic-keyword-operand-password',
    title: 'Password in a TSO, RACF, MQSC or CL operand',
    provider: 'Generic',
    // (`$`, `#` and `@` are letters there, not a variable's sign: the groups are read as literals.)
    regex: /(?<![\w.$])(?:PASSWORD|PHRASE|LDAPPWD|RMTPWD|NEWPASSWORD|PASSPHRASE|KEYMASKED)\((?:'(?<sq1>[^'\n]{4,100})'|(?<sq2>[A-Za-z0-9#@$._-]{4,100}))\)/,
    secretGroup: ['sq1', 'sq2'],
    keywords: ['password(', 'phrase(', 'ldappwd(', 'rmtpwd(', 'keymasked('],
    // A keyword in the operand (`PASSWORD(NOPASSWORD)`) is no password; a chosen one mixes in digits or symbols.
    reject: (s) => /^[A-Z]+$/.test(s),
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password given to a security command in a job or exec is readable by everyone who can read the library.',
  },
  {
    // z/OS FTP reads its commands from //INPUT: the host, then the user and the password, on one
    // line or two.
    id: 'generic-jcl-ftp-input',
    title: 'Password in a batch FTP step',
    provider: 'Generic',
    regex: /\bPGM=FTP\b[\s\S]{0,2000}?\/\/INPUT[ \t]+DD[ \t]+\*[^\n]*\n[ \t]*[A-Za-z0-9.-]{1,253}(?:[ \t]+\d{1,5})?[ \t]*\n[ \t]*[A-Za-z0-9#@$._-]{1,64}(?:[ \t]+|[ \t]*\n[ \t]*)(?<secret>[^\s]{4,64})[ \t]*(?:\r?\n|$)/,
    secretGroup: 'secret',
    keywords: ['pgm=ftp'],
    multiline: true,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Use a NETRC data set protected by RACF, or SFTP with a key, instead of the password in the job stream.',
    description: 'A password in a job stream is readable by everyone who can read the JCL library or the job output.',
  },
  {
    // A connection factory's property set by constant: IBM MQ's `cf.setStringProperty(WMQConstants.PASSWORD, "…")`,
    // `props.setProperty(Context.SECURITY_CREDENTIALS, "…")`.
    id: 'generic-secret-property-setter',
    title: 'Hardcoded secret set as a named property',
    provider: 'Generic',
    regex: /\bset(?:String)?Property[ \t]{0,4}\([ \t]{0,4}(?:[A-Za-z_][\w]{0,60}\.){1,4}(?<name>[A-Za-z_]\w{0,60})[ \t]{0,4},[ \t]{0,4}(?<q>")(?<secret>[^"\s\\]{6,300})"[ \t]{0,4}\)/,
    secretGroup: 'secret',
    keywords: ['setstringproperty', 'setproperty'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A property whose name says it is a secret is given a literal value in code.',
  },
  {
    // Library systems' own credential formats: a SIP2 self-check login (`93…CN<user>|CO<password>|`,
    // often in a SIP server's debug log), FOLIO edge modules' ephemeral store
    // (`<tenant>=<user>,<password>` under `secureStore.type=Ephemeral`), `/etc/koha/passwd`
    // (`instance:koha_<user>:<password>:koha_<db>`), EZproxy's `::Ticket` shared secret, and a
    // Handle System batch file's `AUTHENTICATE SECKEY:…` with the secret key on the next line.
    id: 'generic-library-system-password',
    title: 'Password in a library system login or credential file',
    provider: 'Generic',
    regex: new RegExp([
      String.raw`\b93[0-9]{2}CN[^|\n]{1,64}\|CO(?<s1>[^|\s]{4,64})\|`,
      String.raw`secureStore\.type[ \t]*=[ \t]*Ephemeral\b(?:[^\n]*\n){1,30}?[ \t]*(?!tenants[ \t]*=)[\w-]{1,64}[ \t]*=[ \t]*[\w.@-]{1,64},(?<s2>[^\s,]{4,128})[ \t]*(?:\r?\n|$)`,
      String.raw`(?<=^|\n)[\w.-]{1,64}:koha_[\w.-]{1,64}:(?<s3>[^:\s]{6,128}):koha_[\w.-]{1,64}(?::[\w.-]{1,253})?[ \t]*(?=\r?\n|$)`,
      String.raw`(?<=^|\n)::Ticket[ \t]*\r?\n(?:[ \t]*(?:TimeValid|Expired|Logout|Group)\b[^\n]*\n){0,4}?[ \t]*(?:MD5|SHA1|SHA256|SHA512)[ \t]+(?<s4>\S{6,128})`,
      String.raw`(?<=^|\n)AUTHENTICATE[ \t]+(?:SECKEY:\d{1,5}:\S{1,200}\r?\n(?<s5>\S{4,128})|PUBKEY:\d{1,5}:\S{1,200}\r?\n\S{1,200}\|(?<s6>\S{4,128}))`,
    ].join('|')),
    secretGroup: ['s1', 's2', 's3', 's4', 's5', 's6'],
    keywords: ['|co', 'securestore.type', 'koha_', '::ticket', 'authenticate'],
    multiline: true,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: "A library system's service login or shared secret in a log or configuration file is readable by everyone who can read the file.",
  },
  {
    // Device credentials written where devices are set up: MAVProxy's `signing setup <passphrase>`,
    // a ThingsBoard device token given as the MQTT user (`mosquitto_pub … -t v1/devices/me/telemetry
    // -u <token>`), and Mosquitto's clear-text password file written by a heredoc before
    // `mosquitto_passwd -U` hashes it.
    id: 'generic-device-credential',
    title: 'Device credential in a provisioning command or log',
    provider: 'Generic',
    regex: new RegExp([
      String.raw`(?<=^|\n)[ \t]*signing[ \t]+setup[ \t]+(?<s2>[^\s]{6,64})[ \t]*(?=\r?\n|$)`,
      String.raw`\bmosquitto_pub\b(?=[^\n]{0,300}?[ \t]-t[ \t]{1,4}["']?v1\/devices\/me\/)[^\n]{0,300}?[ \t]-u[ \t]{1,4}["']?(?<s3>[A-Za-z0-9]{20})["']?(?=[ \t]|$)`,
      String.raw`\bcat[ \t]*>[ \t]*\S{0,100}mosquitto\S{0,60}passwd\S{0,20}[ \t]*<<-?[ \t]*['"]?\w{1,20}['"]?[ \t]*\r?\n[ \t]*[\w.@-]{1,64}:(?<s4>[^\s:$]{6,128})[ \t]*(?=\r?\n)`,
    ].join('|')),
    secretGroup: ['s2', 's3', 's4'],
    keywords: ['signing setup', 'mosquitto_pub', 'mosquitto'],
    multiline: true,
    confidence: 'medium',
    generic: true,
    description: 'A device key or password in a script, log or terminal capture lets whoever reads it join the network or act as the device.',
  },
  {
    // Netlify's `_headers` file password-protects a path: `Basic-Auth: user:password [user2:password2]`.
    id: 'generic-netlify-basic-auth',
    title: 'Password in a Netlify Basic-Auth header rule',
    provider: 'Generic',
    regex: /^[ \t]+Basic-Auth:[ \t]*(?:[^\s:]{1,64}:[^\s]{1,128}[ \t]+){0,8}?[^\s:]{1,64}:(?<secret>[^\s]{4,128})/m,
    secretGroup: 'secret',
    keywords: ['basic-auth:'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The password that guards the deploy is readable by everyone with the repository.',
  },
  {
    // .NET's user-secrets store set from a command line: `dotnet user-secrets set "AzureSpeech:Key" "…"`
    // (the value is kept out of the repository, but the command line is in history and scripts).
    id: 'generic-dotnet-user-secret',
    title: 'Secret set with dotnet user-secrets',
    provider: 'Generic',
    regex: /\bdotnet[ \t]+user-secrets[ \t]+set\b(?:[ \t]+--?[\w-]{1,30}(?:[ \t]+[^\s"'-]\S{0,100})?)*?[ \t]+(?<nq>["']?)(?<name>[\w:.-]{1,120})\k<nq>[ \t]+(?<q>["'])(?<secret>[^"'\s]{6,500})\k<q>/,
    secretGroup: 'secret',
    keywords: ['user-secrets'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret typed on a command line is kept in shell history and in the scripts that set it.',
  },
  {
    // Moodle's admin CLI sets a plugin setting by name: `admin/cli/cfg.php --component=auth_ldap --name=bind_pw --set='…'`;
    // a plugin's settings.php gives a password setting a default: `new admin_setting_configpasswordunmask('x/apisecret', …, '…')`.
    id: 'generic-moodle-setting',
    title: 'Secret in a Moodle setting',
    provider: 'Generic',
    regex: /\bcfg\.php\b[^\n|;&]{0,200}?[ \t]--name=["']?(?<name>[\w.-]{1,80})["']?[^\n|;&]{0,200}?[ \t]--set=(?:'(?<sq1>[^'\n]{4,200})'|"(?<dq1>[^"\n$`\\]{4,200})"|(?<b1>[^\s'"$]{4,200}))|\badmin_setting_configpasswordunmask[ \t]*\([ \t]*'(?<name2>[\w\/.-]{1,120})'[ \t]*,(?:[^,()]|\([^()]{0,200}\)){1,300},(?:[^,()]|\([^()]{0,200}\)){1,300},\s{0,40}'(?<sq2>[^'\n]{6,200})'[ \t]*\)/,
    secretGroup: ['sq1', 'dq1', 'b1', 'sq2'],
    keywords: ['cfg.php', 'admin_setting_configpasswordunmask'],
    multiline: true,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: "A Moodle password setting's value in a script or a plugin's defaults is readable by everyone who has them.",
  },
  {
    // ltijs' Provider.setup() takes the key that encrypts its stored platform secrets first: `lti.setup('…', { url: … })`.
    id: 'generic-ltijs-encryption-key',
    title: 'ltijs encryption key',
    provider: 'Generic',
    regex: /\blti\.setup[ \t]*\([ \t]*(?<q>['"\x60])(?<secret>[^'"\x60\s]{16,200})\k<q>[ \t]*,/,
    secretGroup: 'secret',
    keywords: ['lti.setup'],
    confidence: 'medium',
    generic: true,
    description: "The key encrypts the LTI tool's stored platform keys and tokens: whoever holds it and the database reads them.",
  },
  {
    // A RADIUS or TACACS+ server's shared secret a few lines into its block, as ArubaOS writes it:
    // `aaa authentication-server radius "CPPM"` … `   key …`.
    id: 'generic-aaa-server-key',
    title: 'RADIUS or TACACS+ shared secret in a server block',
    provider: 'Generic',
    regex: /^aaa[ \t]+authentication-server[ \t]+(?:radius|tacacs)\b[^\n]*\n(?:[ \t]+(?!key[ \t])[^\n]*\n){0,8}?[ \t]+key[ \t]+(?<secret>[^\s"]{4,128})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['authentication-server'],
    // `show running-config` prints the key encrypted, as hex.
    reject: (s) => /^(?:[0-9a-f]{2}){16,}$/.test(s),
    windowLines: 10,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A RADIUS shared secret lets whoever holds it pose as the controller to the server, or read its requests.',
  },
  {
    // A key generated and written to a file in a terminal, its output on the next line:
    // `$ openssl rand -hex 32 | sudo tee /etc/zabbix/zabbix_agentd.psk` over the key.
    id: 'generic-generated-key-output',
    title: 'Generated key shown in a terminal capture',
    provider: 'Generic',
    regex: /\bopenssl[ \t]+rand[ \t]+-(?:hex|base64)[ \t]+\d{1,4}[ \t]*\|[ \t]*(?:sudo[ \t]+)?tee\b[^\n]*\n(?<secret>[A-Za-z0-9+/]{16,512}={0,2})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['openssl rand'],
    windowLines: 1,
    confidence: 'medium',
    generic: true,
    description: 'The key written to that file is shown in the capture: whoever reads it has the key.',
  },
  {
    // A key ceremony's worksheet: a key component in groups of four hex digits beside its check value,
    // `Component 1 (custodian A): 9A86 740A … 78F8   KCV 9890E6`.
    id: 'generic-key-component',
    title: 'Key component on a key-loading worksheet',
    provider: 'Generic',
    regex: /\b[Cc]omponent[ \t]*#?\d[^\n:]{0,40}:[ \t]*(?<secret>[0-9A-Fa-f]{4}(?:[ \t][0-9A-Fa-f]{4}){3,11})(?=[ \t]{1,20}(?:KCV|[Kk]ey [Cc]heck [Vv]alue|[Cc]heck(?:sum)?)\b)/,
    secretGroup: 'secret',
    keywords: ['component'],
    confidence: 'medium',
    generic: true,
    allowPatterned: true,
    description: 'Key components are split so that no one person holds the key; every one written down brings that person closer to it.',
  },
  {
    // A setting stored as a row, its value set before its name: Relativity's
    // `UPDATE eddsdbo.InstanceSetting SET [Value] = N'…' WHERE [Section] = N'…' AND [Name] = N'SMTPPassword'`.
    id: 'generic-secret-sql-update-setting',
    title: 'Hardcoded secret in a SQL setting update',
    provider: 'Generic',
    regex: /\bSET[ \t]+\[?[Vv]alue\]?[ \t]*=[ \t]*N?(?<q>')(?<secret>[^'\n]{6,300})'[ \t]+WHERE\b[^;\n]{0,300}?\[?(?:[Nn]ame|[Kk]ey|[Ss]etting)\]?[ \t]*=[ \t]*N?'(?<name>[\w.:-]{1,120})'/,
    secretGroup: 'secret',
    keywords: ['set [value]', 'set value'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A setting whose name says it is a secret is given a literal value in a script that is kept and shared.',
  },
  {
    // A terminal capture that prints a secret: `% sudo cat /var/osquery/enroll_secret` or
    // `security find-generic-password … -w` at a prompt, and the value alone on the next line.
    id: 'generic-printed-secret',
    title: 'Secret printed in a terminal capture',
    provider: 'Generic',
    regex: /[%$#>][ \t]+(?:sudo[ \t]+)?(?:cat[ \t]+\S{0,200}(?:secret|token|passw(?:or)?d|passwd|psk|apikey|api_key)\S{0,40}|security[ \t]+find-(?:generic|internet)-password\b[^\n]{0,300}?[ \t]-w\b[^\n|]{0,200})[ \t]*\r?\n(?<secret>[^\s%$#>][^\s]{7,199})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['cat ', 'find-generic-password', 'find-internet-password'],
    windowLines: 1,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The capture shows the secret the command printed: whoever reads it has the secret.',
  },
  {
    // macOS mounts an SMB share with the login in its address: `mount_smbfs "//user:…@host/share" /Volumes/x`.
    id: 'generic-mount-smbfs-password',
    title: 'Password in an SMB mount address',
    provider: 'Generic',
    regex: /\bmount_smbfs\b[^\n|;&]{0,100}?[ \t](?<q>["']?)\/\/(?:[\w.-]{1,64};)?[\w.@$-]{1,64}:(?<secret>[^@\s'"\/]{4,128})@[\w.-]{1,253}\//,
    secretGroup: 'secret',
    keywords: ['mount_smbfs'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password in a mount command is kept in the script and shown in the process list.',
  },
  {
    // Jamf Pro's encrypted script parameters are decrypted with a salt and a passphrase written into
    // the script: `DecryptString "$5" '<salt>' '<passphrase>'`.
    id: 'generic-jamf-decrypt-passphrase',
    title: 'Passphrase of an encrypted Jamf script parameter',
    provider: 'Generic',
    regex: /\bDecryptString[ \t]+"\$\{?\d{1,2}\}?"[ \t]+['"][0-9A-Fa-f]{16}['"][ \t]+['"](?<secret>[0-9A-Fa-f]{16,64})['"]/,
    secretGroup: 'secret',
    keywords: ['decryptstring'],
    confidence: 'medium',
    generic: true,
    allowPatterned: true,
    description: 'The salt and passphrase in the script decrypt the parameter Jamf passes it: the API password is as good as in clear.',
  },
  {
    // Apple configuration profiles' SCEP payload: `<key>Challenge</key><string>…</string>` enrols a certificate.
    id: 'generic-scep-challenge',
    title: 'SCEP challenge in a configuration profile',
    provider: 'Generic',
    regex: /<key>Challenge<\/key>\s{0,80}<string>(?<secret>[^<\s]{6,200})<\/string>(?=[\s\S]{0,6000}?com\.apple\.security\.scep)/,
    secretGroup: 'secret',
    keywords: ['<key>challenge</key>'],
    multiline: true,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A static SCEP challenge lets whoever has the profile enrol certificates from the CA.',
  },
  {
    // TOML's inline table with the value inside: aziot's `symmetric_key = { value = "…" }`.
    id: 'generic-secret-inline-table-value',
    title: 'Hardcoded secret in an inline table',
    provider: 'Generic',
    regex: /(?<![\w.-])(?<name>[A-Za-z_][\w.-]{0,80})[ \t]*=[ \t]*\{[ \t]*value[ \t]*=[ \t]*(?<q>["'])(?<secret>[^"'\s]{8,300})\k<q>[ \t]*\}/,
    secretGroup: 'secret',
    keywords: ['value ='],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration entry whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // Options written -pw=…: SAP GUI's sapshcut -user=… -pw=…, PuTTY-style tools.
    id: 'generic-dash-pw-option',
    title: 'Password passed as a -pw option',
    provider: 'Generic',
    regex: /(?<=[ \t"])--?(?:pw|pwd)=(?:"(?<dq>[^"\n]{4,128})"|(?<bare>[^\s"'%$][^\s"']{3,127}))(?=$|[\s"])/m,
    secretGroup: ['dq', 'bare'],
    keywords: ['-pw=', '-pwd='],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password on a command line is kept in scripts, shortcuts and the process list.',
  },
  {
    // A variable named in an attribute, its value in the element inside: SSIS packages'
    // <DTS:Variable DTS:ObjectName="SftpPassword"><DTS:VariableValue …>…</DTS:VariableValue>.
    id: 'generic-secret-xml-named-variable',
    title: 'Hardcoded secret in a named XML variable',
    provider: 'Generic',
    regex: /\b(?:[\w-]{1,20}:)?(?:ObjectName|Name|name)="(?<name>[\w.:-]{1,80})"[^<>\n]{0,200}>\s{0,80}<(?:[\w-]{1,20}:)?(?:VariableValue|Value|value)(?:[ \t][^>\n]{0,80})?>(?<secret>[^<\s]{4,256})<\//,
    secretGroup: 'secret',
    keywords: ['name="'],
    windowLines: 2,
    windowWhen: /name="[^"\n]{1,80}"[^<>\n]{0,200}>[ \t]*\r?$/i,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A variable whose name says it is a secret holds a literal value in a package that is shared or committed.',
  },
  {
    // LotusScript signs a session in with the Notes ID's password: session.Initialize("…").
    id: 'generic-notes-session-password',
    title: 'Notes ID password in a session initialisation',
    provider: 'Generic',
    regex: /\b\w{0,40}[Ss]ession\w{0,20}\.Initialize(?:UsingNotesUserName)?[ \t]*\([ \t]*(?:"[^"\n]{1,128}"[ \t]*,[ \t]*)?"(?<secret>[^"\s]{4,128})"[ \t]*\)/,
    secretGroup: 'secret',
    keywords: ['.initialize'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: "The Notes ID's password unlocks the ID file: whoever has both signs in as its owner.",
  },
  {
    // An HMAC JWT secret as Hasura reads it: HASURA_GRAPHQL_JWT_SECRET={"type":"HS256","key":"…"}.
    id: 'generic-jwt-hmac-key-json',
    title: 'HMAC signing key in a JWT configuration',
    provider: 'Generic',
    regex: /"type"[ \t]{0,4}:[ \t]{0,4}\\?"HS(?:256|384|512)\\?"[ \t]{0,4},[ \t]{0,4}\\?"key\\?"[ \t]{0,4}:[ \t]{0,4}\\?"(?<secret>[^"\\\s]{16,512})\\?"/,
    secretGroup: 'secret',
    keywords: ['"hs256', '"hs384', '"hs512'],
    confidence: 'medium',
    generic: true,
    description: 'Whoever holds the HMAC key signs tokens with any role and any claims the server accepts.',
  },
  {
    // AppleScript assigns with `set`: set adminPass to "…".
    id: 'generic-applescript-set-secret',
    title: 'Hardcoded secret in an AppleScript variable',
    provider: 'Generic',
    regex: /\bset[ \t]+(?<name>[A-Za-z_]\w{0,60})[ \t]+to[ \t]+(?<q>")(?<secret>[^"\n]{6,200})"/,
    secretGroup: 'secret',
    keywords: [' to "'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret in a script sits in clear for anyone who can read the script or the machine.',
  },
  {
    // Robot Framework's variable tables: `${PASSWORD}    …` (two or more spaces between).
    id: 'generic-robot-variable-secret',
    title: 'Hardcoded secret in a Robot Framework variable',
    provider: 'Generic',
    regex: /^[$&@]\{(?<name>[A-Za-z_][\w .-]{0,60})\}(?:[ \t]{2,}|\t)(?:=[ \t]{1,8})?(?<secret>[^\s$%&@][^\s]{5,200})[ \t]*\r?$/m,
    secretGroup: 'secret',
    // The name's closing brace and the gap after it.
    keywords: ['}  ', '}\t'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A test suite\'s variables are committed with it: a real login there is in the repository.',
  },
  {
    // An expect script's debug transcript (expect -d): the password sent after the prompt matched.
    id: 'generic-expect-transcript-password',
    title: 'Password in an expect debug transcript',
    provider: 'Generic',
    regex: /glob pattern "[^"\n]{0,20}(?:assword|assphrase|PIN)[^"\n]{0,8}"\? yes\r?\n(?:[^\n]{0,400}\n){0,3}?send: sending "(?<secret>[^"\\\n]{4,128})\\r"/,
    secretGroup: 'secret',
    keywords: ['glob pattern'],
    windowLines: 4,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The debug transcript prints every string the script sends, the password included.',
  },
  {
    // Nagios' resource.cfg keeps macros: `$USER3$=monitor`, `$USER4$=…`. A value that looks chosen
    // is a password; paths and user names are not.
    id: 'generic-nagios-resource-password',
    title: 'Password in a Nagios resource macro',
    provider: 'Generic',
    regex: /^[ \t]*\$USER\d{1,3}\$[ \t]*=[ \t]*(?<secret>[^\s/$][^\s]{5,127})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['$user'],
    reject: (s) => !looksLikePassword(s),
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'Resource macros hold the logins the checks use; a file that is copied or committed carries them.',
  },
  {
    // Power Automate Desktop flows copied as text: a password field filled with a literal.
    id: 'generic-power-automate-password-field',
    title: 'Password typed into a field by a desktop flow',
    provider: 'Generic',
    regex: /[Pp]assword[^\n]{0,80}?\][ \t]{1,4}Text:[ \t]{0,4}\$'''(?<secret>[^'\n]{4,128})'''/,
    secretGroup: 'secret',
    keywords: ["text: $'''"],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The flow types the password from its own text: whoever can read the flow has it.',
  },
  {
    // Postfix's sasl_passwd map: `[smtp.host]:587 user:password`.
    id: 'generic-postfix-sasl-password',
    title: 'Password in a Postfix SASL password map',
    provider: 'Generic',
    regex: /^[ \t]*\[[\w.-]{1,253}\](?::\d{1,5})?[ \t]+[^\s:]{1,128}:(?<secret>\S{4,128})[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: [']:587', ']:465', ']:25', ']:2525', ']:submission'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The map signs the mail server in to its relay: whoever has it sends mail as that account.',
  },
  {
    // Deluge's auth file: `user:password:level`, one account per line (10 is the admin level, which
    // localclient and the accounts people add are given).
    id: 'generic-deluge-auth-password',
    title: 'Password in a Deluge auth file',
    provider: 'Generic',
    regex: /^(?<user>[\w.@-]{1,64}):(?<secret>[^\s:]{4,128}):10[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: [':10'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The auth file signs in to the Deluge daemon as that user.',
  },
  {
    // OBS's service.json: the streaming service and its stream key.
    id: 'generic-obs-stream-key',
    title: 'Stream key in an OBS service file',
    provider: 'Generic',
    regex: /"type"[ \t]{0,4}:[ \t]{0,4}"rtmp_(?:common|custom)"[^\n]{0,600}?"key"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[^"\s]{8,200})"/,
    secretGroup: 'secret',
    keywords: ['rtmp_common', 'rtmp_custom'],
    confidence: 'medium',
    generic: true,
    description: 'A stream key lets anyone broadcast live on the channel.',
  },
  {
    // WebRTC ICE servers: a TURN entry's long-term `credential` beside its `username`.
    id: 'generic-turn-credential',
    title: 'TURN server credential in an ICE configuration',
    provider: 'Generic',
    regex: /["']turns?:[^\n]{0,300}(?:\n[^\n]{0,300}){0,4}?\bcredential["']?[ \t]{0,4}[:=][ \t]{0,4}(?<q>["'\x60])(?<secret>[^"'\x60\s]{6,128})\k<q>/,
    secretGroup: 'secret',
    keywords: ["'turn:", '"turn:', "'turns:", '"turns:'],
    windowLines: 5,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Issue short-lived TURN credentials from your server (the TURN REST API shared secret stays there) instead of a fixed login in the page.',
    description: 'A fixed TURN login lets anyone relay traffic through your server on your bandwidth.',
  },
  {
    // coturn's and curl's `--user=name:password` (coturn's `name:0x…` is a key digest, not the password).
    id: 'generic-user-colon-password-option',
    title: 'Password in a --user option',
    provider: 'Generic',
    regex: /(?<![\w-])--user(?:=|[ \t]{1,4})(?<uq>["']?)(?<user>[\w.@\\-]{1,64}):(?!0x[0-9a-fA-F])(?!\k<user>(?:["'\s]|$))(?<secret>[^\s"'$]{4,128})\k<uq>(?=$|[\s;|&)"'])/m,
    secretGroup: 'secret',
    keywords: ['--user'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password on a command line is kept in scripts, shell history and the process list.',
  },
  {
    // A MySQL login kept in a variable for later commands: AUTH="-ubackup -p'…'" (the password
    // joined to -p, as mysql reads it).
    id: 'generic-mysql-user-password-pair',
    title: 'MySQL login options with a password',
    provider: 'Generic',
    regex: /(?<![\w-])-u[ \t]?(?<uq>["']?)[\w.@-]{1,64}\k<uq>[ \t]{1,4}-p(?:'(?<sq>[^'\n]{4,128})'|"(?<dq>[^"\n$\x60\\]{4,128})"|(?<s>[^\s"'$\x60-][^\s"'$\x60]{3,127}))(?=$|[\s"';|&)])/m,
    secretGroup: ['sq', 'dq', 's'],
    keywords: ["-p'", '-p"', ' -p'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password on a command line is kept in scripts, shell history and the process list.',
  },
  {
    // Mail servers' credential files: Dovecot's passwd-file and SQL values with a clear scheme
    // (`user:{PLAIN}…`, `'{CLEAR}…'`), sendmail's authinfo (`"U:user" "P:…"`), Exim's passwd.client
    // (`host:user@domain:…`) and `hide mysql_servers = host/db/user/…`, OpenSMTPD's secrets table
    // (`label user@domain:…`).
    id: 'generic-mail-credential-file',
    title: 'Password in a mail server\'s credential file',
    provider: 'Generic',
    regex: /\{(?:PLAIN|CLEAR|CLEARTEXT)\}(?<s1>[^:\s'"]{4,128})(?=$|[:\s'"])|(?<="[UIMR][:=][^"\n]{0,200}"[^\n]{0,200})"P[:=](?<s2>[^"\n]{4,128})"|^[\w*-]{1,63}(?:\.[\w-]{1,63})+:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+:(?<s3>\S{4,128})[ \t]*\r?$|\b(?:mysql|pgsql)_servers[ \t]*=[ \t]*[^\s/]{1,200}\/[^\s/]{1,64}\/[^\s/]{1,64}\/(?<s5>[^\s:]{4,128})|^[\w-]{1,64}[ \t]+[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+:(?<s6>\S{4,128})[ \t]*\r?$/m,
    secretGroup: ['s1', 's2', 's3', 's5', 's6'],
    keywords: ['{plain}', '{clear}', '{cleartext}', '"p:', '"p=', '@', 'mysql_servers', 'pgsql_servers'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The mail server or client logs in with this password; the file holds it in clear.',
  },
  {
    // A name and its value as members of one JSON object: `aws ssm get-parameter`'s
    // `"Name": "/app/prod/smtp_password", "Type": "SecureString", "Value": "…"`, Consul's and
    // Terraform's `{"Key": "…", "Value": "…"}` lists.
    id: 'generic-secret-json-name-value',
    title: 'Hardcoded secret as a JSON name and value',
    provider: 'Generic',
    regex: /"(?:Name|name|Key|key)"[ \t]{0,4}:[ \t]{0,4}"(?<name>[^"\n]{1,200})"[ \t]{0,4},(?:\s{0,40}"[A-Za-z]{1,30}"[ \t]{0,4}:[ \t]{0,4}(?:"[^"\n]{0,200}"|[\w.-]{1,40})[ \t]{0,4},){0,4}\s{0,40}"(?:Value|value)"[ \t]{0,4}:[ \t]{0,4}"(?<secret>(?:[^"\n\\]|\\.){4,300})"/,
    secretGroup: 'secret',
    keywords: ['"name"', '"key"'],
    windowLines: 6,
    // (The window test sees a line's last characters: the name's line ends with `",`.)
    windowWhen: /",[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'The value of a secret-named entry sits in the file in clear.',
  },
  {
    // ABAP declarations with a start value: `DATA lv_pwd(30) TYPE c VALUE '…'`, `CONSTANTS c_secret TYPE string VALUE '…'`.
    id: 'generic-abap-value',
    title: 'Hardcoded secret in an ABAP declaration',
    provider: 'Generic',
    regex: /\b(?<name>[A-Za-z_][\w\/]{0,40})(?:\(\d{1,4}\))?[ \t]+TYPE[ \t]+[\w\/-]{1,60}(?:[ \t]+LENGTH[ \t]+\d{1,4})?[ \t]+VALUE[ \t]+(?<q>['\x60])(?<secret>[^'\x60\n]{4,128})\k<q>/i,
    secretGroup: 'secret',
    keywords: ["value '", 'value `'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret written into an ABAP program is readable by everyone with access to the system\'s code.',
  },
  {
    // Zephyr's and MCUboot's shell settings: `settings set golioth/psk …`, `settings set wifi/password …`.
    id: 'generic-shell-settings-secret',
    title: 'Secret written with a device shell settings command',
    provider: 'Generic',
    regex: /\bsettings[ \t]+(?:set|write)[ \t]+(?:string[ \t]+)?(?<name>[\w.-]{1,40}(?:\/[\w.-]{1,40}){0,4})[ \t]+(?<q>["']?)(?<secret>[^\s"']{6,200})\k<q>[ \t]*\r?$/m,
    secretGroup: 'secret',
    keywords: ['settings set', 'settings write'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A device console transcript or provisioning script keeps the secret it wrote.',
  },
  {
    // pppd's chap-secrets and pap-secrets: client, server, secret, addresses.
    id: 'generic-ppp-secrets-password',
    title: 'Password in a PPP secrets file',
    provider: 'Generic',
    regex: /#[ \t]*Secrets for authentication using (?:CHAP|PAP)[^\n]{0,80}\r?\n(?:[ \t]*#[^\n]{0,200}\r?\n|[ \t]*\r?\n){0,8}[ \t]*"?[^\s"#]{1,128}"?[ \t]+(?:\*|"?[^\s"]{1,128}"?)[ \t]+(?:"(?<dq>[^"\n]{4,128})"|(?<s>[^\s"*][^\s"]{3,127}))(?=[ \t]|\r?$)/i,
    secretGroup: ['dq', 's'],
    keywords: ['secrets for authentication'],
    windowLines: 10,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The PPP secrets file signs the link in to the provider as that account.',
  },
  {
    // Windows Wi-Fi profiles exported with `netsh wlan export profile key=clear`: the passphrase in
    // clear when <protected> is false.
    id: 'generic-wlan-profile-key',
    title: 'Wi-Fi passphrase in a WLAN profile',
    provider: 'Generic',
    regex: /<protected>false<\/protected>\s{0,80}<keyMaterial>(?<secret>[^<\s][^<\n]{7,63})<\/keyMaterial>/,
    secretGroup: 'secret',
    keywords: ['<protected>false'],
    windowLines: 2,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The profile joins whoever has it to the network.',
  },
  {
    // PowerShell: a literal in a variable that ConvertTo-SecureString -AsPlainText reads later:
    // $plain = "…"; $secure = ConvertTo-SecureString $plain -AsPlainText -Force.
    id: 'generic-powershell-securestring-variable',
    title: 'Password in a variable made into a SecureString',
    provider: 'Generic',
    regex: /\$(?<v>[A-Za-z_]\w{0,40})[ \t]*=[ \t]*(?<q>["'])(?<secret>[^"'\s$`]{6,128})\k<q>[ \t]*\r?\n(?:[^\n]{0,300}\n){0,10}?[^\n]{0,200}?ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?\$\k<v>\b[^\n]{0,80}?-AsPlainText/i,
    secretGroup: 'secret',
    keywords: ['$plain', '$pass', '$pw', '$pwd', '$secret', '$clear', '$cred', '$admin', '$local', '$default', '$temp', '$initial'],
    windowLines: 11,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'The script keeps the password in clear before it makes it a SecureString.',
  },
  {
    // Postman's API-key auth: "apikey": [{ "key": "value", "value": "…" }, { "key": "key", "value": "x-api-key" }].
    id: 'generic-postman-apikey-auth',
    title: 'API key in a Postman collection\'s auth',
    provider: 'Generic',
    // (The value may carry its scheme: Deepgram's `"value": "Token …"`.)
    regex: /"apikey"[ \t]{0,4}:[ \t]{0,4}\[(?:[^\]"]|"[^"\n]{0,200}"){0,40}?"key"[ \t]{0,4}:[ \t]{0,4}"value"[ \t]{0,4},\s{0,40}"value"[ \t]{0,4}:[ \t]{0,4}(?<q>")(?:(?:Token|Bearer|Key|Api-Key|ApiKey)[ \t]{1,4})?(?<secret>[^"\s{}]{8,300})"/,
    secretGroup: 'secret',
    keywords: ['"apikey"'],
    multiline: true,
    confidence: 'medium',
    generic: true,
    description: 'A collection shared or committed with its auth carries the key to everyone who imports it.',
  },
  {
    // psql's variables: \set app_password '…' before CREATE USER … PASSWORD :'app_password'.
    id: 'generic-psql-set-secret',
    title: 'Hardcoded secret in a psql variable',
    provider: 'Generic',
    regex: /^[ \t]*\\set[ \t]+(?<name>[A-Za-z_]\w{0,80})[ \t]+'(?<secret>(?:[^'\n\\]|''|\\.){6,300})'[ \t]*$/m,
    secretGroup: 'secret',
    keywords: ['\\set'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A psql variable holding a secret keeps it in the script for every later statement to use.',
  },
  {
    // Oracle's unquoted passwords: CREATE USER app IDENTIFIED BY …, CREATE DATABASE LINK … CONNECT TO
    // u IDENTIFIED BY …. (MySQL's `IDENTIFIED BY PASSWORD '*…'` and Oracle's `BY VALUES '…'` are hashes.)
    id: 'generic-sql-unquoted-password',
    title: 'Password in a SQL statement',
    provider: 'Generic',
    regex: /(?<![A-Za-z_])IDENTIFIED[ \t]+BY[ \t]+(?!(?:VALUES|PASSWORD|EXTERNALLY|GLOBALLY)\b)(?<secret>[A-Za-z][\w$#]{5,127})(?=[ \t]*(?:;|\r?$)|[ \t]+(?:DEFAULT|TEMPORARY|QUOTA|PROFILE|ACCOUNT|PASSWORD|USING|CONTAINER)\b|[ \t]*\r?\n[ \t]*(?:DEFAULT|TEMPORARY|QUOTA|PROFILE|ACCOUNT|USING|CONTAINER)\b)/im,
    secretGroup: 'secret',
    keywords: ['identified'],
    windowLines: 1,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password in a migration or seed script is in the repository history for good.',
  },
  {
    // Key-value tables: UPDATE app_settings SET value = '…' WHERE name = 'datadog.api_key', and (the
    // next rule) Liquibase rows <column name="config_key" value="twilio_auth_token"/> over <column name="config_value" value="…"/>.
    id: 'generic-setting-row-secret',
    title: 'Hardcoded secret in a settings row',
    provider: 'Generic',
    regex: /\bSET[ \t]+(?:\w{1,40}\.)?\w{0,40}value[ \t]*=[ \t]*N?'(?<secret>(?:[^'\n]|''){6,300})'[^;\n]{0,200}(?:\r?\n[^;\n]{0,200}){0,2}?\bWHERE[ \t]+(?:\w{1,40}\.)?(?:name|key|\w{1,40}_(?:name|key))[ \t]*=[ \t]*N?'(?<name>[\w.:\/-]{1,120})'/i,
    secretGroup: 'secret',
    keywords: ['value'],
    windowLines: 3,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret stored as a setting in a migration or seed is in the repository history for good.',
  },
  {
    id: 'generic-liquibase-setting-secret',
    title: 'Hardcoded secret in a settings row',
    provider: 'Generic',
    regex: /<column[ \t]+name="\w{0,40}(?:key|name)"[ \t]+value="(?<name>[\w.:\/-]{1,120})"[ \t]*\/>[ \t]*\r?\n[ \t]*<column[ \t]+name="\w{0,40}value"[ \t]+value="(?<secret>[^"\n]{6,300})"/i,
    secretGroup: 'secret',
    keywords: ['<column'],
    windowLines: 1,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A secret stored as a setting in a migration or seed is in the repository history for good.',
  },
  {
    // Encryption keys given to the database's crypto functions: pgp_sym_decrypt(col, '…'),
    // AES_ENCRYPT(col, UNHEX('…')), and SQL Server's ENCRYPTBYPASSPHRASE('…', col).
    id: 'generic-sql-encryption-key',
    title: 'Encryption key in a SQL statement',
    provider: 'Generic',
    regex: /\b(?:pgp_sym_(?:en|de)crypt(?:_bytea)?|AES_(?:EN|DE)CRYPT)[ \t]*\([^,()\n]{1,200}(?:\([^()\n]{0,100}\))?[ \t]*,[ \t]*(?:UNHEX[ \t]*\([ \t]*)?'(?<secret>[^'\s]{8,256})'|\b(?:EN|DE)CRYPTBYPASSPHRASE[ \t]*\([ \t]*N?'(?<pp>[^'\n]{8,256})'/i,
    secretGroup: ['secret', 'pp'],
    keywords: ['pgp_sym_', 'aes_encrypt', 'aes_decrypt', 'cryptbypassphrase'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Pass the key as a bound parameter from the application, which reads it from a secret store; a key in a view or migration is in the repository and the query log.',
    description: 'Whoever has the key decrypts every value encrypted with it.',
  },
  {
    // Redis: an `AUTH [user] password` line in a script fed to redis-cli (a Redis command follows), and Sentinel's
    // `sentinel auth-pass <master> <password>`.
    id: 'generic-redis-auth-line',
    title: 'Password in a Redis AUTH command',
    provider: 'Generic',
    regex: /^[ \t]*AUTH[ \t]+(?!(?:PLAIN|LOGIN|CRAM-MD5|XOAUTH2|NTLM|GSSAPI)\b)(?:[\w.@-]{1,64}[ \t]+)?(?<secret>[^\s"'$<>*]{6,128})[ \t]*\r?\n[ \t]*(?:SELECT|PING|INFO|DEL|SET|GET|HSET|HGET|HGETALL|KEYS|SCAN|EXPIRE|FLUSHDB|FLUSHALL|CONFIG|CLIENT|MONITOR|LPUSH|RPUSH|SADD|ZADD|INCR|XADD|PUBLISH|SUBSCRIBE)\b|^[ \t]*sentinel[ \t]+auth-pass[ \t]+\S{1,64}[ \t]+(?<sp>[^\s"'$]{4,128})[ \t]*\r?$/m,
    secretGroup: ['secret', 'sp'],
    keywords: ['auth ', 'auth-pass'],
    windowLines: 1,
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A Redis password lets anyone who reads it run every command the user may, often including FLUSHALL and CONFIG.',
  },
  {
    // Browser tests that type a password into its field: Cypress' cy.get('input[name=password]').type('…'),
    // Playwright's page.fill('#password', '…') and getByLabel('Password').fill('…'), Selenium's
    // find_element(By.ID, "password").send_keys("…"), Katalon's WebUI.setText(findTestObject('…/input_Password'), '…')
    // (its setEncryptedText takes ciphertext).
    id: 'generic-ui-password-fill',
    title: 'Password typed into a login form by a test',
    provider: 'Generic',
    regex: /\b(?:get|fill|type|locator|getByLabel|getByPlaceholder|getByTestId|find_element|findElement|querySelector|(?<!setEncryptedText[ \t]{0,2}\([ \t]{0,2})findTestObject|\$)[ \t]{0,2}\([^()\n]{0,80}?(?:pass(?:word|wd)?|pwd)[^()\n]{0,60}\)(?:\.(?:clear|focus|click|first)\(\))*(?:\.(?:type|fill|send_keys|sendKeys|setValue|press_sequentially|pressSequentially)[ \t]{0,2}\(|[ \t]{0,2},)[ \t]{0,2}(?<q>["'\x60])(?<secret>[^"'\x60\s{}$]{6,128})\k<q>/i,
    secretGroup: 'secret',
    keywords: ['pass', 'pwd'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    hint: 'Read test accounts\' passwords from the CI secret store (Cypress.env, process.env) and use an account that exists only for tests.',
    description: 'A real account\'s password typed by a test is in the repository for anyone who reads it.',
  },
  {
    // A VCR cassette writes each header as a name over a one-item list: `X-Api-Key:` then `- …`.
    id: 'generic-secret-header-list',
    title: 'Hardcoded secret in a recorded header',
    provider: 'Generic',
    // (Compose's and Actions' `secrets:` list names secrets; it does not hold them.)
    regex: /^[ \t]*(?!(?:secrets|tokens|keys|passwords|credentials):)(?<name>[A-Za-z][\w.-]{1,80}):[ \t]*\r?\n[ \t]*-[ \t]+(?:(?<q>["'])(?<secret>[^"'\s]{8,300})\k<q>|(?<bare>[^"'\s#]{8,300}))[ \t]*\r?$/m,
    secretGroup: ['secret', 'bare'],
    keywords: SECRET_NAME_KEYWORDS,
    windowLines: 1,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A recorded request keeps its credentials: anyone who reads the cassette can replay them.',
  },
  {
    // RSpec: let(:api_key) { '…' }.
    id: 'generic-rspec-let-secret',
    title: 'Hardcoded secret in an RSpec let',
    provider: 'Generic',
    regex: /\blet!?[ \t]{0,2}\(:(?<name>\w{1,80})\)[ \t]{0,2}\{[ \t]{0,2}(?<q>["'])(?<secret>[^"'\s]{6,300})\k<q>[ \t]{0,2}\}/,
    secretGroup: 'secret',
    keywords: ['let(:', 'let!(:'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A random-looking literal assigned to a name that says it is a secret: anyone who can read the code can use it.',
  },
  {
    // An API client constructed with its key as the first argument: DeepgramClient("…"),
    // FooApi(api_key="…"), TenableIO("…", "…"), qiskit-ionq's IonQProvider("…"). Only a key-shaped
    // literal (32+ hex, or 32+ letters and digits) counts, and only for a class named as a client, an
    // API, an SDK, an IO or a provider.
    id: 'generic-client-constructor-key',
    title: 'API key passed to a client constructor',
    provider: 'Generic',
    // A server's URL may come first: TheHiveApi("http://thehive:9000", "…"), cortex4py's Api(url, "…").
    // (A captcha provider takes its public site key: `new ReCaptchaV3Provider('6L…')`.)
    regex: /\b(?![A-Za-z0-9]{0,40}(?:[Cc]aptcha|CAPTCHA))(?<cls>(?:[A-Z][A-Za-z0-9]{0,40})?(?:Client|Api|API|Sdk|SDK)|[A-Z][A-Za-z0-9]{1,40}(?:IO|KeyAuth|TokenAuth|Rester|Provider))[ \t]{0,2}\([ \t]{0,2}(?:(?<uq>["'])https?:\/\/[^"'\s]{1,200}\k<uq>[ \t]{0,2},[ \t]{0,2})?(?:(?:api_?key|token)[ \t]{0,2}=[ \t]{0,2})?(?<q>["'])(?<secret>[0-9a-f]{32,64}|[A-Za-z0-9+/_-]{32,80})\k<q>[ \t]{0,2}[,)]/,
    secretGroup: 'secret',
    keywords: ['client(', 'api(', 'sdk(', 'io(', 'keyauth(', 'tokenauth(', 'rester(', 'provider('],
    // Client-side SDK keys say so in their prefix: Statsig's `client-…`, publishable `pk_…`.
    reject: (s) => /^(?:client|pk|pub|public|publishable)[-_]/i.test(s),
    confidence: 'medium',
    generic: true,
    description: 'An API key written into the code that builds the client is readable by anyone who reads the code.',
  },
  {
    // Dockerfile's older form without `=`: ENV DB_PASSWORD "…".
    id: 'generic-secret-dockerfile-env',
    title: 'Hardcoded secret in a Dockerfile ENV',
    provider: 'Generic',
    regex: /^[ \t]*(?:ENV|ARG)[ \t]+(?<name>[A-Za-z_][\w.]{0,80})[ \t]+(?:(?<q>["'])(?<secret>(?:(?!\k<q>)[^\s\\]){6,300})\k<q>|(?<bare>[^\s"'`\\=]{6,300}))[ \t]*$/,
    secretGroup: ['secret', 'bare'],
    keywords: ['env ', 'arg '],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'An ENV value is baked into every layer of the image: anyone who pulls it can read the secret.',
  },
  {
    // Terraform: variable "db_password" { … default = "…" }.
    id: 'generic-secret-terraform-default',
    title: 'Hardcoded default of a secret Terraform variable',
    provider: 'Generic',
    regex: /\bvariable[ \t]+"(?<name>[\w-]{1,80})"[ \t]*\{[^{}]{0,400}?\bdefault[ \t]*=[ \t]*(?<q>")(?<secret>[^"\s\\]{6,300})"/,
    secretGroup: 'secret',
    keywords: ['variable "'],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    multiline: true,
    description: 'A default in a committed .tf file is used by every plan that does not override it, and is readable by everyone with the repository.',
  },
  {
    // A variable declared sensitive says its default is a secret, whatever it is called.
    id: 'generic-secret-terraform-sensitive-default',
    title: 'Hardcoded default of a sensitive Terraform variable',
    provider: 'Generic',
    regex: /\bvariable[ \t]+"[\w-]{1,80}"[ \t]*\{(?=[^{}]{0,400}?\bsensitive[ \t]*=[ \t]*true\b)[^{}]{0,400}?\bdefault[ \t]*=[ \t]*(?<q>")(?<secret>[^"\s\\]{6,300})"/,
    secretGroup: 'secret',
    keywords: ['variable "'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    multiline: true,
    description: 'A default in a committed .tf file is used by every plan that does not override it, and is readable by everyone with the repository.',
  },
  {
    // XML elements whose text is escaped: <password>a&amp;b…</password>.
    id: 'generic-secret-xml-element',
    title: 'Hardcoded secret in an XML element',
    provider: 'Generic',
    // The value may sit on its own line between the tags, as formatters write long values.
    // Attributes that only say how the text is written may sit in the tag (FileZilla's
    // `<Pass encoding="base64">`, a DNP3 master's `<UpdateKey format="hex">`, BizTalk's variant type `<Password vt="8">`, WS-Security's
    // `<wsse:Password Type="…#PasswordText">` (NCPDP SCRIPT's `Type="PasswordText"`), an NPS export's `<Shared_Secret dt:dt="string">`;
    // a PasswordDigest is a hash), and so may attributes that say whose it is (Islandora Syn's
    // `<token user='alpaca' roles='fedoraAdmin'>…</token>`), but not ones that say it is sealed or elsewhere.
    regex: new RegExp(String.raw`<(?<name>[A-Za-z_][\w.:-]{0,80})(?:[ \t]{1,4}(?:encoding|type|format|xml:space|vt|xsi:type|dataType|DataType|dt:dt)[ \t]{0,2}=[ \t]{0,2}"[\w:-]{1,20}"|[ \t]{1,4}Type="(?:[^"\n]{1,200}#)?PasswordText"|[ \t]{1,4}(?![\w-]{0,20}:?(?:enc|crypt|protect|hash|cipher|alg|digest|type|format|ref|src|file|path|href|iv|salt|nonce|key|mac|sig)|(?:Type|Key|Salt|IV|Nonce|Enc|Hash|Digest|Ref)\b)[A-Za-z][\w:-]{0,30}[ \t]{0,2}=[ \t]{0,2}(?:"[\w .:@-]{0,40}"|'[\w .:@-]{0,40}')){0,4}>\s{0,200}(?:(?<secret>${XML_TEXT}{6,300})|${CDATA})\s{0,200}<\/\k<name>>`),
    secretGroup: ['secret', 'cdata'],
    keywords: SECRET_NAME_KEYWORDS,
    windowLines: 2,
    windowWhen: />[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration element whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // SQL: CREATE USER … WITH PASSWORD '…', CREATE ROLE … LOGIN PASSWORD '…', IDENTIFIED BY '…',
    // Oracle's IDENTIFIED BY "…", SQL Server's CREATE LOGIN … WITH PASSWORD = N'…'. A quote inside
    // is doubled (`'Pe''pper'`).
    id: 'generic-sql-password',
    title: 'Password in a SQL statement',
    provider: 'Generic',
    // mysql's history file writes each space as `\040`; PostgreSQL's foreign-data wrappers take
    // `OPTIONS (user 'x', password '…')`.
    // ClickHouse's `IDENTIFIED WITH sha256_hash BY '…'` gives a hash, not the password.
    regex: new RegExp(
      String.raw`(?<![A-Za-z_])(?:(?:WITH|LOGIN|ENCRYPTED|UNENCRYPTED)${SQL_SP}+PASSWORD(?:${SQL_SP}*=)?|IDENTIFIED${SQL_SP}+(?:WITH${SQL_SP}+(?!\w{0,40}hash\b)\w{1,40}?${SQL_SP}+)?BY|SET${SQL_SP}+PASSWORD(?:${SQL_SP}+FOR${SQL_SP}+\S{1,80}?)?${SQL_SP}*=${SQL_SP}*(?:PASSWORD${SQL_SP}*\()?|(?<=OPTIONS[ \t]{0,4}\([^()\n]{0,300})PASSWORD[ \t]+)${SQL_SP}*N?(?<q>['"])(?<secret>(?:(?!\k<q>)[^\s\\]|\k<q>\k<q>){6,128})\k<q>(?!\k<q>)`,
      'i',
    ),
    secretGroup: 'secret',
    keywords: ['password', 'identified'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A password in a migration or seed script is in the repository history for good.',
  },
  {
    // PostgreSQL's password file: host:port:database:user:password.
    id: 'generic-pgpass',
    title: 'Password in a .pgpass line',
    provider: 'Generic',
    // A password that repeats the user (`pgbouncer:pgbouncer`) is a shipped default.
    regex: /^[^:\s#]{1,253}:(?:\d{1,5}|\*):[^:\s]{1,64}:(?<user>[^:\s]{1,64}):(?!\k<user>$)(?<secret>\S{6,128})$/,
    secretGroup: 'secret',
    keywords: [':5432:', ':5433:', ':6432:', ':*:'],
    confidence: 'medium',
    generic: true,
    passwordContext: true,
    description: 'A .pgpass line signs in to the database as that user.',
  },
  {
    // YAML block scalars: `api_token: |` or `>-` with the value alone on the next, indented line.
    // A block that goes on for more lines (a certificate, a script) is not one value, unless every
    // line is base64 (`munge_key: |` over a key wrapped at 76 columns): its first line stands for it.
    id: 'generic-secret-yaml-block',
    title: 'Hardcoded secret in a YAML block scalar',
    provider: 'Generic',
    regex: /^[ \t]*(?:-[ \t]+)?["']?(?<name>[A-Za-z_][\w.$-]{0,80})["']?[ \t]{0,4}: [|>][-+]?\d?[ \t]*\r?\n(?<indent>[ \t]{1,40})(?:(?<secret>[^\s#"'][^\s]{5,1000})[ \t]*(?=\r?\n(?!\k<indent>)|$(?![\s\S]))|(?<wrapped>[A-Za-z0-9+/]{40,200})(?=(?:\r?\n\k<indent>[A-Za-z0-9+/]{4,200}={0,2}){1,38}[ \t]*(?:\r?\n(?!\k<indent>)|$(?![\s\S]))))/m,
    secretGroup: ['secret', 'wrapped'],
    keywords: [': |', ': >'],
    windowLines: 40,
    windowWhen: /: [|>][-+]?\d?[ \t]*\r?$/,
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration entry whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // `<property name="hibernate.connection.password">…</property>`, `<entry key="apiToken">…</entry>`,
    // PowerShell's Export-Clixml `<S N="Password">…</S>`: the name in an attribute, the value as the element's text.
    id: 'generic-secret-xml-named-element',
    title: 'Hardcoded secret in a named XML element',
    provider: 'Generic',
    regex: new RegExp(String.raw`<(?<tag>[A-Za-z_][\w.:-]{0,80})[ \t][^<>]{0,200}?\b(?:name|key|(?<=<S[ \t]{1,4})N)[ \t]{0,4}=[ \t]{0,4}["'](?<name>[\w.:-]{1,80})["'][^<>]{0,200}>[ \t]{0,40}(?:(?<secret>${XML_TEXT}{6,300})|${CDATA})[ \t]{0,40}<\/\k<tag>>`),
    secretGroup: ['secret', 'cdata'],
    keywords: ['name=', 'key=', 'name =', 'key =', '<s n='],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration element whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // `<password value="…"/>`: the element's own name says what its value attribute holds.
    id: 'generic-secret-xml-value-attribute',
    title: 'Hardcoded secret in an XML value attribute',
    provider: 'Generic',
    regex: /<(?<name>[A-Za-z_][\w.:-]{0,80})[ \t](?:[^<>"']|"[^"<>]{0,200}"|'[^'<>]{0,200}'){0,200}?\bvalue[ \t]{0,4}=[ \t]{0,4}(?<q>["'])(?<secret>[^"'\s<>]{6,1000})\k<q>/,
    secretGroup: 'secret',
    keywords: ['value=', 'value ='],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration element whose name says it is a secret holds a literal value in a committed file.',
  },
  {
    // The key/value XML element with the value first: `<add value="…" key="SmtpPassword" />`.
    id: 'generic-secret-xml-attribute-reversed',
    title: 'Hardcoded secret in a key/value XML element',
    provider: 'Generic',
    regex: /<[A-Za-z_][\w.:-]{0,80}[ \t](?:[^<>"']|"[^"<>]{0,200}"|'[^'<>]{0,200}'){0,200}?\bvalue[ \t]{0,4}=[ \t]{0,4}(?<q>["'])(?<secret>[^"'\s<>]{6,1000})\k<q>[ \t]{1,40}(?:key|name)[ \t]{0,4}=[ \t]{0,4}["'](?<name>[\w.:-]{1,80})["']/,
    secretGroup: 'secret',
    keywords: ['value=', 'value ='],
    confidence: 'medium',
    generic: true,
    requireSecretName: true,
    description: 'A configuration entry whose key says it is a secret holds a literal value in a committed file.',
  },
  {
    // `Authorization: Token …`, `Authorization: Api-Token …`, Splunk HEC's `Authorization: Splunk <uuid>`,
    // Tastypie's (Archivematica's) `Authorization: ApiKey <user>:<key>`, a vendor's own capitalised scheme
    // (Open Dental's `ODFHIR <developer key>/<customer key>`), or a raw token as the whole header value
    // (curl -H, HTTP files, header maps). Basic and Bearer have their own rules. (ACME's "key
    // authorization: <token>.<thumbprint>" in certbot's log is no header.)
    id: 'generic-authorization-header',
    title: 'Hardcoded Authorization header',
    provider: 'Generic',
    // In a JSON list of headers (Postman, Insomnia, HAR): `"name": "Authorization",` then `"value": "…"`.
    // Signed schemes (AWS4, Tencent's TC3, Alibaba's ACS3, Huawei's SDK-HMAC, Baidu's bce-auth-v1) carry a
    // signature and the key's id, not the key.
    regex: /(?<!\bkey[ \t])\b(?:[Aa]uthorization|AUTHORIZATION)["'\x60]?\]?(?:[ \t]{0,4},\s{0,40}"value"[ \t]{0,4}:|[ \t]{0,4}(?:=>|[:=,])|[ \t])[ \t]{0,4}["'\x60]?(?![Bb]asic[ \t]|[Bb]earer[ \t]|BEARER[ \t]|(?:AWS4-HMAC-SHA256|(?:TC3|ACS3|SDK|OSS4|GOOG4)-HMAC-SHA256|Digest|OAuth|Negotiate|NTLM|SharedKey(?:Lite)?|Signature|HOBA|Mutual|Kerberos)\b|bce-auth-v1\/)(?:(?:[Tt]oken|TOKEN|[Aa]pi-?[Tt]oken|[Aa]pi-?[Kk]ey|[Kk]ey|SSWS|GenieKey|Splunk|SocureApiKey|(?!AWS[ \t]|HMAC|MAC[ \t])[A-Z][A-Z0-9]{2,11}(?=[ \t]{1,4}\S{16}))[ \t]{1,4}|ApiKey[ \t]{1,4}[\w.@-]{1,64}:)?(?<secret>[A-Za-z0-9_~@.+/=-]{16,500})(?![A-Za-z0-9_~@.+/=-])(?![ \t]{1,4}[\w-]{1,40}=)(?!:[A-Za-z0-9])/,
    secretGroup: 'secret',
    keywords: ['authorization'],
    windowLines: 1,
    windowWhen: /uthorization"[ \t]*,[ \t]*\r?$/i,
    confidence: 'medium',
    generic: true,
    description: 'An Authorization header value written into the code: it grants whatever the credential grants.',
  },
  {
    id: 'generic-bearer-token',
    title: 'Hardcoded bearer token',
    provider: 'Generic',
    regex: /\bbearer[ \t]+(?<secret>[A-Za-z0-9\-._~+/]{20,500}=*)(?![A-Za-z0-9\-._~+/=])/i,
    secretGroup: 'secret',
    keywords: ['bearer'],
    confidence: 'medium',
    generic: true,
    description: 'An Authorization header value written into the code: it grants whatever the token grants.',
  },
];
