// Command keelson-plan-comment renders Terraform plans of Keelson's stacks
// as the pull-request comment the preview workflow posts, and tells that
// workflow which stacks a change touches.
//
// Render (the default command):
//
//	keelson-plan-comment --plan dev-infra=dev-infra.json --plan-text dev-infra=dev-infra.txt \
//	    --failed dev-platform=dev-platform.log --run-url "$RUN_URL" --out comment.md
//
// Stacks appear in the comment in the order their --plan and --failed flags
// are given: give them in dependency order.
//
// Touched stacks (one per line on stdout, the reasons on stderr):
//
//	keelson-plan-comment changed --base base/cdktf.out/stacks --head cdktf.out/stacks \
//	    bootstrap dev-infra dev-platform prod-infra prod-platform
//
// Errors are one line naming the flag or file and the reason; the exit
// code is 1 for bad input and 2 for bad usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/keelson-dev/keelson/internal/plancomment"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

const prog = "keelson-plan-comment"

// usageError is bad usage (exit 2) rather than bad input (exit 1).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdout, stderr io.Writer) int {
	var err error
	if len(args) > 0 && args[0] == "changed" {
		err = runChanged(args[1:], stdout, stderr)
	} else {
		err = runRender(args, stdout)
	}
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintf(stderr, "%s: %s\n", prog, oneLine(err.Error()))
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

// input is one --plan or --failed flag, kept in command-line order.
type input struct {
	flag, stack, path string
}

// stackFlag collects stack=path values of one flag into a list shared by
// --plan and --failed, so their relative order is kept.
type stackFlag struct {
	name string
	list *[]input
}

func (f stackFlag) String() string { return "" }

func (f stackFlag) Set(v string) error {
	stack, path, ok := strings.Cut(v, "=")
	if !ok || stack == "" || path == "" {
		return fmt.Errorf("want stack=path, got %q", v)
	}
	if err := plancomment.CheckStackName(stack); err != nil {
		return err
	}
	*f.list = append(*f.list, input{flag: "--" + f.name, stack: stack, path: path})
	return nil
}

func runRender(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet(prog, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var order, texts []input
	fs.Var(stackFlag{"plan", &order}, "plan", "stack=path of `terraform show -json` output; repeat, in dependency order")
	fs.Var(stackFlag{"failed", &order}, "failed", "stack=path of the log of a stack that could not be planned; repeat")
	fs.Var(stackFlag{"plan-text", &texts}, "plan-text", "stack=path of `terraform show -no-color` output; repeat")
	out := fs.String("out", "", "write the comment to this file (default: stdout)")
	runURL := fs.String("run-url", "", "URL of the workflow run whose artifacts hold the full plans")
	title := fs.String("title", "", `comment heading (default "Infrastructure plan")`)
	limit := fs.Int("limit", plancomment.GitHubCommentLimit, "largest comment in bytes")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fmt.Fprintf(stdout, "usage: %s [flags]\n       %s changed --base DIR --head DIR STACK...\n", prog, prog)
			fs.PrintDefaults()
			return err
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q (flags take stack=path values)", fs.Arg(0))}
	}
	if *limit <= 0 {
		return usageError{fmt.Sprintf("--limit %d: must be positive", *limit)}
	}

	stacks, err := loadStacks(order, texts)
	if err != nil {
		return err
	}
	body, err := plancomment.Render(stacks, plancomment.Options{Title: *title, Limit: *limit, ArtifactsURL: *runURL})
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = io.WriteString(stdout, body)
		return err
	}
	if err := os.WriteFile(*out, []byte(body), 0o644); err != nil {
		return fmt.Errorf("--out %s: %v", *out, unwrapPath(err))
	}
	return nil
}

func loadStacks(order, texts []input) ([]plancomment.Stack, error) {
	index := map[string]int{}
	var stacks []plancomment.Stack
	for _, in := range order {
		if prev, dup := index[in.stack]; dup {
			return nil, fmt.Errorf("%s %s=%s: stack %q is already given (stack %d)", in.flag, in.stack, in.path, in.stack, prev+1)
		}
		data, err := os.ReadFile(in.path)
		if err != nil {
			return nil, fmt.Errorf("%s %s=%s: %v", in.flag, in.stack, in.path, unwrapPath(err))
		}
		s := plancomment.Stack{Name: in.stack}
		if in.flag == "--plan" {
			p, err := plancomment.ParsePlan(data)
			if err != nil {
				return nil, fmt.Errorf("%s %s=%s: %v", in.flag, in.stack, in.path, err)
			}
			s.Plan = p
		} else {
			s.FailureLog = string(data)
		}
		index[in.stack] = len(stacks)
		stacks = append(stacks, s)
	}
	for _, in := range texts {
		i, ok := index[in.stack]
		if !ok {
			return nil, fmt.Errorf("%s %s=%s: no --plan for stack %q", in.flag, in.stack, in.path, in.stack)
		}
		if stacks[i].Failed() {
			return nil, fmt.Errorf("%s %s=%s: stack %q is given as --failed", in.flag, in.stack, in.path, in.stack)
		}
		data, err := os.ReadFile(in.path)
		if err != nil {
			return nil, fmt.Errorf("%s %s=%s: %v", in.flag, in.stack, in.path, unwrapPath(err))
		}
		stacks[i].PlanText = string(data)
	}
	return stacks, nil
}

func runChanged(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet(prog+" changed", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	base := fs.String("base", "", "the base branch's synthesized stacks directory (cdktf.out/stacks); missing means plan every stack")
	head := fs.String("head", "", "this change's synthesized stacks directory (cdktf.out/stacks)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fmt.Fprintf(stdout, "usage: %s changed --base DIR --head DIR STACK...\n", prog)
			fs.PrintDefaults()
			return err
		}
		return usageError{"changed: " + err.Error()}
	}
	switch {
	case *base == "" || *head == "":
		return usageError{"changed: --base and --head are required"}
	case fs.NArg() == 0:
		return usageError{"changed: name the stacks to compare, in dependency order"}
	}
	if st, err := os.Stat(*head); err != nil || !st.IsDir() {
		return fmt.Errorf("changed --head %s: not a directory (run the synth first)", *head)
	}
	diffs, err := plancomment.ChangedStacks(*base, *head, fs.Args())
	if err != nil {
		return fmt.Errorf("changed: %v", err)
	}
	for _, d := range diffs {
		fmt.Fprintf(stderr, "%s: %s\n", d.Stack, d.Reason)
		if d.Touched {
			fmt.Fprintln(stdout, d.Stack)
		}
	}
	return nil
}

// unwrapPath drops the path from an *os.PathError: the message already
// names the file.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", "; ")), " ")
}
