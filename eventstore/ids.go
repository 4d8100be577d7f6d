package eventstore

import (
	"strconv"

	"github.com/google/uuid"
)

// namespace for event ids derived from command ids (UUIDv5).
var eventIDNamespace = uuid.MustParse("6f1d0c2e-5b8a-4b8e-9c51-0e2a7c3d9f10")

// DeriveEventID returns the id of the i-th event produced by a command, so
// that retrying the command appends the same ids and the store's idempotency
// makes the retry a no-op instead of a duplicate.
func DeriveEventID(commandID string, i int) uuid.UUID {
	return uuid.NewSHA1(eventIDNamespace, []byte(commandID+"#"+strconv.Itoa(i)))
}
