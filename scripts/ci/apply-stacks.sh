#!/usr/bin/env bash
# Apply stacks in the order given, stopping at the first failure.
#
#   scripts/ci/apply-stacks.sh STACK...
#
# For each STACK in $STACKS_DIR (default cdktf.out/stacks): terraform init,
# plan -out (state locked through the S3 backend's lock file), the plan
# text into the job summary, then apply of exactly that saved plan.
# Credentials come from the workflow's OIDC step.
set -euo pipefail

if [ "$#" -lt 1 ]; then
  echo "usage: $0 STACK..." >&2
  exit 2
fi
stacks_dir=${STACKS_DIR:-cdktf.out/stacks}
summary=${GITHUB_STEP_SUMMARY:-/dev/null}

for stack in "$@"; do
  dir="$stacks_dir/$stack"
  if [ ! -f "$dir/cdk.tf.json" ]; then
    echo "::error::$dir/cdk.tf.json not found: the app did not synthesize stack $stack"
    exit 1
  fi
  echo "::group::plan $stack"
  terraform -chdir="$dir" init -input=false -no-color
  terraform -chdir="$dir" plan -input=false -no-color -out=tfplan
  echo "::endgroup::"
  {
    echo "<details><summary>Plan of <code>$stack</code></summary>"
    echo
    echo '```text'
    terraform -chdir="$dir" show -no-color tfplan | tail -n 400
    echo '```'
    echo "</details>"
  } >> "$summary"
  echo "::group::apply $stack"
  terraform -chdir="$dir" apply -input=false -no-color tfplan
  echo "::endgroup::"
  echo "- \`$stack\` applied" >> "$summary"
done
