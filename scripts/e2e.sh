#!/usr/bin/env bash
# `npm run test:e2e`: package the extension, install the real editor (cached by version), then
# run the journeys in headless Chromium inside a private D-Bus session with an unlocked
# gnome-keyring (so journeys can use the real OS keychain). Extra arguments go to node --test,
# e.g. `npm run test:e2e -- --test-name-pattern=hover`.
set -euo pipefail
cd "$(dirname "$0")/.."

t0=$(date +%s)
echo "== e2e: npm run package"
npm run package --silent >/dev/null
echo "== e2e: code-server and Node 24 (cache: ${KEYWARD_E2E_CACHE:-$HOME/.cache/keyward-e2e})"
bash scripts/e2e-install.sh
t1=$(date +%s)

for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "e2e: $tool is missing (apt-get install dbus gnome-keyring dbus-x11)" >&2; exit 2; }
done
[ -x "${KEYWARD_E2E_CHROMIUM:-/usr/bin/chromium}" ] || { echo "e2e: /usr/bin/chromium is missing (apt-get install chromium)" >&2; exit 2; }

rm -rf test/e2e/artifacts && mkdir -p test/e2e/artifacts
echo "== e2e: journeys"
set +e
XDG_DATA_HOME="$(mktemp -d)" dbus-run-session -- sh -c '
  printf keyward-e2e | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec node --import tsx --test --test-concurrency=1 --test-reporter=spec "$@" test/e2e/*.test.ts
' e2e "$@"
rc=$?
set -e
t2=$(date +%s)
echo "== e2e: install/package $((t1 - t0))s, journeys $((t2 - t1))s; screenshots and logs in test/e2e/artifacts/"
exit $rc
