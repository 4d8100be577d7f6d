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
// stops working at once; sessions already open stay open until they end or
// expire. NOT_FOUND unknown e-mail; FORBIDDEN a candidate (they have
// access codes) or a disabled account; INVALID_INPUT a password shorter
// than 10 or longer than 200 characters.
func (a *App) SetPassword(ctx context.Context, actor Actor, in SetPasswordInput) (UserView, error) {
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
	if n := utf8.RuneCountInString(in.Password); n < MinPasswordLen || n > domain.MaxShortText {
		return UserView{}, domain.Invalid("password", "Le mot de passe doit compter entre 10 et 200 caractères.")
	}
	hash := a.cfg.Argon2.hashPassword(in.Password)
	if _, err := a.onAccount(ctx, actor, id, in.CommandID, "", account.ChangePassword{PasswordHash: hash, By: actor.UserID, Now: a.now()}); err != nil {
		return UserView{}, err
	}
	v, _, _ := a.user(id)
	return v, nil
}

// accountByEmail is the id of the account with this e-mail (NOT_FOUND).
func (a *App) accountByEmail(raw string) (string, error) {
	email, err := domain.NormaliseEmail("email", raw)
	if err != nil {
		return "", err
	}
	id, ok := a.proj.UserByEmail(email)
	if !ok {
		return "", domain.NotFound("email", "Aucun compte avec cette adresse e-mail.")
	}
	return id, nil
}
