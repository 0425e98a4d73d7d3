#!/usr/bin/env bash
# Installs, builds (warnings as errors) and runs every test through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
# HABILIS_TEST_PG (a libpq connection string) registers the storage tests a second time, on
# PostgreSQL; .ci/run sets it to the cluster of scripts/pg-cluster.sh. Unset: SQLite only.
cmake --preset release -DHABILIS_WERROR="${HABILIS_WERROR:-ON}" \
    -DHABILIS_TEST_PG="${HABILIS_TEST_PG:-}"
# The French translation must cover every text of the sources: lupdate, then no unfinished entry.
cmake --build --preset release --target update_translations
if grep -q 'type="unfinished"' translations/habilis_fr.ts; then
    echo "translations/habilis_fr.ts has unfinished translations:" >&2
    grep -B2 'type="unfinished"' translations/habilis_fr.ts | grep '<source>' >&2
    exit 1
fi
# clang-format is the only style.
if ! clang-format --dry-run --Werror $(git ls-files '*.cpp' '*.h') 2>/dev/null; then
    echo "Run: clang-format -i \$(git ls-files '*.cpp' '*.h')" >&2
    exit 1
fi
cmake --build --preset release --parallel 2
ctest --preset release --output-on-failure
