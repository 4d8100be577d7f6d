package app

import (
	"context"
	"time"

	"cellule/domain"
	"cellule/projections"
)

// Timeline is an attempt's whole history, for the jury's replay.
type Timeline struct {
	AttemptID string
	Entries   []TimelineEntry
}

// TimelineEntry is one event of the attempt.
type TimelineEntry struct {
	// Version is the number of events up to and including this one: pass
	// it to ReportAt to see the report as it stood right after.
	Version int
	Type    string
	At      time.Time
	// Summary is a short French description.
	Summary string
	// QuestionID, AgentID and FactIDs locate questions and answers (which
	// facts were discovered when).
	QuestionID string
	AgentID    string
	FactIDs    []string
	// Kind groups event types for the replay's filters (see TimelineKinds).
	Kind string
}

// Timeline lists every event of the attempt. Jury assigned after the
// lock; staff, own session.
func (a *App) Timeline(ctx context.Context, actor Actor, attemptID string) (Timeline, error) {
	ref, err := a.authorizeAttempt(actor, attemptID, juryRead)
	if err != nil {
		return Timeline{}, err
	}
	t := Timeline{AttemptID: ref.ID}
	a.proj.ViewAttempt(ref.ID, func(p *projections.Attempt) {
		agents := map[string]string{} // question id → agent id
		t.Entries = make([]TimelineEntry, len(p.Events))
		for i, ev := range p.Events {
			e := TimelineEntry{Version: i + 1, Type: p.Entries[i].Type, At: p.Entries[i].At}
			e.Summary, e.QuestionID, e.AgentID, e.FactIDs = summarise(ev, agents)
			e.Kind = timelineKind(ev)
			t.Entries[i] = e
		}
	})
	return t, nil
}

// summarise describes an event in French for the timeline.
func summarise(ev domain.Event, agents map[string]string) (summary, questionID, agentID string, facts []string) {
	switch e := ev.(type) {
	case domain.AttemptOpened:
		return "Épreuve ouverte", "", "", nil
	case domain.AttemptScheduleChanged:
		return "Planning ajusté", "", "", nil
	case domain.AttemptExtraTimeChanged:
		return "Temps supplémentaire : " + domain.FormatInt(int64(e.ExtraTimePct)) + " %", "", "", nil
	case domain.J2OpenedEarly:
		return "Jour 2 ouvert en avance", "", "", nil
	case domain.QuestionAsked:
		agents[e.QuestionID] = e.AgentID
		return "Question posée", e.QuestionID, e.AgentID, nil
	case domain.AgentAnswered:
		s := "Réponse de l'agent"
		if n := len(e.NewFactIDs); n > 0 {
			s += " (" + domain.FormatInt(int64(n)) + " information(s) nouvelle(s))"
		}
		return s, e.QuestionID, agents[e.QuestionID], append([]string(nil), e.NewFactIDs...)
	case domain.AgentAnswerFailed:
		return "Échec de réponse de l'agent", e.QuestionID, agents[e.QuestionID], nil
	case domain.EvidencePinned:
		return "Réponse épinglée comme preuve", e.QuestionID, agents[e.QuestionID], nil
	case domain.EvidenceUnpinned:
		return "Preuve retirée", e.QuestionID, agents[e.QuestionID], nil
	case domain.KpiRowAdded:
		return "Ligne KPI ajoutée", "", "", nil
	case domain.KpiRowChanged:
		return "Ligne KPI modifiée", "", "", nil
	case domain.KpiRowRemoved:
		return "Ligne KPI supprimée", "", "", nil
	case domain.CauseAdded:
		return "Cause ajoutée", "", "", nil
	case domain.CauseEdited:
		return "Cause modifiée", "", "", nil
	case domain.CauseRemoved:
		return "Cause supprimée", "", "", nil
	case domain.CausesReordered:
		return "Causes reclassées", "", "", nil
	case domain.CauseEvidenceLinked:
		return "Cause étayée par une réponse", e.QuestionID, agents[e.QuestionID], nil
	case domain.CauseEvidenceUnlinked:
		return "Preuve détachée d'une cause", e.QuestionID, agents[e.QuestionID], nil
	case domain.ConclusionWritten:
		return "Conclusion rédigée", "", "", nil
	case domain.ConclusionRemoved:
		return "Conclusion supprimée", "", "", nil
	case domain.ConceptFieldEdited:
		return "Concept modifié (" + e.Field + ")", "", "", nil
	case domain.MilestoneAdded:
		return "Jalon ajouté", "", "", nil
	case domain.MilestoneEdited:
		return "Jalon modifié", "", "", nil
	case domain.MilestoneRemoved:
		return "Jalon supprimé", "", "", nil
	case domain.BudgetLineAdded:
		return "Ligne de budget ajoutée", "", "", nil
	case domain.BudgetLineEdited:
		return "Ligne de budget modifiée", "", "", nil
	case domain.BudgetLineRemoved:
		return "Ligne de budget supprimée", "", "", nil
	case domain.CommunicationSupportEdited:
		return "Support de communication modifié", "", "", nil
	case domain.J1J2LinkSet:
		return "Lien J1→J2 défini", "", "", nil
	case domain.OralPrepNoteEdited:
		return "Préparation de l'oral (" + e.Competency + ")", "", "", nil
	case domain.ReportSubmitted:
		if e.By == domain.SubmittedByDeadline {
			return "Rapport verrouillé à l'échéance", "", "", nil
		}
		return "Rapport remis par le candidat", "", "", nil
	}
	return ev.EventType(), "", "", nil
}
