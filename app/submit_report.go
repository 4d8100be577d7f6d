package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// SubmitReportInput names the attempt.
type SubmitReportInput struct {
	CommandID string
	AttemptID string
}

// SubmitReport locks the report (J2 only, 3 conclusions at least): after
// it every edit is refused with LOCKED. Candidate, own attempt.
func (a *App) SubmitReport(ctx context.Context, actor Actor, in SubmitReportInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.SubmitReport{Now: now}, ""
	})
}
