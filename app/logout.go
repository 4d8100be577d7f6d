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
	now := a.now()
	_, err := run(ctx, a, a.accounts, command[account.State]{
		stream: domain.UserStream(ss.UserID), id: "logout:" + ss.SessionID, actor: Actor{UserID: ss.UserID},
		decide: func(account.State) ([]domain.Event, error) {
			return []domain.Event{domain.SessionEnded{SessionID: ss.SessionID, Reason: "logout", At: now}}, nil
		},
	})
	return err
}
