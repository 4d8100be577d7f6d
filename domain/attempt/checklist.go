package attempt

import (
	"fmt"
	"strings"

	"cellule/domain"
)

// Item is one thing missing or wrong in the report, for the candidate's
// live checklist. Code is stable (the UI may key on it); Message is French.
type Item struct {
	Code    string
	Section string // "S1", "S2" or "oral"
	Message string
}

// Checklist lists what the report still lacks, in report order. It reads
// only the state: the exam snapshot in it holds the envelope, and the
// competency grid is fixed. An empty list means nothing is missing — which
// says nothing of the report's quality.
func Checklist(s State) []Item {
	var out []Item
	add := func(code, section, format string, args ...any) {
		out = append(out, Item{Code: code, Section: section, Message: fmt.Sprintf(format, args...)})
	}
	blank := func(t string) bool { return strings.TrimSpace(t) == "" }

	// S1
	if len(s.KpiRows) == 0 {
		add("kpi_missing", "S1", "Le tableau des écarts KPI est vide")
	}
	if len(s.Causes) == 0 {
		add("causes_missing", "S1", "Aucune cause identifiée")
	}
	for i, c := range s.Causes {
		if len(c.Evidence) == 0 {
			add("cause_without_evidence", "S1", "La cause %d n'est étayée par aucune réponse d'agent", i+1)
		}
	}
	if n := len(s.Conclusions); n < MinConclusions {
		add("conclusions_few", "S1", "Moins de %d conclusions (%d rédigée%s)", MinConclusions, n, plural(n))
	}

	// S2
	for _, f := range []struct{ field, message string }{
		{domain.ConceptFormat, "Concept : format non renseigné"},
		{domain.ConceptVenue, "Concept : lieu non renseigné"},
		{domain.ConceptTargets, "Concept : cibles non renseignées"},
	} {
		if blank(s.Concept[f.field]) {
			add("concept_"+f.field+"_missing", "S2", "%s", f.message)
		}
	}
	if blank(s.Concept[domain.ConceptInclusiveMeasures]) {
		add("inclusive_missing", "S2", "Aucun dispositif inclusif")
	}
	if len(s.Milestones) == 0 {
		add("milestones_missing", "S2", "Aucun jalon au planning")
	}
	for _, m := range s.Milestones {
		for _, d := range m.DependsOn {
			if j, ok := s.milestone(d); ok && m.Date < s.Milestones[j].Date { // YYYY-MM-DD sorts as text
				add("milestone_before_dependency", "S2", "Le jalon « %s » est daté avant « %s », dont il dépend", m.Title, s.Milestones[j].Title)
			}
		}
	}
	if len(s.Budget) == 0 {
		add("budget_missing", "S2", "Aucune ligne de budget")
	} else if over := s.BudgetOverrun(); over > 0 {
		add("budget_over", "S2", "Budget au-dessus de l'enveloppe de %s (%s pour %s)",
			domain.FormatEuros(over), domain.FormatEuros(s.BudgetTotal()), domain.FormatEuros(s.Exam.EnvelopeCents))
	}
	if blank(s.Communication.Text) {
		add("communication_missing", "S2", "Support de communication non rédigé")
	}
	if len(s.Communication.Measures) == 0 {
		add("communication_measures_missing", "S2", "Le support de communication ne prévoit aucune mesure d'accessibilité ou de diversité")
	}
	answeredCauses := s.CausesAnswered()
	for i, c := range s.Causes {
		if !answeredCauses[c.CauseID] {
			add("cause_not_addressed", "S2", "La cause %d n'est reliée à aucun choix J2", i+1)
		}
	}

	// Oral
	if blank(s.OralPrep[domain.PrescribedCompetency]) {
		add("c21_not_prepared", "oral", "%s non préparée (seule question prescrite du jury)", domain.PrescribedCompetency)
	}
	return out
}
