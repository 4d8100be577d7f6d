package domain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
)

// Event data is a JSON object: the event's fields plus "v", the schema
// version of that event type. Every type is at version 1 today. When a type
// must change incompatibly, bump its version in the registry and teach
// DecodeEvent to upcast the older versions, so stored streams stay readable.
const versionKey = "v"

// registration knows how to decode one event type.
type registration struct {
	version int
	prefix  []byte // `{"v":<version>,`
	decode  func([]byte) (Event, error)
}

func reg[T Event]() (string, registration) {
	var zero T
	return zero.EventType(), registration{
		version: 1,
		prefix:  []byte(`{"v":1,`),
		decode: func(data []byte) (Event, error) {
			var v T
			if err := json.Unmarshal(data, &v); err != nil {
				return nil, err
			}
			return v, nil
		},
	}
}

var registry = func() map[string]registration {
	m := map[string]registration{}
	add := func(name string, r registration) {
		if _, dup := m[name]; dup {
			panic("domain: event type registered twice: " + name)
		}
		m[name] = r
	}
	// exam
	add(reg[ExamScheduled]())
	add(reg[CandidateEnrolled]())
	add(reg[AccommodationGranted]())
	add(reg[JuryAssigned]())
	add(reg[JuryUnassigned]())
	add(reg[ScheduleAdjusted]())
	// attempt
	add(reg[AttemptOpened]())
	add(reg[AttemptScheduleChanged]())
	add(reg[AttemptExtraTimeChanged]())
	add(reg[J2OpenedEarly]())
	add(reg[QuestionAsked]())
	add(reg[AgentAnswered]())
	add(reg[AgentAnswerFailed]())
	add(reg[EvidencePinned]())
	add(reg[EvidenceUnpinned]())
	add(reg[KpiRowAdded]())
	add(reg[KpiRowChanged]())
	add(reg[KpiRowRemoved]())
	add(reg[CauseAdded]())
	add(reg[CauseEdited]())
	add(reg[CauseRemoved]())
	add(reg[CausesReordered]())
	add(reg[CauseEvidenceLinked]())
	add(reg[CauseEvidenceUnlinked]())
	add(reg[ConclusionWritten]())
	add(reg[ConclusionRemoved]())
	add(reg[ConceptFieldEdited]())
	add(reg[MilestoneAdded]())
	add(reg[MilestoneEdited]())
	add(reg[MilestoneRemoved]())
	add(reg[BudgetLineAdded]())
	add(reg[BudgetLineEdited]())
	add(reg[BudgetLineRemoved]())
	add(reg[CommunicationSupportEdited]())
	add(reg[J1J2LinkSet]())
	add(reg[OralPrepNoteEdited]())
	add(reg[ReportSubmitted]())
	// evaluation
	add(reg[EvaluationOpened]())
	add(reg[OralStarted]())
	add(reg[TimerStarted]())
	add(reg[TimerPaused]())
	add(reg[JuryNoteWritten]())
	add(reg[EventBookmarked]())
	add(reg[CompetencyAssessed]())
	add(reg[EvaluationFinalised]())
	// account
	add(reg[UserRegistered]())
	add(reg[PasswordChanged]())
	add(reg[AccessCodeIssued]())
	add(reg[UserDisabled]())
	add(reg[SessionStarted]())
	add(reg[SessionEnded]())
	return m
}()

// EventTypes lists every registered event type, sorted.
func EventTypes() []string {
	out := make([]string, 0, len(registry))
	for name := range registry {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// ErrUnknownEventType: DecodeEvent met a type this build does not know.
// Projections skip such events (written by a newer build or another tool)
// rather than fail.
var ErrUnknownEventType = errors.New("domain: unknown event type")

// EncodeEvent returns the stored form of e: its type name and its JSON data
// with the schema version.
func EncodeEvent(e Event) (string, []byte, error) {
	if e == nil {
		return "", nil, errors.New("domain: encode nil event")
	}
	name := e.EventType()
	r, ok := registry[name]
	if !ok {
		return "", nil, fmt.Errorf("%w: %q", ErrUnknownEventType, name)
	}
	body, err := json.Marshal(e)
	if err != nil {
		return "", nil, fmt.Errorf("domain: encode %s: %w", name, err)
	}
	if len(body) < 2 || body[0] != '{' {
		return "", nil, fmt.Errorf("domain: encode %s: not a JSON object", name)
	}
	// Splice the version in front of the fields: {"v":1,...}.
	var b bytes.Buffer
	b.Grow(len(body) + 8)
	fmt.Fprintf(&b, `{"%s":%d`, versionKey, r.version)
	if len(body) > 2 {
		b.WriteByte(',')
	}
	b.Write(body[1:])
	return name, b.Bytes(), nil
}

// DecodeEvent parses stored event data into its event value (not a
// pointer), e.g. domain.QuestionAsked. Unknown types give
// ErrUnknownEventType; a missing, unknown or future version and malformed
// JSON give an error. Fields unknown to this build are ignored.
func DecodeEvent(eventType string, data []byte) (Event, error) {
	r, ok := registry[eventType]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownEventType, eventType)
	}
	// EncodeEvent always writes the version first: recognising that prefix
	// spares a second parse of the whole object on the hot path (folding
	// thousands of events per replay).
	if !bytes.HasPrefix(data, r.prefix) {
		var head struct {
			V *int `json:"v"`
		}
		if err := json.Unmarshal(data, &head); err != nil {
			return nil, fmt.Errorf("domain: decode %s: %w", eventType, err)
		}
		if head.V == nil {
			return nil, fmt.Errorf("domain: decode %s: missing schema version", eventType)
		}
		if *head.V != r.version {
			return nil, fmt.Errorf("domain: decode %s: schema version %d not supported (this build reads %d)", eventType, *head.V, r.version)
		}
	}
	e, err := r.decode(data)
	if err != nil {
		return nil, fmt.Errorf("domain: decode %s: %w", eventType, err)
	}
	return e, nil
}
