package app

import (
	"context"
	"time"

	"cellule/domain/evaluation"
)

// FinaliseInput closes an evaluation: result valide or non_valide.
type FinaliseInput struct {
	CommandID string
	AttemptID string
	Result    string
	Comment   string
}

// FinaliseEvaluation closes the jury member's evaluation; nothing may
// change after. Jury assigned; CONFLICT C21 not assessed.
func (a *App) FinaliseEvaluation(ctx context.Context, actor Actor, in FinaliseInput) (Outcome, error) {
	return a.onEvaluation(ctx, actor, in.AttemptID, in.CommandID, func(ref attemptRef, now time.Time) evaluation.Command {
		return evaluation.Finalise{JuryID: actor.UserID, Result: in.Result, Comment: in.Comment, AttemptLocked: ref.Locked, Now: now}
	})
}
