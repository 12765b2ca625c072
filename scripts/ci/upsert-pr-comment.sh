#!/usr/bin/env bash
# Create or update the one plan comment on a pull request.
#
#   scripts/ci/upsert-pr-comment.sh PR_NUMBER BODYFILE
#
# The comment is found by the marker it starts with (<!-- keelson-plan -->)
# among the comments of github-actions[bot], and edited in place; without
# one, a comment is created. Needs GH_TOKEN with pull-requests: write and
# GITHUB_REPOSITORY (both set by the workflow).
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 PR_NUMBER BODYFILE" >&2
  exit 2
fi
pr=$1
body=$2
marker='<!-- keelson-plan -->'
case "$pr" in '' | *[!0-9]*)
  echo "PR number must be digits, got '$pr'" >&2
  exit 2
  ;;
esac
if [ "$(head -c ${#marker} "$body")" != "$marker" ]; then
  echo "$body does not start with $marker" >&2
  exit 1
fi

id=$(gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$pr/comments" \
  --jq ".[] | select(.user.login == \"github-actions[bot]\" and (.body | startswith(\"$marker\"))) | .id" | head -n 1)
if [ -n "$id" ]; then
  gh api --method PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" -F "body=@$body" --jq .html_url
else
  gh api --method POST "repos/$GITHUB_REPOSITORY/issues/$pr/comments" -F "body=@$body" --jq .html_url
fi
