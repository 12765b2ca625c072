package config

// AddonVersions pins the EKS managed add-ons for one Kubernetes version.
// Versions come from `aws eks describe-addon-versions --kubernetes-version
// <v>`; update this table (and its test) when you move a cluster up.
type AddonVersions struct {
	VPCCNI    string
	CoreDNS   string
	KubeProxy string
	EBSCSI    string
}

// KubernetesVersion is an EKS version Keelson knows, with the date its
// standard support ends (after which AWS charges extended-support rates,
// six times the control-plane price).
type KubernetesVersion struct {
	Addons AddonVersions
	// EndOfStandardSupport is "YYYY-MM-DD".
	EndOfStandardSupport string
}

// DefaultKubernetesVersion is the version the presets use: the newest one
// whose add-on builds Keelson has pinned.
const DefaultKubernetesVersion = "1.35"

// KubernetesVersions are the EKS versions Keelson supports. A version not
// here is refused by Validate: its add-on versions are unknown. Each set of
// pins was seen together in public Terraform pinning that cluster version;
// check them with `aws eks describe-addon-versions --kubernetes-version <v>`
// before you upgrade. End-of-standard-support dates are 14 months after the
// EKS release; 1.35's is estimated from its early-2026 release.
var KubernetesVersions = map[string]KubernetesVersion{
	"1.33": {
		EndOfStandardSupport: "2026-07-29",
		Addons: AddonVersions{
			VPCCNI:    "v1.20.5-eksbuild.1",
			CoreDNS:   "v1.12.4-eksbuild.1",
			KubeProxy: "v1.33.5-eksbuild.2",
			EBSCSI:    "v1.53.0-eksbuild.1",
		},
	},
	"1.34": {
		EndOfStandardSupport: "2026-12-02",
		Addons: AddonVersions{
			VPCCNI:    "v1.20.4-eksbuild.2",
			CoreDNS:   "v1.12.3-eksbuild.1",
			KubeProxy: "v1.34.0-eksbuild.2",
			EBSCSI:    "v1.53.0-eksbuild.1",
		},
	},
	"1.35": {
		EndOfStandardSupport: "2027-03-31",
		Addons: AddonVersions{
			VPCCNI:    "v1.21.1-eksbuild.3",
			CoreDNS:   "v1.13.2-eksbuild.1",
			KubeProxy: "v1.35.0-eksbuild.2",
			EBSCSI:    "v1.53.0-eksbuild.1",
		},
	},
}
