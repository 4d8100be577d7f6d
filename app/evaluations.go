package app

import (
	"context"

	"cellule/domain"
	"cellule/projections"
)

// Evaluations lists an attempt's evaluations as the actor may see them.
// Each jury member's notes are their own until deliberation, which opens
// once every jury member assigned to the candidate has finalised: before,
// a jury member sees only their own and staff see none; after, the
// assigned jury and the session's staff see them all. Jury assigned after
// the lock; staff, own session.
func (a *App) Evaluations(ctx context.Context, actor Actor, attemptID string) ([]EvaluationView, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, juryRead)
	if err != nil {
		return nil, err
	}
	all := a.evaluationsOf(ref.ID)
	if a.deliberationOpen(ref, all) {
		return all, nil
	}
	var out []EvaluationView
	for _, e := range all {
		if actor.Role == domain.RoleJury && e.JuryID == actor.UserID {
			out = append(out, e)
		}
	}
	return out, nil
}

// deliberationOpen: every jury member assigned to the candidate has
// finalised their evaluation.
func (a *App) deliberationOpen(ref attemptRef, evs []EvaluationView) bool {
	var juries []string
	a.proj.ViewExam(ref.ExamID, func(x *projections.Exam) {
		if c := x.State.Candidates[ref.CandidateID]; c != nil {
			for j := range c.Juries {
				juries = append(juries, j)
			}
		}
	})
	if len(juries) == 0 {
		return false
	}
	final := map[string]bool{}
	for _, e := range evs {
		if e.Finalised {
			final[e.JuryID] = true
		}
	}
	for _, j := range juries {
		if !final[j] {
			return false
		}
	}
	return true
}
