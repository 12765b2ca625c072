package docgen

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/cost"
)

func TestApplyReplacesOnlyBetweenMarkers(t *testing.T) {
	doc := "intro\n<!-- generated:a -->\nold\n<!-- /generated:a -->\noutro\n"
	got, err := Apply(doc, map[string]string{"a": "new\n"})
	require.NoError(t, err)
	assert.Equal(t, "intro\n<!-- generated:a -->\nnew\n<!-- /generated:a -->\noutro\n", got)
}

func TestApplyRefusesUnknownAndMismatchedSections(t *testing.T) {
	_, err := Apply("<!-- generated:nope -->\nx\n<!-- /generated:nope -->", map[string]string{})
	assert.ErrorContains(t, err, `unknown generated section "nope"`)
	_, err = Apply("<!-- generated:a -->\nx\n<!-- /generated:b -->", map[string]string{"a": "y"})
	assert.ErrorContains(t, err, `section "a" closed as "b"`)
}

// The numbers in the tables are the config's: change the config and the
// table changes.
func TestSectionsFollowConfig(t *testing.T) {
	dev := config.Dev()
	before, err := Sections([]config.Environment{dev}, cost.USEast1)
	require.NoError(t, err)
	assert.Contains(t, before["network-summary"], "1 ($36.50/month before traffic)", "one NAT: (0.045+0.005)×730")

	dev.Network.NATMode = config.NATPerAZ
	dev.Network.InterfaceEndpoints = []string{"sts", "ecr.api"}
	after, err := Sections([]config.Environment{dev}, cost.USEast1)
	require.NoError(t, err)
	assert.Contains(t, after["network-summary"], "3 ($109.50/month before traffic)")
	assert.Contains(t, after["network-summary"], "$43.80/month before traffic", "2 endpoints × 3 AZs × $0.01 × 730")
	assert.Contains(t, after["subnet-plan-dev"], "`10.10.0.0/19`")
}
