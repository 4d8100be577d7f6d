package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// UnpinEvidenceInput removes a pin.
type UnpinEvidenceInput struct {
	CommandID  string
	AttemptID  string
	QuestionID string
}

// UnpinEvidence removes an evidence pin. Candidate, own attempt.
func (a *App) UnpinEvidence(ctx context.Context, actor Actor, in UnpinEvidenceInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.UnpinEvidence{QuestionID: in.QuestionID, Now: now}, in.QuestionID
	})
}
