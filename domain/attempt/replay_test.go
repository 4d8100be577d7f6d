package attempt_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
)

// stored is an event as the store returns it: type name and JSON data.
type stored struct {
	typ  string
	data []byte
}

// simulate drives the decider with random commands (fixed seed) until the
// attempt holds n events, as a busy candidate would over J1 and J2. It
// checks the report's invariants after every event and returns the events
// in stored form, with the JSON fingerprint of the state after each
// checkpoint version.
func simulate(t testing.TB, n int, checkpoints map[int]bool) ([]stored, map[int]string) {
	r := rand.New(rand.NewPCG(1, 2))
	s := fold(opened)
	out := []stored{encode(t, opened)}
	prints := map[int]string{}
	if checkpoints[1] {
		prints[1] = fingerprint(t, s)
	}
	pick := func(prefix string, k int) string { return fmt.Sprintf("%s%d", prefix, r.IntN(k)) }
	agents := []string{"data", "field", "venue"}
	for i := 0; len(out) < n; i++ {
		if i > 50*n {
			t.Fatalf("simulation stuck at %d events", len(out))
		}
		// Spread the commands over J1 then J2, inside the deadline.
		frac := float64(len(out)) / float64(n)
		now := sched.J1Start.Add(time.Duration(frac * 2 * float64(7*time.Hour)))
		if frac >= 0.5 {
			now = sched.J2Start.Add(time.Duration((frac - 0.5) * 2 * float64(7*time.Hour)))
		}
		var c attempt.Command
		switch r.IntN(14) {
		case 0:
			c = attempt.AskQuestion{QuestionID: fmt.Sprintf("q%d", i), AgentID: agents[r.IntN(3)], Text: "Quels chiffres de conversion ?", Now: now}
		case 1:
			if len(s.Questions) > 0 {
				q := s.Questions[r.IntN(len(s.Questions))]
				c = attempt.RecordAnswer{QuestionID: q.QuestionID, Text: "Réponse détaillée avec 12 %.", FactIDs: []string{"f1", "f2"}, NewFactIDs: []string{"f2"}, Engine: "offline", LatencyMs: 30, Now: now}
			}
		case 2:
			c = attempt.AddKpiRow{RowID: pick("r", 8), Label: "Indicateur", Result: r.Float64() * 100, Target: 50, Unit: "%", Now: now}
		case 3:
			c = attempt.ChangeKpiRow{RowID: pick("r", 8), Label: "Indicateur", Result: r.Float64() * 100, Target: 50, Unit: "%", Now: now}
		case 4:
			c = attempt.AddCause{CauseID: pick("c", 6), Text: "Cause", Now: now}
		case 5:
			c = attempt.EditCause{CauseID: pick("c", 6), Text: fmt.Sprintf("Cause révisée %d", i), Now: now}
		case 6:
			if len(s.Questions) > 0 {
				c = attempt.LinkCauseEvidence{CauseID: pick("c", 6), QuestionID: s.Questions[r.IntN(len(s.Questions))].QuestionID, Now: now}
			}
		case 7:
			c = attempt.WriteConclusion{ConclusionID: pick("k", 7), Text: fmt.Sprintf("Conclusion %d", i), Now: now}
		case 8:
			c = attempt.RemoveConclusion{ConclusionID: pick("k", 7), Now: now}
		case 9:
			c = attempt.EditConceptField{Field: domain.ConceptFields[r.IntN(4)], Value: fmt.Sprintf("Texte %d", i), Now: now}
		case 10:
			var deps []string
			if r.IntN(2) == 0 {
				deps = []string{pick("m", 10)}
			}
			c = attempt.EditMilestone{MilestoneID: pick("m", 10), Title: "Jalon", Date: "2026-04-01", Owner: "Chef", DependsOn: deps, Now: now}
			if r.IntN(2) == 0 {
				c = attempt.AddMilestone(c.(attempt.EditMilestone))
			}
		case 11:
			c = attempt.AddBudgetLine{LineID: pick("b", 12), Category: "lieu", Label: "Poste", Quantity: float64(1 + r.IntN(5)), UnitPriceEuros: float64(r.IntN(2000)), Now: now}
			if r.IntN(2) == 0 {
				c = attempt.EditBudgetLine(c.(attempt.AddBudgetLine))
			}
		case 12:
			c = attempt.SetJ1J2Link{ItemKind: domain.ItemConcept, ItemID: domain.ConceptFields[r.IntN(4)], CauseIDs: []string{pick("c", 6)}, Now: now}
		case 13:
			c = attempt.EditOralPrepNote{Competency: domain.Competencies[r.IntN(12)], Text: fmt.Sprintf("Note %d", i), Now: now}
		}
		if c == nil {
			continue
		}
		evs, err := attempt.Decide(s, c)
		if err != nil {
			if domain.CodeOf(err) == "" {
				t.Fatalf("command %#v failed with a non-refusal: %v", c, err)
			}
			continue
		}
		for _, e := range evs {
			if len(out) == n {
				break
			}
			s = attempt.Evolve(s, e)
			out = append(out, encode(t, e))
			checkInvariants(t, s)
			if checkpoints[len(out)] {
				prints[len(out)] = fingerprint(t, s)
			}
		}
	}
	return out, prints
}

func encode(t testing.TB, e domain.Event) stored {
	typ, data, err := domain.EncodeEvent(e)
	if err != nil {
		t.Fatal(err)
	}
	return stored{typ, data}
}

func checkInvariants(t testing.TB, s attempt.State) {
	if len(s.Conclusions) > attempt.MaxConclusions {
		t.Fatalf("%d conclusions", len(s.Conclusions))
	}
	deps := map[string][]string{}
	for _, m := range s.Milestones {
		deps[m.MilestoneID] = m.DependsOn
	}
	if c := attempt.FindCycle(deps); c != nil {
		t.Fatalf("milestone cycle %v", c)
	}
	for _, c := range s.Causes {
		for _, q := range c.Evidence {
			if qq, ok := s.Question(q); !ok || qq.Answer == nil {
				t.Fatalf("cause %s evidenced by unanswered %s", c.CauseID, q)
			}
		}
	}
}

// fingerprint renders the exported state, so that states can be compared
// without sharing their maps and slices.
func fingerprint(t testing.TB, s attempt.State) string {
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func replay(t testing.TB, evs []stored, version int) attempt.State {
	s := attempt.Initial()
	for _, st := range evs[:version] {
		e, err := domain.DecodeEvent(st.typ, st.data)
		if err != nil {
			t.Fatal(err)
		}
		s = attempt.Evolve(s, e)
	}
	return s
}

// TestStateAtVersionIsTheFoldOfItsPrefix is the jury's replay: the state
// at version n, rebuilt from the first n stored events, is exactly the
// state the decider had after its n-th event.
func TestStateAtVersionIsTheFoldOfItsPrefix(t *testing.T) {
	const n = 5000
	checkpoints := map[int]bool{1: true, 2: true, 17: true, 250: true, 1234: true, 2500: true, 4999: true, n: true}
	evs, prints := simulate(t, n, checkpoints)
	if len(evs) != n {
		t.Fatalf("%d events", len(evs))
	}
	types := map[string]int{}
	for _, e := range evs {
		types[e.typ]++
	}
	if len(types) < 12 {
		t.Errorf("the simulation exercises only %d event types: %v", len(types), types)
	}
	for v := range checkpoints {
		s := replay(t, evs, v)
		if s.Version != v {
			t.Errorf("version %d folds to Version %d", v, s.Version)
		}
		if got := fingerprint(t, s); got != prints[v] {
			t.Errorf("state at version %d differs from the decider's state at that point", v)
		}
	}
}

// BenchmarkFoldAttempt5000 measures the state of a 5,000-event attempt at
// its last version, from stored events (JSON decode + fold), as the jury's
// replay and every command load do. Target: ≤ 5 ms.
func BenchmarkFoldAttempt5000(b *testing.B) {
	evs, _ := simulate(b, 5000, nil)
	b.Run("decode+fold", func(b *testing.B) {
		for b.Loop() {
			replay(b, evs, len(evs))
		}
	})
	decoded := make([]domain.Event, len(evs))
	for i, st := range evs {
		decoded[i], _ = domain.DecodeEvent(st.typ, st.data)
	}
	b.Run("fold", func(b *testing.B) {
		for b.Loop() {
			attempt.Decider.Fold(decoded)
		}
	})
}
