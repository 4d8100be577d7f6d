package attempt

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"cellule/domain"
)

// Limits of a report, beyond the text limits of package domain. They keep
// a report readable and a stream bounded; a command over one is refused
// with INVALID_INPUT (CONFLICT for MaxQuestions, which depends on history).
const (
	MaxQuestions   = 1000
	MaxKpiRows     = 50
	MaxCauses      = 20
	MaxConclusions = 5
	// MinConclusions is required for a manual submission only: the lock at
	// the deadline takes the report as it is.
	MinConclusions = 3
	MaxMilestones  = 50
	MaxBudgetLines = 100
	// MaxUnitLen bounds a KPI unit, in runes.
	MaxUnitLen = 20
	// MaxAbsFigure bounds |result| and |target| of a KPI row.
	MaxAbsFigure = 1e12
	// MaxLatencyMs bounds a recorded answer latency (one hour).
	MaxLatencyMs = 3_600_000
)

// Decide returns the events a command produces, or a *domain.Error. A
// whole-value edit that changes nothing returns no event and no error.
//
// Every command but OpenAttempt is refused with LOCKED once the report is
// submitted, and also once Now reaches the deadline (J2 end plus the
// candidate's extra time) even if the lock event is not written yet.
func Decide(s State, c Command) ([]domain.Event, error) {
	if c, ok := c.(OpenAttempt); ok {
		return open(s, c)
	}
	now := c.now()
	if !s.Opened {
		return nil, domain.NotFound("attemptId", "Copie introuvable.")
	}
	if s.Locked() {
		return nil, domain.Locked("Le rapport est remis : plus aucune modification n'est possible.")
	}
	if lock, ok := c.(LockAtDeadline); ok {
		return lockAtDeadline(s, lock)
	}
	if !now.Before(s.Deadline()) {
		return nil, domain.Locked("L'échéance est passée : le rapport est verrouillé.")
	}
	at := now.UTC()
	switch c := c.(type) {
	case ChangeSchedule:
		return changeSchedule(s, c, at)
	case ChangeExtraTime:
		return changeExtraTime(s, c, at)
	case OpenJ2Early:
		return openJ2Early(s, at)
	case AskQuestion:
		return ask(s, c, at)
	case RecordAnswer:
		return recordAnswer(s, c, at)
	case RecordAnswerFailure:
		return recordFailure(s, c, at)
	case SubmitReport:
		return submit(s, at)
	}
	// Every other command edits the report.
	if err := reportOpen(s, c, now); err != nil {
		return nil, err
	}
	switch c := c.(type) {
	case PinEvidence:
		return pin(s, c, at)
	case UnpinEvidence:
		return unpin(s, c, at)
	case AddKpiRow:
		return addKpiRow(s, c, at)
	case ChangeKpiRow:
		return changeKpiRow(s, c, at)
	case RemoveKpiRow:
		if _, ok := s.kpiRow(c.RowID); !ok {
			return nil, domain.NotFound("rowId", "Ligne d'indicateur introuvable.")
		}
		return one(domain.KpiRowRemoved{RowID: c.RowID, At: at})
	case AddCause:
		return addCause(s, c, at)
	case EditCause:
		return editCause(s, c, at)
	case RemoveCause:
		if _, ok := s.cause(c.CauseID); !ok {
			return nil, domain.NotFound("causeId", "Cause introuvable.")
		}
		return one(domain.CauseRemoved{CauseID: c.CauseID, At: at})
	case ReorderCauses:
		return reorderCauses(s, c, at)
	case LinkCauseEvidence:
		return linkEvidence(s, c, at)
	case UnlinkCauseEvidence:
		return unlinkEvidence(s, c, at)
	case WriteConclusion:
		return writeConclusion(s, c, at)
	case RemoveConclusion:
		if _, ok := s.conclusion(c.ConclusionID); !ok {
			return nil, domain.NotFound("conclusionId", "Conclusion introuvable.")
		}
		return one(domain.ConclusionRemoved{ConclusionID: c.ConclusionID, At: at})
	case EditConceptField:
		return editConcept(s, c, at)
	case AddMilestone:
		return addMilestone(s, c, at)
	case EditMilestone:
		return editMilestone(s, c, at)
	case RemoveMilestone:
		if _, ok := s.milestone(c.MilestoneID); !ok {
			return nil, domain.NotFound("milestoneId", "Jalon introuvable.")
		}
		return one(domain.MilestoneRemoved{MilestoneID: c.MilestoneID, At: at})
	case AddBudgetLine:
		return addBudgetLine(s, c, at)
	case EditBudgetLine:
		return editBudgetLine(s, c, at)
	case RemoveBudgetLine:
		if _, ok := s.budgetLine(c.LineID); !ok {
			return nil, domain.NotFound("lineId", "Ligne de budget introuvable.")
		}
		return one(domain.BudgetLineRemoved{LineID: c.LineID, At: at})
	case EditCommunicationSupport:
		return editCommunication(s, c, at)
	case SetJ1J2Link:
		return setLink(s, c, at)
	case EditOralPrepNote:
		return editOralPrep(s, c, at)
	}
	return nil, domain.Invalid("", fmt.Sprintf("Commande inconnue : %T.", c))
}

func one(e domain.Event) ([]domain.Event, error) { return []domain.Event{e}, nil }

// isS2 tells the commands that edit S2, which opens on J2 with the order e-mail.
func isS2(c Command) bool {
	switch c.(type) {
	case EditConceptField, AddMilestone, EditMilestone, RemoveMilestone,
		AddBudgetLine, EditBudgetLine, RemoveBudgetLine, EditCommunicationSupport, SetJ1J2Link:
		return true
	}
	return false
}

// reportOpen refuses report edits outside J1/J2 (S2: outside J2).
func reportOpen(s State, c Command, now time.Time) error {
	switch p := s.PhaseAt(now); {
	case p == PhaseNotStarted:
		return domain.PhaseClosed("L'épreuve n'a pas encore commencé.")
	case p == PhaseBreak:
		return domain.PhaseClosed("Le rapport n'est pas modifiable entre le jour 1 et le jour 2.")
	case p == PhaseJ1 && isS2(c):
		return domain.PhaseClosed("Le projet événementiel (S2) s'ouvre au jour 2, avec le mail de commande.")
	}
	return nil
}

func open(s State, c OpenAttempt) ([]domain.Event, error) {
	if s.Opened {
		return nil, domain.Conflict("attemptId", "Cette copie est déjà ouverte.")
	}
	if err := domain.FirstError(
		domain.CheckID("attemptId", c.AttemptID),
		domain.CheckID("examId", c.ExamID),
		domain.CheckID("candidateId", c.CandidateID),
		domain.CheckExtraTime("extraTimePct", c.ExtraTimePct),
	); err != nil {
		return nil, err
	}
	if !c.Exam.Mode.Valid() {
		return nil, domain.Invalid("exam.mode", "Mode inconnu.")
	}
	snap := c.Exam
	snap.Schedule = snap.Schedule.UTC()
	if err := snap.Schedule.Validate(); err != nil {
		return nil, err
	}
	if len(snap.Agents) == 0 {
		return nil, domain.Invalid("exam.agents", "Le scénario n'a aucun agent.")
	}
	return one(domain.AttemptOpened{
		AttemptID: c.AttemptID, ExamID: c.ExamID, CandidateID: c.CandidateID,
		Exam: snap, ExtraTimePct: c.ExtraTimePct, At: c.Now.UTC(),
	})
}

func changeSchedule(s State, c ChangeSchedule, at time.Time) ([]domain.Event, error) {
	next := c.Schedule.UTC()
	if err := domain.FirstError(next.Validate(), domain.CheckText("reason", c.Reason, domain.MaxShortText, false)); err != nil {
		return nil, err
	}
	if next == s.Exam.Schedule {
		return nil, nil
	}
	if !c.Now.Before(next.Deadline(s.ExtraTimePct)) {
		return nil, domain.Conflict("schedule", "Ce calendrier placerait l'échéance de ce candidat dans le passé.")
	}
	return one(domain.AttemptScheduleChanged{Schedule: next, Reason: c.Reason, At: at})
}

func changeExtraTime(s State, c ChangeExtraTime, at time.Time) ([]domain.Event, error) {
	if err := domain.FirstError(
		domain.CheckExtraTime("extraTimePct", c.ExtraTimePct),
		domain.CheckText("reason", c.Reason, domain.MaxShortText, false),
	); err != nil {
		return nil, err
	}
	if c.ExtraTimePct == s.ExtraTimePct {
		return nil, nil
	}
	if !c.Now.Before(s.Exam.Schedule.Deadline(c.ExtraTimePct)) {
		return nil, domain.Conflict("extraTimePct", "Ce temps supplémentaire placerait l'échéance dans le passé.")
	}
	return one(domain.AttemptExtraTimeChanged{ExtraTimePct: c.ExtraTimePct, Reason: c.Reason, At: at})
}

func openJ2Early(s State, at time.Time) ([]domain.Event, error) {
	if s.Exam.Mode != domain.ModePractice {
		return nil, domain.Forbidden("En mode certification, le jour 2 s'ouvre à l'heure prévue.")
	}
	switch s.PhaseAt(at) {
	case PhaseNotStarted:
		return nil, domain.PhaseClosed("L'épreuve n'a pas encore commencé.")
	case PhaseJ2:
		return nil, domain.Conflict("", "Le jour 2 est déjà ouvert.")
	}
	return one(domain.J2OpenedEarly{At: at})
}

func ask(s State, c AskQuestion, at time.Time) ([]domain.Event, error) {
	if err := domain.FirstError(
		domain.CheckID("questionId", c.QuestionID),
		domain.CheckID("agentId", c.AgentID),
		domain.CheckText("text", c.Text, domain.MaxQuestionText, true),
	); err != nil {
		return nil, err
	}
	agent, ok := s.Exam.Agent(c.AgentID)
	if !ok {
		return nil, domain.NotFound("agentId", "Agent inconnu.")
	}
	if _, dup := s.Question(c.QuestionID); dup {
		return nil, domain.Conflict("questionId", "Cette question existe déjà.")
	}
	if len(s.Questions) >= MaxQuestions {
		return nil, domain.Conflict("", fmt.Sprintf("Nombre maximal de questions atteint (%d).", MaxQuestions))
	}
	p := s.PhaseAt(c.Now)
	if p == PhaseNotStarted || p == PhaseBreak {
		return nil, domain.PhaseClosed("Les agents ne répondent pas " + phaseWhen(p) + ".")
	}
	if !agent.OpenOn(p.Day()) {
		return nil, domain.PhaseClosed(agent.Name + " n'est pas disponible au " + p.Label() + ".")
	}
	return one(domain.QuestionAsked{QuestionID: c.QuestionID, AgentID: c.AgentID, Text: c.Text, Phase: p.Day(), At: at})
}

func phaseWhen(p Phase) string {
	if p == PhaseNotStarted {
		return "avant le début de l'épreuve"
	}
	return "entre le jour 1 et le jour 2"
}

func answerable(s State, id string) error {
	if err := domain.CheckID("questionId", id); err != nil {
		return err
	}
	q, ok := s.Question(id)
	if !ok {
		return domain.NotFound("questionId", "Question introuvable.")
	}
	if q.Status == QuestionAnswered {
		return domain.Conflict("questionId", "Cette question a déjà une réponse.")
	}
	return nil
}

func recordAnswer(s State, c RecordAnswer, at time.Time) ([]domain.Event, error) {
	if err := domain.FirstError(
		answerable(s, c.QuestionID),
		domain.CheckText("text", c.Text, domain.MaxLongText, true),
		domain.CheckIDs("factIds", c.FactIDs),
		domain.CheckIDs("newFactIds", c.NewFactIDs),
		domain.CheckText("engine", c.Engine, domain.MaxShortText, true),
		domain.CheckText("model", c.Model, domain.MaxShortText, false),
		domain.CheckText("fallback", c.Fallback, domain.MaxShortText, false),
	); err != nil {
		return nil, err
	}
	for _, f := range c.NewFactIDs {
		if !slices.Contains(c.FactIDs, f) {
			return nil, domain.Invalid("newFactIds", "Un fait nouveau doit figurer parmi les faits de la réponse.")
		}
	}
	if c.LatencyMs < 0 || c.LatencyMs > MaxLatencyMs {
		return nil, domain.Invalid("latencyMs", "Latence invalide.")
	}
	return one(domain.AgentAnswered{
		QuestionID: c.QuestionID, Text: c.Text, FactIDs: c.FactIDs, NewFactIDs: c.NewFactIDs,
		Engine: c.Engine, Model: c.Model, Fallback: c.Fallback, LatencyMs: c.LatencyMs, Refused: c.Refused, At: at,
	})
}

func recordFailure(s State, c RecordAnswerFailure, at time.Time) ([]domain.Event, error) {
	if err := domain.FirstError(
		answerable(s, c.QuestionID),
		domain.CheckText("reason", c.Reason, domain.MaxShortText, true),
	); err != nil {
		return nil, err
	}
	return one(domain.AgentAnswerFailed{QuestionID: c.QuestionID, Reason: c.Reason, At: at})
}

func answered(s State, id string) (*Question, error) {
	if err := domain.CheckID("questionId", id); err != nil {
		return nil, err
	}
	q, ok := s.Question(id)
	if !ok {
		return nil, domain.NotFound("questionId", "Question introuvable.")
	}
	if q.Status != QuestionAnswered {
		return nil, domain.Conflict("questionId", "Cette question n'a pas encore de réponse.")
	}
	return q, nil
}

func pin(s State, c PinEvidence, at time.Time) ([]domain.Event, error) {
	q, err := answered(s, c.QuestionID)
	if err != nil {
		return nil, err
	}
	if err := domain.CheckText("excerpt", c.Excerpt, domain.MaxLongText, false); err != nil {
		return nil, err
	}
	if c.Excerpt != "" && !strings.Contains(q.Answer.Text, c.Excerpt) {
		return nil, domain.Invalid("excerpt", "L'extrait doit être copié de la réponse de l'agent.")
	}
	if q.Pinned && q.Excerpt == c.Excerpt {
		return nil, nil
	}
	return one(domain.EvidencePinned{QuestionID: c.QuestionID, Excerpt: c.Excerpt, At: at})
}

func unpin(s State, c UnpinEvidence, at time.Time) ([]domain.Event, error) {
	q, ok := s.Question(c.QuestionID)
	if !ok || !q.Pinned {
		return nil, domain.NotFound("questionId", "Aucune preuve épinglée pour cette question.")
	}
	return one(domain.EvidenceUnpinned{QuestionID: c.QuestionID, At: at})
}

// kpiRow validates a row command into its stored value.
func kpiRow(s State, c AddKpiRow) (domain.KpiRow, error) {
	row := domain.KpiRow{RowID: c.RowID, KpiID: c.KpiID, Label: c.Label, Result: c.Result, Target: c.Target, Unit: c.Unit}
	if err := domain.FirstError(
		domain.CheckID("rowId", c.RowID),
		domain.CheckText("label", c.Label, domain.MaxShortText, false),
		domain.CheckText("unit", c.Unit, MaxUnitLen, false),
		checkFigure("result", c.Result),
		checkFigure("target", c.Target),
	); err != nil {
		return row, err
	}
	switch {
	case c.KpiID == "" && strings.TrimSpace(c.Label) == "":
		return row, domain.Invalid("label", "Choisissez un indicateur du scénario ou saisissez un libellé.")
	case c.KpiID != "" && c.Label != "":
		return row, domain.Invalid("label", "Un indicateur du scénario ne prend pas de libellé libre.")
	case c.KpiID != "":
		if err := domain.CheckID("kpiId", c.KpiID); err != nil {
			return row, err
		}
		k, ok := s.Exam.KPI(c.KpiID)
		if !ok {
			return row, domain.NotFound("kpiId", "Indicateur inconnu dans ce scénario.")
		}
		if row.Unit == "" {
			row.Unit = k.Unit
		}
		for _, r := range s.KpiRows {
			if r.KpiID == c.KpiID && r.RowID != c.RowID {
				return row, domain.Conflict("kpiId", "Cet indicateur figure déjà dans le tableau.")
			}
		}
	}
	return row, nil
}

func checkFigure(field string, f float64) error {
	if err := domain.CheckFinite(field, f); err != nil {
		return err
	}
	if math.Abs(f) > MaxAbsFigure {
		return domain.Invalid(field, "Valeur trop grande.")
	}
	return nil
}

func addKpiRow(s State, c AddKpiRow, at time.Time) ([]domain.Event, error) {
	row, err := kpiRow(s, c)
	if err != nil {
		return nil, err
	}
	if _, dup := s.kpiRow(c.RowID); dup {
		return nil, domain.Conflict("rowId", "Cette ligne existe déjà.")
	}
	if len(s.KpiRows) >= MaxKpiRows {
		return nil, domain.Invalid("rowId", fmt.Sprintf("Le tableau compte déjà %d lignes, le maximum.", MaxKpiRows))
	}
	return one(domain.KpiRowAdded{KpiRow: row, At: at})
}

func changeKpiRow(s State, c ChangeKpiRow, at time.Time) ([]domain.Event, error) {
	row, err := kpiRow(s, AddKpiRow(c))
	if err != nil {
		return nil, err
	}
	i, ok := s.kpiRow(c.RowID)
	if !ok {
		return nil, domain.NotFound("rowId", "Ligne d'indicateur introuvable.")
	}
	if s.KpiRows[i] == row {
		return nil, nil
	}
	return one(domain.KpiRowChanged{KpiRow: row, At: at})
}

func addCause(s State, c AddCause, at time.Time) ([]domain.Event, error) {
	if err := domain.FirstError(
		domain.CheckID("causeId", c.CauseID),
		domain.CheckText("text", c.Text, domain.MaxLongText, true),
	); err != nil {
		return nil, err
	}
	if _, dup := s.cause(c.CauseID); dup {
		return nil, domain.Conflict("causeId", "Cette cause existe déjà.")
	}
	if len(s.Causes) >= MaxCauses {
		return nil, domain.Invalid("causeId", fmt.Sprintf("%d causes au plus : hiérarchisez et regroupez.", MaxCauses))
	}
	return one(domain.CauseAdded{CauseID: c.CauseID, Text: c.Text, At: at})
}

func editCause(s State, c EditCause, at time.Time) ([]domain.Event, error) {
	if err := domain.FirstError(
		domain.CheckID("causeId", c.CauseID),
		domain.CheckText("text", c.Text, domain.MaxLongText, true),
	); err != nil {
		return nil, err
	}
	i, ok := s.cause(c.CauseID)
	if !ok {
		return nil, domain.NotFound("causeId", "Cause introuvable.")
	}
	if s.Causes[i].Text == c.Text {
		return nil, nil
	}
	return one(domain.CauseEdited{CauseID: c.CauseID, Text: c.Text, At: at})
}

func reorderCauses(s State, c ReorderCauses, at time.Time) ([]domain.Event, error) {
	if err := domain.CheckIDs("order", c.Order); err != nil {
		return nil, err
	}
	for _, id := range c.Order {
		if _, ok := s.cause(id); !ok {
			return nil, domain.NotFound("order", "Cause introuvable : "+id+".")
		}
	}
	if len(c.Order) != len(s.Causes) {
		return nil, domain.Invalid("order", "L'ordre doit contenir chaque cause une fois.")
	}
	same := true
	for i, id := range c.Order {
		same = same && s.Causes[i].CauseID == id
	}
	if same {
		return nil, nil
	}
	return one(domain.CausesReordered{Order: c.Order, At: at})
}

func linkEvidence(s State, c LinkCauseEvidence, at time.Time) ([]domain.Event, error) {
	if err := domain.CheckID("causeId", c.CauseID); err != nil {
		return nil, err
	}
	i, ok := s.cause(c.CauseID)
	if !ok {
		return nil, domain.NotFound("causeId", "Cause introuvable.")
	}
	if _, err := answered(s, c.QuestionID); err != nil {
		return nil, err
	}
	if slices.Contains(s.Causes[i].Evidence, c.QuestionID) {
		return nil, domain.Conflict("questionId", "Cette réponse étaye déjà cette cause.")
	}
	if len(s.Causes[i].Evidence) >= domain.MaxListLen {
		return nil, domain.Invalid("questionId", "Trop de preuves pour une seule cause.")
	}
	return one(domain.CauseEvidenceLinked{CauseID: c.CauseID, QuestionID: c.QuestionID, At: at})
}

func unlinkEvidence(s State, c UnlinkCauseEvidence, at time.Time) ([]domain.Event, error) {
	i, ok := s.cause(c.CauseID)
	if !ok {
		return nil, domain.NotFound("causeId", "Cause introuvable.")
	}
	if !slices.Contains(s.Causes[i].Evidence, c.QuestionID) {
		return nil, domain.NotFound("questionId", "Cette réponse n'étaye pas cette cause.")
	}
	return one(domain.CauseEvidenceUnlinked{CauseID: c.CauseID, QuestionID: c.QuestionID, At: at})
}

func writeConclusion(s State, c WriteConclusion, at time.Time) ([]domain.Event, error) {
	if err := domain.FirstError(
		domain.CheckID("conclusionId", c.ConclusionID),
		domain.CheckText("text", c.Text, domain.MaxLongText, true),
	); err != nil {
		return nil, err
	}
	if i, ok := s.conclusion(c.ConclusionID); ok {
		if s.Conclusions[i].Text == c.Text {
			return nil, nil
		}
	} else if len(s.Conclusions) >= MaxConclusions {
		return nil, domain.Invalid("conclusionId", fmt.Sprintf("%d conclusions au plus.", MaxConclusions))
	}
	return one(domain.ConclusionWritten{ConclusionID: c.ConclusionID, Text: c.Text, At: at})
}

func editConcept(s State, c EditConceptField, at time.Time) ([]domain.Event, error) {
	if !slices.Contains(domain.ConceptFields, c.Field) {
		return nil, domain.Invalid("field", "Rubrique du concept inconnue.")
	}
	if err := domain.CheckText("value", c.Value, domain.MaxLongText, false); err != nil {
		return nil, err
	}
	if s.Concept[c.Field] == c.Value {
		return nil, nil
	}
	return one(domain.ConceptFieldEdited{Field: c.Field, Value: c.Value, At: at})
}

// milestone validates a milestone command into its stored value.
func milestone(s State, c AddMilestone) (domain.Milestone, error) {
	m := domain.Milestone{MilestoneID: c.MilestoneID, Title: c.Title, Date: c.Date, Owner: c.Owner, DependsOn: c.DependsOn}
	if err := domain.FirstError(
		domain.CheckID("milestoneId", c.MilestoneID),
		domain.CheckText("title", c.Title, domain.MaxShortText, true),
		domain.CheckText("owner", c.Owner, domain.MaxShortText, true),
		domain.CheckIDs("dependsOn", c.DependsOn),
	); err != nil {
		return m, err
	}
	if _, err := time.Parse(time.DateOnly, c.Date); err != nil {
		return m, domain.Invalid("date", "Date invalide (AAAA-MM-JJ attendu).")
	}
	for _, d := range c.DependsOn {
		if d == c.MilestoneID {
			return m, domain.Invalid("dependsOn", "Un jalon ne peut pas dépendre de lui-même.")
		}
		if _, ok := s.milestone(d); !ok {
			return m, domain.NotFound("dependsOn", "Jalon introuvable : "+d+".")
		}
	}
	return m, nil
}

func addMilestone(s State, c AddMilestone, at time.Time) ([]domain.Event, error) {
	m, err := milestone(s, c)
	if err != nil {
		return nil, err
	}
	if _, dup := s.milestone(c.MilestoneID); dup {
		return nil, domain.Conflict("milestoneId", "Ce jalon existe déjà.")
	}
	if len(s.Milestones) >= MaxMilestones {
		return nil, domain.Invalid("milestoneId", fmt.Sprintf("%d jalons au plus.", MaxMilestones))
	}
	// A new milestone has no dependents yet, so it cannot close a cycle.
	return one(domain.MilestoneAdded{Milestone: m, At: at})
}

func editMilestone(s State, c EditMilestone, at time.Time) ([]domain.Event, error) {
	m, err := milestone(s, AddMilestone(c))
	if err != nil {
		return nil, err
	}
	i, ok := s.milestone(c.MilestoneID)
	if !ok {
		return nil, domain.NotFound("milestoneId", "Jalon introuvable.")
	}
	old := s.Milestones[i]
	if old.Title == m.Title && old.Date == m.Date && old.Owner == m.Owner && slices.Equal(old.DependsOn, m.DependsOn) {
		return nil, nil
	}
	deps := make(map[string][]string, len(s.Milestones))
	for _, x := range s.Milestones {
		deps[x.MilestoneID] = x.DependsOn
	}
	deps[m.MilestoneID] = m.DependsOn
	if cycle := FindCycle(deps); cycle != nil {
		return nil, domain.Invalid("dependsOn", "Ces dépendances créent un cycle : "+s.milestoneTitles(cycle)+".")
	}
	return one(domain.MilestoneEdited{Milestone: m, At: at})
}

func (s State) milestoneTitles(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = id
		if j, ok := s.milestone(id); ok {
			names[i] = "« " + s.Milestones[j].Title + " »"
		}
	}
	return strings.Join(names, " → ")
}

// budgetLine validates a budget command into its stored value.
func budgetLine(c AddBudgetLine) (domain.BudgetLine, error) {
	l := domain.BudgetLine{LineID: c.LineID, Category: c.Category, Supplier: c.Supplier, Label: c.Label, Quantity: c.Quantity}
	if err := domain.FirstError(
		domain.CheckID("lineId", c.LineID),
		domain.CheckText("category", c.Category, domain.MaxShortText, true),
		domain.CheckText("supplier", c.Supplier, domain.MaxShortText, false),
		domain.CheckText("label", c.Label, domain.MaxShortText, true),
		domain.CheckFinite("quantity", c.Quantity),
	); err != nil {
		return l, err
	}
	if c.Quantity <= 0 || c.Quantity > domain.MaxQuantity {
		return l, domain.Invalid("quantity", fmt.Sprintf("La quantité doit être positive et au plus %s.", domain.FormatInt(domain.MaxQuantity)))
	}
	price, err := domain.EurosToCents("unitPriceEuros", c.UnitPriceEuros, domain.MaxUnitPriceEuros)
	if err != nil {
		return l, err
	}
	l.UnitPriceCents = price
	return l, nil
}

func addBudgetLine(s State, c AddBudgetLine, at time.Time) ([]domain.Event, error) {
	l, err := budgetLine(c)
	if err != nil {
		return nil, err
	}
	if _, dup := s.budgetLine(c.LineID); dup {
		return nil, domain.Conflict("lineId", "Cette ligne de budget existe déjà.")
	}
	if len(s.Budget) >= MaxBudgetLines {
		return nil, domain.Invalid("lineId", fmt.Sprintf("%d lignes de budget au plus.", MaxBudgetLines))
	}
	return one(domain.BudgetLineAdded{BudgetLine: l, At: at})
}

func editBudgetLine(s State, c EditBudgetLine, at time.Time) ([]domain.Event, error) {
	l, err := budgetLine(AddBudgetLine(c))
	if err != nil {
		return nil, err
	}
	i, ok := s.budgetLine(c.LineID)
	if !ok {
		return nil, domain.NotFound("lineId", "Ligne de budget introuvable.")
	}
	if s.Budget[i] == l {
		return nil, nil
	}
	return one(domain.BudgetLineEdited{BudgetLine: l, At: at})
}

func editCommunication(s State, c EditCommunicationSupport, at time.Time) ([]domain.Event, error) {
	if err := domain.FirstError(
		domain.CheckText("text", c.Text, domain.MaxLongText, false),
		domain.CheckTexts("measures", c.Measures, domain.MaxShortText),
	); err != nil {
		return nil, err
	}
	if s.Communication.Text == c.Text && slices.Equal(s.Communication.Measures, c.Measures) {
		return nil, nil
	}
	return one(domain.CommunicationSupportEdited{Text: c.Text, Measures: c.Measures, At: at})
}

func setLink(s State, c SetJ1J2Link, at time.Time) ([]domain.Event, error) {
	switch c.ItemKind {
	case domain.ItemConcept:
		if !slices.Contains(domain.ConceptFields, c.ItemID) {
			return nil, domain.NotFound("itemId", "Rubrique du concept inconnue.")
		}
	case domain.ItemMilestone:
		if _, ok := s.milestone(c.ItemID); !ok {
			return nil, domain.NotFound("itemId", "Jalon introuvable.")
		}
	case domain.ItemBudgetLine:
		if _, ok := s.budgetLine(c.ItemID); !ok {
			return nil, domain.NotFound("itemId", "Ligne de budget introuvable.")
		}
	case domain.ItemCommunication:
		if c.ItemID != "" {
			return nil, domain.Invalid("itemId", "Le support de communication est unique : pas d'identifiant.")
		}
	default:
		return nil, domain.Invalid("itemKind", "Type d'élément inconnu.")
	}
	if err := domain.CheckIDs("causeIds", c.CauseIDs); err != nil {
		return nil, err
	}
	for _, id := range c.CauseIDs {
		if _, ok := s.cause(id); !ok {
			return nil, domain.NotFound("causeIds", "Cause introuvable : "+id+".")
		}
	}
	if slices.Equal(s.Links[LinkKey{c.ItemKind, c.ItemID}], c.CauseIDs) {
		return nil, nil
	}
	return one(domain.J1J2LinkSet{ItemKind: c.ItemKind, ItemID: c.ItemID, CauseIDs: c.CauseIDs, At: at})
}

func editOralPrep(s State, c EditOralPrepNote, at time.Time) ([]domain.Event, error) {
	if !domain.IsCompetency(c.Competency) {
		return nil, domain.Invalid("competency", "Compétence inconnue (C18 à C29).")
	}
	if err := domain.CheckText("text", c.Text, domain.MaxLongText, false); err != nil {
		return nil, err
	}
	if s.OralPrep[c.Competency] == c.Text {
		return nil, nil
	}
	return one(domain.OralPrepNoteEdited{Competency: c.Competency, Text: c.Text, At: at})
}

func submit(s State, at time.Time) ([]domain.Event, error) {
	switch s.PhaseAt(at) {
	case PhaseNotStarted, PhaseJ1, PhaseBreak:
		return nil, domain.PhaseClosed("La remise du rapport se fait au jour 2.")
	}
	if n := len(s.Conclusions); n < MinConclusions {
		return nil, domain.Invalid("conclusions", fmt.Sprintf("Il faut au moins %d conclusions pour remettre le rapport (%d rédigée%s).", MinConclusions, n, plural(n)))
	}
	return one(domain.ReportSubmitted{By: domain.SubmittedByCandidate, At: at})
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

func lockAtDeadline(s State, c LockAtDeadline) ([]domain.Event, error) {
	if c.Now.Before(s.Deadline()) {
		return nil, domain.Conflict("", "L'échéance n'est pas encore atteinte.")
	}
	return one(domain.ReportSubmitted{By: domain.SubmittedByDeadline, At: c.Now.UTC()})
}
