#!/usr/bin/env bash
# Record a successful deployment of a commit to an environment.
#
#   scripts/ci/record-deploy.sh ENVIRONMENT SHA RECORDFILE STACK...
#
# Creates the tag deployed/ENVIRONMENT/SHA on SHA (through the API: no
# pushed credentials; an existing tag on the same commit is fine), writes
# RECORDFILE (JSON, uploaded as an artifact) and adds the record to the
# job summary. Needs GH_TOKEN with contents: write and GITHUB_REPOSITORY;
# RUN_URL and GITHUB_ACTOR are recorded when set.
set -euo pipefail

if [ "$#" -lt 4 ]; then
  echo "usage: $0 ENVIRONMENT SHA RECORDFILE STACK..." >&2
  exit 2
fi
env=$1
sha=$2
record=$3
shift 3
if ! printf '%s' "$sha" | grep -Eq '^[0-9a-f]{40}$'; then
  echo "sha must be a full 40-character commit SHA, got '$sha'" >&2
  exit 2
fi
tag="deployed/$env/$sha"

if ! gh api --method POST "repos/$GITHUB_REPOSITORY/git/refs" -f "ref=refs/tags/$tag" -f "sha=$sha" > /dev/null 2>&1; then
  existing=$(gh api "repos/$GITHUB_REPOSITORY/git/ref/tags/$tag" --jq .object.sha)
  if [ "$existing" != "$sha" ]; then
    echo "::error::tag $tag exists and points at $existing"
    exit 1
  fi
fi

stacks_json=$(printf '"%s",' "$@")
printf '{"environment":"%s","sha":"%s","stacks":[%s],"tag":"%s","run":"%s","actor":"%s"}\n' \
  "$env" "$sha" "${stacks_json%,}" "$tag" "${RUN_URL:-}" "${GITHUB_ACTOR:-}" > "$record"

{
  echo "### Deployed to $env"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| commit | \`$sha\` |"
  echo "| stacks | $* |"
  echo "| record | tag \`$tag\` |"
  echo "| run | ${RUN_URL:-} |"
} >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
echo "recorded $tag"
