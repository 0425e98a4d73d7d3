#!/usr/bin/env bash
# Creates and starts a throw-away PostgreSQL 15 cluster for the tests (Debian 12, as root or
# with sudo): port 54329 on localhost only, trust authentication, a database habilis_test.
# Prints the libpq connection string for HABILIS_TEST_PG.
set -euo pipefail
port="${HABILIS_PG_PORT:-54329}"
name="habilis${port}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
missing=0
for p in postgresql-15 postgresql-contrib libqt6sql6-psql; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing=1
done
if [ "$missing" -eq 1 ]; then
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >&2
    $sudo apt-get install -y -qq --no-install-recommends postgresql-15 postgresql-contrib \
        libqt6sql6-psql >&2
fi
if ! pg_lsclusters -h | awk '{print $2}' | grep -qx "$name"; then
    # Trust on localhost: the cluster serves the tests only and listens nowhere else.
    $sudo pg_createcluster 15 "$name" -p "$port" -- --auth=trust >&2
    echo "listen_addresses = 'localhost'" | $sudo tee -a "/etc/postgresql/15/$name/postgresql.conf" >/dev/null
fi
if ! pg_lsclusters -h | awk -v n="$name" '$2 == n {print $4}' | grep -qx online; then
    $sudo pg_ctlcluster 15 "$name" start >&2
fi
for _ in $(seq 30); do
    pg_isready -q -h localhost -p "$port" && break
    sleep 1
done
# A new test database each run: no schema of an earlier run left over.
psql -h localhost -p "$port" -U postgres -d postgres -qc \
    "DROP DATABASE IF EXISTS habilis_test WITH (FORCE)" >&2
psql -h localhost -p "$port" -U postgres -d postgres -qc "CREATE DATABASE habilis_test" >&2
echo "host=localhost port=$port dbname=habilis_test user=postgres"
