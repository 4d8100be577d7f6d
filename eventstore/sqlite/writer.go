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

// appendReq is one Append waiting for the writer.
type appendReq struct {
	ctx      context.Context
	stream   string
	expected eventstore.ExpectedRevision
	events   []eventstore.EventData
	done     chan appendResp // buffered: the writer never blocks on a caller that gave up
}

type appendResp struct {
	res eventstore.AppendResult
	err error
}

// Append implements eventstore.Store. The append is queued for the writer
// goroutine, which commits it together with the appends queued at the same
// time (group commit); Append returns once that transaction is durable.
func (s *Store) Append(ctx context.Context, stream string, expected eventstore.ExpectedRevision, events ...eventstore.EventData) (eventstore.AppendResult, error) {
	evs, err := eventstore.PrepareAppend(stream, expected, events)
	if err != nil {
		return eventstore.AppendResult{}, err
	}
	req := &appendReq{ctx: ctx, stream: stream, expected: expected, events: evs, done: make(chan appendResp, 1)}
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return eventstore.AppendResult{}, eventstore.ErrClosed
	}
	select {
	case s.reqs <- req:
		s.mu.RUnlock()
	case <-ctx.Done():
		s.mu.RUnlock()
		return eventstore.AppendResult{}, ctx.Err()
	}
	select {
	case r := <-req.done:
		return r.res, r.err
	case <-ctx.Done():
		// The append may still commit: a retry with the same event ids
		// is then a no-op, which is what idempotency is for.
		return eventstore.AppendResult{}, ctx.Err()
	}
}

// writer is the state owned by the writer goroutine.
type writer struct {
	db      *sql.DB
	conn    *sql.Conn
	insert  *sql.Stmt
	head    *sql.Stmt
	lastPos uint64
	// heads caches each stream's last revision (-1: no stream). Only the
	// writer changes the database, so the cache cannot go stale; it is
	// cleared when it grows past maxHeads, and after a failed commit.
	heads map[string]int64
}

const maxHeads = 100_000

func newWriter(db *sql.DB) (*writer, error) {
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	w := &writer{db: db, conn: conn, heads: make(map[string]int64)}
	if w.insert, err = conn.PrepareContext(ctx, `INSERT INTO events (`+eventColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`); err != nil {
		conn.Close()
		return nil, err
	}
	if w.head, err = conn.PrepareContext(ctx, `SELECT MAX(revision) FROM events WHERE stream = ?`); err != nil {
		conn.Close()
		return nil, err
	}
	if err := w.loadLastPos(); err != nil {
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

func (w *writer) close() {
	w.insert.Close()
	w.head.Close()
	w.conn.Close()
}

// runWriter drains the queue: it takes every append waiting (up to
// maxBatchEvents events) and commits them in one transaction, so N
// concurrent appends cost one fsync instead of N.
func (s *Store) runWriter(w *writer) {
	defer close(s.writerDone)
	defer w.close()
	batch := make([]*appendReq, 0, 64)
	for first := range s.reqs {
		batch = append(batch[:0], first)
		n := len(first.events)
	drain:
		for n < s.cfg.maxBatchEvents {
			select {
			case r, ok := <-s.reqs:
				if !ok {
					break drain
				}
				batch = append(batch, r)
				n += len(r.events)
			default:
				break drain
			}
		}
		s.commitBatch(w, batch)
	}
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
	tx, err := w.conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	b := &batchState{w: w, tx: tx, insert: tx.StmtContext(ctx, w.insert), head: tx.StmtContext(ctx, w.head),
		heads: make(map[string]int64), nextPos: w.lastPos + 1, now: time.Now().UnixNano()}
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
			return nil, err
		}
		resps[i] = appendResp{res: res, err: err}
		written = written || wrote
	}
	if !written {
		// Only refusals and idempotent retries: nothing to make durable.
		return resps, tx.Rollback()
	}
	if err := tx.Commit(); err != nil {
		// The outcome is unknown to the caches: reload them from the file.
		clear(w.heads)
		if lerr := w.loadLastPos(); lerr != nil {
			return nil, errors.Join(err, lerr)
		}
		return nil, err
	}
	if len(w.heads) > maxHeads {
		clear(w.heads)
	}
	for stream, rev := range b.heads {
		w.heads[stream] = rev
	}
	w.lastPos = b.nextPos - 1
	s.commits.Add(1)
	s.committed.Store(w.lastPos)
	s.feed.wake()
	return resps, nil
}

// isRefusal tells an append refused by the store's rules, which leaves the
// batch usable, from a database failure.
func isRefusal(err error) bool {
	return errors.Is(err, eventstore.ErrWrongExpectedRevision) || errors.Is(err, eventstore.ErrIdempotencyConflict)
}

// batchState is one transaction's view: the heads changed in this batch,
// on top of the writer's committed cache.
type batchState struct {
	w            *writer
	tx           *sql.Tx
	insert, head *sql.Stmt
	heads        map[string]int64
	nextPos      uint64
	now          int64
}

func (b *batchState) streamHead(ctx context.Context, stream string) (int64, error) {
	if rev, ok := b.heads[stream]; ok {
		return rev, nil
	}
	if rev, ok := b.w.heads[stream]; ok {
		return rev, nil
	}
	var rev sql.NullInt64
	if err := b.head.QueryRowContext(ctx, stream).Scan(&rev); err != nil {
		return 0, err
	}
	if !rev.Valid {
		return eventstore.RevisionNoStream, nil
	}
	return rev.Int64, nil
}

// apply checks and writes one append inside the batch's transaction. It
// reports whether it wrote anything.
func (b *batchState) apply(ctx context.Context, r *appendReq) (eventstore.AppendResult, bool, error) {
	head, err := b.streamHead(ctx, r.stream)
	if err != nil {
		return eventstore.AppendResult{}, false, err
	}
	if head != eventstore.RevisionNoStream {
		// Some of these ids may already be in the stream: a retry.
		found, err := b.findIDs(ctx, r)
		if err != nil {
			return eventstore.AppendResult{}, false, err
		}
		if len(found) > 0 {
			res, err := idempotentResult(r, found)
			return res, false, err
		}
	}
	if !expectedHolds(r.expected, head) {
		return eventstore.AppendResult{}, false, &eventstore.WrongExpectedRevisionError{
			Stream: r.stream, Expected: eventstore.ExpectedAsInt64(r.expected), Actual: head}
	}
	for i, e := range r.events {
		var meta any
		if len(e.Metadata) > 0 {
			meta = e.Metadata
		}
		data := e.Data
		if data == nil {
			data = []byte{} // NOT NULL: empty binary data is still data
		}
		if _, err := b.insert.ExecContext(ctx, b.nextPos, r.stream, head+1+int64(i), e.ID[:], e.Type, e.ContentType, data, meta, b.now); err != nil {
			return eventstore.AppendResult{}, false, err
		}
		b.nextPos++
	}
	last := head + int64(len(r.events))
	b.heads[r.stream] = last
	return eventstore.AppendResult{NextExpectedRevision: uint64(last), Position: b.nextPos - 1}, true, nil
}

type storedID struct {
	revision int64
	position uint64
}

// findIDs returns where the append's event ids already are in its stream
// (including events written earlier in this same transaction).
func (b *batchState) findIDs(ctx context.Context, r *appendReq) (map[uuid.UUID]storedID, error) {
	args := make([]any, 0, len(r.events)+1)
	args = append(args, r.stream)
	for _, e := range r.events {
		args = append(args, e.ID[:])
	}
	q := `SELECT event_id, revision, position FROM events WHERE stream = ? AND event_id IN (?` +
		strings.Repeat(`, ?`, len(r.events)-1) + `)`
	rows, err := b.tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	found := make(map[uuid.UUID]storedID)
	for rows.Next() {
		var id []byte
		var s storedID
		if err := rows.Scan(&id, &s.revision, &s.position); err != nil {
			return nil, err
		}
		u, err := uuid.FromBytes(id)
		if err != nil {
			return nil, err
		}
		found[u] = s
	}
	return found, rows.Err()
}

// idempotentResult decides a retry: if every event is stored, in order, at
// consecutive revisions right after the expected revision, the append
// already happened and its original result is returned; anything else is a
// partial overlap.
func idempotentResult(r *appendReq, found map[uuid.UUID]storedID) (eventstore.AppendResult, error) {
	conflict := fmt.Errorf("append to %q: %d of %d event ids already stored, not as the same append: %w",
		r.stream, len(found), len(r.events), eventstore.ErrIdempotencyConflict)
	if len(found) != len(r.events) {
		return eventstore.AppendResult{}, conflict
	}
	first := found[r.events[0].ID].revision
	for i, e := range r.events {
		if found[e.ID].revision != first+int64(i) {
			return eventstore.AppendResult{}, conflict
		}
	}
	if !expectedHolds(r.expected, first-1) {
		return eventstore.AppendResult{}, conflict
	}
	last := found[r.events[len(r.events)-1].ID]
	return eventstore.AppendResult{NextExpectedRevision: uint64(last.revision), Position: last.position}, nil
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
