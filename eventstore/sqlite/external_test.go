package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"cellule/eventstore"
)

// Another process writing the same file — `cellule user add` while the
// server runs — is noticed: the server's appends succeed at once (its
// writer reloads its last position and stream heads instead of failing a
// commit on them), and its subscriptions deliver the other's events even
// if the server itself writes nothing.
func TestAnotherProcessWritingTheFileIsNoticed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.db")
	server, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer server.Close()
	ctx := context.Background()
	data := eventstore.EventData{Type: "Noted", Data: []byte(`{}`)}
	if _, err := server.Append(ctx, "user-1", eventstore.NoStream{}, data); err != nil {
		t.Fatal(err)
	}
	sub, err := server.SubscribeAll(ctx, eventstore.SubscribeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	next := func() *eventstore.RecordedEvent {
		t.Helper()
		for {
			select {
			case m := <-sub.Messages():
				if m.Event != nil {
					return m.Event
				}
			case <-time.After(3 * externalPollInterval):
				t.Fatal("the subscription did not deliver the other process's event")
			}
		}
	}
	if e := next(); e.StreamID != "user-1" {
		t.Fatalf("first event %+v", e)
	}

	// The other process: its own connections, its own writer.
	other, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.Append(ctx, "user-2", eventstore.NoStream{}, data); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Append(ctx, "user-1", eventstore.Exact(0), data); err != nil {
		t.Fatal(err)
	}
	if err := other.Close(); err != nil {
		t.Fatal(err)
	}

	if e := next(); e.StreamID != "user-2" || e.Position != 2 {
		t.Fatalf("delivered %s@%d, want user-2@2", e.StreamID, e.Position)
	}
	if e := next(); e.StreamID != "user-1" || e.Revision != 1 {
		t.Fatalf("delivered %s rev %d, want user-1 rev 1", e.StreamID, e.Revision)
	}
	// The server's writer had position 1 and user-1 at revision 0 in its
	// caches: a new stream must land after the other's events, and user-1
	// is refused for its expected revision, not for a constraint.
	res, err := server.Append(ctx, "exam-1", eventstore.NoStream{}, data)
	if err != nil {
		t.Fatalf("append after the other process wrote: %v", err)
	}
	if res.Position != 4 {
		t.Fatalf("appended at position %d, want 4", res.Position)
	}
	if _, err := server.Append(ctx, "user-1", eventstore.Exact(0), data); !isWrongRevision(err) {
		t.Fatalf("stale expected revision: %v, want a wrong-expected-revision refusal", err)
	}
	if _, err := server.Append(ctx, "user-1", eventstore.Exact(1), data); err != nil {
		t.Fatal(err)
	}
	if e := next(); e.StreamID != "exam-1" {
		t.Fatalf("delivered %s, want exam-1", e.StreamID)
	}
}

func isWrongRevision(err error) bool {
	var w *eventstore.WrongExpectedRevisionError
	return errors.As(err, &w)
}
