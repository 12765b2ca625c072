#!/usr/bin/env bash
# Check that a commit was deployed to dev successfully before prod gets it.
#
#   scripts/ci/check-dev-record.sh SHA
#
# deploy-dev.yml records a successful dev deployment as the tag
# deployed/dev/<sha> on that commit. The repository must be checked out
# with its tags (fetch-depth: 0). Exits 1, with the reason, when SHA is not
# a full commit SHA or has no dev record.
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 SHA" >&2
  exit 2
fi
sha=$1
if ! printf '%s' "$sha" | grep -Eq '^[0-9a-f]{40}$'; then
  echo "::error::sha must be a full 40-character lowercase commit SHA, got '$sha'"
  exit 1
fi
tag="deployed/dev/$sha"
if ! target=$(git rev-parse -q --verify "refs/tags/$tag^{commit}"); then
  echo "::error::$sha has no dev record (tag $tag): only a commit that deployed to dev successfully can be promoted"
  exit 1
fi
if [ "$target" != "$sha" ]; then
  echo "::error::tag $tag points at $target, not at $sha"
  exit 1
fi
echo "$sha deployed to dev successfully (tag $tag)"
