package eks

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// GrantAdminAfter is GrantAdmin for a principal created in the same apply
// (the bastion's role): EKS refuses an access entry for a role that does
// not exist yet, so the entry waits for deps. principalARN must be
// literal text (built from the role's name), not a reference, because the
// entry's construct ID derives from it.
func (k *EksCluster) GrantAdminAfter(principalARN string, deps ...cdktf.TerraformResource) {
	k.GrantAdmin(principalARN)
	sum := sha256.Sum256([]byte(principalARN))
	child := k.Node().TryFindChild(jsii.String("AdminAccessEntry" + hex.EncodeToString(sum[:4])))
	entry, ok := child.(cdktf.TerraformResource)
	if !ok {
		return
	}
	fqns := make([]*string, 0, len(deps))
	for _, d := range deps {
		// The address as text: Fqn() would be written as an interpolation.
		fqns = append(fqns, jsii.String(*d.TerraformResourceType()+"."+*cdktf.TerraformStack_Of(d).GetLogicalId(d)))
	}
	entry.AddOverride(jsii.String("depends_on"), &fqns)
}
