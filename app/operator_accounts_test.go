package app

import (
	"testing"

	"cellule/domain"
)

// The operator resets a staff or jury password: the old one stops working,
// the new one logs in. Only the command line may; candidates have access
// codes; bad input changes nothing.
func TestSetPassword(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	const newPass = "un-nouveau-mot-de-passe"
	login := func(email, pass string) error {
		_, err := e.app.Login(e.ctx, LoginInput{Email: email, Password: pass})
		return err
	}
	refusals := []struct {
		name  string
		actor Actor
		in    SetPasswordInput
		want  domain.Code
	}{
		{"staff may not", s.staff, SetPasswordInput{Email: "jury@ecole.fr", Password: newPass}, domain.CodeForbidden},
		{"the user may not (no current password asked)", s.jury, SetPasswordInput{Email: "jury@ecole.fr", Password: newPass}, domain.CodeForbidden},
		{"unknown e-mail", System, SetPasswordInput{Email: "personne@ecole.fr", Password: newPass}, domain.CodeNotFound},
		{"malformed e-mail", System, SetPasswordInput{Email: "pas-une-adresse", Password: newPass}, domain.CodeInvalidInput},
		{"too short", System, SetPasswordInput{Email: "jury@ecole.fr", Password: "court"}, domain.CodeInvalidInput},
		{"a candidate", System, SetPasswordInput{Email: "alice@etu.fr", Password: newPass}, domain.CodeForbidden},
	}
	for _, r := range refusals {
		t.Run(r.name, func(t *testing.T) {
			before := e.app.Position()
			_, err := e.app.SetPassword(e.ctx, r.actor, r.in)
			code(t, err, r.want)
			if e.app.Position() != before {
				t.Fatal("a refused reset appended events")
			}
		})
	}
	if err := login("jury@ecole.fr", "motdepasse-solide"); err != nil {
		t.Fatalf("the old password after refusals: %v", err)
	}
	open, err := e.app.Login(e.ctx, LoginInput{Email: "jury@ecole.fr", Password: "motdepasse-solide"})
	e.must(err)
	staffSess, err := e.app.Login(e.ctx, LoginInput{Email: "staff@ecole.fr", Password: "motdepasse-solide"})
	e.must(err)
	watched, err := e.app.WatchSession(e.ctx, open.Token)
	e.must(err)
	if _, err := e.app.SetPassword(e.ctx, System, SetPasswordInput{Email: " Jury@Ecole.fr", Password: newPass}); err != nil {
		t.Fatal(err)
	}
	// The sessions opened with the old password end, and their sockets.
	_, err = e.app.Authenticate(e.ctx, open.Token)
	code(t, err, CodeUnauthenticated)
	select {
	case <-watched.Done():
	default:
		t.Fatal("a socket of the old password's session is still open")
	}
	if _, err := e.app.Authenticate(e.ctx, staffSess.Token); err != nil {
		t.Fatalf("another user's session ended with the reset: %v", err)
	}
	code(t, login("jury@ecole.fr", "motdepasse-solide"), CodeUnauthenticated)
	if err := login("jury@ecole.fr", newPass); err != nil {
		t.Fatalf("the new password: %v", err)
	}
}

// A disabled account cannot log in, its open session stops authenticating
// and its open socket ends; only the command line may disable.
func TestDisableUser(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	sess, err := e.app.Login(e.ctx, LoginInput{Email: "jury@ecole.fr", Password: "motdepasse-solide"})
	e.must(err)
	watched, err := e.app.WatchSession(e.ctx, sess.Token)
	e.must(err)

	_, err = e.app.DisableUser(e.ctx, s.staff, DisableUserInput{Email: "jury@ecole.fr", Reason: "a quitté l'école"})
	code(t, err, domain.CodeForbidden)
	_, err = e.app.DisableUser(e.ctx, System, DisableUserInput{Email: "jury@ecole.fr"})
	code(t, err, domain.CodeInvalidInput) // a reason is required
	if _, err := e.app.Authenticate(e.ctx, sess.Token); err != nil {
		t.Fatalf("refusals disabled the account: %v", err)
	}

	v, err := e.app.DisableUser(e.ctx, System, DisableUserInput{Email: "jury@ecole.fr", Reason: "a quitté l'école"})
	e.must(err)
	if !v.Disabled {
		t.Fatalf("view after disabling: %+v", v)
	}
	_, err = e.app.Authenticate(e.ctx, sess.Token)
	code(t, err, CodeUnauthenticated)
	select {
	case <-watched.Done():
	default:
		t.Fatal("the disabled account's socket is still open")
	}
	_, err = e.app.Login(e.ctx, LoginInput{Email: "jury@ecole.fr", Password: "motdepasse-solide"})
	code(t, err, CodeUnauthenticated)
	_, err = e.app.DisableUser(e.ctx, System, DisableUserInput{Email: "jury@ecole.fr", Reason: "encore"})
	code(t, err, domain.CodeForbidden) // already disabled
}
