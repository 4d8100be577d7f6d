package attempt_test

import (
	"slices"
	"strconv"
	"testing"

	"cellule/domain"
	"cellule/domain/attempt"
)

func TestEvolveCascades(t *testing.T) {
	link := domain.J1J2LinkSet{ItemKind: domain.ItemMilestone, ItemID: "m2", CauseIDs: []string{"c1", "c2"}}
	comm := domain.J1J2LinkSet{ItemKind: domain.ItemCommunication, CauseIDs: []string{"c1"}}
	m2 := milestone("m2", "2026-04-10", "m1", "m0")
	s := fold(opened, cause("c1"), cause("c2"), milestone("m0", "2026-03-30"), milestone("m1", "2026-04-01"), m2, link, comm,
		domain.CauseRemoved{CauseID: "c1"}, domain.MilestoneRemoved{MilestoneID: "m1"})

	if got := s.Links[attempt.LinkKey{Kind: domain.ItemMilestone, ID: "m2"}]; !slices.Equal(got, []string{"c2"}) {
		t.Errorf("removing cause c1 left the milestone's links at %v", got)
	}
	if _, ok := s.Links[attempt.LinkKey{Kind: domain.ItemCommunication}]; ok {
		t.Error("a link left with no cause should disappear")
	}
	if got := s.Milestones[1].DependsOn; !slices.Equal(got, []string{"m0"}) {
		t.Errorf("removing m1 left m2 depending on %v", got)
	}
	// Events are facts: folding must never change them (a projection may
	// keep them for the timeline).
	if !slices.Equal(link.CauseIDs, []string{"c1", "c2"}) || !slices.Equal(m2.DependsOn, []string{"m1", "m0"}) {
		t.Errorf("Evolve mutated events: %v %v", link.CauseIDs, m2.DependsOn)
	}
	s = attempt.Evolve(s, domain.MilestoneRemoved{MilestoneID: "m2"})
	if len(s.Links) != 0 {
		t.Errorf("removing m2 left links %v", s.Links)
	}
	if s.CauseRank("c2") != 1 || s.CauseRank("c1") != 0 {
		t.Errorf("ranks after removal: c2=%d c1=%d", s.CauseRank("c2"), s.CauseRank("c1"))
	}
}

func TestReorderKeepsEvidence(t *testing.T) {
	s := fold(opened, asked("q1", "data", domain.J1, inJ1), answeredEv("q1"), cause("c1"), cause("c2"), cause("c3"),
		domain.CauseEvidenceLinked{CauseID: "c2", QuestionID: "q1"},
		domain.CausesReordered{Order: []string{"c3", "c2", "c1"}})
	var ids []string
	for _, c := range s.Causes {
		ids = append(ids, c.CauseID)
	}
	if !slices.Equal(ids, []string{"c3", "c2", "c1"}) || !slices.Equal(s.Causes[1].Evidence, []string{"q1"}) {
		t.Errorf("causes %+v", s.Causes)
	}
}

func TestGap(t *testing.T) {
	nbsp, nnbsp := "\u00a0", "\u202f"
	cases := []struct {
		name           string
		result, target float64
		unit           string
		want           string
		abs, rel       float64
		hasRel         bool
	}{
		{"below target", 3800, 5000, "personnes", "−1" + nnbsp + "200" + nbsp + "personnes (−24" + nbsp + "%)", -1200, -24, true},
		{"percent gives points", 12, 20, "%", "−8" + nbsp + "pts (−40" + nbsp + "%)", -8, -40, true},
		{"above target", 7.5, 7, "/10", "+0,5" + nbsp + "/10 (+7,1" + nbsp + "%)", 0.5, 100.0 / 14, true},
		{"zero target has no relative gap", 3, 0, "incidents", "+3" + nbsp + "incidents", 3, 0, false},
		{"negative target uses its magnitude", -5, -10, "pts", "+5" + nbsp + "pts (+50" + nbsp + "%)", 5, 50, true},
	}
	for _, c := range cases {
		g := attempt.ComputeGap(c.result, c.target, c.unit)
		if g.String() != c.want || g.HasRelative != c.hasRel || !near(g.Absolute, c.abs) || !near(g.Relative, c.rel) {
			t.Errorf("%s: got %+v %q, want %q", c.name, g, g.String(), c.want)
		}
	}
	s := fold(opened)
	reach := domain.KpiRow{RowID: "r", KpiID: "reach", Result: 3800, Target: 5000, Unit: "personnes"}
	cpl := domain.KpiRow{RowID: "r", KpiID: "cpl", Result: 3.2, Target: 4, Unit: "€"}
	free := domain.KpiRow{RowID: "r", Label: "Visites", Result: 1, Target: 2}
	if v := s.RowGap(reach).Verdict; v != attempt.VerdictMissed {
		t.Errorf("reach below target: %q", v)
	}
	if v := s.RowGap(cpl).Verdict; v != attempt.VerdictMet {
		t.Errorf("cost below target (lower is better): %q", v)
	}
	if v := s.RowGap(free).Verdict; v != attempt.VerdictUnknown {
		t.Errorf("free row: %q", v)
	}
}

func near(a, b float64) bool { d := a - b; return d < 1e-9 && d > -1e-9 }

func codes(items []attempt.Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Code)
	}
	return out
}

func TestChecklist(t *testing.T) {
	empty := attempt.Checklist(fold(opened))
	want := []string{"kpi_missing", "causes_missing", "conclusions_few", "concept_format_missing", "concept_venue_missing",
		"concept_targets_missing", "inclusive_missing", "milestones_missing", "budget_missing", "communication_missing",
		"communication_measures_missing", "c21_not_prepared"}
	if got := codes(empty); !slices.Equal(got, want) {
		t.Errorf("empty report checklist:\n got %v\nwant %v", got, want)
	}
	for _, it := range empty {
		if it.Message == "" || (it.Section != "S1" && it.Section != "S2" && it.Section != "oral") {
			t.Errorf("item %+v", it)
		}
	}

	q, a := asked("q1", "data", domain.J1, inJ1), answeredEv("q1")
	full := []domain.Event{opened, q, a,
		domain.KpiRowAdded{KpiRow: domain.KpiRow{RowID: "r1", KpiID: "reach", Result: 1, Target: 2, Unit: "personnes"}},
		cause("c1"), cause("c2"), domain.CauseEvidenceLinked{CauseID: "c1", QuestionID: "q1"}, domain.CauseEvidenceLinked{CauseID: "c2", QuestionID: "q1"},
		conclusion("k1"), conclusion("k2"), conclusion("k3"),
		domain.ConceptFieldEdited{Field: domain.ConceptFormat, Value: "Salon"}, domain.ConceptFieldEdited{Field: domain.ConceptVenue, Value: "Halle"},
		domain.ConceptFieldEdited{Field: domain.ConceptTargets, Value: "Artisans"}, domain.ConceptFieldEdited{Field: domain.ConceptInclusiveMeasures, Value: "Boucle magnétique"},
		milestone("m1", "2026-04-01"), milestone("m2", "2026-04-10", "m1"),
		budget("b1", 1, 4_000_000),
		domain.CommunicationSupportEdited{Text: "Affiche", Measures: []string{"FALC"}},
		domain.J1J2LinkSet{ItemKind: domain.ItemBudgetLine, ItemID: "b1", CauseIDs: []string{"c1"}},
		domain.J1J2LinkSet{ItemKind: domain.ItemConcept, ItemID: domain.ConceptFormat, CauseIDs: []string{"c2"}},
		domain.OralPrepNoteEdited{Competency: "C21", Text: "Kit terrain"},
	}
	if got := attempt.Checklist(fold(full...)); len(got) != 0 {
		t.Errorf("complete report still has %v", got)
	}

	worse := append(slices.Clone(full),
		budget("b2", 2, 610_000), // 40 000 € + 12 200 € − 50 000 € = 2 200 € over... plus one more below
		budget("b3", 1, 100_000),
		cause("c3"),
		domain.MilestoneEdited{Milestone: domain.Milestone{MilestoneID: "m2", Title: "Signature", Date: "2026-03-01", Owner: "X", DependsOn: []string{"m1"}}},
		domain.ConclusionRemoved{ConclusionID: "k3"},
		domain.OralPrepNoteEdited{Competency: "C21", Text: "  "},
	)
	got := attempt.Checklist(fold(worse...))
	msgs := map[string]string{}
	for _, it := range got {
		msgs[it.Code] = it.Message
	}
	nnbsp, nbsp := "\u202f", "\u00a0"
	wantMsgs := map[string]string{
		"cause_without_evidence":      "La cause 3 n'est étayée par aucune réponse d'agent",
		"conclusions_few":             "Moins de 3 conclusions (2 rédigées)",
		"milestone_before_dependency": "Le jalon « Signature » est daté avant « Jalon m1 », dont il dépend",
		"budget_over":                 "Budget au-dessus de l'enveloppe de 3" + nnbsp + "200" + nbsp + "€ (53" + nnbsp + "200" + nbsp + "€ pour 50" + nnbsp + "000" + nbsp + "€)",
		"cause_not_addressed":         "La cause 3 n'est reliée à aucun choix J2",
		"c21_not_prepared":            "C21 non préparée (seule question prescrite du jury)",
	}
	if len(got) != len(wantMsgs) {
		t.Errorf("checklist %v", codes(got))
	}
	for code, want := range wantMsgs {
		if msgs[code] != want {
			t.Errorf("%s: got %q, want %q", code, msgs[code], want)
		}
	}
}

func TestFindCycle(t *testing.T) {
	cases := []struct {
		name string
		deps map[string][]string
		want []string
	}{
		{"empty", nil, nil},
		{"chain", map[string][]string{"a": {"b"}, "b": {"c"}, "c": nil}, nil},
		{"diamond", map[string][]string{"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": nil}, nil},
		{"self", map[string][]string{"a": {"a"}}, []string{"a", "a"}},
		{"triangle", map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"a"}}, []string{"a", "b", "c", "a"}},
		{"tail into cycle", map[string][]string{"a": {"b"}, "b": {"c"}, "c": {"b"}}, []string{"b", "c", "b"}},
		{"unknown deps ignored", map[string][]string{"a": {"zz"}}, nil},
	}
	for _, c := range cases {
		if got := attempt.FindCycle(c.deps); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
	// A long chain must not exhaust anything (the search is iterative).
	long := map[string][]string{}
	for i := range 100_000 {
		long[itoa(i)] = []string{itoa(i + 1)}
	}
	if attempt.FindCycle(long) != nil {
		t.Error("cycle found in a chain")
	}
	long[itoa(99_999)] = []string{itoa(0)}
	if c := attempt.FindCycle(long); len(c) != 100_001 {
		t.Errorf("cycle of a ring has %d nodes", len(c))
	}
}

func itoa(i int) string { return "m" + strconv.Itoa(i) }

// FuzzFindCycle checks FindCycle against reachability by brute force on
// small graphs, and that a reported cycle is made of real edges.
func FuzzFindCycle(f *testing.F) {
	f.Add([]byte{0, 1, 1, 2, 2, 0})
	f.Add([]byte{0, 1, 1, 2, 3, 4})
	f.Add([]byte{5, 5})
	f.Fuzz(func(t *testing.T, edges []byte) {
		const n = 8
		name := func(b byte) string { return string(rune('a' + b%n)) }
		deps := map[string][]string{}
		adj := [n][n]bool{}
		for i := range n {
			deps[name(byte(i))] = nil
		}
		for i := 0; i+1 < len(edges) && i < 64; i += 2 {
			from, to := edges[i]%n, edges[i+1]%n
			if !adj[from][to] {
				adj[from][to] = true
				deps[name(from)] = append(deps[name(from)], name(to))
			}
		}
		// Transitive closure (Floyd–Warshall): a cycle exists iff a node reaches itself.
		reach := adj
		for k := range n {
			for i := range n {
				for j := range n {
					reach[i][j] = reach[i][j] || (reach[i][k] && reach[k][j])
				}
			}
		}
		hasCycle := false
		for i := range n {
			hasCycle = hasCycle || reach[i][i]
		}
		got := attempt.FindCycle(deps)
		if (got != nil) != hasCycle {
			t.Fatalf("FindCycle = %v, brute force says cycle=%v for %v", got, hasCycle, deps)
		}
		if got == nil {
			return
		}
		if len(got) < 2 || got[0] != got[len(got)-1] {
			t.Fatalf("not a closed path: %v", got)
		}
		for i := 0; i+1 < len(got); i++ {
			if !slices.Contains(deps[got[i]], got[i+1]) {
				t.Fatalf("cycle %v uses a missing edge %s→%s", got, got[i], got[i+1])
			}
		}
	})
}
