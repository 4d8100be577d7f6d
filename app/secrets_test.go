package app

import (
	"strings"
	"testing"

	"cellule/domain"
)

func TestAccessCodesRoundTripAsTyped(t *testing.T) {
	for i := 0; i < 100; i++ {
		c := newAccessCode()
		n := normaliseCode(c)
		if len(n) != 16 || n != strings.ReplaceAll(c, "-", "") {
			t.Fatalf("code %q normalises to %q", c, n)
		}
		if got := normaliseCode(" " + strings.ToLower(c) + " "); got != n {
			t.Fatalf("typed in lower case: %q, want %q", got, n)
		}
	}
	for typed, want := range map[string]string{
		"oooo-iiii-llll-0000":  "0000111111110000", // Crockford's look-alikes
		"ABCD-EFGH-JKMN-PQR":   "",                 // too short
		"ABCD-EFGH-JKMN-PQRSU": "",                 // U is not in the alphabet
		"ABCD EFGH JKMN PQRS":  "ABCDEFGHJKMNPQRS",
	} {
		if got := normaliseCode(typed); got != want {
			t.Errorf("normaliseCode(%q) = %q, want %q", typed, got, want)
		}
	}
}

func TestPasswordHashVerifies(t *testing.T) {
	h := cheapArgon2.hashPassword("motdepasse-solide")
	if !strings.HasPrefix(h, "$argon2id$v=19$m=64,t=1,p=1$") {
		t.Fatalf("hash %q", h)
	}
	if !verifyPassword(h, "motdepasse-solide") || verifyPassword(h, "motdepasse-solidE") {
		t.Fatal("verification does not tell the right password from a wrong one")
	}
	if cheapArgon2.hashPassword("motdepasse-solide") == h {
		t.Fatal("two hashes of one password are equal: no random salt")
	}
}

func FuzzNormaliseCode(f *testing.F) {
	f.Add("ABCD-EFGH-JKMN-PQRS")
	f.Add("oooo iiii llll 0000")
	f.Add("é\x00-")
	f.Fuzz(func(t *testing.T, s string) {
		n := normaliseCode(s)
		if n == "" {
			return
		}
		if len(n) != 16 {
			t.Fatalf("normalised %q has %d characters", n, len(n))
		}
		for _, r := range n {
			if !strings.ContainsRune(codeAlphabet, r) {
				t.Fatalf("normalised %q holds %q", n, r)
			}
		}
		if normaliseCode(n) != n {
			t.Fatal("not idempotent")
		}
	})
}

func FuzzVerifyPassword(f *testing.F) {
	f.Add("$argon2id$v=19$m=64,t=1,p=1$c2FsdA$aGFzaA", "x")
	f.Add("$argon2id$v=19$m=99999999,t=99,p=0$$", "x")
	f.Fuzz(func(t *testing.T, phc, pw string) {
		// Must never panic nor accept a malformed hash; the caps on m and t
		// keep a hostile stored hash from costing unbounded time.
		if verifyPassword(phc, pw) && !strings.HasPrefix(phc, "$argon2id$") {
			t.Fatal("accepted a non-argon2id hash")
		}
	})
}

func TestAccessCodesHashedAtThePasswordCostStillLogIn(t *testing.T) {
	// Codes were once hashed at the password cost: a session seeded then
	// must keep working after the code cost became its own setting.
	e := newEnv(t, func(d *Deps) { d.CodeArgon2 = d.Argon2 })
	s := e.session()
	e.restart()
	if _, err := e.app.LoginWithCode(e.ctx, CodeLoginInput{Code: s.aliceCode, ClientKey: "t"}); err != nil {
		t.Fatalf("code issued at the password cost refused after the change: %v", err)
	}
	if _, err := e.app.LoginWithCode(e.ctx, CodeLoginInput{Code: "ABCD-EFGH-JKMN-PQRS", ClientKey: "t"}); domain.CodeOf(err) != CodeUnauthenticated {
		t.Fatalf("unknown code: %v, want UNAUTHENTICATED", err)
	}
}

func TestAccessCodesAreHashedAtTheirOwnCost(t *testing.T) {
	got := cheapCodeArgon2.hashCode("ABCDEFGHJKMNPQRS")
	if !strings.HasPrefix(got, "$argon2id$v=19$m=32,t=1,p=1$") {
		t.Fatalf("code hash %q", got)
	}
}
