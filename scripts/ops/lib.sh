# shellcheck shell=bash
# Helpers shared by the scripts in scripts/ops. Sourced, never run.
#
# Every script: `set -euo pipefail`, `--help` prints its usage on stdout and
# exits 0, a bad argument prints ONE line on stderr naming it and exits 2,
# `--dry-run` prints what would run (one "would run:" line per command) and
# runs nothing that reaches AWS or the cluster.

# PROG is the calling script's name, for messages.
PROG=$(basename "$0")
DRY_RUN=false

# usage_error prints one line and exits 2 (bad usage).
usage_error() {
  echo "$PROG: $*; see $PROG --help" >&2
  exit 2
}

# die prints one line and exits 1 (the operation failed).
die() {
  echo "$PROG: $*" >&2
  exit 1
}

# say prints a progress line on stdout.
say() {
  echo "==> $*"
}

# need_value FLAG "$@": the flag's value must be present and not another flag.
need_value() {
  local flag=$1
  shift
  if [ "$#" -lt 1 ] || [ -z "$1" ] || [ "${1#--}" != "$1" ]; then
    usage_error "$flag needs a value"
  fi
}

# check_env NAME: an environment name as config accepts it.
check_env() {
  if ! [[ $1 =~ ^[a-z][a-z0-9-]{1,19}$ ]]; then
    usage_error "--env \"$1\" is not an environment name (lower-case letters, digits, dashes)"
  fi
}

# check_uint FLAG VALUE: a non-negative integer.
check_uint() {
  if ! [[ $2 =~ ^[0-9]+$ ]]; then
    usage_error "$1 \"$2\" is not a non-negative integer"
  fi
}

# is_prod NAME: true for prod-like environment names.
is_prod() {
  case "$1" in
    prod | production | prod-* | *-prod) return 0 ;;
    *) return 1 ;;
  esac
}

# run CMD...: runs CMD, or with --dry-run prints it.
run() {
  if [ "$DRY_RUN" = true ]; then
    echo "would run: $*"
    return 0
  fi
  "$@"
}

# require_tools TOOL...: every tool is on PATH (skipped with --dry-run).
require_tools() {
  [ "$DRY_RUN" = true ] && return 0
  local t
  for t in "$@"; do
    command -v "$t" > /dev/null 2>&1 || die "$t not found on PATH (help/guide.md lists the tools and how to install them)"
  done
}

# days_ago N: the UTC date-time N days ago, ISO 8601 (GNU date or BSD date).
days_ago() {
  date -u -d "-$1 days" +%Y-%m-%dT%H:%M:%SZ 2> /dev/null || date -u -v "-$1d" +%Y-%m-%dT%H:%M:%SZ
}
