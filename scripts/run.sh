#!/usr/bin/env bash
# Entry point of the root npm scripts: puts the pinned toolchain (Node 24,
# pnpm 10.34.9) on PATH, installing it where the machine lacks it, then hands
# over to the project's task runner.
set -euo pipefail
# shellcheck source=toolchain.sh
source "$(dirname "${BASH_SOURCE[0]}")/toolchain.sh"
cd "$TEILHABE_ROOT"
exec node scripts/tasks/main.mjs "$@"
