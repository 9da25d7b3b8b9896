#!/usr/bin/env bash
# The sync benchmark at full size (docs/benchmarks.md): a generated 1M-user district imported into
# PostgreSQL (first load, same files again, 1% changed), each against a raw COPY of the same files
# into unindexed tables on the same server, median of 3, in a 1 GB heap.
# Usage: bench/run-sync.sh [USERS] [RUNS] [JDBC_URL USER PASSWORD]
# Without a URL it uses the bundled PostgreSQL in a temporary data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
users="${1:-1000000}"
runs="${2:-3}"
shift $(( $# < 2 ? $# : 2 ))
mvn -B -q -DskipTests -Dspotless.check.skip=true install -pl bench -am
cp_file=$(mktemp)
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work" "$cp_file"' EXIT
java -Xmx1g ${SYNC_BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat "$cp_file")" io.rosterd.bench.SyncBenchmark \
  "$users" "$runs" "$work" "$@"
