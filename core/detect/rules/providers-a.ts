/**
 * Provider rules, part A: source hosts and CI (GitHub, GitLab), chat (Slack, Telegram), payments
 * (Stripe), clouds (AWS, Google, Azure, DigitalOcean), AI APIs (OpenAI, Anthropic, Hugging Face),
 * package registries (npm, PyPI), mail (SendGrid, Mailgun, Twilio), platform tools (Shopify,
 * HashiCorp, Databricks, Doppler, Postman, Grafana, Linear), and the format-level families every
 * provider shares: JWTs, private keys, and passwords inside database / basic-auth URLs.
 *
 * Conventions, so the engine's keyword prefilter and filters do the right thing:
 * - Prefixed tokens are `high`: the prefix vouches for the value. Shapes that need a variable name
 *   or a neighbouring literal to mean anything are `medium`.
 * - Every regex is linear in practice: bounded quantifiers only, no nested unbounded repetition,
 *   explicit lookarounds at both ends so a prefix inside a longer word does not match.
 * - Context rules put the secret in the named group `secret` (and the variable in `name`).
 * - Keywords are lower-case literals that occur in every match.
 */
import type { Rule, Validation } from '../types.ts';
import { validateCrc32Token } from '../checksum.ts';
import { decodesToPlaceholder, isShippedDefaultPassword, isTemplateOrReference } from '../filters.ts';

/**
 * A case-insensitive form of a lower-case literal, for names inside otherwise case-sensitive
 * regexes. `_` matches `_`, `.`, `-` or nothing; `~` matches exactly one of them; `^` says no
 * letter comes before (so `^gh~` does not match inside `high_`).
 */
function ci(literal: string): string {
  return literal
    .replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)
    .replace(/_/g, '[_.-]?')
    .replace(/~/g, '[_.-]')
    .replace(/\^/g, '(?<![A-Za-z])');
}

/**
 * `NAME = VALUE` in any of the usual syntaxes: `x = "v"`, `x: v`, `"x": "v"`, `X=v`, `x := "v"`,
 * `'x' => 'v'`, `put("x", "v")`, `<x>v`. The value's opening quote is optional and consumed here.
 */
const ASSIGN = String.raw`["'\x60]?\]?[ \t]{0,4}(?:=>|:=|[=:>]|,)[ \t]{0,4}["'\x60]?`;
/** Start of a variable or key name (nothing name-like directly before it). */
const NAME_START = String.raw`(?<![\w.$-])`;
/** Up to 40 name characters, lazily, before or after the words a context rule looks for. */
const NAME_CHARS = String.raw`[\w.$-]{0,40}?`;

/** A name containing all of `parts` in order, e.g. name(['github', 'secret']) matches GITHUB_CLIENT_SECRET. */
function contextName(...parts: string[][]): string {
  return parts.map((alts) => `${NAME_CHARS}(?:${alts.map(ci).join('|')})`).join('') + String.raw`[\w.$-]{0,30}?`;
}

/** A context rule's regex: a name made of `parts`, an assignment, then the value. */
function assigned(parts: string[][], value: string): RegExp {
  return new RegExp(`${NAME_START}(?<name>${contextName(...parts)})${ASSIGN}(?<secret>${value})`);
}

const crc = (prefixLength: number) => (s: string) => validateCrc32Token(s, prefixLength);

/** Passwords that are the word "password" or a hole for one, not a password. Tested against the secret. */
export const PLACEHOLDER_PASSWORD =
  /^(?:(?:[a-z]{1,12}[_-]){0,3}(?:my|your|the|db|user|secret|new|old|admin|root|some|random|strong|secure|sua|seu|tu|su|ihr|votre)?[_-]?(?:password|passwd|passwort|pwd|senha|contrase(?:n|ñ)a|clave|mot_?de_?passe|mdp|mat_?khau|wachtwoord|haslo|has(?:ł|l)o|sifre|kennwort)\d{0,3}|changeme|changeit|hunter2|secret_?key|(?:super)?secret|s3cr3t|open[ _-]?sesame|letmein|welcome|default|admin(?:istrator)?|qwerty|abc123|pass_?phrase|pass|pw|qwer(?:ty)?|asdf|foo|bar|baz|foo(?:@|%40)bar|auth|test|guest|demo|postgres|mysql|root|toor|rabbitmq|redis|mongo|sa|amp109|kamailiorw|opensipsrw|cluecon|mostest|minioadmin|(?:%[0-9A-Fa-f]{2})+|\*+|x+|\.+|<[^>]*>|&lt;[^&]*&gt;|\{[^}]*\}|\[[^\]]*\]|%\w|%\(\w+\)s|[@:$]\w+|(.)\1*|\d{1,5})$/i;

// ---------------------------------------------------------------------------------------------
// GitHub
// ---------------------------------------------------------------------------------------------

const GITHUB: Rule[] = [
  {
    id: 'github-pat',
    title: 'GitHub personal access token (classic)',
    provider: 'GitHub',
    regex: /\b(ghp_[A-Za-z0-9]{36})\b/,
    keywords: ['ghp_'],
    confidence: 'high',
    validate: crc(4),
    hint: 'Classic tokens reach every repository you can. Prefer a fine-grained token limited to the repositories and permissions this code needs.',
    revokeUrl: 'https://github.com/settings/tokens',
    description: 'A classic GitHub token acts as you on every repository and organisation you can reach.',
  },
  {
    id: 'github-fine-grained-pat',
    title: 'GitHub fine-grained personal access token',
    provider: 'GitHub',
    regex: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/,
    keywords: ['github_pat_'],
    confidence: 'high',
    revokeUrl: 'https://github.com/settings/personal-access-tokens',
    description: 'A fine-grained GitHub token acts as you on the repositories and permissions it was granted.',
  },
  {
    id: 'github-oauth-token',
    title: 'GitHub OAuth access token',
    provider: 'GitHub',
    regex: /\b(gho_[A-Za-z0-9]{36})\b/,
    keywords: ['gho_'],
    confidence: 'high',
    validate: crc(4),
    revokeUrl: 'https://github.com/settings/applications',
    description: 'An OAuth token acts as the user who authorised the app, with every scope the app asked for.',
  },
  {
    id: 'github-app-user-token',
    title: 'GitHub App user-to-server token',
    provider: 'GitHub',
    regex: /\b(ghu_[A-Za-z0-9]{36})\b/,
    keywords: ['ghu_'],
    confidence: 'high',
    validate: crc(4),
    revokeUrl: 'https://github.com/settings/applications',
    description: 'A GitHub App user token acts as the user within the permissions of the app.',
  },
  {
    id: 'github-app-installation-token',
    title: 'GitHub App installation token',
    provider: 'GitHub',
    regex: /\b(ghs_[A-Za-z0-9]{36})\b/,
    keywords: ['ghs_'],
    confidence: 'high',
    validate: crc(4),
    revokeUrl: 'https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token',
    description: 'An installation token acts as a GitHub App on every repository the installation covers.',
  },
  {
    id: 'github-app-installation-token-jwt',
    title: 'GitHub App installation token (JWT format)',
    provider: 'GitHub',
    regex: /\b(ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,1000}\.eyJ[A-Za-z0-9_-]{10,2000}\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])/,
    keywords: ['ghs_'],
    confidence: 'high',
    revokeUrl: 'https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token',
    description: 'An installation token acts as a GitHub App on every repository the installation covers.',
  },
  {
    id: 'github-refresh-token',
    title: 'GitHub refresh token',
    provider: 'GitHub',
    regex: /\b(ghr_[A-Za-z0-9]{36})\b/,
    keywords: ['ghr_'],
    confidence: 'high',
    validate: crc(4),
    revokeUrl: 'https://github.com/settings/applications',
    description: 'A refresh token mints new user access tokens for a GitHub App until it is revoked.',
  },
  {
    id: 'github-refresh-token-legacy',
    title: 'GitHub refresh token (76-character form)',
    provider: 'GitHub',
    regex: /\b(ghr_[A-Za-z0-9]{76})\b/,
    keywords: ['ghr_'],
    confidence: 'high',
    revokeUrl: 'https://github.com/settings/applications',
    description: 'A refresh token mints new user access tokens for a GitHub App until it is revoked.',
  },
  {
    id: 'github-oauth-client-secret',
    title: 'GitHub OAuth app client secret',
    provider: 'GitHub',
    regex: assigned([['github', '^gh~'], ['secret']], String.raw`[0-9a-f]{40}(?![0-9A-Za-z])`),
    secretGroup: 'secret',
    keywords: ['github', 'gh_', 'gh-', 'gh.'],
    confidence: 'medium',
    minEntropy: 3,
    revokeUrl: 'https://github.com/settings/developers',
    description: 'With the client id, the client secret lets anyone exchange codes for tokens as your OAuth app.',
  },
  {
    // The secret given right after a GitHub App or OAuth app client id (`Iv1.` and 16 hex, `Iv23` and 16
    // characters, or 20 hex): arctic's `new GitHub("Iv1.…", "…", callback)`, a pair in any call or list.
    id: 'github-oauth-client-secret-pair',
    title: 'GitHub OAuth app client secret beside its client id',
    provider: 'GitHub',
    regex: /["'](?:Iv1\.[0-9a-f]{16}|Iv23[A-Za-z0-9]{16}|Ov23[A-Za-z0-9]{16})["'][ \t]{0,4},\s{0,40}["']([0-9a-f]{40})["']/,
    keywords: ['iv1.', 'iv23', 'ov23'],
    windowLines: 2,
    confidence: 'medium',
    minEntropy: 3,
    revokeUrl: 'https://github.com/settings/developers',
    description: 'With the client id, the client secret lets anyone exchange codes for tokens as your OAuth app.',
  },
];

// ---------------------------------------------------------------------------------------------
// GitLab
// ---------------------------------------------------------------------------------------------

const GITLAB_REVOKE = 'https://docs.gitlab.com/ee/security/token_overview.html';

function gitlab(id: string, title: string, prefix: string, body: string, description: string, hint?: string): Rule {
  const r: Rule = {
    id,
    title,
    provider: 'GitLab',
    regex: new RegExp(String.raw`(?<![A-Za-z0-9_-])(${prefix.replace(/[.]/g, '\\.')}${body})(?![A-Za-z0-9_-])`),
    keywords: [prefix.toLowerCase()],
    confidence: 'high',
    revokeUrl: GITLAB_REVOKE,
    description,
  };
  if (hint) r.hint = hint;
  return r;
}

const GITLAB: Rule[] = [
  gitlab(
    'gitlab-pat', 'GitLab personal access token', 'glpat-',
    String.raw`[A-Za-z0-9_-]{20,64}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,10})?`,
    'A GitLab personal access token acts as you, with every scope it was given, on every project you can reach.',
    'Prefer a project or group access token with the narrowest scope (read_repository, read_api) and an expiry date.',
  ),
  gitlab('gitlab-deploy-token', 'GitLab deploy token', 'gldt-', String.raw`[A-Za-z0-9_-]{20,64}`,
    'A deploy token reads (or writes) the repository, packages or registry of its project or group.'),
  gitlab('gitlab-runner-token', 'GitLab runner authentication token', 'glrt-', String.raw`(?:t\d_)?[A-Za-z0-9_-]{20,64}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,10})?`,
    'A runner token lets a machine pick up CI jobs, and with them the variables and secrets of those jobs.'),
  gitlab('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'glptt-', String.raw`[0-9a-f]{40}`,
    'A trigger token starts pipelines of its project as the user who created it.'),
  gitlab('gitlab-ci-job-token', 'GitLab CI/CD job token', 'glcbt-', String.raw`(?:[0-9a-fA-F]{1,5}_)?[A-Za-z0-9_-]{20,64}`,
    'A job token acts with the permissions of the user running the job while the job lasts.'),
  gitlab('gitlab-incoming-mail-token', 'GitLab incoming email token', 'glimt-', String.raw`[A-Za-z0-9_-]{25,64}`,
    'An incoming email token lets anyone create issues and merge requests by email as you.'),
  gitlab('gitlab-scim-token', 'GitLab SCIM token', 'glsoat-', String.raw`[A-Za-z0-9_-]{20,64}`,
    'A SCIM token provisions and removes users of a GitLab group.'),
  gitlab('gitlab-feed-token', 'GitLab feed token', 'glft-', String.raw`[A-Za-z0-9_-]{20,64}`,
    'A feed token reads your activity, issue and calendar feeds, including private projects.'),
  gitlab('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'gloas-', String.raw`[0-9a-f]{64}`,
    'With the application id, the secret lets anyone obtain tokens as your GitLab OAuth application.'),
  gitlab('gitlab-runner-registration-token', 'GitLab runner registration token', 'GR1348941', String.raw`[A-Za-z0-9_-]{20,64}`,
    'A registration token lets anyone attach a runner to your project or group and receive its CI jobs.',
    'Registration tokens are deprecated: create runners in the UI and use runner authentication tokens (glrt-).'),
  gitlab('gitlab-agent-token', 'GitLab agent for Kubernetes token', 'glagent-', String.raw`[A-Za-z0-9_-]{50,64}`,
    'An agent token connects a Kubernetes cluster to GitLab; whoever holds it can impersonate that agent.'),
];

// ---------------------------------------------------------------------------------------------
// Slack
// ---------------------------------------------------------------------------------------------

const SLACK_APPS = 'https://api.slack.com/apps';

const SLACK: Rule[] = [
  {
    id: 'slack-bot-token',
    title: 'Slack bot token',
    provider: 'Slack',
    regex: /\b(xoxb-[0-9]{8,13}-(?:[0-9]{8,13}-)?[A-Za-z0-9]{20,40})(?![A-Za-z0-9-])/,
    keywords: ['xoxb-'],
    confidence: 'high',
    revokeUrl: SLACK_APPS,
    description: 'A bot token reads and posts in every channel the bot is in, with every scope the app was granted.',
  },
  {
    id: 'slack-user-token',
    title: 'Slack user token',
    provider: 'Slack',
    // `xoxe-` with the same four parts is the token Slack puts in file links (`?t=xoxe-…`).
    regex: /\b(xox[pe]-[0-9]{8,13}-[0-9]{8,13}-[0-9]{8,13}-[A-Za-z0-9]{28,34})(?![A-Za-z0-9-])/,
    keywords: ['xoxp-', 'xoxe-'],
    confidence: 'high',
    hint: 'User tokens act as a person across the workspace. Prefer a bot token with only the scopes the integration needs.',
    revokeUrl: SLACK_APPS,
    description: 'A user token acts as the person who installed the app, including their private channels and DMs.',
  },
  {
    id: 'slack-legacy-token',
    title: 'Slack legacy or workspace token',
    provider: 'Slack',
    regex: /\b(xox[aors]-(?:[0-9]-)?[0-9]{6,13}(?:-[A-Za-z0-9]{6,64}){1,4})(?![A-Za-z0-9-])/,
    keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
    confidence: 'high',
    hint: 'Legacy and workspace tokens carry broad scopes. Replace them with a Slack app bot token scoped to what this code needs.',
    revokeUrl: SLACK_APPS,
    description: 'A legacy Slack token usually has workspace-wide access.',
  },
  {
    id: 'slack-config-access-token',
    title: 'Slack rotating access token',
    provider: 'Slack',
    regex: /\b(xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{140,200})\b/,
    keywords: ['xoxe.xox'],
    confidence: 'high',
    revokeUrl: SLACK_APPS,
    description: 'A rotating Slack access token acts as the app or user that owns it until it expires.',
  },
  {
    id: 'slack-refresh-token',
    title: 'Slack refresh token',
    provider: 'Slack',
    regex: /\b(xoxe-[0-9]-[A-Za-z0-9]{130,200})\b/,
    keywords: ['xoxe-'],
    confidence: 'high',
    revokeUrl: SLACK_APPS,
    description: 'A refresh token mints new Slack access tokens until it is revoked.',
  },
  {
    id: 'slack-app-token',
    title: 'Slack app-level token',
    provider: 'Slack',
    regex: /\b(xapp-(?:[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-z0-9]{40,80}|[0-9]{10,13}-[A-Za-z0-9/+]{24,40}))(?![A-Za-z0-9/+-])/,
    keywords: ['xapp-'],
    confidence: 'high',
    revokeUrl: SLACK_APPS,
    description: 'An app-level token opens Socket Mode connections and reads the app\'s events across the workspace.',
  },
  {
    id: 'slack-webhook',
    title: 'Slack incoming webhook',
    provider: 'Slack',
    regex: /((?:https?:\/\/)?hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32})(?![A-Za-z0-9])/,
    keywords: ['hooks.slack.com'],
    confidence: 'high',
    revokeUrl: SLACK_APPS,
    description: 'Anyone with an incoming webhook URL can post messages to its channel, e.g. convincing phishing.',
  },
  {
    // The webhook's path without its host: `POST /services/T…/B…/…` in curl -v output and HTTP
    // files whose host is a variable or a `Host:` header. The three parts are distinctive enough.
    id: 'slack-webhook-path',
    title: 'Slack incoming webhook (path)',
    provider: 'Slack',
    regex: /(?<![\w.-])(\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24})(?![A-Za-z0-9])/,
    keywords: ['/services/t'],
    confidence: 'medium',
    revokeUrl: SLACK_APPS,
    description: 'Anyone with an incoming webhook URL can post messages to its channel, e.g. convincing phishing.',
  },
  {
    id: 'slack-workflow-webhook',
    title: 'Slack workflow webhook',
    provider: 'Slack',
    // Workflow webhooks: /workflows/T…/A…/<number>/<secret>; Workflow Builder triggers:
    // /triggers/T… (or E… on Enterprise Grid)/<number>/<32 hex>.
    regex: /((?:https?:\/\/)?hooks\.slack\.com\/(?:(?:workflows|triggers)\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,12}\/[0-9]{6,24}\/[A-Za-z0-9]{20,40}|triggers\/[TE][A-Z0-9]{6,12}\/[0-9]{8,16}\/[a-f0-9]{32}))(?![A-Za-z0-9])/,
    keywords: ['hooks.slack.com'],
    confidence: 'high',
    revokeUrl: SLACK_APPS,
    description: 'Anyone with a workflow webhook URL can start the workflow with their own inputs.',
  },
];

// ---------------------------------------------------------------------------------------------
// Stripe
// ---------------------------------------------------------------------------------------------

const STRIPE: Rule[] = [
  {
    id: 'stripe-live-secret-key',
    title: 'Stripe live secret key',
    provider: 'Stripe',
    regex: /\b(sk_live_[A-Za-z0-9]{24,247})\b/,
    keywords: ['sk_live_'],
    confidence: 'high',
    hint: 'full access: prefer a restricted rk_live_ key with only the resources this code uses.',
    revokeUrl: 'https://dashboard.stripe.com/apikeys',
    description: 'A live secret key can charge cards, issue refunds and read every customer in the account.',
  },
  {
    id: 'stripe-live-restricted-key',
    title: 'Stripe live restricted key',
    provider: 'Stripe',
    regex: /\b(rk_live_[A-Za-z0-9]{24,247})\b/,
    keywords: ['rk_live_'],
    confidence: 'high',
    revokeUrl: 'https://dashboard.stripe.com/apikeys',
    description: 'A restricted key acts on live payment data within the permissions it was given.',
  },
  {
    id: 'stripe-test-key',
    title: 'Stripe test secret or restricted key',
    provider: 'Stripe',
    regex: /\b([sr]k_test_[A-Za-z0-9]{24,247})\b/,
    keywords: ['sk_test_', 'rk_test_'],
    confidence: 'medium',
    revokeUrl: 'https://dashboard.stripe.com/test/apikeys',
    description: 'A test-mode key touches no real money but exposes test data and the account\'s configuration.',
  },
  {
    id: 'stripe-webhook-secret',
    title: 'Stripe webhook signing secret',
    provider: 'Stripe',
    regex: /\b(whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['whsec_'],
    confidence: 'high',
    revokeUrl: 'https://dashboard.stripe.com/webhooks',
    description: 'The signing secret lets anyone forge webhook events (payments, subscriptions) your endpoint will trust.',
  },
];

// ---------------------------------------------------------------------------------------------
// AWS
// ---------------------------------------------------------------------------------------------

const AWS_IAM = 'https://console.aws.amazon.com/iam/home#/security_credentials';

const AWS: Rule[] = [
  {
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    provider: 'AWS',
    regex: /\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    confidence: 'high',
    hint: 'Long-lived IAM user keys: prefer an IAM role, SSO or OIDC federation, which hand out short-lived credentials.',
    // A CloudTrail record names the key that made a call; it never holds the secret half.
    publicNear: [{
      pattern: /"(?:userIdentity|principalId|eventSource|eventName|sessionContext)"/,
      lines: 10,
      hint: 'An access key id in an audit record (CloudTrail) identifies the key that was used, not its secret: check the record if the key is unexpected, and prefer roles to long-lived keys.',
    }, {
      // `aws iam list-access-keys` output: an inventory of key ids, never their secrets.
      pattern: /"AccessKeyMetadata"|"AccessKeyLastUsed"/,
      lines: 12,
      hint: 'A listing of access keys (list-access-keys) names them without their secrets: deactivate keys nobody uses, and prefer roles to long-lived keys.',
    }, {
      // Every presigned URL carries its key id; the signature (reported on its own) is what grants access.
      pattern: /X-Amz-Credential=/,
      lines: 0,
      hint: 'A presigned URL carries its access key id by design; a URL with its X-Amz-Signature grants access until it expires. Prefer keys of a role, so that the URL dies with the session.',
    }],
    revokeUrl: AWS_IAM,
    description: 'An access key ID is half of an AWS credential; its secret key is rarely far away.',
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    provider: 'AWS',
    regex: assigned(
      [['aws_secret_access_key', 'aws_secret_key', 'secret_access_key', 'aws_secret']],
      String.raw`[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])`,
    ),
    secretGroup: 'secret',
    keywords: [
      'secret_access_key', 'secretaccesskey', 'secret-access-key', 'secret.access.key',
      'aws_secret', 'awssecret', 'aws-secret', 'aws.secret',
    ],
    confidence: 'high',
    minEntropy: 3.5,
    hint: 'Long-lived IAM user keys: prefer an IAM role, SSO or OIDC federation, which hand out short-lived credentials.',
    revokeUrl: AWS_IAM,
    description: 'With its access key ID, the secret key signs AWS API calls with every permission of the IAM user.',
  },
  {
    id: 'aws-session-token',
    title: 'AWS session token',
    provider: 'AWS',
    regex: new RegExp(
      `${NAME_START}(?<name>${NAME_CHARS}(?:${ci('aws')}${NAME_CHARS}(?:${ci('session_token')}|${ci('security_token')})|${ci('session_token')}(?=["'\\x60]?[ \\t]{0,4}[:=]{1,2}[ \\t]{0,4}["'\\x60]?(?:FwoGZXIvYXdz|IQoJb3JpZ2lu|AQoDYXdz|FQoGZXIvYXdz)))[\\w.$-]{0,20}?)` +
        `${ASSIGN}(?<secret>[A-Za-z0-9+/=._-]{100,2000})(?![A-Za-z0-9+/=._-])`,
    ),
    secretGroup: 'secret',
    keywords: ['session_token', 'sessiontoken', 'session-token', 'security_token', 'securitytoken', 'security-token'],
    confidence: 'high',
    minEntropy: 4,
    revokeUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html',
    description: 'A session token, with its key pair, is a working AWS credential until it expires.',
  },
];

// ---------------------------------------------------------------------------------------------
// Google
// ---------------------------------------------------------------------------------------------

const GOOGLE_CREDENTIALS = 'https://console.cloud.google.com/apis/credentials';

const FIREBASE_HINT = 'A Firebase client config key is public by design: restrict it in the Cloud console to your app (Android package and SHA-1, iOS bundle id, web referrers) and to the Firebase APIs it calls, and keep data safe with Security Rules and App Check.';

const GOOGLE: Rule[] = [
  {
    id: 'google-api-key',
    title: 'Google API key',
    provider: 'Google',
    regex: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/,
    keywords: ['aiza'],
    confidence: 'high',
    hint: 'Restrict the key to the APIs it calls and to your app\'s referrers, IPs or bundle ids.',
    // google-services.json, GoogleService-Info.plist, a web app's `firebaseConfig`, FlutterFire's
    // FirebaseOptions: Firebase documents these keys as project identifiers that ship in every copy
    // of the app. They are notes that say how to restrict the key, not leaks.
    publicNear: [{
      pattern: /firebaseapp\.com|firebaseio\.com|firebasedatabase\.app|Firebase_ESP_Client|"current_key"|messagingSenderId|mobilesdk_app_id|GCM_SENDER_ID|GOOGLE_APP_ID|FirebaseOptions|firebase_url|"project_info"|\b1:\d{6,15}:(?:web|android|ios):[0-9a-f]{6,}/,
      lines: 12,
      hint: FIREBASE_HINT,
    }, {
      // Or named for Firebase on its own line: `NEXT_PUBLIC_FIREBASE_API_KEY: 'AIza…'`,
      // `kFirebaseAPIKey`, `<string name="firebase_api_key">`.
      pattern: /FIREBASE_(?:WEB_)?API_KEY|[Ff]irebase_?(?:[Ww]eb_?)?(?:API|Api|api)_?[Kk]ey/,
      lines: 0,
      hint: FIREBASE_HINT,
    }, {
      // … or on the line above, in a property list: `<key>FirebaseAPIKey</key>`.
      pattern: /<key>[^<\n]{0,40}[Ff]irebase[^<\n]{0,40}<\/key>[ \t]*\r?\n[ \t]*<string>AIza/,
      lines: 1,
      hint: FIREBASE_HINT,
    }, {
      // The Maps JavaScript API's loader (`<script src="https://maps.googleapis.com/maps/api/js?key=…">`)
      // or the Maps Embed API's iframe, under a comment further up the page that calls it a browser
      // key restricted to referrers. (Without one it stays a finding: unrestricted, the key bills
      // every API its project enables.)
      pattern: /(?:<!--|\/\/|\/\*|#|\*)[^\n]{0,200}(?:public by design|browser key|restricted (?:to|by) [^\n]{0,120}?referr?ers?)[\s\S]{0,2000}?maps\.googleapis\.com\/maps\/(?:api\/js|embed\/v1\/\w+)\?(?:[^\s"'<>]*&(?:amp;)?)?key=AIza[^\n]*$/i,
      lines: 12,
      // (The loader is the value's own line: a server key further down the page is not the browser's.)
      aboveOnly: true,
      hint: 'A Maps JavaScript or Embed key is sent to every visitor of the page. Restrict it to your sites\' referrers and to the Maps APIs the page calls.',
    }, {
      // A browser key a comment just above says is one: "public by design", "restricted to … referrers".
      pattern: /(?:<!--|\/\/|\/\*|#|\*)[^\n]{0,200}(?:public by design|(?<!\bnot[ \t]{1,3})(?:HTTP[ -])?referr?er[ -]restricted|(?<!\b(?:not|un)[ \t]{0,3})restricted (?:to|by) [^\n]{0,120}?referr?ers?)/i,
      lines: 3,
      hint: 'A comment here says this is a browser key restricted to your sites. Check its application restrictions in the Cloud console and that it is allowed only the APIs the page calls.',
    }],
    revokeUrl: GOOGLE_CREDENTIALS,
    description: 'An unrestricted API key bills your project for every Google API it is allowed to call.',
  },
  {
    id: 'google-oauth-client-secret',
    title: 'Google OAuth client secret',
    provider: 'Google',
    regex: /\b(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
    keywords: ['gocspx-'],
    confidence: 'high',
    revokeUrl: GOOGLE_CREDENTIALS,
    description: 'With the client id, the client secret lets anyone obtain Google tokens as your OAuth app.',
  },
  {
    id: 'google-oauth-access-token',
    title: 'Google OAuth access token',
    provider: 'Google',
    regex: /\b(ya29\.[0-9A-Za-z_-]{20,2000})(?![0-9A-Za-z_-])/,
    keywords: ['ya29.'],
    confidence: 'medium',
    minEntropy: 3.5,
    revokeUrl: 'https://myaccount.google.com/permissions',
    description: 'A Google access token acts as the signed-in user with its granted scopes until it expires.',
  },
  {
    id: 'google-oauth-refresh-token',
    title: 'Google OAuth refresh token',
    provider: 'Google',
    regex: /(?<![\w/-])(1\/\/0[0-9A-Za-z_-]{40,300})(?![\w-])/,
    keywords: ['1//0'],
    confidence: 'medium',
    minEntropy: 3.5,
    revokeUrl: 'https://myaccount.google.com/permissions',
    description: 'A refresh token mints new access tokens for the user and scopes it was granted, until it is revoked.',
  },
];

// ---------------------------------------------------------------------------------------------
// OpenAI, Anthropic
// ---------------------------------------------------------------------------------------------

const OPENAI_KEYS = 'https://platform.openai.com/api-keys';

function openai(id: string, title: string, kind: string, description: string, hint?: string, revokeUrl = OPENAI_KEYS): Rule {
  const r: Rule = {
    id,
    title,
    provider: 'OpenAI',
    regex: new RegExp(String.raw`\b(sk-${kind}-[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])`),
    keywords: [`sk-${kind}-`],
    confidence: 'high',
    revokeUrl,
    description,
  };
  if (hint) r.hint = hint;
  return r;
}

const AI: Rule[] = [
  openai('openai-project-key', 'OpenAI project API key', 'proj',
    'An OpenAI project key spends your credits and reads the project\'s files, assistants and fine-tunes.',
    'Give project keys restricted permissions (only the endpoints used) and a per-project budget.'),
  openai('openai-service-account-key', 'OpenAI service account key', 'svcacct',
    'A service account key acts for a project without a person, spending its credits.'),
  openai('openai-admin-key', 'OpenAI admin key', 'admin',
    'An admin key manages the organisation: members, projects, keys and billing.',
    'Admin keys manage the whole organisation; keep them out of application code and use project keys there.',
    'https://platform.openai.com/settings/organization/admin-keys'),
  {
    id: 'openai-api-key',
    title: 'OpenAI API key (user key)',
    provider: 'OpenAI',
    regex: /\b(sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\b/,
    keywords: ['t3blbkfj'],
    confidence: 'high',
    hint: 'User keys act for every organisation you belong to. Prefer a project key with restricted permissions.',
    revokeUrl: OPENAI_KEYS,
    description: 'An OpenAI key spends your credits and reads your organisation\'s data.',
  },
  {
    id: 'openai-legacy-api-key',
    title: 'OpenAI-style secret key (sk- and 48 characters)',
    provider: 'OpenAI',
    regex: /\b(sk-[A-Za-z0-9]{48})\b/,
    keywords: ['sk-'],
    confidence: 'medium',
    minEntropy: 4,
    revokeUrl: OPENAI_KEYS,
    description: 'An sk- key of this shape is an OpenAI (or OpenAI-compatible provider) API key that spends your credits.',
  },
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    provider: 'Anthropic',
    regex: /\b(sk-ant-(?:api|oat)[0-9]{2}-[A-Za-z0-9_-]{80,100}AA)(?![A-Za-z0-9_-])/,
    keywords: ['sk-ant-api', 'sk-ant-oat'],
    confidence: 'high',
    revokeUrl: 'https://console.anthropic.com/settings/keys',
    description: 'An Anthropic key spends the workspace\'s credits on the Claude API.',
  },
  {
    id: 'anthropic-admin-key',
    title: 'Anthropic Admin API key',
    provider: 'Anthropic',
    regex: /\b(sk-ant-admin[0-9]{2}-[A-Za-z0-9_-]{80,100}AA)(?![A-Za-z0-9_-])/,
    keywords: ['sk-ant-admin'],
    confidence: 'high',
    hint: 'Admin keys manage the organisation (members, workspaces, keys); keep them out of application code.',
    revokeUrl: 'https://console.anthropic.com/settings/admin-keys',
    description: 'An Anthropic Admin key manages the organisation\'s members, workspaces and API keys.',
  },
  {
    id: 'huggingface-token',
    title: 'Hugging Face access token',
    provider: 'Hugging Face',
    regex: /\b(hf_[A-Za-z]{34})\b/,
    keywords: ['hf_'],
    confidence: 'high',
    hint: 'Prefer a fine-grained token limited to the repositories and actions this code needs.',
    revokeUrl: 'https://huggingface.co/settings/tokens',
    description: 'A Hugging Face token reads (or writes) your private models, datasets and Spaces.',
  },
  {
    id: 'huggingface-org-token',
    title: 'Hugging Face organization API token',
    provider: 'Hugging Face',
    regex: /\b(api_org_[A-Za-z]{34})\b/,
    keywords: ['api_org_'],
    confidence: 'high',
    revokeUrl: 'https://huggingface.co/settings/tokens',
    description: 'An organization token acts on every repository of the Hugging Face organization.',
  },
];

// ---------------------------------------------------------------------------------------------
// Package registries, mail and messaging
// ---------------------------------------------------------------------------------------------

/** What both Twilio auth-token rules tell a person. */
const TWILIO_TOKEN_ADVICE = {
  hint: 'The account auth token can do everything; prefer an API key (SK…) and its secret, which you can revoke alone.',
  revokeUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
  description: 'A Twilio auth token or API secret sends SMS and calls and reads message logs on your account.',
};

const REGISTRIES_AND_MAIL: Rule[] = [
  {
    id: 'npm-access-token',
    title: 'npm access token',
    provider: 'npm',
    regex: /\b(npm_[A-Za-z0-9]{36})\b/,
    keywords: ['npm_'],
    confidence: 'high',
    validate: crc(4),
    hint: 'Prefer a granular token limited to the packages it publishes, with an expiry, or npm trusted publishing from CI.',
    revokeUrl: 'https://docs.npmjs.com/revoking-access-tokens',
    description: 'An npm token can publish new versions of your packages: a supply-chain attack on everyone who installs them.',
  },
  {
    // .npmrc: `//registry.npmjs.org/:_authToken=…`. Legacy npm tokens are bare UUIDs and private
    // registries issue any shape, so the key, not the value, says what it is. `_auth` is base64 of
    // user:password, `_password` base64 of the password.
    id: 'npmrc-auth',
    title: 'Registry credential in an .npmrc',
    provider: 'npm',
    regex: /(?<=^|[\s:])(?:_authToken|_auth|_password)[ \t]*=[ \t]*["']?([^\s"'#;()]{16,500})(?![(\w])/,
    keywords: ['_authtoken', '_auth', '_password'],
    // `_auth` and `_password` are base64: of `username:password`, `changeme`, a stand-in.
    reject: decodesToPlaceholder,
    confidence: 'medium',
    hint: 'Write `_authToken=${NPM_TOKEN}` and set NPM_TOKEN in the environment; npm expands it.',
    revokeUrl: 'https://docs.npmjs.com/revoking-access-tokens',
    description: 'A registry token in .npmrc installs private packages and, for npm, may publish them.',
  },
  {
    // Yarn 2+'s .yarnrc.yml: `npmAuthIdent: "user:password"`, or base64 of it.
    id: 'yarnrc-auth-ident',
    title: 'Registry user and password in a .yarnrc.yml',
    provider: 'Yarn',
    regex: /\bnpmAuthIdent["']?[ \t]*:[ \t]*(?<q>["']?)(?:[^\s:"'$]{1,100}:(?<secret>[^\s"']{4,200})|(?<b64>[A-Za-z0-9+/]{12,400}={0,2}))\k<q>[ \t]*(?:#[^\n]*)?$/m,
    secretGroup: ['secret', 'b64'],
    keywords: ['npmauthident'],
    allow: PLACEHOLDER_PASSWORD,
    reject: (s) => decodesToPlaceholder(s) || isTemplateOrReference(s),
    confidence: 'medium',
    hint: 'Write `npmAuthIdent: "${NPM_AUTH_IDENT}"` (Yarn expands it) or use `npmAuthToken` from the environment.',
    description: 'The registry user and password install private packages and may publish them.',
  },
  {
    id: 'pypi-upload-token',
    title: 'PyPI upload token',
    provider: 'PyPI',
    regex: /\b(pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    confidence: 'high',
    hint: 'Scope the token to one project, or use PyPI trusted publishing from CI and drop the token.',
    revokeUrl: 'https://pypi.org/manage/account/token/',
    description: 'A PyPI token can upload new releases of your packages: a supply-chain attack on everyone who installs them.',
  },
  {
    id: 'sendgrid-api-key',
    title: 'SendGrid API key',
    provider: 'SendGrid',
    regex: /\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
    keywords: ['sg.'],
    confidence: 'high',
    hint: 'Give the key only the Mail Send permission unless it needs more.',
    revokeUrl: 'https://app.sendgrid.com/settings/api_keys',
    description: 'A SendGrid key sends mail from your verified domains, perfect for phishing your own users.',
  },
  {
    id: 'twilio-api-key',
    title: 'Twilio API key SID',
    provider: 'Twilio',
    regex: /\b(SK[0-9a-f]{32})\b/,
    keywords: ['sk'],
    // The SID is the key's identifier, shown in the console and in logs, whatever the name it is
    // given (`TWILIO_API_KEY=SK…` is common): a note that points at the secret that goes with it.
    // The secret signs requests and is found by the rules below.
    confidence: 'low',
    minEntropy: 3,
    hint: 'This is the API key\'s SID, an identifier: keep the API key secret that goes with it out of the code.',
    revokeUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
    description: 'A Twilio API key SID names a credential whose secret is usually next to it; together they send SMS and calls on your bill.',
  },
  {
    id: 'twilio-auth-token',
    title: 'Twilio auth token or API key secret',
    provider: 'Twilio',
    regex: assigned([['twilio'], ['token', 'secret', 'auth']], String.raw`[A-Za-z0-9]{32}(?![A-Za-z0-9])`),
    secretGroup: 'secret',
    keywords: ['twilio'],
    confidence: 'medium',
    minEntropy: 3.2,
    ...TWILIO_TOKEN_ADVICE,
  },
  {
    // The SDKs take the pair positionally: twilio("AC…", "…"), Client("AC…", "…"), new TwilioRestClient("AC…", "…").
    // An API key's secret, after its SID (`twilio("SK…", "…", { accountSid })`), is 32 base62 characters.
    id: 'twilio-auth-token-pair',
    title: 'Twilio auth token beside its account SID',
    provider: 'Twilio',
    // The request validator takes the auth token alone: `RequestValidator("…")`, `new twilio.RequestValidator('…')`.
    // A customer's message names both: "account SID is AC… and auth token …".
    regex: /\b(?:AC|SK)[a-f0-9]{32}["'\x60]?[ \t]{0,4}[,:][ \t]{0,4}["'\x60]?(?<s1>[a-f0-9]{32})(?![A-Za-z0-9])|\bSK[a-f0-9]{32}["'\x60][ \t]{0,4},[ \t]{0,4}["'\x60](?<s2>[A-Za-z0-9]{32})["'\x60]|\bRequestValidator[ \t]{0,4}\([ \t]{0,4}["'](?<s3>[a-f0-9]{32})["']|\bAC[a-f0-9]{32}\b[^\n]{0,40}?\b(?:auth[ _-]?)?token(?:[ \t]+is)?[ \t:=]{1,4}(?<s4>[a-f0-9]{32})(?![A-Za-z0-9])/,
    secretGroup: ['s1', 's2', 's3', 's4'],
    keywords: ['twilio'],
    // `from twilio.rest import Client` comes lines before `Client("AC…", "…")`.
    multiline: true,
    confidence: 'medium',
    minEntropy: 3.2,
    ...TWILIO_TOKEN_ADVICE,
  },
  {
    id: 'mailgun-api-key',
    title: 'Mailgun API key',
    provider: 'Mailgun',
    regex: /\b(key-[0-9a-f]{32})\b/,
    keywords: ['key-'],
    confidence: 'high',
    minEntropy: 3,
    revokeUrl: 'https://app.mailgun.com/settings/api_security',
    description: 'A Mailgun API key sends mail from your domains and reads your logs and lists.',
  },
  {
    id: 'mailgun-private-api-key',
    title: 'Mailgun private API key',
    provider: 'Mailgun',
    regex: new RegExp(
      `(?:${ci('mailgun')}|${ci('^mg~')})[\\w.$-]{0,40}?${ASSIGN}(?<secret>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![0-9a-f-])|${ci('mailgun')}[^\\n]{0,200}?["'\x60](?<secret2>[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})["'\x60]`,
    ),
    // The key's shape (32 hex, then two groups of 8) is Mailgun's own; on a line that names Mailgun
    // it needs no name of its own (`new Mailgun(formData).client({ username: 'api', key: '…' })`).
    secretGroup: ['secret', 'secret2'],
    keywords: ['mailgun', 'mg'],
    confidence: 'high',
    revokeUrl: 'https://app.mailgun.com/settings/api_security',
    description: 'A Mailgun private API key sends mail from your domains and reads your logs and lists.',
  },
  {
    id: 'telegram-bot-token',
    title: 'Telegram bot token',
    provider: 'Telegram',
    // Also inside the Bot API URL: https://api.telegram.org/bot<token>/sendMessage.
    regex: /(?:(?<![0-9A-Za-z_-])|(?<=\/bot))([0-9]{8,10}:AA[0-9A-Za-z_-]{32,34})(?![0-9A-Za-z_-])/,
    keywords: [':aa'],
    confidence: 'high',
    minEntropy: 3.5,
    revokeUrl: 'https://t.me/BotFather',
    description: 'A bot token controls the bot: reads its chats and sends messages as it.',
  },
];

// ---------------------------------------------------------------------------------------------
// Shopify, DigitalOcean, HashiCorp, Databricks, Doppler, Postman, Grafana, Linear
// ---------------------------------------------------------------------------------------------

function shopify(id: string, title: string, prefix: string, description: string, hint?: string): Rule {
  const r: Rule = {
    id,
    title,
    provider: 'Shopify',
    regex: new RegExp(String.raw`\b(${prefix}[A-Za-z0-9]{32,64})\b`),
    keywords: [prefix],
    confidence: 'high',
    revokeUrl: 'https://help.shopify.com/en/manual/apps/app-types/custom-apps',
    description,
  };
  if (hint) r.hint = hint;
  return r;
}

function digitalocean(id: string, title: string, prefix: string, description: string, hint?: string): Rule {
  const r: Rule = {
    id,
    title,
    provider: 'DigitalOcean',
    regex: new RegExp(String.raw`\b(${prefix}[a-f0-9]{64})\b`),
    keywords: [prefix],
    confidence: 'high',
    revokeUrl: 'https://cloud.digitalocean.com/account/api/tokens',
    description,
  };
  if (hint) r.hint = hint;
  return r;
}

function doppler(id: string, title: string, kind: string, description: string, hint?: string): Rule {
  const env = kind === 'st' ? String.raw`(?:[A-Za-z0-9_-]{1,40}\.)?` : '';
  const r: Rule = {
    id,
    title,
    provider: 'Doppler',
    regex: new RegExp(String.raw`\b(dp\.${kind}\.${env}[A-Za-z0-9]{40,44})\b`),
    keywords: [`dp.${kind}.`],
    confidence: 'high',
    revokeUrl: 'https://docs.doppler.com/docs/service-tokens',
    description,
  };
  if (hint) r.hint = hint;
  return r;
}

function vault(id: string, title: string, prefix: string, description: string, hint?: string): Rule {
  const r: Rule = {
    id,
    title,
    provider: 'HashiCorp',
    regex: new RegExp(String.raw`(?<![A-Za-z0-9_.-])(${prefix}\.[A-Za-z0-9_-]{24,300})(?![A-Za-z0-9_-])`),
    keywords: [`${prefix}.`],
    confidence: 'high',
    revokeUrl: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke',
    description,
  };
  if (hint) r.hint = hint;
  return r;
}

const PLATFORMS: Rule[] = [
  shopify('shopify-access-token', 'Shopify Admin API access token', 'shpat_',
    'A Shopify access token reads and changes the store (orders, customers, products) within its scopes.',
    'Request only the Admin API scopes the app uses.'),
  shopify('shopify-custom-app-token', 'Shopify custom app access token', 'shpca_',
    'A custom app token reads and changes the store within the app\'s scopes.'),
  shopify('shopify-private-app-token', 'Shopify private app password', 'shppa_',
    'A private app password reads and changes the store within the app\'s permissions.',
    'Private apps are deprecated; move to a custom app with only the scopes it needs.'),
  shopify('shopify-app-secret', 'Shopify app shared secret', 'shpss_',
    'The app secret signs OAuth and webhook requests; with it anyone can impersonate Shopify to your app.'),

  digitalocean('digitalocean-pat', 'DigitalOcean personal access token', 'dop_v1_',
    'A DigitalOcean token creates, reads and destroys droplets, databases and everything else in the team.',
    'Use a custom-scoped token with only the resource scopes this code needs, and an expiry.'),
  digitalocean('digitalocean-oauth-token', 'DigitalOcean OAuth token', 'doo_v1_',
    'A DigitalOcean OAuth token acts on the team\'s resources with the scopes it was granted.'),
  digitalocean('digitalocean-refresh-token', 'DigitalOcean OAuth refresh token', 'dor_v1_',
    'A refresh token mints new DigitalOcean OAuth tokens until it is revoked.'),

  vault('hashicorp-vault-service-token', 'HashiCorp Vault service token', 'hvs',
    'A Vault service token reads (and may write) every secret its policies allow.',
    'Prefer short-TTL tokens from an auth method (AppRole, Kubernetes, OIDC) over a long-lived token in code.'),
  vault('hashicorp-vault-batch-token', 'HashiCorp Vault batch token', 'hvb',
    'A Vault batch token reads every secret its policies allow until it expires.'),
  vault('hashicorp-vault-recovery-token', 'HashiCorp Vault recovery token', 'hvr',
    'A Vault recovery token has full access to Vault in recovery mode.'),
  {
    id: 'hashicorp-vault-token-legacy',
    title: 'HashiCorp Vault token (before 1.10)',
    provider: 'HashiCorp',
    regex: new RegExp(
      `${NAME_START}(?<name>${NAME_CHARS}${ci('vault')}[\\w.$-]{0,30}?)(?:${ASSIGN}|[ \\t]{1,4}["'\\x60]?)(?<secret>[sbr]\\.[A-Za-z0-9_-]{24,200})(?![A-Za-z0-9_.-])`,
    ),
    secretGroup: 'secret',
    keywords: ['vault'],
    confidence: 'medium',
    minEntropy: 3.5,
    revokeUrl: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke',
    description: 'A Vault token reads (and may write) every secret its policies allow.',
  },
  {
    id: 'hashicorp-vault-unseal-key',
    title: 'HashiCorp Vault unseal key',
    provider: 'HashiCorp',
    regex: /(?:[Uu]nseal [Kk]ey(?: [0-9]{1,2})?:|operator unseal(?: -[a-z-]{1,20}(?:=\S{1,40})?){0,3})[ \t]{1,4}["']?([A-Za-z0-9+/]{43,44}={0,1})(?![A-Za-z0-9+/=])/,
    keywords: ['unseal'],
    confidence: 'high',
    minEntropy: 4,
    hint: 'Unseal keys are for people, not code: keep shares apart, or use auto-unseal with a cloud KMS.',
    revokeUrl: 'https://developer.hashicorp.com/vault/docs/commands/operator/rekey',
    description: 'Enough unseal key shares together unseal Vault and expose its root key.',
  },
  {
    id: 'hashicorp-terraform-token',
    title: 'Terraform Cloud / Enterprise API token',
    provider: 'HashiCorp',
    regex: /\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
    keywords: ['.atlasv1.'],
    confidence: 'high',
    hint: 'Prefer a team or organization token with the least access, or workload identity from CI.',
    revokeUrl: 'https://app.terraform.io/app/settings/tokens',
    description: 'A Terraform Cloud token runs plans and applies, and reads state files full of other secrets.',
  },
  {
    id: 'databricks-token',
    title: 'Databricks personal access token',
    provider: 'Databricks',
    regex: /\b(dapi[a-f0-9]{32}(?:-[0-9])?)(?![A-Za-z0-9-])/,
    keywords: ['dapi'],
    confidence: 'high',
    minEntropy: 3,
    hint: 'Prefer a service principal with OAuth machine-to-machine credentials over a personal token.',
    revokeUrl: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
    description: 'A Databricks token acts as you on the workspace: notebooks, clusters, jobs and data.',
  },
  doppler('doppler-personal-token', 'Doppler personal token', 'pt',
    'A Doppler personal token reads every secret of every project you can access.',
    'Personal tokens act as you everywhere; use a service token scoped to one config instead.'),
  doppler('doppler-cli-token', 'Doppler CLI token', 'ct',
    'A Doppler CLI token reads every secret of every project you can access.',
    'CLI tokens act as you everywhere; use a service token scoped to one config in code and CI.'),
  doppler('doppler-service-token', 'Doppler service token', 'st',
    'A Doppler service token reads every secret of its config.'),
  doppler('doppler-service-account-token', 'Doppler service account token', 'sa',
    'A Doppler service account token reads the secrets of every project the account was granted.'),
  doppler('doppler-scim-token', 'Doppler SCIM token', 'scim',
    'A Doppler SCIM token provisions and removes workplace users.'),
  doppler('doppler-audit-token', 'Doppler audit token', 'audit',
    'A Doppler audit token reads the workplace\'s audit log and membership.'),
  {
    id: 'postman-api-key',
    title: 'Postman API key',
    provider: 'Postman',
    regex: /\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b/,
    keywords: ['pmak-'],
    confidence: 'high',
    revokeUrl: 'https://go.postman.co/settings/me/api-keys',
    description: 'A Postman key reads your collections and environments, which often hold more secrets.',
  },
  {
    id: 'grafana-cloud-token',
    title: 'Grafana Cloud access policy token',
    provider: 'Grafana',
    regex: /\b(glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['glc_'],
    confidence: 'high',
    revokeUrl: 'https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/',
    description: 'A Grafana Cloud token reads or writes metrics, logs and traces within its access policy.',
  },
  {
    id: 'grafana-service-account-token',
    title: 'Grafana service account token',
    provider: 'Grafana',
    regex: /\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\b/,
    keywords: ['glsa_'],
    confidence: 'high',
    hint: 'Give the service account the Viewer role unless it must change dashboards or data sources.',
    revokeUrl: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
    description: 'A Grafana service account token acts on dashboards, data sources and alerts with the account\'s role.',
  },
  {
    id: 'grafana-api-key',
    title: 'Grafana API key (legacy)',
    provider: 'Grafana',
    regex: /\b(eyJrIjoi[A-Za-z0-9+/]{40,200}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['eyjrijoi'],
    confidence: 'high',
    hint: 'API keys are deprecated; migrate to a service account token with the least role.',
    revokeUrl: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/',
    description: 'A Grafana API key acts on the organisation with its role (often Admin).',
  },
  {
    id: 'linear-api-key',
    title: 'Linear API key',
    provider: 'Linear',
    regex: /\b(lin_api_[A-Za-z0-9]{40})\b/,
    keywords: ['lin_api_'],
    confidence: 'high',
    revokeUrl: 'https://linear.app/settings/account/security',
    description: 'A Linear API key reads and changes every issue and project you can see.',
  },
];

// ---------------------------------------------------------------------------------------------
// Azure
// ---------------------------------------------------------------------------------------------

const AZURE: Rule[] = [
  {
    id: 'azure-storage-account-key',
    title: 'Azure Storage account key',
    provider: 'Azure',
    regex: /\b[Aa]ccount[Kk]ey[ \t]{0,2}=[ \t]{0,2}([A-Za-z0-9+/]{40,100}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['accountkey'],
    confidence: 'high',
    minEntropy: 4,
    hint: 'Account keys grant full access to the whole storage account; prefer Microsoft Entra ID (managed identity) or a short-lived SAS.',
    revokeUrl: 'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage',
    description: 'A storage account key reads, writes and deletes every blob, queue, table and file share in the account.',
  },
  {
    // Azure Quantum's workspace connection string (`azure-quantum` SDKs, `Workspace.FromConnectionString`):
    // `SubscriptionId=…;ResourceGroupName=…;WorkspaceName=…;ApiKey=…;QuantumEndpoint=…;`.
    id: 'azure-quantum-connection-string',
    title: 'Azure Quantum workspace API key',
    provider: 'Azure',
    regex: /\b(?:SubscriptionId|ResourceGroupName|WorkspaceName)=[^;\s"']{1,200};(?:[A-Za-z]{2,40}=[^;\s"']{0,300};){0,6}?ApiKey=([A-Za-z0-9+/]{40,100}={0,2})(?=;|["'\s]|$)/,
    keywords: ['apikey='],
    confidence: 'high',
    minEntropy: 4,
    hint: 'Use a managed identity or DefaultAzureCredential for the workspace; if a key is needed, keep the connection string in Key Vault or the AZURE_QUANTUM_CONNECTION_STRING environment variable.',
    revokeUrl: 'https://learn.microsoft.com/azure/quantum/how-to-connect-workspace',
    description: 'The key submits jobs to the workspace\'s providers and spends its credits.',
  },
  {
    // `az storage account keys list` and `az cosmosdb keys list` print each key as JSON:
    // { "keyName": "key1", "permissions": "FULL", "value": "…" }.
    id: 'azure-account-key-listing',
    title: 'Azure Storage account key in CLI output',
    provider: 'Azure',
    regex: /"keyName"[ \t]*:[ \t]*"(?:key[12]|kerb[12])"[^}]{0,300}?"value"[ \t]*:[ \t]*"([A-Za-z0-9+/]{86}==)"/,
    keywords: ['"keyname"'],
    windowLines: 4,
    confidence: 'high',
    minEntropy: 4.5,
    hint: 'Account keys grant full access to the whole account; prefer Microsoft Entra ID (managed identity) or a short-lived SAS, and keep CLI output that lists keys out of logs.',
    revokeUrl: 'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage',
    description: 'A storage account key reads, writes and deletes every blob, queue, table and file share in the account.',
  },
  {
    // A Cosmos DB or Storage account key (64 random bytes, 88 base64 characters ending in `==`)
    // within a few lines of its account's endpoint: `cosmos: { endpoint: 'https://x.documents.azure.com', key: '…' }`.
    id: 'azure-account-key-near-endpoint',
    title: 'Azure Cosmos DB or Storage account key',
    provider: 'Azure',
    regex: /(?:\.documents\.azure\.com|\.(?:blob|table|queue|file)\.core\.windows\.net)[^\n]{0,200}(?:\r?\n[^\n]{0,300}){0,4}?[^A-Za-z0-9+/]([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/,
    keywords: ['documents.azure.com', 'core.windows.net'],
    windowLines: 4,
    confidence: 'high',
    minEntropy: 4.5,
    hint: 'Account keys grant full access to the whole account; prefer Microsoft Entra ID (managed identity) or short-lived tokens.',
    revokeUrl: 'https://learn.microsoft.com/azure/cosmos-db/database-security#primary-keys',
    description: 'An account key reads, writes and deletes everything in the Cosmos DB or Storage account.',
  },
  {
    id: 'azure-shared-access-key',
    title: 'Azure shared access key (Service Bus, Event Hubs, IoT Hub)',
    provider: 'Azure',
    regex: /\b[Ss]hared[Aa]ccess[Kk]ey[ \t]{0,2}=[ \t]{0,2}([A-Za-z0-9+/]{42,43}=)(?![A-Za-z0-9+/=])/,
    keywords: ['sharedaccesskey='],
    confidence: 'high',
    minEntropy: 4,
    hint: 'Use a policy with only Send or Listen rights, or Microsoft Entra ID (managed identity).',
    revokeUrl: 'https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas',
    description: 'A shared access key signs tokens for the namespace or hub with every right of its policy.',
  },
  {
    id: 'azure-sas-token',
    title: 'Azure shared access signature',
    provider: 'Azure',
    regex: /\bsig=(?<=\bsv=[0-9]{4}-[0-9]{2}-[0-9]{2}[^\s"'<>]{0,400}sig=)([A-Za-z0-9%+/]{40,100}(?:=|%3[Dd]){0,2})(?![A-Za-z0-9%+/=])/,
    keywords: ['sig='],
    confidence: 'high',
    minEntropy: 4,
    hint: 'Keep SAS lifetimes short and permissions minimal, and sign them with a user delegation key.',
    revokeUrl: 'https://learn.microsoft.com/azure/storage/common/sas-expiration-policy',
    description: 'A SAS URL grants its permissions on the resource to anyone who has it, until it expires.',
  },
  {
    id: 'azure-app-configuration-secret',
    title: 'Azure App Configuration access key',
    provider: 'Azure',
    regex: /\.azconfig\.io;[ \t]{0,2}Id=[^;\s"']{1,64};[ \t]{0,2}Secret=([A-Za-z0-9+/]{42,43}=)(?![A-Za-z0-9+/=])/,
    keywords: ['azconfig.io'],
    confidence: 'high',
    revokeUrl: 'https://learn.microsoft.com/azure/azure-app-configuration/howto-disable-access-key-authentication',
    description: 'An App Configuration access key reads (or writes) every setting and Key Vault reference in the store.',
  },
  {
    id: 'azure-ad-client-secret',
    title: 'Microsoft Entra ID (Azure AD) client secret',
    provider: 'Azure',
    regex: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    keywords: ['q~'],
    confidence: 'high',
    minEntropy: 3.5,
    hint: 'Prefer a managed identity or workload identity federation; if a secret is unavoidable, give it a short expiry.',
    revokeUrl: 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    description: 'With the tenant and client id, a client secret signs in as the application with all its API permissions.',
  },
  {
    id: 'azure-client-secret',
    title: 'Azure client secret',
    provider: 'Azure',
    regex: assigned(
      [['azure', 'aad', 'entra', 'arm_'], ['secret', 'password']],
      String.raw`[A-Za-z0-9_~.+/=@*?:\[\]-]{32,44}(?![A-Za-z0-9_~.+/=@*?:\[\]-])`,
    ),
    secretGroup: 'secret',
    keywords: ['azure', 'aad', 'entra', 'arm_', 'arm-'],
    confidence: 'medium',
    generic: true,
    hint: 'Prefer a managed identity or workload identity federation; if a secret is unavoidable, give it a short expiry.',
    revokeUrl: 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    description: 'With the tenant and client id, a client secret signs in as the application with all its API permissions.',
  },
  {
    id: 'azure-devops-pat',
    title: 'Azure DevOps personal access token',
    provider: 'Azure',
    regex: assigned(
      [['pat', 'token', 'ado', 'azure', 'devops', 'vsts', 'tfs']],
      String.raw`[a-z0-9]{52}(?![A-Za-z0-9])`,
    ),
    secretGroup: 'secret',
    keywords: ['pat', 'token', 'ado', 'azure', 'devops', 'vsts', 'tfs'],
    confidence: 'medium',
    minEntropy: 3.8,
    hint: 'Scope the token to the organisation and the few scopes it needs (e.g. Code: Read), with a short expiry.',
    revokeUrl: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    description: 'An Azure DevOps token acts as you on repositories, pipelines and boards within its scopes.',
  },
  {
    // Microsoft's documented sign-in for scripts: echo <PAT> | az devops login --organization ….
    id: 'azure-devops-pat-login',
    title: 'Azure DevOps personal access token (piped to az devops login)',
    provider: 'Azure',
    regex: /\becho[ \t]+(?<q>["']?)(?<secret>[a-z0-9]{52})\k<q>[ \t]*\|[ \t]*az[ \t]+devops[ \t]+login\b/,
    secretGroup: 'secret',
    keywords: ['az devops login'],
    confidence: 'medium',
    minEntropy: 3.8,
    hint: 'Scope the token to the organisation and the few scopes it needs (e.g. Code: Read), with a short expiry.',
    revokeUrl: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    description: 'An Azure DevOps token acts as you on repositories, pipelines and boards within its scopes.',
  },
  {
    // A legacy PAT (52 characters of base32) named in prose or a message near it: "the real staging
    // ADO PAT", a chat answering "do you have the azure devops pat?". Base32 in lower case with
    // digits 2-7 only, three of them at least: a long identifier is not one.
    id: 'azure-devops-pat-mentioned',
    title: 'Azure DevOps personal access token (named nearby)',
    provider: 'Azure',
    regex: /(?<![A-Za-z0-9])((?=[a-z2-7]{0,51}[2-7][a-z2-7]{0,50}[2-7][a-z2-7]{0,49}[2-7])[a-z2-7]{52})(?![A-Za-z0-9])/,
    keywords: ['ado pat', 'devops pat', 'azure devops', 'dev.azure.com', 'visualstudio.com', 'azdo pat'],
    multiline: true,
    confidence: 'medium',
    minEntropy: 3.8,
    hint: 'Scope the token to the organisation and the few scopes it needs (e.g. Code: Read), with a short expiry.',
    revokeUrl: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    description: 'An Azure DevOps token acts as you on repositories, pipelines and boards within its scopes.',
  },
  {
    id: 'azure-devops-pat-v2',
    title: 'Azure DevOps personal access token (84-character format)',
    provider: 'Azure',
    regex: /\b([A-Za-z0-9]{52}JQQJ9[A-Za-z0-9]{19}AZDO[A-Za-z0-9]{4})\b/,
    keywords: ['azdo'],
    confidence: 'high',
    hint: 'Scope the token to the organisation and the few scopes it needs (e.g. Code: Read), with a short expiry.',
    revokeUrl: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    description: 'An Azure DevOps token acts as you on repositories, pipelines and boards within its scopes.',
  },
];

// ---------------------------------------------------------------------------------------------
// Format families: JWTs, private keys, passwords in URLs and connection strings
// ---------------------------------------------------------------------------------------------

/** What the named and the unnamed JWT rules tell a person. */
const JWT_ADVICE = {
  hint: 'Do not hardcode tokens: they carry identity and often a long expiry. Fetch them at runtime.',
  description: 'A signed JWT is a bearer credential: whoever has it is the subject until it expires.',
  // A video player's signed playback token (Mux's `<mux-player playback-token="…">`, its thumbnail
  // and storyboard tokens) opens one asset to the viewer the page is rendered for, until it expires.
  publicNear: {
    pattern: /\b(?:playback|thumbnail|storyboard)[-_]?token[ \t]*[=:][ \t]*["']?eyJ/i,
    lines: 0,
    hint: 'A signed playback token opens one video to whoever holds the page, until it expires. Check that it is minted per viewer with a short expiry, not hardcoded.',
  },
};
const JWT_BODY = String.raw`eyJ[A-Za-z0-9_-]{8,1000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000}(?![A-Za-z0-9_-])`;
const JWT_NAMES = ['token', 'jwt', 'auth', 'bearer', 'session', 'cookie', 'credential', 'secret', 'key', 'password', 'passwd'];

/** Header and claims decode to JSON objects and the header names a real signing algorithm. */
function isSignedJwt(value: string): boolean {
  const [header, claims] = value.split('.', 2).map((part) => {
    try {
      const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  });
  return !!header && !!claims && typeof header.alg === 'string' && /^(?:[HRP]S|ES)(?:256|384|512)$|^EdDSA$/.test(header.alg);
}

/** BEGIN markers of private keys, base64-encoded (the aligned prefix of `-----BEGIN <kind>PRIVATE KEY`). */
/** `{"type": "service_account",` in base64, as `base64` writes the common layouts of a key file. */
const SERVICE_ACCOUNT_B64 = [
  'ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs', // {\n  "type": "service_account",
  'eyJ0eXBlIjoic2VydmljZV9hY2NvdW50', // {"type":"service_account",
  'eyJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCIs', // {"type": "service_account",
  'ewogICAgInR5cGUiOiAic2VydmljZV9hY2NvdW50', // {\n    "type": "service_account",
  'eyAidHlwZSI6ICJzZXJ2aWNlX2FjY291bnQi', // { "type": "service_account",
];

const BASE64_PEM_PREFIXES = [
  'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBL', // RSA
  'LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtF', // EC
  'LS0tLS1CRUdJTiBEU0EgUFJJVkFURSBL', // DSA
  'LS0tLS1CRUdJTiBPUEVOU1NIIFBSSVZBVEUgS0VZ', // OPENSSH
  'LS0tLS1CRUdJTiBFTkNSWVBURUQgUFJJVkFURSBL', // ENCRYPTED
  'LS0tLS1CRUdJTiBQR1AgUFJJVkFURSBL', // PGP
  'LS0tLS1CRUdJTiBQUklWQVRFIEtF', // PKCS#8
];

/**
 * A PEM block encrypted under a passphrase: PKCS#8's `ENCRYPTED PRIVATE KEY`, OpenSSL's legacy
 * `Proc-Type: 4,ENCRYPTED` header, or an OpenSSH key whose cipher is not `none`. Newlines may be
 * real or written as `\n` inside a string.
 */
export function isEncryptedPrivateKey(pem: string): boolean {
  if (/^-----BEGIN ENCRYPTED (?:[A-Z0-9]{1,12} )?PRIVATE KEY-----|Proc-Type:[ \t]*4,[ \t]*ENCRYPTED/.test(pem)) return true;
  if (!pem.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----')) return false;
  const body = pem.slice(35).replace(/\\n|\\r|[^A-Za-z0-9+/=]/g, '').slice(0, 64);
  const bytes = Buffer.from(body, 'base64');
  // "openssh-key-v1\0", then the cipher's name as a length-prefixed string.
  if (bytes.toString('latin1', 0, 15) !== 'openssh-key-v1\0' || bytes.length < 19) return false;
  const n = bytes.readUInt32BE(15);
  return n > 0 && n < 32 && bytes.toString('latin1', 19, 19 + n) !== 'none';
}

function percentDecoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Scheme://[user]:PASSWORD@host: the password may contain '@' (the last '@' before a host counts). */
function urlPassword(schemes: string): RegExp {
  return new RegExp(
    // The user may hold a template's placeholder (an Oxylabs `customer-…-sessid-${sessid}` session name).
    // SMB names the user's Windows domain first, in capitals: CUPS' `smb://CORP/svc-print:…@server/queue`.
    String.raw`\b(?:${schemes})://(?:[A-Z][A-Z0-9_-]{0,15}[/;])?(?<user>(?:[^\s:@/"'\x60<>()\[\]{}$]|\$(?!\{)|\$\{[\w.]{1,40}\}){0,80}):(?!\k<user>@)(?<secret>[^\s/"'\x60<>]{4,128}?)@` +
      // The host may be a template (`@${local.db_host}:5432`, `@{{ db_host }}`): the password is still written in.
      // Go's MySQL driver wraps it in the protocol: `@tcp(host:3306)/db`, `@unix(/run/mysqld.sock)/db`.
      String.raw`(?=(?:tcp|unix)\(|[A-Za-z0-9\[%][A-Za-z0-9.\-_%\]:]{0,253}(?:[:/?#,;)\]\s"'\x60<>]|$)|\$\{[\w.-]{1,80}\}|\{\{[ \w.-]{1,80}\}\})`,
  );
}

/**
 * A password is percent-encoded in a URL: `%3Cpassword%3E` is `<password>`, `%24%7BDB_PASS%7D` is
 * `${DB_PASS}`. (`%40…` is a password that starts with `@`, not an `@var` reference.)
 */
function urlStandIn(s: string): boolean {
  // A shouted name stands for the value in docs: `mailgun://KEY:DOMAIN@default`, `smtp://USER:PASS_WORD@host`.
  if (/^[A-Z]{2,}(?:_[A-Z]{2,}){0,4}$/.test(s)) return true;
  const plain = percentDecoded(s);
  // A product's shipped default (Unleash's compose file: `postgres://postgres:unleash@db/db`).
  if (isShippedDefaultPassword(plain)) return true;
  return plain !== s && ((PLACEHOLDER_PASSWORD.test(plain) && !/^[@:]/.test(plain)) || isTemplateOrReference(plain));
}

/** A Basic credential must decode to printable `user:password` with a real-looking password. */
function validateBasicCredentials(encoded: string): Validation {
  let decoded: string;
  try {
    decoded = atob(encoded);
  } catch {
    return 'invalid';
  }
  const colon = decoded.indexOf(':');
  if (colon < 0 || !/^[\x20-\x7e]+$/.test(decoded) || decodesToPlaceholder(encoded)) return 'invalid';
  const password = decoded.slice(colon + 1);
  // Stripe, Mailgun and others take the API key as the user name and no password: `sk_live_…:`.
  // BambooHR and Freshdesk take it as the user name and any password, by convention `x`: `<key>:x`.
  // (An installed OAuth app sends its client id with no password, Reddit's 22 characters: no key is that short.)
  if (password === '' || password === 'x' || password === 'X') return new RegExp(`^[A-Za-z0-9_.-]{${password === '' ? 24 : 20},200}$`).test(decoded.slice(0, colon)) && !PLACEHOLDER_PASSWORD.test(decoded.slice(0, colon)) && /\d/.test(decoded.slice(0, colon)) ? 'valid' : 'invalid';
  // `airflow:airflow`, `admin:admin`: a shipped default where the password repeats the user.
  if (password === decoded.slice(0, colon)) return 'invalid';
  return password.length >= 3 && !PLACEHOLDER_PASSWORD.test(password) ? 'valid' : 'invalid';
}

// SQLAlchemy and friends name the driver after a `+`: `postgresql+psycopg2://`, `mysql+pymysql://`,
// `mongodb+srv://`, `oracle+cx_oracle://`.
// Each name is also the rule's keyword; `postgresql`, `mysqlx`, `mysql2`, `rediss` and `amqps`
// add a letter or two.
const DB_SCHEME_NAMES = ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'cockroachdb', 'clickhouse', 'oracle', 'redshift', 'snowflake', 'trino', 'presto', 'vertica', 'db2', 'hana', 'teradatasql', 'sybase', 'firebird'];
const DB_SCHEMES = String.raw`(?:${DB_SCHEME_NAMES.join('|')})(?:ql|x|2|s)?(?:\+[a-z0-9_]{2,20})?|jdbc:[a-z0-9]{2,20}(?::[a-z0-9]{2,20})?`;

const FORMATS: Rule[] = [
  {
    id: 'jwt',
    title: 'JSON Web Token',
    provider: 'JWT',
    regex: new RegExp(
      `(?:${NAME_START}${NAME_CHARS}(?:${JWT_NAMES.map(ci).join('|')})[\\w.$-]{0,30}?${ASSIGN}|[Bb]earer[ \\t]{1,4})(?<secret>${JWT_BODY})`,
    ),
    secretGroup: 'secret',
    keywords: ['eyj'],
    confidence: 'medium',
    ...JWT_ADVICE,
  },
  {
    // A JWT without a name that says "token" (a log line, a CLI argument, a fixture's value on the
    // next line) is still a bearer credential when it is one: a header that decodes to JSON naming
    // a signing algorithm, JSON claims and a signature. Unsigned (`alg: none`) tokens prove nothing.
    id: 'jwt-signed',
    title: 'Signed JSON Web Token',
    provider: 'JWT',
    regex: new RegExp(String.raw`(?<![A-Za-z0-9_.+/-])(?<secret>${JWT_BODY})(?![.=])`),
    secretGroup: 'secret',
    keywords: ['eyj'],
    confidence: 'medium',
    // No name vouches for it: judged like the generic rules (not in source maps, lockfiles or
    // collections of documentation examples).
    generic: true,
    reject: (value) => !isSignedJwt(value),
    ...JWT_ADVICE,
  },
  {
    // Any kind: RSA, EC, DSA, OPENSSH, PKCS#8's unnamed one, PGP's block, Nebula's X25519 and
    // ED25519 keys (44 and 88 base64 characters).
    id: 'private-key',
    title: 'Private key',
    provider: 'Private key',
    regex:
      /(?<secret>-----BEGIN (?<kind>(?:[A-Z][A-Z0-9]{1,11} ){0,2}PRIVATE KEY(?: BLOCK)?)-----(?:[^-]|-(?!----)){40,16000}-----END \k<kind>-{1,5})/,
    secretGroup: 'secret',
    keywords: ['private key'],
    multiline: true,
    confidence: 'high',
    // A block whose body holds no run of 40 base64 characters is a stub or a placeholder.
    allow: /^(?![\s\S]*[A-Za-z0-9+/]{40})/,
    protectedWhen: {
      test: isEncryptedPrivateKey,
      hint: 'This key is encrypted under a passphrase: it is safe only while the passphrase is strong and kept out of the repository. Prefer a key store or secret manager anyway.',
    },
    hint: 'Keep private keys in a key store or secret manager, never in source; generate a new key pair, since the old one is public now.',
    description: 'A private key lets anyone sign, decrypt or log in as its owner (server, user, service account).',
  },
  {
    id: 'private-key-base64',
    title: 'Base64-encoded private key',
    provider: 'Private key',
    regex: new RegExp(String.raw`\b((?:${BASE64_PEM_PREFIXES.join('|')})[A-Za-z0-9+/]{200,12000}={0,2})(?![A-Za-z0-9+/=])`),
    keywords: ['ls0tls1crudjtib'],
    confidence: 'high',
    hint: 'Keep private keys in a key store or secret manager, never in source; generate a new key pair, since the old one is public now.',
    description: 'A base64-encoded PEM private key is a private key: anyone can decode and use it.',
  },
  {
    // `base64 -w0 key.json` into a CI variable or an env file: GOOGLE_CREDENTIALS_B64=ewogICJ0eXBlIjog…
    id: 'gcp-service-account-base64',
    title: 'Base64-encoded Google service account key',
    provider: 'Google',
    regex: new RegExp(String.raw`\b((?:${SERVICE_ACCOUNT_B64.join('|')})[A-Za-z0-9+/]{200,16000}={0,2})(?![A-Za-z0-9+/=])`),
    keywords: SERVICE_ACCOUNT_B64.map((p) => p.toLowerCase()),
    confidence: 'high',
    // Only a key file with its private key in it: a credential JSON without one unlocks nothing.
    reject: (s) => !/"private_key"\s*:\s*"-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----/.test(Buffer.from(s, 'base64').toString('latin1')),
    hint: 'Use workload identity federation (or the platform\'s attached service account) instead of key files; delete this key in the console.',
    revokeUrl: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
    description: 'A service account key signs in as the service account, with every role it holds, until the key is deleted.',
  },
  {
    id: 'database-url-password',
    title: 'Password in a database or broker URL',
    provider: 'Database',
    regex: urlPassword(DB_SCHEMES),
    secretGroup: 'secret',
    keywords: [...DB_SCHEME_NAMES, 'jdbc:'],
    confidence: 'medium',
    allow: PLACEHOLDER_PASSWORD,
    reject: urlStandIn,
    hint: 'Read the connection string from the environment or a secret manager; prefer IAM / managed-identity database auth where offered.',
    description: 'A database password in a URL gives whoever reads it the database user\'s access to your data.',
  },
  {
    id: 'database-connection-string-password',
    title: 'Password in a connection string',
    provider: 'Database',
    regex:
      /(?<![\w-])(?:password|pwd)[ \t]{0,2}=(?<=(?:\b(?:server|data source|datasource|host|hostname|address|addr|network address|provider|driver|initial catalog|database|dbname)[ \t]{0,2}=|jdbc:[a-z0-9]{2,20}:)[^\n]{0,300}(?:password|pwd)[ \t]{0,2}=)[ \t]{0,2}(?!(?<=\b(?:uid|user[ ]id|user|username)[ \t]{0,2}=[ \t]{0,2}(?<user>[^;"'\s<>&]{1,128})[ \t]{0,2};[ \t]{0,2}(?:password|pwd)[ \t]{0,2}=[ \t]{0,2})\k<user>(?=[;"'\s<>&]|$))(?<secret>[^;"'\s<>&]{4,128})(?=[;"'\s<>&]|$)/i,
    secretGroup: 'secret',
    keywords: ['password', 'pwd'],
    confidence: 'medium',
    allow: PLACEHOLDER_PASSWORD,
    // A password that repeats the user id just before it (`UID=wwUser;PWD=wwUser`) is a product's default login.
    // `connect(host=h, user=u, password=password)`, R's `password = cfg$db$password)`: keyword
    // arguments given a variable, not a connection string.
    // A call's repr: `password=SecretStr('**********')` prints as the call.
    reject: (s) => /^[A-Za-z_$][\w.$]{0,80}[,);:]+$/.test(s) || /^[A-Za-z_$][\w.$]{0,80}\($/.test(s) || /^(?:None|null|nil|undefined|true|false)[,);:]*$/i.test(s),
    hint: 'Read the connection string from configuration outside the code, or use integrated / managed-identity authentication.',
    description: 'A database password in a connection string gives whoever reads it the database user\'s access to your data.',
  },
  {
    id: 'basic-auth-header',
    title: 'HTTP Basic Authorization header',
    provider: 'HTTP',
    // `Authorization: Basic …`, `"Authorization", "Basic …"`, nginx's `proxy_set_header Authorization "Basic …"`.
    // git's `http.extraheader = AUTHORIZATION: basic …` shouts the header's name.
    // .NET's `new AuthenticationHeaderValue("Basic", "…")`.
    regex: /(?:\b(?:[Aa]uthorization|AUTHORIZATION)["'\x60]?(?:[ \t]{0,4}[:=,]|[ \t])[ \t]{0,4}["'\x60]?(?:[Bb]asic|BASIC)[ \t]{1,4}|\bAuthenticationHeaderValue\([ \t]*"Basic"[ \t]*,[ \t]*")([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['basic'],
    confidence: 'medium',
    validate: validateBasicCredentials,
    hint: 'Send credentials from a secret store at runtime instead of writing the header into the code.',
    description: 'A Basic header is only base64 of user:password: anyone who reads it has the password.',
  },
  {
    // `Basic …` away from its header name: a VCR cassette's `Authorization:` with `- Basic …` on the
    // next line, an Insomnia or Postman header `value: "Basic …"`, a log line. Only a value that
    // decodes to user:password counts, so `Basic authentication` and `Basic realm=` stay quiet.
    id: 'basic-auth-credentials',
    title: 'HTTP Basic credentials',
    provider: 'HTTP',
    // fastlane's Matchfile takes the same thing: `git_basic_authorization("…")`.
    regex: /(?:(?<![\w-])Basic[ \t]{1,4}|\bgit_basic_authorization[ \t]{0,4}\(?[ \t]{0,4}["'])([A-Za-z0-9+/]{12,400}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['basic'],
    confidence: 'medium',
    reject: (s) => validateBasicCredentials(s) !== 'valid',
    validate: validateBasicCredentials,
    hint: 'Send credentials from a secret store at runtime instead of writing the header into the code.',
    description: 'A Basic header is only base64 of user:password: anyone who reads it has the password.',
  },
  {
    // Docker's ~/.docker/config.json (and Kubernetes' .dockerconfigjson): "auth" is base64 of user:password.
    id: 'docker-config-auth',
    title: 'Registry credentials in a Docker config',
    provider: 'Docker',
    regex: /"auth"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9+/]{8,800}={0,2})"/,
    keywords: ['"auth"'],
    confidence: 'medium',
    reject: (s) => validateBasicCredentials(s) !== 'valid',
    validate: validateBasicCredentials,
    hint: 'Use a credential helper (credsStore) so the registry password stays in the OS keychain.',
    revokeUrl: 'https://docs.docker.com/security/for-developers/access-tokens/',
    description: 'The auth entry is base64 of the registry user and password: anyone who reads it can push and pull images.',
  },
  {
    id: 'basic-auth-url',
    title: 'Password in a URL (basic auth)',
    provider: 'HTTP',
    // Any scheme: cloudinary://API_KEY:API_SECRET@cloud, rtsp://cam:…@192.168.1.20, socks5://u:…@proxy,
    // sip:, smb:, nats: … all carry the password the same way. Database schemes get their own rule above.
    regex: urlPassword(String.raw`[A-Za-z][A-Za-z0-9+._-]{1,40}`),
    secretGroup: 'secret',
    keywords: ['://'],
    confidence: 'medium',
    allow: PLACEHOLDER_PASSWORD,
    // A password in a URL has its `:` percent-encoded: `cvs://:pserver:anoncvs@host` is a CVS root.
    // A URL parser's tests spell characters as escapes (`pa\uD7FFss`).
    reject: (s) => urlStandIn(s) || s.includes(':') || /\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})/.test(s),
    hint: 'Send credentials in a header from a secret store instead of embedding them in the URL, where logs and proxies keep them.',
    description: 'Credentials in a URL are sent to the host and copied into logs, browser history and proxies.',
  },
];

export const PROVIDER_RULES_A: Rule[] = [
  ...GITHUB,
  ...GITLAB,
  ...SLACK,
  ...STRIPE,
  ...AWS,
  ...GOOGLE,
  ...AI,
  ...REGISTRIES_AND_MAIL,
  ...PLATFORMS,
  ...AZURE,
  ...FORMATS,
];
