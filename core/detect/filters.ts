/**
 * False-positive filters. A scanner that cries wolf gets switched off, so every candidate passes
 * through these before it becomes a finding. Specific rules (a provider prefix, a checksum) get the
 * light set; generic rules (a secret-looking name assigned a literal) get all of them.
 */
import { shannonEntropy } from './entropy.ts';
import { fingerprint } from './fingerprint.ts';

/**
 * Documented example credentials from vendor docs, SDK tests and tutorials (AWS's
 * AKIAIOSFODNN7EXAMPLE pair, Stripe's documentation test keys, …), held as sha256 so that
 * Keyward's own bundle contains no token-shaped strings for other scanners to trip on.
 */
const KNOWN_EXAMPLES = new Set([
  // BigBlueButton's public test server's shared secret (test-install.blindsidenetworks.com), in its docs and API mate.
  '10fda988dbe282908c5778414b50eb1cdda9a575ab11c6123346e14e66a68149',
  '1a5d44a2dca19669d72edf4c4f1c27c4c1ca4b4408fbb17f6ce4ad452d78ddb3',
  '78314b11be2e581549ac1c4f616563fad3fdf0c3b71678f6e2299182080e0598',
  'c6ea27c534f993d31f0aef882e3d200e7b87470c379ae79c8f9b19d3bd363dc9',
  'e21b597ba6b9cafa59d9ebc4d65c0385f5eb3fa56abab2607fa76589ad849a33',
  '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326',
  'b1471f544ceeea31333bde7e1ecbaad6eac0d4a749412ad29bd66ef895b81c6b',
  'f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397',
  '0e3fd41c01a697720785471d7455850841950378123a3448f925c8687a8a4fa1',
  '6c9317953c00999d7469e88d993aacc805a9482c62b836b61cc742de15ff4431',
  // iRODS' documented setup defaults (server_config.json's negotiation, control plane and zone keys).
  'f4b9917395378ca58e211b28e7178183baad6477494a648963d3ad773fba7d37',
  '37bf0bcd099a015695545e4b08d2244b8978550e49f69c15176183e7705d1178',
  'ff4047a2c2478c32e4261b4e0e1be6153a81f91531af998676de7a93484a5da8',
  // Akamai's documented .edgerc (EdgeGrid's docs and SDK READMEs).
  'e1393800129bebd6b56411867e8154fce98bb21216b0c6b70073dfb0bac8c801',
  '4853d32c893d0f9385bff304b8c89a2197c33e58474c24b5ce4c7ae3e031826d',
  '056635e0033b6e0167120bcc69ec6761e969e80d25dc858158a5da1501f10560',
  // MinIO's public playground (play.min.io), in its docs and every mc config.json.
  'df452eef23e8cf2c74af54c0c7419c05a5ec70ef4d5c2eb04082b02af8c55598',
  '1bbb9293c38acc5e510d904495845d532df64a9e5996b2ec7c86cc2e2ac33b5a',
  // UniFi's default inform key (`mgmt.authkey` before adoption); Cisco's documented type 7 example
  // (`password 7 0822455D0A16` is `cisco`).
  '3dffdc3a53c3d8017c11366a82461ec0f9b9c13ec818e972bc65a8871fa0c1a8',
  '5aafb023eefa8b81f0611f7c9c558af7ff9910c2ce1749c3b5105a0fc50e4b92',
  // The TOTP secret in the Key URI format's documentation (otpauth://totp/Example:alice@google.com?secret=…).
  '8be5d113c0871ce1a122d68a7dff940ab7b09ad8dfcfd9a85aa5c1acc026279e',
  // Ganache's and Truffle's development mnemonics ("myth like bonus …", "candy maple cake …").
  '9c5d0a6656e5d3f36601d0bf98762be09bad5d7b164382c1d6c826324d6d599a',
  'b83e96417f61cb148d0dc8a89b839ee4956ad45b5e4b6a2a6cae048e48782157',
  // Open Dental's published developer/customer key pair for its public test database (API documentation).
  'a7d286b6b152ec9c9ec6c6c5d71aade7ce07f138bf0bb87db0df4530ce417810',
  // Tyk's shipped gateway secret (`secret` in tyk.conf, TYK_GW_SECRET in the quick-start compose files).
  '45c3523c41d3a5471cae7db003c5da9197dc354e0fbb608dbdd3e7d664fca62e',
  // BART's public API key, published for everyone to use (api.bart.gov/docs/overview).
  '7d5e2fe38243ebb342e7f5447fe288cf37e68e9d8057d9baa9ae9b34f2180989',
  // BIP-32's test vector 1 master key (seed 000102…0f) and BIP-39's (Trezor's) "legal winner thank …
  // yellow" vector: in the specifications, and in every wallet library's tests.
  '2243ae4c730144699810edff877f309b57c9f62289420157926505582ea6d1f9',
  'ecb0e7ba498c5920991f0b3483e91f7abafa9ecc6bd82a9a51494589592b1a8f',
  // Wazuh's single-node quick start (API_PASSWORD) and BloodHound CE's compose default Neo4j password.
  '97907c553edfc244ba2695b8b8a0ceea8eb9eee585192ab23a2e0b721e300cc1',
  '821edb5a4306730e0c92eac032de16b0076f129131752cc906a027e83864837d',
  // Apache APISIX's default admin and viewer keys (conf/config.yaml), in its docs and every quick start.
  '477a2767fa27931db11a3581100a4124b5720f6b6468ddd64062170cec157185',
  '228ab1b6080ec4178302ba76f9fa4af4f2dc14fc105a364b324bdb9045af03a1',
  // Flask's tutorial SECRET_KEY, b'_5#y2L"F4Q8z\n\xec]/'.
  'ca32f86ce10b8435c108ffd1ae1acd9823f729f51946b3aad3277ac94dead529',
  // The Azure Storage emulator's (Azurite's) published account key for devstoreaccount1.
  '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059',
  // Widevine's public test provider (`--signer widevine_test`): the AES signing key and IV in
  // Shaka Packager's tutorials and every DRM quick start.
  '4ca3cb9a6e32c50aae33af133fd47b269a6bda87d52bef3c90dc710f13e02ecd',
  'b630862e93adaa914e05e80843e51d916703330a7b2b1872cacc1810d9d72a21',
  // Checkmarx CxSAST's fixed resource-owner client secret, published in its REST API documentation.
  'ecf5c380a3af0e717e60b504a59d366ebb200007deca577a9f60ffa9de14ba73',
  // FastAPI's OAuth2 with JWT tutorial's SECRET_KEY, copied into many a starter project.
  '570dad43de1af4c925f92c16a68a50936da42b7dd6fdeb24850507a1199aac89',
  // OpenSSL's FIPS_KEY_STRING: the module's integrity-check key, published in every build.
  'd0720d84879472284611dc023d47fc39cf655d377117a9fb879c7da7ec807e6b',
  // RFC 6749's example access and refresh tokens and client credentials (s6BhdRkqt3:gX1fBat3bV).
  '6c96130f130ab0d6d158397e24d2bcc1c9a5e73ae081f6e983f1c7b545d24a4c',
  '00cf4c781dc37003f7c7dd7d4c9a6ef1e0f4c62d9a291aa8bc398774e3fefd32',
  'ca7459e2b26776de081b9a07e40227fd6cff232a1e3233ff6b6aa6d036ca9981',
  // RFC 5849's (OAuth 1.0) example consumer key and token.
  '8d567eb88afff34f31ab97fbb2731e582703bdeaf3c92b989cf568e0b23cef31',
  '9d03b692e941d5ace207a9f8048834439f6de98e5c6c1590c22c4f4577c88a42',
  // PyJWT's README token ({"some": "payload"} signed with "secret").
  'bf145d9380bbe05bdc1a72525796b224f8a8c93ae0e9e102eafbc255ac1af9e8',
  // FIPS-197 and SP 800-38A's AES-128 example key (2b7e1516…).
  '2ef2503d964e9668092e6878d3c390ca7909bbbffabd781857115e3be4bb3e5a',
  // The Kubernetes documentation's example Secret password, base64 and decoded (1f2d1e2e67df).
  'a7b580d711ef2807c7f11d881a1e7ff8a68c7e7d4e7c14e217bc9c522e3678ba',
  '13fe7a38a57c46053ee3a4716358619ff37ebc5674976f1a09fc189be5a3e5dd',
  // Google's reCAPTCHA v2 test site and secret keys: they always pass, and show a warning banner.
  '03b970ed8171d73b58bbc9a5c72e3e4eec28503b56b3bb400a0801857dd45614',
  'f5e95c9954635b65acab57e6d5ea663eb900f06dc8794a90358f5abb1c77d4e0',
  // Anvil's and Hardhat's pre-funded default accounts #0 to #2, with and without `0x`: every local
  // Ethereum devnet starts with them, and the Foundry and Hardhat docs print them.
  // Grafana's shipped default secret_key (conf/defaults.ini).
  'f3c3964ca854e172366f81d8bdb327da487c2f8a15f954b116e28961dd6585c0',
  'bc1a50966c9e6486bc4ebf880b51611a2a97fcb8e7a6976e9b81a9e3e8ca0e3c',
  '60a09e4357868c1e9b801052726d061c370429f723db84523ed58ac354f6eb8a',
  '8335c55334821eefd4334369ff9c04a8594f161013cf9d87f58802d87297837e',
  '095101cf732c298a0ce0320b9de704209cdd8640b70d8fdf4e5be51aa2eb272e',
  'b26ab6529d20ebebb4192256f202984754f785481c64b1a1aed58cac93b3617e',
  'bb4978fbe7638de8e6ee13d9a59a5fb047beb0f0ee059fe166541b1f96b6af63',
  // The Azure Cosmos DB emulator's published account key.
  'aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615',
  // Roundcube's shipped des_key (config/defaults.inc.php), which its installer tells you to change.
  'f7096f4025da84b00822ee694dea4a6a9e6030f37488b6518216649bfab473cc',
  // PayPal's SDK sample API credentials (sdk-three_api1.sdk.com): password and signature.
  '4398e3c4364f655888d9ac9ebd4647b1badf6c0202601e283c2a8589d48dc9cf',
  'dd66da24ea1aa2e1e1d7a6eeb532eb8288fcae4811b900fad02a1959a9f2e4c6',
  // The API token in PagerDuty's API reference (`Authorization: Token token=y_Nb…`).
  '5d712ba728d81c07c91203d38482134aa2171ac4ca5e83be81a7d0cff79d014e',
  // The API token in cPanel's and WHM's documentation (`Authorization: cpanel username:U7HM…`).
  'd553818ba5dc8e375be84241bb15f90ac98863a28a5bc02660c4978f8e4b0dbd',
  // The API key and secret key in Binance's Spot API "SIGNED endpoint examples" (`vmPUZE6m…`, `NhqPtmdS…`).
  '5ba1ed8425baaa72d558afddb8aaacdfe29ad0dc1a44dae76640127e83626d29',
  '23e9efa3ced6e70c7f2dbe0d08295f18f94b0cbd5c6026677e3bc51897ee31f2',
]);

/** Words that only placeholders contain. Checked case-insensitively as substrings of the secret. */
const PLACEHOLDER_WORDS = [
  'example', 'xxxx', 'your_', 'your-', 'yourapi', 'yourkey', 'yoursecret', 'yourtoken', 'placeholder',
  'changeme', 'change_me', 'change-me', 'redacted', 'dummy', 'sample', 'insert', 'replace',
  'secret_here', 'key_here', 'token_here', 'here_', '_here', '-here', 'todo', 'fixme', 'notreal', 'not_real', 'not-a-real',
  'pa$$w', 'passw0rd', 'p@ssw', 'p4ssw', 'p@$$w', 'fake', '****', '••••', '…', '...', 'abcdefgh', '12345678', 'dead_beef', 'data*deleted', 'anonymous',
  // … in other languages: `sua_senha_aqui`, `ihr_passwort_hier`, `votre_cle_api`, `tu_clave`.
  // With their separators: four letters alone turn up in random tokens.
  '_aqui', 'aqui_', '_hier', 'hier_', '_ici', 'votre_', 'votre-', 'sua_', 'seu_', 'ihr_', 'tu_clave', 'tu_contrase', 'vostra_', 'twoje_',
];

/**
 * Words that make a name benign wherever they stand: the value is public (a publishable or site
 * key), derived from a secret (a hash, a fingerprint), an identifier, or a stand-in. Anti-forgery
 * tokens (Rails' `authenticity_token`, Django's `csrfmiddlewaretoken`, ASP.NET's
 * `__RequestVerificationToken`) are minted per session for a form, and AWS's `ClientToken` is an
 * idempotency key: none of them signs anyone in. A Shopify app's "API key" is its client id; its
 * secret is the "API secret key". Flyway's `flyway.placeholders.*` are substitutions, not stand-ins.
 */
// SIP digest's stored HA1 (`md5secret`, `md5_cred`, `ha1`): md5(user:realm:password), a hash. It
// answers digest challenges for its realm, but a scanner reads it as the stored hash it is.
// FreeRADIUS's SSHA2-512-Password, Crypt-Password, NT-Password … hold the password's hash.
// PagerDuty's incident_key and dedup_key group alerts: ids, not credentials. Hubot's AUTH_ADMIN lists user ids.
// Google Play's purchaseToken identifies a purchase, checked with the server's own credentials.
// GitLab's CI_RUNNER_SHORT_TOKEN is the first eight characters of the runner's token: its name.
// Vault's token and secret-id accessors look tokens up and revoke them; they authenticate nothing.
// `password_authentication: scram-sha-256` names a method.
// A name that says its value is encrypted (`encryptedKey`, `encrypted_password`, GCDS's
// `authCredentialsEncrypted`) or wrapped (envelope encryption's `wrapped_data_encryption_key`, under
// KMS) holds ciphertext, as does an HSM key stored under another (`bdkUnderLmk`)
// and NAV's `ProtectedDatabasePassword` (DPAPI).
// An SDP's `a=ice-pwd:` and `a=ice-ufrag:` authenticate one peer connection's checks, then expire.
// A Segment or RudderStack write key only sends events, and browsers get it by design: a front-end
// build's `GATSBY_`, `REACT_APP_`, `VUE_APP_` or `VITE_` name ships it (as `PUBLIC_` does). On a server it
// is a credential like any other (engine.ts knows the browser SDKs that take it).
// ONVIF names its objects by token (`DoorToken`, `AccessPointToken`, `ProfileToken`), and Alloy its
// entities, evaluations and journeys (`entity_token: "P-…"`): references, not credentials. X's
// webhook CRC check sends a random `crc_token` to be signed; Strava's `embed_token` embeds a public activity. A value stored as ciphertext says so at the end of its name (`sk-cipher`).
// Salesforce's named and external credentials are names of records that hold the secret (`callout:Ironclad_API`).
const BENIGN_ANYWHERE = /(?:^|[_.])(?:encrypted|wrapped)(?:_|$)|[_.]cipher(?:_?text)?$|(?:^|_)(?:door|access_?point|schedule|area|profile|video_?source|preset|ptz)_?token$|(?:^|_)(?:entity|evaluation|journey(?:_?application)?)_?token$|(?:^|_)crc_?token$|(?:^|_)embed_?token$|(?:^|[_=])ice_(?:pwd|ufrag)$|invalidated|[_.]authentication$|accessor|private_?key_?id(?:_|$)|(?:^|_)protected_|(?:^|_)short_?token$|under_?(?:lmk|zmk|kek)|[_.]lmk$|[_.-](?:alias|label)$|(?:^|_)(?:incident|dedup)_?key$|(?:^|_)purchase_?token$|(?:^|_)auth_(?:admins?|users?|roles?|groups?)$|^(?:s?sha[12]?(?:[-_]\d{3})?|s?md5|crypt|nt|lm|pbkdf2|chap)[-_]password$|(?:^|[_.])md5_?(?:secret|cred|pass(?:word)?)$|(?:^|_)pass(?:word)?_(?:md5|sha\d{0,3})$|(?:^|[_.])ha1b?$|a1_?hash|shopify_(?:api_)?key$|(^|_)next(_|$)|continuation|resumption_?token|pagination|cursor|marker|(?<!pro|re)public(?!a)|publishable|pub_?key|_pub\b|site[_.-]?key|hash|(^|_)sha(\d+|_|$)|sha-?\d{3}|digest|checksum|integrity|fingerprint|thumbprint|sec[_-]?web[_-]?socket[_-]|uuid|guid|nonce|salt|etag|commit(?!tee)|placeholder(?!s?\.)|example|sample|mock|fake|dummy|test_?case|i18n|translation|locale|(^|_)lang(_|$)|csrf|xsrf|authenticity|request_?verification|anti_?forgery|idempotency|client_?token|(^|_)(?:cart|checkout)_?token$|(^|_)order_?(?:key|token)$|vapid(?!_?priv)|page_?token|^_token$|(^|\.)signingkey$|auth_?tag|mac_?tag|search_?only|(^|_)search_?(?:api_?)?key$|(^|_)(?:gatsby|react_app|vue_app|vite|expo)_(?:\w+_)?write_?key$|pusher_?(?:app_?)?key$|(^|[_-])(?:mux[_-]?)?env[_-]?key$|appsecret_?proof|echo_?token|(^|[_.-])host[_-]?key$|(^|_)auth_sock$|(^|_)stored_?key$|(^|_)kid$|(^|_)(?<!vendor_)auth_?code$|(^|_)enc$|(^|_)(?:oauth_?)?consumer_?key$|[_.-]ref(?:erence)?$|(?:^|_)(?:named|external)_?credentials?$/i;
/**
 * Words that describe a secret rather than hold it (passwordLength, token_type, SECRET_NAME,
 * secretsManager). They count only after the secret word: `storePassword`, `keystore_password`,
 * `managerPassword` and `storage_connection_string` name secrets.
 */
const BENIGN_QUALIFIER = /verifier|identifier|last_?used|created|updated|date|time$|change|rotat|last_?set|within|protected$|result|source$|_?id$|_?ids$|version|length|_?len$|count|size|type|kind|format|prefix|suffix|pattern|regex|url$|uri$|endpoint|path|file|dir|name$|label|hint|expir|ttl|timeout|param|target$|(?:^|_)fp$|signature|(?:^|[_-])client(?:_?id)?$|alg|algorithm|keygen|field|column|policy|scope|store|storage|manager|factory|handler|validator|generator|encoder|decoder|parser|getter|setter|input|form|button|icon|image|color|colour|style|class|css|text|message|msg|description|title|error|exception|enabled|disabled|required|visible|hidden|mode|method|status|state|event|callback|listener|header|_at$|mgr|_dn$|pbkdf2?|bcrypt|argon2?|scrypt|complexity|strength|(?:^|_)(?:min|max)(?:_|$)|rules?$/i;
/** The secret words, on a normalised name: what comes after the last one qualifies it. */
const SECRET_WORD = /passw(?:or)?d|passwd|passphrase|pass|pwd|(?<![a-z])pw(?![a-z])|psk|secret|token|key|auth|credential|creds?|conn(?:ection)?_?str(?:ing)?/g;

/**
 * A message id, not a variable: a sentence joined by separators
 * (`The_parser_expected_to_find_a_1_to_match_the_0_token_here_1007`, `errors.token_is_invalid_for_this_user`).
 */
function isSentenceKey(normalized: string): boolean {
  const words = normalized.split(/[_.\-\s]+/);
  return words.length >= 4 && words.filter((w) => /^(?:the|a|an|to|of|is|are|was|in|for|with|that|this|be|not|your|you|has|have|no|could|cannot|must)$/.test(w)).length >= 2;
}

/** `RabbitmqDefaultPass` → `rabbitmq_default_pass`, `APIKey` → `api_key`, `db.password` unchanged. */
export function normalizeName(name: string): string {
  // Words apart are words joined: a table's `API Key` column, a comment's `master key`.
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').replace(/[ \t]+/g, '_').toLowerCase();
}

export function isKnownExample(secret: string): boolean {
  // AKIAIOSFODNN7… is AWS's documentation key id; docs and tests vary its last characters.
  // A shell default read from inside `${VAR:-…}` keeps its `-`.
  return /EXAMPLE(KEY)?$/.test(secret) || /^AKIAIOSFODNN7/.test(secret) || KNOWN_EXAMPLES.has(fingerprint(secret)) || (secret.startsWith('-') && KNOWN_EXAMPLES.has(fingerprint(secret.slice(1))));
}

/**
 * Whether some occurrence of a four-letter placeholder word is written as a word would be: in one
 * case or capitalised (`xxxx`, `XXXX`, `Todo`, `FAKE`). Random base64 holds them in mixed case by
 * chance (`NxXxXb` in one of every few hundred RSA keys); a longer word counts in any case
 * (`YourKeyHere`).
 */
function writtenAsWord(secret: string, lower: string, word: string): boolean {
  if (word.length > 4 || !/^[a-z]+$/.test(word)) return true;
  for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
    const w = secret.slice(i, i + word.length);
    if (w === word || w === word.toUpperCase() || w === word[0].toUpperCase() + word.slice(1)) return true;
  }
  return false;
}

export function hasPlaceholderWord(secret: string): boolean {
  const s = secret.toLowerCase();
  for (const w of PLACEHOLDER_WORDS) if (s.includes(w) && writtenAsWord(secret, s, w)) return true;
  // "password" in leetspeak, the stand-in of shipped sample configs (Terraria's `#password=p@55w0rd`).
  // (The word alone: `Pa55word75#` is a password someone chose.)
  if (s !== 'password' && s.replace(/[@4]/g, 'a').replace(/[5$]/g, 's').replace(/0/g, 'o') === 'password') return true;
  // `<your-token>`, HTML-escaped too (`&lt;db-password&gt;` in a Jira export), `[token]`, `(secret)`.
  if (/^<[^>]*>$|^&lt;.*&gt;$|^\[[^\]]*\]$|^\([^)]*\)$/.test(secret)) return true;
  // Template markers a build step replaces: `__TOKEN__`, `@@DB_PASSWORD@@`, `%%API_KEY%%`; and
  // redaction markers such as Metabase's `**MetabasePass**`.
  if (/^(?:__|@@|%%|\*\*)[A-Za-z][\w-]{0,60}(?:__|@@|%%|\*\*)$/.test(secret)) return true;
  // Autoconf's and CMake's configure_file substitutions: `@WIFI_PASSPHRASE@`, `@db_password@`.
  if (/^@(?:[A-Z][A-Z0-9_]{2,60}|[a-z][a-z0-9_]{2,60})@$/.test(secret)) return true;
  // A prefix before a `<placeholder>`: `github_pat_<gh-pat>`, `mlsn.<mailersend-api-key>`.
  if (/<[A-Za-z][\w .-]{1,40}>$/.test(secret)) return true;
  // Documentation's "make up your own": `yourStrong(!)Password` (SQL Server's quickstart), `YourSecretKey123`.
  if (/^(?:my|your)[A-Za-z]{0,12}[^A-Za-z0-9\s]{0,4}(?:password|passw0rd|passphrase|secret|key|token)\d{0,4}$/i.test(secret)) return true;
  // A value left to be set by hand (`value = "set-manually"` under an ignore_changes lifecycle).
  if (/^(?:set|change|replace|fill|update|override)[-_ ]?(?:me|manually|later|by[-_ ]hand|in[-_ ]console|after[-_ ]deploy|outside[-_ ]terraform)$/i.test(secret)) return true;
  // Or left to the pipeline: `set-by-ci`, `injected-by-vault`, `filled_by_external_secrets`.
  if (/^(?:set|injected|filled|provided|supplied|replaced|overwritten|managed)[-_ ](?:by|in|from)[-_ ][a-z][a-z-_]{1,30}$/i.test(secret)) return true;
  // Masked with a run of asterisks kept inside the value: `hf_***wyzO`, `8651438949:***`.
  if (/\*{3,}/.test(secret)) return true;
  return false;
}

/**
 * A JWT that is not a credential to hide: one whose claims are documentation data (an issuer or
 * subject at example.com, EXAMPLE ids, jwt.io's `"sub": "1234567890"`; signed tokens in docs and
 * SDK examples carry such claims, a token a service issued does not), or a public anon key
 * (`"role": "anon"`), or an unsigned one. Only the header and payload are read; the signature is
 * not checked.
 */
export function isExampleJwt(value: string): boolean {
  const m = /^(eyJ[A-Za-z0-9_-]{10,})\.(eyJ[A-Za-z0-9_-]{10,})\.([A-Za-z0-9_-]*)$/.exec(value);
  if (!m) return false;
  // An unsigned token (`"alg": "none"`, no signature) proves nothing: any server that accepts it is
  // the bug, and anyone can mint one.
  if (m[3] === '' && /"alg"\s*:\s*"none"/i.test(Buffer.from(m[1], 'base64url').toString('utf8'))) return true;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(m[2], 'base64url').toString('utf8'));
  } catch {
    return false;
  }
  // Supabase's anon key is a JWT meant for browsers (row-level security guards the data); its
  // service_role key is the secret one.
  if (claims && typeof claims === 'object' && (claims as Record<string, unknown>).role === 'anon') return true;
  // `supabase start` signs the same demo keys for every local stack: they unlock only localhost.
  if (claims && typeof claims === 'object' && (claims as Record<string, unknown>).iss === 'supabase-demo') return true;
  const strings: string[] = [];
  // (Scopes and roles name permissions, not people: `"scope": "samples:read"` is a LIMS's.)
  const walk = (v: unknown, depth: number) => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object' && depth < 4) {
      for (const [k, x] of Object.entries(v)) if (!/^(?:scope|scp|permissions|roles|groups|realm_access|resource_access|authorities)$/.test(k)) walk(x, depth + 1);
    }
  };
  walk(claims, 0);
  return strings.some((v) => hasPlaceholderWord(v) || /(^|[.@/])example\.(com|org|net)\b/i.test(v));
}

/**
 * Base64 of a placeholder: `ZHVtbXkgdGV4dA==` is "dummy text", `dXNlcjpwYXNzd29yZA==` is
 * "user:password". Kubernetes Secret data and Basic credentials are base64 of the real value, so
 * the decoded text gets the same placeholder and self-naming checks as a plain one. Values that
 * decode to bytes rather than text (random keys) are left alone.
 */
export function decodesToPlaceholder(value: string): boolean {
  if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  if (!/^[\x20-\x7e\t\r\n]+$/.test(decoded)) return false;
  // `user:pass`, `admin:admin`, `guest`: the password half (or the whole) is a stand-in. A real
  // password after `admin:` is not.
  const password = decoded.slice(decoded.indexOf(':') + 1);
  // So is a pair of field names written where the values go (`client_id:client_secret`).
  return hasPlaceholderWord(decoded) || namesItself(decoded) || /^(?:pass|passwd|user|admin|guest|root|secret|changeme|test)$/i.test(password) || isWellKnownPassword(password) ||
    /^(?:client|app|api|consumer)[_-]?(?:id|key):(?:client|app|api|consumer)[_-]?secret$/i.test(decoded);
}

/**
 * A regular expression, not a value: a character class with a range (`[A-Za-z0-9]`), a counted
 * quantifier (`{32,128}`), an escape class (`\\d`, `\\w`) or anchors around a group. Quoted
 * values may hold brackets, so `token: '[A-Za-z0-9]{40}'` in a scanner's or validator's code
 * would otherwise read as a secret.
 */
export function looksLikeRegex(value: string): boolean {
  // A generated salt (WordPress keys: 64 characters of letters, digits and punctuation) holds
  // `[a-b]` or `]{3}` by chance; a pattern written by hand repeats its classes and measures lower.
  if (value.length >= 32 && shannonEntropy(value) >= 5) return false;
  return /\(\?(?:[:=!]|<[=!])|\[\^/.test(value) || /\[\^?[^\]]{0,40}\w-\w[^\]]{0,40}\]/.test(value) || /[\]).+*?]\{\d{1,4}(,\d{0,4})?\}/.test(value) || /\\[dwsbDWSB]/.test(value) || /^\^.*\$$/.test(value);
}

/** A URL with a scheme (https://…, mongodb://…, ftp://…). */
/** A bare `host:port` (`localhost:6379`, `10.0.0.5:5432`, `db.internal:3306`): an address, no credential in it. */
export function isHostPort(value: string): boolean {
  // ASP.NET's state server is named `tcpip=host:port`. StackExchange.Redis appends its options
  // (`cache.redis.cache.windows.net:6380,ssl=True,abortConnect=False`); one that sets a password holds one.
  return /^(?:tcpip=)?(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+):\d{2,5}(?:,(?!password=)[A-Za-z]{2,40}=[^,=\s]{0,100}){0,20}$/i.test(value);
}

export function isSchemeUrl(value: string): boolean {
  // JDBC puts its own scheme first: `jdbc:postgresql://…`, `jdbc:oracle:thin:@host:1521:db`.
  return /^[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\//.test(value) || /^jdbc:[a-z][a-z0-9]{1,20}:/i.test(value);
}

/** `Key=value;Key=value…`: an ADO.NET, Azure or ODBC connection string, two pairs or more. */
export function isConnectionString(value: string): boolean {
  // One setting and its `;` is one too: an ODBC `DSN=GL_PROD;` that leaves the login to the DSN.
  return /^(?:[A-Za-z][\w ]{1,40}=[^;]*;){1,40}[A-Za-z][\w ]{1,40}=/.test(value) || /^(?:DSN|Driver|Data Source|Server|Provider)=[^;=\s]{1,100};$/i.test(value);
}

/**
 * Passwords everyone knows: the first ones people type. Under a password's name they are fixtures or
 * documentation; in a URL to a real host they are still someone's password.
 */
const WELL_KNOWN_PASSWORDS = new Set([
  'password', 'passw0rd', 'secret', 'admin', 'administrator', 'root', 'toor', 'guest', 'changeme', 'changeit',
  'letmein', 'welcome', 'default', 'qwerty', 'qwertyuiop', 'abc123', 'test', 'tester', 'testing', 'user', 'demo',
  'postgres', 'mysql', 'oracle', 'public', 'private', 'master', 'manager', 'openpgp', 'sesame', 'opensesame',
  'open sesame', 'open-sesame', 'open_sesame', 'iloveyou', 'monkey', 'dragon', 'football', 'baseball', 'superman',
  'trustno1', 'mypassword', 'yourpassword', 'newpassword', 'oldpassword', 'nopassword', 'none', 'null', 'empty',
  'required', 'optional', 'hidden', 'string', 'boolean', 'number', 'undefined', 'unknown', 'invalid', 'missing',
  'hunter2', 'password1', 'password12', 'password123', 'password1234', 'passw0rd1', 'admin123', 'admin1234', 'welcome1',
  'welcome123', 'letmein1', 'qwerty123', 'secret123', 'changeme1', 'changeme123', 'test123', 'test1234', 'p@ssword', 'p@ssw0rd',
]);

/** What products ship with and their documentation uses: a default, wherever it is written (a URL too). */
const SHIPPED_DEFAULT_PASSWORDS = new Set([
  // Documentation's own: Prisma's `johndoe:randompassword`. Vagrant boxes' documented login, vagrant/vagrant.
  'randompassword', 'vagrant',
  // Telephony stacks' shipped defaults: FreePBX's database (amp109), Kamailio's and OpenSIPS'
  // read-write database users, FreeSWITCH's event socket (ClueCon).
  'amp109', 'kamailiorw', 'opensipsrw', 'cluecon',
  // NZBGet's shipped control password. Mattermost's development database login (mmuser/mostest).
  // MinIO's shipped root login.
  'tegbzn6789', 'mostest', 'minioadmin',
  // Oracle E-Business Suite's shipped guest logins (GUEST_USER_PWD, APPLSYSPUB).
  'guest/oracle', 'applsyspub/pub',
  // Helm charts' shipped admin logins: Harbor's (Harbor12345), kube-prometheus-stack's Grafana (prom-operator).
  'harbor12345', 'prom-operator',
  // Cassandra's and ScyllaDB's shipped superuser (cassandra/cassandra).
  'cassandra',
  // The Hercules TK4- MVS 3.8j system's documented users (HERC01/CUL8TR, HERC03/PASS4U, IBMUSER/IBMPASS).
  'cul8tr', 'pass4u', 'ibmpass',
  // ArchivesSpace's config.rb example (`user=as&password=as123`).
  'as123',
  // Directus' quickstart admin password.
  'd1r3ctu5',
  // Icecast's shipped source, relay and admin password. AzuraCast's shipped database password (azuracast.sample.env).
  'hackme', 'azur4c457',
  // GeoServer's stock admin login (admin/geoserver); DHIS2's public demo login (admin/district).
  'geoserver', 'district',
  // Unleash's docker-compose database password and its first admin login (admin/unleash4all).
  'unleash', 'unleash4all',
]);

/** A password every installation of something ships with or every tutorial uses (`changeme`, `minioadmin`). */
export function isWellKnownPassword(value: string): boolean {
  return WELL_KNOWN_PASSWORDS.has(value.toLowerCase()) || SHIPPED_DEFAULT_PASSWORDS.has(value.toLowerCase());
}

/**
 * A product's shipped or documented default (`minioadmin`, `vagrant`, Unleash's `unleash`), not a weak
 * word a person typed: `https://user:secret123@api…` is still that user's password.
 */
export function isShippedDefaultPassword(value: string): boolean {
  return SHIPPED_DEFAULT_PASSWORDS.has(value.toLowerCase());
}

/** A date or a time stamp (`2024-01-25`, `2024-01-25T07:45:00Z`): a column's next value, not a password. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** YAML tags and aliases (`password: !vault |`, `!Ref`, `*default`); `&Trombone1540` with its digits is a password. */
const YAML_TAG_OR_ALIAS = /^[!&*][A-Za-z_]+$/;

/**
 * A password the context vouches for ("the password is '…'", a credential constructor's
 * password argument): six or more characters, no spaces, not a well-known default, not a
 * reference, path or URL. Unlike looksLikePassword a single word counts, because the context,
 * not the value, says it is a password.
 */
export function looksLikeChosenPassword(value: string): boolean {
  if (value.length > 128 || isRuledOutAsPassword(value)) return false;
  if (isDottedName(value) && !/\d/.test(value) && !isPassphrase(value)) return false; // a.b.c: an expression (maple.Copper12 is a password)
  return !/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value); // SOME_PASSWORD: a constant's name
}

/**
 * What no password looks like, whatever names it: shorter than six characters or holding a space,
 * a date, a YAML tag, a well-known default, a URL or a path, a PIN or a port, anonymous FTP's
 * e-mail address, or a long run of one character or of a sequence (`aaaaa`, `123456`).
 */
function isRuledOutAsPassword(value: string): boolean {
  if (value.length < 6 || /\s/.test(value)) return true;
  // A .reg file's binary and number data (`"DbPassword"=hex:9f,b2,…`, `dword:00000d04`): what a program
  // stored, most often encrypted, not what a person typed.
  if (/^(?:hex(?:\([0-9a-f]{1,2}\))?|dword|qword):[0-9a-f]{2}/i.test(value)) return true;
  if (ISO_DATE.test(value) || YAML_TAG_OR_ALIAS.test(value) || isWellKnownPassword(value)) return true;
  if (/^(https?|wss?|ftp):\/\//i.test(value)) return true;
  // A key in base64 may start with `/` (32 bytes are 43 characters and `=`); a path has no digits
  // and capitals all through forty characters.
  if (/^(?:\.{0,2}\/|~\/)/.test(value) && !(/^[A-Za-z0-9+/]{40,}={0,2}$/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value))) return true;
  // Digits alone are a PIN, a port or a timeout; twenty of them are a router's WPA key (FRITZ!Box).
  if (/^\d+$/.test(value) && (value.length < 16 || isPatterned(value))) return true;
  if (isAnonymousPassword(value)) return true;
  // A login whose password is its user name (`orthanc:orthanc`, `guest:guest`) is a shipped default.
  if (/^([^:\s]{2,40}):\1$/.test(value)) return true;
  // A run of 6 (abuser123456) is only a pattern when it is most of the value.
  const { repeated, sequential } = longestRuns(value);
  return repeated >= 5 || (sequential >= 6 && sequential * 2 > value.length);
}

// Words of code, not of a passphrase: `Properties.Settings.Default`, `Microsoft.Extensions.Configuration`.
const CODE_WORDS = /^(?:app|application|api|auth|azure|aws|client|config|configuration|connection|controller|data|database|default|env|environment|extensions|google|identity|key|keys|manager|microsoft|model|name|options|password|properties|provider|secret|secrets|security|server|service|services|settings|source|spring|string|system|token|user|value|values|vault|web)$/i;

/**
 * A passphrase of capitalised words joined by one separator (`Cinder-Sprocket-Obsidian`,
 * `Umber.Nutmeg.Canyon.Toucan`): three or more words, none of them a word of code. Lower-case
 * words joined (`db-credentials`, `mysql-root-password`) are the names of keys and secrets.
 */
export function isPassphrase(value: string): boolean {
  const m = /^\p{Lu}\p{Ll}{2,11}([-_.+])\p{Lu}\p{Ll}{2,11}(?:\1\p{Lu}\p{Ll}{2,11}){1,6}$/u.exec(value);
  return !!m && !value.split(m[1]).some((w) => CODE_WORDS.test(w));
}

/**
 * Lower-case words joined by dots and ending in a number (`mesa.glacier.51`, `harvest.combine.20`):
 * how people make a shared secret they must type into two devices. None of the words is a word of
 * code (`app.config.v2` names a setting).
 */
export function isDottedPassphrase(value: string): boolean {
  return /^[a-z]{3,12}(?:\.[a-z]{3,12}){1,3}\.\d{2,4}$/.test(value) && !value.split('.').some((w) => CODE_WORDS.test(w));
}

/** TypeScript declaration files: types and doc comments, no running code. */
export function isDeclarationFile(path: string | undefined): boolean {
  return !!path && /\.d\.[cm]?ts$/i.test(path);
}

/** A line inside a comment: `// …`, `/* …`, ` * …` (doc-comment continuation), `# …`. */
export function isCommentLine(line: string): boolean {
  return /^[ \t]*(?:\/\/|\/\*|\*|#)/.test(line);
}

/** References to a value held elsewhere: ${VAR}, {{ x }}, ${{ secrets.X }}, %VAR%, $VAR, env lookups. */
export function isTemplateOrReference(value: string): boolean {
  return (
    // ${VAR}, {{ x }}, {% x %}, <%= x %>, #{x}: an opener with its closer (random salts hold a
    // `}}` or `%>` by chance; a template holds both halves).
    /\$\{|\{\{[^{}]*\}\}|\{%[^%]*%\}|<%[^%]*%>|#\{[^{}]*\}/.test(value) ||
    // … or one cut short by a quote inside it: #{datastore['PASS']}, {{ lookup('x') }}
    /(?:\{\{|\{%|<%=?|#\{)[ \t]*[\w.@$]+[\w.@$\[(|-]*$/.test(value) ||
    /^%[A-Za-z_][\w]*%$/.test(value) ||
    // Zabbix's user macros: `{$SNMP_COMMUNITY}`, `{$PASSWORD:"context"}`.
    /^\{\$[A-Z0-9_.]{1,80}(?::[^{}\n]{0,80})?\}$/.test(value) ||
    // SQL*Plus substitution variables: `IDENTIFIED BY "&app_pwd"`, `&&1`.
    // (Lower case, as such names are written: `&Trombone1540` is a password.)
    /^&{1,2}(?:\d{1,2}|[a-z_][a-z0-9_]{0,40})\.?$/.test(value) ||
    // A path in a secret store (GitLab CI's `vault: qa/saucelabs/access_key@kv`, an Ansible hashi_vault lookup's `secret=kv/data/network/snmp:priv`).
    /^[a-z0-9_.-]{1,60}(?:\/[a-z0-9_.-]{1,60}){1,10}@[a-z0-9_-]{1,40}$/i.test(value) ||
    /^(?:kv|secret|secrets|database|pki|transit|cubbyhole)\/[\w.\/-]{1,200}(?::[\w-]{1,60})?$/.test(value) ||
    // (Escaped for an inner shell too: `password=\$sftpPass` inside a double-quoted command.)
    /^\\?\$[A-Za-z_]\w*(\/|$)/.test(value) ||
    // Make's escaped `$$DB_PASS`, which the recipe's shell expands.
    /^\$\$\{?[A-Za-z_]\w*\}?$/.test(value) ||
    /^\$\(/.test(value) ||
    // printf's conversions: `password %s\n`, `token=%(token)s`.
    /^%(?:\([\w.]{1,40}\))?[-+ #0-9.]{0,6}[sdvqr](?:\\[nrt])?$/.test(value) ||
    // `tag:yaml.org,2002:str`, `urn:ietf:params:…`: names, not values.
    /^(?:urn|tag):[\w.-]{1,80}[:,]/i.test(value) ||
    // A placeholder in angle brackets with something after it: VAN's `<guid>|1`, `<token>:x`.
    // (Words, not a generated salt's `<oH-->`.)
    /<[A-Za-z]{2,20}(?:[ _-][A-Za-z]{2,20}){0,3}>/.test(value) ||
    // A format field: Python's `{self.password}`, `{0}`, C#'s `{Password}`; Inno Setup's `{#SignPass}`.
    /^\{#?[\w.[\]'"]{1,80}\}$/.test(value) ||
    // An f-string made of fields alone: `{urllib.parse.quote_plus(uri)}\n{ttl}`.
    /^(?:\{[^{}\n]{1,120}\}|\\[nrt]|[:/.,;|&=_ -]){2,}$/.test(value) && /\}[^{}]{0,4}\{/.test(value) ||
    // A command-line flag read as a value (`"--passphrase", "--api-key"` in a set of flags to mask),
    // or one with its setting (`- --region=us-west-2` under `secret_backend_arguments:`).
    /^--[A-Za-z][\w-]{1,40}$/.test(value) || (/^--[A-Za-z][\w-]{1,40}=[\w.\/:-]{1,80}$/.test(value) && !/pass|secret|token|key|auth|cred/i.test(value.slice(0, value.indexOf('=')))) ||
    // `api_key=@new_key.txt`: vault, curl and httpie read the value from that file.
    /^@[a-z0-9_./-]{1,200}\.[a-z][a-z0-9]{0,4}$/.test(value) ||
    // Terraform's references: `var.tunnel1_psk`, `local.db_password`, `module.db.password`.
    /^(?:var|local|module|data|each)\.[A-Za-z_][\w-]{0,80}(?:\.[A-Za-z_][\w-]{0,80}){0,6}$/.test(value) ||
    // systemd's `LoadCredential=<name>:<path>`: where the credential is read from.
    /^[\w.-]{1,64}:\/(?!\/)[\w.\/-]{1,200}$/.test(value) ||
    // `--auth-key=file:/run/creds/ts-authkey` (systemd's `%d` is its credentials directory).
    /^file:(?:\/|%d\/|~\/|\.{1,2}\/)[\w.%\/-]{1,200}$/.test(value) ||
    /(process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|System\.getenv|ENV\[|Environment\.|env::var|env\(|config\(|secrets\.|vault:|keyward:\/\/|op:\/\/|arn:aws)/i.test(value)
  );
}

/**
 * Generic values only: function calls (getSecret("x")) and shell-style interpolation ($HOME/x,
 * pa$USER) where it would expand. Provider formats such as Django keys and Kerberos hashes may
 * contain `$` or `x(…)` as ordinary characters, so this is not applied to them.
 */
/** Generic values that name themselves (VERYLONGSECRET…, term-token-…, SomeKindOfPassword1): written by a person. */
export function namesItself(value: string): boolean {
  // Leetspeak (super$ecret) is left alone: people choose such passwords, and the placeholder
  // list already knows the common stand-ins (pa$$w, p@ssw, passw0rd).
  // Words around the word `key` and nothing else (`not-the-key`, `wrong_key`) name a key too.
  if (/^(?:[A-Za-z]{1,12}[-_.]){1,4}key$|^key(?:[-_.][A-Za-z]{1,12}){1,4}$|^(?:[A-Za-z]{1,12}[-_.]){1,4}key(?:[-_.][A-Za-z]{1,12}){1,4}$/i.test(value)) return true;
  if (!/passw|secret|token|api_?key|test/i.test(value)) return false;
  // A mode or kind word before a generated body (`test_8kq…`, `live_…`, `secret-3fK9…`) is a
  // provider's prefix, not a person naming the value: the body decides.
  return !(value.match(/[A-Za-z0-9]{20,}/g) ?? []).some((run) => !isWordy(run) && shannonEntropy(run) >= 3.5 && !/passw|secret|token|api_?key|test/i.test(run));
}

/** Text in a script written without spaces between words (Chinese, Japanese, Korean, Thai): a message. */
export function isUnspacedScript(value: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]{2}/u.test(value);
}

export function isExpression(value: string, quoted: boolean, path: string | undefined): boolean {
  // The whole value is a call (chain): getSecret("x"), Buffer.from(k).toString('hex'). A generated
  // secret may hold `x(…)` by chance (WordPress salts, Django keys), so a part is not enough.
  // (`@vault(gds/amadeus/ws)` too: a lookup a config loader resolves.)
  if (/^@?[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*\([^)]{0,200}\)(?:(?:\.|::|->)[A-Za-z_$][\w$]*(?:\([^)]{0,200}\))?)*[;,]?$/.test(value)) return true;
  // .NET for Android's signing properties read a password from `env:NAME` or `file:path`; Apache's
  // AuthLDAPBindPassword from a program's output with `exec:`; wpa_supplicant's `psk=ext:<name>`
  // from its external password store.
  if (/^(?:env|file|exec|ext):[A-Za-z_~.\/][\w.\/\\-]{0,200}$/.test(value)) return true;
  // `$name` interpolates where the value is unquoted or the language expands it inside quotes.
  // An escaped `\$` (PowerShell's `` `$ ``) is a dollar sign.
  if (INTERPOLATING_FILE.test(path ?? '')) return /(?<![\\`])\$[A-Za-z_]/.test(value);
  // MATLAB's cell index (`pw = answer{2};`) and the like: a variable's element.
  if (/^[A-Za-z_]\w{0,40}\{[\w'"]{1,20}\};?$/.test(value)) return true;
  if (quoted) return false;
  // A mainframe password is up to eight upper-case letters, digits and the national characters
  // `$ # @`: `VELV31$U` is one, not `VELV31` and a variable `U`.
  if (/^[A-Z0-9#@][A-Z0-9$#@]{3,7}$/.test(value) && /\d/.test(value) && /[A-Z]/.test(value)) return false;
  // Elsewhere (an INI file, a note) a reference starts a word (`$HOME/x`, `:$PORT`) or is a
  // constant's name (`db$SUFFIX`); a `$` inside a word before lower-case letters is a password's
  // (MDT's `UserPassword=sparrow$af=1i.`).
  return /(?<![\\`A-Za-z0-9])\$[A-Za-z_]|(?<![\\`])\$[A-Z_][A-Z0-9_]*(?![a-z0-9])/.test(value);
}

/** Files whose double-quoted strings (or every string) expand `$NAME`. */
const INTERPOLATING_FILE = /(\.(sh|bash|zsh|ksh|fish|php|pl|pm|ps1|psm1|mk|env)|(^|\/)(Makefile|Dockerfile|Containerfile|\.env(\.[\w-]+)?))$/i;

/**
 * Publishable halves, made to be shown to every user: Stripe `pk_live_`/`pk_test_`, Mapbox public
 * tokens (`pk.eyJ…`), PostHog project keys (`phc_`), Supabase publishable keys.
 */
export function isPublishable(value: string): boolean {
  // `pk_` is the publishable half of a key pair (Stripe, Clerk, Knock, Paystack). Courier names its
  // secret auth tokens `pk_prod_…` and ClickUp its personal tokens `pk_<user id>_…`: those are not.
  if (/^(?:pk_(?:live|test)_|pk_(?!prod_|\d+_)[A-Za-z0-9_-]{20,}$|pk\.eyJ|phc_|sb_publishable_)/.test(value) || isEcPublicPoint(value)) return true;
  // GitHub OAuth and GitHub App client ids (`Ov23li…`, `Iv23li…`, `Iv1.<16 hex>`) are public; their secrets are 40 hex.
  if (/^(?:Ov23li|Iv23li)[A-Za-z0-9]{14}$|^Iv1\.[0-9a-f]{16}$/.test(value)) return true;
  // A public key's DER in base64 without its PEM armour (a JWT authenticator's `signing_key: "MIIBIjAN…"`):
  // the SubjectPublicKeyInfo of RSA (`MII…ANBgkqhkiG9w0BAQEFAAOC`), EC P-256 or P-384, or Ed25519.
  if (/^MII[A-Za-z0-9+/]{3}ANBgkqhkiG9w0BAQEFAAOC|^MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE|^MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE|^MCowBQYDK2VwAyEA/.test(value)) return true;
  // A Brightcove Playback API policy key (`BCpk…`) sits in every player embed; it reads published videos only.
  if (/^BCpk[A-Za-z0-9_-]{60,}$/.test(value)) return true;
  // PubNub's publish and subscribe keys (`pub-c-<uuid>`, `sub-c-<uuid>`) ship in every client; its
  // secret key is `sec-c-…`.
  if (/^(?:pub|sub)-c-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)) return true;
  // Tailscale's node, disco and machine keys are public keys (`nodekey:<64 hex>`).
  if (/^(?:nodekey|discokey|mkey|nlpub):[0-9a-f]{64}$/.test(value)) return true;
  // An Ethereum address (`0x` and 40 hex digits) is public; a private key is 64.
  if (/^0x[0-9a-fA-F]{40}$/.test(value)) return true;
  // A NATS public nkey (user, account, operator, server, cluster): its seed starts with `S`.
  if (/^[UNAOCX][A-Z2-7]{55}$/.test(value)) return true;
  // Made for the browser: a Braintree tokenization key (`production_<merchant>_<id>`), an Adyen
  // client key (`live_`/`test_` + 32), a Stripe PaymentIntent or SetupIntent client secret, which
  // confirms that one payment only.
  if (/^(?:production|sandbox)_[a-z0-9]{6,12}_[a-z0-9]{12,20}$/.test(value) || /^(?:live|test)_[A-Z0-9]{32}$/.test(value) || /^(?:pi|seti)_[A-Za-z0-9]{14,30}_secret_[A-Za-z0-9]{16,40}$/.test(value)) return true;
  // Made for the app: RevenueCat's public SDK keys (`appl_`, `goog_`, `amzn_`; its secret keys are
  // `sk_`), a LaunchDarkly mobile key (`mob-` and a UUID; its server SDK keys are `sdk-`), a
  // Branch key (`key_live_`; its secret is `secret_live_`), a Worldpay client key (`L_C_`/`T_C_`;
  // its service keys are `_S_`), a Plaid Link token (it opens Link in the browser, for minutes), a
  // Statsig client SDK key (`client-`; its server secrets are `secret-`).
  if (/^client-[A-Za-z0-9]{43}$/.test(value)) return true;
  // Application Insights' connection string names the resource to send telemetry to; browsers carry it.
  if (/^InstrumentationKey=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:;|$)/i.test(value)) return true;
  if (/^[LT]_C_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value) || /^link-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)) return true;
  return /^(?:appl|goog|amzn)_[A-Za-z0-9]{20,40}$/.test(value) || /^mob-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value) || /^key_(?:live|test)_[A-Za-z0-9]{24,40}$/.test(value);
}

/**
 * Base64 of an uncompressed elliptic-curve point (65 bytes starting 0x04): a public key, such as
 * the Web Push VAPID key a browser app hands to `getToken({ vapidKey })`.
 */
function isEcPublicPoint(value: string): boolean {
  if (value.length < 86 || value.length > 90 || !/^B[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return false;
  const bytes = Buffer.from(value, /[-_]/.test(value) ? 'base64url' : 'base64');
  return bytes.length === 65 && bytes[0] === 0x04;
}

/** Tests, specs and fixtures: where `password: "test1234"` is test data. */
const TEST_PATH = /(^|\/)(tests?|spec|specs|__tests__|__mocks__|fixtures?|testdata|test-data|e2e|cypress|playwright)(\/|$)|(_test\.(go|py|rb|exs?)|(^|\/)test_[^/]*\.py|\.(test|spec)\.[cm]?[jt]sx?|(Test|Tests|Spec|IT)\.(java|kt|cs|scala|groovy|swift)|_spec\.rb)$/i;

export function isTestPath(path: string | undefined): boolean {
  return !!path && TEST_PATH.test(path.replace(/\\/g, '/'));
}

/**
 * A weak password of the kind tests type: a common base word with a few digits and at most a
 * symbol (`password123`, `hunter2`, `test1234`, `qwerty123`, `Welcome1!`). In a test file it is test
 * data, not a leak. Anything else there (a generated password, `Kestrel2291!`) is still reported.
 */
export function isWeakTestPassword(value: string): boolean {
  return /^(?:password|passwd|pass|pwd|test|testing|tester|secret|qwerty|asdf|letmein|hunter|welcome|admin|root|user|demo|abc|abcd|foo|bar|foobar|baz|changeme|dragon|monkey|iloveyou|sunshine|football|master|login|guest|wrong|bad|invalid|incorrect|correct|valid|good|new|old|my|some|example|sample|dummy|fake|mock)(?:[-_.]?(?:password|pass|pwd|secret|test|user))?[-_.]?\d{0,6}[!@#.?*]?$/i.test(value) ||
    // xkcd's example passphrase, the test suite's favourite.
    /^correct[-_ ]?horse(?:[-_ ]?battery(?:[-_ ]?staple)?)?\d{0,4}$/i.test(value);
}

/**
 * Ciphertext a tool decrypts at run time, safe to commit: Spring Cloud Config `{cipher}…`,
 * Jasypt `ENC(…)`, SOPS `ENC[AES256_GCM,…]`, Jenkins `{AQAAAB…}`, Ansible Vault.
 */
export function isEncryptedValue(value: string): boolean {
  // AWS KMS ciphertext blobs start with AQICAH (or AQIBAH, AQIDAH, AQECAH): only KMS can open them.
  // dotenvx writes `encrypted:…`; Maven's settings-security encrypts a password to `{base64}`;
  // Windows DPAPI blobs (NuGet.config's Password, ConvertFrom-SecureString) open only for their user.
  // (With its tool's tag too: `dpapi:AQAAANCM…`.)
  if (/^(?:dpapi:)?(?:AQAAANCMnd8BFdERjHoAwE\/Cl\+sB|01000000d08c9ddf0115d1118c7a00c04fc297eb)/i.test(value)) return true;
  // Cribl encrypts secrets in its configs as `#42:<base64>` under the instance's cribl.secret.
  if (/^#42:[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return true;
  // GeoServer's users.xml and data stores: `crypt1:`/`crypt2:` are encrypted under the keystore
  // (`digest1:` is a hash; see isPasswordHash).
  if (/^crypt[12]:[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return true;
  // Mule's secure properties `![…]`, SonarQube's `{aes-gcm}…` under its secret key file.
  if (/^!\[[A-Za-z0-9+/]{8,}={0,2}\]$|^\{aes(?:-gcm|-cbc)?\}[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return true;
  // Hummingbot keeps its connector keys as an Ethereum-style keystore in hex (`{"crypto": …` is `7b2263727970746f22…`).
  if (/^7b2263727970746f223a[0-9a-f]{100,}$/.test(value)) return true;
  // A DPAPI blob exported from the registry as `hex:01,00,00,00,d0,8c,9d,df,…`.
  if (/^hex(?:\(\d+\))?:01,00,00,00,d0,8c,9d,df,01,15,d1,11,8c,7a,00,c0,4f,c2,97,eb/i.test(value)) return true;
  // IBM Workload Scheduler's useropts after conman has encrypted the password: `ENCRYPT:…`.
  if (/^ENCRYPT:[A-Za-z0-9+/]{8,}={0,2}$/.test(value)) return true;
  // Cleo's `vlenc:` host passwords; a `{DPAPI}` blob names the Windows API that sealed it.
  if (/^(?:vlenc:|\{DPAPI\})[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return true;
  // JD Edwards' jdbj.ini and jas.ini keep passwords encrypted as `~` and base64. AWX and Tower
  // export their encrypted fields as `$encrypted$`. A Sealed Secrets ciphertext starts `Ag` and is
  // hundreds of characters long.
  if (/^~[A-Za-z0-9+/]{22,}={0,2}$/.test(value) || value === '$encrypted$' || /^Ag[A-Za-z0-9+/]{300,}={0,2}$/.test(value)) return true;
  // Bitwarden's cipher strings: `2.<iv>|<ciphertext>|<mac>` in an encrypted export.
  if (/^[0-9]\.[A-Za-z0-9+/]{22}==\|[A-Za-z0-9+/]{4,}={0,2}\|[A-Za-z0-9+/]{43}=$/.test(value)) return true;
  // An OpenPGP message in base64 without its armour (Renovate's `encrypted` host rules): the
  // first packet, a public-key encrypted session key, reads `wcBMA`/`wcFMA` (new format) or `hQEMA` (old).
  if (/^(?:wc[BFDE]MA|hQ[EIG]MA)[A-Za-z0-9+/]{60,}={0,2}$/.test(value)) return true;
  // A payment HSM's key under its LMK (Thales: `U`/`X` and 32 hex digits, `T`/`Y` and 48, `Z` and 16)
  // and a TR-31 key block (`B0112K0AE01S0000…`: version, length, usage, algorithm, mode, key version,
  // exportability, then the wrapped key): cryptograms only that HSM opens.
  if (/^(?:[UX][0-9A-F]{32}|[TY][0-9A-F]{48}|Z[0-9A-F]{16})$/.test(value) || /^[ABCD]\d{4}[A-Z0-9]{2}[A-Z][A-Z]\d{2}[ENS]\d{2}[0-9A-Z]{2}[0-9A-F]{16,}$/.test(value)) return true;
  // Cisco type 6 (AES under the device's master key: letters and `[\\]^_\`` ending `AAB`) and PAN-OS's
  // master-key ciphertext (`-AQ==…`).
  if (/^[A-Za-z[\\\]^_`]{16,200}AAB$/.test(value) || /^-AQ==[A-Za-z0-9+/=]{20,}$/.test(value)) return true;
  // Lucee writes a datasource password it encrypted as `encrypted:` and hex.
  // WebLogic and WildFly encrypt with their domain's key: `{AES256}…`, `{AES}…`, `{3DES}…`.
  // WebSphere writes `{aes}`, Talend `enc:routine.encryption.key.v1:…`, NiFi's flow `enc{<hex>}` and its
  // protected properties `<iv>||<ciphertext>`.
  if (/^(?:\{aes\}[A-Za-z0-9+/]{16}|enc\\?:[\w.]{1,60}\\?:|enc\{[0-9A-Fa-f]{32,}\}$)/.test(value) || /^[A-Za-z0-9+/]{16,24}={0,2}\|\|[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) return true;
  return /^(?:\{cipher\}|ENC\(|ENC\[|\{AQAAAB|\$ANSIBLE_VAULT;|encrypted:[A-Za-z0-9+/]{20}|\{(?:AES(?:128|192|256)?|3DES|DESede)\}[A-Za-z0-9+/]{16})/.test(value) || /^AQ[IE][BCD]AH[A-Za-z0-9+/]{60,}={0,2}$/.test(value) || /^\{[A-Za-z0-9+/]{16,}={0,2}\}$/.test(value);
}

/**
 * Whether a UUID under this name is a credential rather than an id. Heroku and HubSpot API keys,
 * Consul and Nomad ACL tokens, Codecov, Snyk and legacy npm tokens are UUIDs: under a secret,
 * password, API key or token name a UUID is the credential. Names that say what else it is
 * (request, correlation, sync, idempotency … ids) keep it an id.
 */
const RECORD_TOKEN = /(?:^|_)(?:card|card_?product|product|account|financial_?account|external_?account|bank_?account|funding_?source|source|program|business|merchant|cardholder|customer|payment_?instrument|instrument|wallet|digital_?wallet|deposit|transfer|payout|entity|person|parent|velocity_?control|auth_?control|kyc)_token$/;

/**
 * Whether a file names its records by `token`, so that a bare `token` is a record's id: a Shopify
 * REST resource (an order's JSON), or a card-issuing API's record that refers to others by
 * `<record>_token` and a UUID (Marqeta's card product, Lithic's webhook payloads).
 */
export function namesRecordsByToken(text: string): boolean {
  if (text.includes('"admin_graphql_api_id"')) return true;
  // Survey responses name each respondent by a token: LimeSurvey's response and participant exports
  // (`submitdate`, `startlanguage`; `emailstatus`, `usesleft`), Typeform's responses (`landing_id`).
  if ((/\bsubmitdate\b/.test(text) && /\bstartlanguage\b/.test(text)) || (/\bemailstatus\b/.test(text) && /\busesleft\b/.test(text))) return true;
  if (text.includes('"landing_id"') && text.includes('"response_id"')) return true;
  if (!/_token["']?[ \t]*[:=][ \t]*["']?[0-9a-f]{8}-/i.test(text) && !/-token:[ \t]*["']?[0-9a-f]{8}-/i.test(text)) return false;
  // Two kinds of record referred to that way, or one beside a record's own `"token": "<uuid>"`: one
  // `ACCOUNT_TOKEN = "<uuid>"` alone may be a vendor's credential.
  const kinds = new Set<string>();
  for (const m of text.matchAll(/([A-Za-z][\w-]{0,60}[_-]token)["']?[ \t]*[:=][ \t]*["']?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi)) {
    const name = normalizeName(m[1]).replace(/-/g, '_');
    if (RECORD_TOKEN.test(name)) kinds.add(name);
  }
  return kinds.size >= 2 || (kinds.size === 1 && /"token"[ \t]*:[ \t]*"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/i.test(text));
}

/** A card-issuing API's reference to a record: `card_product_token`, `funding_source_token`, `account_token`. */
export function isRecordTokenName(name: string): boolean {
  return RECORD_TOKEN.test(normalizeName(name).replace(/-/g, '_'));
}

export function uuidIsCredential(name: string): boolean {
  const n = normalizeName(name);
  // An AppRole secret id is a UUID, whatever the case of its name (Jenkins' `secretId: "…"`); AWS's
  // `SecretId` holds a secret's name, which is no UUID.
  if (/(?:^|_)secret_id$/.test(n)) return true;
  // (A page of results names the next or current page by a token: `"currentToken": "<uuid>"`.)
  // (Garmin's push notifications name the user by `userAccessToken`, the OAuth 1.0 token's public half.)
  if (isBenignName(name) || /(?:^|_)(?:current|next|prev|previous|continuation)_token$|(?:^|_)user_access_token$|request|correlation|trace|transaction|upload|sync|page|verification|confirm|invit|reset|device|push|notification|message|event(?!_?collector)|order/.test(n)) return false;
  // Bunny's and Heroku's API keys, Bunny's token authentication keys, Cin7 Core's application keys,
  // Applied Epic's SDK authentication keys and Harness' server SDK keys are UUIDs.
  if (/secret|server[_.-]?sdk[_.-]?key|api[_.-]?key|passw(?:or)?d|passwd|access[_.-]?key|auth[_.-]?key|private[_.-]?key|token|security[_.-]?key|stream[_.-]?key|application[_.-]?key|authentication[_.-]?key/.test(n)) return true;
  // A constant named for a service's key (`BUSTIME_KEY`, `API_511_KEY`): transit feeds, Darwin and
  // many small APIs issue UUIDs as keys. Keys that name a record or a public app are ids.
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){0,3}_KEY$/.test(name) && !/(?:^|_)(?:INSTRUMENTATION|INTEGRATION|PUBLIC|SITE|PROJECT|TENANT|ACCOUNT|CLIENT|APP|IDEMPOTENCY|PARTITION|CACHE|SORT|PRIMARY|FOREIGN|OBJECT|BUCKET|USER|DEVICE|SESSION|RECORD|ITEM|ENTITY|ROW|LOOKUP|IDENTITY|REF|MAP)_KEY$/.test(name);
}

/**
 * A cloud object's id, whatever the name beside it says: a Stripe object's (`price_…`, `cus_…`,
 * `acct_…`; `SEASON_PASS_PRICE = 'price_…'`), an Oracle Cloud OCID (`secret_id = "ocid1.vaultsecret…"`
 * names the secret). Stripe's keys (`sk_`, `rk_`, `pk_`, `whsec_`) and client secrets (`pi_…_secret_…`)
 * have shapes of their own.
 */
export function isCloudObjectId(value: string): boolean {
  return /^(?:price|prod|cus|sub|pi|pm|acct|evt|plan|txn|cs_live|cs_test)_[A-Za-z0-9]{14,40}$/.test(value) || OCID.test(value);
}

/** An Oracle Cloud resource id: `ocid1.<type>.<realm>.[region].<unique>` (a vault secret's too). */
const OCID = /^ocid1\.[a-z0-9]{2,40}\.oc\d{1,2}\.[a-z0-9-]{0,30}\.[a-z0-9]{20,100}$/;

/**
 * A file's digest keyed by the file's name (a Wallet pass's manifest, `"pass.json": "<sha1>"`; a
 * checksum list). Under a file's name anything else may be the file itself: a Secret's
 * `credentials.json: <base64>` is.
 */
export function isFileDigest(name: string, value: string): boolean {
  return /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/.test(value) && /^[\w-]+(?:@\dx)?\.(?:json|png|jpe?g|gif|svg|webp|txt|xml|ya?ml|html?|css|js|pdf|strings|plist)$/i.test(name);
}

export function isUuid(value: string): boolean {
  // .NET writes GUIDs in braces: {C9EC85D6-145C-4B11-896A-33CA57A67C2D}; URNs and ODK's instance
  // ids prefix them (`urn:uuid:…`, `uuid:…`).
  return /^(?:(?:urn:)?uuid:)?\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(value);
}

/** A JWT's header alone (`eyJhbGciOi…` and no `.`): a log that cut the token after its first part shows no credential. */
export function isJwtHeaderOnly(value: string): boolean {
  if (!/^eyJ[A-Za-z0-9_-]{10,400}={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64url').toString('latin1');
  return /^\{[^{}]*"(?:alg|typ)"[ \t]*:[^{}]*\}$/.test(decoded);
}

/** Subresource-integrity strings and algorithm-prefixed digests. */
export function isIntegrityOrDigest(value: string): boolean {
  // Vault's audit log writes each token as `hmac-sha256:` and its HMAC.
  // A signed URL's token is an expiry and its HMAC (`1514764800_2922…`): a signature, not the key.
  return /^(?:hmac-)?(sha(1|224|256|384|512)|md5)[-:=]/i.test(value) || /^\d{9,11}[_~][0-9a-f]{40,128}$/.test(value);
}

/**
 * A stored password hash, not the password: PHC strings (`$argon2id$v=19$…`, `$scrypt$…`),
 * bcrypt and crypt (`$2b$12$…`, `$6$salt$…`, `$apr1$…`), Django's `pbkdf2_sha256$600000$…`, LDAP's
 * `{SSHA}…`. Under a password name the generic rules would report it as the password itself; the
 * password-hash rules report the crackable kinds as what they are.
 */
export function isPasswordHash(value: string): boolean {
  // An htpasswd line (`user:$2b$12$…`, Traefik's `basicauth.users`) holds the user and the hash.
  const line = /^[\w.@-]{1,64}:(\S{13,})$/.exec(value);
  if (line && !line[1].includes(':') && isPasswordHash(line[1])) return true;
  // Gerrit's external ids keep HTTP passwords as `bcrypt:<cost>:<salt base64>:<hash base64>`.
  if (/^bcrypt:\d{1,2}:[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/]{31,32}={0,2}$/.test(value)) return true;
  // Solr's security.json keeps each user as `<sha256(salt+password) base64> <salt base64>`.
  if (/^[A-Za-z0-9+/]{43}= [A-Za-z0-9+/]{43}=$/.test(value)) return true;
  // Compose and Make double each `$`: `$$argon2id$$v=19$$…`; BitBake and shells escape it: `\$6\$…`.
  if (value.startsWith('$$')) value = value.replace(/\$\$/g, '$');
  else if (value.startsWith('\\$')) value = value.replace(/\\\$/g, '$');
  // Spring Security's DelegatingPasswordEncoder names the encoder first: `{bcrypt}$2a$…`, `{pbkdf2}…`.
  // (`{noop}…` is the password in clear.)
  // Open Liberty's server.xml: `{hash}…` (securityUtility encode --encoding=hash).
  if (/^\{(?:bcrypt|argon2(?:@SpringSecurity_v5_8)?|pbkdf2(?:@SpringSecurity_v5_8)?|scrypt(?:@SpringSecurity_v5_8)?|sha256|SHA-256|MD5|MD4|ldap|hash)\}\S{16,}$/.test(value)) return true;
  return /^\$(?:argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d{1,3})?|2[abxy]?|1|5|6|7|apr1|y|gy|sha1|md5)\$[^\s]{16,}$|^(?:pbkdf2_sha\d{1,3}|argon2|bcrypt(?:_sha256)?|scrypt)\$[^\s]{16,}$|^\{(?:S?SHA\d{0,3}|S?MD5|CRYPT|PBKDF2[\w-]*)\}[^\s]{8,}$/.test(value) ||
    // GeoServer's digest1: (salted SHA-256, iterated, in base64).
    /^digest1:[A-Za-z0-9+/]{40,}={0,2}$/.test(value) ||
    // PostgreSQL's stored verifiers: SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>, md5<32 hex>.
    /^SCRAM-SHA-(?:1|256)\$\d{1,7}:[A-Za-z0-9+/=]{8,}\$[A-Za-z0-9+/=]{16,}:[A-Za-z0-9+/=]{16,}$|^md5[0-9a-f]{32}$/.test(value) ||
    // phpass (WordPress, phpBB: `$P$B…`, `$H$…`; the prefix is the mark, whatever length an export
    // left) and WordPress 6.8's `$wp$2y$…`. WordPress keeps a reset's activation key as
    // `<time>:<hash>`, the hash `$generic$…` (6.8) or phpass.
    /^\$[PH]\$[./0-9A-Za-z]{30,33}$|^\$wp\$2[aby]\$\d{2}\$[./0-9A-Za-z]{53}$/.test(value) ||
    /^\d{10}:(?:\$generic\$[\w-]{20,}|\$P\$[./0-9A-Za-z]{30,33})$/.test(value) ||
    // CouchDB's `[admins]` after its first start: `-pbkdf2-<hash>,<salt>,<iterations>`.
    /^-(?:pbkdf2|hashed)-[0-9a-f]{32,128},[0-9a-f]{16,64},\d{1,8}$/.test(value) ||
    // Django marks an account that cannot log in with `!` and 40 random characters.
    /^![A-Za-z0-9]{40}$/.test(value) ||
    // HiveMQ's file RBAC extension: base64 salt `:` base64 hash.
    /^[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/]{40,}={0,2}$/.test(value) ||
    // Tomcat's digested passwords (digest.sh, tomcat-users.xml): salt$iterations$hash in hex.
    /^[0-9a-f]{16,64}\$\d{1,7}\$[0-9a-f]{32,128}$/.test(value) ||
    // Transmission's settings.json rewrites rpc-password as `{`, a SHA-1 in hex and an 8-character salt.
    /^\{[0-9a-f]{40}[0-9A-Za-z./]{8}$/.test(value) ||
    // MySQL's mysql_native_password (`IDENTIFIED BY PASSWORD '*…'`, mysql.user rows): `*` and a SHA-1 in hex.
    /^\*[0-9A-F]{40}$/.test(value) ||
    // SQL Server's `CREATE LOGIN … WITH PASSWORD = 0x0200… HASHED`: a version, a salt and a SHA-512 (SHA-1 for 0x0100).
    /^0x0[12]00[0-9A-Fa-f]{48,136}$/.test(value) ||
    // PostgreSQL bytea in hex (`'\xc30d0407…'`): binary data, such as pgp_sym_encrypt() output, not a typed value.
    /^\\x[0-9a-f]{48,}$/.test(value);
}

/**
 * Longest stretch that repeats itself with a short period: `123123123123`, `abababab…`,
 * `1234-1234-1234`. Random text matches its own shift by chance once in 16 (hex) to 62 (base62)
 * characters, so a stretch of 12 is typed, not generated.
 */
export function longestPeriodic(s: string): number {
  let best = 0;
  // Periods up to 8: `test1234test1234…`, `feedfacefeedface…`.
  for (let p = 2; p <= 8; p++) {
    let run = 0;
    for (let i = p; i < s.length; i++) {
      run = s.charCodeAt(i) === s.charCodeAt(i - p) ? run + 1 : 0;
      if (run + p > best && run >= p) best = run + p;
    }
  }
  return best;
}

/**
 * A third or more of the value repeats a short period (`GR1348941231231231…`). Encoded structured
 * data (a JWT's `MDAwMDAw` for a run of zeros) has such stretches too, but as a small part of a long value.
 */
export function isPeriodic(value: string): boolean {
  const p = longestPeriodic(value);
  return p >= 12 && p * 3 >= value.length;
}

/** Longest run of identical characters, and of ascending/descending consecutive characters. */
export function longestRuns(s: string): { repeated: number; sequential: number } {
  let repeated = 1, bestRep = s.length ? 1 : 0;
  let up = 1, down = 1, bestSeq = s.length ? 1 : 0;
  // Interleaved sequences (a1b2c3d4…): every other character counts up.
  const up2 = [1, 1];
  for (let i = 2; i < s.length; i++) {
    // Letters only step here: runs of digits in random numeric ids step by chance.
    const c = s.charCodeAt(i) | 32;
    const k = i & 1;
    up2[k] = c >= 97 && c <= 122 && s.charCodeAt(i) - s.charCodeAt(i - 2) === 1 ? up2[k] + 1 : 1;
    // Six steps (a1b2c3d4e5f6): five turn up in random hex by chance (`b0ced6edf`).
    if (up2[k] >= 6 && up2[k] * 2 > bestSeq) bestSeq = up2[k] * 2;
  }
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    repeated = d === 0 ? repeated + 1 : 1;
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (repeated > bestRep) bestRep = repeated;
    if (up > bestSeq) bestSeq = up;
    if (down > bestSeq) bestSeq = down;
  }
  return { repeated: bestRep, sequential: bestSeq };
}

/** A random part that is mostly one repeated or sequential run is a hand-typed fake. */
export function isPatterned(body: string): boolean {
  if (body.length < 8) return false;
  const { repeated, sequential } = longestRuns(body);
  if (repeated >= 6 || sequential >= 6 || isPeriodic(body) || isSequentialChunks(body) || isInterleavedSequence(body) || isRepeatedSteps(body)) return true;
  const distinct = new Set(body).size;
  return distinct <= Math.min(10, Math.max(3, body.length / 8));
}

/** Each character typed three or more times, in order: certbot's `0000111122223333…ffff`. */
export function isRepeatedSteps(body: string): boolean {
  if (body.length < 16) return false;
  // (A loop, not `^(?:(.)\1{2,})+$`: that regex backtracks exponentially on `aaaa…ab`.)
  let run = 1;
  for (let i = 1; i <= body.length; i++) {
    if (i < body.length && body[i] === body[i - 1]) run++;
    else {
      if (run < 3) return false;
      run = 1;
    }
  }
  return true;
}

/** Two runs typed in turn: `a1B2c3D4e5F6` is a-b-c-d-e-f and 1-2-3-4-5-6. */
export function isInterleavedSequence(body: string): boolean {
  if (body.length > 32 || !/^[A-Za-z0-9]+$/.test(body)) return false;
  const letters = body.replace(/[0-9]/g, '').toLowerCase(), digits = body.replace(/[A-Za-z]/g, '');
  const ascending = (s: string) => s.length >= 3 && [...s].every((ch, i) => i === 0 || ch.charCodeAt(0) - s.charCodeAt(i - 1) === 1);
  return ascending(letters) && ascending(digits);
}

/** Made only of runs of 4+ consecutive characters, typed along the keyboard: `abcd1234efgh5678`. */
function isSequentialChunks(body: string): boolean {
  let run = 1;
  for (let i = 1; i <= body.length; i++) {
    const step = i < body.length ? body.charCodeAt(i) - body.charCodeAt(i - 1) : 0;
    if (step === 1) run++;
    else {
      if (run < 4) return false;
      run = 1;
    }
  }
  return true;
}

/** a.b?.c whose parts read as names (`config.apiKey`, `ENV.SECRET`), not random halves (`x8Kq…Vt.Rm2…`). */
function isDottedName(value: string): boolean {
  return /^[A-Za-z_$][\w$]*([?!]?\.[A-Za-z_$][\w$]*)+[?!]?$/.test(value) &&
    value.split(/[?!]?\./).every((seg) => seg.length <= 6 || /^[A-Z][A-Z0-9_]*$/.test(seg) || isWordy(seg.replace(/[?!]$/, '')));
}

/**
 * Identifiers and expressions, not literals: `config.apiKey`, `SECRET_FROM_ENV`, `getToken`,
 * `my-secret-password`. A value made only of letters and separators is words, not entropy.
 */
export function isIdentifierLike(value: string): boolean {
  if (isDottedName(value) && !/\d{3}/.test(value)) return true; // a.b?.c
  if (value.includes('[') && /^[A-Za-z_$][\w$]*(?:\[[\w$'"-]{0,40}\]|\.[A-Za-z_$][\w$]*)+$/.test(value)) return true; // a[0].b, env['X']
  if (value.length <= 24 && /^[!&*-]+[A-Za-z_$][\w$.?]*$/.test(value)) return true; // !!flag, &ref, *ptr
  if (isWordy(value)) return true;
  // (A sentence may end in its punctuation, French spacing included: `Mot de passe oublié ?`.)
  if (/^\p{L}[\p{L}_\-. '’]*(?: ?[?!.…:])?$/u.test(value)) {
    // Letters only: words unless mixed case and dense with case changes (base52 noise); isWordy
    // above has already let camelCase names through as words.
    if (value.length < 10 || !/[a-z]/.test(value) || !/[A-Z]/.test(value)) return true;
    // The spaces and punctuation of a sentence are not noise (`_` and `-` between letters are).
    const letters = value.replace(/[ '’?!.…:]/g, '');
    let changes = 0;
    for (let i = 1; i < letters.length; i++) {
      const a = letters[i - 1], b = letters[i];
      if ((a >= 'a' && a <= 'z') !== (b >= 'a' && b <= 'z')) changes++;
    }
    return changes < letters.length / 4;
  }
  if (/^[A-Z][A-Z0-9_]*$/.test(value) && value.includes('_')) return true; // CONSTANT_NAME
  // kebab/snake words; a long random part (`test_w8kq3…`) makes it a token with a prefix.
  if (/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/.test(value) && !/[0-9]{4}/.test(value) && !isUuid(value) && value.split(/[-_]/).every((seg) => seg.length <= 12 || isWordy(seg))) return true;
  if (/^(true|false|null|none|nil|undefined|yes|no|on|off)$/i.test(value)) return true;
  // A number and a word (`467953-kellerman`, an LTI consumer key or a tenant's slug) name something.
  if (/^\d{2,12}[-_.][a-z]{3,30}$|^[a-z]{3,30}[-_.]\d{2,12}$/.test(value)) return true;
  // A RACF key ring, `<owner>/<ring>` (`SMFARCH/ZOSMFCLIENT`), is where keys are, not a key.
  if (/^[A-Z#@$][A-Z0-9#@$]{0,7}\/[A-Z][A-Za-z0-9#@$._-]{0,63}$/.test(value)) return true;
  // A secret's name in a secret manager (`prod-eu1/vector`, `team/db/primary`): lower-case words.
  if (/^[a-z][a-z0-9-]*(?:\/[a-z][a-z0-9_.-]*)+$/.test(value) && value.split('/').every((seg) => seg.length <= 24 && !isRandomSegment(seg))) return true;
  // An Elastic Cloud id's encoded half: `host:port$<es id>$<kibana id>` in base64.
  if (/^[A-Za-z0-9+/]{40,300}={0,2}$/.test(value) && /^[\w.-]+(?::\d{1,5})?\$[0-9a-f]{32}(?:\$[0-9a-f]{32})?$/.test(Buffer.from(value, 'base64').toString('latin1'))) return true;
  // A cipher's name (`encrypt="AES-256-GCM"`, `cipher: aes256-cbc`).
  if (/^(?:aes|des|3des|tdes|chacha20|xchacha20|blowfish|camellia|rc4|sm4|twofish|serpent)(?:[-_]?\d{2,3})?(?:[-_](?:gcm|cbc|ctr|cfb|ofb|ecb|ccm|xts|poly1305|siv|ocb|sha\d{1,3}|hmac))*$/i.test(value)) return true;
  // An SSH public key's blob (`ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-…` in their wire format).
  if (/^AAAA(?:C3NzaC1lZDI1NTE5|B3NzaC1yc2E|B3NzaC1kc3|E2VjZHNhLXNoYTItbmlzdHA|C3NzaC1lZDQ0OA|GnNrLXNzaC1lZDI1NTE5|InNrLWVjZHNh)[A-Za-z0-9+/]{20,}={0,3}$/.test(value)) return true;
  // A Salesforce connected app's consumer key is its OAuth client id (`3MVG9…`); the consumer
  // secret beside it is the secret.
  if (/^3MVG9[A-Za-z0-9_.]{70,100}$/.test(value)) return true;
  if (/^[\w.-]+\.(js|ts|json|ya?ml|txt|pem|key|crt|env|py|rb|go|java|php|sh|html?)$/i.test(value)) return true;
  if (/^(https?|wss?|ftp):\/\//i.test(value) && !/:\/\/[^/\s:@]+:[^/\s@]+@/.test(value)) return true;
  // Paths: rooted (/, ./, ../, ~/) with at least two segments; base64 values rarely start so.
  // (A base64 value can start with `/` and hold more: its segments are random, not names.)
  if ((/^(?:\.{1,2}|~)?\/(?:[\w@.~-]+\/)+[\w@.~-]*$/.test(value) && !value.split('/').some(isRandomSegment)) || /^[A-Za-z]:\\/.test(value)) return true;
  if (/^~\/[\w.@-]{1,80}$/.test(value)) return true; // a file in the home directory: `~/.netrc`
  // A key or certificate file's path, whatever its name (`/etc/ocpp/private/G17-EV12.key`).
  if (/^(?:\.{1,2}|~)?\/(?:[\w@.~-]+\/)+[\w@~.-]+\.(?:key|pem|crt|cer|p12|pfx|jks|der|p8|kdbx)$/.test(value)) return true;
  if (/^[#.][A-Za-z][\w-]*$/.test(value)) return true; // CSS selectors
  if (/^--?[A-Za-z][\w-]{0,30}=/.test(value)) return true; // a command line's option: `set CRED=-u=%USERNAME% -g=…`
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(value)) return true; // ISO dates
  if (/^[\w@~.-]+(?:\/[\w@~.-]+)+\.[a-z][a-z0-9]{1,5}$/i.test(value)) return true; // relative path with an extension
  if (/^(?:[A-Za-z][A-Za-z_-]*\/){2,}[A-Za-z_-]*$/.test(value)) return true; // path/of/words/
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,12}$/i.test(value) && /[a-z]{3}/i.test(value)) return true; // host names
  return false;
}

/**
 * Made of words: identifiers and messages such as `invalidUserNameOrPassword`,
 * `AccessToken_With_AuthScheme`, `msal:acquireTokenStart`. Most of the value is covered by letter
 * runs of three or more, each with a vowel. Random base62 of 16 characters passes as words about
 * 1% of the time, of 32 characters about 0.1%.
 */
export function isWordy(value: string): boolean {
  // Digits scattered through the letters (base32, hex): generated, whatever the letter runs spell.
  if ((value.match(/\d+/g)?.length ?? 0) >= 3) return false;
  // … or digits inside the letters twice (`AGU3b9UVQ…`); names keep one (`s3Bucket`, `oauth2Client`).
  if ((value.match(/\p{L}\d+(?=\p{L})/gu)?.length ?? 0) >= 2) return false;
  // Letters of any script: API-Schlüssel and Contraseña are words too.
  const tokens = value.match(/\p{Lu}{2,}(?!\p{Ll})|\p{Lu}?\p{Ll}+|\d+|[^\p{L}\d]+/gu) ?? [];
  let covered = 0;
  for (const t of tokens) {
    if (t.length < 3 || !/^\p{L}+$/u.test(t)) continue;
    if (!/[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýœ]/i.test(t)) {
      if (t.length > 3) return false;
      continue; // acronyms such as Vpc, Tls, Jwt
    }
    if (t.length > 6 && /^\p{Lu}+$/u.test(t)) return false;
    // Six consonants in a row are not spoken: lower-case random letters (`jcahvdfgke`) have
    // vowels too, but not words' rhythm.
    if (/[bcdfghjklmnpqrstvwxz]{6}/i.test(t)) continue;
    // Nor are letters whose pairs English hardly writes (`uujq`: under a quarter of them common).
    if (t.length >= 4 && commonPairShare(t.toLowerCase()) < 0.25) continue;
    covered += t.length;
  }
  return covered / value.length >= 0.7;
}

/** Source files where a secret is a quoted literal: an unquoted value there is an expression. */
const CODE_FILE = /\.(m?[jt]sx?|cjs|cts|mts|java|kts?|cs|go|rs|c|cc|cpp|cxx|h|hh|hpp|hxx|tcc|tpp|ipp|inl|mm|swift|scala|php|rb|py|pyi|dart|m|vue|svelte|groovy|lua|pl|pm|ex|exs|erl|clj|fs|r)$/i;
/** Generated files where a generic finding is always a duplicate or a type: source maps, declarations. */
const NO_GENERIC_FILE = /\.(map|d\.[cm]?ts)$/i;
/**
 * Collections of documentation examples: the AWS SDKs' `<service>.examples.json`, botocore's
 * `examples-1.json`. Every request and response in them is written for the docs, so a random
 * value under a secret-looking name is an example. Provider-format tokens are still reported
 * there. Singular `.example` files (`.env.example`, `config.example.yml`) are templates people
 * fill in and sometimes commit filled, so they keep every rule.
 */
const DOC_EXAMPLES_FILE = /(^|[/\\.])examples(-\d+)?\.(json|ya?ml)$/i;

export function isCodeFile(path: string | undefined): boolean {
  return !!path && CODE_FILE.test(path);
}

/**
 * A Rails-style locale file (`nl:` over the app's translated messages): its values are words for
 * people, whatever their keys are called (`signing_secret: "Ondertekeningsgeheim"`).
 */
export function isLocaleFile(text: string): boolean {
  const first = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*["']?([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)["']?:[ \t]*\r?\n/.exec(text.slice(0, 400));
  if (!first || !LANGUAGE_CODES.has(first[1].slice(0, first[1].search(/[-_]|$/)))) return false;
  // Translations are sentences: most quoted values hold a space.
  const values = text.slice(0, 20000).match(/:[ \t]+["'][^"'\n]{1,300}["'][ \t]*$/gm) ?? [];
  return values.length >= 3 && values.filter((v) => /\S[ \t]+\S/.test(v.slice(1).trim())).length * 2 >= values.length;
}

const LANGUAGE_CODES = new Set(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ru', 'ja', 'zh', 'ko', 'pl', 'sv', 'da', 'fi', 'nb', 'nn', 'tr', 'cs', 'sk', 'hu', 'ro', 'bg', 'el', 'he', 'ar', 'uk', 'vi', 'th', 'hi', 'ca', 'eu', 'gl', 'hr', 'sr', 'sl', 'lt', 'lv', 'et', 'fa', 'ms', 'fil', 'bn', 'ta', 'te', 'ur', 'sw', 'af', 'is', 'ga', 'cy']);

export function skipsGenericRules(path: string | undefined): boolean {
  return !!path && (NO_GENERIC_FILE.test(path) || DOC_EXAMPLES_FILE.test(path) || isLockfile(path));
}

/**
 * Random-looking: enough length, entropy and character variety that a person did not type it.
 * Used by generic rules, which have no prefix to vouch for the value.
 */
export function looksRandom(value: string, minLength = 8): boolean {
  if (value.length < minLength) return false;
  if (isIdentifierLike(value)) return false;
  const lower = /[a-z]/.test(value), upper = /[A-Z]/.test(value), digit = /[0-9]/.test(value);
  const classes = +lower + +upper + +digit + +/[^A-Za-z0-9]/.test(value);
  if (classes < 2) return false;
  if (/^\d+$/.test(value)) return false;
  if (/^[0-9.:\-/ ]+$/.test(value)) return false; // dates, times, IPs
  if (/^v?\d+(\.\d+)+([-+][\w.-]+)?$/.test(value)) return false; // versions
  // Words with a number or symbol tacked on (Password123, MySecretKey2024!) are typed, not generated.
  if (value.length <= 24 && /^(?:[A-Z]?[a-z]{2,}){1,4}[0-9!@#$%^&*._-]{0,6}$/.test(value)) return false;
  const h = shannonEntropy(value);
  // Hex carries 4 bits a character at most, and a short random sample shows fewer distinct
  // symbols: random 20-character hex measures 3.36 on average. Each bar is about the 0.1% quantile
  // of random hex of that length (16: 2.48, 20: 2.70, 24: 2.87, 32: 3.14).
  const hexOnly = /^[0-9a-f]+$/i.test(value);
  const threshold = hexOnly ? (value.length < 20 ? 2.45 : value.length < 24 ? 2.7 : value.length < 32 ? 2.85 : 3.1) : value.length < 12 ? 2.8 : value.length < 20 ? 3.0 : 3.3;
  if (h < threshold) return false;
  // Some formats have a fixed run: reCAPTCHA keys hold `AAAAA` from their ninth character, and
  // Cloudflare Turnstile keys start `0x4AAAAAAA`. The run is not a person typing.
  const body = value.replace(/^(6L[\w-]{6})A{5}(?=[\w-]{27}$)/, '$1').replace(/^0x4A{7,8}(?=[\w-]{12,40}$)/, '');
  const { repeated, sequential } = longestRuns(body);
  if (repeated >= 5 || sequential >= 5 || isPeriodic(value) || isSequentialChunks(value)) return false;
  return true;
}

/** A path segment that no one named: mixed case with digits, not made of words (`Fy9kQ2xLm`). */
function isRandomSegment(seg: string): boolean {
  return seg.length >= 6 && /[a-z]/.test(seg) && /[A-Z]/.test(seg) && /\d/.test(seg) && !isWordy(seg);
}

/** Letters only, but generated: ten or more, mixed case, changing case often (`biDXQrKLMNoPqRst`). */
/** The 220 commonest letter pairs in English technical prose (READMEs), 93% of all pairs there. */
const COMMON_BIGRAMS = new Set(
  ('ab ac ad ag ai ak al am an ap ar as at au av ay az ba be bi bj bl bo br bu ca ce ch ci ck cl co cr ct cu da dd de di do ds du ea eb ec ed ee ef el em en ep eq er es et ev ew ex fa fe ff fi fo fr fu ge gh gi gn ha he hi ho hr ht hu ia ib ic id ie if ig il im in io ip ir is it iv ix je jh js ke la ld le li lj ll lo ls lt lu ly ma me mi ml mm mo mp na nc nd ne nf ng ni no np ns nt nu ob oc od of og ol om on oo op or os ot ou ov ow pa pe pi pl pm po pp pr ps pt pu qu ra rb rc rd re rg ri rm rn ro rr rs rt ru ry sa sc se sh si so sp ss st su ta tc te th ti to tp tr ts tt tu ty ub uc ue uf ui ul um un up ur us ut va ve vi wa we wh wi wo wr ws xp xt yo yp yw').split(' '),
);

/** Every pair of adjacent letters is one of English's commonest (`ship`, `tree`): it reads as a word. */
export function isCommonLetterPairs(value: string): boolean {
  for (let i = 1; i < value.length; i++) if (!COMMON_BIGRAMS.has(value.slice(i - 1, i + 1))) return false;
  return value.length > 1;
}

/**
 * The share of a word's adjacent letter pairs that are among English's commonest: `Config` 4 of 5,
 * `sync` 1 of 3, a made-up name such as `skylarkj` 2 of 7, random letters about a third, `uujq` none.
 */
function commonPairShare(word: string): number {
  let common = 0;
  for (let i = 1; i < word.length; i++) if (COMMON_BIGRAMS.has(word.slice(i - 1, i + 1))) common++;
  return word.length > 1 ? common / (word.length - 1) : 0;
}

function isRandomLetters(value: string): boolean {
  // Lower case only (a generated SMTP or app password, `nizdcbfatugqfbvk`): words are two-fifths
  // vowels and rarely stack four consonants; random letters are a fifth vowels and stack them.
  if (value.length >= 12 && /^[a-z]+$/.test(value)) {
    const vowels = value.match(/[aeiou]/g)?.length ?? 0;
    if (vowels / value.length < 0.3 && /[bcdfghjklmnpqrstvwxz]{4}/.test(value)) return true;
    // Or by its letter pairs: nine in ten pairs of a long English word are among the 220 commonest
    // (`internationalize` 0.87), a third of random letters' are (`vecjysrreatfyxdz` 0.40).
    return commonPairShare(value) < 0.55;
  }
  if (value.length < 10 || !/^[A-Za-z]+$/.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value) || isWordy(value)) return false;
  let changes = 0;
  for (let i = 1; i < value.length; i++) if ((value[i - 1] >= 'a') !== (value[i] >= 'a')) changes++;
  return changes >= value.length / 4;
}

export function isEmailAddress(value: string): boolean {
  // A top-level domain is letters: `HyTp@Q3E1lFBgMC6tJ.5G2` is a password with an `@` in it.
  return /^[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}$/.test(value);
}

/**
 * An e-mail address, or a bare `user@` as browsers and wget send: anonymous FTP's password by
 * convention (RFC 1635), or a user name in the wrong field.
 */
function isAnonymousPassword(value: string): boolean {
  // Lower-case letters only: `Spring2016@` and `Lina_1991@` are chosen passwords.
  return isEmailAddress(value) || /^-?[a-z]{2,30}@$/.test(value);
}

/**
 * `DefaultEndpointsProtocol=https`: a value that is itself `Name=value`, the first pair of a
 * `k=v;k=v` list cut at its `;`, not a password with an `=` in it; or a bare `label:`.
 */
export function isNameValuePair(value: string, quoted: boolean): boolean {
  // `comment:`, `defaultValue:` — the next key or named argument, read because the value was empty.
  // (Quoted and with a digit, it is a password that ends in `:`, `"Nectar-Timber-2021:"`.)
  if (/^[A-Za-z_][\w.-]{0,80}:$/.test(value) && !(quoted && /\d/.test(value))) return true;
  // A credential shown by its user alone (UiPath's asset export: `"Value": "username: <id>"`).
  if (/^(?:user(?:name)?|login|account):[ \t]+\S{1,200}$/i.test(value)) return true;
  // `default=` before `""`: a named argument whose value was empty (`env("X", default="")`).
  // Lower case, as keyword arguments are: `OtterMeadow79=` is a password ending in `=`.
  // BuildKit's `--secret id=npmrc,src=…` and `--mount=type=secret,id=…` name a secret, not hold one.
  if (/^(?:id|src|source|type|env|target|mode)=[\w.,=\/~$-]{0,200}$/.test(value)) return true;
  const arg = /^([a-z_]{2,30})=(?:\d{1,10})?$/.exec(value);
  // An argument list's `key=number` (`["scontrol", "token", "lifespan=300"]`) is an option and its value.
  if (arg && isWordy(arg[1].replace(/_/g, ''))) return true;
  // A quoted value is whole: a quoted `Word=1234` under a password name is a password with an `=` in it.
  if (quoted) return false;
  // `url=https://vault…:8200`: an option and the URL it is given.
  if (/^[A-Za-z_]{2,40}=[A-Za-z][\w+.-]{0,30}:\/\//.test(value)) return true;
  const m = /^([A-Za-z][A-Za-z_]{5,40})=([^=\s]{1,200})$/.exec(value);
  // `Candle=Sparrow21-`, `WalnutOtter=987`: a chosen password with an `=` in it, not an option.
  if (m && /\d/.test(m[2]) && (/[^\w]/.test(m[2]) || /^[A-Z]/.test(m[1]))) return false;
  // A listing's field in capitals (RACF's `PASSWORD ENVELOPED=NO`, `PASS-INTERVAL=N/A`).
  if (m && /^[A-Z_]+$/.test(m[1]) && /^[A-Z/.-]{1,20}$/.test(m[2])) return true;
  return !!m && isWordy(m[1].replace(/_/g, ''));
}

/**
 * A value made of the words of its own name: `#define TLS1_TXT_PSK_WITH_AES_128_CCM "PSK-AES128-CCM"`,
 * `SN_id_smime_ct_authData "id-smime-ct-authData"`: a label for the thing the name names.
 */
export function echoesName(value: string, name: string): boolean {
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const parts = value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return parts.length > 0 && parts.join('').length >= 4 && parts.every((p) => n.includes(p));
}

/**
 * An algorithm or method named where a value would be: `password_encryption = scram-sha-256`,
 * `token_algorithm: hmac-sha256`, `cipher: aes-256-gcm`.
 */
export function isAlgorithmName(value: string): boolean {
  return /^(?:scram-sha-(?:1|256)|md5|sha-?(?:1|224|256|384|512)|bcrypt|argon2(?:id|i|d)?|pbkdf2(?:[-_]sha-?\d{1,3})?|aes-?(?:128|192|256)(?:-(?:gcm|cbc|ctr|ecb))?|hmac-?sha-?\d{1,3}|[hr]s(?:256|384|512)|ed25519|chacha20-poly1305)$/i.test(value);
}

/** A type where a value would be: `password: string;` in an interface, `token String?` in a schema. */
export function isTypeName(value: string): boolean {
  // A constant's path (`OpenSSL::PKey::RSA`, Rust's `Algorithm::HS256`) names a type or a value in code.
  if (/^[A-Z][A-Za-z0-9_]{0,40}(?:::[A-Z][A-Za-z0-9_]{0,40}){1,6}$/.test(value)) return true;
  return /^(?:string|number|boolean|bigint|any|unknown|object|never|void|String|Number|Boolean|Object|int|integer|long|float|double|bool|str|bytes|Text|char|varchar)(?:\[\]|\?)?[;,]?$/.test(value);
}

/** A version or range (`1.302103`, `^7.0.4`, `>=2.1.x`) or a file name (`salsa20-set-key.c`): not a secret. */
export function isVersionOrFileName(value: string): boolean {
  return /^(?:[~^]|[<>]=?|=)?v?\d+(?:\.(?:\d+|x|\*))+(?:-[\w.]+)?$/.test(value) || /^[\w-]{1,80}\.(?:c|h|cc|cpp|hpp|py|js|ts|go|rs|java|rb|php|sh|txt|md|json|ya?ml|toml|ini|conf|cfg|xml|html|css|pem|crt|cer|der|pub|p8|p12|pfx|jks|log|lock|gz|zip|tar)$/.test(value) ||
    // An object key or relative path: `logs/part-00004.parquet` (base64 holds no `.`).
    /^[\w.-]{1,80}(?:\/[\w.-]{1,80}){1,12}\.[A-Za-z][A-Za-z0-9]{0,7}$/.test(value) ||
    // A file on a printer's or a controller's drive: Zebra's `E:PRIVKEY.NRD`, `R:LOGO.GRF`.
    /^[A-Z]:[A-Z0-9_-]{1,16}\.[A-Z]{3}$/.test(value);
}

/**
 * A password a person chose: not random, but not a word or a placeholder either. At least six
 * characters mixing two or more of lower case, upper case, digits and symbols (Pass123!@#,
 * super$ecret, Rrhh1234), and no spaces.
 */
export function looksLikePassword(value: string): boolean {
  if (isRuledOutAsPassword(value)) return false;
  if (/^\p{Lu}\p{Ll}+[!?]$/u.test(value)) return false; // a type: GraphQL's String!, Kotlin's String?
  // Words joined by separators (foo-bar-baz, my_db_pass), dotted names, paths and URLs are not
  // passwords; a word with a symbol or digit inside (super$ecret, Rrhh1234) is.
  // Letters are any script's (Contraseña, Passwort are words). A dotted name with a digit
  // (maple.Copper12) is a password; without one (config.dbPassword) an expression.
  if (isPassphrase(value)) return true;
  // A constant's name (`password TRANSIT_A_MD5;` in BIRD, whose `define` holds the value elsewhere).
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value) && value.split('_').some((w) => /^[A-Z]{4,}$/.test(w) && /[AEIOU]/.test(w))) return false;
  // Apple's app-specific passwords: four groups of four random lower-case letters (`lust-tsip-kqzp-qgxf`).
  if (/^[a-z]{4}(?:-[a-z]{4}){3}$/.test(value) && isRandomLetters(value.replace(/-/g, ''))) return true;
  if (/^\p{L}+(?:[-_.]\p{L}+)*$/u.test(value) && !isRandomLetters(value)) return false;
  if (isDottedName(value) && !/\d/.test(value)) return false;
  const classes = +/\p{Ll}/u.test(value) + +/\p{Lu}/u.test(value) + +/[0-9]/.test(value) + +/[^\p{L}0-9]/u.test(value);
  return classes >= 2 || isRandomLetters(value) || /^\d{16,}$/.test(value);
}

export function isBenignName(name: string): boolean {
  // Kconfig names the options of ESP-IDF's and Zephyr's example and sample applications
  // `CONFIG_EXAMPLE_WIFI_PASSWORD`, `CONFIG_GOLIOTH_SAMPLE_PSK`: the firmware's real settings.
  // (Kebab-case names, Spring's `netsuite.consumer-key`, are the same words.)
  const n = normalizeName(name).replace(/-/g, '_').replace(/^(config_(?:[a-z0-9]+_)*?)(?:example|sample)_/, '$1');
  // Vault AppRole's `secret_id` is the credential half of the login, whatever its `_id` says. (AWS
  // names a secret by `SecretId` and `--secret-id`: a name or an ARN.)
  if (/(?:^|[^A-Za-z])secret_id$/.test(name)) return false;
  // nginx's proxy_pass, fastcgi_pass and uwsgi_pass (lower case, as its directives are) name the
  // upstream; a PROXY_PASS constant is a proxy's password.
  if (/(?:^|[_.])(?:proxy|fastcgi|uwsgi|scgi|grpc|memcached)_pass$/.test(name)) return true;
  // A property's last part is its own name: `netsuite.consumer-key` is a consumer key.
  if (BENIGN_ANYWHERE.test(n) || BENIGN_ANYWHERE.test(n.slice(n.lastIndexOf('.') + 1)) || isSentenceKey(n)) return true;
  let tail = 0;
  for (const m of n.matchAll(SECRET_WORD)) tail = m.index! + m[0].length;
  return BENIGN_QUALIFIER.test(n.slice(tail));
}

const LOCKFILE = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|Pipfile\.lock|Gemfile\.lock|composer\.lock|go\.sum|gradle\.lockfile|packages\.lock\.json|mix\.lock|pubspec\.lock|Podfile\.lock|flake\.lock|uv\.lock)$/;

export function isLockfile(path: string | undefined): boolean {
  return !!path && LOCKFILE.test(path.replace(/\\/g, '/'));
}

// An OSDP reader's secure channel base key (SCBK).
// Payment HSM keys: a DUKPT base derivation key (BDK), a zone master key (ZMK); a DLMS meter's
// global unicast, broadcast and authentication keys (GUEK, GBEK, GAK; Gurux's blockCipherKey). Bitwarden's CLI
// session key (BW_SESSION) unlocks the vault.
const STRONG_SECRET_NAME = /(^|[^a-z])pat($|[^a-z])|(^|[^a-z])scbk($|[^a-z])|(^|_)ltpa(_?token2?)?$|(^|_)next_?gen_?cso$|(^|_)bw_session$|(^|[^a-z])(?:bdk|zmk|zpk|zak|tmk|tpk|ipek|pvk|cvk|kek|guek|gbek|gak)($|[^a-z])|block_?cipher_?key|(^|[^a-z])psk($|[^a-z])|passw(or)?d|passwd|passphrase|(^|[^a-z])pass($|[^a-z])|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|priv[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|credentials?|(^|[^a-z])creds?($|[^a-z])|(^|[^a-z])auth($|[^a-z0-9]|key|token|code)|conn(ection)?[_.-]?str(ing)?|psk$|authtok|(^|[^a-z])(ro|rw)?community($|[^a-z])|(^|[^a-z])encrypt($|[^a-z])|agora\w{0,20}cert|(^|_)app_?certificate$/i;
// … and `key` in other languages: Spanish, Portuguese, Vietnamese, Japanese, Arabic, Hindi,
// Italian, Polish, Dutch, German, Turkish.
const KEY_NAME = /key$|key[_.-]|[_.-]key|(^|[^a-z])(?:clave|chave|khoa|kagi|miftah|kunji|chiave|klucz|sleutel|schlu?e?ssel|anahtar)($|[^a-z])/i;
// Public keys by name: Tailscale's nodekey, discokey and mkey, Libreswan's leftrsasigkey and rightrsasigkey,
// DKIM's `<selector>._domainkey.<domain>` (a DNS record, or OpenDKIM's key table pointing at the key file).
// RESO's record keys (`OfficeKey`, `MemberKey`, `MediaKey`) are the ids of MLS records. A signage player's
// `hardwareKey` (Xibo) identifies the display.
const NOT_A_SECRET_KEY = /gpg|pgp|domainkey|hardware_?key|(?:^|[^a-z])node_?key|(?:^|_)mkey$|rsasigkey|cmdkey|discokey|machinekey|s3_?key|primary(?!_?key$)|storage(?!_?account)|hot_?key|keyboard|local(?!_key$)|idempotency|group(?!_(?:primary|secondary)_key$)|(?:^|_)(?:office|member|media|open_?house|showing|team|unit)_?key$|(?:^|_)(?:object|bucket|results?|cache|foreign|sort|(?:hash|key|site|bit)?map|(?:hash|key|site|bit)maps|react|lookup|index|partition|rows?|col(?:umn)?s?|redis|query|unique|route|(?:play|check|black|white|allow|deny)?list(?:ing)?s?|items?|fields?|objects?|dict|values?)(?:_|$)|turkey|monkey|donkey|whiskey|hockey|jockey|keyframe|keycode|keypress|keydown|keyup|keyword|keys$|keyof|key_?id|key_?name|key_?type|key_?size|key_?len|key_?path|key_?file|key_?alias|key_?usage|key_?ring|key_?store|key_?vault|key_?data_?string/i;

/**
 * Whether a variable or key name says its value is a secret: 'password' (a person chose the value,
 * so it need not be random), 'strong' (token, secret, api key …) or 'key' (a bare *_KEY name, which
 * needs a longer, random value), else null.
 */
// `storepass`, `keypass`, `dbpass` end in the word too; bypass, compass and surpass do not count.
// In other languages, as their teams write them (accents are folded before names are read):
// German, Spanish, Portuguese, Turkish, French, Dutch, Polish, Croatian, Finnish, Danish,
// Swedish, Hungarian, Czech, Slovene, Indonesian, Vietnamese. And LDAP's `bindpw` and `rootpw`.
// (Mainframe scripts and configs say `pw`, `initpw`, `adminPW`, AT-TLS `KeyringPw`, COBOL `…-PSWD`.)
// Keycloak's LDAP federation names its bind password `bindCredential`.
const FOREIGN_PASSWORD = String.raw`(^|[^a-z])(?:bind|root)_?pw($|[^a-z])|passwort|kennwort|contrasena|clave|(^|[^a-z])parol($|[^a-z])|senha|(^|[^a-z])sifre|mot_?de_?passe|motdepasse|(^|[^a-z])mdp($|[^a-z])|wachtwoord|(^|[^a-z])haslo|lozinka|salasana|adgangskode|losenord|jelszo|(^|[^a-z])heslo|(^|[^a-z])geslo|kata_?sandi|mat_?khau|parola_?d_?ordine`;
// A WiFi or IPsec pre-shared key is a passphrase a person chose: `STAPSK`, `psk=`, `wpa2-pre-shared-key`;
// so is a BGP session's TCP MD5 key (RouterOS's `tcp-md5-key=`).
const PASSWORD_NAME = new RegExp(String.raw`(?:^|[_-])md5[_-]?key$|passw(or)?d|(?:^|_)passw$|passwd|pswd|(?:^|_)psw$|passcode|(?:^|_)(?:automation|installer|master)_?code$|(^[$@]?|[_.-])pw($|[_.-])|(?:init|initial|temp|tmp|new|old|admin|usr|user|db|svc|sys|keyring|ldap)_?pw$|passphrase|(^|[^a-z])(ro|rw|read|write)?_?community(_?string)?$|authtok$|security[_.]credentials$|psk_?secret$|bind_?credentials?$|(^|[^a-z])pass($|[^a-z])|(?<!by|uy|com|sur|over|tres|im|ss)pass(?=$|_)|pwd|psk$|pre[_-]?shared[_-]?key|${FOREIGN_PASSWORD}`, 'i');

/**
 * The PIN that logs in to an HSM or a PKCS#11 token (`USER_PIN`, `PARTITION_PIN`, SoftHSM's
 * `so_pin`, `hsmPin`): a password, and digits alone are enough for one.
 */
export function isHsmPinName(name: string): boolean {
  return /(?:^|[_.-])(?:user|so|partition|hsm|slot|token|crypto_?(?:user|officer)|pkcs_?11|luna|softhsm|hsm_?user)[_.-]?pin$/.test(normalizeName(name));
}

/**
 * Secrets made of digits alone, known by their name: Salesforce's older consumer secrets (19 digits)
 * under a client or consumer secret's name, Interactive Brokers' Flex tokens (24) under a token's.
 * Elsewhere a run of digits is a number.
 */
export function isDigitSecret(name: string, value: string): boolean {
  const n = normalizeName(name);
  const named = (/(?:^|_)(?:client|consumer|oauth)_?secret$/.test(n) && /^\d{16,24}$/.test(value)) || (/(?:^|_)(?:flex|access|auth|api)_?token$/.test(n) && /^\d{20,32}$/.test(value));
  return named && !isPatterned(value) && longestRuns(value).repeated < 4;
}

const HOST_NAME = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})*\.(?:com|net|org|io|edu|gov|info|biz)$/;

export function secretNameKind(name: string): 'password' | 'strong' | 'key' | null {
  const n = normalizeName(name);
  if (isHsmPinName(name)) return 'password';
  // Drupal's `hash_salt` signs one-time login links and form tokens: a secret, not a hash's salt.
  // Moodle's `passwordsaltmain` is a pepper every password hash mixes in; so is a `pepper`.
  // Icinga 2's `TicketSalt` derives every agent's join ticket.
  // BigBlueButton's `securitySalt` is the API's shared secret: every call is checksummed with it.
  if (/(?:^|[^a-z])hash_?salt$|password_?salt_?(?:main|alt\d{0,2})$|(?:^|_)pepper$|(?:^|_)ticket_?salt$|(?:^|[_.])security_?salt$/.test(n)) return 'strong';
  // SNMPv3's authentication and privacy keys are passphrases (`authKey`, `privKey`, `auth_key`).
  if (/^(?:snmp_?(?:v3_?)?)?(?:auth|priv)_?(?:key|pass(?:phrase)?)$/.test(n)) return 'password';
  // A framework's `PUBLIC_` prefix (SvelteKit, Next.js) ships a value to the browser; a password so
  // named is still a password, and a leaked one.
  const unprefixed = n.replace(/^(?:next_|nuxt_|vite_)?public_/, '');
  if (unprefixed !== n && PASSWORD_NAME.test(unprefixed) && !isBenignName(unprefixed)) return 'password';
  if (isBenignName(name)) return null;
  // A host name is not a name for a value (`historian.keystonebms.com:5432/db` is a host and its
  // port), whatever words its labels hold.
  if (HOST_NAME.test(n)) return null;
  if (PASSWORD_NAME.test(n)) return 'password';
  if (STRONG_SECRET_NAME.test(n)) return 'strong';
  // A bare `key` names a map entry far more often than a credential; a constant `KEY` is a key.
  if (KEY_NAME.test(n) && !NOT_A_SECRET_KEY.test(n) && (!/^["'`$@]?key$/i.test(name) || /^KEY$/.test(name))) return 'key';
  // The AK/SK convention of Huawei, Baidu, Volcengine and Qiniu: `SK` is the secret access key
  // (`HUAWEICLOUD_SDK_SK`, `hwSK`, an INI's `sk =`). Judged as a key: long and random, unlike a
  // DynamoDB sort key's `ORDER#…`.
  if (/(?:^|_)sk$/.test(n)) return 'key';
  return null;
}
