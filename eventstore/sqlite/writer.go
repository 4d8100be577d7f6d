package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"cellule/eventstore"
)

// appendReq is one Append waiting in the queue.
type appendReq struct {
	ctx      context.Context
	stream   string
	expected eventstore.ExpectedRevision
	events   []eventstore.EventData
	done     chan appendResp // buffered: the leader never blocks on a caller that gave up
	lead     chan struct{}   // buffered: leadership handed to this request's caller
}

type appendResp struct {
	res eventstore.AppendResult
	err error
}

// Append implements eventstore.Store.
//
// Group commit without a writer goroutine: an Append that finds nobody
// writing becomes the leader and commits, in one transaction, its own append
// and every append queued behind it (up to maxBatchEvents events); if more
// are queued meanwhile it hands the leadership to the first of them. A lone
// writer therefore commits on its own goroutine, with no hand-off, and N
// concurrent writers share one fsync. Only one leader exists at a time, so
// the database has a single writer.
func (s *Store) Append(ctx context.Context, stream string, expected eventstore.ExpectedRevision, events ...eventstore.EventData) (eventstore.AppendResult, error) {
	evs, err := eventstore.PrepareAppend(stream, expected, events)
	if err != nil {
		return eventstore.AppendResult{}, err
	}
	if err := ctx.Err(); err != nil {
		return eventstore.AppendResult{}, err
	}
	req := &appendReq{ctx: ctx, stream: stream, expected: expected, events: evs,
		done: make(chan appendResp, 1), lead: make(chan struct{}, 1)}
	s.qmu.Lock()
	if s.qclosed {
		s.qmu.Unlock()
		return eventstore.AppendResult{}, eventstore.ErrClosed
	}
	s.queue = append(s.queue, req)
	if !s.leading {
		s.leading = true
		s.qmu.Unlock()
		s.lead()
		r := <-req.done // the first batch of a leader holds its own request
		return r.res, r.err
	}
	s.qmu.Unlock()
	select {
	case r := <-req.done:
		return r.res, r.err
	case <-req.lead:
		s.lead()
		r := <-req.done
		return r.res, r.err
	case <-ctx.Done():
		// The leader will skip the request (its context ended) or has
		// already written it: a retry with the same ids is then a no-op,
		// which is what idempotency is for. Leadership may still be
		// handed to it, so someone must keep waiting for that.
		go func() {
			select {
			case <-req.done:
			case <-req.lead:
				s.lead()
			}
		}()
		return eventstore.AppendResult{}, ctx.Err()
	}
}

// lead commits the requests at the front of the queue, then either hands
// the leadership to the next queued request or, if none, gives it up.
func (s *Store) lead() {
	s.qmu.Lock()
	n, events := 0, 0
	for n < len(s.queue) && (n == 0 || events+len(s.queue[n].events) <= s.cfg.maxBatchEvents) {
		events += len(s.queue[n].events)
		n++
	}
	batch := make([]*appendReq, n)
	copy(batch, s.queue)
	m := copy(s.queue, s.queue[n:])
	clear(s.queue[m:]) // drop the references to the requests taken
	s.queue = s.queue[:m]
	s.qmu.Unlock()

	s.commitBatch(s.w, batch)

	s.qmu.Lock()
	if len(s.queue) == 0 {
		s.leading = false
		s.idle.Broadcast()
		s.qmu.Unlock()
		return
	}
	next := s.queue[0]
	s.qmu.Unlock()
	next.lead <- struct{}{}
}

// writer is the state of the single writer, used by one leader at a time.
type writer struct {
	conn    *sql.Conn
	inserts []*sql.Stmt // one per insertChunks size: fewer statements for large appends
	head    *sql.Stmt
	after   *sql.Stmt
	version *sql.Stmt // PRAGMA data_version: moves when another process commits
	lastPos uint64
	// dataVersion is the file's data_version as this connection last saw
	// it; a change means another process wrote (see changedElsewhere).
	dataVersion int64
	recent      *recentIDs
	// heads caches each stream's last revision (-1: no stream). It is
	// cleared when it grows past maxHeads, after a failed commit, and when
	// another process committed (resync).
	heads map[string]int64
}

const maxHeads = 100_000

// insertChunks are the row counts of the multi-row insert statements,
// largest first, ending with 1: an append of n events takes a few
// statements instead of n.
var insertChunks = []int{64, 16, 4, 1}

func newWriter(db *sql.DB) (*writer, error) {
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	w := &writer{conn: conn, heads: make(map[string]int64), recent: newRecentIDs(recentIDsKept)}
	for _, n := range insertChunks {
		st, err := conn.PrepareContext(ctx, `INSERT INTO events (`+eventColumns+`) VALUES `+
			strings.TrimSuffix(strings.Repeat(`(?, ?, ?, ?, ?, ?, ?, ?, ?), `, n), `, `))
		if err != nil {
			conn.Close()
			return nil, err
		}
		w.inserts = append(w.inserts, st)
	}
	if w.head, err = conn.PrepareContext(ctx, `SELECT MAX(revision) FROM events WHERE stream = ?`); err != nil {
		conn.Close()
		return nil, err
	}
	if w.after, err = conn.PrepareContext(ctx, `SELECT revision, event_id, position FROM events WHERE stream = ? AND revision > ? ORDER BY revision ASC LIMIT ?`); err != nil {
		conn.Close()
		return nil, err
	}
	if w.version, err = conn.PrepareContext(ctx, `PRAGMA data_version`); err != nil {
		conn.Close()
		return nil, err
	}
	if _, err := w.changedElsewhere(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	if err := w.loadLastPos(); err != nil {
		conn.Close()
		return nil, err
	}
	if err := w.loadRecentIDs(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	return w, nil
}

func (w *writer) loadLastPos() error {
	var last sql.NullInt64
	if err := w.conn.QueryRowContext(context.Background(), `SELECT MAX(position) FROM events`).Scan(&last); err != nil {
		return err
	}
	w.lastPos = uint64(last.Int64)
	return nil
}

// loadRecentIDs fills the recent-id cache from the last events written, so
// that an Any retry is recognized across a restart too.
func (w *writer) loadRecentIDs(ctx context.Context) error {
	rows, err := w.conn.QueryContext(ctx, `SELECT stream, revision, position, event_id FROM events ORDER BY position DESC LIMIT ?`, recentIDsKept)
	if err != nil {
		return err
	}
	defer rows.Close()
	var locs []idLoc
	var ids []uuid.UUID
	for rows.Next() {
		var l idLoc
		var id []byte
		if err := rows.Scan(&l.stream, &l.revision, &l.position, &id); err != nil {
			return err
		}
		u, err := uuid.FromBytes(id)
		if err != nil {
			return err
		}
		locs, ids = append(locs, l), append(ids, u)
	}
	for i := len(ids) - 1; i >= 0; i-- { // oldest first, so the newest are kept longest
		w.recent.add(ids[i], locs[i])
	}
	return rows.Err()
}

// changedElsewhere reports whether another process committed to the file
// since the last call (SQLite's data_version does not move for this
// connection's own commits).
func (w *writer) changedElsewhere(ctx context.Context) (bool, error) {
	var v int64
	if err := w.version.QueryRowContext(ctx).Scan(&v); err != nil {
		return false, err
	}
	changed := v != w.dataVersion
	w.dataVersion = v
	return changed, nil
}

// resync reloads the writer's caches from the file: after a transaction
// that did not commit (they may hold what it wrote), and after another
// process's commit (they miss what it wrote).
func (w *writer) resync() error {
	clear(w.heads)
	w.recent = newRecentIDs(recentIDsKept)
	return errors.Join(w.loadLastPos(), w.loadRecentIDs(context.Background()))
}

func (w *writer) close() {
	for _, st := range w.inserts {
		st.Close()
	}
	w.head.Close()
	w.after.Close()
	w.version.Close()
	w.conn.Close()
}

// commitBatch writes batch in one transaction. An append refused for its
// expected revision or idempotency writes nothing and does not affect the
// others. A database error aborts the transaction; the appends are then
// retried one per transaction so that one bad append cannot fail the rest.
func (s *Store) commitBatch(w *writer, batch []*appendReq) {
	resps, err := s.tryBatch(w, batch)
	if err != nil && len(batch) > 1 {
		for _, r := range batch {
			s.commitBatch(w, []*appendReq{r})
		}
		return
	}
	for i, r := range batch {
		if err != nil {
			r.done <- appendResp{err: fmt.Errorf("append to %q: %w", r.stream, err)}
			continue
		}
		r.done <- resps[i]
	}
}

func (s *Store) tryBatch(w *writer, batch []*appendReq) ([]appendResp, error) {
	ctx := context.Background() // one caller's context must not abort the others' appends
	// BEGIN and COMMIT are sent on the writer's own connection rather than
	// through sql.Tx: the statements prepared once on that connection are
	// then reused as they are, where Tx.Stmt would prepare them again for
	// every transaction.
	if _, err := w.conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return nil, err
	}
	tx := connTx{w.conn}
	// Another process may have written (`cellule user add` while the
	// server runs): the caches would then hold a stale last position and
	// stale heads. Under BEGIN IMMEDIATE nobody else can commit until this
	// transaction ends, so checking here is enough.
	if changed, err := w.changedElsewhere(ctx); err != nil || changed {
		if err == nil {
			err = w.resync()
		}
		if err != nil {
			tx.Rollback()
			return nil, err
		}
	}
	b := &batchState{w: w,
		heads:   make(map[string]int64),
		nextPos: w.lastPos + 1, now: time.Now().UnixNano()}
	resps := make([]appendResp, len(batch))
	written := false
	for i, r := range batch {
		if err := r.ctx.Err(); err != nil {
			resps[i].err = err // the caller gave up before the write: write nothing
			continue
		}
		res, wrote, err := b.apply(ctx, r)
		if err != nil && !isRefusal(err) {
			tx.Rollback()
			return nil, errors.Join(err, w.resync())
		}
		resps[i] = appendResp{res: res, err: err}
		written = written || wrote
	}
	if !written {
		// Only refusals and idempotent retries: nothing to make durable.
		return resps, tx.Rollback()
	}
	if err := tx.Commit(); err != nil {
		tx.Rollback() // a failed COMMIT can leave the transaction open
		return nil, errors.Join(err, w.resync())
	}
	if len(w.heads) > maxHeads {
		clear(w.heads)
	}
	for stream, rev := range b.heads {
		w.heads[stream] = rev
	}
	w.lastPos = b.nextPos - 1
	s.tail.add(b.written)
	s.commits.Add(1)
	s.committed.Store(w.lastPos)
	s.feed.wake()
	return resps, nil
}

// connTx ends the transaction begun on the writer's connection.
type connTx struct{ conn *sql.Conn }

func (t connTx) Commit() error {
	_, err := t.conn.ExecContext(context.Background(), `COMMIT`)
	return err
}

func (t connTx) Rollback() error {
	_, err := t.conn.ExecContext(context.Background(), `ROLLBACK`)
	return err
}

// isRefusal tells an append refused by the store's rules, which leaves the
// batch usable, from a database failure.
func isRefusal(err error) bool {
	return errors.Is(err, eventstore.ErrWrongExpectedRevision) || errors.Is(err, eventstore.ErrIdempotencyConflict)
}

// batchState is one transaction's view: the heads changed in this batch,
// on top of the writer's committed cache.
type batchState struct {
	w       *writer
	heads   map[string]int64
	nextPos uint64
	now     int64
	written []eventstore.RecordedEvent // for the store's tail, once committed
}

func (b *batchState) streamHead(ctx context.Context, stream string) (int64, error) {
	if rev, ok := b.heads[stream]; ok {
		return rev, nil
	}
	if rev, ok := b.w.heads[stream]; ok {
		return rev, nil
	}
	var rev sql.NullInt64
	if err := b.w.head.QueryRowContext(ctx, stream).Scan(&rev); err != nil {
		return 0, err
	}
	if !rev.Valid {
		return eventstore.RevisionNoStream, nil
	}
	return rev.Int64, nil
}

// apply checks and writes one append inside the batch's transaction. It
// reports whether it wrote anything.
//
// Idempotency follows EventStoreDB. With an exact expected revision (or
// NoStream, revision -1), a retry is recognized by position: if the stream
// has moved past the expected revision, the events right after it are
// compared with the append's ids: all equal is the same append again (its
// original result is returned), some equal is a partial overlap. With Any
// or StreamExists there is no position to look at, so the ids are looked up
// in a window: the ids of the last recentIDsKept events appended with Any or
// StreamExists, and of the last recentIDsKept events in the file at open.
func (b *batchState) apply(ctx context.Context, r *appendReq) (eventstore.AppendResult, bool, error) {
	head, err := b.streamHead(ctx, r.stream)
	if err != nil {
		return eventstore.AppendResult{}, false, err
	}
	byID := false
	switch r.expected.(type) {
	case eventstore.Any, eventstore.StreamExists:
		byID = true
		if res, done, err := b.recentRetry(r); done || err != nil {
			return res, false, err
		}
	default:
		exp := eventstore.ExpectedAsInt64(r.expected)
		if head > exp {
			res, done, err := b.positionRetry(ctx, r, exp)
			if done || err != nil {
				return res, false, err
			}
		}
	}
	if !expectedHolds(r.expected, head) {
		return eventstore.AppendResult{}, false, &eventstore.WrongExpectedRevisionError{
			Stream: r.stream, Expected: eventstore.ExpectedAsInt64(r.expected), Actual: head}
	}
	const cols = 9
	args := make([]any, 0, cols*len(r.events))
	for i, e := range r.events {
		var meta any
		if len(e.Metadata) > 0 {
			meta = e.Metadata
		}
		data := e.Data
		if data == nil {
			data = []byte{} // NOT NULL: empty binary data is still data
		}
		rev := head + 1 + int64(i)
		args = append(args, b.nextPos, r.stream, rev, e.ID[:], e.Type, contentTypeCode(e.ContentType), data, meta, b.now)
		loc := idLoc{stream: r.stream, revision: rev, position: b.nextPos}
		// Only Any and StreamExists retries are looked up in the
		// window (exact ones are checked by revision), so only their
		// ids are recorded. Recorded at once, so that a retry later in
		// this batch is recognized; a batch that does not commit
		// reloads the window.
		if byID {
			b.w.recent.add(e.ID, loc)
		}
		b.nextPos++
	}
	for i, n := range insertChunks {
		for len(args) >= cols*n {
			if _, err := b.w.inserts[i].ExecContext(ctx, args[:cols*n]...); err != nil {
				return eventstore.AppendResult{}, false, err
			}
			args = args[cols*n:]
		}
	}
	b.written = appendRecorded(b.written, r.stream, head+1, b.nextPos-uint64(len(r.events)), b.now, r.events)
	last := head + int64(len(r.events))
	b.heads[r.stream] = last
	return eventstore.AppendResult{NextExpectedRevision: uint64(last), Position: b.nextPos - 1}, true, nil
}

func conflict(r *appendReq, matched int) error {
	return fmt.Errorf("append to %q: %d of its %d event ids are already stored, not as this same append: %w",
		r.stream, matched, len(r.events), eventstore.ErrIdempotencyConflict)
}

// positionRetry compares the events stored right after revision exp with
// the append. done reports a recognized retry (res is its original result);
// no match at all is not a retry and leaves the expected-revision check to
// refuse the append.
func (b *batchState) positionRetry(ctx context.Context, r *appendReq, exp int64) (res eventstore.AppendResult, done bool, err error) {
	rows, err := b.w.after.QueryContext(ctx, r.stream, exp, len(r.events))
	if err != nil {
		return res, false, err
	}
	defer rows.Close()
	matched, stored := 0, 0
	var last idLoc
	var id []byte
	for rows.Next() {
		if err := rows.Scan(&last.revision, &id, &last.position); err != nil {
			return res, false, err
		}
		if string(id) == string(r.events[stored].ID[:]) {
			matched++
		}
		stored++
	}
	if err := rows.Err(); err != nil {
		return res, false, err
	}
	switch {
	case matched == 0:
		return res, false, nil
	case matched < len(r.events):
		return res, false, conflict(r, matched)
	}
	return eventstore.AppendResult{NextExpectedRevision: uint64(last.revision), Position: last.position}, true, nil
}

// recentRetry looks the append's ids up among the recently written events.
func (b *batchState) recentRetry(r *appendReq) (res eventstore.AppendResult, done bool, err error) {
	locs := make([]idLoc, 0, len(r.events))
	for _, e := range r.events {
		loc, ok := b.w.recent.get(e.ID)
		if ok && loc.stream == r.stream {
			locs = append(locs, loc)
		}
	}
	if len(locs) == 0 {
		return res, false, nil
	}
	if len(locs) < len(r.events) {
		return res, false, conflict(r, len(locs))
	}
	for i, l := range locs {
		if l.revision != locs[0].revision+int64(i) {
			return res, false, conflict(r, len(locs))
		}
	}
	if !expectedHolds(r.expected, locs[0].revision-1) {
		return res, false, conflict(r, len(locs))
	}
	last := locs[len(locs)-1]
	return eventstore.AppendResult{NextExpectedRevision: uint64(last.revision), Position: last.position}, true, nil
}

// idLoc is where an event was written.
type idLoc struct {
	stream   string
	revision int64
	position uint64
}

// recentIDsKept bounds the Any/StreamExists idempotency window, like
// EventStoreDB's own cache for the same purpose.
const recentIDsKept = 100_000

// recentIDs remembers where the last n event ids were written (FIFO).
// It grows with use instead of being allocated at its bound: a map sized
// for 100,000 entries of which the app uses a few was half the server's
// live heap, scanned by every garbage collection.
type recentIDs struct {
	m    map[uuid.UUID]recentLoc
	ring []uuid.UUID
	max  int
	next int
}

type recentLoc struct {
	idLoc
	slot int // where in ring, so that evicting an older copy of a re-added id keeps the newer
}

func newRecentIDs(n int) *recentIDs {
	return &recentIDs{m: map[uuid.UUID]recentLoc{}, max: n}
}

func (c *recentIDs) add(id uuid.UUID, loc idLoc) {
	slot := len(c.ring)
	if slot < c.max {
		c.ring = append(c.ring, id)
	} else {
		slot = c.next
		if old := c.ring[slot]; c.m[old].slot == slot {
			delete(c.m, old)
		}
		c.ring[slot] = id
		c.next = (c.next + 1) % len(c.ring)
	}
	c.m[id] = recentLoc{loc, slot}
}

func (c *recentIDs) get(id uuid.UUID) (idLoc, bool) {
	l, ok := c.m[id]
	return l.idLoc, ok
}

// expectedHolds tells whether a stream whose last revision is head (-1: no
// stream) is in the expected state.
func expectedHolds(expected eventstore.ExpectedRevision, head int64) bool {
	switch e := expected.(type) {
	case eventstore.Any:
		return true
	case eventstore.NoStream:
		return head == eventstore.RevisionNoStream
	case eventstore.StreamExists:
		return head != eventstore.RevisionNoStream
	case eventstore.Exact:
		return head >= 0 && uint64(head) == uint64(e)
	}
	return false
}
