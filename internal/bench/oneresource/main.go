// Command oneresource is the floor `make bench` compares Keelson's synth
// against: a CDKTF app with the AWS provider and a single resource. The
// jsii runtime loading the AWS bindings is most of its cost; whatever the
// full synth takes beyond it is Keelson's own.
package main

import (
	"os"

	"github.com/aws/jsii-runtime-go"
	awsprovider "github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpc"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

func main() {
	out := "cdktf.out"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(out)})
	stack := cdktf.NewTerraformStack(app, jsii.String("one"))
	awsprovider.NewAwsProvider(stack, jsii.String("aws"), &awsprovider.AwsProviderConfig{Region: jsii.String("us-east-1")})
	vpc.NewVpc(stack, jsii.String("Vpc"), &vpc.VpcConfig{CidrBlock: jsii.String("10.0.0.0/16")})
	app.Synth()
}
