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
