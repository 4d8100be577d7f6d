package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// EditCause replaces a cause's text. Candidate, own attempt.
func (a *App) EditCause(ctx context.Context, actor Actor, in CauseInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.EditCause{CauseID: in.CauseID, Text: in.Text, Now: now}, in.CauseID
	})
}
