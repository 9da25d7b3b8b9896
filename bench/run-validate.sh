#!/usr/bin/env bash
# The validate benchmark at full size (docs/benchmarks.md): a generated 1M-user district,
# median of 5 runs, with a bare FastCSV pass over the same files as the floor, in a 512 MB heap.
# Usage: bench/run-validate.sh [USERS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
users="${1:-1000000}"
runs="${2:-5}"
mvn -B -q -DskipTests -Dspotless.check.skip=true install -pl bench -am
cp_file=$(mktemp)
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
data=$(mktemp -d)
trap 'rm -rf "$data" "$cp_file"' EXIT
java -Xmx512m -cp "bench/target/classes:$(cat "$cp_file")" io.rosterd.bench.ValidateBenchmark \
  "$users" "$runs" "$data"
