package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// CauseEvidenceInput links (or unlinks) a cause and an answered question.
type CauseEvidenceInput struct {
	CommandID  string
	AttemptID  string
	CauseID    string
	QuestionID string
}

// LinkCauseEvidence supports a cause with an agent's answer. Candidate,
// own attempt.
func (a *App) LinkCauseEvidence(ctx context.Context, actor Actor, in CauseEvidenceInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.LinkCauseEvidence{CauseID: in.CauseID, QuestionID: in.QuestionID, Now: now}, in.CauseID
	})
}
