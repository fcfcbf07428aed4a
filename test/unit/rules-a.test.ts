/**
 * Provider rules, part A (core/detect/rules/providers-a.ts): every rule finds realistic fakes in
 * the usual languages and config formats with the exact span and level, and stays quiet on
 * placeholders, templates, documented examples, wrong lengths and prefixes inside longer words.
 * Every value here is generated (test/unit/fakes.ts): none was ever issued by a provider.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from '../../core/detect/engine.ts';
import { PROVIDER_RULES_A } from '../../core/detect/rules/providers-a.ts';
import { RULES } from '../../core/detect/rules/index.ts';
import type { Level } from '../../core/detect/types.ts';
import { BASE62, BASE64, BASE64URL, HEX, badChecksum, checksummed, jwt, rand, reseed } from './fakes.ts';
import { findingsOf, ruleIds as ruleIdsOf, spans } from './helpers.ts';

reseed(0xa11ce);

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
const digits = (n: number) => rand(1, '123456789') + rand(n - 1, DIGITS);
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** One value assigned to a name, in the languages and formats secrets leak from. */
function contexts(name: string, value: string): Record<string, string> {
  const camel = name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const upper = name.toUpperCase();
  return {
    js: `const ${camel} = "${value}";\n`,
    ts: `export const config = {\n  ${camel}: '${value}',\n};\n`,
    python: `${name} = '${value}'\n`,
    go: `\t${camel} := "${value}"\n`,
    yaml: `service:\n  ${name}: ${value}\n`,
    env: `${upper}=${value}\n`,
    json: `{\n  "${name}": "${value}"\n}\n`,
    shell: `export ${upper}="${value}"\n`,
    dockerfile: `FROM node:20\nENV ${upper}=${value}\n`,
    terraform: `variable "x" {}\nresource "x" "y" {\n  ${name} = "${value}"\n}\n`,
  };
}

/** Asserts `id` finds exactly `secret` once in `text`, at `level`. */
function expectOne(id: string, text: string, secret: string, level: Level, where = ''): void {
  const fs = findingsOf(id, text);
  assert.deepEqual(spans(text, fs), [secret], `${id} ${where}: ${JSON.stringify(text.slice(0, 200))}`);
  assert.equal(fs[0].level, level, `${id} ${where} level`);
}

/** Asserts none of this file's rules reports an error or warning in `text`. */
function expectQuiet(text: string, why: string): void {
  const fs = scanText(text, { rules: PROVIDER_RULES_A }).findings.filter((f) => f.level !== 'note');
  assert.deepEqual(fs.map((f) => `${f.ruleId}:${text.slice(f.offset, f.offset + f.length)}`), [], why);
}

interface Prefixed {
  id: string;
  make: () => string;
  level: Level;
  /** Variable name used in the language contexts. */
  name?: string;
}

const PREFIXED: Prefixed[] = [
  { id: 'github-pat', make: () => checksummed('ghp_'), level: 'error', name: 'gh_token' },
  { id: 'github-fine-grained-pat', make: () => `github_pat_${rand(22)}_${rand(59)}`, level: 'error', name: 'gh_token' },
  { id: 'github-oauth-token', make: () => checksummed('gho_'), level: 'error' },
  { id: 'github-app-user-token', make: () => checksummed('ghu_'), level: 'error' },
  { id: 'github-app-installation-token', make: () => checksummed('ghs_'), level: 'error' },
  { id: 'github-app-installation-token-jwt', make: () => `ghs_${digits(6)}_${jwt({ iss: digits(6), iat: 1745568000 })}`, level: 'error' },
  { id: 'github-refresh-token', make: () => checksummed('ghr_'), level: 'error' },
  { id: 'github-refresh-token-legacy', make: () => `ghr_${rand(76)}`, level: 'error' },
  { id: 'gitlab-pat', make: () => `glpat-${rand(20)}`, level: 'error' },
  { id: 'gitlab-deploy-token', make: () => `gldt-${rand(20)}`, level: 'error' },
  { id: 'gitlab-runner-token', make: () => `glrt-t1_${rand(20)}`, level: 'error' },
  { id: 'gitlab-pipeline-trigger-token', make: () => `glptt-${rand(40, HEX)}`, level: 'error' },
  { id: 'gitlab-ci-job-token', make: () => `glcbt-64_${rand(20)}`, level: 'error' },
  { id: 'gitlab-incoming-mail-token', make: () => `glimt-${rand(25)}`, level: 'error' },
  { id: 'gitlab-scim-token', make: () => `glsoat-${rand(20)}`, level: 'error' },
  { id: 'gitlab-feed-token', make: () => `glft-${rand(20)}`, level: 'error' },
  { id: 'gitlab-oauth-app-secret', make: () => `gloas-${rand(64, HEX)}`, level: 'error' },
  { id: 'gitlab-runner-registration-token', make: () => `GR1348941${rand(20)}`, level: 'error' },
  { id: 'gitlab-agent-token', make: () => `glagent-${rand(50)}`, level: 'error' },
  { id: 'slack-bot-token', make: () => `xoxb-${digits(12)}-${digits(13)}-${rand(24)}`, level: 'error' },
  { id: 'slack-user-token', make: () => `xoxp-${digits(12)}-${digits(12)}-${digits(12)}-${rand(32, HEX)}`, level: 'error' },
  // the same four parts after xoxe-: the token in Slack's file links
  { id: 'slack-user-token', make: () => `xoxe-${digits(13)}-${digits(13)}-${digits(13)}-${rand(32, HEX)}`, level: 'error' },
  { id: 'slack-legacy-token', make: () => `xoxa-2-${digits(12)}-${digits(12)}-${rand(32, HEX)}`, level: 'error' },
  { id: 'slack-config-access-token', make: () => `xoxe.xoxp-1-${rand(163)}`, level: 'error' },
  { id: 'slack-refresh-token', make: () => `xoxe-1-${rand(146)}`, level: 'error' },
  { id: 'slack-app-token', make: () => `xapp-1-A${rand(10, UPPER_DIGITS)}-${digits(13)}-${rand(64, HEX)}`, level: 'error' },
  {
    id: 'slack-webhook',
    make: () => `https://hooks.slack.com/services/T${rand(8, UPPER_DIGITS)}/B${rand(10, UPPER_DIGITS)}/${rand(24)}`,
    level: 'error',
    name: 'webhook_url',
  },
  {
    // Workflow Builder webhook triggers: team (T…, or E… on Enterprise Grid), trigger number, 32 hex
    id: 'slack-workflow-webhook',
    make: () => `https://hooks.slack.com/triggers/${rand(1, 'TE')}${rand(10, UPPER_DIGITS)}/${digits(13)}/${rand(32, HEX)}`,
    level: 'error',
  },
  {
    id: 'slack-workflow-webhook',
    make: () => `https://hooks.slack.com/workflows/T${rand(8, UPPER_DIGITS)}/A${rand(10, UPPER_DIGITS)}/${digits(18)}/${rand(32)}`,
    level: 'error',
    name: 'webhook_url',
  },
  { id: 'stripe-live-secret-key', make: () => `sk_live_${rand(99)}`, level: 'error', name: 'stripe_key' },
  { id: 'stripe-live-restricted-key', make: () => `rk_live_${rand(99)}`, level: 'error', name: 'stripe_key' },
  { id: 'stripe-test-key', make: () => `sk_test_${rand(24)}`, level: 'warning', name: 'stripe_key' },
  { id: 'stripe-webhook-secret', make: () => `whsec_${rand(32)}`, level: 'error' },
  { id: 'aws-access-key-id', make: () => `AKIA${rand(16, BASE32_UPPER)}`, level: 'error', name: 'aws_access_key_id' },
  { id: 'google-api-key', make: () => `AIza${rand(35, BASE64URL)}`, level: 'error', name: 'maps_key' },
  { id: 'google-oauth-client-secret', make: () => `GOCSPX-${rand(28, BASE64URL)}`, level: 'error', name: 'client_secret' },
  { id: 'google-oauth-access-token', make: () => `ya29.a0${rand(160, BASE64URL)}`, level: 'warning', name: 'access_token' },
  { id: 'google-oauth-refresh-token', make: () => `1//0${rand(2, 'abcdefg')}${rand(99, BASE64URL)}`, level: 'warning', name: 'refresh_token' },
  { id: 'openai-project-key', make: () => `sk-proj-${rand(74, BASE64URL)}T3BlbkFJ${rand(74, BASE64URL)}`, level: 'error', name: 'openai_api_key' },
  { id: 'openai-service-account-key', make: () => `sk-svcacct-${rand(74, BASE64URL)}T3BlbkFJ${rand(74, BASE64URL)}`, level: 'error' },
  { id: 'openai-admin-key', make: () => `sk-admin-${rand(58, BASE64URL)}T3BlbkFJ${rand(58, BASE64URL)}`, level: 'error' },
  { id: 'openai-api-key', make: () => `sk-${rand(20)}T3BlbkFJ${rand(20)}`, level: 'error', name: 'openai_api_key' },
  { id: 'openai-legacy-api-key', make: () => `sk-${rand(48)}`, level: 'warning', name: 'openai_api_key' },
  { id: 'anthropic-api-key', make: () => `sk-ant-api03-${rand(93, BASE64URL)}AA`, level: 'error', name: 'anthropic_api_key' },
  { id: 'anthropic-admin-key', make: () => `sk-ant-admin01-${rand(93, BASE64URL)}AA`, level: 'error' },
  { id: 'huggingface-token', make: () => `hf_${rand(34, LETTERS)}`, level: 'error', name: 'hf_token' },
  { id: 'huggingface-org-token', make: () => `api_org_${rand(34, LETTERS)}`, level: 'error' },
  { id: 'npm-access-token', make: () => checksummed('npm_'), level: 'error', name: 'npm_token' },
  { id: 'pypi-upload-token', make: () => `pypi-AgEIcHlwaS5vcmc${rand(160, BASE64URL)}`, level: 'error', name: 'pypi_token' },
  { id: 'sendgrid-api-key', make: () => `SG.${rand(22, BASE64URL)}.${rand(43, BASE64URL)}`, level: 'error' },
  { id: 'twilio-api-key', make: () => `SK${rand(32, HEX)}`, level: 'note', name: 'twilio_api_key' },
  { id: 'mailgun-api-key', make: () => `key-${rand(32, HEX)}`, level: 'error', name: 'mailgun_key' },
  { id: 'telegram-bot-token', make: () => `${digits(10)}:AA${rand(33, BASE64URL)}`, level: 'error', name: 'bot_token' },
  { id: 'shopify-access-token', make: () => `shpat_${rand(32, HEX)}`, level: 'error' },
  { id: 'shopify-custom-app-token', make: () => `shpca_${rand(32, HEX)}`, level: 'error' },
  { id: 'shopify-private-app-token', make: () => `shppa_${rand(32, HEX)}`, level: 'error' },
  { id: 'shopify-app-secret', make: () => `shpss_${rand(32, HEX)}`, level: 'error' },
  { id: 'digitalocean-pat', make: () => `dop_v1_${rand(64, HEX)}`, level: 'error', name: 'do_token' },
  { id: 'digitalocean-oauth-token', make: () => `doo_v1_${rand(64, HEX)}`, level: 'error' },
  { id: 'digitalocean-refresh-token', make: () => `dor_v1_${rand(64, HEX)}`, level: 'error' },
  { id: 'hashicorp-vault-service-token', make: () => `hvs.CAESI${rand(90, BASE62)}`, level: 'error', name: 'vault_token' },
  { id: 'hashicorp-vault-batch-token', make: () => `hvb.AAAAAQ${rand(140, BASE62)}`, level: 'error', name: 'vault_token' },
  { id: 'hashicorp-vault-recovery-token', make: () => `hvr.${rand(90, BASE62)}`, level: 'error' },
  { id: 'hashicorp-terraform-token', make: () => `${rand(14)}.atlasv1.${rand(67)}`, level: 'error', name: 'tfe_token' },
  { id: 'databricks-token', make: () => `dapi${rand(32, HEX)}-2`, level: 'error', name: 'databricks_token' },
  { id: 'doppler-personal-token', make: () => `dp.pt.${rand(43)}`, level: 'error' },
  { id: 'doppler-cli-token', make: () => `dp.ct.${rand(43)}`, level: 'error' },
  { id: 'doppler-service-token', make: () => `dp.st.prd.${rand(40)}`, level: 'error', name: 'doppler_token' },
  { id: 'doppler-service-account-token', make: () => `dp.sa.${rand(43)}`, level: 'error' },
  { id: 'doppler-scim-token', make: () => `dp.scim.${rand(43)}`, level: 'error' },
  { id: 'doppler-audit-token', make: () => `dp.audit.${rand(43)}`, level: 'error' },
  { id: 'postman-api-key', make: () => `PMAK-${rand(24, HEX)}-${rand(34, HEX)}`, level: 'error' },
  {
    id: 'grafana-cloud-token',
    make: () => `glc_${b64(JSON.stringify({ o: digits(6), n: `stack-${digits(6)}-write`, k: rand(24), m: { r: 'prod-eu-west-2' } }))}`,
    level: 'error',
  },
  { id: 'grafana-service-account-token', make: () => `glsa_${rand(32)}_${rand(8, HEX)}`, level: 'error' },
  { id: 'grafana-api-key', make: () => b64(JSON.stringify({ k: rand(32), n: 'deploy', id: 1 })), level: 'error', name: 'grafana_key' },
  { id: 'linear-api-key', make: () => `lin_api_${rand(40)}`, level: 'error' },
  { id: 'azure-ad-client-secret', make: () => `${rand(3)}8Q~${rand(34, BASE62 + '_~.-')}`, level: 'error', name: 'client_secret' },
  { id: 'azure-devops-pat-v2', make: () => `${rand(52)}JQQJ9${rand(19)}AZDO${rand(4)}`, level: 'error', name: 'ado_pat' },
];

describe('prefixed tokens are found in every language and config format', () => {
  for (const p of PREFIXED) {
    test(p.id, () => {
      const name = p.name ?? 'api_token';
      for (const [lang, text] of Object.entries(contexts(name, ''))) {
        void text;
        const value = p.make();
        expectOne(p.id, contexts(name, value)[lang], value, p.level, lang);
      }
    });
  }
});

describe('prefixed tokens: near misses stay quiet', () => {
  for (const p of PREFIXED) {
    test(p.id, () => {
      const value = p.make();
      // The prefix glued to the end of a longer word is something else.
      if (/^[A-Za-z0-9]/.test(value) && !value.startsWith('http')) {
        assert.equal(findingsOf(p.id, `x = "q${value}"\n`).length, 0, 'glued to a word');
      }
      // A hand-typed placeholder in place of the random part.
      const placeholder = value.slice(0, -20) + 'x'.repeat(20);
      assert.ok(!findingsOf(p.id, `key: ${placeholder}\n`).some((f) => f.level !== 'note'), `placeholder ${placeholder}`);
    });
  }
});

describe('checksums', () => {
  for (const prefix of ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_']) {
    test(`${prefix} with a broken checksum is a warning, a valid one an error`, () => {
      const good = checksummed(prefix);
      const bad = badChecksum(prefix);
      const text = `good = "${good}"\nbad = "${bad}"\n`;
      const fs = scanText(text).findings;
      assert.deepEqual(spans(text, fs), [good, bad]);
      assert.deepEqual(fs.map((f) => [f.validation, f.level]), [['valid', 'error'], ['invalid', 'warning']]);
    });
  }
  test('wrong lengths are not GitHub or npm tokens', () => {
    const t = checksummed('ghp_');
    expectQuiet(`a = "${t.slice(0, -1)}"\nb = "${t}Z"\nc = "npm_${rand(35)}"\n`, 'ghp_ 35/37 and npm_ 35');
  });
});

describe('hints and revoke links', () => {
  test('a Stripe live secret key says to prefer a restricted key', () => {
    const [f] = findingsOf('stripe-live-secret-key', `Stripe.api_key = "sk_live_${rand(24)}"\n`);
    assert.match(f.hint ?? '', /full access: prefer a restricted rk_live_ key/);
    assert.match(f.revokeUrl ?? '', /^https:\/\/dashboard\.stripe\.com\//);
  });
  test('every rule has a title, provider, description, and lower-case keywords', () => {
    for (const r of PROVIDER_RULES_A) {
      assert.ok(r.title && r.provider && r.description, r.id);
      assert.match(r.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, r.id);
      for (const k of r.keywords) assert.equal(k, k.toLowerCase(), `${r.id} keyword ${k}`);
    }
    assert.equal(new Set(PROVIDER_RULES_A.map((r) => r.id)).size, PROVIDER_RULES_A.length, 'ids are unique');
  });
  test('every rule fires on at least one test in this file', () => {
    const tested = new Set([...PREFIXED.map((p) => p.id), ...CONTEXT_IDS]);
    assert.deepEqual(PROVIDER_RULES_A.map((r) => r.id).filter((id) => !tested.has(id)), []);
  });
});

const CONTEXT_IDS = [
  'github-oauth-client-secret', 'aws-secret-access-key', 'aws-session-token', 'twilio-auth-token', 'twilio-auth-token-pair',
  'mailgun-private-api-key', 'hashicorp-vault-token-legacy', 'hashicorp-vault-unseal-key',
  'azure-storage-account-key', 'azure-shared-access-key', 'azure-sas-token', 'azure-app-configuration-secret', 'azure-account-key-near-endpoint', 'azure-account-key-listing', 'azure-quantum-connection-string',
  'azure-client-secret', 'azure-devops-pat', 'azure-devops-pat-login', 'azure-devops-pat-mentioned', 'jwt', 'jwt-signed', 'private-key', 'private-key-base64', 'gcp-service-account-base64',
  'database-url-password', 'database-connection-string-password', 'basic-auth-header', 'basic-auth-url', 'basic-auth-credentials',
  'docker-config-auth', 'slack-webhook-path',
  'npmrc-auth', 'yarnrc-auth-ident', 'github-oauth-client-secret-pair',
];

describe('context rules', () => {
  test('an .npmrc auth token of any shape is found; an environment reference is not', () => {
    const legacy = `${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)}`;
    expectOne('npmrc-auth', `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${legacy}\n`, legacy, 'warning', 'legacy uuid');
    const basic = Buffer.from(`ci:${rand(16)}`).toString('base64');
    expectOne('npmrc-auth', `//nexus.acme.io/repository/npm/:_auth=${basic}\n`, basic, 'warning', '_auth');
    assert.equal(findingsOf('npmrc-auth', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', '.npmrc').length, 0, 'reference');
    // a granular npm_ token is the npm rule's, at its own level
    const tok = checksummed('npm_');
    assert.deepEqual(ruleIdsOf(`//registry.npmjs.org/:_authToken=${tok}\n`), ['npm-access-token']);
  });

  test('a .yarnrc.yml npmAuthIdent, plain or base64, is found; a reference or a stand-in is not', () => {
    const pass = `${rand(6, 'abcdefghjkmnpqrstuvwxyz')}-${rand(6, 'abcdefghjkmnpqrstuvwxyz')}-${rand(2, '23456789')}`;
    expectOne('yarnrc-auth-ident', `npmRegistries:\n  "https://nexus.acme.io/repository/npm/":\n    npmAlwaysAuth: true\n    npmAuthIdent: "deploy:${pass}"\n`, pass, 'warning', 'plain');
    const b64 = Buffer.from(`deploy:${rand(18)}`).toString('base64');
    expectOne('yarnrc-auth-ident', `    npmAuthIdent: ${b64}\n`, b64, 'warning', 'base64');
    assert.equal(findingsOf('yarnrc-auth-ident', '    npmAuthIdent: "${NPM_AUTH_IDENT}"\n', '.yarnrc.yml').length, 0, 'reference');
    assert.equal(findingsOf('yarnrc-auth-ident', '    npmAuthIdent: "deploy:password"\n', '.yarnrc.yml').length, 0, 'stand-in');
  });

  test('a GitHub OAuth client secret given right after its client id is found by position', () => {
    const s = rand(40, HEX);
    expectOne('github-oauth-client-secret-pair', `export const github = new GitHub(\n  "Iv1.${rand(16, HEX)}",\n  "${s}",\n  "https://app.corp.dev/login/github/callback"\n);\n`, s, 'warning', 'arctic');
    assert.equal(findingsOf('github-oauth-client-secret-pair', `const ids = ["Iv1.${rand(16, HEX)}", "${rand(12, HEX)}"];\n`).length, 0, 'not a 40-hex secret');
  });

  test('GitHub OAuth client secret needs a GitHub-ish name', () => {
    const s = rand(40, HEX);
    expectOne('github-oauth-client-secret', `GITHUB_CLIENT_SECRET=${s}\n`, s, 'warning', 'env');
    expectOne('github-oauth-client-secret', `  gh_client_secret: "${s}"\n`, s, 'warning', 'yaml');
    expectOne('github-oauth-client-secret', `const githubSecret = '${s}';\n`, s, 'warning', 'js');
    assert.equal(findingsOf('github-oauth-client-secret', `high_secret = "${s}"\n`).length, 0, 'gh inside high');
    assert.equal(findingsOf('github-oauth-client-secret', `commit_sha = "${s}"\n`).length, 0, 'a commit sha');
  });

  test('AWS secret access key by name, in INI, .env, JS, YAML, Terraform', () => {
    const s = rand(40, BASE64);
    expectOne('aws-secret-access-key', `[default]\naws_access_key_id = AKIA${rand(16, BASE32_UPPER)}\naws_secret_access_key = ${s}\n`, s, 'error', 'ini');
    expectOne('aws-secret-access-key', `AWS_SECRET_ACCESS_KEY=${s}\n`, s, 'error', 'env');
    expectOne('aws-secret-access-key', `new S3Client({ credentials: { accessKeyId: id, secretAccessKey: "${s}" } });\n`, s, 'error', 'js');
    expectOne('aws-secret-access-key', `env:\n  AWS_SECRET_ACCESS_KEY: "${s}"\n`, s, 'error', 'yaml');
    expectOne('aws-secret-access-key', `provider "aws" {\n  aws_secret_key = "${s}"\n}\n`, s, 'error', 'terraform');
    expectQuiet('AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n', 'documented example');
    expectQuiet(`AWS_SECRET_ACCESS_KEY=${rand(41, BASE64)}\n`, '41 chars');
    expectQuiet('aws_secret_access_key = ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n', 'template');
  });

  test('AWS session token by name', () => {
    const s = `IQoJb3JpZ2luX2VjE${rand(300, BASE64)}`;
    expectOne('aws-session-token', `export AWS_SESSION_TOKEN="${s}"\n`, s, 'error', 'shell');
    expectOne('aws-session-token', `{"Credentials": {"SessionToken": "${s}"}}\n`, s, 'error', 'sts json');
    expectOne('aws-session-token', `aws_security_token = ${s}\n`, s, 'error', 'ini');
    expectQuiet(`session_token = "${rand(300, BASE64)}"\n`, 'a session token with no AWS context');
  });

  test('Twilio auth token and API secret in Twilio context only', () => {
    const s = rand(32, HEX);
    expectOne('twilio-auth-token', `TWILIO_AUTH_TOKEN=${s}\n`, s, 'warning', 'env');
    const k = rand(32);
    expectOne('twilio-auth-token', `const twilioApiKeySecret = '${k}';\n`, k, 'warning', 'js');
    expectQuiet(`TWILIO_ACCOUNT_SID=AC${rand(32, HEX)}\n`, 'the account SID is an identifier');
    expectQuiet(`auth_token = "${s}"\n`, 'no Twilio context');
  });

  test('a Twilio auth token passed beside its account SID', () => {
    const s = rand(32, HEX);
    expectOne('twilio-auth-token-pair', `const client = twilio("AC${rand(32, HEX)}", "${s}");\n`, s, 'warning', 'js');
    expectOne('twilio-auth-token-pair', `from twilio.rest import Client\n\nclient = Client(\n    "AC${rand(32, HEX)}", "${s}"\n)\n`, s, 'warning', 'python');
    expectQuiet(`const client = twilio("AC${rand(32, HEX)}", process.env.TWILIO_AUTH_TOKEN);\n`, 'a reference');
    // An API key's SID is its identifier, a note whatever its name; its secret is what signs requests.
    const sid = `SK${rand(32, HEX)}`;
    expectOne('twilio-api-key', `    public static final String TWILIO_API_KEY_SID = "${sid}";\n`, sid, 'note', 'java, named SID');
    expectOne('twilio-api-key', `"TwilioApiKeySid": "${sid}",\n`, sid, 'note', 'json, named SID');
    expectQuiet(`sid = "AC${rand(32, HEX)}", "${s}"\n`, 'nothing says Twilio');
  });

  test('Mailgun private API key in Mailgun context', () => {
    const s = `${rand(32, HEX)}-${rand(8, HEX)}-${rand(8, HEX)}`;
    expectOne('mailgun-private-api-key', `MAILGUN_API_KEY=${s}\n`, s, 'error', 'env');
    expectOne('mailgun-private-api-key', `mg_key = "${s}"\n`, s, 'error', 'python');
    expectQuiet(`request_id = "${s}"\n`, 'no Mailgun context');
  });

  test('HashiCorp Vault legacy tokens in a Vault context, unseal keys', () => {
    const s = `s.${rand(24)}`;
    expectOne('hashicorp-vault-token-legacy', `VAULT_TOKEN="${s}"\n`, s, 'warning', 'env');
    expectOne('hashicorp-vault-token-legacy', `consul-template -vault-token ${s}\n`, s, 'warning', 'cli');
    expectQuiet(`function(){ s.addComponentsFromRegistry() }\n`, 'member access');
    const u = rand(44, BASE64);
    expectOne('hashicorp-vault-unseal-key', `Unseal Key 1: ${u}\n`, u, 'error', 'init output');
    expectOne('hashicorp-vault-unseal-key', `vault operator unseal ${u}\n`, u, 'error', 'cli');
  });

  test('Azure connection strings, SAS, App Configuration', () => {
    const key = `${rand(86, BASE64)}==`;
    const conn = `DefaultEndpointsProtocol=https;AccountName=acct${digits(4)};AccountKey=${key};EndpointSuffix=core.windows.net`;
    expectOne('azure-storage-account-key', `"AzureWebJobsStorage": "${conn}"\n`, key, 'error', 'json');
    expectOne('azure-storage-account-key', `AZURE_STORAGE_CONNECTION_STRING="${conn}"\n`, key, 'error', 'env');
    expectQuiet('AccountName=<YOUR_ACCOUNT_NAME>;AccountKey=<YOUR_ACCOUNT_KEY>;\n', 'placeholder');
    const qk = `${rand(43, BASE64)}=`;
    expectOne('azure-quantum-connection-string',
      `"SubscriptionId=${rand(8, HEX)}-${rand(4, HEX)}-4${rand(3, HEX)}-a${rand(3, HEX)}-${rand(12, HEX)};ResourceGroupName=quantum;WorkspaceName=ws-maxcut;ApiKey=${qk};QuantumEndpoint=https://uksouth.quantum.azure.com/;"\n`, qk, 'error', 'quantum workspace');
    expectQuiet('AccountName={2};AccountKey={3};\nAccountName=X;AccountKey=X;\n', 'format holes');
    const sak = `${rand(43, BASE64)}=`;
    expectOne('azure-shared-access-key',
      `Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sak}\n`, sak, 'error', 'service bus');
    const sig = `${rand(43, BASE62)}%3D`;
    expectOne('azure-sas-token',
      `url = "https://acct.blob.core.windows.net/c/f.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=${sig}"\n`, sig, 'error', 'sas url');
    expectQuiet(`https://example.net/login?sig=${rand(43, BASE62)}\n`, 'sig= without a SAS version');
    const cs = `${rand(43, BASE64)}=`;
    expectOne('azure-app-configuration-secret',
      `AppConfig: "Endpoint=https://cfg-prod.azconfig.io;Id=${rand(4)}-l0-s0:${rand(20)};Secret=${cs}"\n`, cs, 'error', 'yaml');
    expectQuiet('Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx\n', 'placeholder');
    const cosmos = `${rand(86, BASE64)}==`;
    expectOne('azure-account-key-near-endpoint',
      `  cosmos: {\n    endpoint: 'https://orders-cosmos.documents.azure.com:443/',\n    key: '${cosmos}',\n  },\n`, cosmos, 'error', 'js object');
    expectQuiet(`cosmos: {\n  endpoint: 'https://orders-cosmos.documents.azure.com:443/',\n  key: process.env.COSMOS_KEY,\n}\n`, 'a reference');
    // `az storage account keys list` output in a CI log.
    const listed = `${rand(86, BASE64)}==`;
    expectOne('azure-account-key-listing',
      `+ az storage account keys list -g rg-prod -n prodstore -o json\n[\n  {\n    "creationTime": "2024-04-21T15:18:30.2966639+00:00",\n    "keyName": "key1",\n    "permissions": "FULL",\n    "value": "${listed}"\n  }\n]\n`, listed, 'error', 'az output');
    expectQuiet(`[\n  {\n    "keyName": "key1",\n    "permissions": "FULL",\n    "value": "<redacted>"\n  }\n]\n`, 'redacted listing');
  });

  test('Azure client secrets and DevOps PATs in context', () => {
    const s = rand(40, BASE62 + '_-');
    expectOne('azure-client-secret', `var azureClientSecret = "${s}"\n`, s, 'warning', 'go');
    expectOne('azure-client-secret', `ARM_CLIENT_SECRET=${s}\n`, s, 'warning', 'env');
    const pat = rand(52, BASE32_LOWER);
    expectOne('azure-devops-pat', `AZURE_DEVOPS_EXT_PAT=${pat}\n`, pat, 'warning', 'env');
    expectOne('azure-devops-pat', `$token = "${pat}"\n`, pat, 'warning', 'powershell');
    expectOne('azure-devops-pat', `var personalAccessToken = "${pat}";\n`, pat, 'warning', 'c#');
    expectQuiet(`digest = "${pat}"\n`, 'no token-ish name');
    const piped = rand(52, BASE32_LOWER);
    expectOne('azure-devops-pat-login', `echo "${piped}" | az devops login --organization https://dev.azure.com/corp\n`, piped, 'warning', 'shell');
    expectQuiet('echo "$ADO_PAT" | az devops login --organization https://dev.azure.com/corp\n', 'a reference');
    const said = rand(52, BASE32_LOWER);
    expectOne('azure-devops-pat-mentioned', `${said} is the real staging ADO PAT, please rotate it\n`, said, 'warning', 'markdown');
  });

  test('JWTs assigned to a token name or after Bearer', () => {
    const t = jwt({ sub: rand(10), role: 'service', iat: 1700000000 });
    expectOne('jwt', `const authToken = "${t}";\n`, t, 'warning', 'js');
    expectOne('jwt', `SUPABASE_SERVICE_KEY=${t}\n`, t, 'warning', 'env');
    expectOne('jwt', `curl -H "Authorization: Bearer ${t}" https://api.internal/\n`, t, 'warning', 'curl');
    expectOne('jwt', `headers = {"Authorization": f"Bearer ${t}"}\n`, t, 'warning', 'python');
    expectQuiet(`<add key="ClearTextPassword" value="eyJ0eXAiOiAiVENWMiJ9.${rand(40, BASE64URL)}.${rand(40, BASE64URL)}" />\n`, 'not a JWT payload');
    expectQuiet(`token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0."\n`, 'unsigned');
  });

  test('a signed JWT without a token name: in a log line, a CLI argument, a value on the next line', () => {
    const t = jwt({ sub: rand(10), role: 'service', iat: 1700000000 });
    expectOne('jwt-signed', `2024/11/04 21:08:40 issued ${t} for worker-3\n`, t, 'warning', 'log');
    expectOne('jwt-signed', `python cli.py --as ${t}\n`, t, 'warning', 'shell');
    expectOne('jwt-signed', `Access Token:\n\t"${t}"\n`, t, 'warning', 'text');
    // Named, the token is reported once, by the rule that saw the name.
    expectOne('jwt', `const authToken = "${t}";\n`, t, 'warning', 'js');
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const claims = b64({ sub: rand(10), iat: 1700000000 });
    const sig = rand(43, BASE64URL);
    expectQuiet(`fixture: ${b64({ alg: 'none' })}.${claims}.${sig}\n`, 'alg none');
    expectQuiet(`fixture: ${b64({ typ: 'JWT' })}.${claims}.${sig}\n`, 'no algorithm');
    expectQuiet(`fixture: eyJ${rand(30, BASE64URL)}.${claims}.${sig}\n`, 'header is not JSON');
    expectQuiet(`fixture: ${b64({ alg: 'HS256' })}.eyJ${rand(30, BASE64URL)}.${sig}\n`, 'claims are not JSON');
    expectQuiet(`fixture: ${b64({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.${rand(40, BASE64URL)}.${rand(16, BASE64URL)}.${rand(30, BASE64URL)}.${rand(22, BASE64URL)}\n`, 'an encrypted JWE');
    expectQuiet(`${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.${sig}\n`, "jwt.io's example");
  });
});

describe('private keys', () => {
  const body = (n: number) => Array.from({ length: n }, () => rand(64, BASE64)).join('\n');
  const ec = `-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI${rand(55, BASE64)}\n${rand(64, BASE64)}\n${rand(42, BASE64)}==\n-----END EC PRIVATE KEY-----`;

  test('a PEM block is one finding spanning BEGIN to END', () => {
    expectOne('private-key', `${ec}\n`, ec, 'error', 'pem file');
    const inJson = ec.replace(/\n/g, '\\n');
    expectOne('private-key', `{"type": "service_account", "private_key": "${inJson}\\n", "client_email": "x@p.iam.gserviceaccount.com"}\n`, inJson, 'error', 'service account json');
    const inCode = `key = """\n${ec}\n"""\n`;
    expectOne('private-key', inCode, ec, 'error', 'python');
  });

  test('a base64-encoded PEM block', () => {
    const enc = b64(`${ec}\n`);
    expectOne('private-key-base64', `PRIVATE_KEY_B64=${enc}\n`, enc, 'error', 'env');
  });

  test('a base64-encoded service account key file, and one without a private key', () => {
    const file = JSON.stringify({ type: 'service_account', project_id: 'orders-prod', private_key_id: rand(40, HEX), private_key: `${ec}\n`, client_email: 'ci@orders-prod.iam.gserviceaccount.com' }, null, 2);
    const enc = b64(file);
    expectOne('gcp-service-account-base64', `GOOGLE_CREDENTIALS_B64=${enc}\n`, enc, 'error', 'env');
    const compact = b64(JSON.stringify({ type: 'service_account', private_key: `${ec}\n` }));
    expectOne('gcp-service-account-base64', `  credentials: "${compact}"\n`, compact, 'error', 'yaml');
    const keyless = b64(JSON.stringify({ type: 'service_account', project_id: 'orders-prod', client_email: 'ci@orders-prod.iam.gserviceaccount.com', note: 'x'.repeat(200) }, null, 2));
    assert.deepEqual(scanText(`GOOGLE_CREDENTIALS_B64=${keyless}\n`, { path: '.env' }).findings.map((f) => f.ruleId), []);
  });

  test('RSA, OpenSSH and PGP keys of real size', () => {
    const rsa = `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA${rand(48, BASE64)}\n${body(24)}\n-----END RSA PRIVATE KEY-----`;
    expectOne('private-key', `${rsa}\n`, rsa, 'error', 'rsa');
    const ssh = `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n${body(5)}\n-----END OPENSSH PRIVATE KEY-----`;
    expectOne('private-key', `${ssh}\n`, ssh, 'error', 'openssh');
    const pgp = `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBG${rand(58, BASE64)}\n${body(20)}\n=${rand(4, BASE64)}\n-----END PGP PRIVATE KEY BLOCK-----`;
    expectOne('private-key', `${pgp}\n`, pgp, 'error', 'pgp');
    // Nebula's X25519 key is 32 bytes: 44 base64 characters.
    const nebula = `-----BEGIN NEBULA X25519 PRIVATE KEY-----\n${rand(43, BASE64)}=\n-----END NEBULA X25519 PRIVATE KEY-----`;
    expectOne('private-key', `pki:\n  key: |\n    ${nebula.replace(/\n/g, '\n    ')}\n`, nebula.replace(/\n/g, '\n    '), 'error', 'nebula');
  });

  test('stubs, placeholders, public keys and unterminated blocks stay quiet', () => {
    expectQuiet('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n', 'dots');
    expectQuiet('-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----\n', 'hole');
    expectQuiet(`-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA${rand(48, BASE64)}\n...\n-----END RSA PRIVATE KEY-----\n`, 'first line, then dots');
    expectQuiet(`-----BEGIN PRIVATE KEY-----\n${rand(30, BASE64)}\n-----END PRIVATE KEY-----\n`, 'too short');
    expectQuiet(`-----BEGIN PUBLIC KEY-----\n${body(4)}\n-----END PUBLIC KEY-----\n`, 'public key');
    expectQuiet(`const HEADER = "-----BEGIN RSA PRIVATE KEY-----";\n${body(4)}\n`, 'no END');
    expectQuiet(`-----BEGIN RSA PRIVATE KEY-----\n${body(3)}\n-----END EC PRIVATE KEY-----\n`, 'mismatched END');
  });
});

describe('passwords in URLs and connection strings', () => {
  const pw = () => `${rand(6, LETTERS)}${rand(4, DIGITS)}${rand(6)}`;

  test('database and broker URLs: the secret is the password', () => {
    for (const [scheme, host] of [
      ['postgres', 'db.internal:5432/app'], ['postgresql', 'pg-prod.example.net/orders?sslmode=require'],
      ['mysql', 'mysql.internal:3306/shop'], ['mariadb', 'maria:3306/app'], ['mongodb+srv', 'cluster0.ab1cd.mongodb.net/?retryWrites=true'],
      ['mongodb', 'mongo1:27017,mongo2:27017/app?replicaSet=rs0'], ['redis', 'cache.internal:6379/0'], ['rediss', 'cache.internal:6380'],
      ['amqp', 'rabbit.internal:5672/%2f'], ['amqps', 'b-1.mq.eu-west-1.amazonaws.com:5671'], ['jdbc:mysql', 'db.company.com:3306/app_db'],
      ['sqlserver', 'sql.internal:1433'], ['mssql', 'sql.internal:1433/app'],
      // SQLAlchemy names the driver after a `+`
      ['postgresql+psycopg2', 'reporting-db.internal:5432/reporting'], ['mysql+pymysql', 'mysql.internal:3306/shop'],
      ['oracle+cx_oracle', 'ora.internal:1521/?service_name=ORCL'],
    ]) {
      const p = pw();
      const forms = {
        env: `DATABASE_URL=${scheme}://app_user:${p}@${host}\n`,
        python: `engine = create_engine("${scheme}://app_user:${p}@${host}")\n`,
        yaml: `spring:\n  datasource:\n    url: "${scheme}://app_user:${p}@${host}"\n`,
        docker: `ENV DB_URL=${scheme}://app_user:${p}@${host}\n`,
      };
      for (const [lang, text] of Object.entries(forms)) expectOne('database-url-password', text, p, 'warning', `${scheme} ${lang}`);
    }
  });

  test('a password containing @ and an empty user', () => {
    expectOne('database-url-password', 'MONGO_URI="mongodb+srv://svc:Zx9v@Bn7m2Kq@cluster0.mongodb.net/db"\n', 'Zx9v@Bn7m2Kq', 'warning', '@');
    const p = pw();
    expectOne('database-url-password', `REDIS_URL=redis://:${p}@cache:6379\n`, p, 'warning', 'empty user');
  });

  test('templated and placeholder passwords stay quiet', () => {
    expectQuiet([
      'DATABASE_URL=postgres://app:${DB_PASS}@db:5432/app',
      'url: "postgresql://{{ .Values.db.user }}:{{ .Values.db.password }}@db/app"',
      'DB_URL = postgres://$(PGUSER):$(PGPASSWORD)@$(PGHOST)/$(PGDATABASE)',
      'const u = `mysql://${user}:${pass}@${host}/db`;',
      'url = f"postgresql://{user}:{password}@{host}/{db}"',
      'dsn = "postgres://%s:%s@%s/%s"',
      'mongodb://username:password@localhost:27017/database',
      'mongodb://YOUR_USERNAME:YOUR_PASSWORD@cluster.mongodb.net/test',
      'mysql://admin:REPLACE_WITH_PASSWORD@mysql.server.com:3306/database',
      'postgres://postgres:postgres@localhost:5432/database',
      'postgres://app:<password>@db/app',
      'postgres://app:changeme@db/app',
      'postgres://app:********@db/app',
      'postgres://app:REDACTED@db/app',
      'mysql://root:xxxx@localhost/db',
      'postgres://postgres@localhost:5432/app',
      'mongodb://localhost:27017/database',
      'password = process.env.DB_PASSWORD; url = "postgres://app:" + password + "@db/app"',
    ].join('\n') + '\n', 'templates and placeholders');
  });

  test('ADO.NET / ODBC / JDBC connection strings', () => {
    const p = `${rand(8)}!${rand(4)}`;
    expectOne('database-connection-string-password',
      `"ConnectionStrings": { "Default": "Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=orders;User ID=app;Password=${p};Encrypt=True;" }\n`,
      p, 'warning', 'appsettings.json');
    expectOne('database-connection-string-password',
      `conn = pyodbc.connect("Driver={ODBC Driver 18 for SQL Server};Server=db;Database=app;Uid=app;Pwd=${p};")\n`, p, 'warning', 'pyodbc');
    expectOne('database-connection-string-password',
      `jdbc.url=jdbc:postgresql://db:5432/app?user=app&password=${p}&ssl=true\n`, p, 'warning', 'jdbc params');
    expectQuiet([
      'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;',
      'Host=your_host; Port=5432; Database=your_database; Username=your_username; Password=your_password;',
      '"driver={SQL Server};server=#{host};uid=#{user};pwd=#{datastore[\'DBPASSWORD\']}"',
      'Server=db;Database=app;User Id=app;Password={0};',
      'Server=db;Database=app;User Id=app;Password=$(DB_PASSWORD);',
      'password = "hunter2"',
    ].join('\n') + '\n', 'placeholders and lines that are not connection strings');
  });

  test('basic auth in URLs and headers', () => {
    const p = pw();
    expectOne('basic-auth-url', `git clone https://deploy-bot:${p}@git.internal.example.org/team/repo.git\n`, p, 'warning', 'git');
    expectOne('basic-auth-url', `const REGISTRY = "https://ci:${p}@registry.company.com/v2/";\n`, p, 'warning', 'js');
    expectOne('basic-auth-url', `FTP_URL=ftps://deploy:${p}@files.company.com/uploads\n`, p, 'warning', 'ftps');
    // Any scheme carries the password the same way: a camera stream, a SOCKS proxy.
    expectOne('basic-auth-url', `    - rtsp://frigate:${p}@192.168.50.121:554/cam/realmonitor?channel=1\n`, p, 'warning', 'rtsp');
    expectOne('basic-auth-url', `ALL_PROXY=socks5h://tunnel:${p}@proxy.corp.net:1080\n`, p, 'warning', 'socks5h');
    expectQuiet([
      'https://${username}:${password}@api.example.com/v1',
      'https://{{user}}:{{pass}}@config.example.com',
      'https://{USER}:{PASS}@template.example.com',
      'https://username:password@example.com/api',
      'https://username:mypassword@test.com/endpoint',
      'https://user:abc@api.com/v1',
      'https://user:1111@service.com/api',
      'https://testuser:xxxx@demo.com',
      'https://example.com:8080/path?next=https://a.b',
      'see https://docs.example.com/users/:id@latest',
      'rtsp://admin:password@192.168.1.64:554/stream1',
      'socks5://${PROXY_USER}:${PROXY_PASS}@proxy:1080',
    ].join('\n') + '\n', 'holes, placeholders, ports');
    const header = b64(`deploy:${p}`);
    // It decodes to user:password with a real-looking password: 'valid', so an error.
    expectOne('basic-auth-header', `curl -H "Authorization: Basic ${header}" https://api.internal/\n`, header, 'error', 'curl');
    expectOne('basic-auth-header', `xhr.setRequestHeader("Authorization", "Basic ${header}");\n`, header, 'error', 'js');
    const dummy = b64('user:password');
    assert.ok(findingsOf('basic-auth-header', `Authorization: Basic ${dummy}\n`).every((f) => f.level === 'note'), 'user:password is a note at most');
    // Away from its header name: a VCR cassette, an Insomnia export; Docker's config.json.
    expectOne('basic-auth-credentials', `    headers:\n      Authorization:\n      - Basic ${header}\n`, header, 'error', 'vcr');
    expectOne('basic-auth-credentials', `      - name: Authorization\n        value: "Basic ${header}"\n`, header, 'error', 'insomnia');
    expectOne('docker-config-auth', `{\n  "auths": {\n    "registry.corp.test": {\n      "auth": "${header}"\n    }\n  }\n}\n`, header, 'error', 'config.json');
    expectQuiet('Use Basic authentication over TLS only.\nWWW-Authenticate: Basic realm="Restricted"\n', 'prose and challenges');
    expectQuiet(`{ "auth": "${b64('user:password')}" }\n{ "auth": "${b64(rand(24))}" }\n`, 'a placeholder pair; not user:password');
  });

  test('a Slack webhook path without its host', () => {
    const path = `/services/T${rand(10, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}/B${rand(10, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')}/${rand(24)}`;
    expectOne('slack-webhook-path', `> POST ${path} HTTP/1.1\n> Host: hooks.slack.com\n`, path, 'warning', 'curl -v');
    expectOne('slack-webhook-path', `POST {{baseUrl}}${path}\nContent-Type: application/json\n`, path, 'warning', '.http');
    assert.deepEqual(findingsOf('slack-webhook-path', `https://hooks.slack.com${path}\n`), []);
  });
});

describe('documented examples, templates and references', () => {
  test('stay quiet', () => {
    expectQuiet([
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE',
      'GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
      'token: {{ .Values.github.token }}',
      'const token = process.env.GITHUB_TOKEN;',
      'api_key = os.environ["OPENAI_API_KEY"]',
      'STRIPE_SECRET_KEY=sk_live_YOUR_API_KEY_GOES_HERE_1',
      'SLACK_BOT_TOKEN=xoxb-your-bot-token',
      'slack_token = "xoxb-not-a-real-token-this-will-not-work"',
      'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',
      'export GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx',
      'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OPENAI_API_KEY=<token>',
      'password: changeme',
      'api_key: REDACTED',
      '# ghp_ tokens start with ghp_ and are 40 characters long',
      'const prefixes = ["ghp_", "gho_", "xoxb-", "sk_live_", "AKIA", "AIza"];',
      'class SKILLS_inventory {}',
      'mydapi1234567890abcdef1234567890abcdef',
      'dapiDataGetTopLongShortPositionRatio (params?: {}): Promise<implicitReturnType>;',
      'xhvs.hWay-wis3QpoSXob5gz_jyHmBQeyTg0l4IRsl4rnZw0tMbiT8h6X_CCHun3cdyThVbIYuNyEWNWcZ7lgwxBxm98NcV5WjUC',
      'pk_live_' + rand(24) + ' is a publishable key',
    ].join('\n') + '\n', 'examples, templates, references, prefixes in prose');
  });

  test('prefixes inside longer words', () => {
    const t = checksummed('ghp_');
    expectQuiet([
      `myAKIA${rand(16, BASE32_UPPER)}`,
      `x${t}`,
      `foosk_live_${rand(24)}`,
      `notSG.${rand(22, BASE64URL)}.${rand(43, BASE64URL)}`,
      `xhf_${rand(34, LETTERS)}`,
      `ssk-ant-api03-${rand(93)}AAx`,
    ].join('\n') + '\n', 'glued prefixes');
  });
});

describe('adversarial input', () => {
  const near = [
    'ghp_' + rand(35), 'AKIA' + rand(15, BASE32_UPPER), '-----BEGIN RSA PRIVATE KEY-----', 'xoxb-1234567890-',
    'postgres://a:', 'https://u:', 'eyJhbGciOi.eyJ', 'sig=', 'sv=2020-01-01&', 'sk-ant-api03-', 'AccountKey=',
    'token = "', 'Password=', ':AA', 'SK0123', 'hooks.slack.com/services/T', 'LS0tLS1CRUdJTiBSU0Eg', 'dp.st.', 'hvs.',
  ];
  const budget = 2000;

  test('a 1 MB line of near-matches scans in well under 2 s', () => {
    let s = '';
    for (let i = 0; s.length < 1_000_000; i++) s += near[i % near.length] + (i % 3 ? ' ' : '\t');
    const t0 = performance.now();
    scanText(s);
    const ms = performance.now() - t0;
    assert.ok(ms < budget, `took ${ms.toFixed(0)} ms`);
  });

  test('1 MB of near-match lines scans in well under 2 s', () => {
    let s = '';
    for (let i = 0; s.length < 1_000_000; i++) s += near[i % near.length] + (i % 2 ? '\n' : ' ');
    const t0 = performance.now();
    scanText(s);
    const ms = performance.now() - t0;
    assert.ok(ms < budget, `took ${ms.toFixed(0)} ms`);
  });

  test('many findings on one 1 MB line', () => {
    let s = '';
    while (s.length < 1_000_000) s += `hvs.${rand(30)} ${'.'.repeat(300)} `;
    const t0 = performance.now();
    scanText(s);
    const ms = performance.now() - t0;
    assert.ok(ms < budget, `took ${ms.toFixed(0)} ms`);
  });

  test('runs of one character and an unterminated key', () => {
    const runs = [
      'A'.repeat(300_000), '\n', '-----BEGIN OPENSSH PRIVATE KEY-----\n', `${rand(64, BASE64)}\n`.repeat(4000),
      'a:'.repeat(100_000), '\n', '@'.repeat(50_000), '\n', 'token'.repeat(20_000), '\n', 'x-'.repeat(100_000),
    ].join('');
    const t0 = performance.now();
    scanText(runs);
    const ms = performance.now() - t0;
    assert.ok(ms < budget, `took ${ms.toFixed(0)} ms`);
  });
});

describe('every rule on adversarial lines', () => {
  // Each rule alone, near each of its keywords: long indents, runs of separators, quotes, escapes
  // and brackets, unterminated values and staircases. A pattern that backtracks polynomially
  // (spaces shared by two `[ ]*`, say) shows here as one line taking hundreds of milliseconds.
  const N = 3000;
  const shapes = (kw: string) => [
    ' '.repeat(N) + kw, '\t'.repeat(N) + kw, kw + ' '.repeat(N) + 'x', kw + '='.repeat(N), kw + ':'.repeat(N),
    (kw + ' ').repeat(N / 8), (kw + '"').repeat(N / 8), (kw + "='").repeat(N / 8), `${kw} = "${'a'.repeat(N)}`,
    `${kw} = "${'a-'.repeat(N / 2)}`, `${kw}: ${'ab '.repeat(N / 3)}`, `${kw}\n${' \n'.repeat(N)}`, `  ${kw}:\n`.repeat(N / 10),
    `${kw} = ${'\\'.repeat(N)}`, `${kw} = "${'\\"'.repeat(N / 2)}`, `${kw}(${'"a",'.repeat(N / 4)}`, `${kw} ${'{'.repeat(N)}`,
    `${kw} ${'['.repeat(N)}`, `${kw} ${'<a>'.repeat(N / 3)}`, kw + '%'.repeat(N), kw + '.'.repeat(N), `${kw}${'_'.repeat(N)}x`,
    `${kw} ${'A'.repeat(N)}`, `${kw} ${'0'.repeat(N)}`, `${kw} ${'aA0+/'.repeat(N / 5)}`, `${kw}@${'a:'.repeat(N / 2)}`, `${kw}://${'a:b@'.repeat(N / 4)}`,
  ];

  test('no rule spends more than 250 ms on one adversarial line', () => {
    const slow: string[] = [];
    for (const rule of RULES) {
      for (const kw of (rule.keywords ?? []).slice(0, 6)) {
        for (const [i, text] of shapes(kw).entries()) {
          const t0 = performance.now();
          scanText(text + '\n', { rules: [rule] });
          const ms = performance.now() - t0;
          if (ms > 250) slow.push(`${rule.id} near ${JSON.stringify(kw)}, shape ${i}: ${ms.toFixed(0)} ms`);
        }
      }
    }
    assert.deepEqual(slow, []);
  });
});

test('a Firebase client config key is a note that says how to restrict it; a Maps key in code is an error', () => {
  const key = () => `AIza${rand(35, BASE64URL)}`;
  const configs: [string, string][] = [
    ['app/google-services.json', `{\n  "project_info": { "project_number": "9443694595", "project_id": "wanderly-1" },\n  "client": [{\n    "api_key": [{ "current_key": "${key()}" }]\n  }]\n}\n`],
    ['src/firebase.js', `const firebaseConfig = {\n  apiKey: "${key()}",\n  authDomain: "tinyhouse-app.firebaseapp.com",\n  projectId: "tinyhouse-app",\n};\n`],
    ['ios/GoogleService-Info.plist', `<dict>\n\t<key>API_KEY</key>\n\t<string>${key()}</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>258739401907</string>\n</dict>\n`],
    ['lib/firebase_options.dart', `static const FirebaseOptions android = FirebaseOptions(\n  apiKey: '${key()}',\n  appId: '1:206664122250:android:108b94294824d17d',\n);\n`],
  ];
  for (const [path, text] of configs) {
    const found = scanText(text, { path }).findings;
    assert.deepEqual(found.map((f) => [f.ruleId, f.level]), [['google-api-key', 'note']], path);
    assert.match(found[0].hint ?? '', /public by design/);
  }
  const maps = scanText(`const MAPS_KEY = "${key()}";\nfetch(\`https://maps.googleapis.com/maps/api/geocode/json?key=\${MAPS_KEY}\`);\n`, { path: 'src/geo.js' }).findings;
  assert.deepEqual(maps.map((f) => [f.ruleId, f.level]), [['google-api-key', 'error']]);
});
