#!/usr/bin/env bash
# Installs, builds and starts the Habilis window on its embedded SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset release -DHABILIS_WERROR=OFF
cmake --build --preset release --parallel 2
exec ./build/release/app/habilis "$@"
