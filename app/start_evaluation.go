package app

import (
	"context"
	"time"

	"cellule/domain/evaluation"
)

// StartEvaluation opens the jury member's evaluation of a locked report.
// The other evaluation commands open it implicitly, so calling this is
// optional. Jury assigned, after the lock; CONFLICT already open.
func (a *App) StartEvaluation(ctx context.Context, actor Actor, in EvaluationInput) (Outcome, error) {
	return a.onEvaluation(ctx, actor, in.AttemptID, in.CommandID, func(attemptRef, time.Time) evaluation.Command { return nil })
}
