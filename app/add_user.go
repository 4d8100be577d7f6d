package app

import (
	"context"
	"unicode/utf8"

	"cellule/domain"
	"cellule/domain/account"
)

// MinPasswordLen is the shortest password accepted, in characters.
const MinPasswordLen = 10

// AddUserInput creates a staff or jury account.
type AddUserInput struct {
	CommandID   string
	Role        domain.Role
	Email       string
	DisplayName string
	Password    string
}

// AddUser creates a staff or jury account (candidates come from
// EnrolCandidate). System (the command line) or staff. CONFLICT e-mail
// taken; INVALID_INPUT role, e-mail, name, password shorter than 10 or
// longer than 200 characters.
func (a *App) AddUser(ctx context.Context, actor Actor, in AddUserInput) (UserView, error) {
	if err := requireRole(actor, RoleSystem, domain.RoleStaff); err != nil {
		return UserView{}, err
	}
	if err := ensureCommandID(&in.CommandID); err != nil {
		return UserView{}, err
	}
	if in.Role != domain.RoleStaff && in.Role != domain.RoleJury {
		return UserView{}, domain.Invalid("role", "Rôle invalide : staff ou jury (les candidats sont inscrits à une session).")
	}
	email, err := domain.NormaliseEmail("email", in.Email)
	if err != nil {
		return UserView{}, err
	}
	if n := utf8.RuneCountInString(in.Password); n < MinPasswordLen || n > domain.MaxShortText {
		return UserView{}, domain.Invalid("password", "Le mot de passe doit compter entre 10 et 200 caractères.")
	}
	id := userIDFor(email)
	hash := a.cfg.Argon2.hashPassword(in.Password)
	_, err = a.onAccount(ctx, actor, id, in.CommandID, "", account.RegisterUser{
		UserID: id, Role: in.Role, Email: email, DisplayName: in.DisplayName, PasswordHash: hash, By: actor.UserID, Now: a.now(),
	})
	if err != nil {
		if domain.CodeOf(err) == domain.CodeConflict {
			return UserView{}, domain.Conflict("email", "Un compte existe déjà avec cette adresse e-mail.")
		}
		return UserView{}, err
	}
	v, _, _ := a.user(id)
	return v, nil
}
