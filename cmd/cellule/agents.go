package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"cellule/agents/evalset"
	"cellule/agents/offline"
	"cellule/scenarios"
)

// defaultScenario is the built-in scenario the agent tools use when no
// --scenario is given.
const defaultScenario = "vitalia"

func init() {
	register("agents", "evaluate the offline agents (agents eval [--scenario DIR] [-v])", runAgents)
}

func runAgents(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "eval" {
		fmt.Fprintln(stderr, "usage: cellule agents eval [--scenario DIR] [-v]")
		return exitCode(2)
	}
	fl := flag.NewFlagSet("agents eval", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dir := fl.String("scenario", "", "dossier du scénario (par défaut : le scénario intégré "+defaultScenario+")")
	verbose := fl.Bool("v", false, "liste chaque question dont la réponse ne correspond pas à l'étiquette")
	if err := fl.Parse(args[1:]); err != nil {
		return exitCode(2)
	}
	if fl.NArg() != 0 {
		fmt.Fprintln(stderr, "usage: cellule agents eval [--scenario DIR] [-v]")
		return exitCode(2)
	}
	s, set, err := loadEval(*dir)
	if err != nil {
		return err
	}
	report, err := evalset.Run(ctx, s, set, offline.New())
	if err != nil {
		return err
	}
	report.Write(stdout, *verbose)
	if !report.Pass() {
		return exitCode(1)
	}
	return nil
}

// loadScenario loads DIR, or the built-in scenario when dir is empty.
func loadScenario(dir string) (*scenarios.Scenario, error) {
	if dir == "" {
		return scenarios.LoadBuiltin(defaultScenario)
	}
	return scenarios.Load(dir)
}

func loadEval(dir string) (*scenarios.Scenario, *evalset.Set, error) {
	s, err := loadScenario(dir)
	if err != nil {
		return nil, nil, err
	}
	var set *evalset.Set
	if dir == "" {
		set, err = evalset.Load(scenarios.Builtin(), defaultScenario)
	} else {
		set, err = evalset.LoadDir(dir)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("jeu d'évaluation : %w", err)
	}
	return s, set, nil
}
