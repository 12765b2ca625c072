#!/usr/bin/env bash
# Fill a Terraform filesystem mirror with the providers the synthesized
# stacks need, so the test layers that run `terraform init -plugin-dir`
# (tests/, TF_PLUGIN_DIR) work on a CI runner as on the dev image.
#
#   scripts/ci/provider-mirror.sh MIRRORDIR
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 MIRRORDIR" >&2
  exit 2
fi
mirror=$1
mkdir -p "$mirror"
found=0
for stack in "${STACKS_DIR:-cdktf.out/stacks}"/*/; do
  [ -f "$stack/cdk.tf.json" ] || continue
  found=1
  terraform -chdir="$stack" providers mirror -platform=linux_amd64 "$(realpath "$mirror")"
done
if [ "$found" = 0 ]; then
  echo "no synthesized stack found: run make synth first" >&2
  exit 1
fi
