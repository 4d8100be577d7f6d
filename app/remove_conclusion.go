package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// RemoveConclusionInput names the conclusion to remove.
type RemoveConclusionInput struct {
	CommandID    string
	AttemptID    string
	ConclusionID string
}

// RemoveConclusion removes a conclusion. Candidate, own attempt.
func (a *App) RemoveConclusion(ctx context.Context, actor Actor, in RemoveConclusionInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.RemoveConclusion{ConclusionID: in.ConclusionID, Now: now}, in.ConclusionID
	})
}
