package api

import (
	"strings"

	"cellule/app"
	"cellule/domain"
)

// Conversions between app's views and the GraphQL models. Enums are the
// domain's lower-case values in upper case (J1/J2 stay as they are), except
// where the domain's values are French words (levels, results), which get
// English names in the schema.

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func upper[T ~string](s string) T { return T(strings.ToUpper(s)) }

func lower[T ~string](v T) string { return strings.ToLower(string(v)) }

func money(c domain.Cents) *Money {
	return &Money{Euros: c.Euros(), Text: domain.FormatEuros(c)}
}

func userOf(u app.UserView) *User {
	return &User{ID: u.UserID, Role: upper[Role](string(u.Role)), Email: u.Email, DisplayName: u.DisplayName}
}

func scheduleOf(s domain.Schedule) *Schedule {
	return &Schedule{J1Start: s.J1Start, J1End: s.J1End, J2Start: s.J2Start, J2End: s.J2End, J3Start: s.J3Start, J3End: s.J3End}
}

func scheduleIn(s *ScheduleInput) domain.Schedule {
	if s == nil {
		return domain.Schedule{}
	}
	return domain.Schedule{J1Start: s.J1Start, J1End: s.J1End, J2Start: s.J2Start, J2End: s.J2End, J3Start: s.J3Start, J3End: s.J3End}.UTC()
}

func days(ds []domain.Day) []Day {
	out := make([]Day, len(ds))
	for i, d := range ds {
		out[i] = Day(d)
	}
	return out
}

func summaryOf(s app.AttemptSummary) *AttemptSummary {
	return &AttemptSummary{ID: s.AttemptID, ExamID: s.ExamID, Title: s.Title, Mode: upper[ExamMode](string(s.Mode)),
		Phase: upper[Phase](string(s.Phase)), Deadline: s.Deadline, Locked: s.Locked}
}

func attemptOf(v app.AttemptView) *Attempt {
	a := &Attempt{
		ID: v.AttemptID, ExamID: v.ExamID, CandidateID: v.CandidateID, ScenarioID: v.ScenarioID, Title: v.Title,
		Mode: upper[ExamMode](string(v.Mode)), Phase: upper[Phase](string(v.Phase)), PhaseLabel: v.PhaseLabel,
		Schedule: scheduleOf(v.Schedule), ExtraTimePct: v.ExtraTimePct, Deadline: v.Deadline,
		Brief: &Brief{Organisation: v.Brief.Organisation, Advertiser: v.Brief.Advertiser, Title: v.Brief.Title,
			Context: v.Brief.Context, Objectives: nonNil(v.Brief.Objectives), Campaign: v.Brief.Campaign, Instructions: v.Brief.Instructions},
		Locked: v.Locked, Version: v.Version, DisclosedFacts: nonNil(v.Report.DisclosedFacts),
		Agents: []*AgentStatus{}, Questions: []*Question{}, Checklist: []*ChecklistItem{}, Indicators: []*Indicator{},
	}
	for _, k := range v.Indicators {
		a.Indicators = append(a.Indicators, &Indicator{ID: k.ID, Label: k.Label, Unit: k.Unit, HigherIsBetter: k.HigherIsBetter})
	}
	for _, ag := range v.Agents {
		a.Agents = append(a.Agents, &AgentStatus{ID: ag.ID, Name: ag.Name, Role: ag.Role, Kind: upper[AgentKind](ag.Kind),
			Days: days(ag.Days), Open: ag.Open, ClosedReason: ag.ClosedReason, Questions: ag.Questions})
	}
	if o := v.OrderEmail; o != nil {
		oe := &OrderEmail{From: o.From, To: o.To, Subject: o.Subject, Body: o.Body, Orientations: nonNil(o.Orientations),
			Stakeholders: []*Stakeholder{}, Envelope: money(domain.Cents(o.EnvelopeEuros*100 + 0.5))}
		for _, s := range o.Stakeholders {
			oe.Stakeholders = append(oe.Stakeholders, &Stakeholder{Name: s.Name, Role: s.Role})
		}
		a.OrderEmail = oe
	}
	for _, q := range v.Report.Questions {
		a.Questions = append(a.Questions, questionOf(q))
	}
	a.Report = reportOf(v.Report)
	for _, it := range v.Checklist {
		a.Checklist = append(a.Checklist, &ChecklistItem{Code: it.Code, Section: it.Section, Message: it.Message})
	}
	if v.Locked {
		a.Submission = &Submission{By: upper[SubmittedBy](v.SubmittedBy), At: v.SubmittedAt}
	}
	return a
}

func questionOf(q app.QuestionView) *Question {
	out := &Question{ID: q.QuestionID, AgentID: q.AgentID, Text: q.Text, Day: Day(q.Phase), AskedAt: q.AskedAt,
		Status: upper[QuestionStatus](q.Status), Streaming: q.Streaming, Failures: q.Failures,
		LastFailure: q.LastFailure, Pinned: q.Pinned, Excerpt: q.Excerpt}
	if q.Status == "answered" {
		out.Answer = &Answer{Text: q.Answer, FactIds: nonNil(q.FactIDs), NewFactIds: nonNil(q.NewFactIDs), Engine: q.Engine,
			Model: q.Model, Fallback: q.Fallback, LatencyMs: int(q.LatencyMs), Refused: q.Refused, At: q.AnsweredAt}
	}
	return out
}

func reportOf(r app.ReportView) *Report {
	out := &Report{
		KpiRows: []*KpiRow{}, Causes: []*Cause{}, Conclusions: []*Conclusion{}, Milestones: []*Milestone{},
		Links: []*J1J2Link{}, OralPrep: []*OralPrepNote{},
		Concept:       &Concept{Format: r.Concept.Format, Venue: r.Concept.Venue, Targets: r.Concept.Targets, InclusiveMeasures: r.Concept.InclusiveMeasures},
		Budget:        &Budget{Lines: []*BudgetLine{}, Total: money(r.BudgetTotalCents), Envelope: money(r.EnvelopeCents), Overrun: money(r.OverrunCents)},
		Communication: &Communication{Text: r.Communication.Text, Measures: nonNil(r.Communication.Measures)},
	}
	for _, k := range r.KpiRows {
		row := &KpiRow{ID: k.RowID, Label: k.Label, Result: k.Result, Target: k.Target, Unit: k.Unit,
			Gap: &Gap{Absolute: k.GapAbsolute, Unit: k.GapUnit, Text: k.GapText}}
		if k.KpiID != "" {
			id := k.KpiID
			row.KpiID = &id
		}
		if k.HasRelative {
			rel := k.GapRelative
			row.Gap.Relative = &rel
		}
		if k.Verdict != "" {
			v := upper[Verdict](k.Verdict)
			row.Gap.Verdict = &v
		}
		out.KpiRows = append(out.KpiRows, row)
	}
	for _, c := range r.Causes {
		out.Causes = append(out.Causes, &Cause{ID: c.CauseID, Rank: c.Rank, Text: c.Text, Evidence: nonNil(c.Evidence), Addressed: c.Addressed})
	}
	for _, c := range r.Conclusions {
		out.Conclusions = append(out.Conclusions, &Conclusion{ID: c.ConclusionID, Text: c.Text})
	}
	for _, m := range r.Milestones {
		out.Milestones = append(out.Milestones, &Milestone{ID: m.MilestoneID, Title: m.Title, Date: m.Date, Owner: m.Owner, DependsOn: nonNil(m.DependsOn)})
	}
	for _, l := range r.Budget {
		out.Budget.Lines = append(out.Budget.Lines, &BudgetLine{ID: l.LineID, Category: l.Category, Supplier: l.Supplier,
			Label: l.Label, Quantity: l.Quantity, UnitPrice: money(l.UnitPriceCents), Total: money(l.TotalCents)})
	}
	for _, l := range r.Links {
		out.Links = append(out.Links, &J1J2Link{ItemKind: upper[LinkItemKind](l.ItemKind), ItemID: l.ItemID, CauseIds: nonNil(l.CauseIDs)})
	}
	for _, n := range r.OralPrep {
		out.OralPrep = append(out.OralPrep, &OralPrepNote{Competency: n.Competency, Text: n.Text})
	}
	return out
}

// nonNil keeps lists non-null in the schema ([T!]!).
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func chunkOf(c app.AnswerChunk) *AnswerChunk {
	out := &AnswerChunk{QuestionID: c.QuestionID, Seq: c.Seq, Text: c.Text, Done: c.Done || c.Failed}
	if c.Failed {
		reason := c.Error
		if reason == "" {
			reason = "échec de l'agent"
		}
		out.Failure = &reason
	}
	return out
}

func levelIn(l Level) domain.Level {
	switch l {
	case LevelNotAcquired:
		return domain.LevelNotAcquired
	case LevelInProgress:
		return domain.LevelInProgress
	case LevelAcquired:
		return domain.LevelAcquired
	case LevelMastered:
		return domain.LevelMastered
	}
	return domain.Level(l) // unknown: the decider refuses it
}

func levelOf(l domain.Level) Level {
	switch l {
	case domain.LevelNotAcquired:
		return LevelNotAcquired
	case domain.LevelInProgress:
		return LevelInProgress
	case domain.LevelAcquired:
		return LevelAcquired
	case domain.LevelMastered:
		return LevelMastered
	}
	return Level(l)
}

func resultIn(r EvaluationResult) string {
	if r == EvaluationResultPassed {
		return domain.ResultPassed
	}
	if r == EvaluationResultFailed {
		return domain.ResultFailed
	}
	return string(r)
}

func resultOf(r string) EvaluationResult {
	if r == domain.ResultPassed {
		return EvaluationResultPassed
	}
	return EvaluationResultFailed
}

func examSummaryOf(e app.ExamSummary) *ExamSummary {
	return &ExamSummary{ID: e.ExamID, Title: e.Title, ScenarioID: e.ScenarioID, Mode: upper[ExamMode](string(e.Mode)),
		Schedule: scheduleOf(e.Schedule), CandidateCount: e.Candidates, CreatedAt: e.Created}
}

func examOf(v app.ExamView) *ExamSession {
	out := &ExamSession{ID: v.ExamID, Title: v.Title, ScenarioID: v.ScenarioID, Mode: upper[ExamMode](string(v.Mode)),
		Schedule: scheduleOf(v.Schedule), CreatedAt: v.Created, Envelope: money(v.EnvelopeCents), Candidates: []*EnrolledCandidate{}}
	for _, c := range v.Candidates {
		ec := &EnrolledCandidate{CandidateID: c.CandidateID, DisplayName: c.DisplayName, Email: c.Email, AttemptID: c.AttemptID,
			ExtraTimePct: c.ExtraTimePct, Phase: upper[Phase](string(c.Phase)), Deadline: c.Deadline, Locked: c.Locked,
			Questions: c.Questions, Version: c.Version, Juries: []*JuryAssignment{}}
		if c.SubmittedBy != "" {
			by := upper[SubmittedBy](c.SubmittedBy)
			ec.SubmittedBy = &by
		}
		for _, j := range c.Juries {
			ec.Juries = append(ec.Juries, &JuryAssignment{JuryID: j.JuryID, OralSlot: j.OralSlot})
		}
		out.Candidates = append(out.Candidates, ec)
	}
	return out
}

func timelineOf(t app.Timeline) *Timeline {
	out := &Timeline{AttemptID: t.AttemptID, Events: make([]*TimelineEvent, len(t.Entries))}
	for i, e := range t.Entries {
		te := &TimelineEvent{Version: e.Version, Type: e.Type, At: e.At, Summary: e.Summary, FactIds: nonNil(e.FactIDs), Kind: timelineKindOf(e.Kind)}
		if e.QuestionID != "" {
			q := e.QuestionID
			te.QuestionID = &q
		}
		if e.AgentID != "" {
			ag := e.AgentID
			te.AgentID = &ag
		}
		out.Events[i] = te
	}
	return out
}

func juryCandidateOf(c app.JuryCandidate) *JuryCandidate {
	return &JuryCandidate{AttemptID: c.AttemptID, ExamID: c.ExamID, ExamTitle: c.ExamTitle, CandidateID: c.CandidateID,
		DisplayName: c.DisplayName, OralSlot: c.OralSlot, OralEnd: c.OralEnd, Locked: c.Status == "locked",
		EvaluationStatus: upper[EvaluationStatus](c.Evaluation), Status: juryStatusOf(c)}
}

func evaluationOf(v app.EvaluationView) *Evaluation {
	out := &Evaluation{AttemptID: v.AttemptID, JuryID: v.JuryID, CandidateID: v.CandidateID, Version: v.Version,
		Timers: []*Timer{}, Notes: []*JuryNote{}, Bookmarks: []*Bookmark{}, Assessments: []*Assessment{}}
	if !v.OralStarted.IsZero() {
		t := v.OralStarted
		out.OralStartedAt = &t
	}
	for _, t := range v.Timers {
		out.Timers = append(out.Timers, &Timer{Segment: upper[TimerSegment](t.Segment), Running: t.Running, ElapsedMs: int(t.ElapsedMs)})
	}
	for _, n := range v.Notes {
		out.Notes = append(out.Notes, &JuryNote{Topic: n.Topic, Text: n.Text})
	}
	for _, b := range v.Bookmarks {
		out.Bookmarks = append(out.Bookmarks, &Bookmark{ID: b.BookmarkID, Version: b.Version, Note: b.Note})
	}
	for _, as := range v.Assessments {
		out.Assessments = append(out.Assessments, &Assessment{Competency: as.Competency, Level: levelOf(as.Level),
			Label: as.LevelLabel, Comment: as.Comment, At: as.At})
	}
	if v.Finalised {
		out.Finalised = &FinalResult{Result: resultOf(v.Result), Comment: v.Comment, At: v.FinalisedAt}
	}
	return out
}
