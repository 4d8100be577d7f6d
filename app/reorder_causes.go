package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// ReorderCausesInput is the new ranking: every cause id once, most
// important first.
type ReorderCausesInput struct {
	CommandID string
	AttemptID string
	Order     []string
}

// ReorderCauses ranks the causes. Candidate, own attempt.
func (a *App) ReorderCauses(ctx context.Context, actor Actor, in ReorderCausesInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.ReorderCauses{Order: append([]string(nil), in.Order...), Now: now}, ""
	})
}
