package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// EditMilestone replaces a milestone's values. Candidate, own attempt.
func (a *App) EditMilestone(ctx context.Context, actor Actor, in MilestoneInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.EditMilestone{MilestoneID: in.MilestoneID, Title: in.Title, Date: in.Date, Owner: in.Owner,
			DependsOn: append([]string(nil), in.DependsOn...), Now: now}, in.MilestoneID
	})
}
