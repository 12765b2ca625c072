package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/keelson-dev/keelson/config"
)

// A bad configuration is a list of problems, one per line, and exit 1:
// never a jsii panic or a Go stack trace.
func TestSynthRefusesBadConfigWithOneLinePerProblem(t *testing.T) {
	prod := config.Prod()
	prod.Network.CIDR = "10.0.0.0/33"
	prod.EKS.NodeGroups[1].InstanceTypes = []string{"m5.large"}
	var out, errb bytes.Buffer
	code := synth([]config.Environment{config.Dev(), prod}, &out, &errb)

	assert.Equal(t, 1, code, "exit code")
	lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
	assert.Equal(t, "keelson: 2 configuration problem(s):", lines[0])
	assert.Contains(t, errb.String(), `  prod.network.cidr "10.0.0.0/33": not a valid IPv4 CIDR`)
	assert.Contains(t, errb.String(), `  prod.eks.nodeGroups[1].instanceTypes "[m5.large]": a spot group needs at least 4 instance types`)
	assert.Len(t, lines, 3, "one line per problem:\n%s", errb.String())
	assert.NotContains(t, errb.String(), "goroutine", "no stack trace")
	assert.Empty(t, out.String(), "nothing synthesized")
}

func TestUnknownCommand(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"deploy"}, &out, &errb))
	assert.Contains(t, errb.String(), `keelson: unknown command "deploy"`)
}
