package domain

// Stream names. Each aggregate instance is one stream; ids are validated by
// CheckID so the names stay short and safe. Events carry their own ids, so
// nothing ever needs to parse a stream name back.

// ExamStream is the stream of one exam session.
func ExamStream(examID string) string { return "exam-" + examID }

// AttemptStream is the stream of one candidate in one exam session.
func AttemptStream(attemptID string) string { return "attempt-" + attemptID }

// EvaluationStream is the stream of one jury member's evaluation of one
// attempt: each member's notes are their own until deliberation, so they
// never share a stream (and never contend on one).
func EvaluationStream(attemptID, juryID string) string {
	return "evaluation-" + attemptID + "-" + juryID
}

// UserStream is the stream of one account.
func UserStream(userID string) string { return "user-" + userID }

// Stream name prefixes, for subscriptions filtered by stream.
const (
	ExamStreamPrefix       = "exam-"
	AttemptStreamPrefix    = "attempt-"
	EvaluationStreamPrefix = "evaluation-"
	UserStreamPrefix       = "user-"
)
