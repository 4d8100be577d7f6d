package export

import (
	"strings"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/projections/analytics"
)

// Sheet names of the tables (also the CSV file names' stems).
const (
	SheetQuestions   = "Questions"
	SheetReports     = "Rapports"
	SheetEvaluations = "Évaluations"
)

// QuestionsTable is one row per question with its metrics
// (analytics.QuestionMetrics; headers map to metric names in
// docs/ANALYTICS.md, "Exports").
func QuestionsTable(qs []analytics.QuestionMetrics) Table {
	t := Table{Name: SheetQuestions, Columns: []Column{
		{Header: "Tentative", Kind: Text},
		{Header: "Candidat", Kind: Text, Width: 22},
		{Header: "N°", Kind: Int, Width: 6},
		{Header: "Question (id)", Kind: Text},
		{Header: "Agent", Kind: Text},
		{Header: "Jour", Kind: Text, Width: 6},
		{Header: "Question", Kind: Text, Width: 60},
		{Header: "Posée le (UTC)", Kind: Time, Width: 20},
		{Header: "Statut", Kind: Text},
		{Header: "Répondue le (UTC)", Kind: Time, Width: 20},
		{Header: "Moteur", Kind: Text},
		{Header: "Refus", Kind: Bool, Width: 8},
		{Header: "Latence (ms)", Kind: Int},
		{Header: "Faits obtenus", Kind: Int},
		{Header: "Faits nouveaux", Kind: Int},
		{Header: "Faits répétés", Kind: Int},
		{Header: "Faits critiques", Kind: Int},
		{Header: "Aucun fait", Kind: Bool, Width: 8},
		{Header: "Faits (ids)", Kind: Text, Width: 30},
		{Header: "Spécificité", Kind: Ratio},
		{Header: "Thèmes nommés", Kind: Text, Width: 30},
		{Header: "Forme", Kind: Text, Width: 8},
		{Header: "Redondance", Kind: Ratio},
		{Header: "Redondante avec", Kind: Text},
		{Header: "Redondante", Kind: Bool, Width: 8},
	}}
	t.Rows = make([][]any, len(qs))
	for i, q := range qs {
		t.Rows[i] = []any{
			q.AttemptID, q.DisplayName, q.Index, q.QuestionID, q.AgentID, string(q.Phase), q.Text,
			optTime(q.AskedAt), statusLabel(q.Status), optTime(q.AnsweredAt), q.Engine, q.Refused, q.LatencyMs,
			q.FactsEarned, q.NewFacts, q.RepeatedFacts, q.CriticalFactsEarned, q.EarnedNothing,
			strings.Join(q.FactIDs, ", "), q.Specificity, strings.Join(q.TopicsNamed, ", "), formLabel(q.Form),
			q.Redundancy, q.RedundantWith, q.Redundant,
		}
	}
	return t
}

// ReportsTable is one summary row per attempt (analytics.ReportSummary).
func ReportsTable(rs []analytics.ReportSummary) Table {
	t := Table{Name: SheetReports, Columns: []Column{
		{Header: "Tentative", Kind: Text},
		{Header: "Candidat", Kind: Text, Width: 22},
		{Header: "Questions", Kind: Int},
		{Header: "Lignes KPI", Kind: Int},
		{Header: "Causes", Kind: Int},
		{Header: "Causes étayées", Kind: Int},
		{Header: "Conclusions", Kind: Int},
		{Header: "Jalons", Kind: Int},
		{Header: "Lignes de budget", Kind: Int},
		{Header: "Budget total (€)", Kind: Money, Width: 16},
		{Header: "Enveloppe (€)", Kind: Money, Width: 16},
		{Header: "Dépassement (€)", Kind: Money, Width: 16},
		{Header: "Remis", Kind: Bool, Width: 8},
		{Header: "Remis le (UTC)", Kind: Time, Width: 20},
		{Header: "Remis par", Kind: Text},
	}}
	t.Rows = make([][]any, len(rs))
	for i, r := range rs {
		t.Rows[i] = []any{
			r.AttemptID, r.DisplayName, r.Questions, r.KpiRows, r.Causes, r.CausesWithEvidence, r.Conclusions,
			r.Milestones, r.BudgetLines, r.BudgetTotalCents, r.EnvelopeCents, r.BudgetOverrunCents,
			r.Submitted, optTime(r.SubmittedAt), submittedByLabel(r.SubmittedBy),
		}
	}
	return t
}

// EvaluationsTable is one row per competency assessment (analytics.Assessment).
func EvaluationsTable(as []analytics.Assessment) Table {
	t := Table{Name: SheetEvaluations, Columns: []Column{
		{Header: "Tentative", Kind: Text},
		{Header: "Candidat", Kind: Text, Width: 22},
		{Header: "Jury", Kind: Text},
		{Header: "Compétence", Kind: Text, Width: 10},
		{Header: "Niveau", Kind: Text, Width: 22},
		{Header: "Niveau (rang 1–4)", Kind: Int},
		{Header: "Commentaire", Kind: Text, Width: 40},
		{Header: "Évaluée le (UTC)", Kind: Time, Width: 20},
		{Header: "Résultat", Kind: Text},
		{Header: "Finalisée le (UTC)", Kind: Time, Width: 20},
	}}
	t.Rows = make([][]any, len(as))
	for i, a := range as {
		t.Rows[i] = []any{
			a.AttemptID, a.DisplayName, a.JuryID, a.Competency, a.LevelLabel, levelRank(a),
			a.Comment, optTime(a.AssessedAt), resultLabel(a.Result), optTime(a.FinalisedAt),
		}
	}
	return t
}

// levelRank is the level's position on the scale (1 = non acquis … 4 =
// maîtrisé), so a spreadsheet can average or sort levels; nil if unknown.
func levelRank(a analytics.Assessment) any {
	for i, l := range domain.Levels {
		if l == a.Level {
			return i + 1
		}
	}
	return nil
}

func statusLabel(s string) string {
	switch s {
	case attempt.QuestionAnswered:
		return "répondue"
	case attempt.QuestionFailed:
		return "échec"
	case attempt.QuestionPending:
		return "en attente"
	}
	return s
}

func formLabel(f analytics.Form) string {
	switch f {
	case analytics.Open:
		return "ouverte"
	case analytics.Closed:
		return "fermée"
	}
	return string(f)
}

func submittedByLabel(by string) string {
	switch by {
	case domain.SubmittedByCandidate:
		return "candidat"
	case domain.SubmittedByDeadline:
		return "échéance"
	}
	return by
}

func resultLabel(r string) string {
	switch r {
	case domain.ResultPassed:
		return "validé"
	case domain.ResultFailed:
		return "non validé"
	}
	return r
}
