package app

import (
	"context"

	"cellule/projections"
)

// Authenticate turns a session token into the Actor of the use cases.
// UNAUTHENTICATED for an unknown, ended or expired token or a disabled
// account. It is a map lookup: call it on every request and at the
// WebSocket upgrade.
func (a *App) Authenticate(ctx context.Context, token string) (Actor, error) {
	if token == "" || len(token) > 128 {
		return Actor{}, unauthenticated("Connexion requise.")
	}
	ss, ok := a.proj.SessionByTokenHash(tokenHash(token))
	if !ok || !a.now().Before(ss.ExpiresAt) {
		return Actor{}, unauthenticated("Session expirée : reconnectez-vous.")
	}
	var actor Actor
	var disabled bool
	if !a.proj.ViewUser(ss.UserID, func(u *projections.User) {
		actor, disabled = Actor{UserID: u.ID, Role: u.State.Role}, u.State.Disabled
	}) || disabled {
		return Actor{}, unauthenticated("Compte indisponible.")
	}
	return actor, nil
}
