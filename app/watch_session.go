package app

import (
	"context"
	"errors"
	"strings"
	"sync"

	"cellule/domain"
	"cellule/projections"
)

// ErrSessionEnded is the cause of a WatchSession context that ended
// because the session did (logout, expiry, disabled account).
var ErrSessionEnded = errors.New("session ended")

// WatchSession returns a context that ends, with cause ErrSessionEnded,
// when the session of token does: logged out (in any tab or process),
// expired, or its account disabled. A long-lived connection authenticated
// once — the WebSocket, authenticated at connection_init — runs in it, so
// that it does not outlive its session. UNAUTHENTICATED if the session is
// not valid now.
//
// A change to the user's stream (a session ended, the account disabled)
// re-checks that user's watched sessions as soon as it is folded; expiry is
// noticed on the scheduler's next tick (every second by default).
func (a *App) WatchSession(ctx context.Context, token string) (context.Context, error) {
	actor, err := a.Authenticate(ctx, token)
	if err != nil {
		return nil, err
	}
	wctx, cancel := context.WithCancelCause(ctx)
	w := &sessionWatcher{token: token, cancel: cancel}
	a.watched.add(actor.UserID, w)
	context.AfterFunc(wctx, func() { a.watched.remove(actor.UserID, w) })
	// Ended between the check and the registration: nothing will fold
	// again for it, so check once more now that it is registered.
	a.recheckSessions(actor.UserID)
	return wctx, nil
}

type sessionWatcher struct {
	token  string
	cancel context.CancelCauseFunc
}

// watchedSessions are the sessions WatchSession follows, by user id.
type watchedSessions struct {
	mu     sync.Mutex
	byUser map[string]map[*sessionWatcher]struct{}
}

func (ws *watchedSessions) add(userID string, w *sessionWatcher) {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	if ws.byUser == nil {
		ws.byUser = map[string]map[*sessionWatcher]struct{}{}
	}
	if ws.byUser[userID] == nil {
		ws.byUser[userID] = map[*sessionWatcher]struct{}{}
	}
	ws.byUser[userID][w] = struct{}{}
}

func (ws *watchedSessions) remove(userID string, w *sessionWatcher) {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	delete(ws.byUser[userID], w)
	if len(ws.byUser[userID]) == 0 {
		delete(ws.byUser, userID)
	}
}

// of returns the watchers of one user (all users when userID is "").
func (ws *watchedSessions) of(userID string) []*sessionWatcher {
	ws.mu.Lock()
	defer ws.mu.Unlock()
	var out []*sessionWatcher
	for u, set := range ws.byUser {
		if userID != "" && u != userID {
			continue
		}
		for w := range set {
			out = append(out, w)
		}
	}
	return out
}

// recheckSessions ends the watched sessions of userID (of everyone when
// "") that are no longer valid.
func (a *App) recheckSessions(userID string) {
	for _, w := range a.watched.of(userID) {
		if _, err := a.Authenticate(context.Background(), w.token); err != nil {
			w.cancel(ErrSessionEnded)
		}
	}
}

// sessionsChanged is the projections listener's part for sessions: a
// change to a user's stream may end a watched session.
func (a *App) sessionsChanged(c projections.Change) {
	if id, ok := strings.CutPrefix(c.Stream, domain.UserStreamPrefix); ok {
		a.recheckSessions(id)
	}
}
