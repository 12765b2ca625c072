package internal
import (
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)
type Type__cdktfTerraformProvider = cdktf.TerraformProvider
