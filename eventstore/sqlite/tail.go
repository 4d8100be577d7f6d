package sqlite

import (
	"sync"
	"time"

	"cellule/eventstore"
)

// tailSize is how many of the last committed events the store keeps in
// memory (a few MB at most: events are small).
const tailSize = 4096

// tail keeps the last committed events in memory, so that the reads that
// follow a commit — every subscription woken by it, and a command waiting
// for the projections to fold its own events (read-your-writes) — are
// copies from memory instead of a query each. Positions are dense (the
// rowid), so an event's slot is its position modulo the ring's size.
//
// The writer adds a batch after its COMMIT succeeded and before it wakes
// anyone or answers the appends, so a reader that knows of a commit finds
// it here; older positions fall back to the database.
type tail struct {
	mu     sync.RWMutex
	ring   []eventstore.RecordedEvent
	lo, hi uint64 // positions held: lo..hi (none when hi == 0)
}

func newTail() *tail { return &tail{ring: make([]eventstore.RecordedEvent, tailSize)} }

// add records the events of a committed batch, in position order, starting
// right after the last one held. Their Data and Metadata are copied: the
// callers' buffers stay theirs, and readers share these read-only copies.
func (t *tail) add(evs []eventstore.RecordedEvent) {
	if len(evs) == 0 {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.hi != 0 && evs[0].Position != t.hi+1 {
		t.lo, t.hi = 0, 0 // not contiguous (cannot happen with one writer): start over
	}
	// One allocation for the batch's bytes; each slice is capped so that
	// an append by a reader cannot run into its neighbour.
	size := 0
	for _, e := range evs {
		size += len(e.Data) + len(e.Metadata)
	}
	arena := make([]byte, 0, size)
	clone := func(b []byte) []byte {
		if len(b) == 0 {
			return nil // empty is nil, as the database reads it back
		}
		start := len(arena)
		arena = append(arena, b...)
		return arena[start:len(arena):len(arena)]
	}
	for _, e := range evs {
		e.Data = clone(e.Data)
		e.Metadata = clone(e.Metadata)
		t.ring[e.Position%tailSize] = e
		t.hi = e.Position
		if t.lo == 0 {
			t.lo = e.Position
		}
	}
	if t.hi-t.lo >= tailSize {
		t.lo = t.hi - tailSize + 1
	}
}

// read returns up to count events after position from, and whether the
// tail could answer: it can when it holds every event after from up to
// committed (this process's last commit).
func (t *tail) read(from uint64, count int, committed uint64) ([]eventstore.RecordedEvent, bool) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	if t.hi == 0 || from+1 < t.lo || t.hi < committed || from > t.hi {
		// Older than the ring, or (past its head) written by another
		// process: the file has them.
		return nil, false
	}
	if from == t.hi {
		return nil, true
	}
	n := min(uint64(count), t.hi-from)
	out := make([]eventstore.RecordedEvent, n)
	for i := range out {
		out[i] = t.ring[(from+1+uint64(i))%tailSize]
	}
	return out, true
}

// appendRecorded appends to dst what an append's events look like to
// readers once committed.
func appendRecorded(dst []eventstore.RecordedEvent, stream string, firstRevision int64, firstPosition uint64, created int64, events []eventstore.EventData) []eventstore.RecordedEvent {
	at := time.Unix(0, created).UTC()
	for i, e := range events {
		dst = append(dst, eventstore.RecordedEvent{
			StreamID: stream, Revision: uint64(firstRevision + int64(i)), Position: firstPosition + uint64(i),
			ID: e.ID, Type: e.Type, ContentType: contentTypes[contentTypeCode(e.ContentType)], Data: e.Data, Metadata: e.Metadata, Created: at,
		})
	}
	return dst
}
