package eks

import (
	"errors"
	"fmt"

	"github.com/keelson-dev/keelson/config"
)

func (p Props) validate() error {
	var errs []error
	if p.Name == "" {
		errs = append(errs, errors.New("eks: Name is required"))
	}
	if p.Network == nil {
		errs = append(errs, errors.New("eks: Network is required (a *network.NetworkTier)"))
	}
	if p.AccountID == "" || p.Region == "" {
		errs = append(errs, errors.New("eks: AccountID and Region are required"))
	}
	if p.Addons.VPCCNI == "" || p.Addons.CoreDNS == "" || p.Addons.KubeProxy == "" || p.Addons.EBSCSI == "" {
		errs = append(errs, fmt.Errorf("eks: Addons must pin all four add-ons for version %q (use config.KubernetesVersions)", p.Version))
	}
	if p.LogRetentionDays <= 0 {
		errs = append(errs, fmt.Errorf("eks: LogRetentionDays (%d) is required", p.LogRetentionDays))
	}
	if p.LogsKeyARN == "" {
		errs = append(errs, errors.New("eks: LogsKeyARN is required: control-plane logs are encrypted"))
	}
	// The rest are config's own rules, so a construct used from another
	// repo refuses exactly what an Environment would.
	k := config.EKS{
		Version: p.Version, PublicEndpoint: p.PublicEndpoint, PublicAccessCIDRs: p.PublicAccessCIDRs,
		ServiceCIDR: p.ServiceCIDR, AdminPrincipalARNs: p.AdminPrincipalARNs, NodeGroups: p.NodeGroups,
		DeletionProtection: p.DeletionProtection,
	}
	if err := k.Validate(false); err != nil {
		for _, prob := range err.(config.Problems) {
			errs = append(errs, fmt.Errorf("eks: %w", prob))
		}
	}
	return errors.Join(errs...)
}
