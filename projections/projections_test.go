package projections_test

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/eventstore"
	"cellule/eventstore/sqlite"
	"cellule/projections"
)

func openStore(tb testing.TB) eventstore.Store {
	tb.Helper()
	st, err := sqlite.Open(tb.TempDir() + "/events.db")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

func TestRebuildCountsEveryReadModel(t *testing.T) {
	st := openStore(t)
	cohort(t, st, 6, 300)
	var progress []projections.Counts
	set, c, err := projections.Rebuild(context.Background(), st, func(c projections.Counts) { progress = append(progress, c) })
	if err != nil {
		t.Fatal(err)
	}
	want := projections.Counts{Events: 2 + 6*2 + 1 + 6 + 1 + 6*300, Position: c.Position, Exams: 1, Attempts: 6, Users: 8}
	if c != want {
		t.Fatalf("counts %+v, want %+v", c, want)
	}
	if len(progress) == 0 || progress[len(progress)-1] != c {
		t.Fatalf("progress %v does not end on the counts", progress)
	}
	if as := set.JuryAssignments("jury"); len(as) != 1 || as[0].AttemptID != "a0" {
		t.Fatalf("jury assignments %+v", as)
	}
	if ids := set.ExamsOwnedBy("staff"); len(ids) != 1 {
		t.Fatalf("staff sessions %v", ids)
	}
	if id, ok := set.UserByEmail("u3@etu.fr"); !ok || id != "u3" {
		t.Fatalf("user by e-mail: %q %v", id, ok)
	}
}

// The state at version n is the fold of the first n events, whatever
// came after, and the current state is the state at the last version.
func TestStateAtVersionIsTheFoldOfThePrefix(t *testing.T) {
	st := openStore(t)
	evs := attemptEvents("a0", "e1", "u0", 600, true)
	appendEvents(t, st, domain.AttemptStream("a0"), evs)
	set, _, err := projections.Rebuild(context.Background(), st, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 2, 13, 299, 599, 600} {
		got, entries, err := set.StateAt("a0", n)
		if err != nil {
			t.Fatal(err)
		}
		want := attempt.Decider.Fold(evs[:n])
		if !sameJSON(t, got, want) || len(entries) != n || got.Version != n {
			t.Fatalf("state at %d differs from the fold of the first %d events", n, n)
		}
	}
	var current attempt.State
	set.ViewAttempt("a0", func(a *projections.Attempt) { current = attempt.Decider.Fold(a.Events) })
	last, _, _ := set.StateAt("a0", 600)
	if !sameJSON(t, current, last) || !last.Locked() {
		t.Fatal("the state at the last version is not the current, locked state")
	}
	for _, n := range []int{0, 601, -1} {
		if _, _, err := set.StateAt("a0", n); err == nil {
			t.Fatalf("version %d accepted", n)
		}
	}
}

func sameJSON(t *testing.T, a, b any) bool {
	t.Helper()
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	return reflect.DeepEqual(x, y)
}

// Following the store live gives the same read models as a rebuild, and
// WaitFor returns once a position is folded.
func TestFollowMatchesRebuildAndWaitForReturns(t *testing.T) {
	st := openStore(t)
	cohort(t, st, 2, 100)
	live := projections.New()
	if err := live.Catchup(context.Background(), st, nil); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- live.Follow(ctx, st) }()
	var changes []projections.Change
	changed := make(chan struct{}, 100)
	live.SetListener(func(c projections.Change) { changes = append(changes, c); changed <- struct{}{} })
	evs := attemptEvents("a9", "e1", "u9", 50, true)
	typ, body, _ := domain.EncodeEvent(evs[0])
	res, err := st.Append(context.Background(), domain.AttemptStream("a9"), eventstore.NoStream{}, eventstore.EventData{Type: typ, Data: body})
	if err != nil {
		t.Fatal(err)
	}
	wctx, wcancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer wcancel()
	if err := live.WaitFor(wctx, res.Position); err != nil {
		t.Fatal(err)
	}
	<-changed
	if len(changes) != 1 || changes[0].AttemptID != "a9" || changes[0].Type != "AttemptOpened" {
		t.Fatalf("changes %+v", changes)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	rebuilt, c, err := projections.Rebuild(context.Background(), st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if live.Counts() != c {
		t.Fatalf("live %+v, rebuilt %+v", live.Counts(), c)
	}
	var x, y attempt.State
	live.ViewAttempt("a1", func(a *projections.Attempt) { x = a.State })
	rebuilt.ViewAttempt("a1", func(a *projections.Attempt) { y = a.State })
	if !sameJSON(t, x, y) {
		t.Fatal("live and rebuilt states differ")
	}
}

func TestUnknownAndMalformedEventsAreSkipped(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	_, err := st.Append(ctx, "attempt-x", eventstore.Any{},
		eventstore.EventData{Type: "SomethingFromTheFuture", Data: []byte(`{"v":1}`)},
		eventstore.EventData{Type: "CauseAdded", Data: []byte(`{"v":99,"causeId":"c"}`)})
	if err != nil {
		t.Fatal(err)
	}
	set, c, err := projections.Rebuild(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Skipped != 2 || c.Events != 0 || set.LastError() == nil {
		t.Fatalf("counts %+v, last error %v", c, set.LastError())
	}
}

func BenchmarkStateAtVersion(b *testing.B) {
	st := openStore(b)
	appendEvents(b, st, domain.AttemptStream("a0"), attemptEvents("a0", "e1", "u0", 5000, true))
	set, _, err := projections.Rebuild(context.Background(), st, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		n := 2500 + i%2501 // anywhere in the second half, up to the last event
		if _, _, err := set.StateAt("a0", n); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRebuild1M rebuilds every projection from 1,000,000 events:
// 200 attempts of 4,998 events, their 400 account events and the exam
// stream: 1,000,204 events.
// Building the fixture is not timed. Run with -benchtime=1x.
func BenchmarkRebuild1M(b *testing.B) {
	st := openStore(b)
	start := time.Now()
	cohort(b, st, 200, 4998)
	b.Logf("fixture written in %s", time.Since(start).Round(time.Millisecond))
	b.ResetTimer()
	var c projections.Counts
	for b.Loop() {
		var err error
		_, c, err = projections.Rebuild(context.Background(), st, nil)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	total := c.Events + c.Skipped
	if total < 1_000_000 {
		b.Fatalf("only %d events", total)
	}
	b.ReportMetric(float64(total), "events")
	b.ReportMetric(float64(total)/(b.Elapsed().Seconds()/float64(b.N)), "events/s")
}
