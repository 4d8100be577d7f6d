package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const flagshipDir = "../../scenarios/vitalia"

func TestAskJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"ask", "--scenario", flagshipDir, "--agent", "data", "--json", "Quel est le taux de conversion des leads en contrats ?"}, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var got struct {
		Agent, Text, Engine string
		Facts               []string
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if got.Agent != "data" || got.Engine != "offline" || len(got.Facts) != 1 || got.Facts[0] != "data.taux-conversion" || !strings.Contains(got.Text, "13,1 %") {
		t.Fatalf("got %+v", got)
	}
}

func TestAskWithHistoryRepeatsBriefly(t *testing.T) {
	h := filepath.Join(t.TempDir(), "history.json")
	os.WriteFile(h, []byte(`[{"question":"Quel est le taux de conversion ?","answer":"…","facts":["data.taux-conversion"]}]`), 0o600)
	var out, errOut bytes.Buffer
	code := run([]string{"ask", "--scenario", flagshipDir, "--agent", "data", "--history", h, "Quel est le taux de conversion ?"}, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if strings.Contains(out.String(), "dossiers en attente") {
		t.Fatalf("repeated in full: %q", out.String())
	}
}

func TestAskErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no agent", []string{"ask", "--scenario", flagshipDir, "bonjour"}, 2, "usage"},
		{"no question", []string{"ask", "--scenario", flagshipDir, "--agent", "data"}, 2, "usage"},
		{"unknown agent", []string{"ask", "--scenario", flagshipDir, "--agent", "jury", "bonjour"}, 1, "agent inconnu"},
		{"supplier on J1", []string{"ask", "--scenario", flagshipDir, "--agent", "lieu", "--day", "J1", "bonjour"}, 1, "indisponible"},
		{"bad history", []string{"ask", "--scenario", flagshipDir, "--agent", "data", "--history", "/nonexistent.json", "bonjour"}, 1, "nonexistent"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := run(c.args, &out, &errOut); code != c.code || !strings.Contains(errOut.String(), c.want) {
				t.Fatalf("exit %d, stderr %q", code, errOut.String())
			}
		})
	}
}

func TestAgentsEvalEndsWithTheSummaryLine(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"agents", "eval", "--scenario", flagshipDir}, &out, &errOut)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "precision=") || !strings.Contains(last, " recall=") || !strings.Contains(last, " leaks=") {
		t.Fatalf("last line %q", last)
	}
	if code != 0 {
		t.Fatalf("exit %d below target:\n%s", code, out.String())
	}
}

// The README's history example: each ask is independent, so a fact that
// `requires` another is earned only when the history file says the
// prerequisite was disclosed.
func TestAskHistoryFileMeetsPrerequisites(t *testing.T) {
	const q = "Pourquoi le parcours en ligne n'était-il pas prêt ?"
	facts := func(args ...string) []string {
		t.Helper()
		var out, errOut bytes.Buffer
		args = append([]string{"ask", "--scenario", flagshipDir, "--agent", "direction", "--json"}, append(args, q)...)
		if code := run(args, &out, &errOut); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		var got struct{ Facts []string }
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatalf("%v: %s", err, out.String())
		}
		return got.Facts
	}
	if got := facts(); len(got) != 0 {
		t.Fatalf("without history: facts %v, want none (the prerequisite is not disclosed)", got)
	}
	if got := facts("--history", "../../scenarios/testdata/ask-history.json"); len(got) != 1 || got[0] != "direction.maintien-medias" {
		t.Fatalf("with the example history: facts %v, want [direction.maintien-medias]", got)
	}
}
