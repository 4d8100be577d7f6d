package simulate

import (
	"context"
	"fmt"
	"time"
)

// Texts of the simulated report: plausible French, identical for every
// simulated candidate (they are not graded, they exercise the API).
var (
	causeTexts = []string{
		"Le parcours de souscription en ligne n'était pas prêt au lancement des médias : le trafic payé est arrivé sur une page inopérante.",
		"La cible touchée ne correspondait qu'en partie à la cible visée : une part importante de l'audience était hors cœur de cible.",
		"Les équipes terrain n'ont pas été formées ni équipées à temps pour relayer l'offre en agence.",
	}
	conclusionTexts = []string{
		"Synchroniser l'ouverture du parcours en ligne et la diffusion des médias, avec une recette technique préalable.",
		"Recentrer le ciblage média sur les segments prioritaires et suivre la part de cible chaque semaine.",
		"Former et outiller les équipes terrain avant tout lancement, avec un kit de relais et des objectifs partagés.",
	}
	conceptValues = map[string]string{
		"FORMAT":             "Soirée de relance en présentiel, retransmise en direct, avec ateliers de découverte de l'offre.",
		"VENUE":              "Lieu central accessible en transports en commun et de plain-pied.",
		"TARGETS":            "Jeunes actifs de 25 à 35 ans et travailleurs indépendants de la métropole.",
		"INCLUSIVE_MEASURES": "Accès de plain-pied, boucle magnétique, sous-titrage en direct et interprétation en LSF.",
	}
	communicationText     = "Invitation multicanale (e-mail, réseaux sociaux, relais en agence) présentant l'événement et l'offre Élan, en langage clair, avec une version accessible."
	communicationMeasures = []string{"Version FALC de l'invitation", "Vidéo sous-titrée et interprétée en LSF", "Contrastes et tailles de police conformes RGAA"}
)

func (r *runner) buildS1(ctx context.Context) error {
	a := r.att.ID
	rows := 0
	for _, k := range r.sc.KPIs {
		if rows == 3 {
			break
		}
		if err := r.mutate(ctx, mAddKpiRow, input(a, map[string]any{"kpiId": k.ID, "result": k.Result, "target": k.Target})); err != nil {
			return fmt.Errorf("KPI row %s: %w", k.ID, err)
		}
		rows++
	}
	var causes []string
	for i, text := range causeTexts {
		id, err := r.create(ctx, mAddCause, input(a, map[string]any{"text": text}))
		if err != nil {
			return fmt.Errorf("cause: %w", err)
		}
		causes = append(causes, id)
		if len(r.answered) > 0 {
			q := r.answered[i%len(r.answered)]
			if err := r.mutate(ctx, mLinkEvidence, input(a, map[string]any{"causeId": id, "questionId": q})); err != nil {
				return fmt.Errorf("evidence: %w", err)
			}
		}
	}
	for _, text := range conclusionTexts {
		if err := r.mutate(ctx, mWriteConclusion, input(a, map[string]any{"text": text})); err != nil {
			return fmt.Errorf("conclusion: %w", err)
		}
	}
	if err := r.mutate(ctx, mOralPrep, input(a, map[string]any{"competency": "C21",
		"text": "Justifier le choix du lieu par l'accessibilité et le budget ; rappeler les causes du J1 auxquelles il répond."})); err != nil {
		return fmt.Errorf("oral prep: %w", err)
	}
	r.causes = causes
	return nil
}

func (r *runner) buildS2(ctx context.Context) error {
	a := r.att.ID
	for _, f := range []string{"FORMAT", "VENUE", "TARGETS", "INCLUSIVE_MEASURES"} {
		if err := r.mutate(ctx, mConcept, input(a, map[string]any{"field": f, "value": conceptValues[f]})); err != nil {
			return fmt.Errorf("concept %s: %w", f, err)
		}
	}
	day := time.Now().UTC().AddDate(0, 1, 0)
	var prev []string
	for i, title := range []string{"Réservation du lieu", "Envoi des invitations", "Soirée de relance"} {
		id, err := r.create(ctx, mAddMilestone, input(a, map[string]any{
			"title": title, "date": day.AddDate(0, 0, 7*i).Format(time.DateOnly), "owner": "Cheffe de projet", "dependsOn": prev,
		}))
		if err != nil {
			return fmt.Errorf("milestone: %w", err)
		}
		prev = []string{id}
	}
	lines := 0
	for _, o := range r.sc.Offers {
		if lines == 3 {
			break
		}
		qty := max(1, o.MinQty)
		if err := r.mutate(ctx, mAddBudgetLine, input(a, map[string]any{
			"category": o.Category, "supplier": o.Supplier, "label": o.Label, "quantity": qty, "unitPriceEuros": o.UnitPrice,
		})); err != nil {
			return fmt.Errorf("budget line %s: %w", o.ID, err)
		}
		lines++
	}
	if err := r.mutate(ctx, mCommunication, input(a, map[string]any{"text": communicationText, "measures": communicationMeasures})); err != nil {
		return fmt.Errorf("communication: %w", err)
	}
	if len(r.causes) > 0 {
		if err := r.mutate(ctx, mLink, input(a, map[string]any{"itemKind": "CONCEPT", "itemId": "format", "causeIds": r.causes})); err != nil {
			return fmt.Errorf("J1→J2 link: %w", err)
		}
	}
	return nil
}

// create runs a mutation that creates an item and returns its id.
func (r *runner) create(ctx context.Context, doc string, vars map[string]any) (string, error) {
	r.think(ctx)
	var out map[string]struct{ ID string }
	if err := r.conn.Do(ctx, doc, vars, &out); err != nil {
		return "", err
	}
	for _, v := range out {
		return v.ID, nil
	}
	return "", fmt.Errorf("no id in the answer")
}

func input(attemptID string, fields map[string]any) map[string]any {
	fields["attemptId"] = attemptID
	return map[string]any{"input": fields}
}
