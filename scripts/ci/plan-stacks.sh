#!/usr/bin/env bash
# Plan stacks in the order given, without stopping at one that fails.
#
#   scripts/ci/plan-stacks.sh OUTDIR STACK...
#
# For each STACK, runs `terraform init` and `terraform plan -lock=false
# -detailed-exitcode -out` in $STACKS_DIR/STACK (default cdktf.out/stacks,
# where cdktf synthesizes cdk.tf.json), then writes to OUTDIR:
#   STACK.json    terraform show -json   (when the plan succeeded)
#   STACK.txt     terraform show -no-color
#   STACK.log     init/plan output       (always; the comment shows it on failure)
#   STACK.status  changes | clean | failed
#   order         the stacks, one a line, in the order given
# A stack that fails is recorded and the next one is planned: the comment
# reports it. Exit status: 0, or 2 for bad usage. AWS credentials come from
# the environment (the workflow's OIDC step); this script holds none.
set -euo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 OUTDIR STACK..." >&2
  exit 2
fi
out=$1
shift
stacks_dir=${STACKS_DIR:-cdktf.out/stacks}
mkdir -p "$out"
out=$(cd "$out" && pwd)
: > "$out/order"

for stack in "$@"; do
  echo "$stack" >> "$out/order"
  dir="$stacks_dir/$stack"
  log="$out/$stack.log"
  rm -f "$out/$stack.json" "$out/$stack.txt"
  if [ ! -f "$dir/cdk.tf.json" ]; then
    echo "$dir/cdk.tf.json not found: the app did not synthesize stack $stack" > "$log"
    echo failed > "$out/$stack.status"
    echo "::warning::$stack: not synthesized"
    continue
  fi
  echo "::group::plan $stack"
  status=failed
  if terraform -chdir="$dir" init -input=false -no-color > "$log" 2>&1; then
    code=0
    terraform -chdir="$dir" plan -input=false -no-color -lock=false -detailed-exitcode -out=tfplan >> "$log" 2>&1 || code=$?
    case "$code" in
      0) status=clean ;;
      2) status=changes ;;
    esac
    if [ "$status" != failed ]; then
      if ! terraform -chdir="$dir" show -json tfplan > "$out/$stack.json" 2>> "$log" ||
        ! terraform -chdir="$dir" show -no-color tfplan > "$out/$stack.txt" 2>> "$log"; then
        status=failed
        rm -f "$out/$stack.json" "$out/$stack.txt"
      fi
    fi
  fi
  echo "$status" > "$out/$stack.status"
  cat "$log"
  echo "::endgroup::"
  if [ "$status" = failed ]; then
    echo "::error::$stack: plan failed (see the comment or $stack.log in the artifacts)"
  else
    echo "$stack: $status"
  fi
done
