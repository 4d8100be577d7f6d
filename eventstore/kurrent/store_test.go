package kurrent

import (
	"context"
	"errors"
	"net"
	"runtime"
	"strings"
	"testing"
	"time"

	"cellule/eventstore"

	"github.com/google/uuid"
	"github.com/kurrent-io/KurrentDB-Client-Go/kurrentdb"
)

func TestOpenRefusesBadSettings(t *testing.T) {
	tests := []struct {
		name string
		url  string
		opts []Option
	}{
		{"not a connection string", "./data", nil},
		{"stream prefix reserved for the system", "esdb://localhost:2113?tls=false", []Option{WithStreamPrefix("$ce-")}},
		{"stream prefix with a control character", "esdb://localhost:2113?tls=false", []Option{WithStreamPrefix("run\n1-")}},
		{"slow reader timeout of zero", "esdb://localhost:2113?tls=false", []Option{WithSlowReaderTimeout(0)}},
		{"negative retries", "esdb://localhost:2113?tls=false", []Option{WithResubscribeRetries(-1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(context.Background(), tt.url, tt.opts...)
			if !errors.Is(err, eventstore.ErrInvalidInput) {
				t.Fatalf("Open = %v, %v; want an invalid input error", s, err)
			}
		})
	}
}

// TestOpenReportsAnUnreachableServer points Open at a loopback port where
// nothing listens: it must fail within the context's deadline, say why
// without showing the password, and leave no goroutine behind.
func TestOpenReportsAnUnreachableServer(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // now nothing listens there

	before := runtime.NumGoroutine()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := Open(ctx, "esdb://admin:hunter2@"+addr+"?tls=false")
	if err == nil {
		s.Close()
		t.Fatal("Open succeeded with no server")
	}
	if strings.Contains(err.Error(), "hunter2") {
		t.Errorf("error shows the password: %v", err)
	}
	if !strings.Contains(err.Error(), addr) {
		t.Errorf("error %q does not name the server", err)
	}
	waitGoroutines(t, before)
}

// waitGoroutines waits until the number of goroutines is back to n: the
// runtime, the test framework and gRPC end theirs asynchronously.
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines, want at most %d:\n%s", runtime.NumGoroutine(), n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestVisibleHidesSystemAndForeignEvents(t *testing.T) {
	id := uuid.MustParse("0b6d1a1e-4f6b-4c55-8f4e-3f0c2f9a7b10")
	created := time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)
	ev := func(stream, typ string) *kurrentdb.RecordedEvent {
		return &kurrentdb.RecordedEvent{EventID: id, EventType: typ, ContentType: eventstore.ContentTypeJSON,
			StreamID: stream, EventNumber: 3, CreatedDate: created, Data: []byte(`{"a":1}`), UserMetadata: []byte{}}
	}
	tests := []struct {
		name    string
		prefix  string
		event   *kurrentdb.RecordedEvent
		visible bool
		stream  string
	}{
		{"user event", "", ev("exam-1", "ExamOpened"), true, "exam-1"},
		{"metadata of a stream", "", ev("$$exam-1", "$metadata"), false, ""},
		{"projection link", "", ev("$ce-exam", "$>"), false, ""},
		{"statistics", "", ev("$stats-127.0.0.1:2113", "$statsCollected"), false, ""},
		{"tombstone in a user stream", "", ev("exam-1", "$streamDeleted"), false, ""},
		{"own prefix, stripped", "run7-", ev("run7-exam-1", "ExamOpened"), true, "exam-1"},
		{"other prefix", "run7-", ev("run8-exam-1", "ExamOpened"), false, ""},
		{"no prefix", "run7-", ev("exam-1", "ExamOpened"), false, ""},
		{"no event", "", nil, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &Store{cfg: settings{prefix: tt.prefix}}
			rec, ok := s.visible(tt.event, 42)
			if ok != tt.visible {
				t.Fatalf("visible = %v, want %v", ok, tt.visible)
			}
			if !ok {
				return
			}
			want := eventstore.RecordedEvent{StreamID: tt.stream, Revision: 3, Position: 42, ID: id, Type: "ExamOpened",
				ContentType: eventstore.ContentTypeJSON, Data: []byte(`{"a":1}`), Created: created}
			if rec.StreamID != want.StreamID || rec.Revision != want.Revision || rec.Position != want.Position ||
				rec.ID != want.ID || rec.Type != want.Type || rec.ContentType != want.ContentType ||
				string(rec.Data) != string(want.Data) || rec.Metadata != nil || !rec.Created.Equal(want.Created) {
				t.Errorf("visible gave %+v, want %+v", rec, want)
			}
		})
	}
}

func TestPositionIsTheCommitPosition(t *testing.T) {
	commit := uint64(9000)
	unknown := noPosition
	tests := []struct {
		name string
		r    *kurrentdb.ResolvedEvent
		want uint64
	}{
		{"from $all", &kurrentdb.ResolvedEvent{Event: &kurrentdb.RecordedEvent{Position: kurrentdb.Position{Commit: 1234, Prepare: 1234}}, Commit: &commit}, 1234},
		{"only the read's commit", &kurrentdb.ResolvedEvent{Event: &kurrentdb.RecordedEvent{Position: kurrentdb.Position{Commit: noPosition, Prepare: noPosition}}, Commit: &commit}, 9000},
		{"stream read on a server before 22.6", &kurrentdb.ResolvedEvent{Event: &kurrentdb.RecordedEvent{Position: kurrentdb.Position{Commit: noPosition, Prepare: noPosition}}, Commit: &unknown}, 0},
		{"link: the link's position", &kurrentdb.ResolvedEvent{Link: &kurrentdb.RecordedEvent{Position: kurrentdb.Position{Commit: 77, Prepare: 77}}, Event: &kurrentdb.RecordedEvent{Position: kurrentdb.Position{Commit: 5, Prepare: 5}}}, 77},
	}
	for _, tt := range tests {
		if got := position(tt.r); got != tt.want {
			t.Errorf("%s: position = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestServerFilter(t *testing.T) {
	tests := []struct {
		name     string
		prefix   string
		filter   eventstore.Filter
		typ      kurrentdb.FilterType
		prefixes []string
		regex    string
	}{
		{"nothing: exclude system event types", "", eventstore.Filter{}, kurrentdb.EventFilterType, nil, `^[^\$].*`},
		{"stream prefixes", "", eventstore.Filter{StreamPrefixes: []string{"exam-", "attempt-"}}, kurrentdb.StreamFilterType, []string{"exam-", "attempt-"}, ""},
		{"stream prefixes under the store's prefix", "run1-", eventstore.Filter{StreamPrefixes: []string{"exam-"}}, kurrentdb.StreamFilterType, []string{"run1-exam-"}, ""},
		{"stream prefixes win over event types", "", eventstore.Filter{StreamPrefixes: []string{"exam-"}, EventTypes: []string{"ExamOpened"}}, kurrentdb.StreamFilterType, []string{"exam-"}, ""},
		{"event types as prefixes", "", eventstore.Filter{EventTypes: []string{"ExamOpened", "ExamClosed"}}, kurrentdb.EventFilterType, []string{"ExamOpened", "ExamClosed"}, ""},
		{"store prefix wins over event types", "run1-", eventstore.Filter{EventTypes: []string{"ExamOpened"}}, kurrentdb.StreamFilterType, []string{"run1-"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := serverFilter(tt.prefix, tt.filter)
			if f.Type != tt.typ || strings.Join(f.Prefixes, ",") != strings.Join(tt.prefixes, ",") || f.Regex != tt.regex {
				t.Errorf("serverFilter = %+v, want type %d, prefixes %v, regex %q", f, tt.typ, tt.prefixes, tt.regex)
			}
		})
	}
}

func TestBackoffGrowsToFiveSecondsWithJitter(t *testing.T) {
	tests := []struct {
		attempt int
		base    time.Duration
	}{
		{1, 100 * time.Millisecond}, {2, 200 * time.Millisecond}, {3, 400 * time.Millisecond},
		{6, 3200 * time.Millisecond}, {7, 5 * time.Second}, {50, 5 * time.Second},
	}
	for _, tt := range tests {
		for range 20 {
			d := backoff(tt.attempt)
			lo, hi := tt.base*8/10, tt.base*12/10
			if d < lo || d > hi {
				t.Fatalf("backoff(%d) = %v, want within [%v, %v]", tt.attempt, d, lo, hi)
			}
		}
	}
}

func TestClosedStoreRefusesEverything(t *testing.T) {
	s := &Store{closed: true}
	ctx := context.Background()
	if _, err := s.Append(ctx, "exam-1", eventstore.Any{}, eventstore.EventData{Type: "T", Data: []byte(`{}`)}); !errors.Is(err, eventstore.ErrClosed) {
		t.Errorf("Append: %v", err)
	}
	if _, err := s.ReadStream(ctx, "exam-1", eventstore.Forwards, 0, 10); !errors.Is(err, eventstore.ErrClosed) {
		t.Errorf("ReadStream: %v", err)
	}
	if _, err := s.ReadAll(ctx, 0, 10); !errors.Is(err, eventstore.ErrClosed) {
		t.Errorf("ReadAll: %v", err)
	}
	if _, err := s.SubscribeAll(ctx, eventstore.SubscribeOptions{}); !errors.Is(err, eventstore.ErrClosed) {
		t.Errorf("SubscribeAll: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// TestBadInputIsRefusedBeforeReachingTheServer uses a Store without a
// client: any call that got past validation would panic on it.
func TestBadInputIsRefusedBeforeReachingTheServer(t *testing.T) {
	s := &Store{subs: map[*subscription]struct{}{}}
	ctx := context.Background()
	ok := eventstore.EventData{Type: "ExamOpened", Data: []byte(`{"v":1}`)}
	tests := []struct {
		name string
		call func() error
	}{
		{"append to an empty stream name", func() error { _, err := s.Append(ctx, "", eventstore.Any{}, ok); return err }},
		{"append to a system stream", func() error { _, err := s.Append(ctx, "$all", eventstore.Any{}, ok); return err }},
		{"append with a nil expected revision", func() error { _, err := s.Append(ctx, "exam-1", nil, ok); return err }},
		{"append at a revision the client would wrap", func() error { _, err := s.Append(ctx, "exam-1", eventstore.Exact(1<<63), ok); return err }},
		{"append of no event", func() error { _, err := s.Append(ctx, "exam-1", eventstore.Any{}); return err }},
		{"append of invalid JSON", func() error {
			_, err := s.Append(ctx, "exam-1", eventstore.Any{}, eventstore.EventData{Type: "T", Data: []byte(`{`)})
			return err
		}},
		{"read with a count of 0", func() error { _, err := s.ReadStream(ctx, "exam-1", eventstore.Forwards, 0, 0); return err }},
		{"read in no direction", func() error { _, err := s.ReadStream(ctx, "exam-1", eventstore.Direction(7), 0, 1); return err }},
		{"read an over-long stream name", func() error {
			_, err := s.ReadStream(ctx, strings.Repeat("x", eventstore.MaxStreamNameLen+1), eventstore.Forwards, 0, 1)
			return err
		}},
		{"read all with a negative count", func() error { _, err := s.ReadAll(ctx, 0, -1); return err }},
		{"subscribe with a negative buffer", func() error {
			_, err := s.SubscribeAll(ctx, eventstore.SubscribeOptions{Buffer: -1})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.call(); !errors.Is(err, eventstore.ErrInvalidInput) {
				t.Fatalf("got %v, want an invalid input error", err)
			}
		})
	}
}
