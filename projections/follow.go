package projections

import (
	"context"
	"errors"
	"fmt"
	"time"

	"cellule/eventstore"
)

// readBatch is how many events Catchup reads per call: large enough that
// the per-call cost vanishes, small enough to keep memory flat.
const readBatch = 4096

// Catchup folds every stored event after the Set's position, reading in
// batches until the end of the log, and reports progress (may be nil)
// after each batch. It is the fast path for a rebuild from zero: plain
// reads, no subscription machinery.
func (s *Set) Catchup(ctx context.Context, store eventstore.Store, progress func(Counts)) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		batch, err := store.ReadAll(ctx, s.Position(), readBatch)
		if err != nil {
			return fmt.Errorf("projections: read all: %w", err)
		}
		if len(batch) == 0 {
			return nil
		}
		s.Apply(batch)
		if progress != nil {
			progress(s.Counts())
		}
	}
}

// Follow keeps the Set up to date with a catch-up subscription from its
// position until ctx ends. A dropped subscription (the Set fell behind, or
// the server dropped it) is resumed from the Set's own position, so no
// event is missed or folded twice.
func (s *Set) Follow(ctx context.Context, store eventstore.Store) error {
	backoff := 50 * time.Millisecond
	for {
		sub, err := store.SubscribeAll(ctx, eventstore.SubscribeOptions{From: s.Position(), Buffer: 4096})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			if errors.Is(err, eventstore.ErrClosed) {
				return err
			}
		} else {
			err = s.drain(ctx, sub)
			if ctx.Err() != nil {
				return nil
			}
			if errors.Is(err, eventstore.ErrClosed) {
				return err
			}
		}
		// Dropped or failed: resubscribe from where we are after a pause.
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, 2*time.Second)
	}
}

func (s *Set) drain(ctx context.Context, sub eventstore.Subscription) error {
	defer sub.Close()
	var batch []eventstore.RecordedEvent
	msgs := sub.Messages()
	for {
		m, ok := <-msgs
		if !ok {
			return sub.Err()
		}
		if m.CaughtUp {
			s.markCaughtUp()
			continue
		}
		// Fold what is already waiting in one go: one lock and one wake-up
		// for a burst of appends.
		batch = append(batch[:0], *m.Event)
	more:
		for len(batch) < 512 {
			select {
			case m, ok := <-msgs:
				if !ok {
					s.Apply(batch)
					return sub.Err()
				}
				if m.CaughtUp {
					s.markCaughtUp()
					continue
				}
				batch = append(batch, *m.Event)
			default:
				break more
			}
		}
		s.Apply(batch)
		if ctx.Err() != nil {
			return nil
		}
	}
}

// Rebuild folds every stored event into a new Set and returns it with its
// counts; progress (may be nil) is called after each batch. It is what
// `cellule rebuild` runs and what the app does at start.
func Rebuild(ctx context.Context, store eventstore.Store, progress func(Counts)) (*Set, Counts, error) {
	s := New()
	if err := s.Catchup(ctx, store, progress); err != nil {
		return nil, Counts{}, err
	}
	return s, s.Counts(), nil
}

// LastError returns the last event that could not be decoded (nil if none),
// for diagnostics.
func (s *Set) LastError() error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.lastErr
}
