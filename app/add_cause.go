package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// CauseInput is a diagnosed cause. CauseID is derived from the command id
// when empty (AddCause only).
type CauseInput struct {
	CommandID string
	AttemptID string
	CauseID   string
	Text      string
}

// AddCause adds a cause at the lowest rank. Candidate, own attempt.
func (a *App) AddCause(ctx context.Context, actor Actor, in CauseInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(cmdID string, now time.Time) (attempt.Command, string) {
		id := deriveID(cmdID, in.CauseID)
		return attempt.AddCause{CauseID: id, Text: in.Text, Now: now}, id
	})
}
