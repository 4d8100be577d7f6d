package app

import (
	"context"
	"errors"

	"cellule/domain"
	"cellule/scenarios"
)

// ScenarioInfo is a built-in scenario as staff pick it for a session,
// with its lint status: a scenario that fails lint cannot be scheduled.
type ScenarioInfo struct {
	ID      string
	Title   string // "" when the scenario could not be read
	Version string
	Agents  int
	Facts   int
	// J1Minutes and J2Minutes are the scenario's suggested durations.
	J1Minutes, J2Minutes int
	EnvelopeEuros        float64
	// Valid is true when the scenario loads and passes lint; Problems
	// lists what the authors must fix otherwise ("file:line: message").
	Valid    bool
	Problems []string
}

// Scenarios lists the scenarios shipped in the binary with their lint
// status, sorted by id. Staff.
func (a *App) Scenarios(ctx context.Context, actor Actor) ([]ScenarioInfo, error) {
	if err := requireRole(actor, domain.RoleStaff); err != nil {
		return nil, err
	}
	ids := scenarios.ListBuiltin()
	out := make([]ScenarioInfo, 0, len(ids))
	for _, id := range ids {
		out = append(out, scenarioInfo(id, scenarios.LoadBuiltin))
	}
	return out, nil
}

// scenarioInfo loads one scenario (which lints it) and summarises it.
func scenarioInfo(id string, load func(string) (*scenarios.Scenario, error)) ScenarioInfo {
	info := ScenarioInfo{ID: id}
	s, err := load(id)
	if err != nil {
		var lint *scenarios.LintError
		if errors.As(err, &lint) {
			for _, p := range lint.Problems {
				info.Problems = append(info.Problems, p.String())
			}
		} else {
			info.Problems = []string{err.Error()}
		}
		return info
	}
	info.Valid = true
	info.Title, info.Version = s.Title, s.Version
	info.Agents = len(s.Agents)
	for _, ag := range s.Agents {
		info.Facts += len(ag.Facts)
	}
	info.J1Minutes, info.J2Minutes = s.Schedule.J1Minutes, s.Schedule.J2Minutes
	info.EnvelopeEuros = s.Budget.Envelope
	return info
}
