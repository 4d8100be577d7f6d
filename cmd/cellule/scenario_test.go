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
	tests := []struct {
		name string
		args []string
		code int
		want []string // lines of stdout
	}{
		{
			name: "a sound scenario prints ok and its size",
			args: []string{"scenario", "lint", "../../scenarios/testdata/valid"},
			code: 0,
			want: []string{"ok: valid (3 agents, 5 facts, 2 KPIs)"},
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
				"ok: valid (3 agents, 5 facts, 2 KPIs)",
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
