package app

import (
	"context"

	"cellule/domain"
	"cellule/domain/account"
)

// LoginInput is a staff or jury login. ClientKey identifies the client
// for rate limiting (the remote IP); it may be empty.
type LoginInput struct {
	Email     string
	Password  string
	ClientKey string
}

// Login opens a session for a staff or jury member. UNAUTHENTICATED for a
// wrong e-mail or password or a disabled account (the message never says
// which); RATE_LIMITED after too many failures for the account or the
// client key. Anonymous.
func (a *App) Login(ctx context.Context, in LoginInput) (Session, error) {
	email, err := domain.NormaliseEmail("email", in.Email)
	if err != nil {
		email = in.Email // still counted against the client key below
	}
	if err := a.loginAllowed("email:"+email, in.ClientKey); err != nil {
		return Session{}, err
	}
	id := userIDFor(email)
	_, st, ok := a.user(id)
	// Hash even for an unknown account, so timing does not tell which
	// e-mails exist.
	hash := st.PasswordHash
	if !ok || hash == "" {
		hash = a.dummyHash()
	}
	if !verifyPassword(hash, in.Password) || !ok || st.Disabled || st.Role == domain.RoleCandidate {
		a.loginFailed("email:"+email, in.ClientKey)
		return Session{}, unauthenticated("Adresse e-mail ou mot de passe incorrect.")
	}
	a.loginAccount.reset("email:" + email)
	return a.startSession(ctx, id)
}

// loginAllowed checks both limits. accountKey is empty for access codes
// (the account is unknown until the code matches); an empty clientKey
// shares one bucket, so a caller that passes none is still limited.
func (a *App) loginAllowed(accountKey, clientKey string) error {
	if accountKey != "" {
		if w := a.loginAccount.wait(accountKey, 0); w > 0 {
			return rateLimited(w)
		}
	}
	if w := a.loginClient.wait("client:"+clientKey, 0); w > 0 {
		return rateLimited(w)
	}
	return nil
}

func (a *App) loginFailed(accountKey, clientKey string) {
	if accountKey != "" {
		a.loginAccount.hit(accountKey, 0)
	}
	a.loginClient.hit("client:"+clientKey, 0)
}

// dummyHash is a valid hash of nothing anyone knows, with the current
// cost, computed once.
func (a *App) dummyHash() string {
	a.dummyOnce.Do(func() { a.dummy = a.cfg.Argon2.hashPassword(randomHex(16)) })
	return a.dummy
}

// startSession appends SessionStarted to the account's stream (so the
// session survives a restart, and a login racing a disable conflicts).
func (a *App) startSession(ctx context.Context, userID string) (Session, error) {
	token, th := newToken()
	now := a.now()
	expires := now.Add(a.cfg.SessionTTL)
	sid := randomHex(8)
	_, err := run(ctx, a, a.accounts, command[account.State]{
		stream: domain.UserStream(userID), id: "session:" + sid, actor: Actor{UserID: userID},
		decide: func(s account.State) ([]domain.Event, error) {
			if !s.Registered || s.Disabled {
				return nil, unauthenticated("Compte indisponible.")
			}
			return []domain.Event{domain.SessionStarted{SessionID: sid, TokenHash: th, ExpiresAt: expires, At: now}}, nil
		},
	})
	if err != nil {
		return Session{}, err
	}
	v, _, _ := a.user(userID)
	return Session{Token: token, ExpiresAt: expires, User: v}, nil
}
