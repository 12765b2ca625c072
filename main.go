// Command keelson synthesizes the Keelson platform: every stack of every
// environment in config.Presets, into cdktf.out/stacks/. `cdktf synth`,
// `cdktf diff <stack>` and `cdktf deploy <stack>` run it through cdk.tf.json.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/config"
	"github.com/keelson-dev/keelson/cost"
	"github.com/keelson-dev/keelson/internal/docgen"
	"github.com/keelson-dev/keelson/stacks"
)

// The jsii runtime starts in the cdktf package's init, before main, so the
// Node end-of-life banner can only be silenced from outside the process:
// the Makefile and cdktf.json set JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION.
func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

const usage = `usage: keelson [synth | docs [--check]]

  synth   synthesize every stack into cdktf.out/stacks/ (the default)
  docs    rewrite the generated tables in help/ from the code (--check: only report stale files)`

func run(args []string, stdout, stderr io.Writer) (code int) {
	cmd := "synth"
	if len(args) > 0 {
		cmd = args[0]
	}
	switch cmd {
	case "synth":
		return synth(config.Presets(), stdout, stderr)
	case "docs":
		check := len(args) > 1 && args[1] == "--check"
		return docs(config.Presets(), check, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "keelson: unknown command %q\n%s\n", cmd, usage)
		return 2
	}
}

// synth validates first, so a configuration mistake is a list of problems
// and exit 1, never a jsii panic.
func synth(envs []config.Environment, stdout, stderr io.Writer) (code int) {
	if err := config.ValidateAll(envs); err != nil {
		return report(stderr, "configuration", err)
	}
	defer func() {
		// The jsii runtime reports its errors by panicking; turn one into
		// a single line rather than a Go stack trace.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "keelson: synth failed: %v\n", r)
			code = 2
		}
	}()
	app := cdktf.NewApp(nil)
	if err := stacks.Build(app, envs); err != nil {
		return report(stderr, "construct", err)
	}
	app.Synth()
	fmt.Fprintf(stdout, "keelson: synthesized %d environments into %s/stacks\n", len(envs), *app.Outdir())
	return 0
}

// docs rewrites (or, with check, verifies) the generated sections of help/.
func docs(envs []config.Environment, check bool, stdout, stderr io.Writer) int {
	if err := config.ValidateAll(envs); err != nil {
		return report(stderr, "configuration", err)
	}
	sections, err := docgen.Sections(envs, cost.USEast1)
	if err != nil {
		return report(stderr, "docs", err)
	}
	changed, err := docgen.Update("help", sections, check)
	if err != nil {
		return report(stderr, "docs", err)
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

// report prints every problem on its own line and returns exit code 1.
func report(w io.Writer, kind string, err error) int {
	var ps config.Problems
	if errors.As(err, &ps) {
		fmt.Fprintf(w, "keelson: %d %s problem(s):\n", len(ps), kind)
		for _, p := range ps {
			fmt.Fprintf(w, "  %s\n", p.Error())
		}
		return 1
	}
	fmt.Fprintf(w, "keelson: %s error:\n  %v\n", kind, err)
	return 1
}
