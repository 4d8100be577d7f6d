package app

import (
	"context"

	"cellule/domain"
)

// ReportAt is the attempt as it stood right after its first version
// events (1 ≤ version ≤ length): the jury's replay. The phase is judged
// at the instant of that event. Jury assigned after the lock; staff, own
// session. INVALID_INPUT version out of range.
func (a *App) ReportAt(ctx context.Context, actor Actor, attemptID string, version int) (AttemptView, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, juryRead)
	if err != nil {
		return AttemptView{}, err
	}
	st, entries, err := a.proj.StateAt(ref.ID, version)
	if err != nil {
		return AttemptView{}, domain.Invalid("version", "Ce moment n'existe pas dans le parcours du candidat.")
	}
	at := entries[len(entries)-1].At
	return a.buildAttemptView(&st, at, nil), nil
}
