package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// UnlinkCauseEvidence removes a cause's evidence link. Candidate, own attempt.
func (a *App) UnlinkCauseEvidence(ctx context.Context, actor Actor, in CauseEvidenceInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.UnlinkCauseEvidence{CauseID: in.CauseID, QuestionID: in.QuestionID, Now: now}, in.CauseID
	})
}
