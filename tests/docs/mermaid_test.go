package docs_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

var mermaidRE = regexp.MustCompile("(?ms)^[ \t]*```mermaid[ \t]*\n(.*?)^[ \t]*```[ \t]*$")

// diagramTypes are the Mermaid diagram declarations a block may start with.
var diagramTypes = []string{"flowchart", "graph", "sequenceDiagram", "classDiagram", "stateDiagram-v2",
	"stateDiagram", "erDiagram", "gantt", "pie", "journey", "gitGraph", "mindmap", "timeline",
	"quadrantChart", "C4Context", "C4Container", "C4Component", "C4Deployment", "block-beta",
	"architecture-beta", "sankey-beta", "xychart-beta", "requirementDiagram"}

// TestMermaidBlocksDeclareADiagram: every ```mermaid block in the docs has a
// body whose first statement (after comments and front matter) is a known
// diagram type.
func TestMermaidBlocksDeclareADiagram(t *testing.T) {
	total := 0
	for _, f := range markdownFiles(t) {
		for i, m := range mermaidRE.FindAllStringSubmatch(read(t, f), -1) {
			total++
			first := firstStatement(m[1])
			assert.NotEmpty(t, first, "%s: mermaid block %d is empty", f, i+1)
			if first == "" {
				continue
			}
			kind := strings.Fields(first)[0]
			assert.Contains(t, diagramTypes, kind, "%s: mermaid block %d starts with %q, not a diagram type", f, i+1, first)
			assert.Greater(t, len(strings.Split(strings.TrimSpace(m[1]), "\n")), 1, "%s: mermaid block %d declares a diagram and nothing else", f, i+1)
		}
	}
	assert.Greater(t, total, 0, "no mermaid block found in the docs")
}

// firstStatement skips blank lines, %% comments and a --- front-matter block.
func firstStatement(body string) string {
	lines := strings.Split(body, "\n")
	inFront := false
	for i, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case l == "---" && (i == 0 || inFront):
			inFront = !inFront
		case inFront, l == "", strings.HasPrefix(l, "%%"):
		default:
			return l
		}
	}
	return ""
}
