package eventstore

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
)

// ValidateStreamName checks a stream name against the port's rules: not
// empty, at most MaxStreamNameLen bytes, valid UTF-8 without control
// characters, and not starting with '$' (EventStoreDB reserves those names
// for its system streams, so refusing them here keeps both stores alike).
func ValidateStreamName(stream string) error {
	switch {
	case stream == "":
		return &InvalidInputError{Field: "stream", Reason: "empty"}
	case len(stream) > MaxStreamNameLen:
		return &InvalidInputError{Field: "stream", Reason: fmt.Sprintf("%d bytes, longer than the limit of %d", len(stream), MaxStreamNameLen)}
	case !utf8.ValidString(stream):
		return &InvalidInputError{Field: "stream", Reason: "not valid UTF-8"}
	case strings.HasPrefix(stream, "$"):
		return &InvalidInputError{Field: "stream", Reason: "names starting with '$' are reserved for system streams"}
	case hasControl(stream):
		return &InvalidInputError{Field: "stream", Reason: "contains a control character"}
	}
	return nil
}

// ValidateCount checks the count of a read: at least 1.
func ValidateCount(count int) error {
	if count < 1 {
		return &InvalidInputError{Field: "count", Reason: fmt.Sprintf("%d, must be at least 1", count)}
	}
	return nil
}

// PrepareAppend validates an append and returns the events as they will be
// stored: a zero ID replaced by a random one, an empty content type replaced
// by ContentTypeJSON. The caller's slice is not modified. Every Store calls it
// first, so both stores refuse exactly the same input with the same
// *InvalidInputError, before anything is written.
func PrepareAppend(stream string, expected ExpectedRevision, events []EventData) ([]EventData, error) {
	if err := ValidateStreamName(stream); err != nil {
		return nil, err
	}
	if expected == nil {
		return nil, &InvalidInputError{Field: "expected revision", Reason: "nil; use Any, NoStream, StreamExists or Exact"}
	}
	if len(events) == 0 {
		return nil, &InvalidInputError{Field: "events", Reason: "none to append"}
	}
	if len(events) > MaxAppendEvents {
		return nil, &InvalidInputError{Field: "events", Reason: fmt.Sprintf("%d in one append, more than the limit of %d", len(events), MaxAppendEvents)}
	}
	out := make([]EventData, len(events))
	seen := make(map[uuid.UUID]int, len(events))
	for i, e := range events {
		if e.ID == (uuid.UUID{}) {
			e.ID = uuid.New()
		}
		if j, dup := seen[e.ID]; dup {
			return nil, &InvalidInputError{Field: fmt.Sprintf("events[%d].ID", i), Reason: fmt.Sprintf("same id as events[%d]", j)}
		}
		seen[e.ID] = i
		if e.ContentType == "" {
			e.ContentType = ContentTypeJSON
		}
		if err := validateEvent(i, &e); err != nil {
			return nil, err
		}
		out[i] = e
	}
	return out, nil
}

func validateEvent(i int, e *EventData) error {
	field := func(name string) string { return fmt.Sprintf("events[%d].%s", i, name) }
	switch {
	case e.Type == "":
		return &InvalidInputError{Field: field("Type"), Reason: "empty"}
	case len(e.Type) > MaxEventTypeLen:
		return &InvalidInputError{Field: field("Type"), Reason: fmt.Sprintf("%d bytes, longer than the limit of %d", len(e.Type), MaxEventTypeLen)}
	case !utf8.ValidString(e.Type) || hasControl(e.Type):
		return &InvalidInputError{Field: field("Type"), Reason: "not printable UTF-8"}
	case strings.HasPrefix(e.Type, "$"):
		// EventStoreDB hides $-types as system events: such an event would be
		// read back by the embedded store and not by KurrentDB.
		return &InvalidInputError{Field: field("Type"), Reason: "types starting with '$' are reserved for system events"}
	case e.ContentType != ContentTypeJSON && e.ContentType != ContentTypeBinary:
		// EventStoreDB knows only these two; anything else could not
		// round-trip through the other store.
		return &InvalidInputError{Field: field("ContentType"), Reason: fmt.Sprintf("%q, must be %q or %q", e.ContentType, ContentTypeJSON, ContentTypeBinary)}
	case len(e.Data) > MaxDataSize:
		return &InvalidInputError{Field: field("Data"), Reason: fmt.Sprintf("%d bytes, more than the limit of %d", len(e.Data), MaxDataSize)}
	case len(e.Metadata) > MaxMetadataSize:
		return &InvalidInputError{Field: field("Metadata"), Reason: fmt.Sprintf("%d bytes, more than the limit of %d", len(e.Metadata), MaxMetadataSize)}
	}
	if e.ContentType == ContentTypeJSON {
		if !json.Valid(e.Data) {
			return &InvalidInputError{Field: field("Data"), Reason: "not valid JSON, but the content type is " + ContentTypeJSON}
		}
		if len(e.Metadata) > 0 && !json.Valid(e.Metadata) {
			return &InvalidInputError{Field: field("Metadata"), Reason: "not valid JSON, but the content type is " + ContentTypeJSON}
		}
	}
	return nil
}

func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return true
		}
	}
	return false
}
