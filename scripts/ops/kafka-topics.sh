#!/usr/bin/env bash
# Kafka topic administration for Keelson's two Kafka flavours.
#
# --mode msk (default): runs Apache Kafka's own bin/kafka-topics.sh against MSK's IAM listener
# (port 9098, TLS + SASL/AWS_MSK_IAM) with a client config this script writes to a temp file.
# Run it on the bastion (help/bastion.md), where the Kafka CLI and the aws-msk-iam-auth jar are
# installed and the instance role may administer topics; brokers are not reachable from outside
# the VPC.
#
# --mode strimzi: prints a Strimzi KafkaTopic resource (create), or lists/describes them with
# kubectl. Topics are then declared in Git and applied (--apply pipes to kubectl apply), so the
# Topic Operator owns them.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat << EOF
usage: $PROG COMMAND [options]

commands:
  list                 list topics
  describe             describe one topic (--topic) or all
  create               create a topic (--topic); with --with-dlq also TOPIC.dlq

options:
  --mode msk|strimzi        msk (default): Kafka CLI with MSK IAM auth; strimzi: KafkaTopic resources
  --topic NAME              topic name: letters, digits, '.', '_', '-'
  --partitions N            partitions for create (default: 6)
  --replication-factor N    replicas for create (default: 3; min.insync.replicas is set to N-1, at least 1)
  --retention-hours N       retention.ms for create, in hours (default: 168, 7 days)
  --with-dlq                create also the dead-letter topic TOPIC.dlq (retention 14 days)
  msk:
  --bootstrap BROKERS       IAM bootstrap brokers (host:9098,...); or
  --cluster-arn ARN         read them with aws kafka get-bootstrap-brokers
  --region REGION           AWS region (default: \$AWS_REGION, else us-east-1)
  --kafka-home DIR          Kafka CLI installation (default: \$KAFKA_HOME, else /opt/kafka)
  strimzi:
  --namespace NS            namespace of the Kafka cluster (default: kafka)
  --strimzi-cluster NAME    Kafka resource name, label strimzi.io/cluster (default: keelson)
  --apply                   kubectl apply the KafkaTopic instead of printing it
  --dry-run                 print the commands and run nothing
  -h, --help                show this help

examples:
  $PROG list --cluster-arn arn:aws:kafka:us-east-1:111122223333:cluster/keelson-dev/UUID
  $PROG create --topic orders.created.v1 --partitions 12 --with-dlq --bootstrap b-1.example:9098
  $PROG create --mode strimzi --topic orders.created.v1 > topics/orders.created.v1.yaml
EOF
}

command=""
mode=msk
topic=""
partitions=6
replication=3
retention_hours=168
with_dlq=false
bootstrap=""
cluster_arn=""
region=${AWS_REGION:-us-east-1}
kafka_home=${KAFKA_HOME:-/opt/kafka}
namespace=kafka
strimzi_cluster=keelson
apply=false

while [ "$#" -gt 0 ]; do
  case "$1" in
    -h | --help)
      usage
      exit 0
      ;;
    list | describe | create)
      [ -z "$command" ] || usage_error "only one command, got $command and $1"
      command=$1
      shift
      ;;
    --mode)
      need_value "$1" "${@:2}"
      case "$2" in msk | strimzi) mode=$2 ;; *) usage_error "--mode \"$2\" must be msk or strimzi" ;; esac
      shift 2
      ;;
    --topic)
      need_value "$1" "${@:2}"
      [[ $2 =~ ^[A-Za-z0-9._-]{1,249}$ ]] || usage_error "--topic \"$2\" is not a valid Kafka topic name"
      topic=$2
      shift 2
      ;;
    --partitions)
      need_value "$1" "${@:2}"
      check_uint "$1" "$2"
      [ "$2" -ge 1 ] || usage_error "--partitions must be at least 1"
      partitions=$2
      shift 2
      ;;
    --replication-factor)
      need_value "$1" "${@:2}"
      check_uint "$1" "$2"
      [ "$2" -ge 1 ] || usage_error "--replication-factor must be at least 1"
      replication=$2
      shift 2
      ;;
    --retention-hours)
      need_value "$1" "${@:2}"
      check_uint "$1" "$2"
      retention_hours=$2
      shift 2
      ;;
    --with-dlq)
      with_dlq=true
      shift
      ;;
    --bootstrap)
      need_value "$1" "${@:2}"
      bootstrap=$2
      shift 2
      ;;
    --cluster-arn)
      need_value "$1" "${@:2}"
      [[ $2 =~ ^arn:aws[a-z-]*:kafka:[a-z0-9-]+:[0-9]{12}:cluster/ ]] || usage_error "--cluster-arn \"$2\" is not an MSK cluster ARN"
      cluster_arn=$2
      shift 2
      ;;
    --region)
      need_value "$1" "${@:2}"
      region=$2
      shift 2
      ;;
    --kafka-home)
      need_value "$1" "${@:2}"
      kafka_home=$2
      shift 2
      ;;
    --namespace)
      need_value "$1" "${@:2}"
      namespace=$2
      shift 2
      ;;
    --strimzi-cluster)
      need_value "$1" "${@:2}"
      strimzi_cluster=$2
      shift 2
      ;;
    --apply)
      apply=true
      shift
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

[ -n "$command" ] || usage_error "a command is required: list, describe or create"
if [ "$command" = create ] && [ -z "$topic" ]; then
  usage_error "create needs --topic"
fi
if [ "$mode" = msk ] && [ -z "$bootstrap" ] && [ -z "$cluster_arn" ]; then
  usage_error "--mode msk needs --bootstrap or --cluster-arn"
fi
if [ "$mode" = strimzi ] && { [ -n "$bootstrap" ] || [ -n "$cluster_arn" ]; }; then
  usage_error "--bootstrap and --cluster-arn are for --mode msk"
fi

min_isr=$((replication > 1 ? replication - 1 : 1))
retention_ms=$((retention_hours * 3600 * 1000))
dlq_retention_ms=$((14 * 24 * 3600 * 1000))

# --- Strimzi ---------------------------------------------------------------------------------
kafka_topic_yaml() {
  local name=$1 retention=$2 resource
  # Kubernetes names allow lower-case letters, digits, '-' and '.'; spec.topicName keeps the real name.
  resource=$(echo "$name" | tr 'A-Z_' 'a-z-')
  cat << EOF
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata:
  name: $resource
  namespace: $namespace
  labels:
    strimzi.io/cluster: $strimzi_cluster
spec:
  topicName: $name
  partitions: $partitions
  replicas: $replication
  config:
    retention.ms: $retention
    min.insync.replicas: $min_isr
EOF
}

if [ "$mode" = strimzi ]; then
  case "$command" in
    list)
      require_tools kubectl
      run kubectl get kafkatopics.kafka.strimzi.io -n "$namespace" -l "strimzi.io/cluster=$strimzi_cluster"
      ;;
    describe)
      require_tools kubectl
      if [ -n "$topic" ]; then
        run kubectl get kafkatopics.kafka.strimzi.io -n "$namespace" "$(echo "$topic" | tr 'A-Z_' 'a-z-')" -o yaml
      else
        run kubectl get kafkatopics.kafka.strimzi.io -n "$namespace" -l "strimzi.io/cluster=$strimzi_cluster" -o yaml
      fi
      ;;
    create)
      docs=$(kafka_topic_yaml "$topic" "$retention_ms")
      if [ "$with_dlq" = true ]; then
        docs=$(printf '%s\n---\n%s' "$docs" "$(kafka_topic_yaml "$topic.dlq" "$dlq_retention_ms")")
      fi
      if [ "$apply" = true ]; then
        require_tools kubectl
        if [ "$DRY_RUN" = true ]; then
          echo "would run: kubectl apply -f - with:"
          echo "$docs"
        else
          echo "$docs" | kubectl apply -f -
        fi
      else
        echo "$docs"
      fi
      ;;
  esac
  exit 0
fi

# --- MSK with IAM auth -------------------------------------------------------------------------
cli="$kafka_home/bin/kafka-topics.sh"
if [ "$DRY_RUN" != true ]; then
  [ -x "$cli" ] || die "$cli not found: run this on the bastion, or pass --kafka-home (help/bastion.md)"
fi

if [ -z "$bootstrap" ]; then
  require_tools aws
  if [ "$DRY_RUN" = true ]; then
    bootstrap="BOOTSTRAP_BROKERS_SASL_IAM"
    echo "would run: aws kafka get-bootstrap-brokers --region $region --cluster-arn $cluster_arn --query BootstrapBrokerStringSaslIam --output text"
  else
    bootstrap=$(aws kafka get-bootstrap-brokers --region "$region" --cluster-arn "$cluster_arn" \
      --query BootstrapBrokerStringSaslIam --output text)
    if [ -z "$bootstrap" ] || [ "$bootstrap" = None ]; then
      die "cluster has no IAM listener (BootstrapBrokerStringSaslIam is empty)"
    fi
  fi
fi

props=$(mktemp)
trap 'rm -f "$props"' EXIT
cat > "$props" << 'EOF'
security.protocol=SASL_SSL
sasl.mechanism=AWS_MSK_IAM
sasl.jaas.config=software.amazon.msk.auth.iam.IAMLoginModule required;
sasl.client.callback.handler.class=software.amazon.msk.auth.iam.IAMClientCallbackHandler
EOF

kt() {
  run "$cli" --bootstrap-server "$bootstrap" --command-config "$props" "$@"
}

case "$command" in
  list)
    kt --list
    ;;
  describe)
    if [ -n "$topic" ]; then
      kt --describe --topic "$topic"
    else
      kt --describe
    fi
    ;;
  create)
    kt --create --if-not-exists --topic "$topic" --partitions "$partitions" --replication-factor "$replication" \
      --config "retention.ms=$retention_ms" --config "min.insync.replicas=$min_isr"
    if [ "$with_dlq" = true ]; then
      kt --create --if-not-exists --topic "$topic.dlq" --partitions "$partitions" --replication-factor "$replication" \
        --config "retention.ms=$dlq_retention_ms" --config "min.insync.replicas=$min_isr"
    fi
    ;;
esac
