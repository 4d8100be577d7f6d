package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// RemoveCauseInput names the cause to remove.
type RemoveCauseInput struct {
	CommandID string
	AttemptID string
	CauseID   string
}

// RemoveCause removes a cause with its evidence and J1→J2 links.
// Candidate, own attempt.
func (a *App) RemoveCause(ctx context.Context, actor Actor, in RemoveCauseInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.RemoveCause{CauseID: in.CauseID, Now: now}, in.CauseID
	})
}
