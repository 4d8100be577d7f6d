// Package eventstore is the port through which cellule stores every user action
// as an event. It follows EventStoreDB's semantics so that the embedded SQLite
// store (eventstore/sqlite) and EventStoreDB/KurrentDB (eventstore/kurrent) are
// interchangeable; eventstore/storetest is the one contract suite both pass.
//
// Streams hold events at dense, 0-based revisions. Every event also has a
// global position, strictly increasing across all streams, which projections
// use as their checkpoint.
package eventstore

import (
	"context"
	"time"

	"github.com/google/uuid"
)

// Limits on input. An append that breaks one is refused with a typed error
// and writes nothing.
const (
	// MaxStreamNameLen is the longest stream name, in bytes.
	MaxStreamNameLen = 200
	// MaxEventTypeLen is the longest event type, in bytes.
	MaxEventTypeLen = 200
	// MaxDataSize is the largest event payload (data), in bytes.
	MaxDataSize = 1 << 20
	// MaxMetadataSize is the largest event metadata, in bytes.
	MaxMetadataSize = 64 << 10
	// MaxAppendEvents is the largest number of events in one append.
	MaxAppendEvents = 1000
)

// ContentTypeJSON is the default content type; data and metadata with this
// content type must be valid JSON.
const ContentTypeJSON = "application/json"

// ContentTypeBinary marks opaque data that is not validated.
const ContentTypeBinary = "application/octet-stream"

// EventData is an event to append.
type EventData struct {
	// ID identifies the event. Appends are idempotent on (stream, ID): derive
	// it from the command id (see DeriveEventID) so a retried command writes
	// nothing twice. A zero ID is replaced by a random one.
	ID          uuid.UUID
	Type        string
	ContentType string // ContentTypeJSON when empty
	Data        []byte
	Metadata    []byte // optional; JSON when present
}

// RecordedEvent is an event as stored.
type RecordedEvent struct {
	StreamID    string
	Revision    uint64 // 0-based, dense within the stream
	Position    uint64 // global, strictly increasing across all streams, ≥ 1
	ID          uuid.UUID
	Type        string
	ContentType string
	Data        []byte
	Metadata    []byte
	Created     time.Time // UTC, set by the store
}

// AppendResult tells where an append landed.
type AppendResult struct {
	// NextExpectedRevision is the revision of the last event now in the
	// stream: pass Exact(NextExpectedRevision) to append after it.
	NextExpectedRevision uint64
	// Position is the global position of the last event written.
	Position uint64
}

// ExpectedRevision states what the writer believes the stream's state is.
// It is one of Any, NoStream, StreamExists or Exact. A nil ExpectedRevision
// is refused with ErrInvalidInput.
type ExpectedRevision interface{ expectedRevision() }

// Any accepts the stream in any state.
type Any struct{}

// NoStream requires that the stream has no event yet.
type NoStream struct{}

// StreamExists requires that the stream has at least one event.
type StreamExists struct{}

// Exact requires that the stream's last event is at this revision.
type Exact uint64

func (Any) expectedRevision()          {}
func (NoStream) expectedRevision()     {}
func (StreamExists) expectedRevision() {}
func (Exact) expectedRevision()        {}

// Direction of a stream read.
type Direction int

const (
	Forwards Direction = iota
	Backwards
)

// End, as the start revision of a backwards read, means the stream's last event.
const End = ^uint64(0)

// Start is the position before the first event: SubscribeAll and ReadAll
// from Start deliver everything.
const Start uint64 = 0

// Filter selects the events a subscription delivers. The zero Filter
// selects all events. Both lists are ORed within themselves and ANDed
// together when both are set.
type Filter struct {
	StreamPrefixes []string
	EventTypes     []string
}

// Matches reports whether e passes the filter.
func (f Filter) Matches(e *RecordedEvent) bool {
	if len(f.StreamPrefixes) > 0 {
		ok := false
		for _, p := range f.StreamPrefixes {
			if len(e.StreamID) >= len(p) && e.StreamID[:len(p)] == p {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if len(f.EventTypes) > 0 {
		for _, t := range f.EventTypes {
			if e.Type == t {
				return true
			}
		}
		return false
	}
	return true
}

// SubscribeOptions configures a catch-up subscription to all events.
type SubscribeOptions struct {
	// From is exclusive: the first event delivered is the first one matching
	// Filter with a position greater than From. Use Start for everything.
	From   uint64
	Filter Filter
	// Buffer is how many messages may wait for a slow reader before the
	// subscription falls back to catching up from the store (and, past
	// that, is dropped with *ErrSubscriptionDropped). 0 means a default.
	Buffer int
}

// Message is one item of a subscription: either an event, or the single
// "caught up" signal sent when the subscription has delivered everything
// stored when it reached the live tail.
type Message struct {
	Event    *RecordedEvent
	CaughtUp bool
}

// Subscription is a catch-up subscription to all events. It delivers every
// matching event exactly once, in global order, then the caught-up signal,
// then live events with no gap and no duplicate at the seam.
type Subscription interface {
	// Messages is closed when the subscription ends: its context ended,
	// Close was called, or it failed (see Err).
	Messages() <-chan Message
	// Err tells why Messages was closed: nil after Close or the end of the
	// context, *ErrSubscriptionDropped (with the position to resume from)
	// or a store error otherwise. Valid once Messages is closed.
	Err() error
	// Close ends the subscription and waits for its goroutines to stop.
	Close()
}

// Store is the event store port.
type Store interface {
	// Append writes events to stream atomically if expected holds, and is
	// durable when it returns. Retrying the same event ids at the same
	// expected revision returns the original result and writes nothing; a
	// retry that overlaps only partly is refused with ErrIdempotencyConflict.
	Append(ctx context.Context, stream string, expected ExpectedRevision, events ...EventData) (AppendResult, error)
	// ReadStream reads up to count events of stream from revision from
	// (inclusive) in the given direction. A stream that has no event gives
	// ErrStreamNotFound.
	ReadStream(ctx context.Context, stream string, dir Direction, from uint64, count int) ([]RecordedEvent, error)
	// ReadAll reads up to count events of all streams, in global order,
	// with a position greater than from.
	ReadAll(ctx context.Context, from uint64, count int) ([]RecordedEvent, error)
	// SubscribeAll starts a catch-up subscription to all events. It ends
	// when ctx ends or when Close is called.
	SubscribeAll(ctx context.Context, opts SubscribeOptions) (Subscription, error)
	// Close releases the store. Subscriptions end.
	Close() error
}
