package kurrent

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"cellule/eventstore"

	"github.com/kurrent-io/KurrentDB-Client-Go/kurrentdb"
)

// These tests drive the catch-up loop with a scripted subscribe function in
// place of the client: each call plays one script, as one server
// subscription would, so that drops, resubscribes and the caught-up signal
// can be checked without a server. What the server itself does is checked
// by the contract suite (kurrent_contract_test.go).

// script is what one server subscription sends: its messages, then either
// a drop (drop != nil) or nothing until it is closed.
type script struct {
	msgs []*kurrentdb.SubscriptionEvent
	drop error
}

// scriptedServer hands out the scripts in order; once they are used up,
// subscribe fails with failWith, or (if nil) returns a silent subscription.
type scriptedServer struct {
	mu       sync.Mutex
	scripts  []script
	failWith error
	froms    []uint64
}

func (s *scriptedServer) subscribe(ctx context.Context, from uint64) (serverSubscription, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.froms = append(s.froms, from)
	if len(s.scripts) == 0 {
		if s.failWith != nil {
			return nil, s.failWith
		}
		return &scriptedSub{ctx: ctx, closed: make(chan struct{})}, nil
	}
	sc := s.scripts[0]
	s.scripts = s.scripts[1:]
	return &scriptedSub{ctx: ctx, script: sc, closed: make(chan struct{})}, nil
}

func (s *scriptedServer) subscribedFrom() []uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.froms)
}

type scriptedSub struct {
	ctx    context.Context
	script script
	next   int
	once   sync.Once
	closed chan struct{}
}

func (s *scriptedSub) Recv() *kurrentdb.SubscriptionEvent {
	if s.next < len(s.script.msgs) {
		s.next++
		return s.script.msgs[s.next-1]
	}
	if s.script.drop != nil {
		return &kurrentdb.SubscriptionEvent{SubscriptionDropped: &kurrentdb.SubscriptionDropped{Error: s.script.drop}}
	}
	select {
	case <-s.ctx.Done():
	case <-s.closed:
	}
	return &kurrentdb.SubscriptionEvent{SubscriptionDropped: &kurrentdb.SubscriptionDropped{Error: errors.New("closed")}}
}

func (s *scriptedSub) Close() error {
	s.once.Do(func() { close(s.closed) })
	return nil
}

// ev is an event of stream with type typ at position pos, as the server
// sends it in a subscription to $all.
func ev(stream, typ string, pos uint64) *kurrentdb.SubscriptionEvent {
	return &kurrentdb.SubscriptionEvent{EventAppeared: &kurrentdb.ResolvedEvent{
		Event:  &kurrentdb.RecordedEvent{StreamID: stream, EventType: typ, Position: kurrentdb.Position{Commit: pos, Prepare: pos}, Data: []byte(`{}`)},
		Commit: &pos,
	}}
}

func checkpoint(pos uint64) *kurrentdb.SubscriptionEvent {
	return &kurrentdb.SubscriptionEvent{CheckPointReached: &kurrentdb.Position{Commit: pos, Prepare: pos}}
}

func serverCaughtUp() *kurrentdb.SubscriptionEvent {
	return &kurrentdb.SubscriptionEvent{CaughtUp: &kurrentdb.CaughtUp{Date: time.Now()}}
}

var errServerRestarted = errors.New("rpc error: code = Unavailable desc = server restarting")

// errRefused stands for a refusal that retrying cannot fix.
var errRefused = errors.New("access denied")

// startLoop runs a catch-up loop the way SubscribeAll does, on a Store
// with the given prefix (no client: only its conversion is used).
func startLoop(t *testing.T, srv *scriptedServer, prefix string, opts eventstore.SubscribeOptions, tail uint64, maxRetries int) *subscription {
	t.Helper()
	s := &Store{cfg: settings{prefix: prefix}}
	buffer := opts.Buffer
	if buffer == 0 {
		buffer = 64
	}
	loop := &catchUp{
		subscribe:  srv.subscribe,
		accept:     s.accept(opts.Filter),
		out:        make(chan eventstore.Message, buffer),
		from:       opts.From,
		at:         opts.From,
		tail:       tail,
		backoff:    func(int) time.Duration { return time.Millisecond },
		maxRetries: maxRetries,
		slowReader: 50 * time.Millisecond,
		permanent:  func(err error) bool { return errors.Is(err, errRefused) },
	}
	ctx, cancel := context.WithCancel(context.Background())
	sub := &subscription{out: loop.out, cancel: cancel, done: make(chan struct{})}
	sub.start(ctx, loop, nil, func() {})
	t.Cleanup(sub.Close)
	return sub
}

// render writes a message as "stream/type@position" or "caught up".
func render(m eventstore.Message) string {
	if m.CaughtUp {
		return "caught up"
	}
	return fmt.Sprintf("%s/%s@%d", m.Event.StreamID, m.Event.Type, m.Event.Position)
}

// receive reads n messages, or until the subscription ends.
func receive(t *testing.T, sub *subscription, n int) (got []string, ended bool) {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for len(got) < n {
		select {
		case m, ok := <-sub.Messages():
			if !ok {
				return got, true
			}
			got = append(got, render(m))
		case <-timeout:
			t.Fatalf("timed out after %q", got)
		}
	}
	return got, false
}

func TestCatchUpLoop(t *testing.T) {
	tests := []struct {
		name       string
		prefix     string
		opts       eventstore.SubscribeOptions
		tail       uint64
		scripts    []script
		failWith   error
		maxRetries int
		want       []string
		wantFroms  []uint64
		// ends: the loop ends by itself with an error that matches.
		ends func(error) bool
	}{
		{
			name: "resubscribes after the last position seen when the server drops it, without duplicates",
			opts: eventstore.SubscribeOptions{From: 5},
			tail: 30,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), ev("exam-2", "B", 20)}, drop: errServerRestarted},
				// The server resends 20 (a checkpoint may lag): it is not delivered twice.
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-2", "B", 20), ev("exam-1", "C", 30), serverCaughtUp(), ev("exam-3", "D", 40)}, drop: errServerRestarted},
				{msgs: []*kurrentdb.SubscriptionEvent{serverCaughtUp(), ev("exam-3", "E", 50)}},
			},
			maxRetries: 3,
			want:       []string{"exam-1/A@10", "exam-2/B@20", "exam-1/C@30", "caught up", "exam-3/D@40", "exam-3/E@50"},
			wantFroms:  []uint64{5, 20, 40},
		},
		{
			name: "caught up when the server says so, before the live events",
			tail: 100, // the last stored events are not for this reader
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), serverCaughtUp(), ev("exam-1", "B", 150)}},
			},
			want:      []string{"exam-1/A@10", "caught up", "exam-1/B@150"},
			wantFroms: []uint64{0},
		},
		{
			name: "a caught-up message without timestamp counts (the client leaves it empty)",
			tail: 100,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), {}, ev("exam-1", "B", 150)}},
			},
			want:      []string{"exam-1/A@10", "caught up", "exam-1/B@150"},
			wantFroms: []uint64{0},
		},
		{
			name: "caught up after the event at the end of $all, on a server that never says so",
			tail: 20,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), ev("exam-1", "B", 20), ev("exam-1", "C", 30)}},
			},
			want:      []string{"exam-1/A@10", "exam-1/B@20", "caught up", "exam-1/C@30"},
			wantFroms: []uint64{0},
		},
		{
			name: "caught up before the first later event when the end of $all was filtered out",
			tail: 25,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), ev("exam-1", "B", 30)}},
			},
			want:      []string{"exam-1/A@10", "caught up", "exam-1/B@30"},
			wantFroms: []uint64{0},
		},
		{
			name: "caught up after a system event at the end of $all",
			tail: 25,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), ev("$stats-node", "$statsCollected", 25), ev("exam-1", "B", 30)}},
			},
			want:      []string{"exam-1/A@10", "caught up", "exam-1/B@30"},
			wantFroms: []uint64{0},
		},
		{
			name: "caught up by a checkpoint past the end of $all",
			tail: 30,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), checkpoint(31)}},
			},
			want:      []string{"exam-1/A@10", "caught up"},
			wantFroms: []uint64{0},
		},
		{
			// A checkpoint may be the start of the next record: at tail, the
			// record at tail may not have been scanned yet.
			name: "not caught up by a checkpoint at the end of $all",
			tail: 30,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), checkpoint(30), ev("exam-1", "B", 30)}},
			},
			want:      []string{"exam-1/A@10", "exam-1/B@30", "caught up"},
			wantFroms: []uint64{0},
		},
		{
			name: "caught up at once when nothing stored is after From, with no event to come",
			opts: eventstore.SubscribeOptions{From: 50},
			tail: 50,
			scripts: []script{
				{}, // an old server: no caught-up message
			},
			want:      []string{"caught up"},
			wantFroms: []uint64{50},
		},
		{
			name: "event types match exactly although the server filters by prefix",
			opts: eventstore.SubscribeOptions{Filter: eventstore.Filter{EventTypes: []string{"ExamOpened"}}},
			tail: 1000,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "ExamOpened", 10), ev("exam-1", "ExamOpenedLate", 20), ev("exam-2", "ExamOpened", 30)}},
			},
			want:      []string{"exam-1/ExamOpened@10", "exam-2/ExamOpened@30"},
			wantFroms: []uint64{0},
		},
		{
			name: "stream prefixes and event types are both applied",
			opts: eventstore.SubscribeOptions{Filter: eventstore.Filter{StreamPrefixes: []string{"exam-"}, EventTypes: []string{"Opened"}}},
			tail: 1000,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "Opened", 10), ev("exam-1", "Closed", 20), ev("user-1", "Opened", 30)}},
			},
			want:      []string{"exam-1/Opened@10"},
			wantFroms: []uint64{0},
		},
		{
			name:   "a store prefix hides other streams and system events and is stripped",
			prefix: "run1-",
			tail:   1000,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("run1-exam-1", "A", 10), ev("run2-exam-1", "A", 20), ev("$ce-run1", "$>", 30), ev("run1-exam-2", "B", 40)}},
			},
			want:      []string{"exam-1/A@10", "exam-2/B@40"},
			wantFroms: []uint64{0},
		},
		{
			name: "resumes after filtered events it has seen, not only after delivered ones",
			opts: eventstore.SubscribeOptions{Filter: eventstore.Filter{StreamPrefixes: []string{"exam-"}}},
			tail: 1000,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), ev("user-1", "B", 20)}, drop: errServerRestarted},
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "C", 30)}},
			},
			maxRetries: 1,
			want:       []string{"exam-1/A@10", "exam-1/C@30"},
			wantFroms:  []uint64{0, 20},
		},
		{
			name: "gives up with where to resume after too many failed attempts",
			tail: 1000,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10)}, drop: errServerRestarted},
			},
			failWith:   errServerRestarted,
			maxRetries: 3,
			want:       []string{"exam-1/A@10"},
			// the drop is failure 1; the attempts make failures 2, 3 and 4.
			wantFroms: []uint64{0, 10, 10, 10},
			ends: func(err error) bool {
				var d *eventstore.SubscriptionDroppedError
				return errors.As(err, &d) && d.ResumeFrom == 10
			},
		},
		{
			name: "a server that keeps dropping at once is given up too",
			tail: 1000,
			scripts: []script{
				{drop: errServerRestarted}, {drop: errServerRestarted}, {drop: errServerRestarted},
			},
			maxRetries: 2,
			wantFroms:  []uint64{0, 0, 0},
			ends: func(err error) bool {
				var d *eventstore.SubscriptionDroppedError
				return errors.As(err, &d) && d.ResumeFrom == 0
			},
		},
		{
			name: "progress resets the count of failures",
			tail: 1000,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10)}, drop: errServerRestarted},
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "B", 20)}, drop: errServerRestarted},
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "C", 30)}, drop: errServerRestarted},
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "D", 40)}},
			},
			maxRetries: 1,
			want:       []string{"exam-1/A@10", "exam-1/B@20", "exam-1/C@30", "exam-1/D@40"},
			wantFroms:  []uint64{0, 10, 20, 30},
		},
		{
			name: "a refusal that retrying cannot fix ends the subscription with it",
			tail: 1000,
			scripts: []script{
				{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10)}, drop: errRefused},
			},
			maxRetries: 5,
			want:       []string{"exam-1/A@10"},
			wantFroms:  []uint64{0},
			ends: func(err error) bool {
				return errors.Is(err, errRefused) && !errors.Is(err, eventstore.ErrSubscriptionDropped)
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := &scriptedServer{scripts: tt.scripts, failWith: tt.failWith}
			sub := startLoop(t, srv, tt.prefix, tt.opts, tt.tail, tt.maxRetries)
			n := len(tt.want)
			if tt.ends != nil {
				n = len(tt.want) + 1 // read until the end
			}
			got, ended := receive(t, sub, n)
			if !slices.Equal(got, tt.want) {
				t.Errorf("messages:\n got %q\nwant %q", got, tt.want)
			}
			if tt.ends != nil {
				if !ended {
					t.Fatal("the subscription did not end")
				}
				if !tt.ends(sub.Err()) {
					t.Errorf("ended with %v (%T)", sub.Err(), sub.Err())
				}
			} else {
				sub.Close()
				if _, ok := <-sub.Messages(); ok {
					t.Error("a message after the expected ones")
				}
				if err := sub.Err(); err != nil {
					t.Errorf("Err after Close = %v, want nil", err)
				}
			}
			if froms := srv.subscribedFrom(); !slices.Equal(froms, tt.wantFroms) {
				t.Errorf("subscribed from %v, want %v", froms, tt.wantFroms)
			}
		})
	}
}

// TestCatchUpDropsAReaderThatStopsReading: a reader that takes nothing
// while its buffer is full is dropped after the slow-reader timeout; it
// still gets what was buffered, and the error says where to resume so
// that a new subscription from there continues without gap or duplicate.
func TestCatchUpDropsAReaderThatStopsReading(t *testing.T) {
	events := []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), ev("exam-1", "B", 20), ev("exam-1", "C", 30), ev("exam-1", "D", 40)}
	srv := &scriptedServer{scripts: []script{{msgs: events}}}
	sub := startLoop(t, srv, "", eventstore.SubscribeOptions{Buffer: 2}, 1000, 3)

	select {
	case <-sub.done: // not reading: the loop gives up by itself
	case <-time.After(5 * time.Second):
		t.Fatal("a reader that never reads was not dropped")
	}
	got, ended := receive(t, sub, 3)
	if !ended || !slices.Equal(got, []string{"exam-1/A@10", "exam-1/B@20"}) {
		t.Fatalf("got %q (ended %v), want the two buffered events then the end", got, ended)
	}
	var dropped *eventstore.SubscriptionDroppedError
	if !errors.As(sub.Err(), &dropped) || dropped.ResumeFrom != 20 {
		t.Fatalf("Err = %v, want a drop resuming from 20", sub.Err())
	}

	again := &scriptedServer{scripts: []script{{msgs: events[2:]}}}
	resumed := startLoop(t, again, "", eventstore.SubscribeOptions{From: dropped.ResumeFrom}, 1000, 3)
	if got, _ := receive(t, resumed, 2); !slices.Equal(got, []string{"exam-1/C@30", "exam-1/D@40"}) {
		t.Errorf("after resuming: %q", got)
	}
	if froms := again.subscribedFrom(); !slices.Equal(froms, []uint64{20}) {
		t.Errorf("resumed from %v, want [20]", froms)
	}
}

// TestCatchUpKeepsASlowReaderThatCatchesUp: a reader slower than the
// server, but never idle for the slow-reader timeout, gets everything.
func TestCatchUpKeepsASlowReaderThatCatchesUp(t *testing.T) {
	var msgs []*kurrentdb.SubscriptionEvent
	var want []string
	for i := uint64(1); i <= 40; i++ {
		msgs = append(msgs, ev("exam-1", "A", i*10))
		want = append(want, fmt.Sprintf("exam-1/A@%d", i*10))
	}
	srv := &scriptedServer{scripts: []script{{msgs: msgs}}}
	sub := startLoop(t, srv, "", eventstore.SubscribeOptions{Buffer: 2}, 10000, 3)
	var got []string
	for len(got) < len(want) {
		time.Sleep(2 * time.Millisecond) // well under the 50 ms timeout
		g, ended := receive(t, sub, 1)
		if ended {
			t.Fatalf("dropped after %d events: %v", len(got), sub.Err())
		}
		got = append(got, g...)
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q", got)
	}
}

// TestCatchUpEndsWithTheContextAndLeavesNoGoroutine starts subscriptions
// in every state (waiting for the server, backing off, blocked on a full
// buffer) and ends them by context or Close.
func TestCatchUpEndsWithTheContextAndLeavesNoGoroutine(t *testing.T) {
	before := runtime.NumGoroutine()
	var subs []*subscription
	var cancels []context.CancelFunc
	for i := range 6 {
		var srv *scriptedServer
		opts := eventstore.SubscribeOptions{}
		switch i % 3 {
		case 0: // live, waiting for the server
			srv = &scriptedServer{scripts: []script{{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10)}}}}
		case 1: // backing off between failed attempts
			srv = &scriptedServer{scripts: []script{{drop: errServerRestarted}}, failWith: errServerRestarted}
		case 2: // blocked on a full buffer
			srv = &scriptedServer{scripts: []script{{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), ev("exam-1", "B", 20), ev("exam-1", "C", 30)}}}}
			opts.Buffer = 1
		}
		s := &Store{}
		loop := &catchUp{
			subscribe: srv.subscribe, accept: s.accept(opts.Filter),
			out: make(chan eventstore.Message, max(opts.Buffer, 1)), tail: 1000,
			backoff:    func(int) time.Duration { return time.Hour },
			maxRetries: 1000, slowReader: time.Hour,
			permanent: func(error) bool { return false },
		}
		ctx, cancel := context.WithCancel(context.Background())
		sub := &subscription{out: loop.out, cancel: cancel, done: make(chan struct{})}
		sub.start(ctx, loop, nil, func() {})
		subs = append(subs, sub)
		cancels = append(cancels, cancel)
	}
	time.Sleep(20 * time.Millisecond) // let each reach its state
	for i, sub := range subs {
		if i%2 == 0 {
			cancels[i]() // the caller's context ends
			select {
			case <-sub.done:
			case <-time.After(5 * time.Second):
				t.Fatalf("subscription %d did not end with its context", i)
			}
		} else {
			sub.Close()
		}
		for range sub.Messages() {
		}
		if err := sub.Err(); err != nil {
			t.Errorf("subscription %d: Err = %v, want nil", i, err)
		}
	}
	waitGoroutines(t, before)
}

// TestCatchUpFromInsideARecord: From is not an event's position (the port
// allows any), so the server is asked from the last event before it, whose
// replay is skipped, and asked from there again until an event is seen.
func TestCatchUpFromInsideARecord(t *testing.T) {
	srv := &scriptedServer{scripts: []script{
		{drop: errServerRestarted},
		{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "A", 10), ev("exam-1", "B", 20)}, drop: errServerRestarted},
		{msgs: []*kurrentdb.SubscriptionEvent{ev("exam-1", "C", 30)}},
	}}
	s := &Store{}
	loop := &catchUp{
		subscribe: srv.subscribe, accept: s.accept(eventstore.Filter{}),
		out: make(chan eventstore.Message, 8), from: 15, at: 10, tail: 1000,
		backoff:    func(int) time.Duration { return time.Millisecond },
		maxRetries: 3, slowReader: time.Second,
		permanent: func(error) bool { return false },
	}
	ctx, cancel := context.WithCancel(context.Background())
	sub := &subscription{out: loop.out, cancel: cancel, done: make(chan struct{})}
	sub.start(ctx, loop, nil, func() {})
	defer sub.Close()
	if got, _ := receive(t, sub, 2); !slices.Equal(got, []string{"exam-1/B@20", "exam-1/C@30"}) {
		t.Errorf("got %q", got)
	}
	if froms := srv.subscribedFrom(); !slices.Equal(froms, []uint64{10, 10, 20}) {
		t.Errorf("subscribed from %v, want [10 10 20]", froms)
	}
}
