package attempt

import (
	"slices"

	"cellule/domain"
)

// Evolve applies one event (taking ownership of s: maps and slices are
// updated in place). Events of other streams only bump the version.
func Evolve(s State, e domain.Event) State {
	if s.questionIdx == nil {
		// A State built by hand, or a zero State: rebuild the index.
		s.questionIdx = make(map[string]int, len(s.Questions))
		for i, q := range s.Questions {
			s.questionIdx[q.QuestionID] = i
		}
	}
	if s.Concept == nil {
		s.Concept = map[string]string{}
	}
	if s.Links == nil {
		s.Links = map[LinkKey][]string{}
	}
	if s.OralPrep == nil {
		s.OralPrep = map[string]string{}
	}
	s.Version++
	switch e := e.(type) {
	case domain.AttemptOpened:
		s.Opened = true
		s.AttemptID, s.ExamID, s.CandidateID = e.AttemptID, e.ExamID, e.CandidateID
		s.Exam, s.ExtraTimePct = e.Exam, e.ExtraTimePct
	case domain.AttemptScheduleChanged:
		s.Exam.Schedule = e.Schedule
	case domain.AttemptExtraTimeChanged:
		s.ExtraTimePct = e.ExtraTimePct
	case domain.J2OpenedEarly:
		s.J2OpenedEarly = e.At

	case domain.QuestionAsked:
		s.questionIdx[e.QuestionID] = len(s.Questions)
		s.Questions = append(s.Questions, Question{
			QuestionID: e.QuestionID, AgentID: e.AgentID, Text: e.Text, Phase: e.Phase,
			AskedAt: e.At, Status: QuestionPending,
		})
	case domain.AgentAnswered:
		if q, ok := s.Question(e.QuestionID); ok {
			a := e
			q.Answer, q.Status = &a, QuestionAnswered
		}
	case domain.AgentAnswerFailed:
		if q, ok := s.Question(e.QuestionID); ok {
			q.Status, q.Failures, q.LastFailure = QuestionFailed, q.Failures+1, e.Reason
		}
	case domain.EvidencePinned:
		if q, ok := s.Question(e.QuestionID); ok {
			q.Pinned, q.Excerpt = true, e.Excerpt
		}
	case domain.EvidenceUnpinned:
		if q, ok := s.Question(e.QuestionID); ok {
			q.Pinned, q.Excerpt = false, ""
		}

	case domain.KpiRowAdded:
		s.KpiRows = append(s.KpiRows, e.KpiRow)
	case domain.KpiRowChanged:
		if i, ok := s.kpiRow(e.RowID); ok {
			s.KpiRows[i] = e.KpiRow
		}
	case domain.KpiRowRemoved:
		if i, ok := s.kpiRow(e.RowID); ok {
			s.KpiRows = slices.Delete(s.KpiRows, i, i+1)
		}

	case domain.CauseAdded:
		s.Causes = append(s.Causes, Cause{CauseID: e.CauseID, Text: e.Text})
	case domain.CauseEdited:
		if i, ok := s.cause(e.CauseID); ok {
			s.Causes[i].Text = e.Text
		}
	case domain.CauseRemoved:
		if i, ok := s.cause(e.CauseID); ok {
			s.Causes = slices.Delete(s.Causes, i, i+1)
		}
		for k, ids := range s.Links {
			if !slices.Contains(ids, e.CauseID) {
				continue
			}
			// Copy: the slice is shared with the J1J2LinkSet event that set it.
			rest := slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return id == e.CauseID })
			if len(rest) == 0 {
				delete(s.Links, k)
			} else {
				s.Links[k] = rest
			}
		}
	case domain.CausesReordered:
		byID := make(map[string]Cause, len(s.Causes))
		for _, c := range s.Causes {
			byID[c.CauseID] = c
		}
		next := make([]Cause, 0, len(s.Causes))
		for _, id := range e.Order {
			if c, ok := byID[id]; ok {
				next = append(next, c)
				delete(byID, id)
			}
		}
		// Causes the order left out (never produced by Decide) keep their
		// relative order at the end, so nothing is lost.
		for _, c := range s.Causes {
			if _, left := byID[c.CauseID]; left {
				next = append(next, c)
			}
		}
		s.Causes = next
	case domain.CauseEvidenceLinked:
		if i, ok := s.cause(e.CauseID); ok {
			s.Causes[i].Evidence = append(s.Causes[i].Evidence, e.QuestionID)
		}
	case domain.CauseEvidenceUnlinked:
		if i, ok := s.cause(e.CauseID); ok {
			s.Causes[i].Evidence = slices.DeleteFunc(s.Causes[i].Evidence, func(id string) bool { return id == e.QuestionID })
		}

	case domain.ConclusionWritten:
		if i, ok := s.conclusion(e.ConclusionID); ok {
			s.Conclusions[i].Text = e.Text
		} else {
			s.Conclusions = append(s.Conclusions, Conclusion{ConclusionID: e.ConclusionID, Text: e.Text})
		}
	case domain.ConclusionRemoved:
		if i, ok := s.conclusion(e.ConclusionID); ok {
			s.Conclusions = slices.Delete(s.Conclusions, i, i+1)
		}

	case domain.ConceptFieldEdited:
		s.Concept[e.Field] = e.Value
	case domain.MilestoneAdded:
		s.Milestones = append(s.Milestones, e.Milestone)
	case domain.MilestoneEdited:
		if i, ok := s.milestone(e.MilestoneID); ok {
			s.Milestones[i] = e.Milestone
		}
	case domain.MilestoneRemoved:
		if i, ok := s.milestone(e.MilestoneID); ok {
			s.Milestones = slices.Delete(s.Milestones, i, i+1)
		}
		for i := range s.Milestones {
			m := &s.Milestones[i]
			if slices.Contains(m.DependsOn, e.MilestoneID) {
				// Copy: the slice may be shared with the event that set it.
				m.DependsOn = slices.DeleteFunc(slices.Clone(m.DependsOn), func(id string) bool { return id == e.MilestoneID })
			}
		}
		delete(s.Links, LinkKey{domain.ItemMilestone, e.MilestoneID})
	case domain.BudgetLineAdded:
		s.Budget = append(s.Budget, e.BudgetLine)
	case domain.BudgetLineEdited:
		if i, ok := s.budgetLine(e.LineID); ok {
			s.Budget[i] = e.BudgetLine
		}
	case domain.BudgetLineRemoved:
		if i, ok := s.budgetLine(e.LineID); ok {
			s.Budget = slices.Delete(s.Budget, i, i+1)
		}
		delete(s.Links, LinkKey{domain.ItemBudgetLine, e.LineID})
	case domain.CommunicationSupportEdited:
		s.Communication = Communication{Text: e.Text, Measures: e.Measures}
	case domain.J1J2LinkSet:
		k := LinkKey{e.ItemKind, e.ItemID}
		if len(e.CauseIDs) == 0 {
			delete(s.Links, k)
		} else {
			s.Links[k] = e.CauseIDs
		}
	case domain.OralPrepNoteEdited:
		s.OralPrep[e.Competency] = e.Text

	case domain.ReportSubmitted:
		s.Submitted = &Submission{By: e.By, At: e.At}
	}
	return s
}
