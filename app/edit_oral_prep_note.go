package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
)

// OralPrepNoteInput is the whole oral-preparation note of a competency.
type OralPrepNoteInput struct {
	CommandID  string
	AttemptID  string
	Competency string
	Text       string
}

// EditOralPrepNote sets an oral-prep note (J1 or J2). Candidate, own attempt.
func (a *App) EditOralPrepNote(ctx context.Context, actor Actor, in OralPrepNoteInput) (Outcome, error) {
	return a.onAttempt(ctx, actor, in.AttemptID, in.CommandID, func(_ string, now time.Time) (attempt.Command, string) {
		return attempt.EditOralPrepNote{Competency: in.Competency, Text: in.Text, Now: now}, in.Competency
	})
}
