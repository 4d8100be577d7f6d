package eventstore

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/uuid"
)

func TestPrepareAppendRefusesBadInput(t *testing.T) {
	ok := EventData{Type: "Created", Data: []byte(`{}`)}
	with := func(f func(e *EventData)) []EventData {
		e := ok
		f(&e)
		return []EventData{e}
	}
	id := uuid.New()
	tests := []struct {
		name     string
		stream   string
		expected ExpectedRevision
		events   []EventData
		field    string
	}{
		{"an empty stream name is refused", "", Any{}, []EventData{ok}, "stream"},
		{"a stream name over the limit is refused", strings.Repeat("s", MaxStreamNameLen+1), Any{}, []EventData{ok}, "stream"},
		{"a stream name that is not UTF-8 is refused", "exam-\xff", Any{}, []EventData{ok}, "stream"},
		{"a system stream name is refused", "$all", Any{}, []EventData{ok}, "stream"},
		{"a stream name with a newline is refused", "exam-1\nx", Any{}, []EventData{ok}, "stream"},
		{"a nil expected revision is refused", "exam-1", nil, []EventData{ok}, "expected revision"},
		{"an append of no event is refused", "exam-1", Any{}, nil, "events"},
		{"an append over the event count limit is refused", "exam-1", Any{}, make([]EventData, MaxAppendEvents+1), "events"},
		{"an empty event type is refused", "exam-1", Any{}, with(func(e *EventData) { e.Type = "" }), "events[0].Type"},
		{"a system event type is refused", "exam-1", Any{}, with(func(e *EventData) { e.Type = "$metadata" }), "events[0].Type"},
		{"an event type over the limit is refused", "exam-1", Any{}, with(func(e *EventData) { e.Type = strings.Repeat("t", MaxEventTypeLen+1) }), "events[0].Type"},
		{"data over 1 MiB is refused", "exam-1", Any{}, with(func(e *EventData) {
			e.ContentType = ContentTypeBinary
			e.Data = make([]byte, MaxDataSize+1)
		}), "events[0].Data"},
		{"metadata over the limit is refused", "exam-1", Any{}, with(func(e *EventData) {
			e.ContentType = ContentTypeBinary
			e.Metadata = make([]byte, MaxMetadataSize+1)
		}), "events[0].Metadata"},
		{"data that is not JSON under the JSON content type is refused", "exam-1", Any{}, with(func(e *EventData) { e.Data = []byte(`{"a":`) }), "events[0].Data"},
		{"empty data under the JSON content type is refused", "exam-1", Any{}, with(func(e *EventData) { e.Data = nil }), "events[0].Data"},
		{"metadata that is not JSON under the JSON content type is refused", "exam-1", Any{}, with(func(e *EventData) { e.Metadata = []byte(`nope`) }), "events[0].Metadata"},
		{"an unknown content type is refused", "exam-1", Any{}, with(func(e *EventData) { e.ContentType = "text/plain" }), "events[0].ContentType"},
		{"two events with the same id are refused", "exam-1", Any{}, []EventData{
			{ID: id, Type: "A", Data: []byte(`1`)}, {ID: id, Type: "B", Data: []byte(`2`)},
		}, "events[1].ID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := PrepareAppend(tt.stream, tt.expected, tt.events)
			var inv *InvalidInputError
			if !errors.As(err, &inv) {
				t.Fatalf("got %v, want *InvalidInputError", err)
			}
			if !errors.Is(err, ErrInvalidInput) {
				t.Errorf("errors.Is(err, ErrInvalidInput) is false for %v", err)
			}
			if inv.Field != tt.field {
				t.Errorf("field = %q, want %q (%v)", inv.Field, tt.field, err)
			}
		})
	}
}

func TestPrepareAppendAcceptsValidInput(t *testing.T) {
	tests := []struct {
		name   string
		stream string
		events []EventData
	}{
		{"a stream name at the limit is accepted", strings.Repeat("s", MaxStreamNameLen), []EventData{{Type: "A", Data: []byte(`{}`)}}},
		{"data of exactly 1 MiB is accepted", "exam-1", []EventData{{Type: "A", ContentType: ContentTypeBinary, Data: make([]byte, MaxDataSize)}}},
		{"binary data is not parsed as JSON", "exam-1", []EventData{{Type: "A", ContentType: ContentTypeBinary, Data: []byte{0xff, 0}}}},
		{"JSON data with JSON metadata is accepted", "exam-1", []EventData{{Type: "A", Data: []byte(`[1,2]`), Metadata: []byte(`{"actor":"u1"}`)}}},
		{"the event count limit is accepted", "exam-1", func() []EventData {
			es := make([]EventData, MaxAppendEvents)
			for i := range es {
				es[i] = EventData{Type: "A", Data: []byte(`1`)}
			}
			return es
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := PrepareAppend(tt.stream, Any{}, tt.events); err != nil {
				t.Fatalf("got %v, want nil", err)
			}
		})
	}
}

func TestPrepareAppendFillsDefaultsWithoutTouchingTheCallersEvents(t *testing.T) {
	in := []EventData{{Type: "A", Data: []byte(`{}`)}}
	out, err := PrepareAppend("exam-1", NoStream{}, in)
	if err != nil {
		t.Fatal(err)
	}
	if out[0].ID == (uuid.UUID{}) {
		t.Error("a zero id was not replaced")
	}
	if out[0].ContentType != ContentTypeJSON {
		t.Errorf("content type = %q, want %q", out[0].ContentType, ContentTypeJSON)
	}
	if in[0].ID != (uuid.UUID{}) || in[0].ContentType != "" {
		t.Error("the caller's slice was modified")
	}
}

func TestValidateCount(t *testing.T) {
	for _, n := range []int{0, -1} {
		if err := ValidateCount(n); !errors.Is(err, ErrInvalidInput) {
			t.Errorf("ValidateCount(%d) = %v, want ErrInvalidInput", n, err)
		}
	}
	if err := ValidateCount(1); err != nil {
		t.Errorf("ValidateCount(1) = %v", err)
	}
}

func FuzzPrepareAppendNeverAcceptsInvalidJSON(f *testing.F) {
	f.Add("exam-1", "Created", []byte(`{"a":1}`))
	f.Add("", "", []byte(`{`))
	f.Fuzz(func(t *testing.T, stream, typ string, data []byte) {
		out, err := PrepareAppend(stream, Any{}, []EventData{{Type: typ, Data: data}})
		if err != nil {
			if !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if ValidateStreamName(stream) != nil || typ == "" || len(out) != 1 {
			t.Fatalf("accepted stream %q type %q", stream, typ)
		}
		if !json.Valid(data) {
			t.Fatalf("accepted invalid JSON %q", data)
		}
	})
}
