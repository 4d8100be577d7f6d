package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// ConclusionInput writes a conclusion: a new one when ConclusionID is
// empty (derived from the command id) or unknown, else a new text.
type ConclusionInput struct {
	CommandID    string
	AttemptID    string
	ConclusionID string
	Text         string
}

// WriteConclusion adds or rewrites a conclusion (5 at most). Candidate,
// own attempt.
func (a *App) WriteConclusion(ctx context.Context, actor Actor, in ConclusionInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(cmdID string, now time.Time) (attempt.Command, string) {
		id := deriveID(cmdID, in.ConclusionID)
		return attempt.WriteConclusion{ConclusionID: id, Text: in.Text, Now: now}, id
	})
}
