package app

import (
	"context"
	"time"

	"cellule/domain/evaluation"
)

// StartOral starts the 30-minute oral. Jury assigned; CONFLICT already started.
func (a *App) StartOral(ctx context.Context, actor Actor, in EvaluationInput) (Outcome, error) {
	return a.onEvaluation(ctx, actor, in.AttemptID, in.CommandID, func(_ attemptRef, now time.Time) evaluation.Command {
		return evaluation.StartOral{JuryID: actor.UserID, Now: now}
	})
}
