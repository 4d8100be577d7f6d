package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// withStdin runs fn with os.Stdin reading input (a pipe, not a terminal).
func withStdin(t *testing.T, input string, fn func()) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() { w.WriteString(input); w.Close() }()
	old := os.Stdin
	os.Stdin = r
	defer func() { os.Stdin = old; r.Close() }()
	fn()
}

func TestUserAddThenRebuild(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, stdin string
		args        []string
		code        int
		out         string
	}{
		{"staff from stdin", "un-mot-de-passe-long\n", []string{"user", "add", "--role", "staff", "--email", "Chef@Ecole.fr", "--data", dir}, 0, "compte staff créé : chef@ecole.fr"},
		{"jury, last line without newline", "autre-mot-de-passe", []string{"user", "add", "--role", "jury", "--email", "jury@ecole.fr", "--name", "Jury", "--data", dir}, 0, "compte jury créé"},
		{"same e-mail again", "un-mot-de-passe-long\n", []string{"user", "add", "--role", "jury", "--email", "chef@ecole.fr", "--data", dir}, 1, ""},
		{"candidate role refused", "x\n", []string{"user", "add", "--role", "candidate", "--email", "c@ecole.fr", "--data", dir}, 2, ""},
		{"short password refused", "court\n", []string{"user", "add", "--role", "staff", "--email", "s@ecole.fr", "--data", dir}, 1, ""},
		{"password reset", "encore-un-mot-de-passe\n", []string{"user", "passwd", "--email", "jury@ecole.fr", "--data", dir}, 0, "mot de passe remplacé : jury@ecole.fr"},
		{"password reset of an unknown account", "encore-un-mot-de-passe\n", []string{"user", "passwd", "--email", "x@ecole.fr", "--data", dir}, 1, ""},
		{"disable without a reason", "", []string{"user", "disable", "--email", "jury@ecole.fr", "--data", dir}, 2, ""},
		{"disable", "", []string{"user", "disable", "--email", "jury@ecole.fr", "--reason", "a quitté l'école", "--data", dir}, 0, "compte désactivé : jury@ecole.fr"},
		{"password reset of a disabled account", "encore-un-mot-de-passe\n", []string{"user", "passwd", "--email", "jury@ecole.fr", "--data", dir}, 1, ""},
		{"unknown subcommand", "", []string{"user", "remove", "--email", "jury@ecole.fr", "--data", dir}, 2, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			var code int
			withStdin(t, c.stdin, func() { code = run(c.args, &stdout, &stderr) })
			if code != c.code || !strings.Contains(stdout.String(), c.out) {
				t.Fatalf("exit %d, stdout %q, stderr %q; want exit %d and %q", code, stdout.String(), stderr.String(), c.code, c.out)
			}
			if strings.Contains(stdout.String()+stderr.String(), "mot-de-passe") {
				t.Fatal("the password was echoed")
			}
		})
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"rebuild", "--data", dir, "--quiet"}, &stdout, &stderr); code != 0 {
		t.Fatalf("rebuild: exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "comptes      2") || !strings.Contains(stdout.String(), "ignorés : 0") {
		t.Fatalf("rebuild output:\n%s", stdout.String())
	}
}
