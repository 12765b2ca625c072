package tests

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/keelson-dev/keelson/cost"
	"github.com/keelson-dev/keelson/internal/docgen"
	"github.com/keelson-dev/keelson/internal/synthout"
)

// TestGeneratedDocsAreFresh fails when a table, diagram or the cost
// estimate in help/ no longer matches the code. Fix: `make docs`.
func TestGeneratedDocsAreFresh(t *testing.T) {
	s := synthesized(t)
	stacks, err := synthout.Load(s.Dir)
	require.NoError(t, err)
	sections, err := docgen.AllSections(s.Envs, stacks, cost.USEast1)
	require.NoError(t, err)
	stale, err := docgen.Update("../help", sections, true)
	require.NoError(t, err)
	assert.Empty(t, stale, "generated sections are stale; run `make docs` and commit the result")
}
