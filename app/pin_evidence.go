package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// PinEvidenceInput pins an answer (or an excerpt of it) as evidence.
type PinEvidenceInput struct {
	CommandID  string
	AttemptID  string
	QuestionID string
	// Excerpt must appear in the answer; empty pins the whole answer.
	Excerpt string
}

// PinEvidence pins an answered question as evidence. Candidate, own attempt.
func (a *App) PinEvidence(ctx context.Context, actor Actor, in PinEvidenceInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.PinEvidence{QuestionID: in.QuestionID, Excerpt: in.Excerpt, Now: now}, in.QuestionID
	})
}
