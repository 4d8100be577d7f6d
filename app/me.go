package app

import "context"

// Me is the authenticated user's account. Any actor.
func (a *App) Me(ctx context.Context, actor Actor) (UserView, error) {
	if actor.UserID == "" {
		return UserView{}, unauthenticated("Connexion requise.")
	}
	v, _, ok := a.user(actor.UserID)
	if !ok {
		return UserView{}, unauthenticated("Compte indisponible.")
	}
	return v, nil
}
