package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// CommunicationInput is the whole communication support: its text and the
// accessibility/diversity measures it takes.
type CommunicationInput struct {
	CommandID string
	AttemptID string
	Text      string
	Measures  []string
}

// EditCommunicationSupport sets the communication support (J2 only).
// Candidate, own attempt.
func (a *App) EditCommunicationSupport(ctx context.Context, actor Actor, in CommunicationInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.EditCommunicationSupport{Text: in.Text, Measures: append([]string(nil), in.Measures...), Now: now}, ""
	})
}
