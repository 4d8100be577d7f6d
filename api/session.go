package api

import (
	"context"
	"time"

	"cellule/app"
	"cellule/domain"
)

// Session is the HTTP side of one request (or one WebSocket connection),
// put in the context by the server: who is signed in, and how to set or
// clear the session cookie. The api never reads cookies itself.
type Session struct {
	// Actor is the authenticated user; zero when anonymous.
	Actor app.Actor
	// Token is the session token the request carried ("" when none).
	Token string
	// ClientKey identifies the client for login rate limits (the IP).
	ClientKey string
	// Start sets the session cookie; nil over WebSocket (no cookie can be
	// set on an upgraded connection, so login happens over HTTP).
	Start func(token string, expires time.Time)
	// End clears the session cookie; nil over WebSocket.
	End func()
}

type sessionKey struct{}

// WithSession returns ctx carrying s.
func WithSession(ctx context.Context, s *Session) context.Context {
	return context.WithValue(ctx, sessionKey{}, s)
}

// SessionFrom returns the request's session (never nil: an empty one when
// the server set none).
func SessionFrom(ctx context.Context) *Session {
	if s, ok := ctx.Value(sessionKey{}).(*Session); ok && s != nil {
		return s
	}
	return &Session{}
}

// actor returns the signed-in actor, or UNAUTHENTICATED. This is
// authentication only: what the actor may do is decided by app.
func actor(ctx context.Context) (app.Actor, error) {
	a := SessionFrom(ctx).Actor
	if a.UserID == "" {
		return app.Actor{}, &domain.Error{Code: app.CodeUnauthenticated, Message: "Connectez-vous pour continuer."}
	}
	return a, nil
}
