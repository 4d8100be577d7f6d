// Package storetest is the contract suite that every eventstore.Store
// passes: the embedded SQLite store always, EventStoreDB/KurrentDB when a
// server is available. It checks the port's semantics, not an
// implementation: positions are only assumed to be strictly increasing
// (never dense, never starting at 1), and every test works in streams with
// its own random prefix, so that the suite also passes on a server that
// already holds other events.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"cellule/eventstore"
)

// timeout bounds every sub-test, so that a store that blocks fails the test
// instead of hanging it.
const timeout = 60 * time.Second

// Run runs the contract suite. newStore must return a fresh store for each
// sub-test (empty, or at least holding no stream of the sub-test's random
// prefix) and arrange for it to be closed with t.Cleanup; Close may then be
// called twice, which a Store must tolerate.
func Run(t *testing.T, newStore func(t *testing.T) eventstore.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s eventstore.Store)
	}{
		{"appending to a new stream starts at revision 0 and returns the last event's position", testAppendNewStream},
		{"the expected revision is enforced with a typed error and nothing is written", testExpectedRevision},
		{"32 writers racing at the same expected revision: exactly one wins each revision", testRacingWriters},
		{"concurrent appends to distinct streams all land with distinct positions", testConcurrentDistinctStreams},
		{"a retried append of the same ids returns the original result and writes nothing", testIdempotentRetry},
		{"concurrent retries of the same append write it once and all get its result", testConcurrentRetries},
		{"a retry that overlaps the stored events only partly is refused and writes nothing", testPartialOverlap},
		{"bad input is refused with a typed error and nothing is written", testBadInput},
		{"recorded events keep what was appended", testRecordedFields},
		{"a stream reads forwards and backwards from a revision with a count", testReadStream},
		{"reading a stream that has no event gives ErrStreamNotFound", testReadMissingStream},
		{"positions are strictly increasing across streams in append order", testOrderingAcrossStreams},
		{"reading all pages forwards from an exclusive position", testReadAllPaging},
		{"a subscription delivers stored events, then caught up, then live events", testSubscriptionCatchUpThenLive},
		{"a subscription starts after its From position", testSubscriptionFromIsExclusive},
		{"the subscription seam has no gap and no duplicate while writers append", testSubscriptionSeam},
		{"a filtered subscription delivers only matching events", testSubscriptionFilters},
		{"a slow subscriber never blocks appends and misses nothing", testSlowSubscriber},
		{"a subscription ends cleanly when its context ends", testSubscriptionContextEnd},
		{"a subscription ends cleanly when it is closed", testSubscriptionClose},
		{"a closed store refuses work with ErrClosed and ends its subscriptions", testClosedStore},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.fn(t, newStore(t))
		})
	}
}

// --- helpers ---------------------------------------------------------------

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	return ctx
}

// prefix returns a stream-name prefix no other test uses.
func prefix() string {
	return "st" + strings.ReplaceAll(uuid.NewString()[:13], "-", "") + "-"
}

func event(typ string, i int) eventstore.EventData {
	return eventstore.EventData{ID: uuid.New(), Type: typ, Data: fmt.Appendf(nil, `{"i":%d}`, i)}
}

func events(typ string, n int) []eventstore.EventData {
	es := make([]eventstore.EventData, n)
	for i := range es {
		es[i] = event(typ, i)
	}
	return es
}

func mustAppend(t *testing.T, s eventstore.Store, stream string, exp eventstore.ExpectedRevision, es ...eventstore.EventData) eventstore.AppendResult {
	t.Helper()
	res, err := s.Append(testContext(t), stream, exp, es...)
	if err != nil {
		t.Fatalf("append %d events to %s at %#v: %v", len(es), stream, exp, err)
	}
	return res
}

// readAll returns every stored event whose stream starts with pfx, in
// global order.
func readAll(t *testing.T, s eventstore.Store, pfx string) []eventstore.RecordedEvent {
	t.Helper()
	ctx := testContext(t)
	var out []eventstore.RecordedEvent
	from := eventstore.Start
	for {
		page, err := s.ReadAll(ctx, from, 500)
		if err != nil {
			t.Fatalf("read all from %d: %v", from, err)
		}
		for _, e := range page {
			if e.Position <= from {
				t.Fatalf("read all from %d returned position %d", from, e.Position)
			}
			from = e.Position
			if strings.HasPrefix(e.StreamID, pfx) {
				out = append(out, e)
			}
		}
		if len(page) < 500 {
			return out
		}
	}
}

func readStream(t *testing.T, s eventstore.Store, stream string) []eventstore.RecordedEvent {
	t.Helper()
	evs, err := s.ReadStream(testContext(t), stream, eventstore.Forwards, 0, 100000)
	if errors.Is(err, eventstore.ErrStreamNotFound) {
		return nil
	}
	if err != nil {
		t.Fatalf("read %s: %v", stream, err)
	}
	return evs
}

func revisions(evs []eventstore.RecordedEvent) []uint64 {
	out := make([]uint64, len(evs))
	for i, e := range evs {
		out[i] = e.Revision
	}
	return out
}

// checkDense fails unless evs are revisions 0..n-1 of their stream.
func checkDense(t *testing.T, evs []eventstore.RecordedEvent) {
	t.Helper()
	for i, e := range evs {
		if e.Revision != uint64(i) {
			t.Fatalf("revisions %v are not dense from 0", revisions(evs))
		}
	}
}

func wantWrongExpected(t *testing.T, err error, stream string, expected, actual int64) {
	t.Helper()
	var wer *eventstore.WrongExpectedRevisionError
	if !errors.As(err, &wer) {
		t.Fatalf("got %v, want *WrongExpectedRevisionError", err)
	}
	if !errors.Is(err, eventstore.ErrWrongExpectedRevision) {
		t.Errorf("errors.Is(%v, ErrWrongExpectedRevision) is false", err)
	}
	if wer.Stream != stream || wer.Expected != expected || wer.Actual != actual {
		t.Errorf("got stream %q expected %d actual %d, want %q %d %d", wer.Stream, wer.Expected, wer.Actual, stream, expected, actual)
	}
}

// next receives the next subscription message, failing if none comes in time.
func next(t *testing.T, sub eventstore.Subscription) eventstore.Message {
	t.Helper()
	select {
	case m, ok := <-sub.Messages():
		if !ok {
			t.Fatalf("subscription ended early: %v", sub.Err())
		}
		return m
	case <-time.After(timeout / 2):
		t.Fatal("no subscription message in time")
	}
	return eventstore.Message{}
}

// collect receives until n events of streams starting with pfx arrived,
// skipping other streams' events. It returns them and whether the caught-up
// signal was seen (it fails if it is seen twice).
func collect(t *testing.T, sub eventstore.Subscription, pfx string, n int, caughtUp bool) ([]eventstore.RecordedEvent, bool) {
	t.Helper()
	var out []eventstore.RecordedEvent
	for len(out) < n {
		m := next(t, sub)
		if m.CaughtUp {
			if caughtUp {
				t.Fatal("caught up was signalled twice")
			}
			caughtUp = true
			continue
		}
		if m.Event == nil {
			t.Fatal("a message with neither an event nor caught up")
		}
		if strings.HasPrefix(m.Event.StreamID, pfx) {
			out = append(out, *m.Event)
		}
	}
	return out, caughtUp
}

// untilCaughtUp receives until the caught-up signal and returns the events
// of streams starting with pfx delivered before it.
func untilCaughtUp(t *testing.T, sub eventstore.Subscription, pfx string) []eventstore.RecordedEvent {
	t.Helper()
	var out []eventstore.RecordedEvent
	for {
		m := next(t, sub)
		if m.CaughtUp {
			return out
		}
		if m.Event != nil && strings.HasPrefix(m.Event.StreamID, pfx) {
			out = append(out, *m.Event)
		}
	}
}

// sameEvents fails unless got and want are the same events in the same order.
func sameEvents(t *testing.T, got, want []eventstore.RecordedEvent) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d events, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].ID != want[i].ID || got[i].Position != want[i].Position || got[i].StreamID != want[i].StreamID || got[i].Revision != want[i].Revision {
			t.Fatalf("event %d: got %s@%d pos %d, want %s@%d pos %d", i,
				got[i].StreamID, got[i].Revision, got[i].Position, want[i].StreamID, want[i].Revision, want[i].Position)
		}
	}
}

func increasing(t *testing.T, evs []eventstore.RecordedEvent) {
	t.Helper()
	for i := 1; i < len(evs); i++ {
		if evs[i].Position <= evs[i-1].Position {
			t.Fatalf("position %d follows %d: not strictly increasing", evs[i].Position, evs[i-1].Position)
		}
	}
}

// waitGoroutines fails unless the goroutine count falls back to at most
// baseline: a subscription that ended must leave nothing running.
func waitGoroutines(t *testing.T, baseline int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > baseline {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines still running, %d before the subscription:\n%s",
				runtime.NumGoroutine(), baseline, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// --- appends ---------------------------------------------------------------

func testAppendNewStream(t *testing.T, s eventstore.Store) {
	stream := prefix() + "a"
	r1 := mustAppend(t, s, stream, eventstore.NoStream{}, events("A", 3)...)
	if r1.NextExpectedRevision != 2 {
		t.Errorf("next expected revision = %d, want 2", r1.NextExpectedRevision)
	}
	if r1.Position < 1 {
		t.Errorf("position = %d, want ≥ 1", r1.Position)
	}
	r2 := mustAppend(t, s, stream, eventstore.Exact(2), event("B", 0))
	if r2.NextExpectedRevision != 3 || r2.Position <= r1.Position {
		t.Errorf("second append = %+v after %+v, want revision 3 and a greater position", r2, r1)
	}
	evs := readStream(t, s, stream)
	checkDense(t, evs)
	if len(evs) != 4 || evs[3].Position != r2.Position || evs[2].Position != r1.Position {
		t.Errorf("stored %d events, positions do not match the append results", len(evs))
	}
}

func testExpectedRevision(t *testing.T, s eventstore.Store) {
	p := prefix()
	existing := p + "existing"
	mustAppend(t, s, existing, eventstore.NoStream{}, events("A", 3)...) // revisions 0..2
	tests := []struct {
		name     string
		stream   string
		expected eventstore.ExpectedRevision
		wantExp  int64
		wantAct  int64
	}{
		{"NoStream on a stream with events", existing, eventstore.NoStream{}, eventstore.RevisionNoStream, 2},
		{"Exact behind the stream", existing, eventstore.Exact(1), 1, 2},
		{"Exact ahead of the stream", existing, eventstore.Exact(7), 7, 2},
		{"StreamExists on a missing stream", p + "missing", eventstore.StreamExists{}, eventstore.RevisionStreamExists, eventstore.RevisionNoStream},
		{"Exact 0 on a missing stream", p + "missing", eventstore.Exact(0), 0, eventstore.RevisionNoStream},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			before := readStream(t, s, tt.stream)
			_, err := s.Append(testContext(t), tt.stream, tt.expected, event("X", 0))
			wantWrongExpected(t, err, tt.stream, tt.wantExp, tt.wantAct)
			if after := readStream(t, s, tt.stream); len(after) != len(before) {
				t.Errorf("%d events after the refused append, %d before", len(after), len(before))
			}
		})
	}
	accepted := []struct {
		name     string
		stream   string
		expected eventstore.ExpectedRevision
		wantRev  uint64
	}{
		{"Exact at the last revision", existing, eventstore.Exact(2), 3},
		{"StreamExists on a stream with events", existing, eventstore.StreamExists{}, 4},
		{"Any on a stream with events", existing, eventstore.Any{}, 5},
		{"Any on a missing stream", p + "any", eventstore.Any{}, 0},
		{"NoStream on a missing stream", p + "new", eventstore.NoStream{}, 0},
	}
	for _, tt := range accepted {
		t.Run(tt.name+" is accepted", func(t *testing.T) {
			res := mustAppend(t, s, tt.stream, tt.expected, event("Y", 0))
			if res.NextExpectedRevision != tt.wantRev {
				t.Errorf("next expected revision = %d, want %d", res.NextExpectedRevision, tt.wantRev)
			}
		})
	}
	checkDense(t, readStream(t, s, existing))
}

func testRacingWriters(t *testing.T, s eventstore.Store) {
	const writers, rounds = 32, 8
	stream := prefix() + "race"
	ctx := testContext(t)
	for round := 0; round < rounds; round++ {
		var expected eventstore.ExpectedRevision = eventstore.Exact(round - 1)
		wantExp := int64(round - 1)
		if round == 0 {
			expected, wantExp = eventstore.NoStream{}, eventstore.RevisionNoStream
		}
		var wg sync.WaitGroup
		errs := make([]error, writers)
		results := make([]eventstore.AppendResult, writers)
		start := make(chan struct{})
		for w := range writers {
			wg.Go(func() {
				<-start
				results[w], errs[w] = s.Append(ctx, stream, expected, event("Raced", w))
			})
		}
		close(start)
		wg.Wait()
		winners := 0
		for w, err := range errs {
			if err == nil {
				winners++
				if results[w].NextExpectedRevision != uint64(round) {
					t.Errorf("round %d: winner got revision %d", round, results[w].NextExpectedRevision)
				}
				continue
			}
			wantWrongExpected(t, err, stream, wantExp, int64(round))
		}
		if winners != 1 {
			t.Fatalf("round %d: %d winners, want exactly 1", round, winners)
		}
	}
	evs := readStream(t, s, stream)
	if len(evs) != rounds {
		t.Fatalf("%d events stored after %d rounds", len(evs), rounds)
	}
	checkDense(t, evs)
}

func testConcurrentDistinctStreams(t *testing.T, s eventstore.Store) {
	const writers, appends = 16, 10
	p := prefix()
	ctx := testContext(t)
	var wg sync.WaitGroup
	errs := make(chan error, writers*appends)
	for w := range writers {
		wg.Go(func() {
			stream := fmt.Sprintf("%sw%d", p, w)
			var exp eventstore.ExpectedRevision = eventstore.NoStream{}
			for i := range appends {
				res, err := s.Append(ctx, stream, exp, event("Written", i))
				if err != nil {
					errs <- err
					return
				}
				exp = eventstore.Exact(res.NextExpectedRevision)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	all := readAll(t, s, p)
	if len(all) != writers*appends {
		t.Fatalf("%d events stored, want %d", len(all), writers*appends)
	}
	increasing(t, all)
	for w := range writers {
		checkDense(t, readStream(t, s, fmt.Sprintf("%sw%d", p, w)))
	}
}

func testIdempotentRetry(t *testing.T, s eventstore.Store) {
	p := prefix()
	tests := []struct {
		name     string
		setup    int // events appended with Any before the first try
		expected eventstore.ExpectedRevision
	}{
		{"at NoStream", 0, eventstore.NoStream{}},
		{"at an exact revision", 2, eventstore.Exact(1)},
		{"with Any", 1, eventstore.Any{}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stream := fmt.Sprintf("%sidem%d", p, i)
			if tt.setup > 0 {
				mustAppend(t, s, stream, eventstore.Any{}, events("Setup", tt.setup)...)
			}
			es := events("Retried", 3)
			first := mustAppend(t, s, stream, tt.expected, es...)
			for retry := range 2 {
				again, err := s.Append(testContext(t), stream, tt.expected, es...)
				if err != nil {
					t.Fatalf("retry %d: %v", retry, err)
				}
				if again != first {
					t.Errorf("retry %d returned %+v, the first append %+v", retry, again, first)
				}
			}
			if n := len(readStream(t, s, stream)); n != tt.setup+3 {
				t.Errorf("%d events stored, want %d: the retry wrote", n, tt.setup+3)
			}
		})
	}
	t.Run("of a command with derived event ids", func(t *testing.T) {
		stream := p + "derived"
		cmd := uuid.NewString()
		es := []eventstore.EventData{
			{ID: eventstore.DeriveEventID(cmd, 0), Type: "A", Data: []byte(`{}`)},
			{ID: eventstore.DeriveEventID(cmd, 1), Type: "B", Data: []byte(`{}`)},
		}
		first := mustAppend(t, s, stream, eventstore.NoStream{}, es...)
		again := mustAppend(t, s, stream, eventstore.NoStream{}, es...)
		if again != first || len(readStream(t, s, stream)) != 2 {
			t.Errorf("retry returned %+v (first %+v) and the stream has %d events", again, first, len(readStream(t, s, stream)))
		}
	})
}

func testConcurrentRetries(t *testing.T, s eventstore.Store) {
	const retries = 8
	stream := prefix() + "retries"
	es := events("Once", 3)
	ctx := testContext(t)
	results := make([]eventstore.AppendResult, retries)
	errs := make([]error, retries)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range retries {
		wg.Go(func() {
			<-start
			results[i], errs[i] = s.Append(ctx, stream, eventstore.NoStream{}, es...)
		})
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("retry %d: %v", i, err)
		}
		if results[i] != results[0] {
			t.Errorf("retry %d got %+v, retry 0 got %+v", i, results[i], results[0])
		}
	}
	if got := readStream(t, s, stream); len(got) != 3 {
		t.Errorf("%d events stored, want 3", len(got))
	}
}

func testPartialOverlap(t *testing.T, s eventstore.Store) {
	stream := prefix() + "overlap"
	es := events("A", 3)
	mustAppend(t, s, stream, eventstore.NoStream{}, es[:2]...)
	// The same first ids at the same expected revision, plus one new event.
	_, err := s.Append(testContext(t), stream, eventstore.NoStream{}, es...)
	if !errors.Is(err, eventstore.ErrIdempotencyConflict) {
		t.Fatalf("got %v, want ErrIdempotencyConflict", err)
	}
	if n := len(readStream(t, s, stream)); n != 2 {
		t.Errorf("%d events stored after the refused retry, want 2", n)
	}
}

func testBadInput(t *testing.T, s eventstore.Store) {
	p := prefix()
	good := func() eventstore.EventData { return event("A", 0) }
	bad := func(f func(e *eventstore.EventData)) []eventstore.EventData {
		e := good()
		f(&e)
		return []eventstore.EventData{good(), e} // a valid event first: the append must be all or nothing
	}
	tests := []struct {
		name     string
		stream   string
		expected eventstore.ExpectedRevision
		events   []eventstore.EventData
	}{
		{"an empty stream name", "", eventstore.Any{}, []eventstore.EventData{good()}},
		{"a stream name over the limit", p + strings.Repeat("x", eventstore.MaxStreamNameLen), eventstore.Any{}, []eventstore.EventData{good()}},
		{"a nil expected revision", p + "nil", nil, []eventstore.EventData{good()}},
		{"no event", p + "none", eventstore.Any{}, nil},
		{"an empty event type", p + "type", eventstore.Any{}, bad(func(e *eventstore.EventData) { e.Type = "" })},
		{"data over 1 MiB", p + "big", eventstore.Any{}, bad(func(e *eventstore.EventData) {
			e.ContentType = eventstore.ContentTypeBinary
			e.Data = make([]byte, eventstore.MaxDataSize+1)
		})},
		{"data that is not JSON under the JSON content type", p + "json", eventstore.Any{}, bad(func(e *eventstore.EventData) { e.Data = []byte(`{"a":`) })},
		{"metadata that is not JSON under the JSON content type", p + "meta", eventstore.Any{}, bad(func(e *eventstore.EventData) { e.Metadata = []byte(`{`) })},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			_, err := s.Append(testContext(t), tt.stream, tt.expected, tt.events...)
			var inv *eventstore.InvalidInputError
			if !errors.As(err, &inv) || !errors.Is(err, eventstore.ErrInvalidInput) {
				t.Fatalf("got %v, want *InvalidInputError", err)
			}
		})
	}
	if got := readAll(t, s, p); len(got) != 0 {
		t.Errorf("%d events written by refused appends", len(got))
	}
	for _, tc := range []struct {
		name string
		read func() error
	}{
		{"a stream read with an empty name", func() error {
			_, err := s.ReadStream(testContext(t), "", eventstore.Forwards, 0, 10)
			return err
		}},
		{"a stream read of count 0", func() error {
			_, err := s.ReadStream(testContext(t), p+"x", eventstore.Forwards, 0, 0)
			return err
		}},
		{"a read of all of count 0", func() error {
			_, err := s.ReadAll(testContext(t), eventstore.Start, 0)
			return err
		}},
	} {
		t.Run(tc.name+" is refused", func(t *testing.T) {
			if err := tc.read(); !errors.Is(err, eventstore.ErrInvalidInput) {
				t.Errorf("got %v, want ErrInvalidInput", err)
			}
		})
	}
}

func testRecordedFields(t *testing.T, s eventstore.Store) {
	stream := prefix() + "fields"
	in := []eventstore.EventData{
		{ID: uuid.New(), Type: "JSONEvent", Data: []byte(`{"a":[1,2,"é"]}`), Metadata: []byte(`{"actor":"u1"}`)},
		{ID: uuid.New(), Type: "BinaryEvent", ContentType: eventstore.ContentTypeBinary, Data: []byte{0, 1, 2, 0xff}},
	}
	before := time.Now()
	res := mustAppend(t, s, stream, eventstore.NoStream{}, in...)
	after := time.Now()
	got := readStream(t, s, stream)
	if len(got) != 2 {
		t.Fatalf("%d events stored, want 2", len(got))
	}
	wantCT := []string{eventstore.ContentTypeJSON, eventstore.ContentTypeBinary}
	for i, e := range got {
		if e.StreamID != stream || e.ID != in[i].ID || e.Type != in[i].Type || e.ContentType != wantCT[i] ||
			string(e.Data) != string(in[i].Data) || string(e.Metadata) != string(in[i].Metadata) {
			t.Errorf("event %d: got %+v, want %+v", i, e, in[i])
		}
		if e.Created.Location() != time.UTC {
			t.Errorf("event %d: created %v is not UTC", i, e.Created)
		}
		// A server's clock may differ a little from ours.
		if e.Created.Before(before.Add(-time.Minute)) || e.Created.After(after.Add(time.Minute)) {
			t.Errorf("event %d: created %v, appended between %v and %v", i, e.Created, before, after)
		}
	}
	if got[1].Position != res.Position {
		t.Errorf("last event position %d, append result %d", got[1].Position, res.Position)
	}
	t.Run("a zero event id is replaced by a generated one", func(t *testing.T) {
		stream := stream + "-zero"
		mustAppend(t, s, stream, eventstore.NoStream{}, eventstore.EventData{Type: "A", Data: []byte(`{}`)})
		if got := readStream(t, s, stream); len(got) != 1 || got[0].ID == (uuid.UUID{}) {
			t.Errorf("got %+v, want one event with a non-zero id", got)
		}
	})
}

// --- reads -----------------------------------------------------------------

func testReadStream(t *testing.T, s eventstore.Store) {
	stream := prefix() + "read"
	mustAppend(t, s, stream, eventstore.NoStream{}, events("A", 10)...)
	tests := []struct {
		name  string
		dir   eventstore.Direction
		from  uint64
		count int
		want  []uint64
	}{
		{"forwards from the start", eventstore.Forwards, 0, 3, []uint64{0, 1, 2}},
		{"forwards from the middle", eventstore.Forwards, 3, 4, []uint64{3, 4, 5, 6}},
		{"forwards with a count past the end", eventstore.Forwards, 8, 10, []uint64{8, 9}},
		{"forwards from past the end", eventstore.Forwards, 10, 5, []uint64{}},
		{"backwards from End", eventstore.Backwards, eventstore.End, 3, []uint64{9, 8, 7}},
		{"backwards from a revision", eventstore.Backwards, 5, 10, []uint64{5, 4, 3, 2, 1, 0}},
		{"backwards from past the end", eventstore.Backwards, 20, 2, []uint64{9, 8}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := s.ReadStream(testContext(t), stream, tt.dir, tt.from, tt.count)
			if err != nil {
				t.Fatal(err)
			}
			got := revisions(evs)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("revisions %v, want %v", got, tt.want)
			}
			for _, e := range evs {
				if string(e.Data) != fmt.Sprintf(`{"i":%d}`, e.Revision) {
					t.Errorf("revision %d holds %s", e.Revision, e.Data)
				}
			}
		})
	}
}

func testReadMissingStream(t *testing.T, s eventstore.Store) {
	for _, dir := range []eventstore.Direction{eventstore.Forwards, eventstore.Backwards} {
		_, err := s.ReadStream(testContext(t), prefix()+"missing", dir, 0, 10)
		if !errors.Is(err, eventstore.ErrStreamNotFound) {
			t.Errorf("direction %d: got %v, want ErrStreamNotFound", dir, err)
		}
	}
}

func testOrderingAcrossStreams(t *testing.T, s eventstore.Store) {
	p := prefix()
	var want []string
	var lastPos uint64
	for i := range 30 {
		stream := fmt.Sprintf("%ss%d", p, i%3)
		e := event("Ordered", i)
		res := mustAppend(t, s, stream, eventstore.Any{}, e)
		if res.Position <= lastPos {
			t.Fatalf("append %d landed at position %d after %d", i, res.Position, lastPos)
		}
		lastPos = res.Position
		want = append(want, e.ID.String())
	}
	all := readAll(t, s, p)
	increasing(t, all)
	var got []string
	for _, e := range all {
		got = append(got, e.ID.String())
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("read all order differs from append order:\n got %v\nwant %v", got, want)
	}
}

func testReadAllPaging(t *testing.T, s eventstore.Store) {
	p := prefix()
	mustAppend(t, s, p+"a", eventstore.NoStream{}, events("A", 7)...)
	all := readAll(t, s, p)
	if len(all) != 7 {
		t.Fatalf("%d events, want 7", len(all))
	}
	// Page by 2 from just before our first event: From is exclusive.
	ctx := testContext(t)
	var paged []eventstore.RecordedEvent
	from := all[0].Position - 1
	for len(paged) < 7 {
		page, err := s.ReadAll(ctx, from, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 || len(page) > 2 {
			t.Fatalf("page of %d events from %d", len(page), from)
		}
		for _, e := range page {
			if strings.HasPrefix(e.StreamID, p) {
				paged = append(paged, e)
			}
			from = e.Position
		}
	}
	sameEvents(t, paged, all)
	page, err := s.ReadAll(ctx, all[6].Position, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range page {
		if strings.HasPrefix(e.StreamID, p) {
			t.Errorf("read all after the last event returned %s@%d", e.StreamID, e.Revision)
		}
	}
}

// --- subscriptions ---------------------------------------------------------

func subscribe(t *testing.T, s eventstore.Store, ctx context.Context, opts eventstore.SubscribeOptions) eventstore.Subscription {
	t.Helper()
	sub, err := s.SubscribeAll(ctx, opts)
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	t.Cleanup(sub.Close)
	return sub
}

func testSubscriptionCatchUpThenLive(t *testing.T, s eventstore.Store) {
	p := prefix()
	mustAppend(t, s, p+"a", eventstore.NoStream{}, events("A", 5)...)
	sub := subscribe(t, s, testContext(t), eventstore.SubscribeOptions{From: eventstore.Start})
	stored := untilCaughtUp(t, sub, p)
	sameEvents(t, stored, readAll(t, s, p))

	mustAppend(t, s, p+"b", eventstore.NoStream{}, events("B", 2)...)
	mustAppend(t, s, p+"a", eventstore.Exact(4), event("A", 5))
	live, _ := collect(t, sub, p, 3, true)
	sameEvents(t, live, readAll(t, s, p)[5:])
}

func testSubscriptionFromIsExclusive(t *testing.T, s eventstore.Store) {
	p := prefix()
	mustAppend(t, s, p+"a", eventstore.NoStream{}, events("A", 5)...)
	all := readAll(t, s, p)
	sub := subscribe(t, s, testContext(t), eventstore.SubscribeOptions{From: all[2].Position, Filter: eventstore.Filter{StreamPrefixes: []string{p}}})
	sameEvents(t, untilCaughtUp(t, sub, p), all[3:])
}

func testSubscriptionSeam(t *testing.T, s eventstore.Store) {
	const writers, perWriter, stored = 4, 100, 200
	p := prefix()
	for i := range writers {
		mustAppend(t, s, fmt.Sprintf("%sw%d", p, i), eventstore.NoStream{}, events("Stored", stored/writers)...)
	}
	ctx := testContext(t)
	var wg sync.WaitGroup
	started := make(chan struct{}, writers)
	errs := make(chan error, writers)
	for w := range writers {
		wg.Go(func() {
			stream := fmt.Sprintf("%sw%d", p, w)
			for i := range perWriter {
				if _, err := s.Append(ctx, stream, eventstore.Any{}, event("Live", i)); err != nil {
					errs <- err
					return
				}
				if i == 5 {
					started <- struct{}{}
				}
			}
		})
	}
	for range writers {
		<-started
	}
	// Writers are running: the catch-up and the switch to live happen
	// while new events keep landing.
	sub := subscribe(t, s, ctx, eventstore.SubscribeOptions{Filter: eventstore.Filter{StreamPrefixes: []string{p}}})
	got, caughtUp := collect(t, sub, p, stored+writers*perWriter, false)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if !caughtUp {
		// All events arrived, so caught up must have been signalled by
		// now or come next.
		if m := next(t, sub); !m.CaughtUp {
			t.Fatalf("got an extra event %+v instead of caught up", m.Event)
		}
	}
	increasing(t, got)
	sameEvents(t, got, readAll(t, s, p))
}

func testSubscriptionFilters(t *testing.T, s eventstore.Store) {
	p := prefix()
	mustAppend(t, s, p+"exam-1", eventstore.NoStream{}, event("ExamCreated", 0), event("ExamOpened", 1))
	mustAppend(t, s, p+"attempt-1", eventstore.NoStream{}, event("AttemptStarted", 0), event("ExamOpened", 1))
	mustAppend(t, s, p+"exam-2", eventstore.NoStream{}, event("ExamCreated", 0))
	tests := []struct {
		name   string
		filter eventstore.Filter
	}{
		{"by stream prefix", eventstore.Filter{StreamPrefixes: []string{p + "exam-"}}},
		{"by two stream prefixes", eventstore.Filter{StreamPrefixes: []string{p + "exam-2", p + "attempt-"}}},
		{"by event type", eventstore.Filter{EventTypes: []string{"ExamOpened"}}},
		{"by stream prefix and event type", eventstore.Filter{StreamPrefixes: []string{p + "exam-"}, EventTypes: []string{"ExamCreated"}}},
	}
	all := readAll(t, s, p)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []eventstore.RecordedEvent
			for _, e := range all {
				if tt.filter.Matches(&e) {
					want = append(want, e)
				}
			}
			sub := subscribe(t, s, testContext(t), eventstore.SubscribeOptions{Filter: tt.filter})
			got := untilCaughtUp(t, sub, p)
			sameEvents(t, got, want)
			// Live events are filtered too.
			mustAppend(t, s, p+"exam-9", eventstore.Any{}, event("ExamOpened", 9), event("Other", 9))
			mustAppend(t, s, p+"attempt-9", eventstore.Any{}, event("ExamOpened", 9))
			now := readAll(t, s, p)
			var liveWant []eventstore.RecordedEvent
			for _, e := range now[len(all):] {
				if tt.filter.Matches(&e) {
					liveWant = append(liveWant, e)
				}
			}
			live, _ := collect(t, sub, p, len(liveWant), true)
			sameEvents(t, live, liveWant)
			all = now
		})
	}
}

func testSlowSubscriber(t *testing.T, s eventstore.Store) {
	const n = 300
	p := prefix()
	ctx := testContext(t)
	sub := subscribe(t, s, ctx, eventstore.SubscribeOptions{Buffer: 1, Filter: eventstore.Filter{StreamPrefixes: []string{p}}})
	// Nobody reads the subscription while we append: appends must not wait
	// for it (the test context would expire if they did).
	appendCtx, cancel := context.WithTimeout(ctx, timeout/2)
	defer cancel()
	for i := range n {
		if _, err := s.Append(appendCtx, p+"slow", eventstore.Any{}, event("E", i)); err != nil {
			t.Fatalf("append %d while the subscriber is not reading: %v", i, err)
		}
	}
	want := readAll(t, s, p)
	// Now read: every event arrives once, in order — possibly across a drop
	// and a resubscription from the position the drop names.
	var got []eventstore.RecordedEvent
	for len(got) < n {
		select {
		case m, ok := <-sub.Messages():
			if !ok {
				var dropped *eventstore.SubscriptionDroppedError
				if !errors.As(sub.Err(), &dropped) {
					t.Fatalf("subscription ended with %v, want *SubscriptionDroppedError", sub.Err())
				}
				if len(got) > 0 && dropped.ResumeFrom < got[len(got)-1].Position {
					t.Fatalf("resume from %d, before the last delivered position %d", dropped.ResumeFrom, got[len(got)-1].Position)
				}
				sub = subscribe(t, s, ctx, eventstore.SubscribeOptions{From: dropped.ResumeFrom, Filter: eventstore.Filter{StreamPrefixes: []string{p}}})
				continue
			}
			if m.Event != nil {
				got = append(got, *m.Event)
			}
		case <-ctx.Done():
			t.Fatalf("only %d of %d events delivered", len(got), n)
		}
	}
	sameEvents(t, got, want)
}

func testSubscriptionContextEnd(t *testing.T, s eventstore.Store) {
	p := prefix()
	mustAppend(t, s, p+"a", eventstore.NoStream{}, events("A", 3)...)
	baseline := warmedUpGoroutines(t, s, p)
	ctx, cancel := context.WithCancel(testContext(t))
	sub, err := s.SubscribeAll(ctx, eventstore.SubscribeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	untilCaughtUp(t, sub, p)
	cancel()
	drain(t, sub)
	if err := sub.Err(); err != nil {
		t.Errorf("Err() = %v after the context ended, want nil", err)
	}
	sub.Close() // still safe after the end
	waitGoroutines(t, baseline)
}

func testSubscriptionClose(t *testing.T, s eventstore.Store) {
	p := prefix()
	mustAppend(t, s, p+"a", eventstore.NoStream{}, events("A", 3)...)
	baseline := warmedUpGoroutines(t, s, p)
	// A subscriber that never reads, with events waiting: Close must still
	// end it.
	sub, err := s.SubscribeAll(testContext(t), eventstore.SubscribeOptions{Buffer: 1})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond)
	sub.Close()
	drain(t, sub)
	if err := sub.Err(); err != nil {
		t.Errorf("Err() = %v after Close, want nil", err)
	}
	sub.Close()
	waitGoroutines(t, baseline)
}

// warmedUpGoroutines runs one subscription to its end first, so that
// goroutines a client library starts once and keeps (connection pools,
// keep-alives) are in the baseline, then returns the goroutine count.
func warmedUpGoroutines(t *testing.T, s eventstore.Store, pfx string) int {
	t.Helper()
	sub, err := s.SubscribeAll(testContext(t), eventstore.SubscribeOptions{Filter: eventstore.Filter{StreamPrefixes: []string{pfx}}})
	if err != nil {
		t.Fatal(err)
	}
	untilCaughtUp(t, sub, pfx)
	sub.Close()
	drain(t, sub)
	time.Sleep(50 * time.Millisecond)
	return runtime.NumGoroutine()
}

// drain reads until Messages is closed.
func drain(t *testing.T, sub eventstore.Subscription) {
	t.Helper()
	deadline := time.After(timeout / 2)
	for {
		select {
		case _, ok := <-sub.Messages():
			if !ok {
				return
			}
		case <-deadline:
			t.Fatal("Messages was not closed")
		}
	}
}

func testClosedStore(t *testing.T, s eventstore.Store) {
	p := prefix()
	mustAppend(t, s, p+"a", eventstore.NoStream{}, event("A", 0))
	sub := subscribe(t, s, testContext(t), eventstore.SubscribeOptions{})
	untilCaughtUp(t, sub, p)
	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	drain(t, sub) // the subscription ended with the store
	ctx := testContext(t)
	if _, err := s.Append(ctx, p+"a", eventstore.Any{}, event("A", 1)); !errors.Is(err, eventstore.ErrClosed) {
		t.Errorf("append after close: %v, want ErrClosed", err)
	}
	if _, err := s.ReadStream(ctx, p+"a", eventstore.Forwards, 0, 1); !errors.Is(err, eventstore.ErrClosed) {
		t.Errorf("read stream after close: %v, want ErrClosed", err)
	}
	if _, err := s.ReadAll(ctx, eventstore.Start, 1); !errors.Is(err, eventstore.ErrClosed) {
		t.Errorf("read all after close: %v, want ErrClosed", err)
	}
	if _, err := s.SubscribeAll(ctx, eventstore.SubscribeOptions{}); !errors.Is(err, eventstore.ErrClosed) {
		t.Errorf("subscribe after close: %v, want ErrClosed", err)
	}
}
