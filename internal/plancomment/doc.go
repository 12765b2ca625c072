// Package plancomment turns Terraform plans of Keelson's stacks into the
// pull-request comment the preview workflow posts and updates in place.
//
// Input is one plan JSON per stack (`terraform show -json tfplan`), in
// dependency order, optionally with its text rendering
// (`terraform show -no-color tfplan`), and stacks that could not be planned
// with the output of the failed step. Output is one Markdown body that
// starts with Marker; it calls out destroys and replacements of stateful
// resources (see StatefulTypes) at the top, summarizes every stack in a
// table, and folds each stack's changes and plan below. Bodies that would
// exceed GitHub's comment limit have their folded parts cut, never the
// summary or the call-outs, with a note pointing at the workflow run's
// artifacts.
//
// The package also decides which stacks a change touches (ChangedStacks):
// a stack is touched when its synthesized Terraform JSON differs from the
// base branch's.
package plancomment
