package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"

	"cellule/eventstore"
)

// benchDir holds the fixtures shared by the benchmarks of one run (the
// million-event store of BenchmarkCatchUp is built once); TestMain removes it.
var benchDir string

func TestMain(m *testing.M) {
	code := func() int {
		var err error
		if benchDir, err = os.MkdirTemp("", "cellule-bench-"); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(benchDir)
		return m.Run()
	}()
	os.Exit(code)
}

// benchData is a typical event payload (~200 bytes of JSON).
var benchData = []byte(`{"v":1,"examId":"3f1c2a90-5d2e-4c8b-9a51-7e0f3b6d2c11","candidateId":"c-000123","question":"Quel est le taux de marge brute du trimestre ?","at":"2026-03-14T09:26:53Z"}`)

func benchEvents(n int) []eventstore.EventData {
	es := make([]eventstore.EventData, n)
	for i := range es {
		es[i] = eventstore.EventData{ID: uuid.New(), Type: "QuestionAsked", Data: benchData}
	}
	return es
}

func reportEventsPerSec(b *testing.B, events int) {
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
}

// openRaw opens a plain table with the store's own pragmas and durability
// (the same dsn) and none of its logic: the baseline of the store's overhead.
func openRaw(b *testing.B) (*sql.DB, *sql.Stmt) {
	b.Helper()
	db, err := sql.Open("sqlite", dsn(filepath.Join(b.TempDir(), "raw.db"), false))
	if err != nil {
		b.Fatal(err)
	}
	// One connection: concurrent raw writers are serialized by the pool
	// instead of by SQLite's busy handler, whose sleeps would make the
	// baseline look worse than it is.
	db.SetMaxOpenConns(1)
	b.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE TABLE raw (id INTEGER PRIMARY KEY, stream TEXT NOT NULL, event_id BLOB NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL, created INTEGER NOT NULL)`); err != nil {
		b.Fatal(err)
	}
	ins, err := db.Prepare(`INSERT INTO raw (stream, event_id, type, data, created) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ins.Close() })
	return db, ins
}

func rawInsertTx(b *testing.B, db *sql.DB, ins *sql.Stmt, stream string, es []eventstore.EventData) {
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	st := tx.Stmt(ins)
	now := time.Now().UnixNano()
	for _, e := range es {
		if _, err := st.Exec(stream, e.ID[:], e.Type, e.Data, now); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkAppendBatch: appends of 100 events to one stream.
func BenchmarkAppendBatch(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	var exp eventstore.ExpectedRevision = eventstore.NoStream{}
	batches := 0
	for b.Loop() {
		b.StopTimer()
		es := benchEvents(100)
		b.StartTimer()
		res, err := s.Append(ctx, "bench-batch", exp, es...)
		if err != nil {
			b.Fatal(err)
		}
		exp = eventstore.Exact(res.NextExpectedRevision)
		batches++
	}
	reportEventsPerSec(b, batches*100)
}

// BenchmarkRawSQLiteBatch: the same events inserted raw, 100 per transaction.
func BenchmarkRawSQLiteBatch(b *testing.B) {
	db, ins := openRaw(b)
	batches := 0
	for b.Loop() {
		b.StopTimer()
		es := benchEvents(100)
		b.StartTimer()
		rawInsertTx(b, db, ins, "bench-batch", es)
		batches++
	}
	reportEventsPerSec(b, batches*100)
}

const concurrentWriters = 16

// runWriters runs b.N operations shared by 16 goroutines; op gets the
// writer's index.
func runWriters(b *testing.B, op func(w int) error) {
	var left atomic.Int64
	left.Store(int64(b.N))
	var wg sync.WaitGroup
	var failed atomic.Value
	b.ResetTimer()
	for w := range concurrentWriters {
		wg.Go(func() {
			for left.Add(-1) >= 0 {
				if err := op(w); err != nil {
					failed.Store(err)
					return
				}
			}
		})
	}
	wg.Wait()
	b.StopTimer()
	if err, _ := failed.Load().(error); err != nil {
		b.Fatal(err)
	}
	reportEventsPerSec(b, b.N)
}

// BenchmarkAppendConcurrent: 16 writers, one event per append, each writer
// on its own stream.
func BenchmarkAppendConcurrent(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	exp := make([]eventstore.ExpectedRevision, concurrentWriters)
	for w := range exp {
		exp[w] = eventstore.NoStream{}
	}
	runWriters(b, func(w int) error {
		res, err := s.Append(ctx, fmt.Sprintf("bench-writer-%d", w), exp[w], eventstore.EventData{ID: uuid.New(), Type: "QuestionAsked", Data: benchData})
		exp[w] = eventstore.Exact(res.NextExpectedRevision)
		return err
	})
}

// BenchmarkRawSQLiteConcurrent: 16 writers, one row per transaction.
func BenchmarkRawSQLiteConcurrent(b *testing.B) {
	db, ins := openRaw(b)
	runWriters(b, func(w int) error {
		tx, err := db.Begin()
		if err != nil {
			return err
		}
		id := uuid.New()
		if _, err := tx.Stmt(ins).Exec(fmt.Sprintf("bench-writer-%d", w), id[:], "QuestionAsked", benchData, time.Now().UnixNano()); err != nil {
			tx.Rollback()
			return err
		}
		return tx.Commit()
	})
}

// BenchmarkAppendSingle: one writer, one event per append; reports the
// latency percentiles an interactive user feels.
func BenchmarkAppendSingle(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	var exp eventstore.ExpectedRevision = eventstore.NoStream{}
	lat := make([]time.Duration, 0, 1024)
	for b.Loop() {
		e := eventstore.EventData{ID: uuid.New(), Type: "QuestionAsked", Data: benchData}
		t0 := time.Now()
		res, err := s.Append(ctx, "bench-single", exp, e)
		lat = append(lat, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		exp = eventstore.Exact(res.NextExpectedRevision)
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))]) / float64(time.Millisecond)
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	reportEventsPerSec(b, len(lat))
}

const catchUpEvents = 1_000_000

var catchUpFixture = sync.OnceValues(func() (string, error) {
	path := filepath.Join(benchDir, "catchup.db")
	s, err := Open(path)
	if err != nil {
		return "", err
	}
	defer s.Close()
	// Large appends to 100 streams: the fixture takes seconds, not minutes.
	ctx := context.Background()
	const per = eventstore.MaxAppendEvents
	for i := range catchUpEvents / per {
		if _, err := s.Append(ctx, fmt.Sprintf("exam-%d", i%100), eventstore.Any{}, benchEvents(per)...); err != nil {
			return "", err
		}
	}
	return path, nil
})

// BenchmarkCatchUp: a subscription from the start over 1,000,000 stored
// events, until it reports caught up.
func BenchmarkCatchUp(b *testing.B) {
	path, err := catchUpFixture()
	if err != nil {
		b.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	total := 0
	for b.Loop() {
		sub, err := s.SubscribeAll(ctx, eventstore.SubscribeOptions{From: eventstore.Start})
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for m := range sub.Messages() {
			if m.CaughtUp {
				break
			}
			n++
		}
		sub.Close()
		if n != catchUpEvents {
			b.Fatalf("caught up after %d events, want %d (%v)", n, catchUpEvents, sub.Err())
		}
		total += n
	}
	reportEventsPerSec(b, total)
}

// BenchmarkReadStream: read one stream of 5,000 events.
func BenchmarkReadStream(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	const n = 5000
	for i := range n / eventstore.MaxAppendEvents {
		if _, err := s.Append(ctx, "bench-read", eventstore.Any{}, benchEvents(eventstore.MaxAppendEvents)...); err != nil {
			b.Fatal(err)
		}
		// Another stream interleaved, so the read is an index range, not the whole table.
		if _, err := s.Append(ctx, fmt.Sprintf("other-%d", i), eventstore.Any{}, benchEvents(eventstore.MaxAppendEvents)...); err != nil {
			b.Fatal(err)
		}
	}
	total := 0
	for b.Loop() {
		evs, err := s.ReadStream(ctx, "bench-read", eventstore.Forwards, 0, n)
		if err != nil || len(evs) != n {
			b.Fatalf("read %d events: %v", len(evs), err)
		}
		total += len(evs)
	}
	reportEventsPerSec(b, total)
}
