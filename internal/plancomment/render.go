package plancomment

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	tfjson "github.com/hashicorp/terraform-json"
)

// Marker opens every comment this package renders. The preview workflow
// finds the comment to update in place by it.
const Marker = "<!-- keelson-plan -->"

// GitHubCommentLimit is the largest body GitHub accepts for an issue or
// pull-request comment (and an issue body), in characters. Render measures
// bytes, which are never fewer than characters, so a body within the limit
// in bytes is within it in characters.
const GitHubCommentLimit = 65536

// Stack is one stack's input to the comment.
type Stack struct {
	// Name is the stack's name, e.g. dev-infra. Required; letters, digits,
	// '.', '_' and '-'.
	Name string
	// Plan is the decoded `terraform show -json` output. nil means the stack
	// could not be planned; FailureLog then says why.
	Plan *tfjson.Plan
	// PlanText is the `terraform show -no-color` output, folded under the
	// stack. Default: none (only the resource list is shown).
	PlanText string
	// FailureLog is the output of the failed init or plan. Only used when
	// Plan is nil; its tail is shown, since Terraform prints errors last.
	FailureLog string
}

// Failed reports whether the stack could not be planned.
func (s Stack) Failed() bool { return s.Plan == nil }

// Options tune Render.
type Options struct {
	// Title is the comment's heading. Default: "Infrastructure plan".
	Title string
	// Limit is the largest comment Render returns, in bytes. Default:
	// GitHubCommentLimit.
	Limit int
	// ArtifactsURL links to where the full plans are kept: the workflow
	// run whose artifacts hold them. Default: none; the note then names
	// "the workflow run that posted this comment".
	ArtifactsURL string
}

var stackName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// CheckStackName returns an error when name cannot be a stack name here:
// it must start with a letter or digit and hold only letters, digits,
// '.', '_' and '-' (it is written into Markdown and HTML unescaped).
func CheckStackName(name string) error {
	if !stackName.MatchString(name) {
		return fmt.Errorf("stack %q: name may hold only letters, digits, '.', '_' and '-'", name)
	}
	return nil
}

// Render returns the Markdown comment for stacks, given in dependency
// order: the marker, a call-out listing destroys and replacements of
// stateful resources (and stacks that could not be planned), a summary
// table, then one folded section per stack with its resource changes and
// plan text. When the whole does not fit in the limit, only the folded
// sections are cut, fairly across stacks, and a note says what was cut
// and where the full plans are. The output depends only on the input.
func Render(stacks []Stack, opts Options) (string, error) {
	if opts.Title == "" {
		opts.Title = "Infrastructure plan"
	}
	if opts.Limit == 0 {
		opts.Limit = GitHubCommentLimit
	}
	if opts.Limit < 0 {
		return "", fmt.Errorf("limit %d must be positive", opts.Limit)
	}
	if err := checkStacks(stacks); err != nil {
		return "", err
	}

	views := make([]stackView, len(stacks))
	for i, s := range stacks {
		views[i] = newStackView(s)
	}

	head := renderHead(views, opts)
	body := head + renderSections(views, nil)
	if len(body) <= opts.Limit {
		return body, nil
	}

	// Too large: keep the head whole, give every folded piece its minimum
	// (the cut notice alone), then share what is left, resource lists
	// first, plan texts and logs second.
	noteBound := renderCutNote(views, allNames(views), opts)
	fixed := len(head) + len(noteBound) + len(renderSections(views, zeroBudgets(views)))
	if fixed > opts.Limit {
		return "", fmt.Errorf("the summary and call-outs alone take %d bytes, over the limit of %d", fixed, opts.Limit)
	}
	budgets := allocate(views, opts.Limit-fixed)
	var cut []string
	for i, v := range views {
		for j, p := range v.pieces {
			if budgets[i][j] < p.full() {
				cut = append(cut, v.name)
				break
			}
		}
	}
	return head + renderCutNote(views, cut, opts) + renderSections(views, budgets), nil
}

func checkStacks(stacks []Stack) error {
	var errs []error
	seen := map[string]bool{}
	for i, s := range stacks {
		switch {
		case s.Name == "":
			errs = append(errs, fmt.Errorf("stack %d: name is empty", i+1))
		case CheckStackName(s.Name) != nil:
			errs = append(errs, CheckStackName(s.Name))
		case seen[s.Name]:
			errs = append(errs, fmt.Errorf("stack %q: given twice", s.Name))
		}
		seen[s.Name] = true
	}
	return errors.Join(errs...)
}

// stackView is a stack prepared for rendering.
type stackView struct {
	name    string
	failed  bool
	changes []ResourceChange
	counts  Counts
	pieces  []*piece
}

func newStackView(s Stack) stackView {
	v := stackView{name: s.Name, failed: s.Failed()}
	if v.failed {
		if log := strings.TrimRight(s.FailureLog, "\n"); log != "" {
			v.pieces = append(v.pieces, &piece{
				heading: "**Output of the failed step**", lines: strings.Split(log, "\n"),
				fenced: true, keepTail: true, what: "log",
			})
		}
		return v
	}
	v.changes = Changes(s.Plan)
	v.counts = Count(v.changes)
	if len(v.changes) > 0 {
		lines := make([]string, len(v.changes))
		for i, c := range v.changes {
			lines[i] = changeLine(c)
		}
		v.pieces = append(v.pieces, &piece{heading: "**Resource changes**", lines: lines, what: "resource list"})
	}
	if text := strings.TrimRight(s.PlanText, "\n"); text != "" {
		v.pieces = append(v.pieces, &piece{
			heading: "**Plan**", lines: strings.Split(text, "\n"), fenced: true, what: "plan",
		})
	}
	return v
}

func changeLine(c ResourceChange) string {
	line := "- " + string(c.Action) + " " + code(c.Address)
	if c.Deposed {
		line += " (deposed object)"
	}
	if c.Action == ActionReplace && c.CreateBeforeDestroy {
		line += " (create before destroy)"
	}
	if c.Stateful() {
		line += " ⚠️ **stateful**"
	}
	return line
}

func renderHead(views []stackView, opts Options) string {
	var b strings.Builder
	b.WriteString(Marker + "\n")
	b.WriteString("### " + opts.Title + "\n\n")
	if len(views) == 0 {
		b.WriteString("No stack's synthesized configuration differs from the base branch: nothing to plan.\n")
		return b.String()
	}

	var stateful []string
	var failed []string
	for _, v := range views {
		if v.failed {
			failed = append(failed, code(v.name))
		}
		for _, c := range v.changes {
			if c.Stateful() {
				stateful = append(stateful, fmt.Sprintf("> - %s: **%s** %s", code(v.name), c.Action, code(c.Address)))
			}
		}
	}
	if len(stateful) > 0 {
		b.WriteString("> [!CAUTION]\n")
		fmt.Fprintf(&b, "> **%d stateful %s will be destroyed or replaced.** Their data does not come back with a re-create: make sure this is intended.\n>\n",
			len(stateful), plural(len(stateful), "resource", "resources"))
		b.WriteString(strings.Join(stateful, "\n") + "\n\n")
	}
	if len(failed) > 0 {
		b.WriteString("> [!WARNING]\n")
		fmt.Fprintf(&b, "> **Could not plan %s.** The output is in %s section below; the other stacks were planned.\n\n",
			strings.Join(failed, ", "), plural(len(failed), "its", "their"))
	}

	b.WriteString("| Stack | Add | Change | Replace | Destroy | Result |\n")
	b.WriteString("|:--|--:|--:|--:|--:|:--|\n")
	for _, v := range views {
		if v.failed {
			fmt.Fprintf(&b, "| %s | – | – | – | – | **plan failed** |\n", code(v.name))
			continue
		}
		c := v.counts
		result := "no changes"
		if c.Total() > 0 {
			result = "changes"
			if n := countStateful(v.changes); n > 0 {
				result = fmt.Sprintf("⚠️ %d stateful", n)
			}
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %s |\n", code(v.name), c.Add, c.Change, c.Replace, c.Destroy, result)
	}
	b.WriteString("\n")
	return b.String()
}

func countStateful(changes []ResourceChange) int {
	n := 0
	for _, c := range changes {
		if c.Stateful() {
			n++
		}
	}
	return n
}

func renderCutNote(views []stackView, cut []string, opts Options) string {
	where := "the artifacts of the workflow run that posted this comment"
	if opts.ArtifactsURL != "" {
		where = "the artifacts of [the workflow run](" + opts.ArtifactsURL + ")"
	}
	names := make([]string, len(cut))
	for i, n := range cut {
		names[i] = code(n)
	}
	return fmt.Sprintf("> [!NOTE]\n> Cut to fit GitHub's limit of %s characters: the folded sections of %s are incomplete. The full plans (text and JSON) are in %s.\n\n",
		thousands(opts.Limit), strings.Join(names, ", "), where)
}

func allNames(views []stackView) []string {
	out := make([]string, len(views))
	for i, v := range views {
		out[i] = v.name
	}
	return out
}

// renderSections renders every stack's folded section. budgets[i][j] is
// the byte budget of piece j of stack i; nil means no cuts.
func renderSections(views []stackView, budgets [][]int) string {
	var b strings.Builder
	for i, v := range views {
		b.WriteString("<details><summary><code>" + v.name + "</code>: " + sectionSummary(v) + "</summary>\n\n")
		if !v.failed && v.counts.Total() == 0 {
			b.WriteString("No changes.\n\n")
		}
		if v.failed && len(v.pieces) == 0 {
			b.WriteString("No output was captured.\n\n")
		}
		for j, p := range v.pieces {
			if budgets == nil {
				b.WriteString(p.render(len(p.lines)))
			} else {
				b.WriteString(p.fit(budgets[i][j]))
			}
		}
		b.WriteString("</details>\n\n")
	}
	return b.String()
}

func sectionSummary(v stackView) string {
	if v.failed {
		return "plan failed"
	}
	c := v.counts
	if c.Total() == 0 {
		return "no changes"
	}
	var parts []string
	for _, p := range []struct {
		n    int
		verb string
	}{{c.Add, "to add"}, {c.Change, "to change"}, {c.Replace, "to replace"}, {c.Destroy, "to destroy"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.verb))
		}
	}
	return strings.Join(parts, ", ")
}

func zeroBudgets(views []stackView) [][]int {
	out := make([][]int, len(views))
	for i, v := range views {
		out[i] = make([]int, len(v.pieces))
		for j, p := range v.pieces {
			out[i][j] = p.min()
		}
	}
	return out
}

// allocate shares extra bytes among the pieces on top of their minimum.
// Resource lists come first but take at most half, so that a plan with
// thousands of resources still shows some plan text; plan texts and logs
// get the rest; whatever they leave goes back to the lists. Each round is
// water filling: the smallest demands are met whole, the rest split evenly.
func allocate(views []stackView, extra int) [][]int {
	budgets := zeroBudgets(views)
	isList := func(p *piece) bool { return p.what == "resource list" }
	isText := func(p *piece) bool { return !isList(p) }
	fill := func(in func(*piece) bool, avail int) int {
		type slot struct{ i, j, demand int }
		var slots []slot
		for i, v := range views {
			for j, p := range v.pieces {
				if in(p) {
					slots = append(slots, slot{i, j, p.full() - budgets[i][j]})
				}
			}
		}
		sort.SliceStable(slots, func(a, b int) bool { return slots[a].demand < slots[b].demand })
		used := 0
		for k, s := range slots {
			give := min(s.demand, (avail-used)/(len(slots)-k))
			budgets[s.i][s.j] += give
			used += give
		}
		return used
	}
	extra -= fill(isList, extra/2)
	extra -= fill(isText, extra)
	fill(isList, extra)
	return budgets
}

// piece is a cuttable part of a stack's section: lines under a heading,
// optionally in a code fence. Cutting keeps the head (or, for logs, the
// tail) and ends with a notice of what was left out.
type piece struct {
	heading  string
	lines    []string
	fenced   bool
	keepTail bool
	what     string
}

func (p *piece) full() int { return len(p.render(len(p.lines))) }
func (p *piece) min() int  { return len(p.render(0)) }

// fit renders the most lines whose rendering fits in budget bytes.
func (p *piece) fit(budget int) string {
	if budget >= p.full() {
		return p.render(len(p.lines))
	}
	n := sort.Search(len(p.lines)+1, func(n int) bool { return len(p.render(n)) > budget }) - 1
	return p.render(max(n, 0))
}

// render renders the piece with n of its lines kept.
func (p *piece) render(n int) string {
	kept := p.lines[:n]
	if p.keepTail {
		kept = p.lines[len(p.lines)-n:]
	}
	var b strings.Builder
	b.WriteString(p.heading + "\n\n")
	if p.fenced {
		if n > 0 {
			f := fence(kept)
			b.WriteString(f + "text\n" + strings.Join(kept, "\n") + "\n" + f + "\n")
		}
	} else if n > 0 {
		b.WriteString(strings.Join(kept, "\n") + "\n")
	}
	if n < len(p.lines) {
		side := "first"
		if p.keepTail {
			side = "last"
		}
		if n > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "✂️ *%s cut: showing the %s %s of %s lines.*\n", capitalize(p.what), side, thousands(n), thousands(len(p.lines)))
	}
	b.WriteString("\n")
	return b.String()
}

// fence returns a backtick fence longer than any backtick run in lines.
func fence(lines []string) string {
	longest := 0
	for _, l := range lines {
		run := 0
		for _, r := range l {
			if r == '`' {
				run++
				longest = max(longest, run)
			} else {
				run = 0
			}
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}

// code formats s as inline code, whatever backticks it holds.
func code(s string) string {
	if !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return "`` " + s + " ``"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// thousands formats n with comma separators: 65536 -> 65,536.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
