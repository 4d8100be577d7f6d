package kurrent

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"

	"cellule/eventstore"

	"github.com/kurrent-io/KurrentDB-Client-Go/kurrentdb"
)

// streamState maps the port's expected revision to the client's. An Exact
// revision above MaxInt64 is refused: the client sends revisions as int64,
// where such a value would wrap to -1, -2 or -4 and silently mean NoStream,
// Any or StreamExists.
func streamState(expected eventstore.ExpectedRevision) (kurrentdb.StreamState, error) {
	switch v := expected.(type) {
	case eventstore.Any:
		return kurrentdb.Any{}, nil
	case eventstore.NoStream:
		return kurrentdb.NoStream{}, nil
	case eventstore.StreamExists:
		return kurrentdb.StreamExists{}, nil
	case eventstore.Exact:
		if uint64(v) > math.MaxInt64 {
			return nil, &eventstore.InvalidInputError{Field: "expected revision",
				Reason: fmt.Sprintf("%d is above the largest revision %d", uint64(v), int64(math.MaxInt64))}
		}
		return kurrentdb.StreamRevision{Value: uint64(v)}, nil
	}
	return nil, &eventstore.InvalidInputError{Field: "expected revision",
		Reason: fmt.Sprintf("unknown kind %T; use Any, NoStream, StreamExists or Exact", expected)}
}

// errorCode returns the client's error code of err, if it carries one.
func errorCode(err error) (kurrentdb.ErrorCode, bool) {
	var kerr *kurrentdb.Error
	if errors.As(err, &kerr) {
		return kerr.Code(), true
	}
	return 0, false
}

func isCode(err error, codes ...kurrentdb.ErrorCode) bool {
	c, ok := errorCode(err)
	if !ok {
		return false
	}
	for _, want := range codes {
		if c == want {
			return true
		}
	}
	return false
}

// isWrongExpectedVersion reports whether err is the server refusing an
// append because the stream was not in the expected state. The v1 append
// reports it as ErrorCodeWrongExpectedVersion with a formatted message;
// newer servers may send a rich StreamRevisionConflict status instead.
func isWrongExpectedVersion(err error) bool {
	var conflict *kurrentdb.StreamRevisionConflictError
	return errors.As(err, &conflict) ||
		isCode(err, kurrentdb.ErrorCodeWrongExpectedVersion, kurrentdb.ErrorCodeStreamRevisionConflict)
}

// gotRevision matches the actual revision in the client's message
// "wrong expected version: expecting '<e>' but got '<a>'", where <a> is a
// revision or "no_stream". v1.4.2 exposes the actual revision only there.
var gotRevision = regexp.MustCompile(`but got '([^']*)'`)

// actualRevision extracts the stream's actual revision from a wrong
// expected version error, as the port renders it (a revision, or
// RevisionNoStream). ok is false when err does not say.
func actualRevision(err error) (actual int64, ok bool) {
	var conflict *kurrentdb.StreamRevisionConflictError
	if errors.As(err, &conflict) {
		switch v := conflict.ActualRevision.(type) {
		case kurrentdb.NoStream:
			return eventstore.RevisionNoStream, true
		case kurrentdb.StreamRevision:
			if v.Value <= math.MaxInt64 {
				return int64(v.Value), true
			}
		}
		return 0, false
	}
	m := gotRevision.FindStringSubmatch(err.Error())
	if m == nil {
		return 0, false
	}
	if m[1] == "no_stream" {
		return eventstore.RevisionNoStream, true
	}
	n, perr := strconv.ParseInt(m[1], 10, 64)
	if perr != nil || n < 0 {
		return 0, false
	}
	return n, true
}

// conflictOutcome is what a refused append means for the port.
type conflictOutcome int

const (
	// outcomeWrongRevision: the stream is not in the expected state.
	outcomeWrongRevision conflictOutcome = iota
	// outcomePartialRetry: some of the append's event ids are already in
	// the stream at the revisions the append would have taken.
	outcomePartialRetry
	// outcomeAlreadyWritten: all of them are: the append is a retry whose
	// original landed (the server raced it, or its idempotency check, which
	// for Any is best effort, missed it).
	outcomeAlreadyWritten
)

// classifyConflict decides what a wrong-expected-version answer means.
// KurrentDB answers "wrong expected version" both to a real conflict and to
// a retry whose event ids match only in part (its "corrupted idempotency"
// case), while the port tells them apart (ErrIdempotencyConflict). matched
// is how many of the append's total events are already in the stream at the
// revisions the append would have taken (checked for Exact and NoStream).
//
// Under Any the server refuses nothing but a partial retry. Under
// StreamExists, a refusal while the stream exists is one too.
func classifyConflict(expected eventstore.ExpectedRevision, actual int64, actualKnown bool, matched, total int) conflictOutcome {
	switch expected.(type) {
	case eventstore.Any:
		return outcomePartialRetry
	case eventstore.StreamExists:
		if actualKnown && actual == eventstore.RevisionNoStream {
			return outcomeWrongRevision
		}
		return outcomePartialRetry
	}
	switch {
	case total > 0 && matched == total:
		return outcomeAlreadyWritten
	case matched > 0:
		return outcomePartialRetry
	}
	return outcomeWrongRevision
}

// firstRevision is the revision the first event of an append would take
// under expected, for the expectations that fix it.
func firstRevision(expected eventstore.ExpectedRevision) (uint64, bool) {
	switch v := expected.(type) {
	case eventstore.NoStream:
		return 0, true
	case eventstore.Exact:
		return uint64(v) + 1, true
	}
	return 0, false
}

// isPermanent reports whether retrying a subscription cannot help: the
// server refuses our credentials or our rights, or does not know the call.
func isPermanent(err error) bool {
	return isCode(err,
		kurrentdb.ErrorCodeUnauthenticated,
		kurrentdb.ErrorCodeAccessDenied,
		kurrentdb.ErrorCodeUnsupportedFeature)
}

// isNotFound reports whether err says the stream has no event to read:
// it never existed or it was deleted.
func isNotFound(err error) bool {
	var tomb *kurrentdb.StreamTombstoneError
	var deleted *kurrentdb.StreamDeletedError
	return errors.As(err, &tomb) || errors.As(err, &deleted) ||
		isCode(err, kurrentdb.ErrorCodeResourceNotFound, kurrentdb.ErrorCodeStreamDeleted, kurrentdb.ErrorCodeStreamTombstoned)
}
