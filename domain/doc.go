// Package domain is the pure core of cellule: the events of every stream,
// the typed refusals, and the values the deciders share (schedules, money,
// competencies, text limits). The deciders themselves live in the
// subpackages exam, attempt, evaluation and account.
//
// The domain does no I/O and imports nothing of the project: commands carry
// the clock (Now) and every fact a decision needs, so the same command on
// the same state always gives the same events. See README.md in this folder
// for the streams, every event type with its fields, every command and every
// refusal code.
package domain

// Decider bundles the three functions of an aggregate so that the app layer
// can run load → decide → append generically for every stream.
//
// Evolve takes ownership of the state it is given: it may update maps and
// slices in place (folding thousands of events must stay cheap). A caller
// that needs an earlier state folds again from Initial (see Fold).
type Decider[S any, C any] struct {
	Initial func() S
	Decide  func(S, C) ([]Event, error)
	Evolve  func(S, Event) S
}

// Fold replays events onto the decider's initial state: the state at
// version n of a stream is Fold of its first n events.
func (d Decider[S, C]) Fold(events []Event) S {
	s := d.Initial()
	for _, e := range events {
		s = d.Evolve(s, e)
	}
	return s
}
