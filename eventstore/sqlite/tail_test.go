package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"cellule/eventstore"
)

// The in-memory tail answers reads near the head exactly as the database
// would — same events, same fields — across the ring's wrap-around and the
// boundary with older events, and it holds copies: a caller reusing its
// buffers after Append does not change what is read.
func TestTailReadsAsTheDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	ctx := context.Background()
	buf := []byte(`{"n":0}`)
	appendSome := func(stream string, n int) {
		t.Helper()
		evs := make([]eventstore.EventData, n)
		for i := range evs {
			evs[i] = eventstore.EventData{Type: "Noted", Data: buf}
			switch i % 3 {
			case 1:
				evs[i].Metadata = []byte(`{"actor":"u1"}`)
			case 2:
				evs[i] = eventstore.EventData{Type: "Blob", ContentType: eventstore.ContentTypeBinary, Data: []byte{}}
			}
		}
		if _, err := s.Append(ctx, stream, eventstore.Any{}, evs...); err != nil {
			t.Fatal(err)
		}
		buf[5] = '0' + (buf[5]-'0'+1)%10 // the caller reuses its buffer after the append
	}
	// More than the ring holds, in appends of varied sizes and streams.
	for i := 0; s.committed.Load() < tailSize+700; i++ {
		appendSome(fmt.Sprintf("exam-%d", i%7), 1+i%9)
	}
	head := s.committed.Load()
	check := func(name string, from uint64, count int, wantTail bool) {
		t.Helper()
		_, fromTail := s.tail.read(from, count, head)
		if fromTail != wantTail {
			t.Errorf("%s: read after %d answered by the tail = %v, want %v", name, from, fromTail, wantTail)
		}
		got, err := s.readAll(ctx, from, count)
		if err != nil {
			t.Fatal(err)
		}
		want, err := s.readAllStored(ctx, from, count)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d events after %d, the database has %d", name, len(got), from, len(want))
		}
		for i := range want {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("%s: event %d after %d\n tail %#v\n   db %#v", name, i, from, got[i], want[i])
			}
		}
	}
	lo := head - tailSize + 1
	check("oldest held", lo-1, 100, true)
	check("one before the ring", lo-2, 100, false)
	check("from the start", 0, 512, false)
	check("middle", head-1000, 512, true)
	check("last one", head-1, 10, true)
	check("nothing after the head", head, 10, true)
	check("past the head (another process's events)", head+3, 10, false)
	check("across the whole ring", lo-1, tailSize, true)

	// Reopened, the tail is empty: reads go to the database until the
	// first commit, then the tail answers from that commit on only.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	check("after reopen", head-10, 10, false)
	appendSome("exam-x", 5)
	head = s.committed.Load()
	check("new commit after reopen", head-5, 10, true)
	check("before the reopen", head-6, 10, false)
}
