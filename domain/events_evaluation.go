package domain

import "time"

// ---- evaluation-<attemptId>-<juryId> ---------------------------------------

// EvaluationOpened starts a jury member's evaluation of a locked attempt.
// First event of the stream.
type EvaluationOpened struct {
	AttemptID   string    `json:"attemptId"`
	JuryID      string    `json:"juryId"`
	CandidateID string    `json:"candidateId"`
	At          time.Time `json:"at"`
}

// OralStarted: the 30-minute oral began.
type OralStarted struct {
	At time.Time `json:"at"`
}

// Oral segments, each with its own timer (15 + 15 minutes).
const (
	SegmentPresentation = "presentation"
	SegmentQuestions    = "questions"
)

// TimerStarted starts (or resumes) a segment's timer.
type TimerStarted struct {
	Segment string    `json:"segment"`
	At      time.Time `json:"at"`
}

// TimerPaused pauses a segment's timer. ElapsedMs is the segment's total
// running time so far, so a reader needs no arithmetic over pairs.
type TimerPaused struct {
	Segment   string    `json:"segment"`
	ElapsedMs int64     `json:"elapsedMs"`
	At        time.Time `json:"at"`
}

// NoteGeneral is the topic of the jury's general note.
const NoteGeneral = "general"

// JuryNoteWritten sets the whole text of the jury member's note on a topic:
// a competency id or NoteGeneral.
type JuryNoteWritten struct {
	Topic string    `json:"topic"`
	Text  string    `json:"text"`
	At    time.Time `json:"at"`
}

// EventBookmarked marks a moment of the candidate's attempt stream (its
// revision) with a note, for the oral questions.
type EventBookmarked struct {
	BookmarkID string    `json:"bookmarkId"`
	Revision   uint64    `json:"revision"`
	Note       string    `json:"note"`
	At         time.Time `json:"at"`
}

// CompetencyAssessed records (or revises) the level of one competency.
type CompetencyAssessed struct {
	Competency string    `json:"competency"`
	Level      Level     `json:"level"`
	Comment    string    `json:"comment"`
	At         time.Time `json:"at"`
}

// Evaluation results.
const (
	ResultPassed = "valide"
	ResultFailed = "non_valide"
)

// EvaluationFinalised closes the evaluation with its result; nothing
// changes after it.
type EvaluationFinalised struct {
	Result  string    `json:"result"`
	Comment string    `json:"comment"`
	At      time.Time `json:"at"`
}

func (EvaluationOpened) EventType() string    { return "EvaluationOpened" }
func (OralStarted) EventType() string         { return "OralStarted" }
func (TimerStarted) EventType() string        { return "TimerStarted" }
func (TimerPaused) EventType() string         { return "TimerPaused" }
func (JuryNoteWritten) EventType() string     { return "JuryNoteWritten" }
func (EventBookmarked) EventType() string     { return "EventBookmarked" }
func (CompetencyAssessed) EventType() string  { return "CompetencyAssessed" }
func (EvaluationFinalised) EventType() string { return "EvaluationFinalised" }

// ---- user-<id> -------------------------------------------------------------

// Roles of an account.
type Role string

const (
	RoleStaff     Role = "staff"
	RoleJury      Role = "jury"
	RoleCandidate Role = "candidate"
)

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return r == RoleStaff || r == RoleJury || r == RoleCandidate }

// UserRegistered creates an account. PasswordHash is empty for candidates,
// who log in with an access code (AccessCodeIssued). Hashes are argon2id
// PHC strings computed by the app; the domain never sees a secret.
type UserRegistered struct {
	UserID       string    `json:"userId"`
	Role         Role      `json:"role"`
	Email        string    `json:"email"`
	DisplayName  string    `json:"displayName"`
	PasswordHash string    `json:"passwordHash,omitempty"`
	By           string    `json:"by"`
	At           time.Time `json:"at"`
}

// PasswordChanged replaces the password hash.
type PasswordChanged struct {
	PasswordHash string    `json:"passwordHash"`
	By           string    `json:"by"`
	At           time.Time `json:"at"`
}

// AccessCodeIssued replaces the candidate's access code hash (the code is
// shown once to staff and never stored in clear).
type AccessCodeIssued struct {
	CodeHash string    `json:"codeHash"`
	By       string    `json:"by"`
	At       time.Time `json:"at"`
}

// UserDisabled disables the account: it can no longer log in.
type UserDisabled struct {
	Reason string    `json:"reason"`
	By     string    `json:"by"`
	At     time.Time `json:"at"`
}

func (UserRegistered) EventType() string   { return "UserRegistered" }
func (PasswordChanged) EventType() string  { return "PasswordChanged" }
func (AccessCodeIssued) EventType() string { return "AccessCodeIssued" }
func (UserDisabled) EventType() string     { return "UserDisabled" }
