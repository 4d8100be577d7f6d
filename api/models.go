package api

// Outcome types of mutations, written by hand so that the object after the
// command (attempt, exam, evaluation) is only read when the client selects
// it: a mutation that asks for `version` costs one command, no view.

// AttemptChange is the outcome of a command on an attempt.
type AttemptChange struct {
	ID        string
	Version   int
	attemptID string
}

// ExamChange is the outcome of a command on an exam session.
type ExamChange struct {
	ID string
}

// EvaluationChange is the outcome of a command on an evaluation.
type EvaluationChange struct {
	ID        string
	Version   int
	attemptID string
}

// EnrolmentResult is the outcome of an enrolment, with the access code
// shown once.
type EnrolmentResult struct {
	CandidateID string
	AttemptID   string
	AccessCode  string
	examID      string
}
