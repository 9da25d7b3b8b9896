#!/usr/bin/env bash
# Decryption throughput of MINA's SSH ciphers on one core (docs/benchmarks.md, SFTP section).
# Usage: bench/run-ciphers.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
mvn -B -q -DskipTests -Dspotless.check.skip=true install -pl bench -am
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "bench/target/classes:$(cat "$cp_file")" io.rosterd.bench.CipherBenchmark "$runs"
