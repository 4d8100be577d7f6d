package app

import (
	"context"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
)

// onAttempt runs one candidate command on their own attempt through the
// pipeline. build receives the (filled) command id and the clock's now and
// returns the domain command and the id of the item it creates or targets.
func (a *App) onAttempt(ctx context.Context, actor Actor, attemptID, commandID string,
	build func(cmdID string, now time.Time) (attempt.Command, string)) (Outcome, error) {
	if err := ensureCommandID(&commandID); err != nil {
		return Outcome{}, err
	}
	ref, err := a.authorizeAttempt(actor, attemptID, candidateWrite)
	if err != nil {
		return Outcome{}, err
	}
	cmd, itemID := build(commandID, a.now())
	out, err := run(ctx, a, a.attempts, command[attempt.State]{
		stream: domain.AttemptStream(ref.ID), id: commandID, actor: actor,
		decide: func(s attempt.State) ([]domain.Event, error) { return attempt.Decide(s, cmd) },
	})
	out.ID = itemID
	return out, err
}
