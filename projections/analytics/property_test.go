package analytics

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// allQueries holds every query's result of an exam, for comparing projections.
type allQueries struct {
	Questions     []QuestionMetrics
	Candidates    []CandidateMetrics
	Agents        []AgentMetrics
	Facts         []FactMetrics
	Nothing       []QuestionMetrics
	Distributions []Distribution
	Reports       []ReportSummary
	Assessments   []Assessment
}

func queryAll(t *testing.T, p *Projection) allQueries {
	t.Helper()
	var q allQueries
	var err error
	must := func(e error) {
		if e != nil && err == nil {
			err = e
		}
	}
	q.Questions, err = p.Questions("x1")
	var e error
	q.Candidates, e = p.Candidates("x1")
	must(e)
	q.Agents, e = p.Agents("x1")
	must(e)
	q.Facts, e = p.Facts("x1", 0)
	must(e)
	q.Nothing, e = p.NothingEarned("x1", 0)
	must(e)
	q.Distributions, e = p.Distributions("x1")
	must(e)
	q.Reports, e = p.Reports("x1")
	must(e)
	q.Assessments, e = p.Assessments("x1")
	must(e)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// Folding the same events in two batches (with queries in between, which
// must not disturb the fold) gives the same results as one batch.
func TestTwoBatchesEqualOneBatch(t *testing.T) {
	l := genCohort(t, 7, 30, 40)
	whole := New(loadVitalia)
	feed(whole, l)
	want := queryAll(t, whole)
	if len(want.Questions) != 30*40 {
		t.Fatalf("generated %d questions", len(want.Questions))
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		k := 1 + r.IntN(len(l)-1)
		p := New(loadVitalia)
		for i := range k {
			p.Apply(l[i].stream, uint64(i+1), l[i].event, time.Time{})
		}
		_, _ = p.Candidates("x1")
		_, _ = p.Facts("x1", 0)
		for i := k; i < len(l); i++ {
			p.Apply(l[i].stream, uint64(i+1), l[i].event, time.Time{})
		}
		if got := queryAll(t, p); !reflect.DeepEqual(got, want) {
			t.Fatalf("split at %d of %d: results differ from a single fold", k, len(l))
		}
	}
}

// The metrics of a candidate depend on their own stream only: another
// interleaving of the streams (each stream's order kept) gives the same
// per-candidate and per-fact results.
func TestInterleavingDoesNotMatter(t *testing.T) {
	l := genCohort(t, 11, 12, 30)
	a := New(loadVitalia)
	feed(a, l)

	// Regroup by stream, then deal the streams in a random order.
	byStream := map[string]eventLog{}
	var streams []string
	for _, s := range l {
		if _, ok := byStream[s.stream]; !ok {
			streams = append(streams, s.stream)
		}
		byStream[s.stream] = append(byStream[s.stream], s)
	}
	// The exam stream first and the evaluations last (an evaluation opens
	// on a locked attempt); the attempt streams dealt at random.
	var shuffled eventLog
	var attempts, evals []string
	for _, s := range streams {
		switch rank(s) {
		case 0:
			shuffled = append(shuffled, byStream[s]...)
		case 1:
			attempts = append(attempts, s)
		default:
			evals = append(evals, s)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for len(attempts) > 0 {
		i := r.IntN(len(attempts))
		s := attempts[i]
		shuffled = append(shuffled, byStream[s][0])
		byStream[s] = byStream[s][1:]
		if len(byStream[s]) == 0 {
			attempts = slices.Delete(attempts, i, i+1)
		}
	}
	for _, s := range evals {
		shuffled = append(shuffled, byStream[s]...)
	}
	b := New(loadVitalia)
	feed(b, shuffled)

	ca, _ := a.Candidates("x1")
	cb, _ := b.Candidates("x1")
	byID := func(cs []CandidateMetrics) map[string]CandidateMetrics {
		m := map[string]CandidateMetrics{}
		for _, c := range cs {
			m[c.AttemptID] = c
		}
		return m
	}
	if !reflect.DeepEqual(byID(ca), byID(cb)) {
		t.Error("candidate metrics depend on the interleaving")
	}
	fa, _ := a.Facts("x1", 0)
	fb, _ := b.Facts("x1", 0)
	if !reflect.DeepEqual(fa, fb) {
		t.Error("fact metrics depend on the interleaving")
	}
}

func rank(stream string) int {
	switch {
	case strings.HasPrefix(stream, "exam-"):
		return 0
	case strings.HasPrefix(stream, "attempt-"):
		return 1
	}
	return 2
}

// One writer, many readers: run with -race.
func TestConcurrentApplyAndQueries(t *testing.T) {
	l := genCohort(t, 5, 20, 30)
	p := New(loadVitalia)
	var wg sync.WaitGroup
	done := make(chan struct{})
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				_, _ = p.Questions("x1")
				_, _ = p.Candidates("x1")
				_, _ = p.Agents("x1")
				_, _ = p.Facts("x1", 0)
				_, _ = p.NothingEarned("x1", 10)
				_, _ = p.Distributions("x1")
				_, _ = p.Reports("x1")
				_, _ = p.Assessments("x1")
				_ = p.Exams()
				if cs, err := p.Candidates("x1"); err == nil && len(cs) > 0 {
					// The caller owns what it gets.
					cs[0].AgentsNeverAsked = append(cs[0].AgentsNeverAsked, "x")
				}
			}
		}()
	}
	feed(p, l)
	close(done)
	wg.Wait()
	want := New(loadVitalia)
	feed(want, l)
	if !reflect.DeepEqual(queryAll(t, p), queryAll(t, want)) {
		t.Error("queries during the fold changed the results")
	}
}
