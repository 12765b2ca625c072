#!/usr/bin/env bash
# Verify that an environment's backups exist (help/operations.md, weekly; help/disaster-recovery.md):
#
#   - AWS Backup: at least one COMPLETED recovery point in the environment's vault created in
#     the last --days days (EBS snapshots of persistent volumes, and whatever the backup plan
#     selects), listed with its resource and creation date;
#   - S3: versioning is Enabled on each of the environment's buckets (found by the tags
#     Project=keelson and Environment=ENV, plus any --bucket), so an overwritten or deleted object
#     can be restored.
#
# Read-only: it lists and reads settings, changes nothing. Exit 0 when everything is in order,
# 1 when a check fails (each failure is printed as FAIL), 2 on bad usage.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat << EOF
usage: $PROG --env ENV [options]

List recent AWS Backup recovery points and check S3 versioning of the environment's buckets.

options:
  --env ENV          environment (required), e.g. dev or prod
  --region REGION    AWS region (default: \$AWS_REGION, else us-east-1)
  --vault NAME       backup vault (default: keelson-ENV)
  --days N           how recent the newest recovery point must be (default: 2)
  --bucket NAME      also check this bucket (repeatable), e.g. the Terraform state bucket
  --project NAME     value of the Project tag (default: keelson)
  --dry-run          print the AWS calls and run nothing
  -h, --help         show this help

example:
  $PROG --env prod --bucket keelson-tfstate-111122223333
EOF
}

env_name=""
region=${AWS_REGION:-us-east-1}
vault=""
days=2
project=keelson
buckets=()

while [ "$#" -gt 0 ]; do
  case "$1" in
    -h | --help)
      usage
      exit 0
      ;;
    --env)
      need_value "$1" "${@:2}"
      env_name=$2
      shift 2
      ;;
    --region)
      need_value "$1" "${@:2}"
      region=$2
      shift 2
      ;;
    --vault)
      need_value "$1" "${@:2}"
      vault=$2
      shift 2
      ;;
    --days)
      need_value "$1" "${@:2}"
      check_uint "$1" "$2"
      [ "$2" -ge 1 ] || usage_error "--days must be at least 1"
      days=$2
      shift 2
      ;;
    --bucket)
      need_value "$1" "${@:2}"
      [[ $2 =~ ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$ ]] || usage_error "--bucket \"$2\" is not an S3 bucket name"
      buckets+=("$2")
      shift 2
      ;;
    --project)
      need_value "$1" "${@:2}"
      project=$2
      shift 2
      ;;
    --dry-run)
      DRY_RUN=true
      shift
      ;;
    *)
      usage_error "unknown argument $1"
      ;;
  esac
done

[ -n "$env_name" ] || usage_error "--env is required"
check_env "$env_name"
[ -n "$vault" ] || vault="$project-$env_name"
require_tools aws

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

since=$(days_ago "$days")
say "AWS Backup: recovery points in vault $vault created since $since"
if [ "$DRY_RUN" = true ]; then
  echo "would run: aws backup list-recovery-points-by-backup-vault --region $region --backup-vault-name $vault --by-created-after $since"
else
  points=$(aws backup list-recovery-points-by-backup-vault --region "$region" --backup-vault-name "$vault" \
    --by-created-after "$since" \
    --query 'RecoveryPoints[].[CreationDate,Status,ResourceType,ResourceArn]' --output text)
  if [ -z "$points" ]; then
    fail "no recovery point in $vault since $since: check the backup plan's jobs (aws backup list-backup-jobs --by-state FAILED)"
  else
    echo "$points"
    if echo "$points" | awk -F'\t' '$2 != "COMPLETED"' | grep -q .; then
      fail "recovery points above are not all COMPLETED"
    fi
  fi
fi

say "S3: versioning of the $env_name buckets (tags Project=$project, Environment=$env_name)"
if [ "$DRY_RUN" = true ]; then
  echo "would run: aws resourcegroupstaggingapi get-resources --region $region --resource-type-filters s3 --tag-filters Key=Project,Values=$project Key=Environment,Values=$env_name"
  for b in "${buckets[@]}"; do
    echo "would run: aws s3api get-bucket-versioning --bucket $b"
  done
  echo "would run: aws s3api get-bucket-versioning --bucket BUCKET, for each bucket found"
  exit 0
fi
while IFS= read -r arn; do
  [ -n "$arn" ] && buckets+=("${arn##*:}")
done < <(aws resourcegroupstaggingapi get-resources --region "$region" --resource-type-filters s3 \
  --tag-filters "Key=Project,Values=$project" "Key=Environment,Values=$env_name" \
  --query 'ResourceTagMappingList[].ResourceARN' --output text | tr '\t' '\n')
if [ "${#buckets[@]}" -eq 0 ]; then
  fail "no bucket tagged Project=$project, Environment=$env_name and none given with --bucket"
fi
for b in "${buckets[@]}"; do
  status=$(aws s3api get-bucket-versioning --bucket "$b" --query Status --output text)
  if [ "$status" = Enabled ]; then
    echo "ok: s3://$b versioning Enabled"
  else
    fail "s3://$b versioning is \"$status\", want Enabled"
  fi
done

if [ "$failures" -gt 0 ]; then
  echo "$PROG: $failures check(s) failed" >&2
  exit 1
fi
say "all backup checks passed"
