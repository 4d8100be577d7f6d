package api

// ExamAnalytics is the analytics of one session: a handle whose fields
// are resolved (and authorized by app) only when selected, so that a
// dashboard asking for the agents does not compute 50,000 questions.
type ExamAnalytics struct {
	ExamID string
}
