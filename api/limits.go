package api

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Document limits. The deepest legitimate query (an attempt's report,
// budget line, total) is 5 levels; the complexity of the SPA's largest
// query is a few hundred.
const (
	DefaultMaxDepth      = 12
	DefaultMaxComplexity = 2000
	// DefaultMaxDocument bounds a request body or a WebSocket message.
	DefaultMaxDocument = 64 << 10
	// parserTokenLimit stops a huge document before it is even parsed
	// into an AST.
	parserTokenLimit = 10000
)

// depthLimit refuses operations whose selections nest deeper than max,
// counting through fragments (gqlgen has a complexity limit but none for
// depth, and a deep document is cheap to send and costly to walk).
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                          { return "DepthLimit" }
func (depthLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	if depth := selectionDepth(op.SelectionSet, d.max+1, map[string]bool{}); depth > d.max {
		err := gqlerror.Errorf("operation nests deeper than %d levels", d.max)
		errcode.Set(err, ReasonDepth)
		return err
	}
	return nil
}

// selectionDepth is the depth of set, exploring at most stop levels
// (enough to know the limit is passed) and each fragment once per path, so
// a fragment cycle or a fan-out of fragments cannot make it loop.
func selectionDepth(set ast.SelectionSet, stop int, onPath map[string]bool) int {
	if stop <= 0 {
		return 0
	}
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.SelectionSet) == 0 {
				d = 1
			} else {
				d = 1 + selectionDepth(s.SelectionSet, stop-1, onPath)
			}
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, stop, onPath)
		case *ast.FragmentSpread:
			if s.Definition == nil || onPath[s.Name] {
				continue
			}
			onPath[s.Name] = true
			d = selectionDepth(s.Definition.SelectionSet, stop, onPath)
			delete(onPath, s.Name)
		default:
			panic(fmt.Sprintf("api: unknown selection %T", sel))
		}
		deepest = max(deepest, d)
		if deepest >= stop {
			return deepest
		}
	}
	return deepest
}
