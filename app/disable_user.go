package app

import (
	"context"

	"cellule/domain"
	"cellule/domain/account"
)

// DisableUserInput disables an account.
type DisableUserInput struct {
	CommandID string
	Email     string
	Reason    string
}

// DisableUser disables an account (`cellule user disable`), System only:
// it can no longer log in, its open sessions stop authenticating at once
// and its open WebSockets are closed (WatchSession). The events stay: a
// disabled candidate's attempt is still in the jury's and staff's views.
// NOT_FOUND unknown e-mail; FORBIDDEN already disabled; INVALID_INPUT a
// missing or too long reason.
func (a *App) DisableUser(ctx context.Context, actor Actor, in DisableUserInput) (UserView, error) {
	return a.operatorOnAccount(ctx, actor, in.CommandID, in.Email, func() (account.Command, error) {
		if err := domain.CheckText("reason", in.Reason, domain.MaxShortText, true); err != nil {
			return nil, err
		}
		return account.DisableUser{Reason: in.Reason, By: actor.UserID, Now: a.now()}, nil
	})
}
