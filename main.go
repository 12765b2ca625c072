// Command keelson synthesizes the Keelson platform: every stack of every
// environment in config.Presets, into cdktf.out/stacks/. `cdktf synth`,
// `cdktf diff <stack>` and `cdktf deploy <stack>` run it through cdktf.json.
//
//	keelson [synth]        synthesize every stack (the default)
//	keelson cost           monthly estimate per environment, from a synth
//	keelson docs [--check] rewrite (or check) the generated parts of help/
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/cost"
	"github.com/keelson-dev/keelson/internal/docgen"
	"github.com/keelson-dev/keelson/internal/synthout"
	"github.com/keelson-dev/keelson/stacks"
)

// The jsii runtime starts in the cdktf package's init, before main, so the
// Node end-of-life banner can only be silenced from outside the process:
// the Makefile and cdktf.json set JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION.
func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

const usage = `usage: keelson [synth | cost | docs [--check]]

  synth   synthesize every stack into cdktf.out/stacks/ (the default)
  cost    print each environment's monthly estimate, computed from a synth
  docs    rewrite the generated tables and diagrams in help/ (--check: only report stale files)`

func run(args []string, stdout, stderr io.Writer) (code int) {
	cmd := "synth"
	if len(args) > 0 {
		cmd = args[0]
	}
	defer func() {
		// The jsii runtime reports its errors by panicking; turn one into
		// a single line rather than a Go stack trace.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "keelson: %s failed: %v\n", cmd, r)
			code = 2
		}
	}()
	envs := config.Presets()
	switch {
	case cmd == "synth" && len(args) <= 1:
		return synth(envs, stdout, stderr)
	case cmd == "cost" && len(args) == 1:
		return costCmd(envs, stdout, stderr)
	case cmd == "docs" && (len(args) == 1 || len(args) == 2 && args[1] == "--check"):
		return docs(envs, len(args) == 2, stdout, stderr)
	case cmd == "-h" || cmd == "-help" || cmd == "--help" || cmd == "help":
		fmt.Fprintln(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "keelson: unknown command %q\n%s\n", strings.Join(args, " "), usage)
		return 2
	}
}

// synth validates first, so a configuration mistake is a list of problems
// and exit 1, never a jsii panic.
func synth(envs []config.Environment, stdout, stderr io.Writer) int {
	outdir, err := synthesize(envs, "")
	if err != nil {
		return report(stderr, err)
	}
	fmt.Fprintf(stdout, "keelson: synthesized %d environments into %s/stacks\n", len(envs), outdir)
	return 0
}

// synthesize validates envs and synthesizes every stack into outdir ("":
// cdktf's default, cdktf.out or what cdktf-cli passes in).
func synthesize(envs []config.Environment, outdir string) (string, error) {
	if err := config.ValidateAll(envs); err != nil {
		return "", err
	}
	cfg := &cdktf.AppConfig{}
	if outdir != "" {
		cfg.Outdir = jsii.String(outdir)
	}
	app := cdktf.NewApp(cfg)
	if err := stacks.Build(app, envs); err != nil {
		return "", err
	}
	app.Synth()
	return *app.Outdir(), nil
}

// synthesizeTemp synthesizes into a temporary directory and loads it.
func synthesizeTemp(envs []config.Environment) ([]synthout.Stack, error) {
	dir, err := os.MkdirTemp("", "keelson-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if _, err := synthesize(envs, dir); err != nil {
		return nil, err
	}
	return synthout.Load(dir)
}

func costCmd(envs []config.Environment, stdout, stderr io.Writer) int {
	stacksOut, err := synthesizeTemp(envs)
	if err != nil {
		return report(stderr, err)
	}
	estimates, err := cost.EstimateAll(envs, stacksOut, cost.USEast1)
	if err != nil {
		return report(stderr, err)
	}
	fmt.Fprint(stdout, cost.Text(estimates))
	fmt.Fprintf(stdout, "Prices: %s as of %s; usage assumptions in cost/assumptions.go.\n", cost.USEast1.Region, cost.USEast1.AsOf)
	return 0
}

// docs rewrites (or, with check, verifies) the generated sections of help/.
func docs(envs []config.Environment, check bool, stdout, stderr io.Writer) int {
	stacksOut, err := synthesizeTemp(envs)
	if err != nil {
		return report(stderr, err)
	}
	sections, err := docgen.AllSections(envs, stacksOut, cost.USEast1)
	if err != nil {
		return report(stderr, err)
	}
	changed, err := docgen.Update("help", sections, check)
	if err != nil {
		return report(stderr, err)
	}
	for _, path := range changed {
		if check {
			fmt.Fprintf(stderr, "keelson: %s is stale; run `make docs`\n", path)
		} else {
			fmt.Fprintf(stdout, "keelson: updated %s\n", path)
		}
	}
	if check && len(changed) > 0 {
		return 1
	}
	return 0
}

// report prints a configuration's problems one per line, or any other
// error on one line, and returns exit code 1.
func report(w io.Writer, err error) int {
	var ps config.Problems
	if errors.As(err, &ps) {
		fmt.Fprintf(w, "keelson: %d configuration problem(s):\n", len(ps))
		for _, p := range ps {
			fmt.Fprintf(w, "  %s\n", p.Error())
		}
		return 1
	}
	fmt.Fprintf(w, "keelson: %v\n", err)
	return 1
}
