package kurrent

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"

	"cellule/eventstore"

	"github.com/kurrent-io/KurrentDB-Client-Go/kurrentdb"
)

// SubscribeAll starts a catch-up subscription to all events after
// opts.From. See eventstore.Store and docs/KURRENTDB.md.
//
// The server applies the stream-prefix filter (or, without one, the
// event-type filter) so that it does not send what would be thrown away;
// the rest of the filter is applied here with eventstore.Filter.Matches.
// When the server drops the subscription, it is resumed after the last
// position seen, with exponential backoff. "Caught up" is sent once, when
// the server reports it (KurrentDB 23.10 and later) or when the
// subscription has passed the end of $all as it was when it started,
// whichever comes first.
func (s *Store) SubscribeAll(ctx context.Context, opts eventstore.SubscribeOptions) (eventstore.Subscription, error) {
	if s.isClosed() {
		return nil, eventstore.ErrClosed
	}
	if opts.Buffer < 0 {
		return nil, &eventstore.InvalidInputError{Field: "buffer", Reason: fmt.Sprintf("%d, must not be negative", opts.Buffer)}
	}
	buffer := opts.Buffer
	if buffer == 0 {
		buffer = DefaultBuffer
	}
	// Read the end of $all before subscribing, so that everything stored
	// when the subscription starts lies at or before tail.
	tail, err := s.tail(ctx)
	if err != nil {
		return nil, fmt.Errorf("kurrent: subscribe to all: %w", s.mapErr(ctx, err))
	}
	// The server subscribes only from the position of a record.
	at, err := s.boundary(ctx, opts.From)
	if err != nil {
		return nil, fmt.Errorf("kurrent: subscribe to all: %w", s.mapErr(ctx, err))
	}
	filter := serverFilter(s.cfg.prefix, opts.Filter)
	subscribe := func(ctx context.Context, from uint64) (serverSubscription, error) {
		var start kurrentdb.AllPosition = kurrentdb.Start{}
		if from > 0 {
			start = kurrentdb.Position{Commit: from, Prepare: from}
		}
		sub, err := s.client.SubscribeToAll(ctx, kurrentdb.SubscribeToAllOptions{From: start, Filter: filter})
		if err != nil {
			return nil, err
		}
		return sub, nil
	}
	sctx, cancel := context.WithCancel(ctx)
	// The first attempt is made here so that a server that refuses the
	// subscription (rights, unreachable) is reported to the caller at once.
	first, err := subscribe(sctx, at)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("kurrent: subscribe to all: %w", s.mapErr(ctx, err))
	}
	loop := &catchUp{
		subscribe:  subscribe,
		accept:     s.accept(opts.Filter),
		out:        make(chan eventstore.Message, buffer),
		from:       opts.From,
		at:         at,
		tail:       tail,
		backoff:    backoff,
		maxRetries: s.cfg.resubscribeRetries,
		slowReader: s.cfg.slowReaderTimeout,
		permanent:  isPermanent,
	}
	sub := &subscription{out: loop.out, cancel: cancel, done: make(chan struct{})}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		cancel()
		_ = first.Close()
		return nil, eventstore.ErrClosed
	}
	s.subs[sub] = struct{}{}
	s.mu.Unlock()
	sub.start(sctx, loop, first, func() {
		s.mu.Lock()
		delete(s.subs, sub)
		s.mu.Unlock()
	})
	return sub, nil
}

// accept returns what a subscription with filter f gives its reader: the
// visible events (see visible) that f matches.
func (s *Store) accept(f eventstore.Filter) func(*kurrentdb.ResolvedEvent) (eventstore.RecordedEvent, uint64, bool) {
	return func(r *kurrentdb.ResolvedEvent) (eventstore.RecordedEvent, uint64, bool) {
		p := position(r)
		rec, ok := s.visible(r.OriginalEvent(), p)
		return rec, p, ok && f.Matches(&rec)
	}
}

// serverFilter is the part of the filter the server can apply. It takes one
// filter, on stream names or on event types, by prefix: the stream prefixes
// (under the Store's prefix) when there are some, else the event types as
// prefixes (the exact match is made here), else it only excludes system
// event types.
func serverFilter(prefix string, f eventstore.Filter) *kurrentdb.SubscriptionFilter {
	switch {
	case len(f.StreamPrefixes) > 0:
		ps := make([]string, len(f.StreamPrefixes))
		for i, p := range f.StreamPrefixes {
			ps[i] = prefix + p
		}
		return &kurrentdb.SubscriptionFilter{Type: kurrentdb.StreamFilterType, Prefixes: ps}
	case prefix != "":
		return &kurrentdb.SubscriptionFilter{Type: kurrentdb.StreamFilterType, Prefixes: []string{prefix}}
	case len(f.EventTypes) > 0:
		return &kurrentdb.SubscriptionFilter{Type: kurrentdb.EventFilterType, Prefixes: append([]string(nil), f.EventTypes...)}
	}
	return kurrentdb.ExcludeSystemEventsFilter()
}

// backoff is the wait before resubscribe attempt n (1-based): 100 ms
// doubling up to 5 s, with ±20 % jitter so that the subscriptions of many
// processes do not all come back at the same instant after a restart.
func backoff(n int) time.Duration {
	d := 5 * time.Second
	if n < 7 {
		d = min(100*time.Millisecond<<(n-1), d)
	}
	return time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
}

// serverSubscription is what the loop needs of a subscription of the
// client; an interface so that the loop can be tested on its own.
type serverSubscription interface {
	Recv() *kurrentdb.SubscriptionEvent
	Close() error
}

// errStopped ends the loop without an error: the context ended.
var errStopped = errors.New("stopped")

// catchUp turns the server's subscriptions into one port subscription: it
// resubscribes when the server drops one, skips what the reader must not
// see, sends "caught up" once, and drops a reader that stops reading.
type catchUp struct {
	// subscribe opens a server subscription to events after from.
	subscribe func(ctx context.Context, from uint64) (serverSubscription, error)
	// accept converts a server event and says whether the reader gets it,
	// and its position.
	accept func(*kurrentdb.ResolvedEvent) (eventstore.RecordedEvent, uint64, bool)
	out    chan eventstore.Message
	// from is the last position seen: every event the reader gets at or
	// before it is in out or was read. Resubscribing after it loses nothing.
	from uint64
	// at is where to subscribe on the server: from, or until an event is
	// seen the last record before it when from is inside a record.
	at uint64
	// tail is the end of $all when the subscription started.
	tail     uint64
	caughtUp bool

	backoff    func(attempt int) time.Duration
	maxRetries int
	slowReader time.Duration
	permanent  func(error) bool
}

// run delivers until ctx ends (nil), the reader is too slow or the server
// cannot be reached again (*eventstore.SubscriptionDroppedError), or the
// server refuses the subscription for good. first, if not nil, is an
// already open subscription from c.from.
func (c *catchUp) run(ctx context.Context, first serverSubscription) error {
	err := c.loop(ctx, first)
	if errors.Is(err, errStopped) || ctx.Err() != nil {
		return nil
	}
	return err
}

func (c *catchUp) loop(ctx context.Context, sub serverSubscription) error {
	if c.tail <= c.from {
		// Nothing stored is after From: the subscription is live at once.
		if err := c.sendCaughtUp(ctx); err != nil {
			if sub != nil {
				_ = sub.Close()
			}
			return err
		}
	}
	failures := 0
	for {
		if sub == nil {
			var err error
			sub, err = c.subscribe(ctx, c.at)
			if err != nil {
				if ctx.Err() != nil {
					return errStopped
				}
				if c.permanent(err) {
					return fmt.Errorf("kurrent: subscribe to all: %w", err)
				}
				failures++
				if failures > c.maxRetries {
					return &eventstore.SubscriptionDroppedError{ResumeFrom: c.from,
						Reason: fmt.Sprintf("the server could not be reached again after %d attempts: %v", failures, err)}
				}
				if !sleep(ctx, c.backoff(failures)) {
					return errStopped
				}
				continue
			}
		}
		dropped, err := c.pump(ctx, sub, &failures)
		_ = sub.Close()
		sub = nil
		if err != nil {
			return err
		}
		if c.permanent(dropped) {
			return fmt.Errorf("kurrent: subscription to all: %w", dropped)
		}
		failures++
		if failures > c.maxRetries {
			return &eventstore.SubscriptionDroppedError{ResumeFrom: c.from,
				Reason: fmt.Sprintf("the server dropped the subscription %d times in a row: %v", failures, dropped)}
		}
		if !sleep(ctx, c.backoff(failures)) {
			return errStopped
		}
	}
}

// pump delivers the messages of one server subscription. It returns the
// reason the server dropped it, or an error that ends the loop.
func (c *catchUp) pump(ctx context.Context, sub serverSubscription, failures *int) (dropped, err error) {
	for {
		ev := sub.Recv()
		if ctx.Err() != nil {
			return nil, errStopped
		}
		switch {
		case ev == nil:
			return errors.New("empty message from the client"), nil
		case ev.SubscriptionDropped != nil:
			if ev.SubscriptionDropped.Error == nil {
				return errors.New("dropped without a reason"), nil
			}
			return ev.SubscriptionDropped.Error, nil
		case ev.EventAppeared != nil:
			*failures = 0
			if err := c.onEvent(ctx, ev.EventAppeared); err != nil {
				return nil, err
			}
		case ev.CheckPointReached != nil:
			*failures = 0
			// A checkpoint is where the server's filtered scan has got
			// to, possibly the start of the next record: only one past
			// tail proves that the record at tail was scanned.
			if !c.caughtUp && ev.CheckPointReached.Commit > c.tail {
				if err := c.sendCaughtUp(ctx); err != nil {
					return nil, err
				}
			}
		case ev.FellBehind != nil:
			// The server went back to reading from disk; nothing to do.
		default:
			// CaughtUp. The client leaves ev.CaughtUp nil when the
			// server's message has no timestamp, so an empty message
			// is taken for one too (servers do not send FellBehind).
			*failures = 0
			if !c.caughtUp {
				if err := c.sendCaughtUp(ctx); err != nil {
					return nil, err
				}
			}
		}
	}
}

func (c *catchUp) onEvent(ctx context.Context, r *kurrentdb.ResolvedEvent) error {
	rec, pos, deliver := c.accept(r)
	if pos <= c.from && c.from != 0 {
		// Already seen, before a resubscribe.
		return nil
	}
	if !c.caughtUp && pos > c.tail {
		// Appended after the subscription started: the reader has had
		// everything that was stored then.
		if err := c.sendCaughtUp(ctx); err != nil {
			return err
		}
	}
	if deliver {
		if err := c.send(ctx, eventstore.Message{Event: &rec}); err != nil {
			return err
		}
	}
	c.from, c.at = pos, pos
	if !c.caughtUp && pos == c.tail {
		return c.sendCaughtUp(ctx)
	}
	return nil
}

func (c *catchUp) sendCaughtUp(ctx context.Context) error {
	if err := c.send(ctx, eventstore.Message{CaughtUp: true}); err != nil {
		return err
	}
	c.caughtUp = true
	return nil
}

// send hands m to the reader, waiting at most slowReader while the buffer
// is full. Meanwhile nothing more is read from the server, whose own
// buffering (and, past it, a fall back to reading from disk or a drop that
// the loop resumes from) keeps the events: appends are never held up.
func (c *catchUp) send(ctx context.Context, m eventstore.Message) error {
	select {
	case c.out <- m:
		return nil
	default:
	}
	t := time.NewTimer(c.slowReader)
	defer t.Stop()
	select {
	case c.out <- m:
		return nil
	case <-ctx.Done():
		return errStopped
	case <-t.C:
		return &eventstore.SubscriptionDroppedError{ResumeFrom: c.from,
			Reason: fmt.Sprintf("the reader took no message for %s with %d waiting", c.slowReader, cap(c.out))}
	}
}

// sleep waits d, or less if ctx ends first; it reports whether it waited.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// subscription is the eventstore.Subscription of a catchUp loop.
type subscription struct {
	out    chan eventstore.Message
	cancel context.CancelFunc
	done   chan struct{}

	mu  sync.Mutex
	err error
}

// start runs the loop in its own goroutine; onEnd runs when it has ended.
func (s *subscription) start(ctx context.Context, loop *catchUp, first serverSubscription, onEnd func()) {
	go func() {
		defer close(s.done)
		defer s.cancel()
		err := loop.run(ctx, first)
		s.mu.Lock()
		s.err = err
		s.mu.Unlock()
		close(s.out)
		onEnd()
	}()
}

// Messages returns the channel of events and the caught-up signal; it is
// closed when the subscription ends.
func (s *subscription) Messages() <-chan eventstore.Message { return s.out }

// Err tells why Messages was closed: nil after Close or the end of the
// context, a *eventstore.SubscriptionDroppedError, or a server error.
func (s *subscription) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// Close ends the subscription and waits for its goroutine.
func (s *subscription) Close() {
	s.cancel()
	<-s.done
}
