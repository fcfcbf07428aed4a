/**
 * Realistic fake credentials for tests: right alphabet, length and checksum, random content from a
 * seeded generator so failures reproduce. None of these was ever issued by a provider.
 */
import { base62Crc32 } from '../../core/detect/checksum.ts';

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const HEX = '0123456789abcdef';
export const BASE64 = BASE62 + '+/';
export const BASE64URL = BASE62 + '-_';

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let defaultRandom = rng(0x5eed);

/** A random string of `length` characters from `alphabet`. */
export function rand(length: number, alphabet = BASE62, random = defaultRandom): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

export function reseed(seed: number): void {
  defaultRandom = rng(seed);
}

/** PREFIX + 30 random base62 + base62 CRC32 (GitHub ghp_/gho_/ghu_/ghs_/ghr_, npm_). */
export function checksummed(prefix: string): string {
  const body = rand(30);
  return prefix + body + base62Crc32(body);
}

/** The same shape with the checksum broken (last character changed). */
export function badChecksum(prefix: string): string {
  const t = checksummed(prefix);
  const last = t[t.length - 1];
  return t.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}

export function base64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}

/** A JWT with the given claims and a random signature. */
export function jwt(claims: Record<string, unknown> = { sub: rand(10), iat: 1700000000 }): string {
  return `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.${rand(43, BASE64URL)}`;
}

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LOWER_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const BECH32_UPPER = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
/** `n` decimal digits, the first non-zero (seeded, like `rand`). */
export const digitsOf = (n: number) => rand(1, '123456789') + rand(n - 1, DIGITS);

/** A PEM private key of the given label (RSA, EC, OPENSSH, or '' for PKCS#8) with a random body. */
export function privateKeyPem(label = 'RSA', lines = 12): string {
  const tag = label ? `${label} PRIVATE KEY` : 'PRIVATE KEY';
  const body = Array.from({ length: lines }, () => rand(64, BASE64)).join('\n');
  return `-----BEGIN ${tag}-----\n${body}\n${rand(24, BASE64)}==\n-----END ${tag}-----`;
}

const b64json = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64').replace(/=+$/, '');

/**
 * One fake per provider format, keyed by a short kind name. Shapes follow the providers'
 * published formats (prefix, alphabet, length, checksum); the random parts come from `rand`, so
 * `reseed` makes them reproducible. None was ever issued by a provider.
 */
export const FAKE_TOKENS: Record<string, () => string> = {
  // GitHub: prefix + 30 base62 + base62 CRC32 (6); fine-grained: github_pat_ + 22 + _ + 59
  'github-pat': () => checksummed('ghp_'),
  'github-oauth': () => checksummed('gho_'),
  'github-user-to-server': () => checksummed('ghu_'),
  'github-app': () => checksummed('ghs_'),
  'github-fine-grained': () => `github_pat_11${rand(20, UPPER_DIGITS)}_${rand(59)}`,
  // GitLab: glpat-/gldt-/glrt- + 20 [\w-]; pipeline trigger glptt- + 40 hex
  'gitlab-pat': () => `glpat-${rand(20, BASE62 + '-_')}`,
  'gitlab-deploy': () => `gldt-${rand(20, BASE62 + '-_')}`,
  'gitlab-runner': () => `glrt-${rand(20)}`,
  'gitlab-trigger': () => `glptt-${rand(40, HEX)}`,
  // Slack: xoxb-<team>-<bot>-<24>, xoxp-<team>-<user>-<team>-<32 hex>, xapp-1-<app>-<ts>-<64 hex>
  'slack-bot': () => `xoxb-${digitsOf(12)}-${digitsOf(13)}-${rand(24)}`,
  'slack-user': () => `xoxp-${digitsOf(12)}-${digitsOf(12)}-${digitsOf(13)}-${rand(32, HEX)}`,
  'slack-app': () => `xapp-1-A${rand(10, UPPER_DIGITS)}-${digitsOf(13)}-${rand(64, HEX)}`,
  'slack-webhook': () => `https://hooks.slack.com/services/T${rand(8, UPPER_DIGITS)}/B${rand(10, UPPER_DIGITS)}/${rand(24)}`,
  // Stripe: sk_live_/rk_live_ + 99 (new) ; webhook signing secret whsec_ + 32
  'stripe-live': () => `sk_live_51${rand(97)}`,
  'stripe-test': () => `sk_test_51${rand(97)}`,
  'stripe-restricted': () => `rk_live_51${rand(97)}`,
  'stripe-webhook': () => `whsec_${rand(32)}`,
  // AWS: key id AKIA/ASIA + 16 base32; secret 40 base64
  'aws-key-id': () => `AKIA${rand(16, BASE32_UPPER)}`,
  'aws-temp-key-id': () => `ASIA${rand(16, BASE32_UPPER)}`,
  'aws-secret': () => rand(40, BASE64),
  'aws-session-token': () => `IQoJb3JpZ2luX2Vj${rand(340, BASE64)}`,
  // Google: API key AIza + 35; OAuth client secret GOCSPX- + 28; refresh 1//0 + ~100
  'google-api': () => `AIza${rand(35, BASE64URL)}`,
  'google-oauth-secret': () => `GOCSPX-${rand(28, BASE64URL)}`,
  'google-refresh': () => `1//0${rand(2, 'abcdefg')}${rand(99, BASE64URL)}`,
  // OpenAI: sk-proj-/sk-svcacct- … T3BlbkFJ …; legacy sk- + 20 + T3BlbkFJ + 20
  'openai-project': () => `sk-proj-${rand(74, BASE64URL)}T3BlbkFJ${rand(74, BASE64URL)}`,
  'openai-service': () => `sk-svcacct-${rand(74, BASE64URL)}T3BlbkFJ${rand(74, BASE64URL)}`,
  'openai': () => `sk-${rand(20)}T3BlbkFJ${rand(20)}`,
  // Anthropic: sk-ant-api03- + 93 + AA
  'anthropic': () => `sk-ant-api03-${rand(93, BASE64URL)}AA`,
  'groq': () => `gsk_${rand(52)}`,
  'replicate': () => `r8_${rand(37)}`,
  'perplexity': () => `pplx-${rand(48)}`,
  'xai': () => `xai-${rand(80)}`,
  'openrouter': () => `sk-or-v1-${rand(64, HEX)}`,
  // registries
  'npm': () => checksummed('npm_'),
  'pypi': () => `pypi-AgEIcHlwaS5vcmc${rand(160, BASE64URL)}`,
  'rubygems': () => `rubygems_${rand(48, HEX)}`,
  'nuget': () => `oy2${rand(43, 'abcdefghijklmnopqrstuvwxyz234567')}`,
  'dockerhub': () => `dckr_pat_${rand(27, BASE64URL)}`,
  'artifactory': () => `AKCp${rand(69)}`,
  // mail
  'sendgrid': () => `SG.${rand(22, BASE64URL)}.${rand(43, BASE64URL)}`,
  'mailgun': () => `key-${rand(32, HEX)}`,
  'mailchimp': () => `${rand(32, HEX)}-us${1 + Math.floor(rand(1, DIGITS).charCodeAt(0) % 20)}`,
  'brevo': () => `xkeysib-${rand(64, HEX)}-${rand(16)}`,
  // messaging / comms
  'twilio-api-key': () => `SK${rand(32, HEX)}`,
  'twilio-auth-token': () => rand(32, HEX),
  'telegram': () => `${digitsOf(10)}:AA${rand(33, BASE64URL)}`,
  'discord-bot': () => `${Buffer.from(digitsOf(19)).toString('base64').replace(/=+$/, '')}.G${rand(5, BASE64URL)}.${rand(38, BASE64URL)}`,
  'discord-webhook': () => `https://discord.com/api/webhooks/${digitsOf(19)}/${rand(68, BASE64URL)}`,
  'teams-webhook': () => {
    const u = () => `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
    return `https://acmecorp.webhook.office.com/webhookb2/${u()}@${u()}/IncomingWebhook/${rand(32, HEX)}/${u()}`;
  },
  // commerce / payments
  'shopify': () => `shpat_${rand(32, HEX)}`,
  'shopify-secret': () => `shpss_${rand(32, HEX)}`,
  'shopify-custom-app': () => `shpca_${rand(32, HEX)}`,
  'square': () => `EAAA${rand(60, BASE64URL)}`,
  'square-oauth-secret': () => `sq0csp-${rand(43, BASE64URL)}`,
  'braintree': () => `access_token$production$${rand(16, LOWER_DIGITS)}$${rand(32, HEX)}`,
  'flutterwave': () => `FLWSECK-${rand(32, HEX)}-X`,
  'shippo': () => `shippo_live_${rand(40, HEX)}`,
  'easypost': () => `EZAK${rand(54)}`,
  // cloud / infra
  'digitalocean': () => `dop_v1_${rand(64, HEX)}`,
  'digitalocean-oauth': () => `doo_v1_${rand(64, HEX)}`,
  'vault': () => `hvs.CAESI${rand(90, BASE62)}`,
  'terraform-cloud': () => `${rand(14)}.atlasv1.${rand(67, BASE62 + '-_')}`,
  'pulumi': () => `pul-${rand(40, HEX)}`,
  'doppler': () => `dp.st.prd.${rand(40)}`,
  'doppler-personal': () => `dp.pt.${rand(43)}`,
  'azure-storage': () => `DefaultEndpointsProtocol=https;AccountName=st${rand(10, LOWER_DIGITS)};AccountKey=${rand(86, BASE64)}==;EndpointSuffix=core.windows.net`,
  'azure-servicebus': () => `Endpoint=sb://${rand(8, 'abcdefghijklmnopqrstuvwxyz')}-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${rand(43, BASE64)}=`,
  'azure-ad-secret': () => `${rand(3)}8Q~${rand(34, BASE62 + '_~.-')}`,
  'azure-devops-pat': () => rand(52, BASE32_LOWER),
  'alibaba-key-id': () => `LTAI${rand(20)}`,
  'age-secret': () => `AGE-SECRET-KEY-1${rand(58, BECH32_UPPER)}`,
  'heroku': () => `HRKU-AA${rand(58, BASE64URL)}`,
  'netlify': () => `nfp_${rand(36)}`,
  'supabase-pat': () => `sbp_${rand(40, HEX)}`,
  'planetscale': () => `pscale_tkn_${rand(43, BASE64URL)}`,
  'planetscale-password': () => `pscale_pw_${rand(43, BASE64URL)}`,
  'fcm-server-key': () => `AAAA${rand(7, BASE64URL)}:APA91b${rand(134, BASE64URL)}`,
  // dev tools / SaaS
  'huggingface': () => `hf_${rand(34, LETTERS)}`,
  'databricks': () => `dapi${rand(32, HEX)}`,
  'postman': () => `PMAK-${rand(24, HEX)}-${rand(34, HEX)}`,
  'grafana-sa': () => `glsa_${rand(32)}_${rand(8, HEX)}`,
  'grafana-cloud': () => `glc_${b64json({ o: digitsOf(6), n: `stack-${digitsOf(6)}-hm-write-ci`, k: rand(24), m: { r: 'prod-eu-west-2' } })}`,
  'linear': () => `lin_api_${rand(40)}`,
  'atlassian': () => `ATATT3xFfGF0${rand(171, BASE64URL)}=${rand(8, '0123456789ABCDEF')}`,
  'sentry-user': () => `sntryu_${rand(64, HEX)}`,
  'sentry-org': () => `sntrys_${b64json({ iat: 1718000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme-corp' })}_${rand(43, BASE64)}`,
  'newrelic-user': () => `NRAK-${rand(27, UPPER_DIGITS)}`,
  'newrelic-license': () => `${rand(36, HEX)}NRAL`,
  'notion': () => `ntn_${digitsOf(11)}${rand(35)}`,
  'notion-legacy': () => `secret_${rand(43)}`,
  'airtable': () => `pat${rand(14)}.${rand(64, HEX)}`,
  'figma': () => `figd_${rand(40, BASE64URL)}`,
  'dropbox': () => `sl.${rand(135, BASE64URL)}`,
  'buildkite': () => `bkua_${rand(40, HEX)}`,
  'circleci': () => `CCIPAT_${rand(22)}_${rand(40, HEX)}`,
  'sourcegraph': () => `sgp_${rand(16, HEX)}_${rand(40, HEX)}`,
  'contentful': () => `CFPAT-${rand(43, BASE64URL)}`,
  'tailscale': () => `tskey-auth-k${rand(10)}CNTRL-${rand(33)}`,
  'mapbox-secret': () => `sk.${b64json({ u: 'acme-maps', a: rand(25, LOWER_DIGITS) }).replace(/\+/g, '-').replace(/\//g, '_')}.${rand(22, BASE64URL)}`,
  'launchdarkly-sdk': () => `sdk-${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-8${rand(3, HEX)}-${rand(12, HEX)}`,
  'adafruit': () => `aio_${rand(28)}`,
  'readme': () => `rdme_${rand(70, HEX)}`,
  'prefect': () => `pnu_${rand(36)}`,
};
