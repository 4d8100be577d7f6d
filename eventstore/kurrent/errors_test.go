package kurrent

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"testing"

	"cellule/eventstore"

	"github.com/kurrent-io/KurrentDB-Client-Go/kurrentdb"
)

func TestStreamStateMapsEachExpectedRevision(t *testing.T) {
	tests := []struct {
		name     string
		expected eventstore.ExpectedRevision
		want     kurrentdb.StreamState
	}{
		{"any", eventstore.Any{}, kurrentdb.Any{}},
		{"no stream", eventstore.NoStream{}, kurrentdb.NoStream{}},
		{"stream exists", eventstore.StreamExists{}, kurrentdb.StreamExists{}},
		{"exact 0, the first event", eventstore.Exact(0), kurrentdb.StreamRevision{Value: 0}},
		{"exact 41", eventstore.Exact(41), kurrentdb.StreamRevision{Value: 41}},
		{"largest exact", eventstore.Exact(math.MaxInt64), kurrentdb.StreamRevision{Value: math.MaxInt64}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := streamState(tt.expected)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("streamState(%#v) = %#v, want %#v", tt.expected, got, tt.want)
			}
		})
	}
}

func TestStreamStateRefusesWhatTheClientWouldMisread(t *testing.T) {
	tests := []struct {
		name     string
		expected eventstore.ExpectedRevision
	}{
		// The client sends int64: these would arrive as -1 (NoStream),
		// -2 (Any) and -4 (StreamExists).
		{"exact 2^64-1", eventstore.Exact(math.MaxUint64)},
		{"exact 2^64-2", eventstore.Exact(math.MaxUint64 - 1)},
		{"exact 2^64-4", eventstore.Exact(math.MaxUint64 - 3)},
		{"exact 2^63", eventstore.Exact(1 << 63)},
		{"pointer to exact", ptr(eventstore.Exact(3))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := streamState(tt.expected)
			if !errors.Is(err, eventstore.ErrInvalidInput) {
				t.Fatalf("streamState(%v) = %v, want an invalid input error", tt.expected, err)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestActualRevisionReadsTheServersAnswer(t *testing.T) {
	tests := []struct {
		name   string
		err    error
		actual int64
		ok     bool
	}{
		{"revision in the v1 message", fmt.Errorf("append: %w", errors.New("wrong expected version: expecting '3' but got '5'")), 5, true},
		{"no stream in the v1 message", errors.New("wrong expected version: expecting '0' but got 'no_stream'"), eventstore.RevisionNoStream, true},
		{"expected any", errors.New("wrong expected version: expecting 'any' but got '12'"), 12, true},
		{"rich conflict, revision", fmt.Errorf("x: %w", &kurrentdb.StreamRevisionConflictError{Stream: "s", ExpectedRevision: kurrentdb.StreamRevision{Value: 1}, ActualRevision: kurrentdb.StreamRevision{Value: 7}}), 7, true},
		{"rich conflict, no stream", &kurrentdb.StreamRevisionConflictError{Stream: "s", ExpectedRevision: kurrentdb.StreamExists{}, ActualRevision: kurrentdb.NoStream{}}, eventstore.RevisionNoStream, true},
		{"rich conflict, symbolic actual", &kurrentdb.StreamRevisionConflictError{Stream: "s", ActualRevision: kurrentdb.Any{}}, 0, false},
		{"message without the actual revision", errors.New("wrong expected version"), 0, false},
		{"negative number", errors.New("expecting '1' but got '-7'"), 0, false},
		{"not a number", errors.New("expecting '1' but got 'many'"), 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			actual, ok := actualRevision(tt.err)
			if actual != tt.actual || ok != tt.ok {
				t.Errorf("actualRevision(%v) = %d, %v; want %d, %v", tt.err, actual, ok, tt.actual, tt.ok)
			}
		})
	}
}

func TestClassifyConflictTellsPartialRetriesFromConflicts(t *testing.T) {
	tests := []struct {
		name     string
		expected eventstore.ExpectedRevision
		actual   int64
		known    bool
		matched  int
		total    int
		want     conflictOutcome
	}{
		{"exact, other events at those revisions", eventstore.Exact(4), 6, true, 0, 2, outcomeWrongRevision},
		{"exact, stream shorter than expected", eventstore.Exact(4), 2, true, 0, 2, outcomeWrongRevision},
		{"exact, first of two ids already there", eventstore.Exact(4), 5, true, 1, 2, outcomePartialRetry},
		{"exact, only the second id there", eventstore.Exact(4), 6, true, 1, 3, outcomePartialRetry},
		{"exact, all ids there (a raced retry)", eventstore.Exact(4), 6, true, 2, 2, outcomeAlreadyWritten},
		{"no stream, stream exists with other events", eventstore.NoStream{}, 0, true, 0, 1, outcomeWrongRevision},
		{"no stream, retry that adds an event", eventstore.NoStream{}, 1, true, 2, 3, outcomePartialRetry},
		{"stream exists, stream missing", eventstore.StreamExists{}, eventstore.RevisionNoStream, true, 0, 1, outcomeWrongRevision},
		{"stream exists, stream present: only a partial retry is refused", eventstore.StreamExists{}, 3, true, 0, 1, outcomePartialRetry},
		{"stream exists, actual unknown", eventstore.StreamExists{}, 0, false, 0, 1, outcomePartialRetry},
		{"any: only a partial retry is refused", eventstore.Any{}, 9, true, 0, 2, outcomePartialRetry},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := classifyConflict(tt.expected, tt.actual, tt.known, tt.matched, tt.total); got != tt.want {
				t.Errorf("classifyConflict = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestFirstRevision(t *testing.T) {
	tests := []struct {
		expected eventstore.ExpectedRevision
		want     uint64
		ok       bool
	}{
		{eventstore.NoStream{}, 0, true},
		{eventstore.Exact(0), 1, true},
		{eventstore.Exact(9), 10, true},
		{eventstore.Any{}, 0, false},
		{eventstore.StreamExists{}, 0, false},
	}
	for _, tt := range tests {
		got, ok := firstRevision(tt.expected)
		if got != tt.want || ok != tt.ok {
			t.Errorf("firstRevision(%#v) = %d, %v; want %d, %v", tt.expected, got, ok, tt.want, tt.ok)
		}
	}
}
