package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// OpenJ2EarlyInput names the attempt.
type OpenJ2EarlyInput struct {
	CommandID string
	AttemptID string
}

// OpenJ2Early moves a practice candidate on to J2 before its start
// (FORBIDDEN in certification mode). Candidate, own attempt.
func (a *App) OpenJ2Early(ctx context.Context, actor Actor, in OpenJ2EarlyInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.OpenJ2Early{Now: now}, ""
	})
}
