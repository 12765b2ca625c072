package bastion

import (
	"bytes"
	"text/template"
)

// UserData is the first-boot script: it installs the pinned tools,
// verifying the checksums their publishers serve, and the Kafka CLI with
// an IAM client configuration at /opt/kafka/config/client-iam.properties.
func UserData(p Props) string {
	var b bytes.Buffer
	if err := userData.Execute(&b, p); err != nil {
		panic("bastion: user data template: " + err.Error())
	}
	return b.String()
}

var userData = template.Must(template.New("user-data").Parse(`#!/bin/bash
# Keelson bastion {{.Name}}: pinned tools. Re-run: sudo bash /var/lib/cloud/instance/scripts/part-001
set -euo pipefail
cd /tmp
dnf install -y --quiet unzip tar gzip java-17-amazon-corretto-headless

# kubectl {{.Tools.Kubectl}}
curl -fsSLO "https://dl.k8s.io/release/v{{.Tools.Kubectl}}/bin/linux/amd64/kubectl"
curl -fsSLO "https://dl.k8s.io/release/v{{.Tools.Kubectl}}/bin/linux/amd64/kubectl.sha256"
echo "$(cat kubectl.sha256)  kubectl" | sha256sum --check
install -m 0755 kubectl /usr/local/bin/kubectl

# helm {{.Tools.Helm}}
curl -fsSLO "https://get.helm.sh/helm-v{{.Tools.Helm}}-linux-amd64.tar.gz"
curl -fsSLO "https://get.helm.sh/helm-v{{.Tools.Helm}}-linux-amd64.tar.gz.sha256sum"
sha256sum --check "helm-v{{.Tools.Helm}}-linux-amd64.tar.gz.sha256sum"
tar -xzf "helm-v{{.Tools.Helm}}-linux-amd64.tar.gz"
install -m 0755 linux-amd64/helm /usr/local/bin/helm

# AWS CLI {{.Tools.AWSCLI}} (installed beside the image's own, first on PATH)
curl -fsSL -o awscliv2.zip "https://awscli.amazonaws.com/awscli-exe-linux-x86_64-{{.Tools.AWSCLI}}.zip"
unzip -q awscliv2.zip
./aws/install --update --install-dir /usr/local/aws-cli --bin-dir /usr/local/bin

# Kafka CLI {{.Tools.Kafka}} and aws-msk-iam-auth {{.Tools.MSKIAMAuth}}
curl -fsSL -o kafka.tgz "https://archive.apache.org/dist/kafka/{{.Tools.Kafka}}/kafka_2.13-{{.Tools.Kafka}}.tgz"
mkdir -p /opt/kafka
tar -xzf kafka.tgz -C /opt/kafka --strip-components 1
curl -fsSL -o /opt/kafka/libs/aws-msk-iam-auth-{{.Tools.MSKIAMAuth}}-all.jar \
  "https://github.com/aws/aws-msk-iam-auth/releases/download/v{{.Tools.MSKIAMAuth}}/aws-msk-iam-auth-{{.Tools.MSKIAMAuth}}-all.jar"
cat > /opt/kafka/config/client-iam.properties <<'PROPS'
security.protocol=SASL_SSL
sasl.mechanism=AWS_MSK_IAM
sasl.jaas.config=software.amazon.msk.auth.iam.IAMLoginModule required;
sasl.client.callback.handler.class=software.amazon.msk.auth.iam.IAMClientCallbackHandler
PROPS
echo 'export KAFKA_HOME=/opt/kafka PATH=$PATH:/opt/kafka/bin' > /etc/profile.d/kafka.sh

rm -rf /tmp/kubectl* /tmp/helm-* /tmp/linux-amd64 /tmp/aws /tmp/awscliv2.zip /tmp/kafka.tgz
echo "keelson bastion ready: kubectl {{.Tools.Kubectl}}, helm {{.Tools.Helm}}, aws-cli {{.Tools.AWSCLI}}, kafka {{.Tools.Kafka}}"
`))
