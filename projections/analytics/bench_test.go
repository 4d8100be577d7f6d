package analytics

import (
	"sync"
	"testing"
	"time"
)

// The scale: a cohort of 500 candidates × 100 questions each
// (≈ 106,000 events with answers, reports and evaluations). Target: each
// query ≤ 1 s (docs/BENCHMARKS.md, "Analytics").
const benchCandidates, benchQuestions = 500, 100

var (
	benchOnce sync.Once
	benchLog  eventLog
	benchProj *Projection
)

func benchSetup(b *testing.B) (eventLog, *Projection) {
	b.Helper()
	benchOnce.Do(func() {
		benchLog = genCohort(b, 42, benchCandidates, benchQuestions)
		benchProj = New(loadVitalia)
		feed(benchProj, benchLog)
	})
	return benchLog, benchProj
}

func BenchmarkAnalyticsFold(b *testing.B) {
	l, _ := benchSetup(b)
	for b.Loop() {
		p := New(loadVitalia)
		for i, s := range l {
			p.Apply(s.stream, uint64(i+1), s.event, time.Time{})
		}
	}
	b.ReportMetric(float64(len(l)), "events")
}

func BenchmarkAnalyticsQueries(b *testing.B) {
	_, p := benchSetup(b)
	queries := []struct {
		name string
		run  func() error
	}{
		{"Questions", func() error { _, err := p.Questions("x1"); return err }},
		{"Candidates", func() error { _, err := p.Candidates("x1"); return err }},
		{"Candidate", func() error { _, err := p.Candidate("a0250"); return err }},
		{"Agents", func() error { _, err := p.Agents("x1"); return err }},
		{"Facts", func() error { _, err := p.Facts("x1", 0); return err }},
		{"NothingEarned", func() error { _, err := p.NothingEarned("x1", 100); return err }},
		{"Distributions", func() error { _, err := p.Distributions("x1"); return err }},
		{"Reports", func() error { _, err := p.Reports("x1"); return err }},
		{"Assessments", func() error { _, err := p.Assessments("x1"); return err }},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				if err := q.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
