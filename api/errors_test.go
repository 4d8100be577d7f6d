package api

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"cellule/app"
	"cellule/domain"
)

func TestPresentError(t *testing.T) {
	docErr := func(code string) error {
		e := gqlerror.Errorf("document problem")
		errcode.Set(e, code)
		return e
	}
	for _, c := range []struct {
		name    string
		err     error
		code    string
		field   string
		reason  string
		message string
		logged  bool
	}{
		{"invalid input keeps its field", domain.Invalid("text", "Le texte est vide."), "INVALID_INPUT", "text", "", "Le texte est vide.", false},
		{"phase closed", domain.PhaseClosed("Le jour 2 n'est pas ouvert."), "PHASE_CLOSED", "", "", "Le jour 2 n'est pas ouvert.", false},
		{"locked", domain.Locked("Le rapport est verrouillé."), "LOCKED", "", "", "Le rapport est verrouillé.", false},
		{"conflict", domain.Conflict("causeId", "Existe déjà."), "CONFLICT", "causeId", "", "Existe déjà.", false},
		{"forbidden", domain.Forbidden("Non."), "FORBIDDEN", "", "", "Non.", false},
		{"not found", domain.NotFound("attemptId", "Introuvable."), "NOT_FOUND", "attemptId", "", "Introuvable.", false},
		{"unauthenticated (app)", &domain.Error{Code: app.CodeUnauthenticated, Message: "Connexion requise."}, "UNAUTHENTICATED", "", "", "Connexion requise.", false},
		{"rate limited (app)", &domain.Error{Code: app.CodeRateLimited, Message: "Trop de tentatives."}, "RATE_LIMITED", "", "", "Trop de tentatives.", false},
		{"wrapped refusal", fmt.Errorf("add cause: %w", domain.Locked("Verrouillé.")), "LOCKED", "", "", "Verrouillé.", false},
		{"parse error", docErr(errcode.ParseFailed), "INVALID_INPUT", "", ReasonParse, "document problem", false},
		{"validation error", docErr(errcode.ValidationFailed), "INVALID_INPUT", "", ReasonValidation, "document problem", false},
		{"complexity", docErr(ReasonComplexity), "INVALID_INPUT", "", ReasonComplexity, "document problem", false},
		{"depth", docErr(ReasonDepth), "INVALID_INPUT", "", ReasonDepth, "document problem", false},
		{"internal error is hidden", errors.New("sqlite: disk I/O error on attempt-42"), CodeInternal, "", "", internalMessage, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			var logs bytes.Buffer
			present := presentError(slog.New(slog.NewTextHandler(&logs, nil)))
			ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter, graphql.DefaultRecover)
			err := c.err
			if _, isDoc := c.err.(*gqlerror.Error); !isDoc {
				// Resolver errors reach the presenter wrapped with their path.
				err = &gqlerror.Error{Err: c.err, Message: c.err.Error(), Path: ast.Path{ast.PathName("addCause")}}
			}
			got := present(ctx, err)
			if got.Message != c.message || got.Extensions["code"] != c.code {
				t.Fatalf("got %q %v, want %q with code %s", got.Message, got.Extensions, c.message, c.code)
			}
			if f, _ := got.Extensions["field"].(string); f != c.field {
				t.Errorf("field %q, want %q", f, c.field)
			}
			if r, _ := got.Extensions["reason"].(string); r != c.reason {
				t.Errorf("reason %q, want %q", r, c.reason)
			}
			if c.logged != (logs.Len() > 0) {
				t.Errorf("logged %q, want logged=%v", logs.String(), c.logged)
			}
			if c.code == CodeInternal && strings.Contains(got.Message, "sqlite") {
				t.Error("the internal error leaked to the client")
			}
		})
	}
}

func TestSelectionDepth(t *testing.T) {
	field := func(name string, sub ...ast.Selection) *ast.Field {
		return &ast.Field{Name: name, SelectionSet: sub}
	}
	frag := &ast.FragmentDefinition{Name: "F", SelectionSet: ast.SelectionSet{field("a", field("b", field("c")))}}
	cyclic := &ast.FragmentDefinition{Name: "G"}
	cyclic.SelectionSet = ast.SelectionSet{field("x"), &ast.FragmentSpread{Name: "G", Definition: cyclic}}
	for _, c := range []struct {
		name string
		set  ast.SelectionSet
		want int
	}{
		{"flat", ast.SelectionSet{field("me"), field("you")}, 1},
		{"nested", ast.SelectionSet{field("attempt", field("report", field("budget", field("total", field("euros")))))}, 5},
		{"deepest branch counts", ast.SelectionSet{field("a"), field("b", field("c", field("d")))}, 3},
		{"through a fragment", ast.SelectionSet{field("root", &ast.FragmentSpread{Name: "F", Definition: frag})}, 4},
		{"through an inline fragment", ast.SelectionSet{field("root", &ast.InlineFragment{SelectionSet: ast.SelectionSet{field("a", field("b"))}})}, 3},
		{"a fragment cycle ends", ast.SelectionSet{field("root", &ast.FragmentSpread{Name: "G", Definition: cyclic})}, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := selectionDepth(c.set, 100, map[string]bool{}); got != c.want {
				t.Fatalf("depth %d, want %d", got, c.want)
			}
		})
	}
	// Exploration stops once the limit is passed.
	deep := field("leaf")
	for range 1000 {
		deep = field("n", deep)
	}
	if got := selectionDepth(ast.SelectionSet{deep}, 13, map[string]bool{}); got != 13 {
		t.Fatalf("depth with stop 13 = %d", got)
	}
}
