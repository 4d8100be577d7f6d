package app

import (
	"context"
	"errors"
	"testing"
	"time"

	"cellule/domain"
)

// A watched session's context ends when that session ends — logout from
// elsewhere, expiry — and only then: another session of the same user, or
// another user's logout, leaves it open. A cancelled watch is forgotten.
func TestWatchSessionEndsWithItsSession(t *testing.T) {
	e := newEnv(t)
	e.addUser(domain.RoleStaff, "staff@ecole.fr")
	e.addUser(domain.RoleJury, "jury@ecole.fr")
	login := func(email string) string {
		t.Helper()
		s, err := e.app.Login(e.ctx, LoginInput{Email: email, Password: "motdepasse-solide"})
		e.must(err)
		return s.Token
	}
	ended := func(ctx context.Context) bool {
		select {
		case <-ctx.Done():
			if !errors.Is(context.Cause(ctx), ErrSessionEnded) {
				t.Fatalf("ended with cause %v, want ErrSessionEnded", context.Cause(ctx))
			}
			return true
		case <-time.After(50 * time.Millisecond):
			return false
		}
	}

	_, err := e.app.WatchSession(e.ctx, "forged-token")
	code(t, err, CodeUnauthenticated)

	tab1, tab2, jury := login("staff@ecole.fr"), login("staff@ecole.fr"), login("jury@ecole.fr")
	w1, err := e.app.WatchSession(e.ctx, tab1)
	e.must(err)
	w2, err := e.app.WatchSession(e.ctx, tab2)
	e.must(err)
	wj, err := e.app.WatchSession(e.ctx, jury)
	e.must(err)

	e.must(e.app.Logout(e.ctx, jury)) // another user
	if ended(w1) || ended(w2) {
		t.Fatal("a staff socket ended with the jury member's logout")
	}
	if !ended(wj) {
		t.Fatal("the jury member's socket outlived their logout")
	}
	e.must(e.app.Logout(e.ctx, tab1)) // the same user, another session
	if !ended(w1) {
		t.Fatal("a socket outlived its session's logout")
	}
	if ended(w2) {
		t.Fatal("the other session's socket ended with this one's logout")
	}

	// Expiry is noticed on the scheduler's tick.
	e.clock.Set(beforeStart.Add(13 * time.Hour))
	e.app.recheckSessions("")
	if !ended(w2) {
		t.Fatal("a socket outlived its session's expiry")
	}

	// A watch whose caller went away is forgotten.
	fresh := login("staff@ecole.fr")
	ctx, cancel := context.WithCancel(e.ctx)
	if _, err := e.app.WatchSession(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	cancel()
	deadline := time.Now().Add(time.Second)
	for len(e.app.watched.of("")) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%d watchers left after every watch ended", len(e.app.watched.of("")))
		}
		time.Sleep(5 * time.Millisecond)
	}
}
