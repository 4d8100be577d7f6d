package app

import (
	"context"

	"cellule/domain"
)

// MyEvaluation is the jury member's own evaluation of an attempt. Jury
// assigned, after the lock; NOT_FOUND before it is opened.
func (a *App) MyEvaluation(ctx context.Context, actor Actor, attemptID string) (EvaluationView, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, evaluate)
	if err != nil {
		return EvaluationView{}, err
	}
	for _, e := range a.evaluationsOf(ref.ID) {
		if e.JuryID == actor.UserID {
			return e, nil
		}
	}
	return EvaluationView{}, domain.NotFound("attemptId", "Évaluation pas encore commencée.")
}
