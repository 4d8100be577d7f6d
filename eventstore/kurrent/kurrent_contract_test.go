package kurrent

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"cellule/eventstore"
	"cellule/eventstore/storetest"

	"github.com/google/uuid"
)

// serverURL returns the server the tests in this file run against, or
// skips them: there is no KurrentDB server in a plain `make test`, and
// the adapter is never tested against a fake one.
func serverURL(t *testing.T) string {
	t.Helper()
	url := os.Getenv("CELLULE_ESDB_URL")
	if url == "" {
		t.Skip("CELLULE_ESDB_URL not set: start a KurrentDB server (see docs/KURRENTDB.md) to run the contract suite against it")
	}
	return url
}

func openTestStore(t *testing.T, url, prefix string) *Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s, err := Open(ctx, url, WithStreamPrefix(prefix))
	if err != nil {
		t.Fatal(err) // names the server, without its password
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// TestContract runs the shared contract suite against the server named by
// CELLULE_ESDB_URL. The server may hold anything already, and keeps what
// the suite writes: each store gets its own stream prefix (this run's id
// and a counter), so it sees only its own streams in reads, ReadAll and
// subscriptions, and the suite's own per-test prefixes add a second fence.
func TestContract(t *testing.T) {
	url := serverURL(t)
	run := uuid.NewString()[:8]
	var n atomic.Int64
	storetest.Run(t, func(t *testing.T) eventstore.Store {
		return openTestStore(t, url, fmt.Sprintf("ct%s-%d-", run, n.Add(1)))
	})
}

// TestStreamPrefixIsolatesStores: two stores with different prefixes on
// one server use the same stream name without seeing each other.
func TestStreamPrefixIsolatesStores(t *testing.T) {
	url := serverURL(t)
	run := uuid.NewString()[:8]
	a := openTestStore(t, url, "iso"+run+"-a-")
	b := openTestStore(t, url, "iso"+run+"-b-")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	data := eventstore.EventData{Type: "ExamOpened", Data: []byte(`{}`)}
	ra, err := a.Append(ctx, "exam-1", eventstore.NoStream{}, data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Append(ctx, "exam-1", eventstore.NoStream{}, data, data); err != nil {
		t.Fatalf("the same stream name in another prefix: %v", err)
	}
	got, err := a.ReadStream(ctx, "exam-1", eventstore.Forwards, 0, 10)
	if err != nil || len(got) != 1 || got[0].StreamID != "exam-1" {
		t.Fatalf("a reads %+v, %v; want its one event of exam-1", got, err)
	}
	all, err := a.ReadAll(ctx, ra.Position-1, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || all[0].Position != ra.Position {
		t.Errorf("a's ReadAll gives %d events, want only its own", len(all))
	}
	if _, err := a.ReadStream(ctx, "exam-2", eventstore.Forwards, 0, 1); !errors.Is(err, eventstore.ErrStreamNotFound) {
		t.Errorf("missing stream: %v", err)
	}
}
