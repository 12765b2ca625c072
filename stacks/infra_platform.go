package stacks

import (
	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/addons/clusterautoscaler"
	"github.com/keelson-dev/keelson/constructs/addons/externalsecrets"
	"github.com/keelson-dev/keelson/constructs/addons/karpenter"
	"github.com/keelson-dev/keelson/constructs/addons/keda"
	"github.com/keelson-dev/keelson/constructs/addons/loadbalancer"
)

// PlatformAWS is what the in-cluster add-ons need from AWS, created in the
// infra stack (IRSA roles, Karpenter's interruption queue and instance
// profile; the Loki bucket is Infra.Observability) so the platform stack only installs charts.
type PlatformAWS struct {
	LoadBalancer    *loadbalancer.AWS
	ExternalSecrets *externalsecrets.AWS
	// Karpenter is nil when the environment runs Cluster Autoscaler.
	Karpenter *karpenter.AWS
	// ClusterAutoscaler is nil when the environment runs Karpenter.
	ClusterAutoscaler *clusterautoscaler.AWS
	// KEDA is nil without MSK (no AWS identity needed to read lag).
	KEDA *keda.AWS
}

// SecretPrefix is the Secrets Manager path an environment's External
// Secrets Operator may read: "keelson/<env>/".
func SecretPrefix(env config.Environment) string { return "keelson/" + env.Name + "/" }

// addPlatformAWS creates the add-ons' AWS resources in the infra stack.
func addPlatformAWS(in *Infra, env config.Environment) error {
	p := &PlatformAWS{}
	var err error
	name := env.ResourcePrefix()
	if p.LoadBalancer, err = loadbalancer.NewAWS(loadbalancer.AWSProps{
		Cluster: in.Cluster, Name: name, AccountID: env.AccountID, Region: env.Region,
	}); err != nil {
		return err
	}
	if p.ExternalSecrets, err = externalsecrets.NewAWS(externalsecrets.AWSProps{
		Cluster: in.Cluster, Name: name, AccountID: env.AccountID, Region: env.Region, SecretPrefix: SecretPrefix(env),
	}); err != nil {
		return err
	}
	switch env.Platform.Autoscaler {
	case config.AutoscalerClusterAutoscaler:
		p.ClusterAutoscaler, err = clusterautoscaler.NewAWS(in.Stack, "ClusterAutoscaler", clusterautoscaler.AWSProps{
			Cluster: in.Cluster, ClusterName: env.ClusterName(), AccountID: env.AccountID, Region: env.Region,
			NodeGroups: env.EKS.NodeGroups,
		})
	default:
		p.Karpenter, err = karpenter.NewAWS(in.Stack, "Karpenter", karpenter.AWSProps{
			Cluster: in.Cluster, ClusterName: env.ClusterName(), AccountID: env.AccountID, Region: env.Region,
		})
	}
	if err != nil {
		return err
	}
	if in.Kafka != nil {
		if p.KEDA, err = keda.NewAWS(keda.AWSProps{
			Cluster: in.Cluster, Name: name, AccountID: env.AccountID, Region: env.Region, KafkaClusterName: env.ResourcePrefix(),
		}); err != nil {
			return err
		}
	}
	in.Platform = p
	return nil
}
