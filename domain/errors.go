package domain

import (
	"errors"
	"fmt"
)

// Code classifies a refusal. The API layer puts it in extensions.code, so
// the values are part of the public contract: never rename one.
type Code string

const (
	// CodeInvalidInput: the command itself is malformed (empty or too long
	// text, bad number, unknown reference inside the payload, cycle...).
	CodeInvalidInput Code = "INVALID_INPUT"
	// CodePhaseClosed: the command is not allowed in the current phase of
	// the exam (before J1, between days, supplier agent on J1...).
	CodePhaseClosed Code = "PHASE_CLOSED"
	// CodeLocked: the report is submitted or past its deadline, or the
	// evaluation is finalised: nothing may change any more.
	CodeLocked Code = "LOCKED"
	// CodeConflict: the command contradicts the current state (duplicate
	// id, already done, not yet possible).
	CodeConflict Code = "CONFLICT"
	// CodeForbidden: the actor or the mode does not allow this command.
	CodeForbidden Code = "FORBIDDEN"
	// CodeNotFound: the item the command targets does not exist.
	CodeNotFound Code = "NOT_FOUND"
)

// Error is a refusal: the command was not applied and no event was
// produced. Message is French and shown to the user as is; Field names the
// command field at fault (camelCase, as in the API) or is empty.
type Error struct {
	Code    Code
	Field   string
	Message string
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s (%s): %s", e.Code, e.Field, e.Message)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Is makes errors.Is(err, domain.ErrLocked) (etc.) true for any refusal of
// that code, whatever its field and message.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Field == "" && t.Message == "" && t.Code == e.Code
}

// Sentinels to match refusals by code with errors.Is.
var (
	ErrInvalidInput = &Error{Code: CodeInvalidInput}
	ErrPhaseClosed  = &Error{Code: CodePhaseClosed}
	ErrLocked       = &Error{Code: CodeLocked}
	ErrConflict     = &Error{Code: CodeConflict}
	ErrForbidden    = &Error{Code: CodeForbidden}
	ErrNotFound     = &Error{Code: CodeNotFound}
)

// CodeOf returns the code of a refusal anywhere in err's chain, or "" when
// err is not a refusal (a bug or an infrastructure error).
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// Invalid refuses a malformed field.
func Invalid(field, message string) *Error {
	return &Error{Code: CodeInvalidInput, Field: field, Message: message}
}

// PhaseClosed refuses a command outside its phase.
func PhaseClosed(message string) *Error {
	return &Error{Code: CodePhaseClosed, Message: message}
}

// Locked refuses a command after the lock.
func Locked(message string) *Error {
	return &Error{Code: CodeLocked, Message: message}
}

// Conflict refuses a command that contradicts the state.
func Conflict(field, message string) *Error {
	return &Error{Code: CodeConflict, Field: field, Message: message}
}

// Forbidden refuses a command the actor or the mode does not allow.
func Forbidden(message string) *Error {
	return &Error{Code: CodeForbidden, Message: message}
}

// NotFound refuses a command whose target does not exist.
func NotFound(field, message string) *Error {
	return &Error{Code: CodeNotFound, Field: field, Message: message}
}
