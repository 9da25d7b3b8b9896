#!/usr/bin/env bash
# The SFTP benchmark (docs/benchmarks.md): a file uploaded with OpenSSH's sftp to rosterd's SFTP
# server and to Debian's OpenSSH server (internal-sftp) started in the same run, median of RUNS
# each; then 50 districts upload at once. Installs openssh-server if it is missing.
# Usage: bench/run-sftp.sh [MEGABYTES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes="${1:-200}"
runs="${2:-5}"
if [[ ! -x /usr/sbin/sshd ]]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openssh-server
fi
# sshd insists on its privilege-separation directory even when started by hand.
mkdir -p /run/sshd
mvn -B -q -DskipTests -Dspotless.check.skip=true install -pl bench -am
cp_file=$(mktemp)
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work" "$cp_file"' EXIT
java ${SFTP_BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat "$cp_file")" io.rosterd.bench.SftpBenchmark \
  "$megabytes" "$runs" "$work"
