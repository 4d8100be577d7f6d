package reportpdf

import (
	"slices"
	"strings"

	"cellule/domain"
	"cellule/domain/attempt"
)

// Length of the excerpts quoted in the report. A cause is a long text
// (10 000 characters at most) and so is an answer: the report quotes enough
// to recognise them; the jury reads the whole in the replay.
const (
	questionExcerpt = 180
	answerExcerpt   = 320
	causeInTable    = 110
)

func (d *document) titleBlock() {
	p := d.pdf
	r, s := d.r, d.s
	d.font("B", 19)
	d.text(colAccent)
	p.MultiCell(contentWidth, 9, "Rapport de mission — La cellule de crise", "", "L", false)
	if strings.TrimSpace(r.Scenario) != "" {
		d.font("", 12)
		d.text(colMuted)
		p.MultiCell(contentWidth, 6, clean(r.Scenario), "", "L", false)
	}
	p.Ln(4)

	submitted, how := "non remis", "—"
	if s.Submitted != nil {
		submitted = frenchDateTime(s.Submitted.At, r.Location) + " (" + zoneLabel(r) + ")"
		switch s.Submitted.By {
		case domain.SubmittedByCandidate:
			how = "manuel — remis par le candidat"
		case domain.SubmittedByDeadline:
			how = "à l'échéance — verrouillage automatique"
		default:
			how = s.Submitted.By
		}
	}
	rows := [][2]string{
		{"Candidat·e", r.Candidate},
		{"Session", r.Session},
		{"Remis le", submitted},
		{"Mode de remise", how},
	}
	if !r.GeneratedAt.IsZero() {
		rows = append(rows, [2]string{"Document généré le", frenchDateTime(r.GeneratedAt, r.Location)})
	}
	d.keyValues(rows)
	p.Ln(2)
	if s.Submitted == nil {
		d.banner("Brouillon : ce rapport n'a pas encore été remis ; son contenu peut encore changer.")
	}
	d.note("Le rapport couvre les compétences écrites C19, C28 et C29. Les notes de préparation à l'oral du candidat n'en font pas partie et ne figurent pas dans ce document.")
	p.Ln(2)
}

// banner prints a framed warning line.
func (d *document) banner(s string) {
	p := d.pdf
	d.font("B", sizeBody)
	d.text(colBarInverted)
	d.draw(colBarInverted)
	p.SetLineWidth(0.4)
	p.SetX(marginLeft)
	p.MultiCell(contentWidth, lineBody+1, s, "1", "L", false)
	p.Ln(2)
}

func zoneLabel(r Report) string {
	if r.Location.String() == "Europe/Paris" {
		return "heure de Paris"
	}
	return r.Location.String()
}

// ---- S1 -------------------------------------------------------------------

func (d *document) sectionS1() {
	d.heading1("S1 — Analyse de performance", "Compétences C28, C29")
	d.kpiTable()
	d.causes()
	d.conclusions()
	d.pinned()
}

func (d *document) kpiTable() {
	s := d.s
	d.heading2("Tableau des écarts KPI / objectifs")
	if len(s.KpiRows) == 0 {
		d.paragraph("")
		return
	}
	cols := []column{
		{"Indicateur", 52, "L"}, {"Résultat", 28, "R"}, {"Cible", 28, "R"},
		{"Écart", 44, "R"}, {"Objectif", 22, "C"},
	}
	rows := make([][]cell, 0, len(s.KpiRows))
	for _, r := range s.KpiRows {
		g := s.RowGap(r)
		verdict := "—"
		switch g.Verdict {
		case attempt.VerdictMet:
			verdict = "atteint"
		case attempt.VerdictMissed:
			verdict = "non atteint"
		}
		rows = append(rows, []cell{
			orPlaceholder(d.kpiLabel(r)),
			plain(domain.WithUnit(domain.FormatNumber(r.Result, 2), r.Unit)),
			plain(domain.WithUnit(domain.FormatNumber(r.Target, 2), r.Unit)),
			{text: g.String(), bold: true},
			plain(verdict),
		})
	}
	d.table(cols, rows)
	d.note("Écart = résultat − cible (négatif : en dessous de la cible), puis, entre parenthèses, l'écart rapporté à la cible. Pour un indicateur en %, l'écart est en points (pts). « Objectif » tient compte du sens de l'indicateur (pour un coût, être sous la cible est favorable) ; « — » pour un indicateur ajouté librement.")
}

// kpiLabel is the scenario KPI's label, or the candidate's own label.
func (d *document) kpiLabel(r domain.KpiRow) string {
	if r.KpiID != "" {
		if k, ok := d.s.Exam.KPI(r.KpiID); ok {
			return k.Label
		}
		return r.KpiID
	}
	return r.Label
}

func (d *document) causes() {
	s := d.s
	d.heading2("Diagnostic des causes, par ordre d'importance")
	if len(s.Causes) == 0 {
		d.paragraph("")
		return
	}
	for i, c := range s.Causes {
		d.heading3("Cause n° " + itoa(i+1))
		d.paragraph(c.Text)
		if len(c.Evidence) == 0 {
			d.note("Aucune réponse d'agent citée à l'appui.")
		} else {
			d.need(5 + 4*lineBody) // keep the label with the first evidence
			d.font("B", sizeSmall)
			d.text(colMuted)
			d.pdf.CellFormat(contentWidth, 5, "Étayée par :", "", 1, "L", false, 0, "")
			for _, qid := range c.Evidence {
				d.evidence(qid)
			}
		}
		d.pdf.Ln(2)
	}
}

// evidence prints who answered, the question and the excerpt of the answer
// the candidate relies on (the pinned excerpt when there is one).
func (d *document) evidence(questionID string) {
	q, ok := d.s.Question(questionID)
	if !ok {
		d.item("•", "Question "+questionID+" introuvable")
		return
	}
	label := d.agentLabel(q.AgentID) + " — " + string(q.Phase) + ", " + shortDateTime(q.AskedAt, d.r.Location)
	answer := "Réponse : (non disponible)"
	if q.Answer != nil {
		answer = "Réponse : « " + shorten(q.Answer.Text, answerExcerpt) + " »"
		if q.Pinned && strings.TrimSpace(q.Excerpt) != "" {
			answer = "Extrait retenu : « " + shorten(q.Excerpt, answerExcerpt) + " »"
		}
	}
	d.item("•", label, "Question : « "+shorten(q.Text, questionExcerpt)+" »", answer)
}

func (d *document) agentLabel(id string) string {
	a, ok := d.s.Exam.Agent(id)
	if !ok {
		return id
	}
	switch a.Kind {
	case "team":
		return a.Name + " (équipe projet)"
	case "supplier":
		return a.Name + " (prestataire)"
	}
	return a.Name
}

func (d *document) conclusions() {
	s := d.s
	d.heading2("Conclusions opérationnelles J1")
	if len(s.Conclusions) == 0 {
		d.paragraph("")
		return
	}
	for i, c := range s.Conclusions {
		d.item(itoa(i+1)+".", "", c.Text)
		d.pdf.Ln(1)
	}
}

// pinned lists the answers pinned as evidence: the data the candidate kept.
func (d *document) pinned() {
	var qs []*attempt.Question
	for i := range d.s.Questions {
		if q := &d.s.Questions[i]; q.Pinned && q.Answer != nil {
			qs = append(qs, q)
		}
	}
	d.heading2("Données retenues : réponses épinglées")
	if len(qs) == 0 {
		d.paragraph("")
		return
	}
	for _, q := range qs {
		d.evidence(q.QuestionID)
	}
}

// ---- S2 -------------------------------------------------------------------

var conceptLabels = map[string]string{
	domain.ConceptFormat:            "Format",
	domain.ConceptVenue:             "Lieu",
	domain.ConceptTargets:           "Cibles",
	domain.ConceptInclusiveMeasures: "Dispositifs inclusifs",
}

func (d *document) sectionS2() {
	// S2 is a separate deliverable of J2: it starts on its own page.
	d.pdf.AddPage()
	d.heading1("S2 — Projet événementiel de relancement", "Compétence C19")
	d.concept()
	d.planning()
	d.budget()
	d.communication()
	d.links()
}

func (d *document) concept() {
	d.heading2("Concept événementiel")
	for _, f := range domain.ConceptFields {
		d.heading3(conceptLabels[f])
		d.paragraph(d.s.Concept[f])
		d.pdf.Ln(1.5)
	}
}

// milestonesByDate is the planning in date order (entry order for equal or
// unreadable dates, which come last).
func (d *document) milestonesByDate() []domain.Milestone {
	ms := slices.Clone(d.s.Milestones)
	slices.SortStableFunc(ms, func(a, b domain.Milestone) int {
		ta, oka := parseDate(a.Date)
		tb, okb := parseDate(b.Date)
		switch {
		case oka && okb:
			return ta.Compare(tb)
		case oka:
			return -1
		case okb:
			return 1
		}
		return 0
	})
	return ms
}

func (d *document) milestoneTitle(id string) string {
	for _, m := range d.s.Milestones {
		if m.MilestoneID == id {
			return m.Title
		}
	}
	return id
}

func (d *document) planning() {
	d.heading2("Planning de mise en place")
	if len(d.s.Milestones) == 0 {
		d.paragraph("")
		return
	}
	ms := d.milestonesByDate()
	cols := []column{{"Jalon", 70, "L"}, {"Date", 22, "C"}, {"Responsable", 40, "L"}, {"Dépend de", 42, "L"}}
	rows := make([][]cell, 0, len(ms))
	for _, m := range ms {
		deps := make([]string, len(m.DependsOn))
		for i, id := range m.DependsOn {
			deps[i] = d.milestoneTitle(id)
		}
		dep := strings.Join(deps, "\n")
		if dep == "" {
			dep = "—"
		}
		rows = append(rows, []cell{orPlaceholder(m.Title), plain(frenchDate(m.Date)), orPlaceholder(m.Owner), plain(dep)})
	}
	d.table(cols, rows)
	d.gantt(ms)
}

func (d *document) budget() {
	s := d.s
	d.heading2("Budget arbitré et chiffré")
	if len(s.Budget) == 0 {
		d.paragraph("")
	} else {
		cols := []column{
			{"Catégorie", 27, "L"}, {"Poste", 47, "L"}, {"Prestataire", 30, "L"},
			{"Quantité", 18, "R"}, {"Prix unitaire", 25, "R"}, {"Total", 27, "R"},
		}
		rows := make([][]cell, 0, len(s.Budget))
		for _, l := range s.Budget {
			rows = append(rows, []cell{
				orPlaceholder(l.Category), orPlaceholder(l.Label), plain(orDash(l.Supplier)),
				plain(domain.FormatNumber(l.Quantity, 2)), plain(domain.FormatEuros(l.UnitPriceCents)),
				{text: domain.FormatEuros(l.Total()), bold: true},
			})
		}
		d.table(cols, rows)
	}
	d.budgetSummary()
}

// budgetSummary prints the total against the envelope and the difference.
func (d *document) budgetSummary() {
	s := d.s
	p := d.pdf
	total, env := s.BudgetTotal(), s.Exam.EnvelopeCents
	type line struct {
		label, value string
		bold         bool
		colour       rgb
	}
	lines := []line{
		{"Total du budget", domain.FormatEuros(total), true, colText},
		{"Enveloppe", domain.FormatEuros(env), false, colText},
	}
	if over := s.BudgetOverrun(); over > 0 {
		lines = append(lines, line{"Dépassement de l'enveloppe", "+" + domain.FormatEuros(over), true, colBarInverted})
	} else {
		lines = append(lines, line{"Reste disponible", domain.FormatEuros(env - total), true, colText})
	}
	if env > 0 {
		pct := domain.WithUnit(domain.FormatNumber(float64(total)/float64(env)*100, 1), "%")
		lines = append(lines, line{"Part de l'enveloppe engagée", pct, false, colText})
	}
	const valueW = 32.0
	d.need(float64(len(lines)) * 5.5)
	d.draw(colRule)
	p.SetLineWidth(0.15)
	for _, l := range lines {
		style := ""
		if l.bold {
			style = "B"
		}
		d.font(style, sizeBody)
		d.text(l.colour)
		p.SetX(marginLeft)
		p.CellFormat(contentWidth-valueW, 5.5, l.label, "", 0, "R", false, 0, "")
		p.CellFormat(valueW, 5.5, l.value, "B", 1, "R", false, 0, "")
	}
	p.Ln(2)
}

func (d *document) communication() {
	c := d.s.Communication
	d.heading2("Support de communication événementiel")
	d.paragraph(c.Text)
	d.pdf.Ln(1.5)
	d.heading3("Mesures d'accessibilité et de diversité des publics")
	if len(c.Measures) == 0 {
		d.paragraph("")
		return
	}
	for _, m := range c.Measures {
		d.item("•", "", m)
	}
}

// links lists each S2 item linked to J1 causes, in report order.
func (d *document) links() {
	s := d.s
	d.heading2("Liens J1 → J2 : causes traitées par chaque choix")
	type item struct {
		key   attempt.LinkKey
		label string
	}
	var items []item
	for _, f := range domain.ConceptFields {
		items = append(items, item{attempt.LinkKey{Kind: domain.ItemConcept, ID: f}, "Concept — " + conceptLabels[f]})
	}
	for _, m := range s.Milestones {
		items = append(items, item{attempt.LinkKey{Kind: domain.ItemMilestone, ID: m.MilestoneID}, "Jalon — " + m.Title})
	}
	for _, l := range s.Budget {
		items = append(items, item{attempt.LinkKey{Kind: domain.ItemBudgetLine, ID: l.LineID}, "Budget — " + l.Label})
	}
	items = append(items, item{attempt.LinkKey{Kind: domain.ItemCommunication}, "Support de communication"})

	var rows [][]cell
	for _, it := range items {
		ids := s.Links[it.key]
		if len(ids) == 0 {
			continue
		}
		causes := make([]string, 0, len(ids))
		for _, id := range ids {
			if n := s.CauseRank(id); n > 0 {
				causes = append(causes, "n° "+itoa(n)+" — "+shorten(s.Causes[n-1].Text, causeInTable))
			}
		}
		rows = append(rows, []cell{plain(it.label), plain(strings.Join(causes, "\n"))})
	}
	if len(rows) == 0 {
		d.paragraph("")
		return
	}
	d.table([]column{{"Choix J2", 64, "L"}, {"Causes J1 auxquelles il répond", 110, "L"}}, rows)
}
