package app

import (
	"context"
	"unicode/utf8"

	"cellule/domain"
	"cellule/domain/account"
)

// SetPasswordInput replaces a staff or jury password.
type SetPasswordInput struct {
	CommandID string
	Email     string
	Password  string
}

// SetPassword replaces the password of a staff or jury account: the
// operator's reset (`cellule user passwd`), System only. The old password
// stops working at once, and so do the sessions opened with it (a reset
// often follows a leak): each ends (SessionEnded "password-reset"), which
// also closes their sockets. NOT_FOUND unknown e-mail; FORBIDDEN a
// candidate (they have access codes) or a disabled account; INVALID_INPUT a
// password shorter than 10 or longer than 200 characters.
func (a *App) SetPassword(ctx context.Context, actor Actor, in SetPasswordInput) (UserView, error) {
	v, err := a.operatorOnAccount(ctx, actor, in.CommandID, in.Email, func() (account.Command, error) {
		if n := utf8.RuneCountInString(in.Password); n < MinPasswordLen || n > domain.MaxShortText {
			return nil, domain.Invalid("password", "Le mot de passe doit compter entre 10 et 200 caractères.")
		}
		return account.ChangePassword{PasswordHash: a.cfg.Argon2.hashPassword(in.Password), By: actor.UserID, Now: a.now()}, nil
	})
	if err != nil {
		return UserView{}, err
	}
	for _, ss := range a.proj.OpenSessionsOf(v.UserID) {
		if err := a.endSession(ctx, actor, v.UserID, ss.SessionID, "password-reset"); err != nil {
			return UserView{}, err
		}
	}
	return v, nil
}

// operatorOnAccount runs an operator's command (System only: the command
// line) on the account with this e-mail and returns the account's view.
// command checks the input and builds the command, once the actor and the
// account are known.
func (a *App) operatorOnAccount(ctx context.Context, actor Actor, commandID, rawEmail string, command func() (account.Command, error)) (UserView, error) {
	if err := requireRole(actor, RoleSystem); err != nil {
		return UserView{}, err
	}
	if err := ensureCommandID(&commandID); err != nil {
		return UserView{}, err
	}
	email, err := domain.NormaliseEmail("email", rawEmail)
	if err != nil {
		return UserView{}, err
	}
	id := userIDFor(email)
	if _, _, ok := a.user(id); !ok {
		return UserView{}, domain.NotFound("email", "Aucun compte avec cette adresse e-mail.")
	}
	c, err := command()
	if err != nil {
		return UserView{}, err
	}
	if _, err := a.onAccount(ctx, actor, id, commandID, "", c); err != nil {
		return UserView{}, err
	}
	v, _, _ := a.user(id)
	return v, nil
}
