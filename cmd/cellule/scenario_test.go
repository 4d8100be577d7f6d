package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScenarioLintCommand(t *testing.T) {
	broken := t.TempDir()
	for _, name := range []string{"scenario.yaml", "brief.yaml"} {
		data, err := os.ReadFile(filepath.Join("../../scenarios/testdata/valid", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(broken, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A sound scenario whose eval.yaml is broken, and one with warnings.
	badEval, warned := copyFixture(t), copyFixture(t)
	writeFile(t, filepath.Join(badEval, "eval.yaml"), "questions:\n"+
		"  - {agent: data, q: \"x\", expect: [data.inconnu], kind: precis}\n"+
		"  - {agent: compta, q: \"y\"}\n")
	writeFile(t, filepath.Join(warned, "synonyms.yaml"), "synonyms:\n  - [chiffre d'affaires, CA]\n")
	brokenEval := copyFixture(t)
	writeFile(t, filepath.Join(brokenEval, "eval.yaml"), "questions:\n  - {agent: data, q: x, expects: [a]}\n")
	tests := []struct {
		name string
		args []string
		code int
		want []string // lines of stdout
	}{
		{
			name: "eval.yaml is checked against the scenario",
			args: []string{"scenario", "lint", badEval},
			code: 1,
			want: []string{
				badEval + "/eval.yaml:2: kind « precis » inconnu (questions : precise, vague, colloquial, typo, sans-accents, follow-up, prerequisite, wrong-agent, overview, reactivation, negotiation, haggling ; adversarial : jailbreak, dump, role, reversal, authority, mode, prompt, english, off-topic, adversarial)",
				badEval + "/eval.yaml:2: expect : fait inconnu « data.inconnu »",
				badEval + "/eval.yaml:3: agent inconnu « compta »",
				badEval + " : 3 problème(s)",
			},
		},
		{
			name: "eval.yaml's shape is checked like the scenario files",
			args: []string{"scenario", "lint", brokenEval},
			code: 1,
			want: []string{
				brokenEval + "/eval.yaml:2: clé inconnue « expects » dans questions[0] : vouliez-vous dire « expect » ?",
				brokenEval + " : 1 problème(s)",
			},
		},
		{
			name: "warnings are printed and do not fail",
			args: []string{"scenario", "lint", warned},
			code: 0,
			want: []string{
				warned + "/synonyms.yaml:2: attention : « CA » ne sera jamais reconnu : une fois normalisé, il ne reste que des mots vides (écrivez l'expression en toutes lettres)",
				"ok: " + filepath.Base(warned) + " (3 agents, 5 facts, 2 KPIs, 6 eval questions, 1 avertissement(s))",
			},
		},
		{
			name: "a sound scenario prints ok and its size",
			args: []string{"scenario", "lint", "../../scenarios/testdata/valid"},
			code: 0,
			want: []string{"ok: valid (3 agents, 5 facts, 2 KPIs, 6 eval questions)"},
		},
		{
			name: "a broken scenario prints each problem, a summary, and exits 1",
			args: []string{"scenario", "lint", broken},
			code: 1,
			want: []string{
				broken + "/agents: dossier manquant (un fichier .yaml par agent)",
				broken + "/competencies.yaml: fichier manquant",
				broken + "/kpis.yaml: fichier manquant",
				broken + "/offers.yaml: fichier manquant",
				broken + "/order_email.yaml: fichier manquant",
				broken + "/synonyms.yaml: fichier manquant",
				broken + " : 6 problème(s)",
			},
		},
		{
			name: "one bad folder among several fails the run",
			args: []string{"scenario", "lint", "../../scenarios/testdata/valid", "../../scenarios/testdata/absent"},
			code: 1,
			want: []string{
				"ok: valid (3 agents, 5 facts, 2 KPIs, 6 eval questions)",
				"scénario ../../scenarios/testdata/absent : stat ../../scenarios/testdata/absent: no such file or directory",
			},
		},
		{name: "lint needs a folder", args: []string{"scenario", "lint"}, code: 2},
		{name: "an unknown subcommand", args: []string{"scenario", "check"}, code: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, &stdout, &stderr); code != tt.code {
				t.Fatalf("exit %d, want %d; stdout:\n%s\nstderr:\n%s", code, tt.code, stdout.String(), stderr.String())
			}
			if tt.want == nil {
				return
			}
			if got := strings.TrimRight(stdout.String(), "\n"); got != strings.Join(tt.want, "\n") {
				t.Errorf("stdout:\n%s\nwant:\n%s", got, strings.Join(tt.want, "\n"))
			}
		})
	}
}

// copyFixture copies the valid scenario fixture into a folder of its own
// (named like the scenario id it then holds) and returns that folder.
func copyFixture(t *testing.T) string {
	t.Helper()
	src := "../../scenarios/testdata/valid"
	dst := filepath.Join(t.TempDir(), "valid")
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
