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
	if err := requireRole(actor, RoleSystem); err != nil {
		return UserView{}, err
	}
	if err := ensureCommandID(&in.CommandID); err != nil {
		return UserView{}, err
	}
	id, err := a.accountByEmail(in.Email)
	if err != nil {
		return UserView{}, err
	}
	if err := domain.CheckText("reason", in.Reason, domain.MaxShortText, true); err != nil {
		return UserView{}, err
	}
	if _, err := a.onAccount(ctx, actor, id, in.CommandID, "", account.DisableUser{Reason: in.Reason, By: actor.UserID, Now: a.now()}); err != nil {
		return UserView{}, err
	}
	v, _, _ := a.user(id)
	return v, nil
}
