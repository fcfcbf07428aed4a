/**
 * Values that a secret-looking name calls a key or a token, which their place shows are not secret.
 * Each entry is a plain name (the last part of the value's name, normalised) and what stands within
 * `lines` lines above it. The generic rule reads them (`publicPlaceHint` in engine.ts); provider rules
 * say the same with their own `publicNear`.
 */

/** A name that is public where `near` is found within `lines` lines above the value (or on its line, or `below` lines under it). */
export interface NamedPublicPlace {
  name: RegExp;
  near: RegExp;
  lines: number;
  below?: number;
  hint: string;
}

/**
 * Keys that ship to every user's device by design, with the thing that ships them a few lines above:
 * - analytics and crash-reporting SDKs, whose project key can only send events: Amplitude's API
 *   key, Bugsnag's notifier key, Mixpanel's project token, Segment's write key (their secret halves
 *   have names of their own, Amplitude's secret key, Mixpanel's API secret);
 * - a site search UI's Algolia block (Docusaurus' `themeConfig.algolia`, DocSearch), whose `apiKey`
 *   every visitor's browser sends. An admin key pasted there is the leak to look for;
 * - storefront, content-delivery, map and checkout keys that front ends send, and app ids that SDKs
 *   embed in every build;
 * - keys that only name an application, whose secret is a separate value (Eventbrite's API key,
 *   OVHcloud's application key).
 */
export const CLIENT_SIDE_KEYS: readonly NamedPublicPlace[] = [
  {
    name: /^_?(?:(?:amplitude|bugsnag|mixpanel|segment)_?)?(?:api_?key|key|token|project_?token|write_?key|notifier_?api_?key)$/,
    // (Segment's and RudderStack's browser SDKs and snippets; their Node SDKs run on a server, where
    // the key is a credential.)
    near: /(?<![a-z])(?:amplitude|bugsnag|mixpanel|@segment\/analytics(?!-node)[\w-]*|AnalyticsBrowser|rudder-sdk-js|@rudderstack\/analytics-js|(?:rudder)?analytics\.load\b|cdn\.segment\.com)(?![a-z])/i,
    lines: 3,
    hint: 'An analytics SDK\'s project key ships in every copy of the app and can only send events: it is public by design. Keep its secret half (export or management keys) out of the app.',
  },
  {
    name: /^api_?key$/,
    near: /\balgolia["']?[ \t]*[:=][ \t]*\{|\bdocsearch[ \t]*\([ \t]*\{/i,
    lines: 4,
    hint: 'A site search UI sends this Algolia key from every visitor\'s browser: it must be a search-only key. If it is the admin or write key, rotate it and use a search-only one.',
  },
  {
    // AppLovin's SDK key is compiled into every app that shows its ads (the manifest's
    // `applovin.sdk.key`, Gradle's manifest placeholders); its report and management keys are the secrets.
    // (Unity's AppLovinSettings asset names it `sdkKey`, a few lines under `m_Name: AppLovinSettings`.)
    name: /^(?:applovin_?)?sdk_?key$/,
    near: /applovin/i,
    lines: 6,
    hint: 'An AppLovin SDK key ships in every copy of the app by design. Keep the report and management keys on a server.',
  },
  {
    // Zoom's Video SDK key is the app's id: it goes to every participant inside the session JWT's
    // `app_key` claim. The SDK secret, which signs that JWT, stays on a server.
    name: /^(?:zoom_?)?(?:video_?)?sdk_?key$/,
    near: /@zoom\/videosdk|zoom-video-sdk|\bZoomVideo\b/i,
    lines: 4,
    hint: 'A Zoom Video SDK key names the app and reaches every participant in the session token. Keep the SDK secret, which signs that token, on a server.',
  },
  {
    // Audius' SDK names an app by its `apiKey` (reads need nothing more); writes are signed with the
    // `apiSecret`, which stays on a server.
    name: /^api_?key$/,
    near: /@audius\/sdk\b/,
    lines: 8,
    hint: 'An Audius API key only names the app and ships in browser builds. Keep the API secret (which signs writes) on a server.',
  },
  {
    // Shopify's Buy Button and Storefront API clients in the browser: the public storefront token.
    name: /^storefront_?access_?token$/,
    near: /\bShopifyBuy\b|\bbuildClient\s*\(|createStorefrontApiClient|publicAccessToken/,
    lines: 4,
    hint: 'A Storefront API public access token ships to every shopper\'s browser and can only read the storefront and make checkouts. A private storefront token or an Admin API token (shpat_) must stay on the server.',
  },
  {
    // Headless CMS delivery clients in a front end: Contentful's and Storyblok's delivery tokens read
    // published content only (their management tokens have formats of their own, CFPAT-…).
    name: /^access_?token$/,
    // (Gatsby's gatsby-source-contentful reads content at build time, on the build server: not a front end.)
    near: /(?<!source-)\bcontentful\b|\bstoryblok(?:Init|Client)?\b|\bStoryblokClient\b/i,
    lines: 6,
    hint: 'A content delivery token reads published content and ships in front ends by design. Keep preview and management tokens on the server.',
  },
  {
    // A Trello Power-Up's app key identifies the Power-Up in its iframe; member tokens come at run time.
    name: /^(?:app_?key|api_?key|key)$/,
    near: /\bTrelloPowerUp\b|trello\.com\/1\/client\.js/,
    lines: 20,
    hint: 'A Trello Power-Up\'s app key is public by design: it identifies the Power-Up. Keep member tokens and the OAuth secret out of the code.',
  },
  {
    // Visual Studio App Center's app secret (a UUID) identifies the app to the SDK inside every build.
    name: /^app_?secret$/,
    near: /app_?center|MSAppCenter|codepush/i,
    lines: 8,
    hint: 'An App Center app secret ships inside every build and identifies the app to the SDK; it is not an API token. Keep App Center API tokens out of the app.',
  },
  {
    // Eventbrite's API key is the app's OAuth client key (the public half); private tokens and the client secret are the secrets.
    name: /^(?:eventbrite_?)?api_?key$/,
    near: /eventbrite/i,
    lines: 10,
    hint: 'An Eventbrite API key identifies the app (the OAuth client key). Keep the private token and the client secret out of the code.',
  },
  {
    // MapTiler's keys go to every map viewer (a style URL's `?key=`); the account restricts them by origin.
    name: /^(?:key|map_?tiler_?(?:api_?)?key)$/,
    near: /api\.maptiler\.com\//,
    lines: 1,
    hint: 'A MapTiler key goes to every visitor\'s browser with the map. Restrict it to your origins in the MapTiler account.',
  },
  {
    // Authorize.Net Accept.js: `authData.clientKey` is the Public Client Key every checkout page sends.
    name: /^client_?key$/,
    near: /\bauthData\b|Accept\.dispatchData|AcceptUI/,
    lines: 3,
    hint: 'Accept.js sends the Public Client Key from the buyer\'s browser; it cannot make transactions. The Transaction Key must stay on the server.',
  },
  {
    // OVHcloud's application key identifies the application; its secret and the consumer key are the credential.
    name: /^(?:ovh_?)?application_?key$/,
    near: /\bovh\b|ovh-(?:eu|ca|us|cli)\b|api\.ovh\.com|eu\.api\.ovh/i,
    lines: 12,
    hint: 'An OVHcloud application key identifies the application. Check that its application secret and consumer key are not in the file.',
  },
  {
    // Optimizely's SDK key names the environment's datafile, which the CDN serves to anyone who asks
    // (and every browser using the JavaScript SDK does); the datafile carries it back as `sdkKey`.
    name: /^(?:optimizely_?)?sdk_?key$/,
    near: /optimizely|"(?:typedAudiences|botFiltering|layerId)"/i,
    lines: 3,
    hint: 'An Optimizely SDK key names a datafile that the CDN serves publicly. Keep REST API tokens and authenticated-datafile keys on the server.',
  },
];

/**
 * Tokens that are not credentials at all: a protocol publishes them or derives them for one use.
 * A signature made from a key and an expiry, a webhook's signed nonce, an ACME challenge, a domain
 * verification token published in DNS.
 */
export const PUBLISHED_TOKENS: readonly NamedPublicPlace[] = [
  {
    // AWS Elemental Live's REST auth: `X-Auth-Key` is an MD5 over the URL, the user, `X-Auth-Expires`
    // and the key, good for minutes: a signature, not the key.
    name: /^x[_-]auth[_-]key$/,
    near: /^X-Auth-Expires:/m,
    lines: 3,
    hint: 'With X-Auth-Expires beside it, X-Auth-Key is an expiring signature made from the API key, not the key itself.',
  },
  {
    // A webhook's signature block (Mailgun's `"signature": { "timestamp", "token", "signature" }`):
    // the token is a random nonce the sender signed with the timestamp, not a credential.
    name: /^token$/,
    near: /"signature"[ \t]*:[ \t]*\{[^{}]{0,200}"timestamp"/,
    lines: 3,
    hint: 'In a webhook\'s signature block the token is a one-time nonce signed with the timestamp. Check that the signing key itself is not in the code.',
  },
  {
    // An ACME challenge's token (certbot's and acme.sh's logs, an order's JSON) is served to the CA in the
    // open: in a file under /.well-known/acme-challenge/ or in a TXT record.
    name: /^token$/,
    near: /"type"[ \t]*:[ \t]*"(?:dns|http|tls-alpn)-01"|\/acme\/(?:chall|authz)/,
    lines: 4,
    hint: 'An ACME challenge token is published to the certificate authority by design. Check that the ACME account key is not in the file.',
  },
  {
    // LiteLLM's spend logs and key listings show each virtual key as its SHA-256 (`"api_key"` beside
    // `"call_type"`, `"token"` beside `"key_name": "sk-...abcd"`).
    name: /^(?:api_?key|token)$/,
    near: /"call_type"[ \t]*:[ \t]*"a?(?:completion|embedding|text_completion|image_generation)"|"key_name"[ \t]*:[ \t]*"sk-\.\.\./,
    lines: 3,
    below: 2,
    hint: 'LiteLLM lists virtual keys by their SHA-256 hash; the key itself is not here. Check that the master key is not in the file.',
  },
  {
    // A Terraform data source that reads a secret names it by id (`data "yandex_lockbox_secret_version"`,
    // `data "oci_secrets_secretbundle"`): `secret_id` there is where the secret is, not an AppRole secret id.
    name: /^secret_?id$/,
    near: /\bdata[ \t]+"\w*(?:secret|lockbox)\w*"/,
    lines: 3,
    hint: 'In a Terraform data source, secret_id names the secret to read; it is not a credential.',
  },
  {
    // Zoom's webhook URL validation: Zoom sends a random `plainToken`; the endpoint answers with its
    // HMAC under the webhook secret as `encryptedToken`. Neither is the secret.
    name: /^(?:plain|encrypted)_?token$/,
    near: /endpoint\.url_validation|"plainToken"/,
    lines: 2,
    hint: 'Zoom\'s URL validation sends a one-time plainToken and expects its HMAC back; neither is the webhook secret. Check that the secret token itself is read from the environment.',
  },
  {
    // Amazon SES identity verification: the verification token is published as the `_amazonses` TXT
    // record and the DKIM tokens as `<token>._domainkey` CNAMEs (a Terraform state, `get-email-identity`).
    name: /^(?:verification_?token|dkim_?tokens?|tokens?)$/,
    near: /aws_ses_domain_(?:identity|dkim)|_amazonses|"DkimAttributes"|\._domainkey\./,
    lines: 30,
    hint: 'Amazon SES publishes its verification and DKIM tokens in DNS; they prove domain ownership and are not credentials.',
  },
];
