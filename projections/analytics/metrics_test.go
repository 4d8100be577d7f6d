package analytics

import (
	"errors"
	"math"
	"reflect"
	"testing"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func tinyProjection(t *testing.T) *Projection {
	t.Helper()
	p := New(loadTiny)
	feed(p, tinyLog())
	return p
}

func TestQuestionMetrics(t *testing.T) {
	p := tinyProjection(t)
	qs, err := p.Questions("x1")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]QuestionMetrics{}
	for _, q := range qs {
		got[q.AttemptID+"/"+q.QuestionID] = q
	}
	if len(got) != 8 {
		t.Fatalf("got %d questions, want 8", len(got))
	}
	tests := []struct {
		key                                 string
		index                               int
		status                              string
		facts, newFacts, repeated, critical int
		nothing                             bool
		specificity                         float64
		topics                              []string
		form                                Form
		redundancy                          float64
		redundantWith                       string
		redundant                           bool
	}{
		// {combien, lead, octobr}: only "lead" is a topic stem.
		{"A/q1", 1, attempt.QuestionAnswered, 1, 1, 0, 1, false, 1.0 / 3, []string{"leads"}, Open, 0, "", false},
		// Same stems as q1 once "avez-vous eu" (stop words) is dropped.
		{"A/q2", 2, attempt.QuestionAnswered, 1, 0, 1, 1, false, 1.0 / 3, []string{"leads"}, Open, 1, "q1", true},
		// {parl, format, conseiller}: two topic stems; "parlez" asks for content.
		{"A/q3", 3, attempt.QuestionAnswered, 2, 2, 0, 2, false, 2.0 / 3, []string{"formation", "conseillers"}, Open, 0, "", false},
		// {budget, 2026, valid}: the number counts as specific; a yes/no question.
		{"A/q4", 4, attempt.QuestionAnswered, 0, 0, 0, 0, true, 1.0 / 3, nil, Closed, 0, "", false},
		// Failed: no facts yet. Compared with the earlier data questions only
		// (q3, q4 went to terrain): no stem in common.
		{"A/q5", 5, attempt.QuestionFailed, 0, 0, 0, 0, false, 1.0 / 2, []string{"salle"}, Closed, 0, "", false},
		{"B/q1", 1, attempt.QuestionAnswered, 0, 0, 0, 0, true, 0, nil, Open, 0, "", false},
		{"B/q2", 2, attempt.QuestionAnswered, 1, 1, 0, 0, false, 1, []string{"couverture"}, Open, 0, "", false},
		{"C/q1", 1, attempt.QuestionAnswered, 1, 1, 0, 1, false, 1.0 / 2, []string{"salle"}, Closed, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			q := got[tt.key]
			if q.Index != tt.index || q.Status != tt.status {
				t.Errorf("index, status = %d, %s; want %d, %s", q.Index, q.Status, tt.index, tt.status)
			}
			if q.FactsEarned != tt.facts || q.NewFacts != tt.newFacts || q.RepeatedFacts != tt.repeated || q.CriticalFactsEarned != tt.critical {
				t.Errorf("FactsEarned/NewFacts/RepeatedFacts/CriticalFactsEarned = %d/%d/%d/%d; want %d/%d/%d/%d",
					q.FactsEarned, q.NewFacts, q.RepeatedFacts, q.CriticalFactsEarned, tt.facts, tt.newFacts, tt.repeated, tt.critical)
			}
			if q.EarnedNothing != tt.nothing {
				t.Errorf("EarnedNothing = %v", q.EarnedNothing)
			}
			if !near(q.Specificity, tt.specificity) {
				t.Errorf("Specificity = %v, want %v", q.Specificity, tt.specificity)
			}
			if !reflect.DeepEqual(q.TopicsNamed, tt.topics) {
				t.Errorf("TopicsNamed = %q, want %q", q.TopicsNamed, tt.topics)
			}
			if q.Form != tt.form {
				t.Errorf("Form = %s, want %s", q.Form, tt.form)
			}
			if !near(q.Redundancy, tt.redundancy) || q.RedundantWith != tt.redundantWith || q.Redundant != tt.redundant {
				t.Errorf("Redundancy = %v with %q (%v); want %v with %q (%v)", q.Redundancy, q.RedundantWith, q.Redundant, tt.redundancy, tt.redundantWith, tt.redundant)
			}
		})
	}
	if q := got["A/q1"]; q.DisplayName != "Alice Martin" || q.Engine != "offline" || q.LatencyMs != 40 || !q.AnsweredAt.Equal(at(1, 8, 11)) {
		t.Errorf("A/q1 = %+v", q)
	}
	if q := got["A/q3"]; !reflect.DeepEqual(q.NewFactIDs, []string{"t.form", "t.leads"}) {
		t.Errorf("A/q3 NewFactIDs = %q", q.NewFactIDs)
	}
	if q := got["B/q1"]; !q.Refused {
		t.Error("B/q1 should be a refusal")
	}
}

func TestQuestionForm(t *testing.T) {
	tests := []struct {
		text string
		want Form
	}{
		{"Combien de leads en octobre ?", Open},
		{"Quel est le taux de conversion ?", Open},
		{"Pourquoi les ventes baissent-elles ?", Open},
		{"Où se trouve la salle ?", Open},
		{"Qu'est-ce qui a bloqué ?", Open},
		{"Bonjour Madame, que pensez-vous du ciblage ?", Open},
		{"Pouvez-vous me donner le budget ?", Open},
		{"Expliquez-moi le parcours en ligne", Open},
		{"Est-ce que la salle est accessible ?", Closed},
		{"Avez-vous atteint l'objectif ?", Closed},
		{"La campagne ou la formation ?", Closed}, // "ou" (or), not "où" (where)
		{"Est-ce qu'il y a une boucle magnétique ?", Closed},
		{"", Closed},
	}
	for _, tt := range tests {
		if got := questionForm(tt.text); got != tt.want {
			t.Errorf("questionForm(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

func TestCandidateMetrics(t *testing.T) {
	p := tinyProjection(t)
	cands, err := p.Candidates("x1")
	if err != nil {
		t.Fatal(err)
	}
	if len(cands) != 3 {
		t.Fatalf("got %d candidates, want 3", len(cands))
	}
	qpf := func(v float64) *float64 { return &v }
	tests := []struct {
		name                string
		m                   CandidateMetrics
		questions, answered int
		facts               int
		perFact             *float64
		nothing, redundant  int
		meanSpec, openShare float64
		critEarned          int
		coverage            float64
		byAgent             []AgentCoverage
		neverAsked          []string
		contradictions      []Contradiction
		triangulated        []TriangulatedTopic
		firsts              []FirstQuestion
	}{
		{
			name: "A asks data and terrain, surfaces the contradiction and triangulates leads", m: cands[0],
			questions: 5, answered: 4, facts: 3, perFact: qpf(5.0 / 3), nothing: 1, redundant: 1,
			meanSpec: (1.0/3 + 1.0/3 + 2.0/3 + 1.0/3 + 1.0/2) / 5, openShare: 3.0 / 5,
			critEarned: 3, coverage: 3.0 / 4,
			byAgent: []AgentCoverage{
				{AgentID: "data", Earned: 1, Total: 1, Coverage: 1},
				{AgentID: "terrain", Earned: 2, Total: 2, Coverage: 1},
				{AgentID: "lieu", Earned: 0, Total: 1, Coverage: 0},
			},
			neverAsked:     []string{"lieu"},
			contradictions: []Contradiction{{"d.leads", "t.leads"}},
			// "leads" named to data (q1) and earned from terrain (t.leads).
			triangulated: []TriangulatedTopic{{Topic: "leads", Agents: []string{"data", "terrain"}}},
			firsts: []FirstQuestion{
				{AgentID: "data", Phase: domain.J1, QuestionID: "q1", Seconds: 600},
				{AgentID: "terrain", Phase: domain.J1, QuestionID: "q3", Seconds: 3600},
			},
		},
		{
			name: "B earns one useful fact", m: cands[1],
			questions: 2, answered: 2, facts: 1, perFact: qpf(2), nothing: 1,
			meanSpec: 0.5, openShare: 1,
			byAgent: []AgentCoverage{
				{AgentID: "data", Total: 1}, {AgentID: "terrain", Total: 2}, {AgentID: "lieu", Total: 1},
			},
			neverAsked: []string{"lieu"},
			firsts: []FirstQuestion{
				{AgentID: "terrain", Phase: domain.J1, QuestionID: "q1", Seconds: 7200},
				{AgentID: "data", Phase: domain.J2, QuestionID: "q2", Seconds: 1800},
			},
		},
		{
			name: "C opened J2 early: time counts from then", m: cands[2],
			questions: 1, answered: 1, facts: 1, perFact: qpf(1),
			meanSpec: 0.5, critEarned: 1, coverage: 1.0 / 4,
			byAgent: []AgentCoverage{
				{AgentID: "data", Total: 1}, {AgentID: "terrain", Total: 2}, {AgentID: "lieu", Earned: 1, Total: 1, Coverage: 1},
			},
			neverAsked: []string{"data", "terrain"},
			firsts:     []FirstQuestion{{AgentID: "lieu", Phase: domain.J2, QuestionID: "q1", Seconds: 1800}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tt.m
			if m.Questions != tt.questions || m.QuestionsAnswered != tt.answered || m.FactsEarned != tt.facts {
				t.Errorf("Questions/QuestionsAnswered/FactsEarned = %d/%d/%d", m.Questions, m.QuestionsAnswered, m.FactsEarned)
			}
			if (m.QuestionsPerFact == nil) != (tt.perFact == nil) || (m.QuestionsPerFact != nil && !near(*m.QuestionsPerFact, *tt.perFact)) {
				t.Errorf("QuestionsPerFact = %v, want %v", m.QuestionsPerFact, *tt.perFact)
			}
			if m.QuestionsEarningNothing != tt.nothing || m.RedundantQuestions != tt.redundant {
				t.Errorf("QuestionsEarningNothing/RedundantQuestions = %d/%d", m.QuestionsEarningNothing, m.RedundantQuestions)
			}
			if !near(m.MeanSpecificity, tt.meanSpec) || !near(m.OpenQuestionShare, tt.openShare) {
				t.Errorf("MeanSpecificity/OpenQuestionShare = %v/%v, want %v/%v", m.MeanSpecificity, m.OpenQuestionShare, tt.meanSpec, tt.openShare)
			}
			if m.CriticalFactsEarned != tt.critEarned || m.CriticalFactsTotal != 4 || !near(m.CriticalCoverage, tt.coverage) {
				t.Errorf("CriticalFactsEarned/Total/Coverage = %d/%d/%v", m.CriticalFactsEarned, m.CriticalFactsTotal, m.CriticalCoverage)
			}
			if !reflect.DeepEqual(m.CriticalCoverageByAgent, tt.byAgent) {
				t.Errorf("CriticalCoverageByAgent = %+v, want %+v", m.CriticalCoverageByAgent, tt.byAgent)
			}
			if !reflect.DeepEqual(m.AgentsNeverAsked, tt.neverAsked) {
				t.Errorf("AgentsNeverAsked = %q, want %q", m.AgentsNeverAsked, tt.neverAsked)
			}
			if !reflect.DeepEqual(m.ContradictionsSurfaced, tt.contradictions) || m.ContradictionsSurfacedCount != len(tt.contradictions) || m.ContradictionsTotal != 1 {
				t.Errorf("ContradictionsSurfaced = %+v (%d of %d)", m.ContradictionsSurfaced, m.ContradictionsSurfacedCount, m.ContradictionsTotal)
			}
			if !reflect.DeepEqual(m.TriangulatedTopics, tt.triangulated) || m.TriangulatedTopicsCount != len(tt.triangulated) {
				t.Errorf("TriangulatedTopics = %+v, want %+v", m.TriangulatedTopics, tt.triangulated)
			}
			if !reflect.DeepEqual(m.TimeToFirstQuestion, tt.firsts) {
				t.Errorf("TimeToFirstQuestion = %+v, want %+v", m.TimeToFirstQuestion, tt.firsts)
			}
		})
	}
	one, err := p.Candidate("A")
	if err != nil || !reflect.DeepEqual(one, cands[0]) {
		t.Errorf("Candidate(A) = %+v, %v; want the same as in Candidates", one, err)
	}
}

func TestAgentMetrics(t *testing.T) {
	p := tinyProjection(t)
	ags, err := p.Agents("x1")
	if err != nil {
		t.Fatal(err)
	}
	f := func(v float64) *float64 { return &v }
	want := []AgentMetrics{
		// data: A (q1, q2, q5 failed) and B (q2); discovery A 1/3, B 1/3, C 0.
		{AgentID: "data", AgentName: "Inès", Candidates: 3, CandidatesAsking: 2, Questions: 4, QuestionsAnswered: 3,
			FactsHeld: 3, CriticalFactsHeld: 1, DiscoveryRate: 2.0 / 9, CriticalDiscoveryRate: 1.0 / 3, MedianTimeToFirstQuestion: f(1200)},
		// terrain: A (q3, q4 nothing) and B (q1 refused).
		{AgentID: "terrain", AgentName: "Karim", Candidates: 3, CandidatesAsking: 2, Questions: 3, QuestionsAnswered: 3,
			QuestionsEarningNothing: 2, NothingRate: 2.0 / 3, FactsHeld: 2, CriticalFactsHeld: 2,
			DiscoveryRate: 1.0 / 3, CriticalDiscoveryRate: 1.0 / 3, MedianTimeToFirstQuestion: f(5400)},
		{AgentID: "lieu", AgentName: "Salle", Candidates: 3, CandidatesAsking: 1, Questions: 1, QuestionsAnswered: 1,
			FactsHeld: 1, CriticalFactsHeld: 1, DiscoveryRate: 1.0 / 3, CriticalDiscoveryRate: 1.0 / 3, MedianTimeToFirstQuestion: f(1800)},
	}
	if len(ags) != len(want) {
		t.Fatalf("got %d agents", len(ags))
	}
	for i, w := range want {
		g := ags[i]
		if !near(g.DiscoveryRate, w.DiscoveryRate) || !near(g.CriticalDiscoveryRate, w.CriticalDiscoveryRate) || !near(g.NothingRate, w.NothingRate) ||
			g.MedianTimeToFirstQuestion == nil || !near(*g.MedianTimeToFirstQuestion, *w.MedianTimeToFirstQuestion) {
			t.Errorf("%s rates = %v %v %v %v; want %v %v %v %v", w.AgentID, g.DiscoveryRate, g.CriticalDiscoveryRate, g.NothingRate, g.MedianTimeToFirstQuestion,
				w.DiscoveryRate, w.CriticalDiscoveryRate, w.NothingRate, *w.MedianTimeToFirstQuestion)
		}
		g.DiscoveryRate, g.CriticalDiscoveryRate, g.NothingRate, g.MedianTimeToFirstQuestion = w.DiscoveryRate, w.CriticalDiscoveryRate, w.NothingRate, w.MedianTimeToFirstQuestion
		if !reflect.DeepEqual(g, w) {
			t.Errorf("agent %d = %+v\nwant %+v", i, g, w)
		}
	}
}

func TestFactMetrics(t *testing.T) {
	p := tinyProjection(t)
	tests := []struct {
		threshold float64
		rare      []string
	}{
		{0, []string{"d.meteo"}}, // default 0.2
		{0.5, []string{"d.leads", "d.couv", "d.meteo", "t.leads", "t.form", "l.salle"}},
		{1.0 / 3, []string{"d.meteo"}}, // strictly below
	}
	for _, tt := range tests {
		fs, err := p.Facts("x1", tt.threshold)
		if err != nil {
			t.Fatal(err)
		}
		var rare []string
		for _, f := range fs {
			if f.RarelyFound {
				rare = append(rare, f.FactID)
			}
		}
		if !reflect.DeepEqual(rare, tt.rare) {
			t.Errorf("threshold %v: RarelyFound = %q, want %q", tt.threshold, rare, tt.rare)
		}
	}
	fs, _ := p.Facts("x1", 0)
	want := map[string][3]int{ // FoundBy, TimesEarned, Candidates
		"d.leads": {1, 2, 3}, "d.couv": {1, 1, 3}, "d.meteo": {0, 0, 3}, "t.leads": {1, 1, 3}, "t.form": {1, 1, 3}, "l.salle": {1, 1, 3},
	}
	for _, f := range fs {
		w := want[f.FactID]
		if f.FoundBy != w[0] || f.TimesEarned != w[1] || f.Candidates != w[2] || !near(f.DiscoveryRate, float64(w[0])/3) {
			t.Errorf("%s = %+v, want FoundBy %d TimesEarned %d", f.FactID, f, w[0], w[1])
		}
	}
	if fs[0].AgentID != "data" || fs[0].Importance != "critical" {
		t.Errorf("first fact = %+v", fs[0])
	}
}

func TestNothingEarnedMostSpecificFirst(t *testing.T) {
	p := tinyProjection(t)
	qs, err := p.NothingEarned("x1", 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range qs {
		got = append(got, q.AttemptID+"/"+q.QuestionID)
	}
	// A/q4 (specificity 1/3) before B/q1 (0); A/q5 failed: not answered.
	if want := []string{"A/q4", "B/q1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("NothingEarned = %q, want %q", got, want)
	}
	if qs, _ := p.NothingEarned("x1", 1); len(qs) != 1 || qs[0].QuestionID != "q4" {
		t.Errorf("limit 1 = %+v", qs)
	}
}

func TestDistributions(t *testing.T) {
	p := tinyProjection(t)
	ds, err := p.Distributions("x1")
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Distribution{}
	for _, d := range ds {
		byName[d.Metric] = d
	}
	if len(byName) != len(distributionMetrics) {
		t.Fatalf("got %d distributions", len(byName))
	}
	// Questions: 5, 2, 1 → sorted 1, 2, 5.
	q := byName["Questions"]
	if q.N != 3 || q.Min != 1 || !near(q.Q1, 1.5) || q.Median != 2 || !near(q.Q3, 3.5) || q.Max != 5 || !near(q.Mean, 8.0/3) {
		t.Errorf("Questions = %+v", q)
	}
	// Width 0.4 from 1: 1 → bin 0, 2 → bin 2, 5 → bin 9 (the last bin is closed).
	counts := make([]int, len(q.Bins))
	for i, b := range q.Bins {
		counts[i] = b.Count
	}
	if want := []int{1, 0, 1, 0, 0, 0, 0, 0, 0, 1}; !reflect.DeepEqual(counts, want) || q.Bins[9].Hi != 5 || !near(q.Bins[1].Lo, 1.4) {
		t.Errorf("Questions bins = %+v", q.Bins)
	}
	// ContradictionsSurfacedCount: 1, 0, 0 → Q3 = 0.5 (type 7).
	if c := byName["ContradictionsSurfacedCount"]; c.Median != 0 || !near(c.Q3, 0.5) || c.Max != 1 {
		t.Errorf("ContradictionsSurfacedCount = %+v", c)
	}
	if c := byName["CriticalCoverage"]; c.N != 3 || !near(c.Max, 0.75) || c.Min != 0 || !near(c.Median, 0.25) {
		t.Errorf("CriticalCoverage = %+v", c)
	}
	// All values equal: one bin.
	if d := summarise("x", []float64{2, 2, 2}); len(d.Bins) != 1 || d.Bins[0].Count != 3 || d.Q1 != 2 {
		t.Errorf("constant = %+v", d)
	}
	if d := summarise("x", nil); d.N != 0 || d.Bins != nil {
		t.Errorf("empty = %+v", d)
	}
}

func TestQuestionsPerFactUndefinedWithoutFacts(t *testing.T) {
	var l eventLog
	l.open("Z", "Zoé", tinySnapshot("tiny"))
	l.ask("Z", "q1", "data", "Bonjour", domain.J1, at(1, 9, 0))
	l.answer("Z", "q1", at(1, 9, 1))
	p := New(loadTiny)
	feed(p, l)
	m, err := p.Candidate("Z")
	if err != nil {
		t.Fatal(err)
	}
	if m.QuestionsPerFact != nil || m.FactsEarned != 0 || m.Questions != 1 {
		t.Errorf("QuestionsPerFact = %v with %d facts", m.QuestionsPerFact, m.FactsEarned)
	}
	ds, _ := p.Distributions("x1")
	for _, d := range ds {
		if d.Metric == "QuestionsPerFact" && d.N != 0 {
			t.Errorf("QuestionsPerFact distribution counts an undefined value: %+v", d)
		}
	}
}

func TestReportsAndAssessments(t *testing.T) {
	p := tinyProjection(t)
	rs, err := p.Reports("x1")
	if err != nil {
		t.Fatal(err)
	}
	want := ReportSummary{
		ExamID: "x1", AttemptID: "A", CandidateID: "u-A", DisplayName: "Alice Martin",
		Questions: 5, KpiRows: 1, Causes: 2, CausesWithEvidence: 1, Conclusions: 3, BudgetLines: 1,
		BudgetTotalCents: 300000, EnvelopeCents: 250000, BudgetOverrunCents: 50000,
		Submitted: true, SubmittedAt: at(2, 16, 0), SubmittedBy: domain.SubmittedByCandidate,
	}
	if len(rs) != 3 || !reflect.DeepEqual(rs[0], want) {
		t.Fatalf("Reports[0] = %+v\nwant %+v", rs[0], want)
	}
	if rs[1].SubmittedBy != domain.SubmittedByDeadline || rs[2].Submitted {
		t.Errorf("B, C = %+v, %+v", rs[1], rs[2])
	}
	as, err := p.Assessments("x1")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range as {
		got = append(got, a.JuryID+":"+a.Competency+":"+string(a.Level)+":"+a.Result)
	}
	want2 := []string{"j1:C21:maitrise:", "j2:C18:en_cours:valide", "j2:C21:acquis:valide"}
	if !reflect.DeepEqual(got, want2) {
		t.Errorf("Assessments = %q, want %q", got, want2)
	}
	if as[1].LevelLabel != "En cours d'acquisition" || as[1].DisplayName != "Alice Martin" || !as[1].AssessedAt.Equal(at(3, 9, 25)) {
		t.Errorf("assessment = %+v", as[1])
	}
}

func TestErrors(t *testing.T) {
	p := tinyProjection(t)
	if _, err := p.Candidates("nope"); !errors.Is(err, ErrUnknownExam) {
		t.Errorf("unknown exam: %v", err)
	}
	if _, err := p.Candidate("nope"); !errors.Is(err, ErrUnknownAttempt) {
		t.Errorf("unknown attempt: %v", err)
	}

	// A scenario that cannot be loaded: the metrics say why, the reports
	// (which do not need it) still work.
	var l eventLog
	l.open("Y", "Yves", tinySnapshot("missing"))
	q := New(loadTiny)
	feed(q, l)
	for name, f := range map[string]func() error{
		"Questions":     func() error { _, err := q.Questions("x1"); return err },
		"Candidates":    func() error { _, err := q.Candidates("x1"); return err },
		"Agents":        func() error { _, err := q.Agents("x1"); return err },
		"Facts":         func() error { _, err := q.Facts("x1", 0); return err },
		"Distributions": func() error { _, err := q.Distributions("x1"); return err },
		"Candidate":     func() error { _, err := q.Candidate("Y"); return err },
	} {
		if err := f(); !errors.Is(err, ErrScenarioUnavailable) {
			t.Errorf("%s: %v, want ErrScenarioUnavailable", name, err)
		}
	}
	if rs, err := q.Reports("x1"); err != nil || len(rs) != 1 {
		t.Errorf("Reports = %v, %v", rs, err)
	}
}

func TestReplayedPositionsAreSkipped(t *testing.T) {
	l := tinyLog()
	p := New(loadTiny)
	feed(p, l)
	before, _ := p.Candidates("x1")
	// A reconnection replays the last 10 events with their positions.
	for i := len(l) - 10; i < len(l); i++ {
		p.Apply(l[i].stream, uint64(i+1), l[i].event, time.Time{})
	}
	after, _ := p.Candidates("x1")
	if !reflect.DeepEqual(before, after) || p.Position() != uint64(len(l)) {
		t.Errorf("replay changed the metrics or the position (%d)", p.Position())
	}
}

func TestMissingEventTimeFallsBackToStoreTime(t *testing.T) {
	p := New(loadTiny)
	p.Apply("attempt-T", 1, domain.AttemptOpened{AttemptID: "T", ExamID: "x1", CandidateID: "u", Exam: tinySnapshot("tiny")}, at(1, 7, 0))
	p.Apply("attempt-T", 2, domain.QuestionAsked{QuestionID: "q1", AgentID: "data", Text: "Combien de leads ?", Phase: domain.J1}, at(1, 8, 5))
	m, _ := p.Candidate("T")
	if len(m.TimeToFirstQuestion) != 1 || m.TimeToFirstQuestion[0].Seconds != 300 {
		t.Errorf("TimeToFirstQuestion = %+v", m.TimeToFirstQuestion)
	}
}
