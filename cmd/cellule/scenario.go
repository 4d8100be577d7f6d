package main

import (
	"context"
	"errors"
	"fmt"
	"io"

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
// both use it.
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
		case err != nil:
			failed = true
			fmt.Fprintln(stdout, err) // it names dir already
		default:
			fmt.Fprintf(stdout, "ok: %s (%d agents, %d facts, %d KPIs)\n", s.ID, len(s.Agents), countFacts(s), len(s.KPIs))
		}
	}
	if failed {
		return exitCode(1)
	}
	return nil
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
