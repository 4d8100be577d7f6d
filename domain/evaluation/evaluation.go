// Package evaluation is the decider of one jury member's evaluation of one
// attempt (stream evaluation-<attemptId>-<juryId>): the oral's timers,
// notes, bookmarks into the candidate's timeline, the competency grid and
// the final result.
package evaluation

import (
	"fmt"
	"slices"
	"time"

	"cellule/domain"
)

// Timer of one oral segment.
type Timer struct {
	Running bool
	Since   time.Time     // when it last started, if Running
	Elapsed time.Duration // total of the finished runs
}

// ElapsedAt is the segment's running time at now.
func (t Timer) ElapsedAt(now time.Time) time.Duration {
	if t.Running && now.After(t.Since) {
		return t.Elapsed + now.Sub(t.Since)
	}
	return t.Elapsed
}

// Assessment of one competency.
type Assessment struct {
	Level   domain.Level
	Comment string
	At      time.Time
}

// Bookmark is a marked moment of the attempt's timeline.
type Bookmark struct {
	BookmarkID string
	Revision   uint64
	Note       string
}

// Final is the closed evaluation's result.
type Final struct {
	Result  string
	Comment string
	At      time.Time
}

// State of an evaluation.
type State struct {
	Opened      bool
	AttemptID   string
	JuryID      string
	CandidateID string
	OralStarted time.Time // zero until the oral starts
	Timers      map[string]Timer
	Notes       map[string]string // by topic: competency id or domain.NoteGeneral
	Bookmarks   []Bookmark
	Assessments map[string]Assessment
	Finalised   *Final
	Version     int
}

// Initial is the state before the first event.
func Initial() State {
	return State{Timers: map[string]Timer{}, Notes: map[string]string{}, Assessments: map[string]Assessment{}}
}

// Decider bundles Initial, Decide and Evolve.
var Decider = domain.Decider[State, Command]{Initial: Initial, Decide: Decide, Evolve: Evolve}

// Evolve applies one event (in place; see domain.Decider).
func Evolve(s State, e domain.Event) State {
	if s.Timers == nil {
		s.Timers = map[string]Timer{}
	}
	if s.Notes == nil {
		s.Notes = map[string]string{}
	}
	if s.Assessments == nil {
		s.Assessments = map[string]Assessment{}
	}
	s.Version++
	switch e := e.(type) {
	case domain.EvaluationOpened:
		s.Opened, s.AttemptID, s.JuryID, s.CandidateID = true, e.AttemptID, e.JuryID, e.CandidateID
	case domain.OralStarted:
		s.OralStarted = e.At
	case domain.TimerStarted:
		t := s.Timers[e.Segment]
		t.Running, t.Since = true, e.At
		s.Timers[e.Segment] = t
	case domain.TimerPaused:
		s.Timers[e.Segment] = Timer{Elapsed: time.Duration(e.ElapsedMs) * time.Millisecond}
	case domain.JuryNoteWritten:
		s.Notes[e.Topic] = e.Text
	case domain.EventBookmarked:
		s.Bookmarks = append(s.Bookmarks, Bookmark{BookmarkID: e.BookmarkID, Revision: e.Revision, Note: e.Note})
	case domain.CompetencyAssessed:
		s.Assessments[e.Competency] = Assessment{Level: e.Level, Comment: e.Comment, At: e.At}
	case domain.EvaluationFinalised:
		s.Finalised = &Final{Result: e.Result, Comment: e.Comment, At: e.At}
	}
	return s
}

// Command is one of the command types of this package. JuryID is the
// acting jury member: an evaluation is theirs alone.
type Command interface{ actor() (string, time.Time) }

// OpenEvaluation starts the evaluation. AttemptLocked is the attempt's
// state as the app read it: a jury reads only a submitted report.
type OpenEvaluation struct {
	AttemptID     string
	JuryID        string
	CandidateID   string
	AttemptLocked bool
	Now           time.Time
}

// StartOral starts the oral.
type StartOral struct {
	JuryID string
	Now    time.Time
}

// StartTimer starts or resumes a segment's timer, pausing the other one.
type StartTimer struct {
	JuryID  string
	Segment string
	Now     time.Time
}

// PauseTimer pauses a running segment's timer.
type PauseTimer StartTimer

// WriteNote sets the whole text of a note (topic: competency id or "general").
type WriteNote struct {
	JuryID string
	Topic  string
	Text   string
	Now    time.Time
}

// BookmarkEvent marks revision Revision of the attempt stream, which holds
// AttemptEvents events (as the app read it).
type BookmarkEvent struct {
	JuryID        string
	BookmarkID    string
	Revision      uint64
	AttemptEvents uint64
	Note          string
	Now           time.Time
}

// AssessCompetency records the level of a competency.
type AssessCompetency struct {
	JuryID     string
	Competency string
	Level      domain.Level
	Comment    string
	Now        time.Time
}

// Finalise closes the evaluation.
type Finalise struct {
	JuryID        string
	Result        string
	Comment       string
	AttemptLocked bool
	Now           time.Time
}

func (c OpenEvaluation) actor() (string, time.Time)   { return c.JuryID, c.Now }
func (c StartOral) actor() (string, time.Time)        { return c.JuryID, c.Now }
func (c StartTimer) actor() (string, time.Time)       { return c.JuryID, c.Now }
func (c PauseTimer) actor() (string, time.Time)       { return c.JuryID, c.Now }
func (c WriteNote) actor() (string, time.Time)        { return c.JuryID, c.Now }
func (c BookmarkEvent) actor() (string, time.Time)    { return c.JuryID, c.Now }
func (c AssessCompetency) actor() (string, time.Time) { return c.JuryID, c.Now }
func (c Finalise) actor() (string, time.Time)         { return c.JuryID, c.Now }

// Decide returns the events a command produces, or a *domain.Error.
func Decide(s State, c Command) ([]domain.Event, error) {
	if o, ok := c.(OpenEvaluation); ok {
		return open(s, o)
	}
	jury, now := c.actor()
	at := now.UTC()
	if !s.Opened {
		return nil, domain.NotFound("attemptId", "Évaluation introuvable.")
	}
	if jury != s.JuryID {
		return nil, domain.Forbidden("Cette évaluation appartient à un autre membre du jury.")
	}
	if s.Finalised != nil {
		return nil, domain.Locked("L'évaluation est finalisée : plus aucune modification n'est possible.")
	}
	switch c := c.(type) {
	case StartOral:
		if !s.OralStarted.IsZero() {
			return nil, domain.Conflict("", "L'oral a déjà commencé.")
		}
		return []domain.Event{domain.OralStarted{At: at}}, nil
	case StartTimer:
		return startTimer(s, c.Segment, at)
	case PauseTimer:
		if err := checkSegment(c.Segment); err != nil {
			return nil, err
		}
		t := s.Timers[c.Segment]
		if !t.Running {
			return nil, domain.Conflict("segment", "Ce chronomètre est déjà arrêté.")
		}
		return []domain.Event{pause(c.Segment, t, at)}, nil
	case WriteNote:
		if c.Topic != domain.NoteGeneral && !domain.IsCompetency(c.Topic) {
			return nil, domain.Invalid("topic", "Sujet de note inconnu : une compétence (C18 à C29) ou « general ».")
		}
		if err := domain.CheckText("text", c.Text, domain.MaxLongText, false); err != nil {
			return nil, err
		}
		if s.Notes[c.Topic] == c.Text {
			return nil, nil
		}
		return []domain.Event{domain.JuryNoteWritten{Topic: c.Topic, Text: c.Text, At: at}}, nil
	case BookmarkEvent:
		if err := domain.FirstError(
			domain.CheckID("bookmarkId", c.BookmarkID),
			domain.CheckText("note", c.Note, domain.MaxShortText, false),
		); err != nil {
			return nil, err
		}
		if c.Revision >= c.AttemptEvents {
			return nil, domain.NotFound("revision", "Ce moment n'existe pas dans le parcours du candidat.")
		}
		if slices.ContainsFunc(s.Bookmarks, func(b Bookmark) bool { return b.BookmarkID == c.BookmarkID }) {
			return nil, domain.Conflict("bookmarkId", "Ce repère existe déjà.")
		}
		if len(s.Bookmarks) >= 200 {
			return nil, domain.Invalid("bookmarkId", "200 repères au plus.")
		}
		return []domain.Event{domain.EventBookmarked{BookmarkID: c.BookmarkID, Revision: c.Revision, Note: c.Note, At: at}}, nil
	case AssessCompetency:
		if !domain.IsCompetency(c.Competency) {
			return nil, domain.Invalid("competency", "Compétence inconnue (C18 à C29).")
		}
		if !c.Level.Valid() {
			return nil, domain.Invalid("level", "Niveau inconnu : non_acquis, en_cours, acquis ou maitrise.")
		}
		if err := domain.CheckText("comment", c.Comment, domain.MaxLongText, false); err != nil {
			return nil, err
		}
		if a, ok := s.Assessments[c.Competency]; ok && a.Level == c.Level && a.Comment == c.Comment {
			return nil, nil
		}
		return []domain.Event{domain.CompetencyAssessed{Competency: c.Competency, Level: c.Level, Comment: c.Comment, At: at}}, nil
	case Finalise:
		return finalise(s, c, at)
	}
	return nil, domain.Invalid("", fmt.Sprintf("Commande inconnue : %T.", c))
}

func open(s State, c OpenEvaluation) ([]domain.Event, error) {
	if s.Opened {
		return nil, domain.Conflict("attemptId", "Cette évaluation est déjà ouverte.")
	}
	if err := domain.FirstError(
		domain.CheckID("attemptId", c.AttemptID),
		domain.CheckID("juryId", c.JuryID),
		domain.CheckID("candidateId", c.CandidateID),
	); err != nil {
		return nil, err
	}
	if !c.AttemptLocked {
		return nil, domain.Conflict("attemptId", "Le rapport n'est pas encore remis : l'évaluation ne peut pas commencer.")
	}
	return []domain.Event{domain.EvaluationOpened{AttemptID: c.AttemptID, JuryID: c.JuryID, CandidateID: c.CandidateID, At: c.Now.UTC()}}, nil
}

func checkSegment(seg string) error {
	if seg != domain.SegmentPresentation && seg != domain.SegmentQuestions {
		return domain.Invalid("segment", "Séquence inconnue : « presentation » ou « questions ».")
	}
	return nil
}

func pause(seg string, t Timer, at time.Time) domain.TimerPaused {
	return domain.TimerPaused{Segment: seg, ElapsedMs: t.ElapsedAt(at).Milliseconds(), At: at}
}

func startTimer(s State, seg string, at time.Time) ([]domain.Event, error) {
	if err := checkSegment(seg); err != nil {
		return nil, err
	}
	if s.OralStarted.IsZero() {
		return nil, domain.Conflict("segment", "L'oral n'a pas commencé.")
	}
	if s.Timers[seg].Running {
		return nil, domain.Conflict("segment", "Ce chronomètre tourne déjà.")
	}
	var out []domain.Event
	// One segment at a time: starting one pauses the other.
	for _, other := range []string{domain.SegmentPresentation, domain.SegmentQuestions} {
		if t := s.Timers[other]; other != seg && t.Running {
			out = append(out, pause(other, t, at))
		}
	}
	return append(out, domain.TimerStarted{Segment: seg, At: at}), nil
}

func finalise(s State, c Finalise, at time.Time) ([]domain.Event, error) {
	if c.Result != domain.ResultPassed && c.Result != domain.ResultFailed {
		return nil, domain.Invalid("result", "Résultat inconnu : « valide » ou « non_valide ».")
	}
	if err := domain.CheckText("comment", c.Comment, domain.MaxLongText, false); err != nil {
		return nil, err
	}
	if !c.AttemptLocked {
		return nil, domain.Conflict("attemptId", "Le rapport n'est pas remis : impossible de finaliser.")
	}
	if _, ok := s.Assessments[domain.PrescribedCompetency]; !ok {
		return nil, domain.Conflict("competency", "C21 doit être évaluée avant de finaliser : c'est la question prescrite.")
	}
	var out []domain.Event
	for _, seg := range []string{domain.SegmentPresentation, domain.SegmentQuestions} {
		if t := s.Timers[seg]; t.Running {
			out = append(out, pause(seg, t, at))
		}
	}
	return append(out, domain.EvaluationFinalised{Result: c.Result, Comment: c.Comment, At: at}), nil
}
