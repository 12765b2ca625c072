#!/usr/bin/env bash
# Whole-process synth time of Keelson against a one-resource AWS app, run
# alternately in the same session, with medians and their ratio. The ratio
# is what to watch: it tells how far the platform's synth is above the jsii
# floor that any CDKTF app with the AWS bindings pays.
#   usage: scripts/bench.sh [runs]   (default 5)
set -euo pipefail
runs=${1:-5}
cd "$(dirname "$0")/.."
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1 JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=18,20

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/keelson" .
go build -o "$work/oneresource" ./internal/bench/oneresource

# elapsed prints a command's wall time in milliseconds.
elapsed() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

: >"$work/full"
: >"$work/floor"
for ((i = 1; i <= runs; i++)); do
  (cd "$work" && elapsed ./keelson synth) >>"$work/full"
  (cd "$work" && elapsed ./oneresource "$work/one.out") >>"$work/floor"
done
full=$(median <"$work/full")
floor=$(median <"$work/floor")
stacks=$(find "$work/cdktf.out/stacks" -name cdk.tf.json | wc -l)
printf 'runs: %d (alternating)\n' "$runs"
printf 'keelson synth (all %d stacks): median %d ms  [%s]\n' "$stacks" "$full" "$(paste -sd' ' "$work/full")"
printf 'one-resource AWS app:         median %d ms  [%s]\n' "$floor" "$(paste -sd' ' "$work/floor")"
awk -v a="$full" -v b="$floor" 'BEGIN {printf "ratio keelson / floor: %.2f\n", a / b}'
