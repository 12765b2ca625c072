package eks_test

import (
	"log"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/constructs/eks"
	"github.com/keelson-dev/keelson/constructs/kmskey"
	"github.com/keelson-dev/keelson/constructs/network"
)

// A cluster in a network of its own, from another repository. Every New
// validates its props first and returns an error naming the field.
// (Compiled, not run: running it would start the jsii runtime.)
func ExampleNew() {
	app := cdktf.NewApp(nil)
	stack := cdktf.NewTerraformStack(app, jsii.String("acme-prod"))
	env := config.Prod()

	logsKey, err := kmskey.New(stack, "LogsKey", kmskey.Props{
		Alias: "alias/acme-logs", Description: "log groups", AccountID: env.AccountID, Region: env.Region,
		AllowCloudWatchLogs: true,
	})
	if err != nil {
		log.Fatal(err)
	}
	plan, err := env.Plan()
	if err != nil {
		log.Fatal(err)
	}
	net, err := network.New(stack, "Network", network.Props{
		Name: "acme-prod", Region: env.Region, AccountID: env.AccountID, Plan: plan, ClusterName: "acme-prod",
		NATMode: config.NATPerAZ, FlowLogs: true, LogRetentionDays: 90, LogsKeyARN: logsKey.ARN(),
	})
	if err != nil {
		log.Fatal(err)
	}
	cluster, err := eks.New(stack, "Cluster", eks.Props{
		Name: "acme-prod", Version: env.EKS.Version, Addons: config.KubernetesVersions[env.EKS.Version].Addons,
		Network: net, AccountID: env.AccountID, Region: env.Region,
		LogRetentionDays: 90, LogsKeyARN: logsKey.ARN(), DeletionProtection: true,
		NodeGroups: env.EKS.NodeGroups,
	})
	if err != nil {
		log.Fatal(err)
	}
	cluster.GrantAdmin("arn:aws:iam::111122223333:role/platform-admins")

	// A role only the orders service account in namespace shop can assume.
	if _, err := cluster.NewIRSARole("OrdersRole", eks.IRSARoleProps{
		Name: "acme-prod-orders", Description: "orders service", Namespace: "shop", ServiceAccount: "orders",
		PolicyJSON: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sqs:SendMessage"],"Resource":["arn:aws:sqs:us-east-1:111122223333:orders"]}]}`,
	}); err != nil {
		log.Fatal(err)
	}
	app.Synth()
}
