package app

import "context"

// LockedReport is the submitted report for the jury (and the session's
// staff). Jury assigned, only after the lock (FORBIDDEN before); staff,
// own session.
func (a *App) LockedReport(ctx context.Context, actor Actor, attemptID string) (AttemptView, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, juryRead)
	if err != nil {
		return AttemptView{}, err
	}
	return a.attemptView(ref.ID), nil
}
