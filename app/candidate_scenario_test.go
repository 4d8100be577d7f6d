package app

import (
	"testing"

	"cellule/domain"
)

// The competency grid is the exam guide's: the candidate reads their own
// attempt's to prepare the oral, the jury only after the lock.
func TestCompetencyGridAuthorization(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	grid := func(a Actor, id string) error { _, err := e.app.CompetencyGrid(e.ctx, a, id); return err }
	before := []struct {
		name  string
		actor Actor
		id    string
		want  domain.Code
	}{
		{"candidate, own attempt", s.alice, s.aliceAttempt, ""},
		{"candidate, another's attempt", s.alice, s.bobAttempt, domain.CodeForbidden},
		{"other candidate", s.bob, s.aliceAttempt, domain.CodeForbidden},
		{"jury before the lock", s.jury, s.aliceAttempt, domain.CodeForbidden},
		{"staff, own session", s.staff, s.aliceAttempt, ""},
		{"anonymous", Actor{}, s.aliceAttempt, CodeUnauthenticated},
		{"no such attempt", s.alice, "no-such-attempt", domain.CodeNotFound},
	}
	for _, c := range before {
		t.Run(c.name, func(t *testing.T) {
			if c.want == "" {
				e.must(grid(c.actor, c.id))
				return
			}
			code(t, grid(c.actor, c.id), c.want)
		})
	}
	g, err := e.app.CompetencyGrid(e.ctx, s.alice, s.aliceAttempt)
	e.must(err)
	if len(g) != len(domain.Competencies) {
		t.Fatalf("the candidate's grid has %d competencies, want C18–C29", len(g))
	}
	e.lockAlice(s)
	e.must(grid(s.jury, s.aliceAttempt))
	code(t, grid(s.other, s.aliceAttempt), domain.CodeForbidden) // a jury member not assigned
	e.must(grid(s.alice, s.aliceAttempt))                        // still readable after the lock
}

// The attempt names the scenario's indicators, so a KPI row can be a
// scenario KPI and get its verdict, but never their results nor targets.
func TestAttemptViewListsTheScenarioIndicators(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	v, err := e.app.MyAttempt(e.ctx, s.alice, s.aliceAttempt)
	e.must(err)
	sc, err := e.app.loadScenario(v.ScenarioID)
	e.must(err)
	if len(v.Indicators) == 0 || len(v.Indicators) != len(sc.KPIs) {
		t.Fatalf("%d indicators, want the scenario's %d", len(v.Indicators), len(sc.KPIs))
	}
	for i, k := range sc.KPIs {
		got := v.Indicators[i]
		want := domain.KPIInfo{ID: k.ID, Label: k.Label, Unit: k.Unit, HigherIsBetter: k.HigherIsBetter}
		if got != want {
			t.Errorf("indicator %d = %+v, want %+v", i, got, want)
		}
	}
}
