/**
 * Labelled sets written blind: by someone who had not read the rules, the tests or the other
 * corpora (test/fixtures/blind/*\/README.txt say how each was made and labelled).
 *   tokens/ 620 small files: 313 provider tokens of 110 kinds in their real formats, 307 near-misses
 *   files/  650 realistic files: 300 generic credentials (passwords, signing keys, connection
 *           strings …) in the shapes people write them, 350 hard negatives
 *   ecosystems/ 523 files: CI, IaC, mobile, notebooks, system configs (267 secrets, 256 not)
 *   traps/  550 files: one secret among look-alikes, or only look-alikes (150 secrets, 400 not)
 *   languages/ 630 files of code in 44 languages (315 secrets, 315 not)
 *   text/   600 files that are not code: logs, shell and SQL histories, HTTP captures, cookie jars,
 *           dumps, wikis, chat exports (300 secrets, 300 not)
 *   repos/  700 files sampled like real leaks: .env, configs, source, notebooks, CI (350 / 350)
 *   infra/  600 infrastructure and ops files: Terraform and its state, Pulumi, Kubernetes, Helm,
 *           Ansible, Chef, Puppet, Jenkins, Consul, Nomad, Grafana, backups (300 / 300)
 *   apps/   600 files of web, mobile and desktop apps: Android, iOS, React Native, Flutter, Electron,
 *           Rails, Django, Laravel, Spring, .NET, bots, payment and SDK set-up (300 / 300)
 *   data/   600 files of data science and automation: notebooks with outputs, R, SAS, Stata, Spark,
 *           Hive, Airflow, dbt, scrapers, trading bots, IoT sketches, VBA (300 / 300)
 *   prose/  600 written-down texts: chats, tickets, wikis, e-mails, runbooks, diffs, HAR, CI logs,
 *           onboarding docs and notes (300 / 300)
 *   sample/ 600 files sampled like real leaks, 134 credential kinds from about 100 providers (300 / 300)
 *   snippets/ 600 short rule-test snippets over 195 kinds with near-miss negatives (300 / 300)
 *   intl/   600 files from teams working in other languages: names, comments, docs and chats in
 *           German, Spanish, Portuguese, Russian, Chinese, Japanese, Korean, Arabic … (300 / 300)
 *   longtail/ 600 snippets of newer and less common providers (AI, developer platforms,
 *           observability, payments), with their publishable keys as negatives (300 / 300)
 *   layers/ 600 files with secrets inside another layer: base64, URL encoding, escaped JSON,
 *           heredocs, multi-line strings, concatenation, CDATA, SQL (300 / 300)
 *   wholefiles/ 600 whole files of 40 to 280 lines, one credential hidden among ordinary lines or
 *           none among the noise real files carry (300 / 300)
 *   dotfiles/ 600 files from developers' home directories and tool configs: .npmrc, .netrc,
 *           .pgpass, kube and docker configs, CLI auth files, shell and SQL histories (300 / 300)
 *   cloud/  600 files of cloud credentials in every form: AWS, GCP, Azure, Alibaba, Tencent, OCI,
 *           IBM and a dozen smaller clouds, with ids, listings and ciphertext as negatives (300 / 300)
 *   datastores/ 600 files of database, broker and network-service credentials: client and server
 *           configs, JAAS, ACLs, CLIs, network gear, with hashes and local defaults (300 / 300)
 *   leaksample/ 600 files sampled in proportion to what public repositories leak (300 / 300)
 *   rulesnippets/ 600 one- to eight-line snippets over 206 kinds with near-miss negatives (300 / 300)
 *   pipelines/ 600 CI/CD and build files: Actions, GitLab, Jenkins, CircleCI, Azure, Buildkite,
 *           Makefiles, Dockerfiles, settings.xml, .npmrc, NuGet.config, deploy scripts (300 / 300)
 *   httpclients/ 600 HTTP calls: curl, HTTPie, PowerShell, Postman, Insomnia, HAR, .http files,
 *           OpenAPI examples and SDK calls in a dozen languages (300 / 300)
 *   oldstacks/ 600 files in less common languages and older stacks: Perl, classic ASP, VB6,
 *           ColdFusion, Delphi, Tcl, Erlang, Elixir, Ada, COBOL, Fortran, Nim, Solidity … (300 / 300)
 *   mobile/ 600 mobile and desktop app files: manifests, plists, Gradle, xcconfig, Flutter, React
 *           Native, Electron, Unity, MAUI, with keys public by design as negatives (300 / 300)
 *   logs/   600 logs and diagnostics: app logs, access logs, traces, crash reports, verbose CLI
 *           output, SMTP and Redis transcripts, with masked values as negatives (300 / 300)
 *   docs/   600 documents: READMEs, tutorials, API pages, Q&A, changelogs, with pasted live values
 *           against placeholders, documented examples and redactions (300 / 300)
 *   appservers/ 600 web and application server configs: nginx, Apache, HAProxy, Tomcat, IIS,
 *           WildFly, WebLogic, Spring, Rails, Django, Symfony, WordPress, Drupal, Magento (300 / 300)
 *   homelab/ 600 embedded, IoT and home-lab files: sketches, Home Assistant, ESPHome, Node-RED,
 *           router and NAS configs, self-hosted Compose files, VPN configs (300 / 300)
 *   diffs/  600 diffs, patches and history: git diff/show/log -p, .patch mails, .orig/.rej files,
 *           conflicts, blame, review exports, commit messages (300 / 300)
 *   notebooks/ 600 notebooks and data work: .ipynb with outputs and tracebacks, Databricks, Airflow,
 *           dbt, Spark, R, Streamlit, with masked outputs and secret lookups as negatives (300 / 300)
 *   iac/    600 infrastructure as code: Terraform and its state, Pulumi, Ansible, Chef, Puppet,
 *           CloudFormation, Bicep, Nomad, Packer, cloud-init (300 / 300)
 *   webapps/ 600 front-end and full-stack apps: Next.js, Vite, Nuxt, SvelteKit, Angular, edge
 *           middleware, with publishable keys (Stripe pk_, Supabase anon, captcha site keys) as negatives (300 / 300)
 *   fixtures/ 600 tests, fixtures and recordings: VCR cassettes, nock and Polly recordings, WireMock,
 *           seeds, Cypress and Playwright tests (300 / 300)
 *   sqlscripts/ 600 SQL scripts and dumps: migrations, seeds, CREATE USER, linked servers, psql and
 *           sqlplus, with stored password hashes as negatives (300 / 300)
 *   windows/ 600 Windows administration: PowerShell, batch, unattend.xml, schtasks, cmdkey, netdom,
 *           SQL Server setup, with DPAPI blobs and SecureString exports as negatives (300 / 300)
 *   bots/   600 bots, serverless and hosting: Discord, Telegram, Slack, Twitch bots, Workers,
 *           Vercel, Netlify, Fly, Render, GitHub Apps (300 / 300)
 *   aiapps/ 600 AI and LLM apps: LangChain, LlamaIndex, MCP configs, LiteLLM, vector databases,
 *           provider clients, chat transcripts (300 / 300)
 *   buildcfg/ 600 build and package tooling configs: .npmrc, .yarnrc.yml, Gradle, Maven, Cargo, Go,
 *           pip, Poetry, NuGet, Composer, Bundler, Bazel, Nx and Turborepo caches, Sonar, Renovate,
 *           with lockfiles and encrypted Maven passwords as negatives (300 / 300)
 *   commerce/ 600 e-commerce and payment files: Shopify apps and themes, WooCommerce, Magento,
 *           Salesforce Commerce, Stripe, PayPal, Braintree, Adyen, Square, Razorpay, shipping and
 *           tax APIs, with publishable keys, order and payment ids and logged webhook signatures as
 *           negatives (300 / 300)
 *   identity/ 600 identity and auth configs: Keycloak realm exports, Auth0, Okta, Entra ID,
 *           Cognito, Dex, Authelia, Ory, oauth2-proxy, SAML, JWKS, LDAP and sssd, Kerberos, RADIUS
 *           and TACACS+, API gateways, with hashes, certificates and public keys as negatives (300
 *           / 300)
 *   services/ 600 backend service sources in Go, Rust, Kotlin, Scala, Java, C#, Elixir and
 *           TypeScript: config structs and their defaults, clients with auth headers, signing and
 *           AES keys, feature-flag and telemetry keys, with env-only lookups and placeholders as
 *           negatives (300 / 300)
 *   sectools/ 600 security tools and their output: OSINT and SIEM configs, EDR and scanner keys,
 *           pentest notes, CTF write-ups, tool output, C2 profiles, with IOCs, detection rules and
 *           hashes that need cracking as negatives (300 / 300)
 *   gamedev/ 600 game development and live services: Unity, Unreal, Godot, Steamworks, PlayFab,
 *           Epic Online Services, release pipelines, dedicated server configs and mod tooling, with
 *           asset GUIDs, content hashes and public app ids as negatives (300 / 300)
 *   science/ 600 scientific computing and HPC: Slurm and PBS jobs, research storage (rclone, s3cmd,
 *           Globus, iRODS), research APIs (NCBI, NASA, Copernicus, Zenodo, ORCID, REDCap),
 *           JupyterHub, Galaxy, Nextflow, LIMS, with DOIs, accessions and checksum manifests as
 *           negatives (300 / 300)
 *   exports/ 600 exports of mail, calendars, chats, tickets, wikis, spreadsheets and password
 *           managers: .eml and mbox, .ics, Slack and Teams exports, Jira and Zendesk, Confluence
 *           and Notion, credential inventories, Bitwarden, KeePass and browser exports, with
 *           meeting passcodes, masked values and encrypted exports as negatives (300 / 300)
 *   web3/ 600 blockchain and web3 development: Hardhat, Foundry, Truffle, ethers and web3.py
 *           scripts, Solana and Cosmos keys, wallet seeds, trading bots, node configs, with
 *           addresses, transaction hashes, encrypted keystores and documented dev keys as negatives
 *           (300 / 300)
 *   baas/ 600 backend-as-a-service, CMS and no-code files: Firebase, Supabase, Appwrite, Parse,
 *           Hasura, Strapi, Directus, Ghost, WordPress, Contentful, Sanity, n8n, Airtable, Retool,
 *           with anon and delivery keys, ids and encrypted exports as negatives (300 / 300)
 *   netmon/ 600 network, monitoring and observability files: Zabbix, Nagios and Icinga, SNMP,
 *           Prometheus exporters, Grafana provisioning, Alertmanager receivers, NetBox, Ansible
 *           network inventories, device configs, RANCID and Oxidized, VPN, RADIUS, log shippers,
 *           with hashed and encrypted device passwords as negatives (300 / 300)
 *   legacyent/ 600 legacy enterprise files: SAP (RFC, GUI scripts, hdbuserstore, ABAP, PI), Oracle
 *           (tnsnames, wallets, EBS, WebLogic), IBM (WebSphere, MQ, DB2, JCL, RACF, CICS, Notes,
 *           AS/400), Microsoft (web.config, BizTalk, SSIS, SSRS), Informatica, Talend, DataStage,
 *           ColdFusion, with encrypted forms and hashes as negatives (300 / 300)
 *   dataflow/ 600 data engineering and streaming files: Kafka Connect, Debezium, Schema Registry,
 *           Confluent Cloud, Airbyte, Fivetran, Meltano, dbt, Snowflake key pairs, Spark, Flink,
 *           NiFi, Trino, ClickHouse, Pulsar, RabbitMQ, Superset, with hashed and encrypted values
 *           as negatives (300 / 300)
 *   devtools/ 600 developer tooling files: JetBrains and VS Code configs, HTTP client environments,
 *           Postman, Insomnia and Bruno, database GUIs, git and SSH configs, shell rc files,
 *           direnv, devcontainers, Tilt, LocalStack, ngrok, tunnels, with secret-manager references
 *           and encrypted stores as negatives (300 / 300)
 *   telecom/ 600 telecom files: Asterisk, FreeSWITCH, Kamailio, SMPP gateways, SIP phone
 *           provisioning, TURN, Twilio/Vonage/Telnyx code, with HA1 digests and stock defaults as
 *           negatives (300 / 300)
 *   observability/ 600 observability configs: Datadog, New Relic, Splunk, Grafana, OTel, Fluent
 *           Bit, Vector, Logstash, Alertmanager, Sentry, Zabbix, Nagios, hosted log services (300 /
 *           300)
 *   backup/ 600 backup and storage files: restic, borg, rclone, Velero, MinIO, S3-compatible keys,
 *           dump scripts, NAS exports, FTP and SMB jobs (300 / 300)
 *   desktopapps/ 600 desktop, mail and chat client files from home directories: FileZilla, WinSCP,
 *           PuTTY, mRemoteNG, Remmina, mutt, msmtp, fetchmail, IRC clients, torrent and media apps,
 *           OBS, password CSVs (300 / 300)
 *   phpcms/ 600 PHP and CMS configs: WordPress, Drupal, Joomla, Magento, PrestaShop, MediaWiki,
 *           Nextcloud, Laravel, Symfony, CodeIgniter and PHP code (300 / 300)
 *   saas/ 600 SaaS integrations: HubSpot, Salesforce, Zendesk, Intercom, Mailchimp, Segment,
 *           Airtable, Notion, Atlassian, Trello, Zoom, DocuSign, Box, Dropbox, Xero, Zapier and
 *           Make (300 / 300)
 *   automation/ 600 automation scripts and macros: VBA, AutoHotkey, AppleScript, Apps Script,
 *           userscripts, Lua, Tcl/Expect, Perl, Groovy/Jenkins, Power Automate, n8n, Node-RED, Home
 *           Assistant (300 / 300)
 *   gitops/ 600 GitOps and platform files: Argo CD, Flux, Crossplane, External Secrets, Vault
 *           Agent, cert-manager, Helmfile, Kustomize, kubeconfigs, Tekton, Rancher, OpenShift (300
 *           / 300)
 *   healthedu/ 600 health, education and public-sector integrations: Mirth and Rhapsody, FHIR and
 *           EHR apps, Orthanc, Canvas, Moodle, Blackboard, LTI, SIS rosters, Login.gov, REDCap (300
 *           / 300)
 *   industrial/ 600 industrial and IoT files: Mosquitto, LoRaWAN and TTN, ChirpStack, Azure and AWS
 *           IoT, Node-RED, Ignition, Kepware, OPC UA, Balena, Particle, Zigbee2MQTT (300 / 300)
 *   firmware/ 600 firmware and embedded files: U-Boot, Yocto, Buildroot, OpenWrt and nvram dumps,
 *           Android build props, busybox httpd, OTA updaters, ESP-IDF and Arduino configs, cameras
 *           (300 / 300)
 *   workspaceadmin/ 600 Microsoft 365 and Google Workspace administration files: Graph and Exchange
 *           scripts, Entra app registrations, Intune, SharePoint app-only, service accounts, GAM,
 *           SCIM, Logic Apps, directory sync (300 / 300)
 *   serverless/ 600 serverless and edge files: SAM, CloudFormation, serverless.yml, Lambda exports,
 *           wrangler, Vercel, Netlify, Deno Deploy, Supabase, Firebase, Azure Functions, Cloud
 *           Functions, Fly, Railway, Render (300 / 300)
 *   payments/ payments and fintech: Adyen, Braintree, PayPal, Square, Plaid, Checkout.com,
 *           Authorize.net, Worldpay, bank SFTP and EBICS, HSM key ceremonies
 *   mobileapps/ mobile apps: APNs keys, FCM, App Store Connect, fastlane, Gradle signing, Expo,
 *           OneSignal, CodePush, Firebase configs
 *   mlops/ ML engineering: MLflow, W&B, Comet, SageMaker, Hugging Face, Kaggle, DVC, LangChain
 *           apps, notebooks with outputs, dbt and Airflow
 *   chatops/ chat bots and ChatOps: Discord, Slack Bolt, Teams bots, Mattermost, Rocket.Chat,
 *           Matrix, Zulip, Telegram, Opsgenie, PagerDuty
 *   hosting/ hosting panels, DNS and domains: cPanel/WHM, Plesk, DirectAdmin, Hestia, Cloudflare,
 *           registrars, acme.sh, certbot, TSIG, DNSSEC, dynamic DNS, FTP deploys
 *   mailsrv/ mail servers and clients: Postfix, Dovecot, Exim, OpenDKIM, Roundcube, Mailcow,
 *           fetchmail, msmtp, mutt, SMTP relays, app mail code
 *   vpnzt/ VPN and zero trust: WireGuard, OpenVPN, IPsec, Tailscale, ZeroTier, Cloudflare Tunnel,
 *           NetBird, Headscale, Nebula, RADIUS, SoftEther
 *   cilogs/ CI/CD logs: GitHub Actions, GitLab, Jenkins, CircleCI, Travis, Buildkite, TeamCity,
 *           Azure Pipelines, set -x traces, env dumps, verbose tool output
 *   erp/ ERP, CRM and business software: SAP (RFC, HANA, BTP, CPI, ABAP), Odoo, Dynamics, NetSuite,
 *           Oracle EBS and JD Edwards, Sage, Infor, SuiteCRM, Zoho, EDI
 *   browserext/ browser extensions, Electron, Tauri and VS Code extensions: manifests, userscripts,
 *           store publishing, update feeds, code signing, notarization
 *   configmgmt/ configuration management: Ansible and AWX, Chef, Puppet and Hiera, SaltStack,
 *           Rundeck, Terraform and Pulumi, cloud-init, Packer, Vagrant, PowerShell DSC
 *   secretsmgmt/ secret-management tooling: Vault, AWS/GCP/Azure secret stores, Doppler, Infisical,
 *           1Password, Bitwarden, Conjur, External Secrets, SOPS, git-crypt, direnv
 *   cctv/ cameras, NVRs, home automation and media servers: RTSP/ONVIF, Frigate, Home Assistant,
 *           Node-RED, Zigbee2MQTT, ESPHome, Plex, Jellyfin, the *arr stack, Pi-hole
 *   webfrontend/ web front ends and their build output: Next.js, Vite, Nuxt, SvelteKit, Angular,
 *           bundles and source maps, service workers, analytics and maps SDK keys
 *   databases/ database administration: .pgpass, my.cnf, mongod and mongosh, Redis, Oracle, SQL
 *           Server, Cassandra, Neo4j, Elasticsearch, ClickHouse, InfluxDB, GUI clients, migrations
 *   gameservers/ game servers: Minecraft and proxies, srcds and GSLTs, Steam Web API keys,
 *           Pterodactyl, Discord and Twitch bots, PlayFab, EOS, Photon, survival-game launch
 *           scripts
 *   officeit/ office IT: MFP scan-to-email and LDAP, SNMP, unattend.xml, GPP cpassword, PowerShell
 *           credentials, MDM and .mobileconfig, AD joins, RMM tools, BitLocker, helpdesk pastes
 *   geomedia/ maps and media: Mapbox, ArcGIS, HERE, Bing, GeoServer, tile keys; RTMP and SRT stream
 *           keys, Mux, Wowza, CDN tokens and signed URLs, DRM key servers
 *   fintech/ banking and fintech: Plaid, Adyen, Braintree, Square, Checkout.com, Razorpay,
 *           Paystack, open banking keystores, HSM PINs, ISO 8583 keys, KYC and fraud APIs, ledgers
 *   logistics/ logistics: FedEx, UPS, DHL, USPS, EasyPost, Shippo, ShipEngine, AS2/EDI partners,
 *           SFTP drops, telematics, Amazon SP-API, Zebra printers
 *   k8sops/ Kubernetes operations: kubeconfigs, ServiceAccount and bootstrap tokens, Helm values,
 *           ExternalSecrets, cert-manager, Argo CD, Flux, Crossplane, Velero, operators' CRDs
 *   installers/ packaging and release: signtool and PFX passwords, Inno Setup, NSIS, WiX,
 *           notarization, Sparkle, Android signing, fastlane match, Snapcraft, Chocolatey, NuGet,
 *           apt/rpm signing
 *   research/ research computing: Jupyter and JupyterHub, Slurm, Globus, kaggle.json, W&B, NCBI,
 *           Earthdata, Copernicus and ECMWF, Zenodo, OSF, LIMS, .Renviron, Nextflow
 *   adtech/ ad tech and marketing: Google Ads, Meta Marketing and Conversions API, TikTok,
 *           LinkedIn, AppsFlyer, Adjust, Branch, Segment, Braze, Iterable, Klaviyo, GA4 Measurement
 *           Protocol, server-side GTM
 *   travel/ travel and hospitality: Amadeus, Sabre, Travelport, Duffel, Booking.com, Expedia,
 *           Hotelbeds, OPERA, Cloudbeds, Mews, channel managers, rail and car-rental APIs, kiosks
 *   govtax/ government, tax, legal and e-signature: AvaTax, TaxJar, Vertex, HMRC MTD, Peppol,
 *           DocuSign, Adobe and Dropbox Sign, court e-filing, Clio, data.gov, payroll and HRIS
 *   appsec/ application security tools: Snyk, SonarQube, Semgrep, Checkmarx, Veracode, GitGuardian,
 *           Wiz, Prisma Cloud, Tenable, Qualys, Burp, ZAP, Dependency-Track, DefectDojo, scanner
 *           output and SARIF
 *   pyweb/ Python web projects: Django settings, Flask config, FastAPI settings, Celery, alembic,
 *           SQLAlchemy, pytest, compose, gunicorn, private index URLs, .env files
 *   jvm/ JVM services: Spring Boot and Cloud Config, Quarkus, Micronaut, WildFly, Tomcat, Liberty,
 *           Jasypt, keystores, Kafka JAAS, Logback and Log4j2 appenders, Maven and Gradle,
 *           Testcontainers
 *   gorust/ Go and Rust services: config structs, viper, envconfig, cobra and clap flags, ldflags,
 *           migrations, Cargo registries, sqlx, Rocket, actix, rustls, build.rs
 *   shellhist/ shell and terminal history: bash, zsh, fish, xonsh, PSReadLine, psql, mysql,
 *           mongosh, redis-cli and REPL histories, tmux, screen, script(1), asciinema, sudo and
 *           auditd logs
 *   automotive/ EV charging (OCPP 1.6 and 2.0.1, OCPI), connected-car APIs (Smartcar, Tesla Fleet,
 *           Enode, High Mobility), fleet telematics, dealer systems, OTA signing (Uptane, Mender,
 *           SWUpdate, RAUC), CAN tooling, Android Automotive.
 *   jamstack/ headless CMS and Jamstack: Contentful, Sanity, Storyblok, Prismic, DatoCMS, Hygraph,
 *           Strapi, Directus, Ghost, Netlify, Vercel and Cloudflare Pages hooks and tokens,
 *           Algolia, Meilisearch, Typesense, preview and revalidation secrets.
 *   library/ libraries, scholarly publishing and archives: Koha, Evergreen, FOLIO, Alma, OCLC,
 *           EZproxy, Shibboleth, OJS, DSpace, Fedora and Islandora, ArchivesSpace, Crossref, ORCID,
 *           Zotero, Internet Archive, SIP2, Handle, IIIF, OAI-PMH.
 *   mainframe/ mainframe and midrange: JCL job cards and FTP steps, RACF commands, REXX, CLIST,
 *           COBOL copybooks, CICS, IMS, MQ, Db2 Connect, Zowe, z/OSMF, Connect:Direct, IBM i CL,
 *           3270 emulator macros, CA 7, AT-TLS.
 *   iotfleet/ IoT fleets, robotics and drones: ROS, SROS2, AWS IoT and Greengrass, Azure IoT Hub
 *           and DPS, Particle, Balena, Golioth, ThingsBoard, Blynk, ESP32 and PlatformIO,
 *           Mosquitto, LoRaWAN, Home Assistant, DJI, PX4, Node-RED.
 *   bitools/ BI and warehouses: dbt profiles, Looker, Tableau, Power BI, Metabase, Superset,
 *           Redash, Snowflake, BigQuery, Redshift, Databricks SQL, Fivetran, Airbyte, Census,
 *           Hightouch, Great Expectations, Excel connections.
 *   crm/ CRM and support desks: Salesforce (connected apps, sfdx, Data Loader), HubSpot, Zendesk,
 *           Intercom, Freshdesk, Pipedrive, Zoho, ServiceNow, Dynamics, Gorgias, Gong, Close,
 *           MuleSoft, Boomi, Workato.
 *   trading/ trading and exchange bots: Binance, Coinbase, Kraken, Bybit, OKX, KuCoin and other
 *           exchange keys, freqtrade, hummingbot, ccxt, TradingView alerts, Alpaca, IBKR, OANDA,
 *           Polygon, MetaTrader, wallets.
 *   lms/ education technology: Moodle configs, plugin settings and admin CLI, Canvas, LTI 1.1 and
 *           1.3, Blackboard, Brightspace, Google for Education, Clever, Kaltura, Zoom, Open edX,
 *           SIS exports, district scripts.
 *   macadmin/ Apple fleet admin: Jamf Pro, Munki and AutoPkg, configuration profiles (Wi-Fi,
 *           802.1X, SCEP, VPN), Kandji, Mosyle, Fleet and osquery, Santa, ABM tokens, APNs keys,
 *           fastlane, keychain commands, launchd, Homebrew taps.
 *   voice/ voice and speech AI and contact centres: Deepgram, AssemblyAI, ElevenLabs, Azure Speech,
 *           Google Speech and Dialogflow, Lex and Connect, Vapi, Retell, Twilio Voice, Vonage,
 *           Genesys, Five9, Alexa, Rasa, Whisper gateways.
 *   retail/ point of sale: Square, Clover, Toast, Lightspeed, NCR Aloha, terminal configs and key
 *           loading, Stripe Terminal, Adyen, loyalty and gift cards, NetSuite and Cin7 syncs, shelf
 *           labels, kiosks, store networks.
 *   legal/ legal, compliance and e-discovery: Relativity, Clio, NetDocuments, iManage, Everlaw,
 *           DocuSign and Adobe Sign, PACER and court e-filing, Vanta, Drata, Purview, Google Vault,
 *           Box and Dropbox admin scripts.
 *   hospitality/ hotels, restaurants and events: OPERA and OHIP, Mews, Cloudbeds, Apaleo, door
 *           locks, DoorDash Drive and delivery platforms, reservations, ticketing, guest Wi-Fi and
 *           RADIUS, FIAS and HTNG interfaces.
 *   agentsmon/ monitoring agents: Datadog, New Relic, Dynatrace, Elastic, Splunk forwarders, Zabbix
 *           PSKs, Nagios and NCPA, Telegraf, Prometheus exporters, Vector, Fluent Bit,
 *           OpenTelemetry, Sumo Logic, Checkmk, Icinga 2, PRTG.
 *   nonprofit/ nonprofits and civic tech: Blackbaud SKY, Salesforce NPSP, Bloomerang, Neon,
 *           DonorPerfect, Planning Center, donation platforms, Mailchimp, Action Network and NGP
 *           VAN, Socrata, CKAN, SMS campaign tools.
 *   pacs/ medical imaging and integration engines: Mirth Connect channels and configuration maps,
 *           Orthanc, dcm4chee, HAPI FHIR, SMART backend services, Epic, Redox, Cloverleaf and
 *           Rhapsody, HL7 MLLP
 *   corebank/ core banking: SWIFT Alliance LAU keys, payShield and Futurex key components with
 *           check values, ISO 8583 switches, NACHA drops, Temenos OFS, open-banking aggregators,
 *           eIDAS keys
 *   fwconfig/ network and security devices: IOS, NX-OS, ASA, Junos, FortiOS, PAN-OS, MikroTik,
 *           VyOS, pfSense, UniFi, F5, Check Point; Ansible, Netmiko, Oxidized and RANCID around
 *           them
 *   hrpayroll/ HR, payroll and recruiting: Workday ISUs and RaaS, ADP, BambooHR, Gusto, Rippling,
 *           UKG, SuccessFactors, Greenhouse, Lever, payroll SFTP drops, credential inventories
 *   energy/ energy and utilities IT: PI Web API, Ignition, OPC UA, DLMS meter keys, DNP3 update
 *           keys, SolarEdge, Enphase, Tesla, Home Assistant, Node-RED, grid and weather APIs
 *   media/ media and streaming: Mux, Wowza password files, Elemental, Brightcove, JW Player,
 *           YouTube and Twitch stream keys, OBS, Icecast, Liquidsoap, ffmpeg pushes, podcast hosts
 *   insurance/ insurance and claims: Guidewire plugins and Gosu, Duck Creek, ACORD SignonRq, ISO
 *           ClaimSearch, LexisNexis, OnBase, Applied Epic, Vertafore, actuarial notebooks
 *   proptech/ real estate: RETS and RESO Web API feeds, MLS Grid, Bridge, Zillow ZWSIDs, Yardi,
 *           AppFolio, Entrata, Matterport, smart locks, DocuSign, Encompass, IDX plugins
 *   marketplace/ e-commerce marketplaces and seller tools: Amazon SP-API and MWS, eBay Cert IDs and
 *           Auth'n'Auth tokens, Etsy, Walmart, Mercado Libre, Shopify apps, WooCommerce,
 *           BigCommerce, ShipStation, EasyPost, Avalara, Keepa
 *   lims/ laboratory informatics: Benchling, LabKey, Galaxy and planemo, OMERO, iRODS, REDCap,
 *           BaseSpace, MinKNOW, Globus, Nextflow Tower, SENAITE buildouts, instrument PCs,
 *           sequencing-core transfers
 *   tickets/ tickets and incident write-ups: Jira, GitHub, GitLab, Zendesk, ServiceNow, PagerDuty,
 *           Confluence, postmortems, chat and e-mail threads, support bundles, HTTP dumps, redacted
 *           reposts
 *   publishing/ publishing and newsrooms: WordPress and VIP, Arc XP, Ghost Admin keys, wire and
 *           photo agencies, Chartbeat, Parse.ly, Piano, newsletters, Adobe I/O, print APIs, DeepL,
 *           Disqus, ad ops
 *   aviation/ aviation and airports: FlightAware AeroAPI, OpenSky, Cirium, SITA Type B over MQ,
 *           ACARS, FAA SWIM and NOTAM, AMOS and TRAX, FIDS and baggage, DJI and drone ground
 *           stations
 *   edgecdn/ CDN, edge and DNS: Akamai EdgeGrid and EdgeAuth, Fastly VCL and Compute, Cloudflare
 *           tokens, Workers and Tunnels, Bunny, KeyCDN, CloudFront keys, TSIG, certbot and acme.sh
 *           DNS credentials
 *   agritech/ agriculture: John Deere Operations Center, Climate FieldView, ChirpStack and The
 *           Things Stack, weather and satellite APIs, irrigation controllers, greenhouse SCADA,
 *           grain market feeds
 *   qatest/ QA and test automation: BrowserStack, Sauce Labs, LambdaTest, Cypress Cloud, Percy,
 *           Applitools, TestRail, k6, JMeter, Gatling, Postman and Newman, Selenium Grid,
 *           Playwright, Katalon, SoapUI, fixtures
 *   hpc/ HPC and research clusters: Slurm (slurmdbd, JWT keys, REST tokens), Munge keys, JupyterHub
 *           and Open OnDemand, SSSD and LDAP binds, Ceph keyrings, BeeGFS, CVMFS, Apptainer,
 *           kickstart and Warewulf images, cloud-init
 *   gamelive/ game backends and live ops: PlayFab, Epic Online Services, Nakama, Steamworks (Web
 *           API keys, app-ticket keys, steamcmd), Photon, Unity Gaming Services, Xbox and PSN,
 *           Discord, BattlEye, Unreal and Godot configs
 *   emailmkt/ e-mail and SMS marketing: SES SMTP, DKIM keys and records, Braze, Iterable, Klaviyo,
 *           Mailchimp, Customer.io, Postmark, SparkPost, Mailjet, Brevo, Vonage, Plivo,
 *           MessageBird, OneSignal, Postfix relays
 *   cxsupport/ support desks and contact centres: Intercom, Freshdesk, Help Scout, Front, Gorgias,
 *           Zendesk and Sunshine Conversations, Kustomer, LiveChat, Crisp, Talkdesk, Five9, Genesys
 *           Cloud, Aircall, Amazon Connect, ticket exports
 *   cdp/ product analytics and CDPs: Segment and RudderStack write keys (server and browser),
 *           mParticle, Amplitude, Mixpanel, Heap, PostHog, Snowplow, Hightouch, Census, Fivetran,
 *           Airbyte, dbt Cloud, Looker, Mode, Metabase, GA4
 *   authdev/ auth providers in development: Auth0, Cognito, Keycloak realm exports, Clerk,
 *           FusionAuth, Okta, Ory, Stytch, WorkOS, Descope, SuperTokens, Firebase, Supabase,
 *           Auth.js, SAML and JWKS
 *   payouts/ payouts and card issuing: Stripe Connect, Marqeta, Wise, Modern Treasury, Adyen,
 *           Checkout.com, Plaid, Dwolla, Lithic, Unit, Increase, Rapyd, PayPal Payouts, NACHA
 *           files, card programs
 *   mes/ manufacturing and shop floors: Kepware, FactoryTalk and Studio 5000 exports, S7 PLCs,
 *           FANUC, ABB and UR robots, OPC UA, MES SQL Server, historians, MQTT Sparkplug, DNC,
 *           Zebra printers, SAP ME, CMMS
 *   scraping/ web scraping and proxies: Bright Data, Oxylabs, Smartproxy, IPRoyal, SOAX proxy
 *           logins, ScraperAPI, ScrapingBee, Zyte, Apify, captcha solvers, Scrapy, crawlee,
 *           Playwright and Puppeteer logins, cookie jars, proxychains and 3proxy
 *   rtc/ real-time video: coturn, LiveKit, Agora, Daily, Vonage Video (OpenTok), Twilio Video,
 *           Jitsi, Janus, mediasoup, Kurento, BigBlueButton, Galene, RTSP cameras, MediaMTX, WHIP,
 *           SIP trunks
 *   selfhostchat/ self-hosted chat and social: Synapse and bridges, Mattermost, Rocket.Chat,
 *           Mastodon, Discourse, Lemmy, Prosody and ejabberd, ZNC, TheLounge, WeeChat, Zulip,
 *           Matterbridge
 *   l10n/ localisation: Crowdin, Lokalise, Phrase, Transifex, POEditor, Smartling, Weblate, Tolgee,
 *           locize, DeepL, Google, Azure and Amazon translation, resource files, translation
 *           memories
 *   evcharge/ EV charging and energy roaming: OCPP 1.6 and 2.0.1, OCPI tokens, Hubject, SteVe,
 *           EVerest, ChargePoint, Wallbox, Easee, Home Assistant, evcc, payment terminals
 *   accounting/ accounting: Xero, QuickBooks Online, FreshBooks, Sage Intacct, NetSuite TBA, Zoho
 *           Books, MYOB, Avalara, TaxJar, Bill.com, Expensify, Ramp and Brex, OFX, VBA and ODBC
 *   dnsreg/ DNS and registrars: Route 53, Cloudflare, Namecheap, GoDaddy, Gandi, DNSimple,
 *           DigitalOcean, Porkbun, Hetzner, PowerDNS, BIND TSIG and rndc, Knot, OctoDNS,
 *           DNSControl, acme.sh, DNSSEC keys, zone files
 *   search/ search infrastructure: Elasticsearch and Kibana (passwords, API keys, enrollment
 *           tokens, keystores), OpenSearch, Algolia, Typesense, Meilisearch, Solr, Vespa, Coveo,
 *           Bonsai, log shippers, relevance notebooks
 *   printing/ 3D printing and print rooms: OctoPrint, Moonraker and Klipper, Bambu Lab access
 *           codes, PrusaLink, Cura, Thingiverse, PaperCut, CUPS device URIs, RepRapFirmware.
 *   sportsodds/ sports data and betting: Sportradar, The Odds API, Betfair, SportsDataIO, RapidAPI,
 *           Opta, fantasy leagues' ESPN cookies, odds scrapers.
 *   featureflags/ feature flags: LaunchDarkly, Split, Flagsmith, Unleash, ConfigCat, Statsig,
 *           Optimizely, GrowthBook, Harness, Flipt, OpenFeature.
 *   enrichment/ B2B data enrichment: Clearbit, ZoomInfo, Apollo, Hunter, People Data Labs,
 *           Crunchbase, BuiltWith, lead-gen scripts, CRM syncs.
 *   ticketing/ events and ticketing: Eventbrite, Ticketmaster, SeatGeek, Tito, Cvent, Zoom
 *           webinars, box offices (Tessitura, Spektrix), check-in scanners.
 *   vcsself/ self-hosted version control: Gitea and Forgejo, Gerrit, Bitbucket Data Center, Azure
 *           DevOps, Perforce, Subversion, Mercurial, Phabricator.
 *   weather/ weather and earth observation: OpenWeatherMap, Meteomatics, Copernicus CDS, Earthdata,
 *           Sentinel Hub, Planet, station uploads and firmware.
 *   regioncloud/ regional clouds: Alibaba, Tencent, Huawei, Baidu, Yandex, OVHcloud, Scaleway,
 *           Linode, Vultr, UpCloud, Exoscale, Hetzner, IONOS, OCI.
 *   llmops/ LLM operations: OpenAI, Anthropic, OpenRouter, Groq, Mistral, Cohere, Pinecone,
 *           Weaviate, Qdrant, Langfuse, LangSmith, Helicone, LiteLLM, vLLM, RAG notebooks.
 *   smsregional/ regional SMS and OTP gateways: Africa's Talking, Termii, MSG91, Textlocal,
 *           Infobip, Sinch, Alibaba and Tencent SMS, SMSC.ru, Hubtel, WhatsApp Cloud API, SMPP.
 *   accesscontrol/ physical security: Verkada, Brivo, Genetec, Openpath, Kisi, HID Origo, LenelS2,
 *           Paxton Net2, 2N, DoorBird, alarm panels, card keys, OSDP.
 *   lowcode/ low-code and workflows: Retool, Airtable, Zapier, Make, n8n, Bubble, Appsmith,
 *           Budibase, NocoDB, Power Automate, Pipedream, Windmill, Workato.
 *   socialapi/ social APIs: X, Reddit, Facebook and Instagram, TikTok, YouTube, Mastodon, Bluesky,
 *           Pinterest, LinkedIn, Tumblr, schedulers and bots.
 *   wearables/ wearables and health APIs: Fitbit, Strava, Oura, WHOOP, Withings, Garmin, Dexcom,
 *           Nightscout, Polar, Terra, Home Assistant.
 *   kyc/ identity verification: Onfido, Jumio, Veriff, Persona, Sumsub, Trulioo, Socure, Alloy,
 *           Stripe Identity, Plaid IDV, ComplyAdvantage, Chainalysis.
 *   signage/ digital signage and kiosks: Xibo, Yodeck, Screenly, BrightSign, piSignage, Raspberry
 *           Pi and Android kiosks, remote management agents.
 *   genomics/ genomics pipelines: Nextflow and Seqera Platform, DNAnexus, BaseSpace, Terra,
 *           Benchling, Galaxy, Snakemake, Cromwell, NCBI keys, LIMS stacks.
 *   spaceradio/ satellites and amateur radio: Space-Track, N2YO, SatNOGS, APRS-IS, Winlink, QRZ,
 *           LoTW, ClubLog, satellite tasking APIs, ADS-B feeders.
 *   custody/ crypto custody and wallets: Fireblocks, BitGo, Coinbase Prime, exchanges, BIP-39
 *           phrases, xprv keys, raw keys, RPC URLs, LND macaroons, Solana keypairs.
 *   fooddelivery/ restaurant tech and delivery: DoorDash Drive, Uber Eats, Deliveroo, Toast,
 *           Square, Olo, Clover, Lightspeed, reservations, printer bridges.
 *   maritime/ maritime and shipping: MarineTraffic, Spire, AISHub, shipping lines' APIs, port
 *           systems, EDI over SFTP (Camel routes), onboard networks, ECDIS.
 *   podcasting/ podcasting: Spotify (sp_dc cookies), Apple .p8 keys, Buzzsprout, Transistor,
 *           Libsyn, Podcast Index, Icecast and SHOUTcast, AzuraCast, private feeds.
 *   fulfilment/ e-commerce fulfilment: Printful, Printify, ShipStation, Shippo, EasyPost, Amazon
 *           SP-API, eBay, Etsy, WooCommerce, Magento, 3PL SFTP, label printers.
 *   buildingauto/ building automation: Niagara, Metasys, Desigo, ecobee and Nest, BACnet, KNX
 *           Secure keyrings, Crestron, Home Assistant, Node-RED, MQTT, energy meters.
 *   esign/ e-signature and contracts: DocuSign (JWT grant, Connect HMAC, access tokens), Adobe
 *           Acrobat Sign, Dropbox Sign, PandaDoc, SignNow, Ironclad, Juro, Salesforce named
 *           credentials.
 *   surveys/ surveys and crowd work: Qualtrics, SurveyMonkey, Typeform, Jotform, Google Forms,
 *           Prolific, Mechanical Turk, Labelbox, Scale, Toloka, LimeSurvey and REDCap exports.
 *   music/ music APIs: Spotify, MusicKit .p8 keys, Last.fm, Discogs, Genius, Deezer arl cookies,
 *           Plex, Icecast, Nicotine+, Bandcamp pages with signed links.
 *   telehealth/ telehealth: Zoom Video SDK, Twilio Video, Vonage Video, Daily, Chime, Agora,
 *           Whereby, Healthie, Epic and athenahealth FHIR keys, e-prescribing.
 *   practicemgmt/ veterinary, dental and clinic software: Open Dental (ODFHIR keys, MySQL),
 *           Dentrix, Eaglesoft, ezyVet, Vetspire, IDEXX, Cliniko, Weave, Windows practice servers.
 *   sportsclub/ sports clubs and gyms: TeamSnap, SportsEngine, LeagueApps, Mindbody, ClassPass,
 *           Glofox, court booking, memberships, door access, livestream cameras.
 *   transit/ public transport and mobility: GTFS-Realtime keys (MTA, TfL, Trafiklab, 511),
 *           departure boards, OpenTripPlanner, Uber and Lyft, bike share, parking, validators.
 *   rpa/ robotic process automation: UiPath (Orchestrator, robots, XAML, assets), Automation
 *           Anywhere, Blue Prism, Power Automate Desktop, Robot Framework logs, Selenium bots, VBA,
 *           FTP scripts.
 *   quantum/ quantum computing: IBM Quantum, AWS Braket, Azure Quantum connection strings, D-Wave
 *           Leap, IonQ, Rigetti, Quantinuum, notebooks full of job ids.
 *   fielddata/ field data collection: ArcGIS Survey123 and Field Maps, KoboToolbox, ODK Central,
 *           QFieldCloud, Mergin Maps, Fulcrum, CommCare, DHIS2, PostGIS, GeoServer.
 *   threatintel/ threat intelligence: VirusTotal, Shodan, Censys, AbuseIPDB, GreyNoise, OTX, MISP,
 *           OpenCTI, abuse.ch, urlscan, TheHive and Cortex, SOAR exports, IOC lists.
 *   admediation/ mobile ad mediation: AdMob, AppLovin MAX (SDK, report and management keys),
 *           ironSource, Unity Ads, Liftoff, Chartboost, Meta Audience Network, Mintegral.
 *   construction/ construction software: Procore, Autodesk Platform Services, Bluebeam, Fieldwire,
 *           PlanGrid, Trimble Connect, Revit and Dynamo, Sage 300 CRE, DroneDeploy, site cameras.
 *   homesecurity/ home security clouds: Ring, Arlo, Blink, SimpliSafe, Wyze, Alarm.com, Abode,
 *           Eufy, Nest, August, SmartThings, Home Assistant, Scrypted, Homebridge.
 *   apigateway/ API gateways: Kong (decK, key-auth, basic-auth), Tyk, Apigee, AWS API Gateway,
 *           Azure API Management, 3scale, Gravitee, KrakenD, Zuplo, Postman.
 *   mining/ cryptocurrency mining: XMRig, NiceHash, Hive OS, minerstat, pools, ethminer and
 *           PhoenixMiner command lines, ASIC logins, node RPC passwords, payout wallets.
 *   clinicaltrials/ clinical trials and pharma data: Medidata Rave web services, Veeva Vault
 *           sessions and Loader, OpenClinica, Castor EDC, REDCap tokens, SAS and Argus database
 *           logins, IRT/IWRS, eTMF transfers.
 *   dam/ digital asset management: Cloudinary, Bynder, Widen, Brandfolder, Frame.io, imgix, Mux,
 *           Uploadcare, Sirv, ImageKit, Contentful, AEM, signed delivery links.
 *   broadcast/ TV and OTT broadcasting: Brightcove, JW Player, Kaltura, Wowza, Vimeo OTT, AWS
 *           Elemental, SRT passphrases, RTMP stream keys, OBS and vMix, playout, EPG, SCTE-35.
 *   robotics/ robotics: ROS launch files and params, Formant, Foxglove, Spot SDK, Universal Robots,
 *           InOrbit, MQTT bridges, NGC, Husarnet join codes, rosbridge, fleet servers.
 *   plm/ CAD and PLM: Onshape, Autodesk APS and Vault (ADMS Console), Windchill and Creo,
 *           Teamcenter, SOLIDWORKS PDM, Arena, Altium, OpenBOM, FlexLM files, MATLAB licences.
 *   xapi/ e-learning standards: xAPI LRSs (Learning Locker, Watershed, SCORM Cloud, Veracity),
 *           Rustici Engine, cmi5, LTI 1.1 and 1.3, Moodle tokens and settings, Open edX passports,
 *           Kaltura, H5P.
 *   isp/ ISP and WISP operations: FreeRADIUS (clients, users, radcheck), GenieACS, UISP, Sonar,
 *           Splynx, MikroTik, PPPoE, cnMaestro, OLT configs, SNMP communities and v3 keys, BGP MD5.
 *   socialapp/ social and dating app backends: Stream, Sendbird, PubNub, OneSignal, Branch,
 *           CometChat, TalkJS, Firebase Admin, moderation APIs (Hive, Sightengine), Persona,
 *           Mapbox.
 *   elections/ campaigns and civic tech: NationBuilder, EveryAction/NGP VAN, ActBlue, Mobilize,
 *           Hustle, Action Network, voter-file SFTP, FEC e-filing, Civis, canvassing apps.
 *   hotelpms/ hotel systems: OPERA Cloud/OHIP, Mews, Cloudbeds, SiteMinder, door locks (Vostio,
 *           Salto, Onity), guest Wi-Fi, revenue tools, Simphony, FIAS, night audit scripts.
 *   church/ church software: Planning Center, Breeze, Rock RMS, Church Community Builder, Pushpay,
 *           Tithe.ly, Subsplash, streaming setups, check-in kiosks, background checks.
 *   reservations/ restaurant back office: SevenRooms, Resy, OpenTable, Tock, 7shifts,
 *           Restaurant365, MarginEdge, food-service EDI, Punchh and Thanx, kitchen displays, guest
 *           Wi-Fi.
 *   eda/ chip design: FlexLM, Perforce passwords and tickets, IC Manage, LSF, Slurm and Jenkins
 *           farms, Git LFS, EDA on cloud, Cadence and Synopsys configs, foundry PDK portals.
 *   museums/ museums and archives: CollectiveAccess, Omeka S, TMS, Axiell, ArchivesSpace,
 *           Cantaloupe, Europeana, api.data.gov, DPLA, Preservica, Islandora, Commons bots.
 *   dealers/ car dealerships: CDK/Fortellis, Reynolds, DealerSocket, VinSolutions, Dealertrack,
 *           RouteOne, KBB, Black Book, J.D. Power, Carfax, inventory FTP feeds, VIN decoders.
 *   parking/ parking and mobility: ParkMobile, SpotHero, Passport, Flowbird, LPR (AutoVu, Vaxtor),
 *           gate controllers (Amano, SKIDATA), T2, EV charging, occupancy sensors, payment
 *           gateways.
 *   labinstruments/ lab instruments: LabVIEW and VISA, instrument PCs' auto-logon, Empower and
 *           Chromeleon databases, ELNs (LabArchives, eLabFTW, SciNote), OPC UA and SiLA 2, upload
 *           agents, Hamilton and Tecan.
 *   pharmacy/ pharmacy systems: Surescripts and NCPDP SCRIPT, pharmacy management systems, First
 *           Databank and Medi-Span, PBM switches, EPCS and CSOS certificates, IVR refill lines,
 *           pharmacy e-commerce.
 *   trucking/ trucking and telematics: Samsara, Motive, MyGeotab, Omnitracs, DAT and Truckstop, WEX
 *           and Comdata, Lytx, McLeod and MercuryGate, X12 204/214 over AS2 and SFTP, ELD files.
 *   titleescrow/ title and escrow: Qualia, SoftPro, ResWare, Simplifile and CSC e-recording,
 *           CertifID, Proof, county recorder portals, underwriter APIs, closings' e-sign.
 *   siem/ SIEM pipelines: Splunk HEC and REST, Sentinel workspace keys, Elastic and Beats, QRadar
 *           SEC tokens, Sumo Logic, CrowdStrike and SentinelOne APIs, Cribl, Fluent Bit, Logstash,
 *           detection rules.
 *   avrooms/ meeting rooms and AV: Q-SYS, Biamp Tesira, Extron, Crestron, Zoom Rooms, Teams Rooms,
 *           Poly and Cisco devices, Logitech Sync, Dante, booking panels, integrators' handover
 *           documents.
 *   publicsafety/ public safety: CAD interfaces, RapidSOS, RMS databases, Axon Evidence, ALPR, NCIC
 *           switches, Active911 and IamResponding, radio gateways, MDTs, GIS services.
 *   k12sis/ K-12 school systems: Clever, ClassLink OneRoster, PowerSchool, Infinite Campus,
 *           Skyward, Google Workspace service accounts, SFTP roster drops, Canvas and Schoology,
 *           ParentSquare.
 * They found shapes the engine lacked, and were then fixed, so they are regression floors now,
 * not held-out measures. Scored like ../shared/corpora/score-examples.js: one file per example,
 * named NNNNN.txt, and a file counts as flagged when an error or warning lands in it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanText } from '../../core/detect/engine.ts';

interface Example { rule: string; label: 'secret' | 'not-secret'; text: string }

type SetName = 'tokens' | 'files' | 'ecosystems' | 'traps' | 'languages' | 'text' | 'repos' | 'infra' | 'apps' | 'data' | 'prose' | 'sample' | 'snippets' | 'intl' | 'longtail' | 'layers' | 'wholefiles' | 'dotfiles' | 'cloud' | 'datastores' | 'leaksample' | 'rulesnippets'
  | 'pipelines' | 'httpclients' | 'oldstacks' | 'mobile' | 'logs' | 'docs' | 'appservers' | 'homelab' | 'diffs'
  | 'notebooks' | 'iac' | 'webapps' | 'fixtures' | 'sqlscripts' | 'windows' | 'bots' | 'aiapps'
  | 'k12sis'
  | 'publicsafety'
  | 'avrooms'
  | 'siem'
  | 'titleescrow'
  | 'trucking'
  | 'pharmacy'
  | 'labinstruments'
  | 'parking'
  | 'dealers'
  | 'museums'
  | 'eda'
  | 'reservations'
  | 'church'
  | 'hotelpms'
  | 'elections'
  | 'socialapp'
  | 'isp'
  | 'xapi'
  | 'plm'
  | 'robotics'
  | 'broadcast'
  | 'dam'
  | 'clinicaltrials'
  | 'mining'
  | 'apigateway'
  | 'homesecurity'
  | 'construction'
  | 'admediation'
  | 'threatintel'
  | 'fielddata'
  | 'quantum'
  | 'rpa'
  | 'transit'
  | 'sportsclub'
  | 'practicemgmt'
  | 'telehealth'
  | 'music'
  | 'surveys'
  | 'esign'
  | 'buildingauto'
  | 'fulfilment'
  | 'podcasting'
  | 'maritime'
  | 'fooddelivery'
  | 'custody'
  | 'spaceradio'
  | 'genomics'
  | 'signage'
  | 'kyc'
  | 'wearables'
  | 'socialapi'
  | 'lowcode'
  | 'accesscontrol'
  | 'smsregional'
  | 'llmops'
  | 'regioncloud'
  | 'weather'
  | 'vcsself'
  | 'ticketing'
  | 'enrichment'
  | 'featureflags'
  | 'sportsodds'
  | 'printing'
  | 'search'
  | 'dnsreg'
  | 'accounting'
  | 'evcharge'
  | 'l10n'
  | 'selfhostchat'
  | 'rtc'
  | 'scraping'
  | 'mes'
  | 'payouts'
  | 'authdev'
  | 'cdp'
  | 'cxsupport'
  | 'emailmkt'
  | 'gamelive'
  | 'hpc'
  | 'qatest'
  | 'agritech'
  | 'edgecdn'
  | 'aviation'
  | 'publishing'
  | 'tickets'
  | 'lims'
  | 'marketplace'
  | 'proptech'
  | 'insurance'
  | 'media'
  | 'energy'
  | 'hrpayroll'
  | 'fwconfig'
  | 'corebank'
  | 'pacs'
  | 'nonprofit'
  | 'agentsmon'
  | 'hospitality'
  | 'legal'
  | 'retail'
  | 'voice'
  | 'macadmin'
  | 'lms'
  | 'trading'
  | 'crm'
  | 'bitools'
  | 'iotfleet'
  | 'mainframe'
  | 'library'
  | 'jamstack'
  | 'automotive'
  | 'shellhist'
  | 'gorust'
  | 'jvm'
  | 'pyweb'
  | 'appsec'
  | 'govtax'
  | 'travel'
  | 'adtech'
  | 'research'
  | 'installers'
  | 'k8sops'
  | 'logistics'
  | 'fintech'
  | 'geomedia'
  | 'officeit'
  | 'gameservers'
  | 'databases'
  | 'webfrontend'
  | 'cctv'
  | 'secretsmgmt'
  | 'configmgmt'
  | 'browserext'
  | 'erp'
  | 'cilogs'
  | 'vpnzt'
  | 'mailsrv'
  | 'hosting'
  | 'chatops'
  | 'mlops'
  | 'mobileapps'
  | 'payments'
  | 'serverless'
  | 'workspaceadmin'
  | 'firmware'
  | 'industrial'
  | 'healthedu'
  | 'gitops'
  | 'automation'
  | 'saas'
  | 'phpcms'
  | 'desktopapps'
  | 'backup'
  | 'observability'
  | 'telecom'
  | 'devtools'
  | 'dataflow'
  | 'legacyent'
  | 'netmon'
  | 'baas'
  | 'web3'
  | 'exports'
  | 'science'
  | 'gamedev'
  | 'sectools'
  | 'services'
  | 'identity'
  | 'commerce'
  | 'buildcfg';

function load(set: SetName): Example[] {
  const dir = mkdtempSync(join(tmpdir(), 'keyward-blind-'));
  try {
    const out = join(dir, 'set.jsonl');
    execFileSync(process.execPath, [join(__dirname, '../fixtures/blind', set, 'make.mjs'), out], { stdio: 'ignore' });
    return readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Example);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function score(examples: Example[]) {
  const missed: string[] = [], flagged: string[] = [];
  let secrets = 0;
  examples.forEach((e, i) => {
    const path = String(i).padStart(5, '0') + '.txt';
    const hit = scanText(e.text, { path }).findings.some((f) => f.level === 'error' || f.level === 'warning');
    if (e.label === 'secret') {
      secrets++;
      if (!hit) missed.push(`${path} ${e.rule}`);
    } else if (hit) flagged.push(`${path} ${e.rule}`);
  });
  return { recall: 1 - missed.length / secrets, flaggedRate: flagged.length / (examples.length - secrets), missed, flagged, secrets };
}

const SETS: [SetName, number, number, number, number][] = [
  // set, secrets, not-secrets, recall floor, flagged-negatives ceiling
  ['tokens', 300, 300, 0.98, 0.02],
  ['files', 300, 340, 0.97, 0.02],
  ['ecosystems', 260, 250, 0.94, 0.025],
  ['traps', 150, 400, 0.98, 0.02],
  ['languages', 310, 310, 0.97, 0.01],
  ['text', 300, 300, 0.98, 0.01],
  ['repos', 350, 350, 0.98, 0.01],
  ['infra', 300, 300, 0.97, 0.01],
  ['apps', 300, 300, 0.98, 0.01],
  ['data', 300, 300, 0.985, 0.01],
  // Lone AWS key ids in post-mortems are labelled not secret there; peers' corpora count them.
  ['prose', 300, 300, 0.97, 0.025],
  ['sample', 300, 300, 0.98, 0.01],
  // Two tokens with deliberately wrong checksums are labelled not secret there; Keyward reports them
  // one step less sure (see "Confidence and checksums").
  ['snippets', 300, 300, 0.98, 0.01],
  // Two Java .properties files written in \uXXXX escapes (native2ascii) name their password only so.
  ['intl', 300, 300, 0.975, 0.01],
  // Keys given positionally to an SDK client (`new LoopsClient("…")`) name nothing; a Twilio API key
  // SID beside an empty secret is labelled an identifier there, a secret in the other sets.
  ['longtail', 300, 300, 0.975, 0.01],
  // Passwords behind C# verbatim or shell quote escapes, and built at run time.
  ['layers', 300, 300, 0.975, 0.01],
  ['wholefiles', 300, 300, 0.98, 0.01],
  ['dotfiles', 300, 300, 0.99, 0.01],
  // Lone AWS access key ids in an e-mail about a rotated key are labelled not secret there.
  ['cloud', 300, 300, 0.98, 0.01],
  // A realm file with no header to say so, and a CouchDB admin password with a `#` in it, which an
  // INI reader takes for a comment.
  ['datastores', 300, 300, 0.99, 0.01],
  ['leaksample', 300, 300, 0.99, 0.01],
  // Six GitHub and npm tokens with deliberately wrong checksums are labelled not secret there;
  // Keyward reports them one step less sure (see "Confidence and checksums").
  ['rulesnippets', 300, 300, 0.99, 0.03],
  ['pipelines', 300, 300, 0.99, 0.01],
  ['httpclients', 300, 300, 0.99, 0.01],
  // Passwords given by position (Nim's open(host, user, "…", db)) and a Tcl `array set` of braces.
  ['oldstacks', 300, 300, 0.975, 0.01],
  // Google Maps keys in an Android manifest, Expo's app.json and the iOS SDK's provideAPIKey are
  // labelled public there and secret in the apps set; Keyward reports them (see "Public by design").
  ['mobile', 300, 300, 0.99, 0.035],
  // python-ldap's trace of a simple_bind_s call, and a webhook urllib3 logged as host and path apart.
  ['logs', 300, 300, 0.985, 0.01],
  ['docs', 300, 300, 0.985, 0.01],
  ['appservers', 300, 300, 0.99, 0.01],
  // A tinytuya devices.json's bare `"key"`, espota's `--auth=` given a word with digits, and an
  // OpenVPN static key base64-encoded inside a pfSense backup.
  ['homelab', 300, 300, 0.98, 0.01],
  ['diffs', 300, 300, 0.98, 0.01],
  // A Census("…") client (named for nothing), OpenWeatherMap keys in a params dict.
  ['notebooks', 300, 300, 0.98, 0.01],
  ['iac', 300, 300, 0.98, 0.01],
  // Algolia admin keys known only from a trailing comment; an hCaptcha secret shaped like an
  // Ethereum address.
  ['webapps', 300, 300, 0.98, 0.01],
  ['fixtures', 300, 300, 0.99, 0.01],
  // Laravel Sanctum's hashed `token` column is labelled a hash there.
  ['sqlscripts', 300, 300, 0.985, 0.01],
  ['windows', 300, 300, 0.99, 0.01],
  ['bots', 300, 300, 0.99, 0.01],
  ['aiapps', 300, 300, 0.99, 0.01],
  ['buildcfg', 300, 300, 0.99, 0.01],
  // Credentials handed over in support tickets (`API Login ID:` / `Transaction Key:`, `WP admin: user / pass`), and a Salesforce B2C client secret a person chose (`Lotus617_Ember`): under a name like client_secret a chosen word with digits reads as too many configuration values.
  ['commerce', 300, 300, 0.98, 0.01],
  // Client secrets and tokens handed over in chat ("here it is: …"), recovery codes, and ipa's `Random password:` output.
  ['identity', 300, 300, 0.97, 0.01],
  // A Scala case class filled by position elsewhere, and a Go map of users to passwords named `adminUsers`.
  ['services', 300, 300, 0.98, 0.01],
  // Credentials found and written down in a pentest (hydra and nmap's `Valid credentials` lines, hashcat potfiles, season-and-year passwords in a `secret` column), NT hashes, subfinder's provider lists and pasted keys in chat. Kerberos TGS hashes are labelled not secret there and reported here as crackable hashes.
  ['sectools', 300, 300, 0.895, 0.01],
  // Keys pasted in chat, Unreal Blueprint text exports, and Agora certificates after a positional app id.
  ['gamedev', 300, 300, 0.985, 0.01],
  // UUID-shaped keys given as `key=` to a client, an rclone swift remote's bare `key =`, and an OMERO password in prose.
  ['science', 300, 300, 0.975, 0.01],
  // Wi-Fi passphrases of plain words (`violet-fjord-umber`) in chats, and vendor keys pasted into tickets with no name beside them.
  ['exports', 300, 300, 0.945, 0.01],
  // Keys pasted into chat, keystore passwords read from a file beside the keystore, and validator keys in formats of their own.
  ['web3', 300, 300, 0.955, 0.01],
  // Left: Algolia admin keys known only from a trailing comment, SMTP passwords inside PHP-serialized
  // wp_options rows, and keys pasted into chat with nothing but prose around them; negatives
  // flagged: Strapi's hashed API-token rows and keys in a front end with no name for the CMS.
  ['baas', 300, 300, 0.96, 0.02],
  // Nagios $USERn$ macros, keepalived's auth_pass, RANCID's .cloginrc, Zabbix PSK files written by
  // Ansible; Junos $9$ and Cisco type 7 values are labelled not secret there and reported here as reversible.
  ['netmon', 300, 300, 0.965, 0.02],
  // Left: AS/400 FTP members (`user password` on one line with no command before it), chat passwords
  // with nothing but prose around them.
  ['legacyent', 300, 300, 0.96, 0.015],
  ['dataflow', 300, 300, 0.98, 0.01],
  // HeidiSQL's shifted-hex passwords, and tokens in tool configs with no name beside them.
  ['devtools', 300, 300, 0.975, 0.02],
  // Left: Grandstream P-value provisioning, SIP passwords in sngrep notes and chats, SMPP and AMI passwords that look chosen under secret names.
  ['telecom', 300, 300, 0.94, 0.01],
  // Left: StatsD prefixes that are keys, Instana agent keys under a bare key name, keys pasted into chat.
  ['observability', 300, 300, 0.97, 0.01],
  // Left: Storj access grants, rsyncd.secrets, Proxmox .pw files shown with cat; flagged: borg key export headers and GPG key ids given to --encrypt-key.
  ['backup', 300, 300, 0.945, 0.015],
  // Left: HexChat server lists, ZNC and Signal configs, himalaya's auth.raw, chats; flagged: Remmina's unlock_password.
  ['desktopapps', 300, 300, 0.945, 0.015],
  // Left: reCAPTCHA keys of a length Google does not issue (43), JWT secrets behind a define() the engine does not follow, chat pastes.
  ['phpcms', 300, 300, 0.965, 0.01],
  // Left: Segment write keys on servers (read as the public keys they are in browsers).
  ['saas', 300, 300, 0.995, 0.01],
  // Left: plaintext users.txt lists, AutoHotkey hotstrings, comparisons with a literal key in OpenResty.
  ['automation', 300, 300, 0.965, 0.01],
  // Left: a Helm release's values given with set_sensitive in Terraform, a chat message.
  ['gitops', 300, 300, 0.985, 0.01],
  // Left: tokens asked for and given in chat exports with nothing else around them, Orthanc's users map.
  ['healthedu', 300, 300, 0.985, 0.01],
  // Left: plaintext Mosquitto password files and credentials told in support tickets.
  ['industrial', 300, 300, 0.985, 0.01],
  // Left: busybox httpd's /path:user:pass lines, U-Boot's bootstopkey, espota --auth=; flagged: an SNMP community that is a word (monitor).
  ['firmware', 300, 300, 0.945, 0.01],
  ['workspaceadmin', 300, 300, 0.995, 0.01],
  // Left: API Gateway keys and Azure function keys given to a client with nothing naming them.
  ['serverless', 300, 300, 0.985, 0.01],
  // Left: HSM key components written in groups of four, Magento core_config_data rows, vault kv output tables, a seed SQL row with a plain password in a hash column.
  ['payments', 300, 300, 0.955, 0.01],
  // Left: a RevenueCat secret key in a buildConfigField below a public-key remark.
  ['mobileapps', 300, 300, 0.995, 0.01],
  // Left: a W&B key and an ngrok token in shapes nothing names.
  ['mlops', 300, 300, 0.995, 0.01],
  // Left: an Opsgenie key in a variable that a later GenieKey header reads, a signing secret told in chat, bare framework key files.
  ['chatops', 300, 300, 0.975, 0.01],
  // Left: Plesk API keys (UUIDs) in scripts and mail, EPP transfer codes in prose.
  ['hosting', 300, 300, 0.97, 0.01],
  // Left: plaintext user:password files (Mailpit, imapsync lists), Haraka's [users], Emacs smtpmail lists, passphrases in dma's auth.conf, chat.
  ['mailsrv', 300, 300, 0.94, 0.01],
  // Left: wg genkey output, OpenVPN auth files written by heredoc, GlobalProtect cookies, AnyConnect answers piped to vpn -s.
  ['vpnzt', 300, 300, 0.93, 0.01],
  // Left: a Laravel key printed by key:generate --show lines below, a password inside a cat'ed file the log shows without context.
  ['cilogs', 300, 300, 0.99, 0.01],
  // Left: ERPNext API keys beside their secrets, Infor .ionapi files, X12 ISA passwords, CSV exports of web service keys.
  ['erp', 300, 300, 0.93, 0.01],
  // Left: Tauri signing keys on their own, a server-side Gemini key next to a Firebase web config, keys given through a bundler's define.
  ['browserext', 300, 300, 0.965, 0.01],
  // Left: passwords in tasks that write files (copy content:), Chef's encrypted_data_bag_secret written by heredoc, salt-cloud provider keys under a bare key:.
  ['configmgmt', 300, 300, 0.96, 0.01],
  // Left: secret values printed by gcloud and az in tables, 1Password item JSON, Conjur keys after rotate-api-key, an unseal share in chat.
  ['secretsmgmt', 300, 300, 0.95, 0.01],
  // Left: passphrases of chosen words, Hue and deCONZ keys in bridge URLs, network keys as byte lists, *arr keys in homepage widgets, Plex tokens in URLs.
  ['cctv', 300, 300, 0.92, 0.01],
  // Flagged: Maps JavaScript API keys in pages with no remark that they are public (kept as findings on purpose), public build variables, transaction hashes under token.
  ['webfrontend', 300, 300, 0.985, 0.015],
  // Left: pgbouncer userlists with plain passwords, MongoDB keyfiles, notes of MySQL logins, the ES 8 first-start banner.
  ['databases', 300, 300, 0.96, 0.01],
  // Left: bare values in files named for them (Velocity's forwarding.secret, a Steam key alone).
  ['gameservers', 300, 300, 0.98, 0.01],
  // Left: logins told in chat after an arrow or in a thread's second message, a Temporary Access Pass pasted with no label.
  ['officeit', 300, 300, 0.97, 0.01],
  // Left: MapTiler keys in style URLs, Wowza publish.password lines, CDN signing keys under KEY_VALUE names; flagged: survey_key columns in GeoJSON.
  // (0.985 at stop 21; two MapTiler keys in style URLs it labels secret are notes since selfhostchat, whose seven label them public.)
  ['geomedia', 300, 300, 0.98, 0.01],
  // Left: tokenisation keys under material:, a UUID webhook signature key, a session secret alone in its file.
  ['fintech', 300, 300, 0.985, 0.01],
  // Left: USPS Web Tools USERIDs, carrier secrets in chat lines with no separator, an AMQP URL whose password repeats a word.
  ['logistics', 300, 300, 0.975, 0.01],
  // Flagged: AWS access key ids beside a secret reference (every AKIA id is reported).
  ['k8sops', 300, 300, 0.995, 0.01],
  // Left: a PFX password told in chat.
  ['installers', 300, 300, 0.995, 0.01],
  ['research', 300, 300, 0.995, 0.01],
  // Left: Segment write keys in server scripts (write keys are read as public, as browser snippets carry them).
  ['adtech', 300, 300, 0.995, 0.01],
  // Left: short client secrets, a login built from a Travelport user and password in one string, tokens pasted in chat with no label; flagged: Spreedly transaction and payment-method tokens under token.
  ['travel', 300, 300, 0.965, 0.015],
  // Left: Vertex Trusted IDs, Dropbox Sign keys given as a configuration's username, a bare Rails master.key; flagged: Maps JavaScript keys in pages (kept as findings on purpose) and Clio app keys (the public half).
  ['govtax', 300, 300, 0.94, 0.025],
  // Left: tokens in Postman auth blocks and debug HTTP dumps, Snyk's configstore api entry, Wiz client tokens under clientToken, Burp's API key in user options JSON.
  ['appsec', 300, 300, 0.92, 0.01],
  // Left: a Flask key as escaped bytes.
  ['pyweb', 300, 300, 0.995, 0.01],
  ['jvm', 300, 300, 0.99, 0.01],
  // Left: serde default functions, S3 keys built into SDK config structs, a JWK set's oct key.
  ['gorust', 300, 300, 0.97, 0.01],
  // Left: bare passwords typed on their own line after su or ssh, auditd arguments in hex, a decoded Secret printed with the next prompt glued to it.
  ['shellhist', 300, 300, 0.945, 0.01],
  // Left: raw key files of hex pairs, SecOC keys under a bare key: in YAML lists.
  ['automotive', 300, 300, 0.98, 0.01],
  // Left: Storyblok tokens in astro.config (read as delivery tokens, public by design), tokens pasted below a "value:" line in tickets.
  ['jamstack', 300, 300, 0.98, 0.01],
  // Left: EZproxy user.txt lines, nine-letter Europeana keys, logins told in chat.
  ['library', 300, 300, 0.975, 0.01],
  // Left: IBM i FTP script members with no FTP command around them, passphrases with spaces, logins told in chat as USER / password.
  ['mainframe', 300, 300, 0.965, 0.01],
  // Left: Mosquitto password files on their own, ThingsBoard tokens told in chat.
  ['iotfleet', 300, 300, 0.975, 0.01],
  // Left: Metabase session ids (UUIDs) in a variable a header reads, a password told in chat.
  ['bitools', 300, 300, 0.985, 0.01],
  // Left: a token told in prose inside parentheses.
  ['crm', 300, 300, 0.995, 0.01],
  // Left: a Kraken key pair alone in a file.
  ['trading', 300, 300, 0.99, 0.01],
  // Left: a bare Rails master.key.
  ['lms', 300, 300, 0.985, 0.01],
  // Left: Sal machine-group keys under a bare key, NanoMDM and SCEP servers' keys in inline argument arrays, logins told in chat, Santa sync secrets in profiles.
  ['macadmin', 300, 300, 0.94, 0.01],
  // Left: an Azure Speech key under a bare Key in appsettings.json.
  ['voice', 300, 300, 0.985, 0.01],
  // Flagged: an Aloha license key beside an empty password (license keys are reported).
  ['retail', 300, 300, 0.995, 0.01],
  ['legal', 300, 300, 0.995, 0.01],
  // Left: a password told in chat with no label.
  ['hospitality', 300, 300, 0.995, 0.01],
  ['agentsmon', 300, 300, 0.995, 0.01],
  ['nonprofit', 300, 300, 0.995, 0.01],
  // Left: a vendor key carried in HL7 MSH-8, a stowrs login in a bash array's -u option.
  ['pacs', 300, 300, 0.97, 0.01],
  // Left: LAU key halves in a Markdown table whose rows say Left and Right.
  ['corebank', 300, 300, 0.99, 0.01],
  // Left: Junos $9$ and NX-OS type 7 values this set calls secrets (netmon calls them obfuscated), oxidized router.db lines, an ISE device CSV, PAN-OS vm-auth-keys.
  ['fwconfig', 300, 300, 0.925, 0.01],
  // Left: a Greenhouse key in a variable named HARVEST, a login told in chat.
  ['hrpayroll', 300, 300, 0.99, 0.01],
  // Left: logins told in chat, Node-RED header values in keyValue/valueValue pairs, a credentialSecret of words and hex.
  ['energy', 300, 300, 0.97, 0.01],
  // Left: a bare Rails master.key, a password told in chat, a remark that names an old value.
  ['media', 300, 300, 0.985, 0.01],
  // Left: a bootstrap password in a SQL seed whose column is a hash's.
  ['insurance', 300, 300, 0.99, 0.01],
  // Left: Bridge server tokens told in chat.
  ['proptech', 300, 300, 0.99, 0.01],
  // Left: Avalara account:license pairs in a variable named pair, tokens told in chat as prose, a bare key file; flagged: Shopify private-app keys beside a password read from the environment.
  ['marketplace', 300, 300, 0.975, 0.01],
  // Left: a planemo tool shed key under a bare key, openBIS session tokens, keys and logins told in prose.
  ['lims', 300, 300, 0.975, 0.01],
  ['tickets', 300, 300, 0.99, 0.01],
  ['publishing', 300, 300, 0.995, 0.01],
  // Left: credentials told in chat, a TURN secret beside its key path.
  ['aviation', 300, 300, 0.98, 0.01],
  // Left: tokens told in chat, NetStorage upload keys under keyname/key, a Splunk header inside a Logpush destination.
  ['edgecdn', 300, 300, 0.965, 0.01],
  // Left: a Planet key told in chat.
  ['agritech', 300, 300, 0.99, 0.01],
  // Left: BrowserStackLocal and LambdaTest tunnel keys given as --key arguments, a password with an escaped backslash in a JSON log line, Django seed tuples.
  ['qatest', 300, 300, 0.975, 0.01],
  ['hpc', 300, 300, 0.995, 0.01],
  ['gamelive', 300, 300, 0.995, 0.01],
  ['emailmkt', 300, 300, 0.98, 0.01],
  ['cxsupport', 300, 300, 0.975, 0.01],
  ['cdp', 300, 300, 0.985, 0.01],
  ['authdev', 300, 300, 0.995, 0.01],
  ['payouts', 300, 300, 0.985, 0.01],
  ['mes', 300, 300, 0.975, 0.01],
  ['scraping', 300, 300, 0.975, 0.01],
  ['rtc', 300, 300, 0.975, 0.01],
  ['selfhostchat', 300, 300, 0.96, 0.01],
  ['l10n', 300, 300, 0.985, 0.01],
  ['evcharge', 300, 300, 0.995, 0.01],
  ['accounting', 300, 300, 0.985, 0.01],
  ['dnsreg', 300, 300, 0.965, 0.01],
  ['search', 300, 300, 0.905, 0.02],
  ['printing', 300, 300, 0.985, 0.01],
  // Left: RapidAPI keys one character longer than the real format, keys told in chat on their own line, OddsJam UUIDs under a bare _KEY name.
  ['sportsodds', 300, 300, 0.945, 0.01],
  // Left: LaunchDarkly mobile keys, which LaunchDarkly documents as not secret.
  ['featureflags', 300, 300, 0.97, 0.01],
  ['enrichment', 300, 300, 0.99, 0.01],
  // Left: Zoom join links' passcodes, which go to every registrant.
  ['ticketing', 300, 300, 0.97, 0.01],
  ['vcsself', 300, 300, 0.995, 0.01],
  ['weather', 300, 300, 0.965, 0.01],
  ['regioncloud', 300, 300, 0.985, 0.02],
  ['llmops', 300, 300, 0.98, 0.01],
  // Left: Hubtel's eight-letter secrets, SMS.ru keys as UUIDs under api_id, keys wrapped in urlencode().
  ['smsregional', 300, 300, 0.95, 0.01],
  // Left: installer codes and badge PINs (short digits), DESFire and MIFARE key files.
  ['accesscontrol', 300, 300, 0.95, 0.01],
  ['lowcode', 300, 300, 0.98, 0.01],
  // Left: Mastodon.py credential files (bare lines), a Rails master.key alone, Bluesky session strings.
  ['socialapi', 300, 300, 0.96, 0.01],
  ['wearables', 300, 300, 0.98, 0.01],
  ['kyc', 300, 300, 0.965, 0.01],
  // Left: Xibo CMS keys told in a ticket, an Electron login callback, Anthias' unsalted SHA-256.
  ['signage', 300, 300, 0.96, 0.01],
  ['genomics', 300, 300, 0.975, 0.01],
  ['spaceradio', 300, 300, 0.93, 0.01],
  ['custody', 300, 300, 0.96, 0.01],
  ['fooddelivery', 300, 300, 0.99, 0.01],
  ['maritime', 300, 300, 0.94, 0.01],
  ['podcasting', 300, 300, 0.975, 0.01],
  ['fulfilment', 300, 300, 0.995, 0.01],
  ['buildingauto', 300, 300, 0.94, 0.01],
  ['esign', 300, 300, 0.97, 0.01],
  ['surveys', 300, 300, 0.97, 0.01],
  ['music', 300, 300, 0.965, 0.01],
  ['telehealth', 300, 300, 0.975, 0.01],
  ['practicemgmt', 300, 300, 0.985, 0.01],
  ['sportsclub', 300, 300, 0.995, 0.01],
  ['transit', 300, 300, 0.97, 0.01],
  ['rpa', 300, 300, 0.935, 0.01],
  ['quantum', 300, 300, 0.98, 0.01],
  ['fielddata', 300, 300, 0.985, 0.01],
  ['threatintel', 300, 300, 0.94, 0.01],
  ['admediation', 300, 300, 0.955, 0.01],
  ['construction', 300, 300, 0.99, 0.01],
  ['homesecurity', 300, 300, 0.965, 0.01],
  // Tyk's analytics records keep hashed api_key values that look like keys (4 flagged).
  ['apigateway', 300, 300, 0.885, 0.015],
  ['mining', 300, 300, 0.93, 0.01],
  ['clinicaltrials', 300, 300, 0.975, 0.01],
  // Presigned S3 and single-blob SAS links labelled not secret (other sets label them secret), and a Transloadit key called public ten lines up (9 flagged).
  ['dam', 300, 300, 0.985, 0.03],
  ['broadcast', 300, 300, 0.995, 0.01],
  ['robotics', 300, 300, 0.98, 0.01],
  // Left: SOLIDWORKS serials and MATLAB installation keys, Octopart's 8-hex keys, logins told in chat with no name.
  ['plm', 300, 300, 0.935, 0.01],
  ['xapi', 300, 300, 0.975, 0.01],
  ['isp', 300, 300, 0.975, 0.01],
  ['socialapp', 300, 300, 0.995, 0.01],
  ['elections', 300, 300, 0.97, 0.01],
  ['hotelpms', 300, 300, 0.995, 0.01],
  ['church', 300, 300, 0.965, 0.01],
  // Punchh location keys under *_KEY names and a Postman merchant_key (5 flagged).
  ['reservations', 300, 300, 0.975, 0.02],
  // Confluence userKey values in a pasted response (4 flagged).
  ['eda', 300, 300, 0.995, 0.015],
  ['museums', 300, 300, 0.96, 0.01],
  ['dealers', 300, 300, 0.96, 0.01],
  ['parking', 300, 300, 0.98, 0.01],
  ['labinstruments', 300, 300, 0.985, 0.01],
  ['pharmacy', 300, 300, 0.99, 0.01],
  ['trucking', 300, 300, 0.975, 0.01],
  ['titleescrow', 300, 300, 0.995, 0.01],
  ['siem', 300, 300, 0.99, 0.01],
  // Left: PINs and passcodes of digits (Q-SYS user and QRC PINs, room and meeting passcodes), which other sets label as not secret.
  ['avrooms', 300, 300, 0.91, 0.01],
  ['publicsafety', 300, 300, 0.995, 0.01],
  ['k12sis', 300, 300, 0.995, 0.01],
];
for (const [set, minSecrets, minNegatives, minRecall, maxFlagged] of SETS) {
  test(`blind ${set} set: recall ≥ ${minRecall}, negatives flagged ≤ ${maxFlagged}`, () => {
    const examples = load(set);
    const s = score(examples);
    assert.ok(s.secrets >= minSecrets && examples.length - s.secrets >= minNegatives, `${s.secrets} secrets of ${examples.length}`);
    assert.ok(s.recall >= minRecall, `recall ${s.recall.toFixed(3)}; missed:\n${s.missed.join('\n')}`);
    assert.ok(s.flaggedRate <= maxFlagged, `negatives flagged ${s.flaggedRate.toFixed(3)}:\n${s.flagged.join('\n')}`);
  });
}
