// Package kurrent is the eventstore.Store on EventStoreDB / KurrentDB, through
// the official Go client (github.com/kurrent-io/KurrentDB-Client-Go).
//
// The server provides the semantics the port asks for; this adapter maps
// them and fills three gaps (docs/KURRENTDB.md has the details):
//   - the global position of an event is its commit position in $all, which
//     is strictly increasing for events written through gRPC (every append is
//     an implicit transaction, so commit and prepare positions are equal);
//   - a partial idempotent retry, which the server reports as a wrong
//     expected version, is told apart by reading the revisions it aimed at;
//   - the client does not resubscribe when the server drops a catch-up
//     subscription, so SubscribeAll runs its own resubscribe loop from the
//     last position it has seen.
//
// System events (streams or event types starting with '$') never appear in
// ReadAll or SubscribeAll. WithStreamPrefix confines a Store to the streams
// of one prefix, so that several users (or test runs) can share a server.
package kurrent

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"time"

	"cellule/eventstore"

	"github.com/kurrent-io/KurrentDB-Client-Go/kurrentdb"
)

// Defaults of the settings that Options change.
const (
	// DefaultBuffer is the subscription buffer when SubscribeOptions.Buffer is 0.
	DefaultBuffer = 1024
	// DefaultSlowReaderTimeout is how long a subscription waits for its
	// reader to take a message from a full buffer before dropping it.
	DefaultSlowReaderTimeout = 10 * time.Second
	// DefaultResubscribeRetries is how many consecutive failed attempts to
	// resubscribe a subscription makes before it gives up.
	DefaultResubscribeRetries = 10
)

// readAllBatch bounds the events asked of the server per round trip by
// ReadAll; it reads more than asked because system events, and with a
// stream prefix other users' events, are filtered out on this side.
const readAllBatch = 4096

// boundaryBatch is the page of the backwards search of boundary, which
// holds whole events in memory.
const boundaryBatch = 256

// Option changes a setting of Open.
type Option func(*settings)

type settings struct {
	prefix             string
	logger             *slog.Logger
	slowReaderTimeout  time.Duration
	resubscribeRetries int
}

// WithStreamPrefix confines the Store to the streams whose name starts with
// prefix: stream names are stored as prefix+name and read back without it,
// and ReadAll and SubscribeAll see only those streams. It lets several
// cellule instances, or test runs, share one server.
func WithStreamPrefix(prefix string) Option {
	return func(s *settings) { s.prefix = prefix }
}

// WithLogger sends the client's log lines to l (at debug and warn levels)
// instead of discarding them.
func WithLogger(l *slog.Logger) Option {
	return func(s *settings) { s.logger = l }
}

// WithSlowReaderTimeout sets how long a subscription whose buffer is full
// waits for its reader before dropping the subscription with a
// *eventstore.SubscriptionDroppedError. Until then the subscription only
// stops reading from the server, which keeps (or re-reads) the events for
// it; appends and other subscriptions are never held up.
func WithSlowReaderTimeout(d time.Duration) Option {
	return func(s *settings) { s.slowReaderTimeout = d }
}

// WithResubscribeRetries sets how many consecutive failed attempts to
// resubscribe (with exponential backoff from 100 ms to 5 s) a subscription
// makes before it ends with a *eventstore.SubscriptionDroppedError.
func WithResubscribeRetries(n int) Option {
	return func(s *settings) { s.resubscribeRetries = n }
}

// Store is an eventstore.Store on an EventStoreDB / KurrentDB server. It is
// safe for concurrent use.
type Store struct {
	client *kurrentdb.Client
	cfg    settings

	mu     sync.Mutex
	closed bool
	subs   map[*subscription]struct{}
}

var _ eventstore.Store = (*Store)(nil)

// Open connects to the server named by url, an esdb://, esdb+discover://,
// kurrentdb:// or kurrentdb+discover:// connection string (for a local
// insecure server: esdb://localhost:2113?tls=false), and checks that it
// answers by reading the end of $all. A malformed url gives a
// *eventstore.InvalidInputError whose text never contains the password.
func Open(ctx context.Context, url string, opts ...Option) (*Store, error) {
	cfg := settings{
		slowReaderTimeout:  DefaultSlowReaderTimeout,
		resubscribeRetries: DefaultResubscribeRetries,
	}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.prefix != "" {
		if err := eventstore.ValidateStreamName(cfg.prefix); err != nil {
			return nil, fmt.Errorf("kurrent: stream prefix: %w", err)
		}
	}
	if cfg.slowReaderTimeout <= 0 || cfg.resubscribeRetries < 0 {
		return nil, &eventstore.InvalidInputError{Field: "options", Reason: "slow reader timeout must be positive and resubscribe retries not negative"}
	}
	conf, err := parseConnectionString(url)
	if err != nil {
		return nil, err
	}
	conf.Logger = clientLogger(cfg.logger)
	client, err := kurrentdb.NewClient(conf)
	if err != nil {
		return nil, fmt.Errorf("kurrent: %w", err)
	}
	s := &Store{client: client, cfg: cfg, subs: make(map[*subscription]struct{})}
	if _, err := s.tail(ctx); err != nil {
		_ = client.Close()
		return nil, fmt.Errorf("kurrent: connect to %s: %w", Redacted(url), s.mapErr(ctx, err))
	}
	return s, nil
}

// clientLogger adapts the client's printf-style logging to slog. The client
// logs every subscription it closes as an error, including ours on purpose,
// so its errors go out as warnings; what matters reaches the caller as a
// returned error.
func clientLogger(l *slog.Logger) kurrentdb.LoggingFunc {
	if l == nil {
		return kurrentdb.NoopLogging()
	}
	return func(level kurrentdb.LogLevel, format string, args ...any) {
		lv := slog.LevelDebug
		if level == kurrentdb.LogWarn || level == kurrentdb.LogError {
			lv = slog.LevelWarn
		}
		if l.Enabled(context.Background(), lv) {
			l.Log(context.Background(), lv, "kurrentdb client", slog.String("detail", fmt.Sprintf(format, args...)))
		}
	}
}

func (s *Store) isClosed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closed
}

// mapErr turns a client error that the port has no special meaning for
// into ErrClosed or the context's error where that is the cause, and wraps
// it otherwise.
func (s *Store) mapErr(ctx context.Context, err error) error {
	switch {
	case s.isClosed():
		return eventstore.ErrClosed
	case ctx.Err() != nil:
		return ctx.Err()
	}
	return err
}

// Append writes events to stream if expected holds. See eventstore.Store.
func (s *Store) Append(ctx context.Context, stream string, expected eventstore.ExpectedRevision, events ...eventstore.EventData) (eventstore.AppendResult, error) {
	if s.isClosed() {
		return eventstore.AppendResult{}, eventstore.ErrClosed
	}
	prepared, err := eventstore.PrepareAppend(stream, expected, events)
	if err != nil {
		return eventstore.AppendResult{}, err
	}
	state, err := streamState(expected)
	if err != nil {
		return eventstore.AppendResult{}, err
	}
	data := make([]kurrentdb.EventData, len(prepared))
	for i, e := range prepared {
		ct := kurrentdb.ContentTypeJson
		if e.ContentType == eventstore.ContentTypeBinary {
			ct = kurrentdb.ContentTypeBinary
		}
		data[i] = kurrentdb.EventData{EventID: e.ID, EventType: e.Type, ContentType: ct, Data: e.Data, Metadata: e.Metadata}
	}
	full := s.cfg.prefix + stream
	res, err := s.client.AppendToStream(ctx, full, kurrentdb.AppendToStreamOptions{StreamState: state}, data...)
	if err != nil {
		if isWrongExpectedVersion(err) {
			return s.conflict(ctx, stream, expected, prepared, err)
		}
		return eventstore.AppendResult{}, fmt.Errorf("kurrent: append to %s: %w", stream, s.mapErr(ctx, err))
	}
	result := eventstore.AppendResult{NextExpectedRevision: res.NextExpectedVersion, Position: res.CommitPosition}
	// The write result carries the position the server's request manager
	// saw, which for a multi-event append or an idempotent retry is not
	// documented to be the last event's. The port promises the last event's
	// position (callers wait for projections to reach it), so read it back.
	if last, err := s.readRaw(ctx, full, kurrentdb.Forwards, kurrentdb.Revision(res.NextExpectedVersion), 1); err == nil && len(last) == 1 {
		if p := position(last[0]); p > 0 {
			result.Position = p
		}
	}
	return result, nil
}

// conflict turns the server's wrong-expected-version answer into the port's
// error: a *eventstore.WrongExpectedRevisionError, ErrIdempotencyConflict
// for a partial retry, or the original result when the whole append turns
// out to be in the stream already.
func (s *Store) conflict(ctx context.Context, stream string, expected eventstore.ExpectedRevision, events []eventstore.EventData, cause error) (eventstore.AppendResult, error) {
	full := s.cfg.prefix + stream
	actual, known := actualRevision(cause)
	var found []*kurrentdb.ResolvedEvent
	matched := 0
	if first, ok := firstRevision(expected); ok {
		var err error
		found, err = s.readRaw(ctx, full, kurrentdb.Forwards, kurrentdb.Revision(first), len(events))
		if err != nil && !isNotFound(err) {
			return eventstore.AppendResult{}, fmt.Errorf("kurrent: append to %s: check the conflict: %w", stream, s.mapErr(ctx, err))
		}
		for i, r := range found {
			if e := r.OriginalEvent(); e != nil && i < len(events) && e.EventID == events[i].ID && e.EventNumber == first+uint64(i) {
				matched++
			}
		}
	}
	switch classifyConflict(expected, actual, known, matched, len(events)) {
	case outcomeAlreadyWritten:
		last := found[len(events)-1]
		return eventstore.AppendResult{NextExpectedRevision: last.OriginalEvent().EventNumber, Position: position(last)}, nil
	case outcomePartialRetry:
		return eventstore.AppendResult{}, fmt.Errorf("kurrent: append to %s: %w", stream, eventstore.ErrIdempotencyConflict)
	}
	if !known {
		actual = eventstore.RevisionNoStream
		if last, err := s.readRaw(ctx, full, kurrentdb.Backwards, kurrentdb.End{}, 1); err == nil && len(last) == 1 {
			actual = int64(last[0].OriginalEvent().EventNumber)
		}
	}
	return eventstore.AppendResult{}, &eventstore.WrongExpectedRevisionError{
		Stream:   stream,
		Expected: eventstore.ExpectedAsInt64(expected),
		Actual:   actual,
	}
}

// readRaw reads a stream as the server stores it.
func (s *Store) readRaw(ctx context.Context, stream string, dir kurrentdb.Direction, from kurrentdb.StreamPosition, count int) ([]*kurrentdb.ResolvedEvent, error) {
	rs, err := s.client.ReadStream(ctx, stream, kurrentdb.ReadStreamOptions{Direction: dir, From: from}, uint64(count))
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []*kurrentdb.ResolvedEvent
	for {
		r, err := rs.Recv()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
}

// ReadStream reads up to count events of stream. See eventstore.Store.
func (s *Store) ReadStream(ctx context.Context, stream string, dir eventstore.Direction, from uint64, count int) ([]eventstore.RecordedEvent, error) {
	if s.isClosed() {
		return nil, eventstore.ErrClosed
	}
	if err := eventstore.ValidateStreamName(stream); err != nil {
		return nil, err
	}
	if err := eventstore.ValidateCount(count); err != nil {
		return nil, err
	}
	var kdir kurrentdb.Direction
	switch dir {
	case eventstore.Forwards:
		kdir = kurrentdb.Forwards
	case eventstore.Backwards:
		kdir = kurrentdb.Backwards
	default:
		return nil, &eventstore.InvalidInputError{Field: "direction", Reason: fmt.Sprintf("%d, must be Forwards or Backwards", dir)}
	}
	var start kurrentdb.StreamPosition = kurrentdb.Revision(from)
	if from == eventstore.End {
		start = kurrentdb.End{}
	}
	raw, err := s.readRaw(ctx, s.cfg.prefix+stream, kdir, start, count)
	if err != nil {
		if isNotFound(err) {
			return nil, fmt.Errorf("kurrent: read %s: %w", stream, eventstore.ErrStreamNotFound)
		}
		return nil, fmt.Errorf("kurrent: read %s: %w", stream, s.mapErr(ctx, err))
	}
	out := make([]eventstore.RecordedEvent, 0, len(raw))
	for _, r := range raw {
		e := r.OriginalEvent()
		if e == nil {
			continue
		}
		out = append(out, s.record(e, position(r)))
	}
	return out, nil
}

// ReadAll reads up to count events of all streams with a position greater
// than from. System events, and with a stream prefix the events of other
// streams, are skipped. See eventstore.Store.
func (s *Store) ReadAll(ctx context.Context, from uint64, count int) ([]eventstore.RecordedEvent, error) {
	if s.isClosed() {
		return nil, eventstore.ErrClosed
	}
	if err := eventstore.ValidateCount(count); err != nil {
		return nil, err
	}
	batch := min(uint64(count)+1, readAllBatch)
	out := make([]eventstore.RecordedEvent, 0, min(count, readAllBatch))
	pos := from
	resolved := false
pages:
	for len(out) < count {
		// Reads of $all are inclusive of their start position, the port's
		// are not: the event at pos comes back and is skipped below.
		var start kurrentdb.AllPosition = kurrentdb.Start{}
		if pos > 0 {
			start = kurrentdb.Position{Commit: pos, Prepare: pos}
		}
		rs, err := s.client.ReadAll(ctx, kurrentdb.ReadAllOptions{Direction: kurrentdb.Forwards, From: start}, batch)
		if err != nil {
			return nil, fmt.Errorf("kurrent: read all: %w", s.mapErr(ctx, err))
		}
		n, full := uint64(0), false
	events:
		for {
			r, err := rs.Recv()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				rs.Close()
				if n == 0 && pos > 0 && !resolved && ctx.Err() == nil {
					// The server refuses a start inside a record; the port
					// takes any position. Start from the last event at or
					// before pos instead (skipped like pos itself).
					resolved = true
					if b, berr := s.boundary(ctx, pos); berr == nil && b < pos {
						pos = b
						continue pages
					}
				}
				return nil, fmt.Errorf("kurrent: read all: %w", s.mapErr(ctx, err))
			}
			resolved = true
			n++
			p := position(r)
			if pos != 0 && p <= pos {
				continue
			}
			pos = p
			if rec, ok := s.visible(r.OriginalEvent(), p); ok {
				out = append(out, rec)
				if len(out) == count {
					full = true
					break events
				}
			}
		}
		rs.Close()
		if full || n < batch {
			break
		}
	}
	return out, nil
}

// boundary returns the position of the last event of $all at or before
// pos (0 if there is none), system events included. The server reads and
// subscribes only from the position of a record, while the port lets a
// caller start anywhere, e.g. one before an event's position. pos itself is
// returned when the server accepts it; otherwise $all is read backwards
// from its end, which costs a read of everything after pos: callers
// normally pass positions of events, which need no search.
func (s *Store) boundary(ctx context.Context, pos uint64) (uint64, error) {
	if pos == 0 {
		return 0, nil
	}
	if _, err := s.readAllRaw(ctx, kurrentdb.Forwards, kurrentdb.Position{Commit: pos, Prepare: pos}, 1); err == nil {
		return pos, nil
	}
	var from kurrentdb.AllPosition = kurrentdb.End{}
	for {
		page, err := s.readAllRaw(ctx, kurrentdb.Backwards, from, boundaryBatch)
		if err != nil {
			return 0, err
		}
		for _, r := range page {
			if p := position(r); p <= pos {
				return p, nil
			}
		}
		if len(page) < boundaryBatch {
			return 0, nil
		}
		last := position(page[len(page)-1])
		from = kurrentdb.Position{Commit: last, Prepare: last}
	}
}

// readAllRaw reads up to count records of $all from from, in memory.
func (s *Store) readAllRaw(ctx context.Context, dir kurrentdb.Direction, from kurrentdb.AllPosition, count int) ([]*kurrentdb.ResolvedEvent, error) {
	rs, err := s.client.ReadAll(ctx, kurrentdb.ReadAllOptions{Direction: dir, From: from}, uint64(count))
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []*kurrentdb.ResolvedEvent
	for {
		r, err := rs.Recv()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
}

// tail returns the commit position of the last record of $all, system
// records included: what "everything stored now" means for a catch-up.
func (s *Store) tail(ctx context.Context) (uint64, error) {
	rs, err := s.client.ReadAll(ctx, kurrentdb.ReadAllOptions{Direction: kurrentdb.Backwards, From: kurrentdb.End{}}, 1)
	if err != nil {
		return 0, err
	}
	defer rs.Close()
	r, err := rs.Recv()
	if errors.Is(err, io.EOF) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return position(r), nil
}

// noPosition is what servers before 22.6 send as the position of an event
// read from a stream rather than from $all.
const noPosition = ^uint64(0)

// position returns the commit position of r, or 0 when the server did not
// send it.
func position(r *kurrentdb.ResolvedEvent) uint64 {
	if e := r.OriginalEvent(); e != nil && e.Position.Commit != noPosition && e.Position.Commit != 0 {
		return e.Position.Commit
	}
	if r.Commit != nil && *r.Commit != noPosition {
		return *r.Commit
	}
	return 0
}

// visible converts e for ReadAll and SubscribeAll, and reports false for
// the events they must not show: system events (a stream or event type
// starting with '$': metadata, link events of projections, tombstones) and,
// with a stream prefix, the events of other streams.
func (s *Store) visible(e *kurrentdb.RecordedEvent, pos uint64) (eventstore.RecordedEvent, bool) {
	if e == nil || strings.HasPrefix(e.StreamID, "$") || strings.HasPrefix(e.EventType, "$") ||
		!strings.HasPrefix(e.StreamID, s.cfg.prefix) {
		return eventstore.RecordedEvent{}, false
	}
	return s.record(e, pos), true
}

// record converts a stored event to the port's form, without the prefix.
func (s *Store) record(e *kurrentdb.RecordedEvent, pos uint64) eventstore.RecordedEvent {
	rec := eventstore.RecordedEvent{
		StreamID:    strings.TrimPrefix(e.StreamID, s.cfg.prefix),
		Revision:    e.EventNumber,
		Position:    pos,
		ID:          e.EventID,
		Type:        e.EventType,
		ContentType: e.ContentType,
		Data:        e.Data,
		Metadata:    e.UserMetadata,
		Created:     e.CreatedDate.UTC(),
	}
	// The server sends empty byte strings for absent data and metadata.
	if len(rec.Data) == 0 {
		rec.Data = nil
	}
	if len(rec.Metadata) == 0 {
		rec.Metadata = nil
	}
	return rec
}

// Close ends the subscriptions, waits for them, and closes the connection.
// Later calls return nil; other methods return eventstore.ErrClosed.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	subs := make([]*subscription, 0, len(s.subs))
	for sub := range s.subs {
		subs = append(subs, sub)
	}
	s.mu.Unlock()
	for _, sub := range subs {
		sub.Close()
	}
	return s.client.Close()
}
