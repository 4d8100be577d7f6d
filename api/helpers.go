package api

import (
	"context"

	"cellule/app"
	"cellule/domain"
)

// loginOverHTTPOnly: a cookie cannot be set on an upgraded connection.
var loginOverHTTPOnly = &domain.Error{Code: domain.CodeForbidden,
	Message: "Connexion et déconnexion se font par HTTP, pas par WebSocket."}

func attemptChange(o app.Outcome, attemptID string) *AttemptChange {
	return &AttemptChange{ID: o.ID, Version: o.Version, attemptID: attemptID}
}

func floatOr(p *float64) float64 {
	if p == nil {
		return 0
	}
	return *p
}

// attemptView reads an attempt as the actor may see it: a jury member
// through LockedReport (after the lock only), anyone else through
// MyAttempt; app decides what each may see.
func (r *Resolver) attemptView(ctx context.Context, act app.Actor, id string) (*Attempt, error) {
	read := r.app.MyAttempt
	if act.Role == domain.RoleJury {
		read = r.app.LockedReport
	}
	v, err := read(ctx, act, id)
	if err != nil {
		return nil, err
	}
	return attemptOf(v), nil
}

// relay converts a subscription's values until in closes or ctx ends. The
// output is unbuffered on purpose: gqlgen writes each value to the socket
// as it comes, and app drops a subscriber whose buffer fills, so a slow
// client only ever slows itself.
func relay[T, U any](ctx context.Context, in <-chan T, conv func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for {
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				select {
				case out <- conv(v):
				case <-ctx.Done():
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func (r *Resolver) examView(ctx context.Context, act app.Actor, id string) (*ExamSession, error) {
	v, err := r.app.Exam(ctx, act, id)
	if err != nil {
		return nil, err
	}
	return examOf(v), nil
}
