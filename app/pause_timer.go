package app

import (
	"context"
	"time"

	"cellule/domain/evaluation"
)

// PauseTimer pauses a running segment's timer. Jury assigned; CONFLICT not running.
func (a *App) PauseTimer(ctx context.Context, actor Actor, in TimerInput) (Outcome, error) {
	return a.onEvaluation(ctx, actor, in.AttemptID, in.CommandID, func(_ attemptRef, now time.Time) evaluation.Command {
		return evaluation.PauseTimer{JuryID: actor.UserID, Segment: in.Segment, Now: now}
	})
}
