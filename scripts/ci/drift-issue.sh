#!/usr/bin/env bash
# Open, update or close the drift issue of one stack.
#
#   scripts/ci/drift-issue.sh STACK STATUS BODYFILE
#
# STATUS is what plan-stacks.sh wrote: changes opens the issue titled
# "Drift: STACK" (label drift) or updates its body; clean closes it; failed
# leaves it alone (the workflow run fails instead, so nobody mistakes an
# unplannable stack for a clean one). Needs GH_TOKEN with issues: write,
# GITHUB_REPOSITORY, and RUN_URL for the comments.
set -euo pipefail

if [ "$#" -ne 3 ]; then
  echo "usage: $0 STACK STATUS BODYFILE" >&2
  exit 2
fi
stack=$1
status=$2
body=$3
title="Drift: $stack"
label=drift
run=${RUN_URL:-this workflow run}

number=$(gh issue list --repo "$GITHUB_REPOSITORY" --label "$label" --state open --limit 100 \
  --json number,title --jq ".[] | select(.title == \"$title\") | .number" | head -n 1)

case "$status" in
  changes)
    if [ -n "$number" ]; then
      gh issue edit "$number" --repo "$GITHUB_REPOSITORY" --body-file "$body"
      gh issue comment "$number" --repo "$GITHUB_REPOSITORY" --body "Still drifting as of $run."
    else
      gh label create "$label" --repo "$GITHUB_REPOSITORY" --color d93f0b \
        --description "Real infrastructure differs from the code (drift workflow)" 2> /dev/null || true
      gh issue create --repo "$GITHUB_REPOSITORY" --title "$title" --label "$label" --body-file "$body"
    fi
    ;;
  clean)
    if [ -n "$number" ]; then
      gh issue close "$number" --repo "$GITHUB_REPOSITORY" --comment "No drift as of $run: closing."
    fi
    ;;
  failed)
    echo "::warning::$stack could not be planned; its drift issue is left as it is"
    ;;
  *)
    echo "STATUS must be changes, clean or failed, got '$status'" >&2
    exit 2
    ;;
esac
