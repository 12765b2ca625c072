#!/usr/bin/env bash
# Tear an environment down in the only order that finishes (help/teardown.md explains why):
#
#   1. delete every Ingress and every Service of type LoadBalancer, so the AWS Load Balancer
#      Controller deletes the ALBs/NLBs and security groups it created;
#   2. wait until no load balancer and no security group tagged elbv2.k8s.aws/cluster=<cluster>
#      is left (they sit in the VPC's subnets and would block the VPC's deletion);
#   3. delete the Karpenter NodePools and wait until every NodeClaim is gone (Karpenter drains and
#      terminates the instances it launched, which Terraform does not know about);
#   4. cdktf destroy <env>-platform (the in-cluster add-ons);
#   5. delete the remaining PersistentVolumeClaims and wait for their volumes to be released, while
#      the EBS CSI driver still runs, so no EBS volume is orphaned;
#   6. cdktf destroy <env>-infra (cluster, node groups, VPC, ...);
#   7. only with --destroy-bootstrap, and only when no other Keelson cluster is left:
#      cdktf destroy bootstrap (state bucket, ECR repositories, GitHub OIDC roles).
#
# Run it from the repository root (cdktf.json) with credentials for the environment's account and
# a kubeconfig whose current context is the environment's cluster (scripts/ops/kubeconfig.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat << EOF
usage: $PROG --env ENV [options]

Tear down one Keelson environment in order: Ingresses and LoadBalancer Services, wait for the
controller's load balancers and security groups to go, Karpenter NodePools and their nodes,
then cdktf destroy ENV-platform, ENV-infra and (only with --destroy-bootstrap) bootstrap.

options:
  --env ENV              environment to tear down (required), e.g. dev
  --cluster NAME         EKS cluster name (default: keelson-ENV)
  --region REGION        AWS region (default: \$AWS_REGION, else us-east-1)
  --project NAME         project prefix of cluster names (default: keelson)
  --destroy-bootstrap    also destroy the bootstrap stack, after infra; refused while another
                         keelson cluster exists (dev and prod share it)
  --i-mean-prod          required to tear down a production environment
  --dry-run              print the plan of actions and run nothing
  --yes                  do not ask for confirmation
  --timeout SECONDS      how long each wait may take (default: 900)
  --interval SECONDS     polling interval of the waits (default: 15)
  -h, --help             show this help

example:
  $PROG --env dev --dry-run
  $PROG --env dev
EOF
}

env_name=""
cluster=""
region=${AWS_REGION:-us-east-1}
project=keelson
destroy_bootstrap=false
i_mean_prod=false
assume_yes=false
timeout=900
interval=15

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
    --project)
      need_value "$1" "${@:2}"
      project=$2
      shift 2
      ;;
    --timeout)
      need_value "$1" "${@:2}"
      check_uint "$1" "$2"
      timeout=$2
      shift 2
      ;;
    --interval)
      need_value "$1" "${@:2}"
      check_uint "$1" "$2"
      interval=$2
      shift 2
      ;;
    --destroy-bootstrap)
      destroy_bootstrap=true
      shift
      ;;
    --i-mean-prod)
      i_mean_prod=true
      shift
      ;;
    --dry-run)
      DRY_RUN=true
      shift
      ;;
    --yes)
      assume_yes=true
      shift
      ;;
    *)
      usage_error "unknown argument $1"
      ;;
  esac
done

[ -n "$env_name" ] || usage_error "--env is required"
check_env "$env_name"
if is_prod "$env_name" && [ "$i_mean_prod" != true ]; then
  usage_error "refusing to tear down production environment \"$env_name\" without --i-mean-prod"
fi
[ -n "$cluster" ] || cluster="$project-$env_name"
platform_stack="$env_name-platform"
infra_stack="$env_name-infra"

require_tools aws kubectl cdktf

# --- the plan ---------------------------------------------------------------------------------
say "teardown of $env_name: cluster $cluster in $region"
echo "  1. delete every Ingress, then every Service of type LoadBalancer"
echo "  2. wait (up to ${timeout}s) until no load balancer or security group tagged elbv2.k8s.aws/cluster=$cluster remains"
echo "  3. delete Karpenter NodePools; wait until no NodeClaim remains"
echo "  4. cdktf destroy $platform_stack"
echo "  5. delete remaining PersistentVolumeClaims; wait until no PersistentVolume remains"
echo "  6. cdktf destroy $infra_stack"
if [ "$destroy_bootstrap" = true ]; then
  echo "  7. check that no other $project-* cluster exists, then cdktf destroy bootstrap"
else
  echo "  7. bootstrap is kept (state bucket, ECR repositories, GitHub OIDC roles): pass --destroy-bootstrap to destroy it"
fi
if is_prod "$env_name"; then
  echo "  note: prod's cluster and KMS keys carry prevent_destroy (EKS.DeletionProtection): step 6 fails"
  echo "        unless you set EKS.DeletionProtection = false and applied $infra_stack first"
fi

if [ "$DRY_RUN" != true ] && [ "$assume_yes" != true ]; then
  printf 'Type the environment name (%s) to continue: ' "$env_name"
  read -r answer || answer=""
  [ "$answer" = "$env_name" ] || die "not confirmed; nothing was changed"
fi

# --- safety: the kubeconfig must point at this environment's cluster --------------------------
if [ "$DRY_RUN" = true ]; then
  echo "would check: kubectl config current-context names cluster $cluster"
else
  context=$(kubectl config current-context 2> /dev/null || true)
  case "$context" in
    *"/$cluster" | "$cluster" | "$cluster"-*) ;;
    *) die "kubectl's current context \"$context\" is not cluster $cluster; run scripts/ops/kubeconfig.sh --env $env_name first" ;;
  esac
fi

# wait_until DESCRIPTION FUNCTION: polls FUNCTION (prints what is left, nothing when done).
wait_until() {
  local what=$1 probe=$2 left deadline
  if [ "$DRY_RUN" = true ]; then
    echo "would wait: $what (poll every ${interval}s, up to ${timeout}s)"
    return 0
  fi
  deadline=$((SECONDS + timeout))
  while true; do
    left=$("$probe")
    if [ -z "$left" ]; then
      say "done: $what"
      return 0
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      die "timed out after ${timeout}s waiting for: $what; still there: $(echo "$left" | tr '\n' ' ')"
    fi
    echo "    waiting for: $what; left: $(echo "$left" | tr '\n' ' ')"
    sleep "$interval"
  done
}

# Load balancers tagged by the controller for this cluster (ARNs, one a line).
controller_load_balancers() {
  local arns batch=() arn
  arns=$(aws elbv2 describe-load-balancers --region "$region" --query 'LoadBalancers[].LoadBalancerArn' --output text)
  for arn in $arns; do
    batch+=("$arn")
    if [ "${#batch[@]}" -eq 20 ]; then
      tagged_lbs "${batch[@]}"
      batch=()
    fi
  done
  if [ "${#batch[@]}" -gt 0 ]; then
    tagged_lbs "${batch[@]}"
  fi
}

tagged_lbs() {
  aws elbv2 describe-tags --region "$region" --resource-arns "$@" \
    --query "TagDescriptions[?Tags[?Key=='elbv2.k8s.aws/cluster' && Value=='$cluster']].ResourceArn" \
    --output text | tr '\t' '\n' | sed '/^$/d'
}

controller_security_groups() {
  aws ec2 describe-security-groups --region "$region" \
    --filters "Name=tag:elbv2.k8s.aws/cluster,Values=$cluster" \
    --query 'SecurityGroups[].GroupId' --output text | tr '\t' '\n' | sed '/^$/d'
}

controller_leftovers() {
  controller_load_balancers
  controller_security_groups
}

karpenter_installed() {
  kubectl get crd nodepools.karpenter.sh > /dev/null 2>&1
}

nodeclaims_left() {
  kubectl get nodeclaims.karpenter.sh -o name 2> /dev/null || true
}

# Volumes the CSI driver deletes (reclaim policy Delete); Retain volumes are kept on purpose.
volumes_left() {
  kubectl get persistentvolumes \
    -o jsonpath='{range .items[?(@.spec.persistentVolumeReclaimPolicy=="Delete")]}{.metadata.name}{"\n"}{end}' 2> /dev/null || true
}

finished() {
  if [ "$DRY_RUN" = true ]; then
    say "dry run: nothing was changed"
  else
    say "$1"
  fi
}

# --- 1. Ingresses and LoadBalancer Services ----------------------------------------------------
say "1. deleting Ingresses and LoadBalancer Services"
run kubectl delete ingress --all --all-namespaces --wait=true
if [ "$DRY_RUN" = true ]; then
  echo "would run: kubectl delete service -n NAMESPACE NAME --wait=true, for every Service of type LoadBalancer"
else
  lb_services=$(kubectl get services --all-namespaces \
    -o jsonpath='{range .items[?(@.spec.type=="LoadBalancer")]}{.metadata.namespace}{"/"}{.metadata.name}{"\n"}{end}')
  for svc in $lb_services; do
    run kubectl delete service -n "${svc%%/*}" "${svc#*/}" --wait=true
  done
fi

# --- 2. the controller's load balancers and security groups ------------------------------------
say "2. waiting for the controller's load balancers and security groups to be deleted"
wait_until "load balancers and security groups tagged elbv2.k8s.aws/cluster=$cluster gone" controller_leftovers

# --- 3. Karpenter ------------------------------------------------------------------------------
say "3. removing Karpenter's nodes"
if [ "$DRY_RUN" = true ]; then
  echo "would run: kubectl delete nodepools.karpenter.sh --all --wait=false (when Karpenter is installed)"
  wait_until "no Karpenter NodeClaim left" nodeclaims_left
elif karpenter_installed; then
  run kubectl delete nodepools.karpenter.sh --all --wait=false
  wait_until "no Karpenter NodeClaim left" nodeclaims_left
else
  echo "    Karpenter is not installed (no nodepools.karpenter.sh CRD): nothing to drain"
fi

# --- 4. platform -------------------------------------------------------------------------------
say "4. destroying $platform_stack"
run cdktf destroy "$platform_stack" --auto-approve

# --- 5. volumes --------------------------------------------------------------------------------
say "5. deleting remaining PersistentVolumeClaims"
run kubectl delete persistentvolumeclaims --all --all-namespaces --wait=false
wait_until "no PersistentVolume with reclaim policy Delete left (EBS volumes deleted by the CSI driver)" volumes_left

# --- 6. infra ----------------------------------------------------------------------------------
say "6. destroying $infra_stack"
run cdktf destroy "$infra_stack" --auto-approve

# --- 7. bootstrap ------------------------------------------------------------------------------
if [ "$destroy_bootstrap" != true ]; then
  say "7. keeping bootstrap (pass --destroy-bootstrap to destroy it)"
  finished "teardown of $env_name finished"
  exit 0
fi
say "7. destroying bootstrap"
if [ "$DRY_RUN" = true ]; then
  echo "would check: aws eks list-clusters lists no other $project-* cluster"
else
  others=$(aws eks list-clusters --region "$region" --query 'clusters' --output text | tr '\t' '\n' | grep "^$project-" | grep -vx "$cluster" || true)
  if [ -n "$others" ]; then
    die "not destroying bootstrap: other clusters still use it: $(echo "$others" | tr '\n' ' ')"
  fi
fi
run cdktf destroy bootstrap --auto-approve
finished "teardown of $env_name finished, bootstrap included"
