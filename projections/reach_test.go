package projections_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"cellule/domain"
	"cellule/eventstore"
	"cellule/projections"
)

// Reach folds up to a position by reading the store itself: a command's
// read-your-writes does not depend on the follower being alive (it may be
// in a resubscribe back-off, or not started).
func TestReachReadsTheStoreWithoutFollower(t *testing.T) {
	st := openStore(t)
	cohort(t, st, 3, 30)
	all, err := st.ReadAll(context.Background(), 0, 100_000)
	if err != nil {
		t.Fatal(err)
	}
	set := projections.New()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	mid := all[len(all)/2].Position
	if err := set.Reach(ctx, st, mid); err != nil {
		t.Fatal(err)
	}
	if got := set.Position(); got < mid {
		t.Fatalf("position %d after Reach(%d)", got, mid)
	}
	last := all[len(all)-1].Position
	if err := set.Reach(ctx, st, last); err != nil {
		t.Fatal(err)
	}
	_, want, err := projections.Rebuild(context.Background(), st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := set.Counts(); got != want {
		t.Fatalf("after Reach %+v, rebuilt %+v", got, want)
	}
	// A position nobody wrote yet: Reach waits, and ctx ends it.
	short, cancelShort := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancelShort()
	if err := set.Reach(short, st, last+1); err != context.DeadlineExceeded {
		t.Fatalf("Reach past the end = %v, want the context's deadline", err)
	}
}

// Many writers each reaching their own append while the follower folds the
// same events: every change reaches the listener once, in log order, and
// every Reach returns with its position folded.
func TestReachRacingFollowerNotifiesEachChangeOnceInOrder(t *testing.T) {
	st := openStore(t)
	set := projections.New()
	var mu sync.Mutex
	var seen []uint64
	set.SetListener(func(c projections.Change) {
		mu.Lock()
		seen = append(seen, c.Position)
		mu.Unlock()
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	followed := make(chan error, 1)
	go func() { followed <- set.Follow(ctx, st) }()

	const writers, each = 8, 40
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := string(rune('a' + w))
			evs := attemptEvents("r"+id, "e1", "u"+id, each, false)
			for i, ev := range evs {
				typ, body, err := domain.EncodeEvent(ev)
				if err != nil {
					errs <- err
					return
				}
				var exp eventstore.ExpectedRevision = eventstore.NoStream{}
				if i > 0 {
					exp = eventstore.Exact(uint64(i - 1))
				}
				res, err := st.Append(ctx, domain.AttemptStream("r"+id), exp, eventstore.EventData{Type: typ, Data: body})
				if err != nil {
					errs <- err
					return
				}
				rctx, rcancel := context.WithTimeout(ctx, 5*time.Second)
				err = set.Reach(rctx, st, res.Position)
				rcancel()
				if err != nil {
					errs <- err
					return
				}
				if set.Position() < res.Position {
					errs <- context.Canceled
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	cancel()
	if err := <-followed; err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(seen) != writers*each {
		t.Fatalf("listener saw %d changes, want %d", len(seen), writers*each)
	}
	for i := 1; i < len(seen); i++ {
		if seen[i] <= seen[i-1] {
			t.Fatalf("change %d at position %d after %d: out of order or twice", i, seen[i], seen[i-1])
		}
	}
}
