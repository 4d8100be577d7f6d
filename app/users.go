package app

import (
	"context"
	"time"

	"github.com/google/uuid"

	"cellule/domain"
	"cellule/domain/account"
	"cellule/projections"
)

// UserView is an account as shown to users (never any hash).
type UserView struct {
	UserID      string
	Role        domain.Role
	Email       string
	DisplayName string
	Disabled    bool
}

// Session is a login: the token goes in an HttpOnly cookie; only its
// SHA-256 is stored.
type Session struct {
	Token     string
	ExpiresAt time.Time
	User      UserView
}

var userNamespace = uuid.MustParse("5d1f8e0a-3c2b-4f7e-9a61-2b8c4d0e7f93")

// userIDFor derives the account id from the normalised e-mail, so that
// one e-mail can only ever have one account: registering appends to
// user-<id> with NoStream semantics (the decider refuses an existing
// stream), which holds across replicas without any reservation stream.
func userIDFor(email string) string { return uuid.NewSHA1(userNamespace, []byte(email)).String() }

func userView(u *projections.User) UserView {
	s := &u.State
	return UserView{UserID: u.ID, Role: s.Role, Email: s.Email, DisplayName: s.DisplayName, Disabled: s.Disabled}
}

func (a *App) user(id string) (UserView, account.State, bool) {
	var v UserView
	var st account.State
	ok := a.proj.ViewUser(id, func(u *projections.User) { v, st = userView(u), u.State })
	return v, st, ok
}

// onAccount runs one account command through the pipeline.
func (a *App) onAccount(ctx context.Context, actor Actor, userID, commandID, correlation string, c account.Command) (Outcome, error) {
	return run(ctx, a, a.accounts, command[account.State]{
		stream: domain.UserStream(userID), id: commandID, actor: actor, correlation: correlation, causation: correlation,
		decide: func(s account.State) ([]domain.Event, error) { return account.Decide(s, c) },
	})
}
