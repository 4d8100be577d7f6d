package app

import (
	"context"

	"cellule/domain"
)

// CodeLoginInput is a candidate's login with the access code received at
// enrolment.
type CodeLoginInput struct {
	Code      string
	ClientKey string
}

// LoginWithCode opens a session for a candidate. The code is accepted as
// typed (case, spaces and dashes do not matter). UNAUTHENTICATED unknown
// or replaced code, disabled account; RATE_LIMITED after too many failures
// from the client key (codes have 80 random bits: guessing one is hopeless
// at that rate). Anonymous.
func (a *App) LoginWithCode(ctx context.Context, in CodeLoginInput) (Session, error) {
	if err := a.loginAllowed("", in.ClientKey); err != nil {
		return Session{}, err
	}
	code := normaliseCode(in.Code)
	if code == "" {
		a.loginFailed("", in.ClientKey)
		return Session{}, unauthenticated("Code d'accès incorrect.")
	}
	id, ok := a.proj.UserByCodeHash(a.cfg.CodeArgon2.hashCode(code))
	if !ok && a.cfg.Argon2 != a.cfg.CodeArgon2 {
		// Codes issued when they were hashed at the password cost.
		id, ok = a.proj.UserByCodeHash(a.cfg.Argon2.hashCode(code))
	}
	if ok {
		if _, st, found := a.user(id); !found || st.Disabled || st.Role != domain.RoleCandidate {
			ok = false
		}
	}
	if !ok {
		a.loginFailed("", in.ClientKey)
		return Session{}, unauthenticated("Code d'accès incorrect.")
	}
	return a.startSession(ctx, id)
}
