// Package domaintest runs given/when/then cases against a decider, so that
// every decider's tests read the same way and check the same things.
package domaintest

import (
	"errors"
	"reflect"
	"testing"

	"cellule/domain"
)

// Case is one scenario: the events already in the stream (Given), the
// command (When), and either the events expected (Then) or the refusal
// code expected (Refused).
type Case[C any] struct {
	Name    string
	Given   []domain.Event
	When    C
	Then    []domain.Event
	Refused domain.Code
	// Field, when set with Refused, is the field the refusal must name.
	Field string
}

// Run runs the cases. Beyond comparing events it checks what every caller
// relies on: a refusal is a *domain.Error with a French message and no
// event; produced events survive the codec and fold without panicking.
func Run[S, C any](t *testing.T, d domain.Decider[S, C], cases []Case[C]) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			t.Helper()
			s := d.Fold(c.Given)
			got, err := d.Decide(s, c.When)
			if c.Refused != "" {
				var de *domain.Error
				if !errors.As(err, &de) {
					t.Fatalf("want refusal %s, got events %#v, err %v", c.Refused, got, err)
				}
				if de.Code != c.Refused {
					t.Fatalf("want refusal %s, got %v", c.Refused, de)
				}
				if c.Field != "" && de.Field != c.Field {
					t.Errorf("refusal names field %q, want %q (%v)", de.Field, c.Field, de)
				}
				if de.Message == "" {
					t.Errorf("refusal %s has no message for the user", de.Code)
				}
				if len(got) != 0 {
					t.Errorf("a refused command produced events: %#v", got)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected refusal: %v", err)
			}
			if !reflect.DeepEqual(got, c.Then) {
				t.Fatalf("events:\n got %#v\nwant %#v", got, c.Then)
			}
			for _, e := range got {
				name, data, err := domain.EncodeEvent(e)
				if err != nil {
					t.Fatalf("produced event does not encode: %v", err)
				}
				back, err := domain.DecodeEvent(name, data)
				if err != nil || !reflect.DeepEqual(back, e) {
					t.Fatalf("produced event %s does not survive the codec: %v\n%#v\n%#v", name, err, back, e)
				}
				s = d.Evolve(s, e)
			}
		})
	}
}
