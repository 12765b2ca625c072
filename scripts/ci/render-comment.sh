#!/usr/bin/env bash
# Render the plans written by plan-stacks.sh as one Markdown comment.
#
#   scripts/ci/render-comment.sh PLANDIR OUTFILE [TITLE]
#
# Stacks are taken in the order of PLANDIR/order; each is passed as --plan
# (with --plan-text) or, when its status is failed, as --failed with its log.
# RUN_URL, when set, is linked as the place of the full plans.
set -euo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 PLANDIR OUTFILE [TITLE]" >&2
  exit 2
fi
dir=$1
outfile=$2
title=${3:-}
args=()
if [ -f "$dir/order" ]; then
  while IFS= read -r stack; do
    [ -n "$stack" ] || continue
    if [ "$(cat "$dir/$stack.status" 2> /dev/null || echo failed)" = failed ]; then
      [ -f "$dir/$stack.log" ] || echo "no output was captured" > "$dir/$stack.log"
      args+=(--failed "$stack=$dir/$stack.log")
    else
      args+=(--plan "$stack=$dir/$stack.json" --plan-text "$stack=$dir/$stack.txt")
    fi
  done < "$dir/order"
fi
[ -z "${RUN_URL:-}" ] || args+=(--run-url "$RUN_URL")
[ -z "$title" ] || args+=(--title "$title")
go run ./cmd/keelson-plan-comment ${args[@]+"${args[@]}"} --out "$outfile"
