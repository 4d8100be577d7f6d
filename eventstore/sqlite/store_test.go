package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"cellule/eventstore"
	"cellule/eventstore/storetest"
)

func openTemp(t testing.TB, opts ...Option) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "events.db"), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) eventstore.Store { return openTemp(t) })
}

func TestEventsSurviveReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	first, err := s.Append(ctx, "exam-1", eventstore.NoStream{}, eventstore.EventData{Type: "A", Data: []byte(`{}`)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	second, err := s.Append(ctx, "exam-1", eventstore.Exact(0), eventstore.EventData{Type: "B", Data: []byte(`{}`)})
	if err != nil {
		t.Fatalf("append after reopen: %v", err)
	}
	if second.NextExpectedRevision != 1 || second.Position <= first.Position {
		t.Errorf("after reopen the append landed at %+v, after %+v", second, first)
	}
	evs, err := s.ReadStream(ctx, "exam-1", eventstore.Forwards, 0, 10)
	if err != nil || len(evs) != 2 || evs[0].Type != "A" {
		t.Fatalf("read after reopen: %v %+v", err, evs)
	}
}

func TestOpenRefusesANewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.db")
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, schemaVersion+1)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if s, err := Open(path); err == nil {
		s.Close()
		t.Fatal("a file with a newer schema was opened")
	}
}

func TestConcurrentAppendsShareCommits(t *testing.T) {
	s := openTemp(t)
	const writers = 64
	var wg sync.WaitGroup
	start := make(chan struct{})
	for w := range writers {
		wg.Go(func() {
			<-start
			if _, err := s.Append(context.Background(), fmt.Sprintf("s-%d", w), eventstore.NoStream{},
				eventstore.EventData{Type: "A", Data: []byte(`{}`)}); err != nil {
				t.Error(err)
			}
		})
	}
	close(start)
	wg.Wait()
	if c := s.commits.Load(); c >= writers {
		t.Errorf("%d appends took %d commits: no group commit", writers, c)
	} else {
		t.Logf("%d appends in %d commits", writers, c)
	}
}

func TestRefusedAppendDoesNotFailItsBatch(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	// Many appends land in the same transaction; half are refused.
	var wg sync.WaitGroup
	errs := make([]error, 40)
	for i := range errs {
		wg.Go(func() {
			exp := eventstore.ExpectedRevision(eventstore.NoStream{})
			if i%2 == 1 {
				exp = eventstore.Exact(5) // the stream does not exist: refused
			}
			_, errs[i] = s.Append(ctx, fmt.Sprintf("s-%d", i), exp, eventstore.EventData{Type: "A", Data: []byte(`{}`)})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if refused := errors.Is(err, eventstore.ErrWrongExpectedRevision); refused != (i%2 == 1) {
			t.Errorf("append %d: %v", i, err)
		}
		_, rerr := s.ReadStream(ctx, fmt.Sprintf("s-%d", i), eventstore.Forwards, 0, 1)
		if stored := rerr == nil; stored != (i%2 == 0) {
			t.Errorf("append %d: stored = %v (%v)", i, stored, rerr)
		}
	}
}

func TestSlowSubscriberIsDroppedWithWhereToResume(t *testing.T) {
	s := openTemp(t, WithSlowSubscriberTimeout(50*time.Millisecond))
	ctx := context.Background()
	var evs []eventstore.EventData
	for i := range 20 {
		evs = append(evs, eventstore.EventData{Type: "A", Data: fmt.Appendf(nil, `{"i":%d}`, i)})
	}
	if _, err := s.Append(ctx, "s", eventstore.NoStream{}, evs...); err != nil {
		t.Fatal(err)
	}
	sub, err := s.SubscribeAll(ctx, eventstore.SubscribeOptions{Buffer: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	first := <-sub.Messages()
	time.Sleep(300 * time.Millisecond) // stall past the timeout
	var got []uint64
	got = append(got, first.Event.Position)
	for m := range sub.Messages() {
		got = append(got, m.Event.Position) // at most what was already buffered
	}
	var dropped *eventstore.SubscriptionDroppedError
	if !errors.As(sub.Err(), &dropped) {
		t.Fatalf("Err() = %v, want *SubscriptionDroppedError", sub.Err())
	}
	if dropped.ResumeFrom != got[len(got)-1] {
		t.Fatalf("resume from %d, but the last delivered position is %d", dropped.ResumeFrom, got[len(got)-1])
	}
	resumed, err := s.SubscribeAll(ctx, eventstore.SubscribeOptions{From: dropped.ResumeFrom})
	if err != nil {
		t.Fatal(err)
	}
	defer resumed.Close()
	for m := range resumed.Messages() {
		if m.CaughtUp {
			break
		}
		got = append(got, m.Event.Position)
	}
	if len(got) != 20 {
		t.Fatalf("delivered %v across the drop, want the 20 positions once each", got)
	}
	for i := 1; i < len(got); i++ {
		if got[i] <= got[i-1] {
			t.Fatalf("delivered %v: not strictly increasing", got)
		}
	}
}

func TestCloseEndsEverything(t *testing.T) {
	baseline := runtime.NumGoroutine()
	s, err := Open(filepath.Join(t.TempDir(), "events.db"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	subs := make([]eventstore.Subscription, 3)
	for i := range subs {
		if subs[i], err = s.SubscribeAll(ctx, eventstore.SubscribeOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Append(ctx, "s", eventstore.Any{}, eventstore.EventData{Type: "A", Data: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, sub := range subs {
		for range sub.Messages() {
		}
		var dropped *eventstore.SubscriptionDroppedError
		if !errors.As(sub.Err(), &dropped) {
			t.Errorf("a subscription ended by Close of the store: Err() = %v, want a drop that says where to resume", sub.Err())
		}
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > baseline {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines after Close, %d before Open", runtime.NumGoroutine(), baseline)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestAppendsWhoseContextEndsDoNotStallTheQueue(t *testing.T) {
	baseline := runtime.NumGoroutine()
	s, err := Open(filepath.Join(t.TempDir(), "events.db"))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	acked := map[string]uint64{}
	for w := range 32 {
		wg.Go(func() {
			for i := range 20 {
				// Half the appends give up almost at once, while queued.
				ctx, cancel := context.WithTimeout(context.Background(), time.Duration((w+i)%2)*time.Hour+time.Microsecond)
				stream := fmt.Sprintf("s-%d-%d", w, i)
				res, err := s.Append(ctx, stream, eventstore.NoStream{}, eventstore.EventData{Type: "A", Data: []byte(`{}`)})
				cancel()
				if err == nil {
					mu.Lock()
					acked[stream] = res.Position
					mu.Unlock()
				} else if !errors.Is(err, context.DeadlineExceeded) {
					t.Errorf("append: %v", err)
				}
			}
		})
	}
	wg.Wait()
	ctx := context.Background()
	if _, err := s.Append(ctx, "after", eventstore.NoStream{}, eventstore.EventData{Type: "A", Data: []byte(`{}`)}); err != nil {
		t.Fatalf("append after the cancelled ones: %v", err)
	}
	for stream, pos := range acked {
		evs, err := s.ReadStream(ctx, stream, eventstore.Forwards, 0, 1)
		if err != nil || evs[0].Position != pos {
			t.Fatalf("acknowledged %s at %d: %v %+v", stream, pos, err, evs)
		}
	}
	closed := make(chan error)
	go func() { closed <- s.Close() }()
	select {
	case err := <-closed:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not return: the queue is stalled")
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > baseline {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines after Close, %d before Open", runtime.NumGoroutine(), baseline)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestAnyRetryIsRecognizedAfterReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.db")
	ctx := context.Background()
	es := []eventstore.EventData{
		{ID: eventstore.DeriveEventID("cmd-1", 0), Type: "A", Data: []byte(`{}`)},
		{ID: eventstore.DeriveEventID("cmd-1", 1), Type: "B", Data: []byte(`{}`)},
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	first, err := s.Append(ctx, "exam-1", eventstore.Any{}, es...)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	again, err := s.Append(ctx, "exam-1", eventstore.Any{}, es...)
	if err != nil || again != first {
		t.Fatalf("retry after reopen: %+v %v, first append %+v", again, err, first)
	}
	if evs, _ := s.ReadStream(ctx, "exam-1", eventstore.Forwards, 0, 10); len(evs) != 2 {
		t.Errorf("%d events stored, want 2", len(evs))
	}
}
