package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// RemoveBudgetLineInput names the line to remove.
type RemoveBudgetLineInput struct {
	CommandID string
	AttemptID string
	LineID    string
}

// RemoveBudgetLine removes a budget line. Candidate, own attempt.
func (a *App) RemoveBudgetLine(ctx context.Context, actor Actor, in RemoveBudgetLineInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.RemoveBudgetLine{LineID: in.LineID, Now: now}, in.LineID
	})
}
