package app

import (
	"context"

	"cellule/domain"
	"cellule/domain/account"
)

// Logout ends the session of this token (SessionEnded): the token stops
// working at once, on every replica. An unknown or ended token is not an
// error. Anonymous (the token is the credential).
func (a *App) Logout(ctx context.Context, token string) error {
	if token == "" || len(token) > 128 {
		return nil
	}
	ss, ok := a.proj.SessionByTokenHash(tokenHash(token))
	if !ok {
		return nil
	}
	return a.endSession(ctx, Actor{UserID: ss.UserID}, ss.UserID, ss.SessionID, "logout")
}

// endSession appends SessionEnded for one session of userID; the command id
// derives from the reason and the session, so a retry ends it once.
func (a *App) endSession(ctx context.Context, actor Actor, userID, sessionID, reason string) error {
	now := a.now()
	_, err := run(ctx, a, a.accounts, command[account.State]{
		stream: domain.UserStream(userID), id: reason + ":" + sessionID, actor: actor,
		decide: func(account.State) ([]domain.Event, error) {
			return []domain.Event{domain.SessionEnded{SessionID: sessionID, Reason: reason, At: now}}, nil
		},
	})
	return err
}
