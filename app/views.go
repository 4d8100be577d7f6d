package app

import (
	"sort"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/scenarios"
)

// Views are plain copies: the api may keep and serialise them freely.

// AttemptView is an attempt as its reader sees it.
type AttemptView struct {
	AttemptID    string
	ExamID       string
	CandidateID  string
	ScenarioID   string
	Title        string
	Mode         domain.Mode
	Phase        attempt.Phase
	PhaseLabel   string // French
	Schedule     domain.Schedule
	ExtraTimePct int
	// Deadline includes the candidate's extra time.
	Deadline time.Time
	Brief    BriefView
	Agents   []AgentView
	// OrderEmail is nil before J2: the direction's order arrives at J2.
	OrderEmail *OrderEmailView
	// Indicators: the scenario KPIs the candidate may pick for a gap row,
	// from the attempt's snapshot (which holds no results nor targets).
	Indicators []domain.KPIInfo
	Report     ReportView
	Checklist  []attempt.Item
	Locked     bool
	// SubmittedBy is "candidate" or "deadline" once locked.
	SubmittedBy string
	SubmittedAt time.Time
	// Version is the number of events of the attempt the view reflects.
	Version int
}

// BriefView is the crisis brief.
type BriefView struct {
	Organisation string
	Advertiser   string
	Title        string
	Context      string
	Objectives   []string
	Campaign     string
	Instructions string
}

// OrderEmailView is the direction's J2 order e-mail.
type OrderEmailView struct {
	From          string
	To            string
	Subject       string
	Body          string
	Orientations  []string
	Stakeholders  []scenarios.Stakeholder
	EnvelopeEuros float64
}

// AgentView is an agent with its availability now.
type AgentView struct {
	ID   string
	Name string
	Role string
	Kind string // team | supplier
	Days []domain.Day
	// Open: can be questioned now. ClosedReason (French) says why not.
	Open         bool
	ClosedReason string
	Questions    int
}

// QuestionView is a question and what came of it.
type QuestionView struct {
	QuestionID string
	AgentID    string
	Text       string
	Phase      domain.Day
	AskedAt    time.Time
	Status     string // pending | answered | failed
	// Streaming: an engine call is producing the answer now.
	Streaming  bool
	Answer     string
	FactIDs    []string
	NewFactIDs []string
	Engine     string
	Model      string
	Fallback   string
	LatencyMs  int64
	Refused    bool
	AnsweredAt time.Time
	Failures   int
	// LastFailure is the engine's last failure reason.
	LastFailure string
	Pinned      bool
	Excerpt     string
}

// KpiRowView is a gap table row with its computed gap.
type KpiRowView struct {
	RowID  string
	KpiID  string
	Label  string // the KPI's label for a scenario KPI, else the free text
	Result float64
	Target float64
	Unit   string
	// Gap: Absolute = Result − Target (in GapUnit), Relative in % of the
	// target (HasRelative false when the target is 0), Verdict met/missed
	// for scenario KPIs; GapText is the French rendering.
	GapAbsolute float64
	GapRelative float64
	HasRelative bool
	GapUnit     string
	Verdict     string
	GapText     string
}

// CauseView is a ranked cause.
type CauseView struct {
	CauseID  string
	Rank     int
	Text     string
	Evidence []string // question ids
	// Addressed: some J2 item names this cause (J1→J2 coherence).
	Addressed bool
}

// ConclusionView is an operational conclusion.
type ConclusionView struct {
	ConclusionID string
	Text         string
}

// ConceptView is the S2 event concept.
type ConceptView struct {
	Format            string
	Venue             string
	Targets           string
	InclusiveMeasures string
}

// MilestoneView is a planning milestone.
type MilestoneView struct {
	MilestoneID string
	Title       string
	Date        string
	Owner       string
	DependsOn   []string
}

// BudgetLineView is a budget line with its total.
type BudgetLineView struct {
	LineID         string
	Category       string
	Supplier       string
	Label          string
	Quantity       float64
	UnitPriceCents domain.Cents
	TotalCents     domain.Cents
}

// LinkView is a J1→J2 link: an S2 item and the causes it answers.
type LinkView struct {
	ItemKind string
	ItemID   string
	CauseIDs []string
}

// NoteView is an oral-prep note.
type NoteView struct {
	Competency string
	Text       string
}

// ReportView is the mission report.
type ReportView struct {
	Questions        []QuestionView
	KpiRows          []KpiRowView
	Causes           []CauseView
	Conclusions      []ConclusionView
	Concept          ConceptView
	Milestones       []MilestoneView
	Budget           []BudgetLineView
	BudgetTotalCents domain.Cents
	EnvelopeCents    domain.Cents
	OverrunCents     domain.Cents
	Communication    struct {
		Text     string
		Measures []string
	}
	Links    []LinkView
	OralPrep []NoteView
	// DisclosedFacts: fact ids earned so far, in order of first disclosure.
	DisclosedFacts []string
}

// buildAttemptView copies state into a view. sc may be nil (scenario no
// longer loadable): the brief and the order e-mail are then empty.
func (a *App) buildAttemptView(s *attempt.State, now time.Time, streaming func(string) bool) AttemptView {
	sc, _ := a.loadScenario(s.Exam.ScenarioID)
	phase := s.PhaseAt(now)
	v := AttemptView{
		AttemptID: s.AttemptID, ExamID: s.ExamID, CandidateID: s.CandidateID,
		ScenarioID: s.Exam.ScenarioID, Title: s.Exam.Title, Mode: s.Exam.Mode,
		Phase: phase, PhaseLabel: phase.Label(), Schedule: s.Exam.Schedule, ExtraTimePct: s.ExtraTimePct,
		Deadline: s.Deadline(), Locked: s.Locked(), Version: s.Version,
		Report:     buildReport(s, streaming),
		Checklist:  append([]attempt.Item(nil), attempt.Checklist(*s)...),
		Indicators: append([]domain.KPIInfo(nil), s.Exam.KPIs...),
	}
	if s.Submitted != nil {
		v.SubmittedBy, v.SubmittedAt = s.Submitted.By, s.Submitted.At
	}
	counts := map[string]int{}
	for _, q := range s.Questions {
		counts[q.AgentID]++
	}
	for _, ag := range s.Exam.Agents {
		av := AgentView{ID: ag.ID, Name: ag.Name, Kind: ag.Kind, Days: append([]domain.Day(nil), ag.Days...), Questions: counts[ag.ID]}
		if sc != nil {
			if sa, ok := sc.Agent(ag.ID); ok {
				av.Role = sa.Role
			}
		}
		av.Open, av.ClosedReason = agentOpen(ag, phase)
		v.Agents = append(v.Agents, av)
	}
	if sc != nil {
		b := sc.Brief
		v.Brief = BriefView{Organisation: b.Organisation, Advertiser: b.Advertiser, Title: b.Title, Context: b.Context,
			Objectives: append([]string(nil), b.Objectives...), Campaign: b.Campaign, Instructions: b.Instructions}
		// The order e-mail arrives at J2 and stays readable afterwards.
		if orderVisible(s, now) {
			o := sc.OrderEmail
			v.OrderEmail = &OrderEmailView{From: o.From, To: o.To, Subject: o.Subject, Body: o.Body,
				Orientations: append([]string(nil), o.Orientations...), Stakeholders: append([]scenarios.Stakeholder(nil), o.Stakeholders...),
				EnvelopeEuros: s.Exam.EnvelopeCents.Euros()}
		}
	}
	return v
}

// orderVisible: from J2 (its start, or a practice candidate's early
// opening) on, including after the lock.
func orderVisible(s *attempt.State, now time.Time) bool {
	if !s.J2OpenedEarly.IsZero() && !now.Before(s.J2OpenedEarly) {
		return true
	}
	return !now.Before(s.Exam.Schedule.J2Start)
}

// agentOpen says whether an agent can be questioned in this phase and, if
// not, why (French, shown as is).
func agentOpen(ag domain.AgentInfo, phase attempt.Phase) (bool, string) {
	switch phase {
	case attempt.PhaseNotStarted:
		return false, "L'épreuve n'a pas commencé."
	case attempt.PhaseBreak:
		return false, "Pause entre le jour 1 et le jour 2."
	case attempt.PhaseClosed:
		return false, "L'épreuve est close : le rapport est verrouillé."
	}
	if ag.OpenOn(phase.Day()) {
		return true, ""
	}
	if ag.Kind == "supplier" {
		return false, "Les prestataires sont disponibles au jour 2, après l'e-mail de commande."
	}
	return false, "Cet interlocuteur n'est pas disponible aujourd'hui."
}

func buildQuestion(q *attempt.Question, streaming func(string) bool) QuestionView {
	v := QuestionView{QuestionID: q.QuestionID, AgentID: q.AgentID, Text: q.Text, Phase: q.Phase, AskedAt: q.AskedAt,
		Status: q.Status, Failures: q.Failures, LastFailure: q.LastFailure, Pinned: q.Pinned, Excerpt: q.Excerpt}
	if streaming != nil && q.Status != attempt.QuestionAnswered {
		v.Streaming = streaming(q.QuestionID)
	}
	if ans := q.Answer; ans != nil {
		v.Answer, v.Engine, v.Model, v.Fallback, v.LatencyMs, v.Refused, v.AnsweredAt =
			ans.Text, ans.Engine, ans.Model, ans.Fallback, ans.LatencyMs, ans.Refused, ans.At
		v.FactIDs = append([]string(nil), ans.FactIDs...)
		v.NewFactIDs = append([]string(nil), ans.NewFactIDs...)
	}
	return v
}

func buildReport(s *attempt.State, streaming func(string) bool) ReportView {
	var r ReportView
	for i := range s.Questions {
		r.Questions = append(r.Questions, buildQuestion(&s.Questions[i], streaming))
	}
	for _, row := range s.KpiRows {
		g := s.RowGap(row)
		label := row.Label
		if k, ok := s.Exam.KPI(row.KpiID); ok && row.KpiID != "" {
			label = k.Label
		}
		r.KpiRows = append(r.KpiRows, KpiRowView{RowID: row.RowID, KpiID: row.KpiID, Label: label, Result: row.Result,
			Target: row.Target, Unit: row.Unit, GapAbsolute: g.Absolute, GapRelative: g.Relative, HasRelative: g.HasRelative,
			GapUnit: g.Unit, Verdict: string(g.Verdict), GapText: g.String()})
	}
	answered := s.CausesAnswered()
	for i, c := range s.Causes {
		r.Causes = append(r.Causes, CauseView{CauseID: c.CauseID, Rank: i + 1, Text: c.Text,
			Evidence: append([]string(nil), c.Evidence...), Addressed: answered[c.CauseID]})
	}
	for _, c := range s.Conclusions {
		r.Conclusions = append(r.Conclusions, ConclusionView{ConclusionID: c.ConclusionID, Text: c.Text})
	}
	r.Concept = ConceptView{Format: s.Concept[domain.ConceptFormat], Venue: s.Concept[domain.ConceptVenue],
		Targets: s.Concept[domain.ConceptTargets], InclusiveMeasures: s.Concept[domain.ConceptInclusiveMeasures]}
	for _, m := range s.Milestones {
		r.Milestones = append(r.Milestones, MilestoneView{MilestoneID: m.MilestoneID, Title: m.Title, Date: m.Date,
			Owner: m.Owner, DependsOn: append([]string(nil), m.DependsOn...)})
	}
	for _, l := range s.Budget {
		r.Budget = append(r.Budget, BudgetLineView{LineID: l.LineID, Category: l.Category, Supplier: l.Supplier,
			Label: l.Label, Quantity: l.Quantity, UnitPriceCents: l.UnitPriceCents, TotalCents: l.Total()})
	}
	r.BudgetTotalCents, r.EnvelopeCents, r.OverrunCents = s.BudgetTotal(), s.Exam.EnvelopeCents, s.BudgetOverrun()
	r.Communication.Text = s.Communication.Text
	r.Communication.Measures = append([]string(nil), s.Communication.Measures...)
	for k, ids := range s.Links {
		r.Links = append(r.Links, LinkView{ItemKind: k.Kind, ItemID: k.ID, CauseIDs: append([]string(nil), ids...)})
	}
	sort.Slice(r.Links, func(i, j int) bool {
		if r.Links[i].ItemKind != r.Links[j].ItemKind {
			return r.Links[i].ItemKind < r.Links[j].ItemKind
		}
		return r.Links[i].ItemID < r.Links[j].ItemID
	})
	for _, c := range domain.Competencies {
		if t, ok := s.OralPrep[c]; ok {
			r.OralPrep = append(r.OralPrep, NoteView{Competency: c, Text: t})
		}
	}
	r.DisclosedFacts = s.DisclosedFacts()
	return r
}
