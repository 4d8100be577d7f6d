package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// KpiRowInput is a row of the KPI gap table: KpiID (a scenario KPI) or
// Label (free text), not both. RowID is derived from the command id when
// empty (AddKpiRow only).
type KpiRowInput struct {
	CommandID string
	AttemptID string
	RowID     string
	KpiID     string
	Label     string
	Result    float64
	Target    float64
	Unit      string
}

// AddKpiRow adds a row to the gap table. Candidate, own attempt.
func (a *App) AddKpiRow(ctx context.Context, actor Actor, in KpiRowInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(cmdID string, now time.Time) (attempt.Command, string) {
		id := deriveID(cmdID, in.RowID)
		return attempt.AddKpiRow{RowID: id, KpiID: in.KpiID, Label: in.Label, Result: in.Result, Target: in.Target, Unit: in.Unit, Now: now}, id
	})
}
