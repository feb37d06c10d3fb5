#!/usr/bin/env bash
# Runs every test: unit and integration tests (each integration test on SQLite and on a
# throw-away PostgreSQL server, stopped afterwards even when tests fail).
set -euo pipefail
cd "$(dirname "$0")/.."
pgdir=$(mktemp -d /tmp/vigie-pg.XXXXXX)
trap 'scripts/pg-test-server.sh stop "$pgdir"' EXIT
VIGIE_TEST_POSTGRES=$(scripts/pg-test-server.sh start "$pgdir")
export VIGIE_TEST_POSTGRES
export VIGIE_SOURCE_DIR=$PWD
echo "PostgreSQL de test : $VIGIE_TEST_POSTGRES"
ctest --test-dir build --output-on-failure -j2 "$@"
echo "Tests dans Chromium (playwright-core, axe-core)…"
npm run --silent test:e2e
[[ "${VIGIE_SKIP_LINT:-}" == 1 ]] || scripts/lint.sh
