package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// MilestoneInput is a planning milestone; Date is YYYY-MM-DD. MilestoneID
// is derived from the command id when empty (AddMilestone only).
type MilestoneInput struct {
	CommandID   string
	AttemptID   string
	MilestoneID string
	Title       string
	Date        string
	Owner       string
	DependsOn   []string
}

// AddMilestone adds a milestone (J2 only; cycles refused). Candidate, own attempt.
func (a *App) AddMilestone(ctx context.Context, actor Actor, in MilestoneInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(cmdID string, now time.Time) (attempt.Command, string) {
		id := deriveID(cmdID, in.MilestoneID)
		return attempt.AddMilestone{MilestoneID: id, Title: in.Title, Date: in.Date, Owner: in.Owner,
			DependsOn: append([]string(nil), in.DependsOn...), Now: now}, id
	})
}
