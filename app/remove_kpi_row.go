package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// RemoveKpiRowInput names the row to remove.
type RemoveKpiRowInput struct {
	CommandID string
	AttemptID string
	RowID     string
}

// RemoveKpiRow removes a gap table row. Candidate, own attempt.
func (a *App) RemoveKpiRow(ctx context.Context, actor Actor, in RemoveKpiRowInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.RemoveKpiRow{RowID: in.RowID, Now: now}, in.RowID
	})
}
