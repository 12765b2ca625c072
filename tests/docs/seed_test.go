package docs_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// chapter is where the docs answer one item of the requirement: a file and
// the heading (exact text, any level) it promises. An empty heading is
// allowed only for a pending file written elsewhere.
type chapter struct{ file, heading string }

// requirement maps every numbered section of the requirement (the seed the
// product is judged against) and every item of its "Expected Output" list
// to the chapters that answer it.
var requirement = []struct {
	item     string
	chapters []chapter
}{
	{"1. Architecture", []chapter{
		{"help/architecture.md", "Component architecture"},
		{"help/architecture.md", "Network architecture"},
		{"help/architecture.md", "Data flow between services over Kafka"},
		{"help/architecture.md", "Deployment workflow"},
		{"help/architecture.md", "CI/CD pipeline"},
		{"help/architecture.md", "Dev and prod: separate clusters or one shared cluster"},
		{"help/cicd.md", "GitOps with Argo CD: the comparison"},
	}},
	{"2. Infrastructure Components", []chapter{
		{"help/architecture.md", "Infrastructure components"},
		{"help/cluster.md", "Node groups"},
		{"help/network.md", "The subnet plan"},
		{"help/kafka.md", "MSK or Strimzi?"},
		{"help/bastion.md", "A shell on the bastion"},
		{"help/registry-and-identity.md", "GitHub OIDC (`constructs/identity`)"},
		{"help/data-protection.md", "Backups (AWS Backup)"},
	}},
	{"3. Security Model", []chapter{
		{"help/security.md", "Network security"},
		{"help/security.md", "IAM"},
		{"help/security.md", "Data security"},
		{"help/security.md", "Access control"},
	}},
	{"4. Application & Service Architecture", []chapter{
		{"help/services.md", "NestJS deployment patterns"},
		{"help/services.md", "Kafka producers and consumers"},
		{"help/services.md", "Ingress through the ALB"},
		{"help/services.md", "Request/response and event-driven interaction"},
		{"help/services.md", "Namespace and resource isolation"},
	}},
	{"5. Deployment & CI/CD", []chapter{
		{"help/cicd.md", "Build pipeline"},
		{"help/cicd.md", "Deployment pipeline"},
		{"help/cicd.md", "Release flows"},
		{"help/cicd.md", "Versioning strategy"},
		{"help/service-pipeline.md", "Rolling back"},
	}},
	{"6. Observability & Logging", []chapter{
		{"help/observability.md", "What is collected"},
		{"help/observability.md", "Where it is kept, and for how long"},
		{"help/observability.md", "What each dashboard answers"},
	}},
	{"7. Autoscaling", []chapter{
		{"help/scaling.md", "Pods: HPA and KEDA"},
		{"help/scaling.md", "Nodes: Karpenter or Cluster Autoscaler"},
		{"help/scaling.md", "Load tests and the scaling to expect"},
	}},
	{"8. Cost Analysis", []chapter{
		{"help/cost.md", "Monthly estimate"},
		{"help/cost.md", "Cost optimisation strategies"},
	}},
	{"9. Operations & Maintenance", []chapter{
		{"help/operations.md", "Monitoring procedures"},
		{"help/operations.md", "Backup strategy"},
		{"help/operations.md", "Maintenance schedule"},
		{"help/operations.md", "Security patching"},
		{"help/operations.md", "Terraform state management"},
		{"help/operations.md", "Log rotation and retention"},
		{"help/operations.md", "Support scripts"},
	}},
	{"10. Disaster Recovery", []chapter{
		{"help/disaster-recovery.md", "RTO and RPO per component"},
		{"help/disaster-recovery.md", "Rebuilding from Terraform"},
		{"help/disaster-recovery.md", "Restoring data"},
		{"help/disaster-recovery.md", "Multi-AZ and multi-region"},
	}},
	{"11. Scaling Strategy", []chapter{
		{"help/scaling.md", "Horizontal and vertical scaling"},
		{"help/scaling.md", "Scaling Kafka"},
		{"help/scaling.md", "Geographic expansion"},
	}},
	{"Expected output 1: full system blueprint", []chapter{{"help/README.md", "The blueprint"}}},
	{"Expected output 2: step-by-step guide", []chapter{
		{"help/guide.md", "Part 1: without an AWS account"},
		{"help/guide.md", "Part 2: with an AWS account"},
	}},
	{"Expected output 3: architecture diagrams", []chapter{{"help/architecture.md", "Component architecture"}}},
	{"Expected output 4: Terraform structure plan", []chapter{{"help/architecture.md", "Terraform structure: stacks, constructs, variables"}}},
	{"Expected output 5: CI/CD YAML examples", []chapter{{"help/cicd.md", "The workflow files"}}},
	{"Expected output 6: Kubernetes examples", []chapter{{"help/services.md", "Kubernetes examples"}}},
	{"Expected output 7: cost table and optimisation notes", []chapter{{"help/cost.md", "Monthly estimate"}}},
	{"Expected output 8: operational procedures and checklists", []chapter{
		{"help/operations.md", "Go-live checklist"},
		{"help/operations.md", "Incident checklist"},
	}},
}

var headingRE = regexp.MustCompile(`(?m)^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$`)

func headings(doc string) map[string]bool {
	hs := map[string]bool{}
	for _, m := range headingRE.FindAllStringSubmatch(prose(doc), -1) {
		hs[strings.TrimSpace(m[1])] = true
	}
	return hs
}

// TestEveryRequirementHasAChapter: each item of the requirement maps to
// files that exist and carry the promised heading.
func TestEveryRequirementHasAChapter(t *testing.T) {
	root := repoRoot(t)
	for _, r := range requirement {
		t.Run(r.item, func(t *testing.T) {
			assert.NotEmpty(t, r.chapters)
			for _, c := range r.chapters {
				if c.heading == "" {
					assert.True(t, pendingFiles[c.file], "%s: %s maps without a heading but is not pending", r.item, c.file)
					assert.True(t, exists(root, c.file), "%s: %s", r.item, c.file)
					continue
				}
				if !assert.True(t, exists(root, c.file), "%s: chapter %s does not exist", r.item, c.file) || pendingFiles[c.file] {
					continue
				}
				assert.True(t, headings(read(t, c.file))[c.heading], "%s: %s has no heading %q", r.item, c.file, c.heading)
			}
		})
	}
}

// TestBlueprintIndexLinksEveryChapter: help/README.md links every chapter
// the requirement maps to, so the blueprint's table of contents is complete.
func TestBlueprintIndexLinksEveryChapter(t *testing.T) {
	index := read(t, "help/README.md")
	for _, r := range requirement {
		for _, c := range r.chapters {
			if c.file == "help/README.md" {
				continue
			}
			link := fmt.Sprintf("(%s", strings.TrimPrefix(c.file, "help/"))
			assert.True(t, strings.Contains(index, link), "help/README.md does not link %s (for %s)", c.file, r.item)
		}
	}
}
