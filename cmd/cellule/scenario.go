package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"

	"cellule/agents/evalset"
	"cellule/scenarios"
)

func init() {
	register("scenario", "lint or list scenarios (scenario lint DIR..., scenario list)", runScenario)
}

func runScenario(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: cellule scenario lint DIR [DIR...]\n       cellule scenario list")
		return exitCode(2)
	}
	switch args[0] {
	case "lint":
		return runScenarioLint(args[1:], stdout, stderr)
	case "list":
		return runScenarioList(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "cellule scenario: sous-commande inconnue %q (lint, list)\n", args[0])
	return exitCode(2)
}

// runScenarioLint prints every problem of each folder as file:line: message
// and exits 1 when any folder has one, so that CI and authors' editors can
// both use it. The folder's eval.yaml, when present, is checked too, and
// warnings (content that loads but probably not as meant) are printed
// without failing.
func runScenarioLint(dirs []string, stdout, stderr io.Writer) error {
	if len(dirs) == 0 {
		fmt.Fprintln(stderr, "usage: cellule scenario lint DIR [DIR...]")
		return exitCode(2)
	}
	failed := false
	for _, dir := range dirs {
		s, err := scenarios.Load(dir)
		var lerr *scenarios.LintError
		switch {
		case errors.As(err, &lerr):
			failed = true
			for _, p := range lerr.Problems {
				fmt.Fprintln(stdout, p.String())
			}
			fmt.Fprintf(stdout, "%s : %d problème(s)\n", dir, len(lerr.Problems))
			continue
		case err != nil:
			failed = true
			fmt.Fprintln(stdout, err) // it names dir already
			continue
		}
		problems, evalQuestions := lintEval(dir, s)
		for _, p := range s.Warnings {
			fmt.Fprintln(stdout, p.String())
		}
		if len(problems) > 0 {
			failed = true
			for _, p := range problems {
				fmt.Fprintln(stdout, p.String())
			}
			fmt.Fprintf(stdout, "%s : %d problème(s)\n", dir, len(problems))
			continue
		}
		summary := fmt.Sprintf("%d agents, %d facts, %d KPIs", len(s.Agents), countFacts(s), len(s.KPIs))
		if evalQuestions > 0 {
			summary += fmt.Sprintf(", %d eval questions", evalQuestions)
		}
		if n := len(s.Warnings); n > 0 {
			summary += fmt.Sprintf(", %d avertissement(s)", n)
		}
		fmt.Fprintf(stdout, "ok: %s (%s)\n", s.ID, summary)
	}
	if failed {
		return exitCode(1)
	}
	return nil
}

// lintEval checks the folder's eval.yaml, when there is one, against the
// loaded scenario, with the evaluation runner's own loader; it returns
// the problems and the number of questions.
func lintEval(dir string, s *scenarios.Scenario) ([]scenarios.Problem, int) {
	set, err := evalset.LoadDir(dir)
	var lerr *scenarios.LintError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, 0
	case errors.As(err, &lerr):
		return lerr.Problems, 0
	case err != nil:
		return []scenarios.Problem{{File: filepath.Join(dir, evalset.FileName), Message: "lecture impossible : " + err.Error()}}, 0
	}
	return set.Lint(s), len(set.Questions) + len(set.Adversarial)
}

func countFacts(s *scenarios.Scenario) int {
	n := 0
	for _, a := range s.Agents {
		n += len(a.Facts)
	}
	return n
}

// runScenarioList prints the scenarios built into the binary.
func runScenarioList(args []string, stdout, stderr io.Writer) error {
	if len(args) != 0 {
		fmt.Fprintln(stderr, "usage: cellule scenario list")
		return exitCode(2)
	}
	ids := scenarios.ListBuiltin()
	if len(ids) == 0 {
		fmt.Fprintln(stdout, "aucun scénario intégré")
		return nil
	}
	for _, id := range ids {
		s, err := scenarios.LoadBuiltin(id)
		if err != nil {
			fmt.Fprintf(stdout, "%s\tINVALIDE (cellule scenario lint pour le détail)\n", id)
			continue
		}
		fmt.Fprintf(stdout, "%s\t%s (%d agents, %d facts, %d KPIs)\n", s.ID, s.Title, len(s.Agents), countFacts(s), len(s.KPIs))
	}
	return nil
}
