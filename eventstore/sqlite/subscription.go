package sqlite

import (
	"context"
	"sync"
	"time"

	"cellule/eventstore"
)

// feed wakes subscriptions after a commit. It carries no event: a woken
// subscription reads from its own last position, so the live path and the
// catch-up path are the same code and the seam can have no gap and no
// duplicate. Waking is a channel close, so the writer never blocks on a
// subscriber.
type feed struct {
	mu sync.Mutex
	ch chan struct{}
}

func (f *feed) init() { f.ch = make(chan struct{}) }

// wait returns a channel closed at the next commit. Take it before reading,
// so a commit that lands during the read is not missed.
func (f *feed) wait() <-chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.ch
}

func (f *feed) wake() {
	f.mu.Lock()
	close(f.ch)
	f.ch = make(chan struct{})
	f.mu.Unlock()
}

type subscription struct {
	out    chan eventstore.Message
	cancel context.CancelFunc
	done   chan struct{}

	mu  sync.Mutex
	err error
}

func (s *subscription) Messages() <-chan eventstore.Message { return s.out }

func (s *subscription) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

func (s *subscription) Close() {
	s.cancel()
	<-s.done
}

// SubscribeAll implements eventstore.Store. The subscription reads the
// database in pages from From until a page comes back short, sends the
// caught-up signal, then waits for the writer's wake-up and reads again
// from where it stopped.
func (s *Store) SubscribeAll(ctx context.Context, opts eventstore.SubscribeOptions) (eventstore.Subscription, error) {
	if opts.Buffer < 0 {
		return nil, &eventstore.InvalidInputError{Field: "buffer", Reason: "negative"}
	}
	buf := opts.Buffer
	if buf == 0 {
		buf = defaultSubBuffer
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, eventstore.ErrClosed
	}
	// The subscription ends with the caller's context or with the store.
	subCtx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(s.subCtx, cancel)
	sub := &subscription{out: make(chan eventstore.Message, buf), cancel: cancel, done: make(chan struct{})}
	s.subs.Add(1)
	go func() {
		defer s.subs.Done()
		defer close(sub.done)
		defer cancel()
		defer stop()
		err := s.runSubscription(subCtx, opts, sub.out)
		sub.mu.Lock()
		sub.err = err
		sub.mu.Unlock()
		close(sub.out)
	}()
	return sub, nil
}

func (s *Store) runSubscription(ctx context.Context, opts eventstore.SubscribeOptions, out chan<- eventstore.Message) error {
	pos := opts.From // everything up to pos has been delivered or skipped
	caughtUp := false
	var stall *time.Timer
	if s.cfg.stallTimeout > 0 {
		stall = time.NewTimer(s.cfg.stallTimeout)
		defer stall.Stop()
	}
	dropped := func(reason string) error {
		return &eventstore.SubscriptionDroppedError{ResumeFrom: pos, Reason: reason}
	}
	// ended is the error of a subscription whose context ended: none if
	// the caller ended it (context or Close); a drop that says where to
	// resume if the store closed under it, since the caller did not ask.
	ended := func() error {
		if s.subCtx.Err() != nil {
			return dropped("the store was closed")
		}
		return nil
	}
	send := func(m eventstore.Message) error {
		select {
		case out <- m:
			return nil
		default:
		}
		var stalled <-chan time.Time
		if stall != nil {
			stall.Reset(s.cfg.stallTimeout)
			stalled = stall.C
		}
		select {
		case out <- m:
			return nil
		case <-ctx.Done():
			return ended()
		case <-stalled:
			return dropped("the subscriber did not read for " + s.cfg.stallTimeout.String())
		}
	}
	// Another process writing the file (`cellule user add` while the
	// server runs) wakes nobody here: an idle subscription reads the file
	// itself now and then.
	poll := time.NewTicker(externalPollInterval)
	defer poll.Stop()
	polled := false
	for {
		wake := s.feed.wait()
		read := s.readAll
		if polled {
			read, polled = s.readAllStored, false // the tail has only this process's commits
		}
		page, err := read(ctx, pos, subscriptionPage)
		if err != nil {
			if ctx.Err() != nil {
				return ended()
			}
			return err
		}
		for i := range page {
			e := &page[i]
			if opts.Filter.Matches(e) {
				if err := send(eventstore.Message{Event: e}); err != nil {
					return err
				}
			}
			pos = e.Position
		}
		if len(page) == subscriptionPage {
			continue
		}
		if !caughtUp {
			if err := send(eventstore.Message{CaughtUp: true}); err != nil {
				return err
			}
			caughtUp = true
		}
		if s.committed.Load() > pos {
			continue // a commit landed while we were sending
		}
		select {
		case <-wake:
		case <-poll.C:
			polled = true
		case <-ctx.Done():
			return ended()
		}
	}
}

// externalPollInterval is how often an idle subscription looks for events
// written by another process.
const externalPollInterval = time.Second
