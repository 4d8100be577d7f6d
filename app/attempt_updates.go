package app

import "context"

// AttemptUpdates notifies every change of an attempt (a second tab, the
// jury's replay of a live attempt, staff): refetch on receipt. The channel
// closes when ctx ends or when the subscriber falls behind (subscribe
// again and refetch). Candidate own attempt; staff own session; jury
// assigned after the lock.
func (a *App) AttemptUpdates(ctx context.Context, actor Actor, attemptID string) (<-chan AttemptUpdate, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, liveRead)
	if err != nil {
		return nil, err
	}
	sub := addSub(a.updates, a.updates.attempts, ref.ID)
	go func() {
		select {
		case <-ctx.Done():
			removeSub(a.updates, a.updates.attempts, ref.ID, sub)
		case <-sub.done:
		}
	}()
	return sub.ch, nil
}
