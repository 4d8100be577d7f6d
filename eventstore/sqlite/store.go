// Package sqlite is the embedded event store: one SQLite database file
// (modernc.org/sqlite, pure Go), written by a single goroutine that batches
// concurrent appends into one transaction and one fsync (group commit), and
// read through a separate pool of read-only connections. The design and the
// pragmas are explained in docs/adr/0001-embedded-event-store.md.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"cellule/eventstore"
)

// schemaVersion is stored in PRAGMA user_version; Open refuses a file
// written by a newer schema.
const schemaVersion = 1

// schema: the global position is the rowid, so reading all in order is a
// scan of the table's own b-tree, and the (stream, revision) index makes
// revisions dense and unique even if the writer had a bug. There is
// deliberately no index on event ids: random UUID keys would scatter every
// append over the whole index (see the ADR); idempotency is checked by
// revision instead, as EventStoreDB does.
const schema = `
CREATE TABLE IF NOT EXISTS events (
	position     INTEGER PRIMARY KEY,
	stream       TEXT    NOT NULL,
	revision     INTEGER NOT NULL,
	event_id     BLOB    NOT NULL,
	type         TEXT    NOT NULL,
	content_type INTEGER NOT NULL, -- 0 JSON, 1 binary: a byte, not 16, per event
	data         BLOB    NOT NULL,
	metadata     BLOB,
	created      INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX IF NOT EXISTS events_stream_revision ON events(stream, revision);
`

const eventColumns = `position, stream, revision, event_id, type, content_type, data, metadata, created`

// Defaults, overridable with Options.
const (
	defaultReadConns      = 4
	defaultMaxBatchEvents = 5000
	defaultSubBuffer      = 256
	subscriptionPage      = 512
)

// Option configures Open.
type Option func(*config)

type config struct {
	readConns      int
	maxBatchEvents int
	stallTimeout   time.Duration
}

// WithReadConns sets the size of the read-only connection pool used by
// reads and subscriptions.
func WithReadConns(n int) Option { return func(c *config) { c.readConns = max(1, n) } }

// WithMaxBatchEvents caps how many events one group commit writes; appends
// beyond it wait for the next transaction.
func WithMaxBatchEvents(n int) Option { return func(c *config) { c.maxBatchEvents = max(1, n) } }

// WithSlowSubscriberTimeout drops a subscription whose reader has not taken
// a message for d, with a *eventstore.SubscriptionDroppedError that says
// where to resume. By default (0) a slow reader is never dropped: it only
// falls behind, which costs nothing to the writer since a subscription reads
// its events itself (from the in-memory tail of recent commits, else from
// the database), not from a queue fed by the writer.
func WithSlowSubscriberTimeout(d time.Duration) Option {
	return func(c *config) { c.stallTimeout = d }
}

// Store is the embedded event store. It is safe for concurrent use.
type Store struct {
	cfg config

	wdb   *sql.DB // one connection, owned by the writer goroutine
	rdb   *sql.DB // read-only pool
	reads *readStmts

	// mu guards closed for SubscribeAll.
	mu        sync.RWMutex
	closed    bool
	isClosed  atomic.Bool
	closeOnce sync.Once
	closeErr  error

	// The append queue (see writer.go): qmu guards queue, leading and
	// qclosed; idle is signalled when no Append leads any more.
	w       *writer
	qmu     sync.Mutex
	queue   []*appendReq
	leading bool
	qclosed bool
	idle    sync.Cond

	// committed is the position of the last committed event; feed wakes
	// subscriptions after each commit.
	committed atomic.Uint64
	feed      feed
	tail      *tail         // the last committed events, for the reads that follow a commit
	commits   atomic.Uint64 // transactions committed, to observe group commit

	// Subscriptions end when the store closes.
	subCtx    context.Context
	subCancel context.CancelFunc
	subs      sync.WaitGroup
}

var _ eventstore.Store = (*Store)(nil)

// dsn builds the connection string with the pragmas every connection needs
// (see the ADR for why each one).
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "cache_size(-16000)")
	q.Add("_pragma", "temp_store(MEMORY)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
		q.Add("_pragma", "mmap_size(268435456)")
	} else {
		q.Add("_pragma", "journal_size_limit(67108864)")
		q.Set("_txlock", "immediate")
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// Open opens (or creates) the event store in the database file at path.
func Open(path string, opts ...Option) (*Store, error) {
	cfg := config{readConns: defaultReadConns, maxBatchEvents: defaultMaxBatchEvents}
	for _, o := range opts {
		o(&cfg)
	}
	wdb, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, err
	}
	wdb.SetMaxOpenConns(1)
	wdb.SetMaxIdleConns(1)
	wdb.SetConnMaxLifetime(0)
	wdb.SetConnMaxIdleTime(0)
	if err := migrate(wdb); err != nil {
		wdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	rdb, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		wdb.Close()
		return nil, err
	}
	rdb.SetMaxOpenConns(cfg.readConns)
	rdb.SetMaxIdleConns(cfg.readConns)
	reads, err := prepareReads(rdb)
	if err != nil {
		wdb.Close()
		rdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	w, err := newWriter(wdb)
	if err != nil {
		wdb.Close()
		rdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{
		cfg:   cfg,
		wdb:   wdb,
		rdb:   rdb,
		reads: reads,
		w:     w,
		tail:  newTail(),
	}
	s.feed.init()
	s.committed.Store(w.lastPos)
	s.subCtx, s.subCancel = context.WithCancel(context.Background())
	s.idle.L = &s.qmu
	return s, nil
}

func migrate(db *sql.DB) error {
	var v int
	if err := db.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil {
		return err
	}
	if v > schemaVersion {
		return fmt.Errorf("schema version %d is newer than this program's %d", v, schemaVersion)
	}
	var mode string
	if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
		return err
	}
	if mode != "wal" {
		return fmt.Errorf("journal mode is %q, want wal", mode)
	}
	if _, err := db.Exec(schema); err != nil {
		return err
	}
	_, err := db.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, schemaVersion))
	return err
}

// Close stops accepting work, commits the appends already queued, ends the
// subscriptions and closes the database. It is safe to call more than once.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.mu.Lock()
		s.closed = true
		s.isClosed.Store(true)
		s.mu.Unlock()
		// Appends already queued are committed; new ones get ErrClosed.
		s.qmu.Lock()
		s.qclosed = true
		for s.leading {
			s.idle.Wait()
		}
		s.qmu.Unlock()
		s.w.close()
		s.subCancel()
		s.subs.Wait()
		s.closeErr = errors.Join(s.reads.close(), s.rdb.Close(), s.wdb.Close())
	})
	return s.closeErr
}

// --- reads -----------------------------------------------------------------

type readStmts struct {
	forwards, backwards, exists, all *sql.Stmt
}

func prepareReads(db *sql.DB) (*readStmts, error) {
	var r readStmts
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = db.Prepare(q)
		return st
	}
	r.forwards = prep(`SELECT ` + eventColumns + ` FROM events WHERE stream = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`)
	r.backwards = prep(`SELECT ` + eventColumns + ` FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`)
	r.exists = prep(`SELECT EXISTS (SELECT 1 FROM events WHERE stream = ?)`)
	r.all = prep(`SELECT ` + eventColumns + ` FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`)
	if err != nil {
		r.close()
		return nil, err
	}
	return &r, nil
}

func (r *readStmts) close() error {
	var errs []error
	for _, st := range []*sql.Stmt{r.forwards, r.backwards, r.exists, r.all} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	return errors.Join(errs...)
}

// ReadStream implements eventstore.Store.
func (s *Store) ReadStream(ctx context.Context, stream string, dir eventstore.Direction, from uint64, count int) ([]eventstore.RecordedEvent, error) {
	if s.isClosed.Load() {
		return nil, eventstore.ErrClosed
	}
	if err := eventstore.ValidateStreamName(stream); err != nil {
		return nil, err
	}
	if err := eventstore.ValidateCount(count); err != nil {
		return nil, err
	}
	st := s.reads.forwards
	switch dir {
	case eventstore.Forwards:
	case eventstore.Backwards:
		st = s.reads.backwards
	default:
		return nil, &eventstore.InvalidInputError{Field: "direction", Reason: fmt.Sprintf("unknown direction %d", dir)}
	}
	rows, err := st.QueryContext(ctx, stream, clamp(from), count)
	if err != nil {
		return nil, s.readErr(err)
	}
	evs, err := scanEvents(rows, count)
	if err != nil {
		return nil, s.readErr(err)
	}
	if len(evs) == 0 {
		var exists bool
		if err := s.reads.exists.QueryRowContext(ctx, stream).Scan(&exists); err != nil {
			return nil, s.readErr(err)
		}
		if !exists {
			return nil, fmt.Errorf("read %q: %w", stream, eventstore.ErrStreamNotFound)
		}
	}
	return evs, nil
}

// ReadAll implements eventstore.Store.
func (s *Store) ReadAll(ctx context.Context, from uint64, count int) ([]eventstore.RecordedEvent, error) {
	if s.isClosed.Load() {
		return nil, eventstore.ErrClosed
	}
	if err := eventstore.ValidateCount(count); err != nil {
		return nil, err
	}
	return s.readAll(ctx, from, count)
}

func (s *Store) readAll(ctx context.Context, from uint64, count int) ([]eventstore.RecordedEvent, error) {
	if evs, ok := s.tail.read(from, count, s.committed.Load()); ok {
		return evs, nil
	}
	return s.readAllStored(ctx, from, count)
}

// readAllStored is readAll from the database, bypassing the tail.
func (s *Store) readAllStored(ctx context.Context, from uint64, count int) ([]eventstore.RecordedEvent, error) {
	rows, err := s.reads.all.QueryContext(ctx, clamp(from), count)
	if err != nil {
		return nil, s.readErr(err)
	}
	evs, err := scanEvents(rows, min(count, subscriptionPage))
	if err != nil {
		return nil, s.readErr(err)
	}
	return evs, nil
}

// contentTypes maps the stored content_type code to the content type.
var contentTypes = [...]string{eventstore.ContentTypeJSON, eventstore.ContentTypeBinary}

func contentTypeCode(ct string) int {
	if ct == eventstore.ContentTypeBinary {
		return 1
	}
	return 0
}

// readErr reports ErrClosed for a read that raced with Close.
func (s *Store) readErr(err error) error {
	if s.isClosed.Load() {
		return eventstore.ErrClosed
	}
	return err
}

// clamp maps a uint64 revision or position to SQLite's int64; End and
// anything past MaxInt64 mean "the end".
func clamp(v uint64) int64 {
	if v > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(v)
}

func scanEvents(rows *sql.Rows, sizeHint int) ([]eventstore.RecordedEvent, error) {
	defer rows.Close()
	evs := make([]eventstore.RecordedEvent, 0, min(sizeHint, 1024))
	var id sql.RawBytes
	var created int64
	for rows.Next() {
		var e eventstore.RecordedEvent
		var ct int
		if err := rows.Scan(&e.Position, &e.StreamID, &e.Revision, &id, &e.Type, &ct, &e.Data, &e.Metadata, &created); err != nil {
			return nil, err
		}
		if ct < 0 || ct >= len(contentTypes) {
			return nil, fmt.Errorf("event at position %d: unknown content type code %d", e.Position, ct)
		}
		e.ContentType = contentTypes[ct]
		var err error
		if e.ID, err = uuid.FromBytes(id); err != nil {
			return nil, fmt.Errorf("event at position %d: %w", e.Position, err)
		}
		e.Created = time.Unix(0, created).UTC()
		evs = append(evs, e)
	}
	return evs, rows.Err()
}
