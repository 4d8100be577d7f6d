package evaluation_test

import (
	"testing"
	"time"

	"cellule/domain"
	"cellule/domain/domaintest"
	"cellule/domain/evaluation"
)

var (
	t0       = time.Date(2026, 3, 11, 9, 0, 0, 0, time.UTC)
	opened   = domain.EvaluationOpened{AttemptID: "a1", JuryID: "j1", CandidateID: "u1", At: t0}
	started  = domain.OralStarted{At: t0}
	presOn   = domain.TimerStarted{Segment: domain.SegmentPresentation, At: t0}
	c21      = domain.CompetencyAssessed{Competency: "C21", Level: domain.LevelAcquired, Comment: "Structuré", At: t0}
	final    = domain.EvaluationFinalised{Result: domain.ResultPassed, Comment: "Bon dossier", At: t0.Add(30 * time.Minute)}
	finalise = evaluation.Finalise{JuryID: "j1", Result: domain.ResultPassed, Comment: "Bon dossier", AttemptLocked: true, Now: t0.Add(30 * time.Minute)}
)

func evs(e ...domain.Event) []domain.Event { return e }

func TestEvaluation(t *testing.T) {
	later := t0.Add(15 * time.Minute)
	domaintest.Run(t, evaluation.Decider, []domaintest.Case[evaluation.Command]{
		{Name: "opens on a locked attempt", When: evaluation.OpenEvaluation{AttemptID: "a1", JuryID: "j1", CandidateID: "u1", AttemptLocked: true, Now: t0}, Then: evs(opened)},
		{Name: "refuses to open before the report is submitted", When: evaluation.OpenEvaluation{AttemptID: "a1", JuryID: "j1", CandidateID: "u1", Now: t0}, Refused: domain.CodeConflict},
		{Name: "refuses another jury member's commands", Given: evs(opened), When: evaluation.WriteNote{JuryID: "j2", Topic: "general", Text: "x", Now: t0}, Refused: domain.CodeForbidden},
		{Name: "starts the oral", Given: evs(opened), When: evaluation.StartOral{JuryID: "j1", Now: t0}, Then: evs(started)},
		{Name: "refuses a timer before the oral", Given: evs(opened), When: evaluation.StartTimer{JuryID: "j1", Segment: domain.SegmentPresentation, Now: t0}, Refused: domain.CodeConflict},
		{Name: "starts the presentation timer", Given: evs(opened, started), When: evaluation.StartTimer{JuryID: "j1", Segment: domain.SegmentPresentation, Now: t0}, Then: evs(presOn)},
		{Name: "starting the questions pauses the presentation", Given: evs(opened, started, presOn),
			When: evaluation.StartTimer{JuryID: "j1", Segment: domain.SegmentQuestions, Now: later},
			Then: evs(domain.TimerPaused{Segment: domain.SegmentPresentation, ElapsedMs: 900_000, At: later}, domain.TimerStarted{Segment: domain.SegmentQuestions, At: later})},
		{Name: "pausing accumulates elapsed time", Given: evs(opened, started, presOn, domain.TimerPaused{Segment: domain.SegmentPresentation, ElapsedMs: 60_000, At: t0.Add(time.Minute)},
			domain.TimerStarted{Segment: domain.SegmentPresentation, At: t0.Add(2 * time.Minute)}),
			When: evaluation.PauseTimer{JuryID: "j1", Segment: domain.SegmentPresentation, Now: t0.Add(3 * time.Minute)},
			Then: evs(domain.TimerPaused{Segment: domain.SegmentPresentation, ElapsedMs: 120_000, At: t0.Add(3 * time.Minute)})},
		{Name: "refuses to pause a stopped timer", Given: evs(opened, started), When: evaluation.PauseTimer{JuryID: "j1", Segment: domain.SegmentQuestions, Now: t0}, Refused: domain.CodeConflict},
		{Name: "refuses an unknown segment", Given: evs(opened, started), When: evaluation.StartTimer{JuryID: "j1", Segment: "pause", Now: t0}, Refused: domain.CodeInvalidInput, Field: "segment"},
		{Name: "writes a note on a competency", Given: evs(opened), When: evaluation.WriteNote{JuryID: "j1", Topic: "C25", Text: "Risque bien identifié", Now: t0},
			Then: evs(domain.JuryNoteWritten{Topic: "C25", Text: "Risque bien identifié", At: t0})},
		{Name: "refuses a note on an unknown topic", Given: evs(opened), When: evaluation.WriteNote{JuryID: "j1", Topic: "C17", Text: "x", Now: t0}, Refused: domain.CodeInvalidInput, Field: "topic"},
		{Name: "bookmarks a moment of the attempt", Given: evs(opened), When: evaluation.BookmarkEvent{JuryID: "j1", BookmarkID: "b1", Revision: 41, AttemptEvents: 42, Note: "Contradiction", Now: t0},
			Then: evs(domain.EventBookmarked{BookmarkID: "b1", Revision: 41, Note: "Contradiction", At: t0})},
		{Name: "refuses a bookmark past the attempt's end", Given: evs(opened), When: evaluation.BookmarkEvent{JuryID: "j1", BookmarkID: "b1", Revision: 42, AttemptEvents: 42, Now: t0}, Refused: domain.CodeNotFound},
		{Name: "assesses C21", Given: evs(opened), When: evaluation.AssessCompetency{JuryID: "j1", Competency: "C21", Level: domain.LevelAcquired, Comment: "Structuré", Now: t0}, Then: evs(c21)},
		{Name: "refuses an unknown level", Given: evs(opened), When: evaluation.AssessCompetency{JuryID: "j1", Competency: "C21", Level: "excellent", Now: t0}, Refused: domain.CodeInvalidInput, Field: "level"},
		{Name: "refuses to finalise without C21", Given: evs(opened, domain.CompetencyAssessed{Competency: "C18", Level: domain.LevelMastered}), When: finalise, Refused: domain.CodeConflict, Field: "competency"},
		{Name: "refuses to finalise an unlocked attempt", Given: evs(opened, c21), When: func() evaluation.Finalise { f := finalise; f.AttemptLocked = false; return f }(), Refused: domain.CodeConflict},
		{Name: "refuses an unknown result", Given: evs(opened, c21), When: func() evaluation.Finalise { f := finalise; f.Result = "admis"; return f }(), Refused: domain.CodeInvalidInput, Field: "result"},
		{Name: "finalises once C21 is assessed", Given: evs(opened, c21), When: finalise, Then: evs(final)},
		{Name: "finalising stops a running timer", Given: evs(opened, started, presOn, c21), When: finalise,
			Then: evs(domain.TimerPaused{Segment: domain.SegmentPresentation, ElapsedMs: 1_800_000, At: finalise.Now}, final)},
		{Name: "nothing changes after finalisation", Given: evs(opened, c21, final), When: evaluation.WriteNote{JuryID: "j1", Topic: "general", Text: "Oubli", Now: t0}, Refused: domain.CodeLocked},
		{Name: "no second finalisation", Given: evs(opened, c21, final), When: finalise, Refused: domain.CodeLocked},
	})
	s := evaluation.Decider.Fold(evs(opened, started, presOn, c21, final))
	if s.Timers[domain.SegmentPresentation].ElapsedAt(t0.Add(5*time.Minute)) != 5*time.Minute || s.Finalised == nil || s.Assessments["C21"].Level != domain.LevelAcquired {
		t.Errorf("state %+v", s)
	}
}
