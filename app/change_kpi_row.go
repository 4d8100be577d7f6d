package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// ChangeKpiRow replaces a row's values. Candidate, own attempt.
func (a *App) ChangeKpiRow(ctx context.Context, actor Actor, in KpiRowInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.ChangeKpiRow{RowID: in.RowID, KpiID: in.KpiID, Label: in.Label, Result: in.Result, Target: in.Target, Unit: in.Unit, Now: now}, in.RowID
	})
}
