package app

import (
	"context"
	"time"

	"cellule/domain/evaluation"
)

// JuryNoteInput is the whole text of a jury note on a competency
// (C18–C29) or "general".
type JuryNoteInput struct {
	CommandID string
	AttemptID string
	Topic     string
	Text      string
}

// WriteJuryNote sets one of the jury member's own notes. Jury assigned.
func (a *App) WriteJuryNote(ctx context.Context, actor Actor, in JuryNoteInput) (Outcome, error) {
	return a.onEvaluation(ctx, actor, in.AttemptID, in.CommandID, func(_ attemptRef, now time.Time) evaluation.Command {
		return evaluation.WriteNote{JuryID: actor.UserID, Topic: in.Topic, Text: in.Text, Now: now}
	})
}
