#!/usr/bin/env bash
# Point kubectl at an environment's EKS cluster.
#
# Directly: `aws eks update-kubeconfig` for the cluster, context alias keelson-ENV. Works where the
# API endpoint is reachable: dev's public endpoint from the CIDRs in EKS.PublicAccessCIDRs, or any
# cluster from inside the VPC.
#
# Through the bastion (--via-bastion): prod's API endpoint is private. The script writes a second
# context, keelson-ENV-via-bastion, whose server is https://localhost:PORT with the endpoint's
# host name as TLS server name, then opens a Session Manager port forward from localhost:PORT
# through the bastion to the endpoint on 443 (no SSH, no open port). Leave it running and use
# the context from another terminal. Needs the Session Manager plugin for the AWS CLI.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat << EOF
usage: $PROG --env ENV [options]

Write a kubeconfig context for the environment's EKS cluster; with --via-bastion, also forward
a local port through the bastion (SSM Session Manager) to the cluster's private endpoint.

options:
  --env ENV            environment (required), e.g. dev or prod
  --cluster NAME       EKS cluster name (default: keelson-ENV)
  --region REGION      AWS region (default: \$AWS_REGION, else us-east-1)
  --via-bastion        reach the private endpoint through an SSM port forward via the bastion
  --bastion-id ID      bastion instance ID (default: the running instance tagged Name=CLUSTER-bastion)
  --local-port PORT    local port of the forward (default: 8443)
  --dry-run            print the commands and run nothing
  -h, --help           show this help

examples:
  $PROG --env dev
  $PROG --env prod --via-bastion      # then, in another terminal:
  kubectl --context keelson-prod-via-bastion get nodes
EOF
}

env_name=""
cluster=""
region=${AWS_REGION:-us-east-1}
via_bastion=false
bastion_id=""
local_port=8443

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
    --cluster)
      need_value "$1" "${@:2}"
      cluster=$2
      shift 2
      ;;
    --region)
      need_value "$1" "${@:2}"
      region=$2
      shift 2
      ;;
    --via-bastion)
      via_bastion=true
      shift
      ;;
    --bastion-id)
      need_value "$1" "${@:2}"
      [[ $2 =~ ^i-[0-9a-f]{8,17}$ ]] || usage_error "--bastion-id \"$2\" is not an EC2 instance ID (i-0123456789abcdef0)"
      bastion_id=$2
      shift 2
      ;;
    --local-port)
      need_value "$1" "${@:2}"
      check_uint "$1" "$2"
      { [ "$2" -ge 1024 ] && [ "$2" -le 65535 ]; } || usage_error "--local-port $2 must be between 1024 and 65535"
      local_port=$2
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
[ -n "$cluster" ] || cluster="keelson-$env_name"
if [ -n "$bastion_id" ] && [ "$via_bastion" != true ]; then
  usage_error "--bastion-id only makes sense with --via-bastion"
fi

require_tools aws kubectl

say "kubeconfig context $cluster for cluster $cluster in $region"
run aws eks update-kubeconfig --region "$region" --name "$cluster" --alias "$cluster"

if [ "$via_bastion" != true ]; then
  [ "$DRY_RUN" = true ] || say "check it: kubectl --context $cluster get nodes"
  exit 0
fi

require_tools session-manager-plugin
if [ "$DRY_RUN" = true ]; then
  endpoint_host="ENDPOINT_HOST"
  echo "would run: aws eks describe-cluster --region $region --name $cluster --query cluster.endpoint --output text"
else
  endpoint=$(aws eks describe-cluster --region "$region" --name "$cluster" --query cluster.endpoint --output text)
  endpoint_host=${endpoint#https://}
  [ -n "$endpoint_host" ] || die "cluster $cluster has no endpoint"
fi

if [ -z "$bastion_id" ]; then
  if [ "$DRY_RUN" = true ]; then
    bastion_id="BASTION_ID"
    echo "would run: aws ec2 describe-instances --region $region --filters Name=tag:Name,Values=$cluster-bastion Name=instance-state-name,Values=running --query Reservations[].Instances[].InstanceId --output text"
  else
    bastion_id=$(aws ec2 describe-instances --region "$region" \
      --filters "Name=tag:Name,Values=$cluster-bastion" "Name=instance-state-name,Values=running" \
      --query 'Reservations[].Instances[].InstanceId' --output text | awk '{print $1}')
    [ -n "$bastion_id" ] || die "no running instance tagged Name=$cluster-bastion; pass --bastion-id (help/bastion.md)"
  fi
fi

context="$cluster-via-bastion"
cluster_arn_user="arn:aws:eks:$region:ACCOUNT:cluster/$cluster"
if [ "$DRY_RUN" != true ]; then
  cluster_arn_user=$(kubectl config view -o jsonpath="{.contexts[?(@.name==\"$cluster\")].context.user}")
fi
say "context $context: https://localhost:$local_port, TLS server name $endpoint_host"
run kubectl config set-cluster "$context" --server "https://localhost:$local_port" --tls-server-name "$endpoint_host"
if [ "$DRY_RUN" = true ]; then
  echo "would run: kubectl config set-cluster $context --certificate-authority-data <the cluster's CA, copied from context $cluster>"
else
  ca=$(kubectl config view --raw -o jsonpath="{.clusters[?(@.name==\"$(kubectl config view -o jsonpath="{.contexts[?(@.name==\"$cluster\")].context.cluster}")\")].cluster.certificate-authority-data}")
  kubectl config set "clusters.$context.certificate-authority-data" "$ca" > /dev/null
fi
run kubectl config set-context "$context" --cluster "$context" --user "$cluster_arn_user"

say "forwarding localhost:$local_port through $bastion_id to $endpoint_host:443 (Ctrl-C ends it)"
run aws ssm start-session --region "$region" --target "$bastion_id" \
  --document-name AWS-StartPortForwardingSessionToRemoteHost \
  --parameters "host=$endpoint_host,portNumber=443,localPortNumber=$local_port"
