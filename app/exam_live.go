package app

import (
	"context"
	"time"

	"cellule/domain/attempt"
	"cellule/projections"
)

// OnlineWindow is how recent a candidate's last action must be for the
// live monitor to count them online: the server cannot see an idle open
// tab, only what candidates do (every question and every autosaved edit is
// an event), and a candidate writing their report saves at least every
// few minutes.
const OnlineWindow = 5 * time.Minute

// ExamLiveView is the live monitor of a session: who is active, how many
// questions each agent received, how far each report is, which are locked.
type ExamLiveView struct {
	ExamID string
	At     time.Time // the server's now, to which Online refers
	Online int
	Locked int
	// Questions is the total asked; PerAgent its split, in the scenario's
	// agent order.
	Questions  int
	PerAgent   []AgentCount
	Candidates []LiveCandidate
}

// AgentCount is a number of questions asked to one agent.
type AgentCount struct {
	AgentID   string
	AgentName string
	Questions int
}

// LiveCandidate is one candidate in the live monitor.
type LiveCandidate struct {
	CandidateID  string
	DisplayName  string
	AttemptID    string
	ExtraTimePct int
	Phase        attempt.Phase
	Deadline     time.Time
	// LastActivity is the time of the attempt's last event (zero: none
	// since it was opened); Online is LastActivity within OnlineWindow.
	LastActivity time.Time
	Online       bool
	Questions    int
	PerAgent     []AgentCount // agents asked at least once, scenario order
	// Report progress: what the report holds, and how many checklist
	// items are still open (0: nothing missing).
	KpiRows, Causes, Conclusions, Milestones, BudgetLines int
	Missing                                               int
	Locked                                                bool
	SubmittedBy                                           string
}

// ExamLive returns the live monitor of the session, to refetch on every
// ExamMonitor notification. Staff, own session.
func (a *App) ExamLive(ctx context.Context, actor Actor, examID string) (ExamLiveView, error) {
	v, err := a.Exam(ctx, actor, examID)
	if err != nil {
		return ExamLiveView{}, err
	}
	now := a.now()
	out := ExamLiveView{ExamID: examID, At: now}
	var agents []AgentCount
	idx := map[string]int{}
	a.proj.ViewExam(examID, func(x *projections.Exam) {
		for _, ag := range x.State.Exam.Agents {
			idx[ag.ID] = len(agents)
			agents = append(agents, AgentCount{AgentID: ag.ID, AgentName: ag.Name})
		}
	})
	out.PerAgent = agents
	for _, cv := range v.Candidates {
		lc := LiveCandidate{CandidateID: cv.CandidateID, DisplayName: cv.DisplayName, AttemptID: cv.AttemptID,
			ExtraTimePct: cv.ExtraTimePct, Phase: cv.Phase, Deadline: cv.Deadline, Locked: cv.Locked, SubmittedBy: cv.SubmittedBy}
		per := make([]int, len(agents))
		a.proj.ViewAttempt(cv.AttemptID, func(p *projections.Attempt) {
			st := &p.State
			lc.LastActivity = lastCandidateAction(p.Entries)
			for _, q := range st.Questions {
				if i, ok := idx[q.AgentID]; ok {
					per[i]++
				}
			}
			lc.Questions = len(st.Questions)
			lc.KpiRows, lc.Causes, lc.Conclusions = len(st.KpiRows), len(st.Causes), len(st.Conclusions)
			lc.Milestones, lc.BudgetLines = len(st.Milestones), len(st.Budget)
			lc.Missing = len(attempt.Checklist(*st))
		})
		for i, n := range per {
			if n > 0 {
				lc.PerAgent = append(lc.PerAgent, AgentCount{AgentID: agents[i].AgentID, AgentName: agents[i].AgentName, Questions: n})
				out.PerAgent[i].Questions += n
			}
		}
		lc.Online = !lc.Locked && !lc.LastActivity.IsZero() && now.Sub(lc.LastActivity) <= OnlineWindow
		if lc.Online {
			out.Online++
		}
		if lc.Locked {
			out.Locked++
		}
		out.Questions += lc.Questions
		out.Candidates = append(out.Candidates, lc)
	}
	return out, nil
}

// notCandidateActions are attempt events the system or staff cause (the
// opening, schedule and extra-time propagation, the agent's answer): they
// say nothing of whether the candidate is there.
var notCandidateActions = map[string]bool{
	"AttemptOpened": true, "AttemptScheduleChanged": true, "AttemptExtraTimeChanged": true,
	"AgentAnswered": true, "AgentAnswerFailed": true,
}

// lastCandidateAction is the time of the attempt's last event that the
// candidate caused (zero: none yet).
func lastCandidateAction(entries []projections.Entry) time.Time {
	for i := len(entries) - 1; i >= 0; i-- {
		if !notCandidateActions[entries[i].Type] {
			return entries[i].At
		}
	}
	return time.Time{}
}
