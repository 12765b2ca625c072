// Package bindings_test checks the provider bindings under generated/ without loading them:
// the files are parsed, never imported, so no jsii kernel (Node.js process) is started.
//
// Always: no nested go.mod, imports stay inside Keelson's generated/ tree or the modules Keelson
// already requires (jsii-runtime-go, cdktf, constructs), and every kubernetes package listed in
// scripts/bindings/kubernetes-packages.txt is present.
//
// With CI=true or KEELSON_CHECK_BINDINGS=1: regenerate the bindings (scripts/bindings/generate.sh
// --check, about a minute, needs Node.js and npm) and fail if generated/ has drifted.
package bindings_test

import (
	"bufio"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const module = "github.com/keelson-dev/keelson"

// allowedExternal are the modules generated code may import besides the standard library and
// generated/ itself; each is required by Keelson's go.mod.
var allowedExternal = []string{
	"github.com/aws/jsii-runtime-go",
	"github.com/hashicorp/terraform-cdk-go/cdktf",
	"github.com/aws/constructs-go/constructs/v10",
}

// repoRoot is the directory holding Keelson's go.mod, two levels above this package.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	require.NoError(t, err, "tests/bindings expects the repository root two levels up")
	require.Contains(t, string(gomod), "module "+module+"\n", "go.mod at %s is not Keelson's", root)
	return root
}

func generatedDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "generated")
	info, err := os.Stat(dir)
	require.NoError(t, err, "generated/ is missing: run `make bindings`")
	require.True(t, info.IsDir(), "generated is not a directory")
	return dir
}

func TestGeneratedHasNoNestedModules(t *testing.T) {
	dir := generatedDir(t)
	var nested []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch d.Name() {
		case "go.mod", "go.sum", "go.work":
			rel, _ := filepath.Rel(dir, path)
			nested = append(nested, filepath.Join("generated", rel))
		}
		return nil
	})
	require.NoError(t, err)
	assert.Empty(t, nested, "generated/ must not hold module files: importers of Keelson get the "+
		"bindings through Keelson's own go.mod (generate.sh deletes pacmak's go.mod; rerun `make bindings`)")
}

func TestGeneratedImportsStayInsideAllowedModules(t *testing.T) {
	dir := generatedDir(t)
	fset := token.NewFileSet()
	var problems []string
	packages := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		if strings.HasSuffix(path, "/main.go") {
			packages++
		}
		rel, _ := filepath.Rel(filepath.Dir(dir), path)
		file, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			problems = append(problems, rel+": "+err.Error())
			return nil
		}
		for _, spec := range file.Imports {
			imp, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				problems = append(problems, rel+": bad import "+spec.Path.Value)
				continue
			}
			if problem := checkImport(dir, imp); problem != "" {
				problems = append(problems, rel+": "+problem)
			}
		}
		return nil
	})
	require.NoError(t, err)
	require.NotZero(t, packages, "no generated packages found under generated/: run `make bindings`")
	sort.Strings(problems)
	assert.Empty(t, problems, "%d import problem(s) in generated/; allowed: the standard library, %s/generated/..., %s",
		len(problems), module, strings.Join(allowedExternal, ", "))
}

// checkImport returns "" when imp is allowed in generated code, or what is wrong with it.
func checkImport(generated, imp string) string {
	first, _, _ := strings.Cut(imp, "/")
	if !strings.Contains(first, ".") {
		return "" // standard library
	}
	if rest, ok := strings.CutPrefix(imp, module+"/generated/"); ok {
		if info, err := os.Stat(filepath.Join(generated, filepath.FromSlash(rest))); err != nil || !info.IsDir() {
			return "imports " + imp + ", which is not in generated/ (kept packages come from " +
				"scripts/bindings/kubernetes-packages.txt; rerun `make bindings`)"
		}
		return ""
	}
	for _, mod := range allowedExternal {
		if imp == mod || strings.HasPrefix(imp, mod+"/") {
			return ""
		}
	}
	if strings.HasPrefix(imp, "github.com/cdktf/") {
		return "imports " + imp + ": an upstream path generate.sh should have rewritten to " + module + "/generated/..."
	}
	return "imports " + imp + ", outside Keelson's generated/ and the allowed modules"
}

var packageName = regexp.MustCompile(`^[a-z0-9]+$`)

func TestListedKubernetesPackagesArePresent(t *testing.T) {
	root := repoRoot(t)
	list, err := os.Open(filepath.Join(root, "scripts", "bindings", "kubernetes-packages.txt"))
	require.NoError(t, err)
	defer list.Close()

	var listed, missing []string
	scanner := bufio.NewScanner(list)
	for scanner.Scan() {
		name, _, _ := strings.Cut(scanner.Text(), "#")
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		require.Regexp(t, packageName, name, "kubernetes-packages.txt: %q is not a package name", name)
		listed = append(listed, name)
		if _, err := os.Stat(filepath.Join(root, "generated", "kubernetes", name, "main.go")); err != nil {
			missing = append(missing, name)
		}
	}
	require.NoError(t, scanner.Err())
	require.NotEmpty(t, listed, "kubernetes-packages.txt lists no packages")
	assert.True(t, slices.Contains(listed, "provider"), "kubernetes-packages.txt must keep the provider package")
	assert.Empty(t, missing, "listed in scripts/bindings/kubernetes-packages.txt but not in generated/kubernetes/: "+
		"run `make bindings` and commit generated/")
}

// TestGeneratedMatchesGenerator regenerates the bindings and fails on any difference. It needs
// Node.js, npm (and the npm registry on a cold tool cache) and about a minute, so it runs only in
// CI or when asked.
func TestGeneratedMatchesGenerator(t *testing.T) {
	if os.Getenv("CI") != "true" && os.Getenv("KEELSON_CHECK_BINDINGS") != "1" {
		t.Skip("\n" +
			"  *** SKIPPED: generated/ was NOT compared with a fresh generation. ***\n" +
			"  Run it with:  KEELSON_CHECK_BINDINGS=1 go test ./tests/bindings/ -run TestGeneratedMatchesGenerator -v\n" +
			"  or:           make bindings-check\n" +
			"  (it runs by itself when CI=true; needs Node.js 20+ and npm, about a minute)")
	}
	root := repoRoot(t)
	cmd := exec.CommandContext(t.Context(), filepath.Join(root, "scripts", "bindings", "generate.sh"), "--check")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	t.Logf("generate.sh --check:\n%s", out)
	require.NoError(t, err, "generated/ differs from what scripts/bindings/generate.sh produces (output above); "+
		"run `make bindings` and commit generated/")
}

func TestCheckImport(t *testing.T) {
	generated := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(generated, "helm", "release", "internal"), 0o755))

	tests := []struct {
		imp  string
		want string // substring of the problem; "" means allowed
	}{
		{imp: "reflect"},
		{imp: "github.com/aws/jsii-runtime-go/runtime"},
		{imp: "github.com/hashicorp/terraform-cdk-go/cdktf"},
		{imp: "github.com/aws/constructs-go/constructs/v10/jsii"},
		{imp: module + "/generated/helm/release/internal"},
		{imp: module + "/generated/kubernetes/podv1", want: "not in generated/"},
		{imp: "github.com/cdktf/cdktf-provider-helm-go/helm/v12/jsii", want: "should have rewritten"},
		{imp: "github.com/aws/jsii-runtime-go-fork", want: "outside Keelson's generated/"},
		{imp: module + "/constructs/eks", want: "outside Keelson's generated/"},
	}
	for _, tt := range tests {
		t.Run(tt.imp, func(t *testing.T) {
			got := checkImport(generated, tt.imp)
			if tt.want == "" {
				assert.Empty(t, got)
			} else {
				assert.Contains(t, got, tt.want)
			}
		})
	}
}
