#!/usr/bin/env bash
# The database side of a first load, measured in psql with no Java (docs/benchmarks.md, "The
# partitioned design, measured end to end in SQL"): the floor, today's schema, and the partitioned
# design with its product-wide email holders, on one generated district.
# Usage: bench/run-first-load-sql.sh [USERS]   (as root, with Debian's PostgreSQL 15 installed:
# it starts the cluster and works in a scratch database "first_load_bench", dropped at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
users="${1:-1000000}"
pg_ctlcluster 15 main start 2>/dev/null || true
work=$(mktemp -d)
psql_as_postgres() { su postgres -c "psql -X -q -v ON_ERROR_STOP=1 $*"; }
cleanup() { psql_as_postgres "-c 'drop database if exists first_load_bench'" || true; rm -rf "$work"; }
trap cleanup EXIT
./rosterd generate --out "$work/district" --users "$users" --seed 42
chmod -R a+rwX "$work"
psql_as_postgres "-c 'drop database if exists first_load_bench' -c 'create database first_load_bench'"
for script in first-load-floor first-load-today first-load-partitioned; do
  psql_as_postgres "-d first_load_bench -v dir=$work/district -f bench/sql/$script.sql"
done
