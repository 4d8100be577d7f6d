package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// RemoveMilestoneInput names the milestone to remove.
type RemoveMilestoneInput struct {
	CommandID   string
	AttemptID   string
	MilestoneID string
}

// RemoveMilestone removes a milestone; dependents lose that dependency.
// Candidate, own attempt.
func (a *App) RemoveMilestone(ctx context.Context, actor Actor, in RemoveMilestoneInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.RemoveMilestone{MilestoneID: in.MilestoneID, Now: now}, in.MilestoneID
	})
}
