package app

import (
	"context"
	"time"

	"cellule/domain/evaluation"
)

// TimerInput names an oral segment: presentation or questions.
type TimerInput struct {
	CommandID string
	AttemptID string
	Segment   string
}

// StartTimer starts or resumes a segment's timer (pausing the other).
// Jury assigned; CONFLICT oral not started or timer running.
func (a *App) StartTimer(ctx context.Context, actor Actor, in TimerInput) (Outcome, error) {
	return a.onEvaluation(ctx, actor, in.AttemptID, in.CommandID, func(_ attemptRef, now time.Time) evaluation.Command {
		return evaluation.StartTimer{JuryID: actor.UserID, Segment: in.Segment, Now: now}
	})
}
