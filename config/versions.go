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

// DefaultKubernetesVersion is the version the presets use.
const DefaultKubernetesVersion = "1.33"

// KubernetesVersions are the EKS versions Keelson supports. A version not
// here is refused by Validate: its add-on versions are unknown.
var KubernetesVersions = map[string]KubernetesVersion{
	"1.32": {
		EndOfStandardSupport: "2026-03-23",
		Addons: AddonVersions{
			VPCCNI:    "v1.19.5-eksbuild.1",
			CoreDNS:   "v1.11.4-eksbuild.14",
			KubeProxy: "v1.32.3-eksbuild.7",
			EBSCSI:    "v1.44.0-eksbuild.1",
		},
	},
	"1.33": {
		EndOfStandardSupport: "2026-07-29",
		Addons: AddonVersions{
			VPCCNI:    "v1.19.5-eksbuild.1",
			CoreDNS:   "v1.12.1-eksbuild.2",
			KubeProxy: "v1.33.0-eksbuild.2",
			EBSCSI:    "v1.44.0-eksbuild.1",
		},
	},
}
