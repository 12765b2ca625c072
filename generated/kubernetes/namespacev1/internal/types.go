package internal
import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)
type Type__cdktfTerraformResource = cdktf.TerraformResource
type Type__cdktfComplexObject = cdktf.ComplexObject
