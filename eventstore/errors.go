package eventstore

import (
	"errors"
	"fmt"
)

// Sentinel errors; match them with errors.Is.
var (
	// ErrInvalidInput: the append or read was malformed (empty stream name,
	// over-long names, data over MaxDataSize, invalid JSON, nil expected
	// revision...). Nothing was written.
	ErrInvalidInput = errors.New("eventstore: invalid input")
	// ErrWrongExpectedRevision: the stream was not in the expected state.
	// The concrete error is *WrongExpectedRevisionError.
	ErrWrongExpectedRevision = errors.New("eventstore: wrong expected revision")
	// ErrIdempotencyConflict: some but not all of the event ids of the
	// append are already in the stream at those revisions.
	ErrIdempotencyConflict = errors.New("eventstore: partial idempotent retry")
	// ErrStreamNotFound: the stream has no event.
	ErrStreamNotFound = errors.New("eventstore: stream not found")
	// ErrClosed: the store has been closed.
	ErrClosed = errors.New("eventstore: closed")
	// ErrSubscriptionDropped: the subscriber could not keep up (or the
	// server dropped it) and the subscription ended. The concrete error is
	// *SubscriptionDroppedError, which says where to resume.
	ErrSubscriptionDropped = errors.New("eventstore: subscription dropped")
)

// Revision values used in WrongExpectedRevisionError for the symbolic states.
const (
	// RevisionNoStream stands for "the stream has no event".
	RevisionNoStream int64 = -1
	// RevisionAny stands for Any, RevisionStreamExists for StreamExists.
	RevisionAny          int64 = -2
	RevisionStreamExists int64 = -4
)

// WrongExpectedRevisionError carries the stream and both revisions. Expected
// and Actual are revisions, or RevisionNoStream / RevisionStreamExists.
type WrongExpectedRevisionError struct {
	Stream   string
	Expected int64
	Actual   int64
}

func (e *WrongExpectedRevisionError) Error() string {
	return fmt.Sprintf("eventstore: wrong expected revision on %q: expected %s, actual %s",
		e.Stream, revString(e.Expected), revString(e.Actual))
}

// Is makes errors.Is(err, ErrWrongExpectedRevision) true.
func (e *WrongExpectedRevisionError) Is(target error) bool { return target == ErrWrongExpectedRevision }

func revString(r int64) string {
	switch r {
	case RevisionNoStream:
		return "no stream"
	case RevisionAny:
		return "any"
	case RevisionStreamExists:
		return "stream exists"
	}
	return fmt.Sprintf("%d", r)
}

// ExpectedAsInt64 renders an ExpectedRevision for WrongExpectedRevisionError.
func ExpectedAsInt64(e ExpectedRevision) int64 {
	switch v := e.(type) {
	case Exact:
		return int64(v)
	case NoStream:
		return RevisionNoStream
	case StreamExists:
		return RevisionStreamExists
	}
	return RevisionAny
}

// InvalidInputError says which input was refused and why.
type InvalidInputError struct {
	Field  string
	Reason string
}

func (e *InvalidInputError) Error() string {
	return fmt.Sprintf("eventstore: invalid %s: %s", e.Field, e.Reason)
}

// Is makes errors.Is(err, ErrInvalidInput) true.
func (e *InvalidInputError) Is(target error) bool { return target == ErrInvalidInput }

// SubscriptionDroppedError says where a dropped subscription can resume:
// subscribe again with From = ResumeFrom.
type SubscriptionDroppedError struct {
	ResumeFrom uint64
	Reason     string
}

func (e *SubscriptionDroppedError) Error() string {
	return fmt.Sprintf("eventstore: subscription dropped (%s); resume from position %d", e.Reason, e.ResumeFrom)
}

// Is makes errors.Is(err, ErrSubscriptionDropped) true.
func (e *SubscriptionDroppedError) Is(target error) bool { return target == ErrSubscriptionDropped }
