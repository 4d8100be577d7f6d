package reportpdf_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
)

// The exam days of the fixtures (UTC; Paris is UTC+1 in March).
var (
	j1    = time.Date(2026, 3, 9, 8, 0, 0, 0, time.UTC)
	sched = domain.Schedule{
		J1Start: j1, J1End: j1.Add(8 * time.Hour),
		J2Start: j1.Add(24 * time.Hour), J2End: j1.Add(32 * time.Hour),
		J3Start: j1.Add(48 * time.Hour), J3End: j1.Add(56 * time.Hour),
	}
	inJ1 = j1.Add(time.Hour)
	inJ2 = j1.Add(25 * time.Hour)

	snapshot = domain.ExamSnapshot{
		ScenarioID: "vitalia", ScenarioVersion: "1", Title: "Session de mars 2026 — Lyon", Mode: domain.ModeCertification,
		Schedule: sched, EnvelopeCents: 4_500_000, // 45 000 €
		Agents: []domain.AgentInfo{
			{ID: "data", Name: "Inès Morel", Kind: "team", Days: []domain.Day{domain.J1, domain.J2}},
			{ID: "field", Name: "Karim Benali", Kind: "team", Days: []domain.Day{domain.J1, domain.J2}},
			{ID: "direction", Name: "Hélène Dufour-Léger", Kind: "team", Days: []domain.Day{domain.J1, domain.J2}},
			{ID: "venue", Name: "Paul Girard", Kind: "supplier", Days: []domain.Day{domain.J2}},
		},
		KPIs: []domain.KPIInfo{
			{ID: "reach", Label: "Couverture : personnes uniques touchées", Unit: "personnes", HigherIsBetter: true},
			{ID: "ctr", Label: "Taux de clic des publicités sociales et display", Unit: "%", HigherIsBetter: true},
			{ID: "cac", Label: "Coût d'acquisition par contrat signé", Unit: "€", HigherIsBetter: false},
			{ID: "contracts", Label: "Contrats Élan signés", Unit: "contrats", HigherIsBetter: true},
		},
	}
)

// builder folds the events the decider produces for each command, so the
// fixtures are states the product can actually reach.
type builder struct {
	t testing.TB
	s attempt.State
}

func newBuilder(t testing.TB) *builder {
	b := &builder{t: t, s: attempt.Initial()}
	b.do(attempt.OpenAttempt{AttemptID: "a1", ExamID: "e1", CandidateID: "u1", Exam: snapshot, Now: j1.Add(-time.Hour)})
	return b
}

func (b *builder) do(c attempt.Command) {
	b.t.Helper()
	evs, err := attempt.Decide(b.s, c)
	if err != nil {
		b.t.Fatalf("%T refused: %v", c, err)
	}
	for _, e := range evs {
		b.s = attempt.Evolve(b.s, e)
	}
}

// ask asks a question and records its answer.
func (b *builder) ask(id, agent, question, answer string, now time.Time) {
	b.t.Helper()
	b.do(attempt.AskQuestion{QuestionID: id, AgentID: agent, Text: question, Now: now})
	b.do(attempt.RecordAnswer{QuestionID: id, Text: answer, Engine: "offline", LatencyMs: 30, Now: now.Add(time.Second)})
}

// full is what a realistic, complete report holds. Every text meant to be
// checked in the PDF is listed here.
type full struct {
	candidate, session, scenario string
	kpis                         []string // indicator labels
	gaps                         []string // formatted gaps, as the domain prints them
	causes                       []string
	conclusions                  []string
	milestones                   []string
	budgetLabels                 []string
	measures                     []string
	concept                      map[string]string
	communication                string
	excerpt                      string // pinned excerpt of an answer
	agentName                    string
}

const longCause = "Le ciblage a manqué le cœur de cible : la campagne a touché surtout des 45-60 ans " +
	"alors que l’offre Élan vise les 25-35 ans et les indépendants. "

// buildFull builds a complete submitted report with long texts, accents,
// €, œ, narrow no-break spaces and typographic quotes; nBudget budget lines
// and nMilestones milestones (the budget forces page breaks in its table).
func buildFull(t testing.TB, nBudget, nMilestones, nCauses int) (*attempt.State, full) {
	b := newBuilder(t)
	f := full{
		candidate: "Zoé Lefèvre-Nguyễn",
		session:   "Certification E3 — session de mars 2026",
		scenario:  "Vitalia Mutuelle : le lancement raté de l’offre « Élan »",
		concept:   map[string]string{},
		agentName: "Inès Morel",
	}
	// J1: questions and answers.
	b.ask("q1", "data", "Quelle a été la couverture réelle de la campagne, et sur quelle cible ?",
		"La campagne a touché 182 400 personnes uniques pour 250 000 visées. Seules 31 % étaient dans la cible des 25-35 ans ; "+
			"l’essentiel de l’audience avait entre 45 et 60 ans, parce que les achats média ont repris le plan de l’an dernier.", inJ1)
	b.ask("q2", "field", "Que disent les conseillers en agence de l’offre Élan ?",
		"Les conseillers n’ont reçu l’argumentaire que trois jours après le lancement. Ils disent ne pas savoir répondre "+
			"aux questions des indépendants sur la prévoyance, et renvoient vers le site, où le parcours de souscription bloque.", inJ1.Add(time.Minute))
	b.ask("q3", "direction", "Pourquoi le budget média a-t-il été réduit en cours de campagne ?",
		"Le comité de direction a gelé 30 % du budget en février pour financer la refonte du site. La décision n’a pas été communiquée à l’équipe marketing.", inJ1.Add(2*time.Minute))
	f.excerpt = "Seules 31 % étaient dans la cible des 25-35 ans"
	b.do(attempt.PinEvidence{QuestionID: "q1", Excerpt: f.excerpt, Now: inJ1.Add(3 * time.Minute)})
	b.do(attempt.PinEvidence{QuestionID: "q3", Now: inJ1.Add(3 * time.Minute)})

	// KPI rows: three scenario KPIs and one free indicator.
	rows := []attempt.AddKpiRow{
		{RowID: "r1", KpiID: "reach", Result: 182400, Target: 250000},
		{RowID: "r2", KpiID: "ctr", Result: 0.42, Target: 0.9},
		{RowID: "r3", KpiID: "cac", Result: 412.5, Target: 180},
		{RowID: "r4", Label: "Délai de diffusion de l’argumentaire aux conseillers", Result: 3, Target: 0, Unit: "jours"},
	}
	for _, r := range rows {
		r.Now = inJ1.Add(5 * time.Minute)
		b.do(r)
	}
	f.kpis = []string{"Couverture : personnes uniques touchées", "Taux de clic des publicités sociales et display",
		"Coût d'acquisition par contrat signé", "Délai de diffusion de l’argumentaire aux conseillers"}
	f.gaps = []string{"−67\u202f600\u00a0personnes", "−0,48\u00a0pts", "+232,5\u00a0€", "+3\u00a0jours"}

	// Causes: the first one long (several pages when nCauses is large).
	f.causes = []string{
		strings.Repeat(longCause, 12),
		"Les conseillers, en première ligne, n’avaient ni argumentaire ni formation : l’offre n’a pas été portée en agence.",
		"Le gel de 30 % du budget média en février, décidé sans en informer l’équipe, a coupé la campagne à mi-parcours.",
	}
	for i := 3; i < nCauses; i++ {
		f.causes = append(f.causes, fmt.Sprintf("Cause secondaire n°%d : parcours de souscription trop long (%d étapes), abandon élevé sur mobile.", i+1, 9+i))
	}
	for i, c := range f.causes {
		b.do(attempt.AddCause{CauseID: fmt.Sprintf("c%d", i+1), Text: c, Now: inJ1.Add(10 * time.Minute)})
	}
	b.do(attempt.LinkCauseEvidence{CauseID: "c1", QuestionID: "q1", Now: inJ1.Add(11 * time.Minute)})
	b.do(attempt.LinkCauseEvidence{CauseID: "c2", QuestionID: "q2", Now: inJ1.Add(11 * time.Minute)})
	b.do(attempt.LinkCauseEvidence{CauseID: "c3", QuestionID: "q3", Now: inJ1.Add(11 * time.Minute)})

	f.conclusions = []string{
		"Recentrer l’événement sur les 25-35 ans et les indépendants, le cœur de cible manqué.",
		"Mettre les conseillers au centre : ils doivent repartir avec un argumentaire et un outil de simulation.",
		"Tenir l’enveloppe de 45 000 € sans dépendre d’un nouvel arbitrage de la direction.",
	}
	for i, c := range f.conclusions {
		b.do(attempt.WriteConclusion{ConclusionID: fmt.Sprintf("k%d", i+1), Text: c, Now: inJ1.Add(20 * time.Minute)})
	}

	// J2: concept.
	f.concept[domain.ConceptFormat] = "Une soirée « Élan, pensé pour vous » en deux temps : ateliers de simulation animés par les conseillers, puis témoignages d’indépendants. Durée 3 h 30, jauge de 180 personnes."
	f.concept[domain.ConceptVenue] = "Halle Saint-Rambert (Lyon 9e), accessible en tramway, de plain-pied, avec boucle magnétique."
	f.concept[domain.ConceptTargets] = "Indépendants et salariés de 25 à 35 ans ; conseillers des 12 agences de la métropole ; partenaires (CCI, incubateurs)."
	f.concept[domain.ConceptInclusiveMeasures] = "Interprétation en LSF, sous-titrage en direct, espace calme, tarifs de garde d’enfants pris en charge."
	for _, field := range domain.ConceptFields {
		b.do(attempt.EditConceptField{Field: field, Value: f.concept[field], Now: inJ2})
	}

	// Milestones: a chain over about five weeks.
	start := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < nMilestones; i++ {
		title := fmt.Sprintf("Jalon %02d — brief n°%d", i+1, i+1)
		var deps []string
		if i > 0 {
			deps = []string{fmt.Sprintf("m%d", i)}
		}
		if i > 2 && i%3 == 0 {
			deps = append(deps, fmt.Sprintf("m%d", i-2))
		}
		b.do(attempt.AddMilestone{MilestoneID: fmt.Sprintf("m%d", i+1), Title: title,
			Date: start.AddDate(0, 0, i*35/max(nMilestones, 1)).Format(time.DateOnly), Owner: "Chargée de projet événementiel", DependsOn: deps, Now: inJ2})
		f.milestones = append(f.milestones, title)
	}

	// Budget lines: short labels, distinct, with accents.
	cats := []string{"Lieu", "Traiteur", "Technique", "Communication", "Accessibilité"}
	for i := 0; i < nBudget; i++ {
		label := fmt.Sprintf("Poste %02d — prestation été", i+1)
		b.do(attempt.AddBudgetLine{LineID: fmt.Sprintf("l%d", i+1), Category: cats[i%len(cats)], Supplier: "Régie Lumière & Son",
			Label: label, Quantity: float64(1 + i%4), UnitPriceEuros: 250.5 + float64(i*37), Now: inJ2})
		f.budgetLabels = append(f.budgetLabels, label)
	}

	f.communication = "Affiche et invitation numérique : « Votre prévoyance, enfin à votre mesure ». Textes en FALC, contrastes AA, visuels montrant des indépendants de tous horizons."
	f.measures = []string{"Version FALC de l’invitation", "Contraste AA vérifié et police ≥ 12 pt", "Vidéo sous-titrée et audiodécrite"}
	b.do(attempt.EditCommunicationSupport{Text: f.communication, Measures: f.measures, Now: inJ2})

	b.do(attempt.SetJ1J2Link{ItemKind: domain.ItemConcept, ItemID: domain.ConceptTargets, CauseIDs: []string{"c1"}, Now: inJ2})
	b.do(attempt.SetJ1J2Link{ItemKind: domain.ItemCommunication, CauseIDs: []string{"c1", "c2"}, Now: inJ2})
	if nBudget > 0 {
		b.do(attempt.SetJ1J2Link{ItemKind: domain.ItemBudgetLine, ItemID: "l1", CauseIDs: []string{"c3"}, Now: inJ2})
	}
	b.do(attempt.EditOralPrepNote{Competency: "C21", Text: "NOTE-ORALE-PRIVEE : soutien aux équipes terrain", Now: inJ2})
	b.do(attempt.SubmitReport{Now: inJ2.Add(5 * time.Hour)})
	s := b.s
	return &s, f
}
