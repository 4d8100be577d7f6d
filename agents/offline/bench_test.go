package offline

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"cellule/agents"
	"cellule/agents/evalset"
	"cellule/scenarios"
)

// flagshipQuestions loads the flagship and the questions of its
// evaluation set (labelled and adversarial), so the benchmark measures
// the mix a cohort asks.
func flagshipQuestions(b *testing.B) (*scenarios.Scenario, []agents.Question) {
	dir := filepath.Join("..", "..", "scenarios", "vitalia")
	s, err := scenarios.Load(dir)
	if err != nil {
		b.Skipf("flagship not loadable: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(dir, evalset.FileName))
	if err != nil {
		b.Skipf("no evaluation set: %v", err)
	}
	set, err := evalset.Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	var qs []agents.Question
	for _, c := range append(slices.Clone(set.Questions), set.Adversarial...) {
		a, _ := s.Agent(c.Agent)
		day := c.Day
		if day == "" {
			day = a.Days[0]
		}
		qs = append(qs, agents.Question{Scenario: s, AgentID: c.Agent, Text: c.Q, Day: day, Disclosed: c.Disclosed})
	}
	return s, qs
}

// BenchmarkAnswer reports the median time to a whole answer (p50-ms,
// target ≤ 5 ms) and to its first chunk (p50-first-chunk-ms, target ≤ 20 ms)
// on the flagship, index already built (it is built once per scenario).
func BenchmarkAnswer(b *testing.B) {
	s, qs := flagshipQuestions(b)
	eng := New()
	ctx := context.Background()
	indexFor(s)
	total := make([]time.Duration, 0, b.N)
	first := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		var firstAt time.Duration
		_, err := eng.Answer(ctx, qs[i%len(qs)], func(string) error {
			if firstAt == 0 {
				firstAt = time.Since(start)
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		total = append(total, time.Since(start))
		first = append(first, firstAt)
	}
	b.ReportMetric(median(total), "p50-ms")
	b.ReportMetric(median(first), "p50-first-chunk-ms")
}

// BenchmarkIndexBuild is the one-off cost of the first question on a
// scenario.
func BenchmarkIndexBuild(b *testing.B) {
	s, _ := flagshipQuestions(b)
	for b.Loop() {
		buildIndex(s)
	}
}

func median(ds []time.Duration) float64 {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return float64(ds[len(ds)/2]) / float64(time.Millisecond)
}
