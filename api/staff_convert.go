package api

import (
	"math"
	"strings"
	"time"

	"cellule/app"
	"cellule/domain"
	"cellule/projections/analytics"
)

// Conversions of the staff views (issue 7) to their GraphQL types.

func scenarioInfoOf(s app.ScenarioInfo) *ScenarioInfo {
	return &ScenarioInfo{ID: s.ID, Title: s.Title, Version: s.Version, Agents: s.Agents, Facts: s.Facts,
		J1Minutes: s.J1Minutes, J2Minutes: s.J2Minutes, Envelope: money(domain.Cents(math.Round(s.EnvelopeEuros * 100))),
		Valid: s.Valid, Problems: nonNil(s.Problems)}
}

func agentCounts(in []app.AgentCount) []*AgentCount {
	out := make([]*AgentCount, len(in))
	for i, c := range in {
		out[i] = &AgentCount{AgentID: c.AgentID, AgentName: c.AgentName, Questions: c.Questions}
	}
	return out
}

func examLiveOf(v app.ExamLiveView) *ExamLive {
	out := &ExamLive{ExamID: v.ExamID, At: v.At, OnlineWindowMinutes: int(app.OnlineWindow / time.Minute),
		Online: v.Online, Locked: v.Locked, Questions: v.Questions, PerAgent: agentCounts(v.PerAgent), Candidates: []*LiveCandidate{}}
	for _, c := range v.Candidates {
		lc := &LiveCandidate{CandidateID: c.CandidateID, DisplayName: c.DisplayName, AttemptID: c.AttemptID,
			ExtraTimePct: c.ExtraTimePct, Phase: upper[Phase](string(c.Phase)), Deadline: c.Deadline, Online: c.Online,
			Questions: c.Questions, PerAgent: agentCounts(c.PerAgent), KpiRows: c.KpiRows, Causes: c.Causes,
			Conclusions: c.Conclusions, Milestones: c.Milestones, BudgetLines: c.BudgetLines, Missing: c.Missing, Locked: c.Locked}
		if !c.LastActivity.IsZero() {
			t := c.LastActivity
			lc.LastActivity = &t
		}
		if c.SubmittedBy != "" {
			by := upper[SubmittedBy](c.SubmittedBy)
			lc.SubmittedBy = &by
		}
		out.Candidates = append(out.Candidates, lc)
	}
	return out
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func changeEntryOf(c app.ChangeEntry) *ExamLogEntry {
	out := &ExamLogEntry{Kind: upper[ChangeKind](string(c.Kind)), At: c.At, ByName: c.ByName, Reason: optString(c.Reason),
		CandidateID: optString(c.CandidateID), CandidateName: optString(c.CandidateName), JuryName: optString(c.JuryName)}
	if c.Kind == app.ChangeExtraTime {
		pct := c.ExtraTimePct
		out.ExtraTimePct = &pct
	}
	if c.Schedule != nil {
		out.Schedule = scheduleOf(*c.Schedule)
	}
	if c.Previous != nil {
		out.PreviousSchedule = scheduleOf(*c.Previous)
	}
	if !c.OralSlot.IsZero() {
		t := c.OralSlot
		out.OralSlot = &t
	}
	return out
}

// questionSortKey maps the enum to app's sort keys.
func questionSortKey(s QuestionSort) string {
	switch s {
	case QuestionSortNewFacts:
		return "newFacts"
	case QuestionSortAsked, "":
		return "asked"
	}
	return strings.ToLower(string(s))
}

func questionMetricsOf(q analytics.QuestionMetrics) *QuestionMetrics {
	return &QuestionMetrics{QuestionID: q.QuestionID, AttemptID: q.AttemptID, CandidateID: q.CandidateID, DisplayName: q.DisplayName,
		Index: q.Index, AgentID: q.AgentID, Phase: Day(q.Phase), Text: q.Text, AskedAt: q.AskedAt, Status: q.Status,
		Refused: q.Refused, FactsEarned: q.FactsEarned, NewFacts: q.NewFacts, RepeatedFacts: q.RepeatedFacts,
		CriticalFactsEarned: q.CriticalFactsEarned, EarnedNothing: q.EarnedNothing, Specificity: q.Specificity,
		TopicsNamed: nonNil(q.TopicsNamed), Form: upper[QuestionForm](string(q.Form)), Redundancy: q.Redundancy, Redundant: q.Redundant}
}

func candidateMetricsOf(c analytics.CandidateMetrics) *CandidateMetrics {
	out := &CandidateMetrics{AttemptID: c.AttemptID, CandidateID: c.CandidateID, DisplayName: c.DisplayName,
		Questions: c.Questions, QuestionsAnswered: c.QuestionsAnswered, FactsEarned: c.FactsEarned, QuestionsPerFact: c.QuestionsPerFact,
		QuestionsEarningNothing: c.QuestionsEarningNothing, RedundantQuestions: c.RedundantQuestions, MeanSpecificity: c.MeanSpecificity,
		OpenQuestionShare: c.OpenQuestionShare, CriticalFactsEarned: c.CriticalFactsEarned, CriticalFactsTotal: c.CriticalFactsTotal,
		CriticalCoverage: c.CriticalCoverage, AgentsNeverAsked: nonNil(c.AgentsNeverAsked),
		ContradictionsSurfaced: c.ContradictionsSurfacedCount, ContradictionsTotal: c.ContradictionsTotal,
		CriticalCoverageByAgent: []*AgentCoverage{}, TriangulatedTopics: []*TriangulatedTopic{}, TimeToFirstQuestion: []*FirstQuestion{}}
	for _, a := range c.CriticalCoverageByAgent {
		out.CriticalCoverageByAgent = append(out.CriticalCoverageByAgent, &AgentCoverage{AgentID: a.AgentID, Earned: a.Earned, Total: a.Total, Coverage: a.Coverage})
	}
	for _, t := range c.TriangulatedTopics {
		out.TriangulatedTopics = append(out.TriangulatedTopics, &TriangulatedTopic{Topic: t.Topic, Agents: nonNil(t.Agents)})
	}
	for _, f := range c.TimeToFirstQuestion {
		out.TimeToFirstQuestion = append(out.TimeToFirstQuestion, &FirstQuestion{AgentID: f.AgentID, Phase: Day(f.Phase), Seconds: f.Seconds})
	}
	return out
}

func agentMetricsOf(a analytics.AgentMetrics) *AgentMetrics {
	return &AgentMetrics{AgentID: a.AgentID, AgentName: a.AgentName, Candidates: a.Candidates, CandidatesAsking: a.CandidatesAsking,
		Questions: a.Questions, QuestionsAnswered: a.QuestionsAnswered, QuestionsEarningNothing: a.QuestionsEarningNothing,
		NothingRate: a.NothingRate, FactsHeld: a.FactsHeld, CriticalFactsHeld: a.CriticalFactsHeld, DiscoveryRate: a.DiscoveryRate,
		CriticalDiscoveryRate: a.CriticalDiscoveryRate, MedianTimeToFirstQuestion: a.MedianTimeToFirstQuestion}
}

func factMetricsOf(f app.FactView) *FactMetrics {
	return &FactMetrics{FactID: f.FactID, AgentID: f.AgentID, Text: f.Text, Importance: string(f.Importance), Candidates: f.Candidates,
		FoundBy: f.FoundBy, DiscoveryRate: f.DiscoveryRate, RarelyFound: f.RarelyFound, TimesEarned: f.TimesEarned}
}

func distributionOf(d analytics.Distribution) *Distribution {
	out := &Distribution{Metric: d.Metric, N: d.N, Min: d.Min, Q1: d.Q1, Median: d.Median, Q3: d.Q3, Max: d.Max, Mean: d.Mean, Bins: []*Bin{}}
	for _, b := range d.Bins {
		out.Bins = append(out.Bins, &Bin{Lo: b.Lo, Hi: b.Hi, Count: b.Count})
	}
	return out
}

func convertAll[T, U any](in []T, conv func(T) U) []U {
	out := make([]U, len(in))
	for i, v := range in {
		out[i] = conv(v)
	}
	return out
}
