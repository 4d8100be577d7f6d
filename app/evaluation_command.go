package app

import (
	"context"
	"sort"
	"time"

	"cellule/domain"
	"cellule/domain/evaluation"
	"cellule/projections"
)

// EvaluationInput names the attempt a jury member evaluates.
type EvaluationInput struct {
	CommandID string
	AttemptID string
}

// onEvaluation runs one command on the calling jury member's own
// evaluation of an attempt (stream evaluation-<attempt>-<jury>), opening
// it first when needed, in the same append. Jury assigned, after the lock.
func (a *App) onEvaluation(ctx context.Context, actor Actor, attemptID, commandID string,
	build func(ref attemptRef, now time.Time) evaluation.Command) (Outcome, error) {
	if err := ensureCommandID(&commandID); err != nil {
		return Outcome{}, err
	}
	ref, err := a.authorizeAttempt(actor, attemptID, evaluate)
	if err != nil {
		return Outcome{}, err
	}
	now := a.now()
	cmd := build(ref, now)
	open := evaluation.OpenEvaluation{AttemptID: ref.ID, JuryID: actor.UserID, CandidateID: ref.CandidateID, AttemptLocked: ref.Locked, Now: now}
	out, err := run(ctx, a, a.evaluations, command[evaluation.State]{
		stream: domain.EvaluationStream(ref.ID, actor.UserID), id: commandID, actor: actor,
		decide: func(s evaluation.State) ([]domain.Event, error) {
			if s.Opened {
				if cmd == nil {
					return nil, domain.Conflict("attemptId", "Cette évaluation est déjà ouverte.")
				}
				return evaluation.Decide(s, cmd)
			}
			opened, err := evaluation.Decide(s, open)
			if err != nil || cmd == nil {
				return opened, err
			}
			// Decide on a fresh state with the opening folded: the cached
			// state must not change before the append succeeds.
			more, err := evaluation.Decide(evaluation.Decider.Fold(opened), cmd)
			if err != nil {
				return nil, err
			}
			return append(opened, more...), nil
		},
	})
	out.ID = ref.ID
	return out, err
}

// EvaluationView is one jury member's evaluation.
type EvaluationView struct {
	AttemptID   string
	JuryID      string
	CandidateID string
	OralStarted time.Time
	Timers      []TimerView
	Notes       []JuryNoteView
	Bookmarks   []BookmarkView
	Assessments []AssessmentView
	Finalised   bool
	Result      string
	Comment     string
	FinalisedAt time.Time
	Version     int
}

// TimerView is an oral segment's timer.
type TimerView struct {
	Segment   string
	Running   bool
	ElapsedMs int64 // at the time of the query
}

// JuryNoteView is a note on a competency or "general".
type JuryNoteView struct {
	Topic string
	Text  string
}

// BookmarkView marks a moment of the candidate's timeline.
type BookmarkView struct {
	BookmarkID string
	Version    int // the timeline entry's Version (revision + 1)
	Note       string
}

// AssessmentView is the level given to a competency.
type AssessmentView struct {
	Competency string
	Level      domain.Level
	LevelLabel string
	Comment    string
	At         time.Time
}

func buildEvaluation(s *evaluation.State, now time.Time) EvaluationView {
	v := EvaluationView{AttemptID: s.AttemptID, JuryID: s.JuryID, CandidateID: s.CandidateID, OralStarted: s.OralStarted, Version: s.Version}
	for _, seg := range []string{domain.SegmentPresentation, domain.SegmentQuestions} {
		t := s.Timers[seg]
		v.Timers = append(v.Timers, TimerView{Segment: seg, Running: t.Running, ElapsedMs: t.ElapsedAt(now).Milliseconds()})
	}
	for topic, text := range s.Notes {
		v.Notes = append(v.Notes, JuryNoteView{Topic: topic, Text: text})
	}
	sort.Slice(v.Notes, func(i, j int) bool { return v.Notes[i].Topic < v.Notes[j].Topic })
	for _, b := range s.Bookmarks {
		v.Bookmarks = append(v.Bookmarks, BookmarkView{BookmarkID: b.BookmarkID, Version: int(b.Revision) + 1, Note: b.Note})
	}
	for _, c := range domain.Competencies {
		if as, ok := s.Assessments[c]; ok {
			v.Assessments = append(v.Assessments, AssessmentView{Competency: c, Level: as.Level, LevelLabel: as.Level.Label(), Comment: as.Comment, At: as.At})
		}
	}
	if f := s.Finalised; f != nil {
		v.Finalised, v.Result, v.Comment, v.FinalisedAt = true, f.Result, f.Comment, f.At
	}
	return v
}

// evaluationsOf copies the attempt's evaluations.
func (a *App) evaluationsOf(attemptID string) []EvaluationView {
	now := a.now()
	var out []EvaluationView
	a.proj.ViewEvaluations(attemptID, func(evs []*projections.Evaluation) {
		for _, e := range evs {
			out = append(out, buildEvaluation(&e.State, now))
		}
	})
	sort.Slice(out, func(i, j int) bool { return out[i].JuryID < out[j].JuryID })
	return out
}
