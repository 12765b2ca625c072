// Package helmrelease creates helm_release resources with Keelson's
// defaults: pinned version, own namespace, atomic (a failed upgrade rolls
// back), wait, cleanup on fail, a timeout and bounded history. Values are
// Go values encoded as JSON, which Helm reads as YAML.
package helmrelease

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/charts"
	"github.com/keelson-dev/keelson/generated/helm/release"
)

// Spec is one release.
type Spec struct {
	// Name of the release. Required.
	Name string
	// Namespace the release installs into (created if missing). Required.
	Namespace string
	// Repository, Chart and Version pin a published chart. Version is
	// required with Repository.
	Repository, Chart, Version string
	// LocalChart names an in-repo chart under charts/ instead; it is
	// copied into the stack's assets at synth.
	LocalChart string
	// Values are encoded as JSON (valid YAML). Default: none.
	Values any
	// Raw replaces string values of Values, after JSON encoding, with raw
	// Terraform expressions: key is the placeholder string, value the
	// expression (e.g. a jsonencode() token yielding a list). Default: none.
	Raw map[string]string
	// Timeout of install and upgrade. Default: 10 minutes.
	Timeout time.Duration
	// DependsOn orders the release after other resources.
	DependsOn []cdktf.ITerraformDependable
}

// New creates the release under scope with construct id.
func New(scope constructs.Construct, id string, s Spec) (release.Release, error) {
	var errs []error
	if s.Name == "" || s.Namespace == "" {
		errs = append(errs, fmt.Errorf("helmrelease %s: Name and Namespace are required", id))
	}
	switch {
	case s.LocalChart == "" && (s.Repository == "" || s.Chart == "" || s.Version == ""):
		errs = append(errs, fmt.Errorf("helmrelease %s: Repository, Chart and Version pin a chart (or set LocalChart)", id))
	case s.LocalChart != "" && s.Repository != "":
		errs = append(errs, fmt.Errorf("helmrelease %s: set LocalChart or Repository, not both", id))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if s.Timeout == 0 {
		s.Timeout = 10 * time.Minute
	}
	cfg := &release.ReleaseConfig{
		Name:            jsii.String(s.Name),
		Namespace:       jsii.String(s.Namespace),
		CreateNamespace: jsii.Bool(true),
		Atomic:          jsii.Bool(true),
		Wait:            jsii.Bool(true),
		CleanupOnFail:   jsii.Bool(true),
		Timeout:         jsii.Number(s.Timeout.Seconds()),
		MaxHistory:      jsii.Number(10),
	}
	if s.LocalChart != "" {
		tmp, err := os.MkdirTemp("", "keelson-chart-")
		if err != nil {
			return nil, err
		}
		dir, err := charts.Materialize(s.LocalChart, tmp)
		if err != nil {
			return nil, fmt.Errorf("helmrelease %s: %w", id, err)
		}
		asset := cdktf.NewTerraformAsset(scope, jsii.String(id+"Chart"), &cdktf.TerraformAssetConfig{
			Path: jsii.String(dir), Type: cdktf.AssetType_DIRECTORY,
		})
		cfg.Chart = jsii.String("./" + *asset.Path())
	} else {
		cfg.Repository = jsii.String(s.Repository)
		cfg.Chart = jsii.String(s.Chart)
		cfg.Version = jsii.String(s.Version)
	}
	if s.Values != nil {
		raw, err := json.Marshal(s.Values)
		if err != nil {
			return nil, fmt.Errorf("helmrelease %s: values: %w", id, err)
		}
		values := string(raw)
		for placeholder, expr := range s.Raw {
			quoted, _ := json.Marshal(placeholder)
			if !strings.Contains(values, string(quoted)) {
				return nil, fmt.Errorf("helmrelease %s: Raw placeholder %q is not in the values", id, placeholder)
			}
			values = strings.ReplaceAll(values, string(quoted), expr)
		}
		cfg.Values = jsii.Strings(values)
	}
	if len(s.DependsOn) > 0 {
		deps := append([]cdktf.ITerraformDependable(nil), s.DependsOn...)
		cfg.DependsOn = &deps
	}
	return release.NewRelease(scope, jsii.String(id), cfg), nil
}
