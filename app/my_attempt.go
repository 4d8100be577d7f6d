package app

import (
	"context"

	"cellule/projections"
)

// MyAttempt is the attempt as it stands: brief, phase, deadline with
// extra time, agents open now (and why the others are closed), the order
// e-mail from J2 only, the report, the checklist. Candidate own attempt;
// staff own session; jury assigned after the lock.
func (a *App) MyAttempt(ctx context.Context, actor Actor, attemptID string) (AttemptView, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, liveRead)
	if err != nil {
		return AttemptView{}, err
	}
	return a.attemptView(ref.ID), nil
}

func (a *App) attemptView(id string) AttemptView {
	var v AttemptView
	now := a.now()
	a.proj.ViewAttempt(id, func(p *projections.Attempt) { v = a.buildAttemptView(&p.State, now, a.streaming) })
	return v
}
