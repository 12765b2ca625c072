package config

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with a configuration: where, what and why.
type Problem struct {
	// Path is the field, e.g. "prod.network.cidr".
	Path string
	// Value is the offending value as written.
	Value string
	// Reason says what is wrong and, where it can, what would be right.
	Reason string
}

func (p Problem) Error() string { return fmt.Sprintf("%s %q: %s", p.Path, p.Value, p.Reason) }

// Problems are every problem Validate found. Its Error is one problem per
// line, so a command can print it as it is.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// problems collects Problems under a path prefix.
type problems struct {
	prefix string
	list   Problems
}

func (c *problems) add(field string, value any, format string, args ...any) {
	path := field
	if c.prefix != "" {
		path = c.prefix + "." + field
	}
	c.list = append(c.list, Problem{Path: path, Value: fmt.Sprint(value), Reason: fmt.Sprintf(format, args...)})
}

func (c *problems) err() error {
	if len(c.list) == 0 {
		return nil
	}
	return c.list
}
