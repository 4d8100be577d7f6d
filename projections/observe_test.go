package projections_test

import (
	"context"
	"testing"
	"time"

	"cellule/domain"
	"cellule/eventstore"
	"cellule/projections"
)

// An observer sees every decoded event once, in log order, with its
// stream and position, before WaitFor returns for that position; events
// the Set cannot decode are not shown to it, and a replayed batch is not
// shown twice.
func TestObserveSeesEveryDecodedEventOnceBeforeWaitFor(t *testing.T) {
	st := openStore(t)
	cohort(t, st, 2, 20)
	ctx := context.Background()
	// An event of an unknown type: skipped by the Set, never observed.
	if _, err := st.Append(ctx, "attempt-a0", eventstore.Any{}, eventstore.EventData{Type: "FromTheFuture", Data: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}
	all, err := st.ReadAll(ctx, 0, 100_000)
	if err != nil {
		t.Fatal(err)
	}
	type seen struct {
		stream string
		pos    uint64
		typ    string
	}
	var got []seen
	set := projections.New()
	set.Observe(func(stream string, pos uint64, ev domain.Event, at time.Time) {
		got = append(got, seen{stream, pos, ev.EventType()})
	})
	set.Apply(all[:10])
	set.Apply(all) // the first ten again: ignored
	if err := set.WaitFor(ctx, all[len(all)-1].Position); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(all)-1 {
		t.Fatalf("observed %d events, want %d (all but the unknown one)", len(got), len(all)-1)
	}
	for i, g := range got {
		r := all[i]
		if g.stream != r.StreamID || g.pos != r.Position || g.typ != r.Type {
			t.Fatalf("observed #%d = %+v, want %s@%d %s", i, g, r.StreamID, r.Position, r.Type)
		}
	}
	if c := set.Counts(); c.Skipped != 1 {
		t.Fatalf("skipped %d, want 1", c.Skipped)
	}
}
