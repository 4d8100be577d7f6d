package app

import (
	"context"

	"cellule/domain"
	"cellule/domain/exam"
)

// CreateExamInput schedules an exam session on a scenario. ExamID is
// derived from the command id when empty; Title and EnvelopeEuros default
// to the scenario's.
type CreateExamInput struct {
	CommandID     string
	ExamID        string
	ScenarioID    string
	Title         string
	Mode          domain.Mode
	Schedule      domain.Schedule
	EnvelopeEuros float64
}

// CreateExam creates an exam session owned by the calling staff member,
// with a snapshot of the scenario (agents, KPIs without their results,
// envelope). Staff. NOT_FOUND scenario; the exam decider's refusals
// (schedule order, J2 already over, mode…).
func (a *App) CreateExam(ctx context.Context, actor Actor, in CreateExamInput) (Outcome, error) {
	if err := requireRole(actor, domain.RoleStaff); err != nil {
		return Outcome{}, err
	}
	if err := ensureCommandID(&in.CommandID); err != nil {
		return Outcome{}, err
	}
	if err := domain.CheckID("scenarioId", in.ScenarioID); err != nil {
		return Outcome{}, err
	}
	sc, err := a.loadScenario(in.ScenarioID)
	if err != nil {
		return Outcome{}, err
	}
	id := deriveID(in.CommandID, in.ExamID)
	cmd := exam.ScheduleExam{ExamID: id, ScenarioID: sc.ID, ScenarioVersion: sc.Version, Title: in.Title, Mode: in.Mode,
		Schedule: in.Schedule, EnvelopeEuros: in.EnvelopeEuros, By: actor.UserID, Now: a.now()}
	if cmd.Title == "" {
		cmd.Title = sc.Title
	}
	if cmd.EnvelopeEuros == 0 {
		cmd.EnvelopeEuros = sc.Budget.Envelope
	}
	for _, ag := range sc.Agents {
		info := domain.AgentInfo{ID: ag.ID, Name: ag.Name, Kind: string(ag.Kind)}
		for _, d := range ag.Days {
			info.Days = append(info.Days, domain.Day(d))
		}
		cmd.Agents = append(cmd.Agents, info)
	}
	for _, k := range sc.KPIs {
		cmd.KPIs = append(cmd.KPIs, domain.KPIInfo{ID: k.ID, Label: k.Label, Unit: k.Unit, HigherIsBetter: k.HigherIsBetter})
	}
	out, err := run(ctx, a, a.exams, command[exam.State]{
		stream: domain.ExamStream(id), id: in.CommandID, actor: actor,
		decide: func(s exam.State) ([]domain.Event, error) { return exam.Decide(s, cmd) },
	})
	out.ID = id
	return out, err
}
