package offline

import "cellule/scenarios"

// fixture is a small hand-made scenario: enough facts for idf to mean
// something, one prerequisite, one negotiable term, redirects, synonyms.
// Built in Go so that the engine's tests do not depend on the flagship.
func fixture() *scenarios.Scenario {
	price := 3800.0
	persona := func(coop, resist float64) scenarios.Persona {
		return scenarios.Persona{
			Tone:        "posé",
			Cooperation: coop,
			Resistance:  resist,
			Openers:     []string{"Alors, ", "D'après mes chiffres, ", "Je vous réponds. "},
			Connectors:  []string{"Par ailleurs, ", "Autre point : "},
			Closers:     []string{"Autre chose ?", "Je reste disponible."},
			Vague:       []string{"Votre question est trop large, précisez l'indicateur.", "Pouvez-vous être plus précis ?"},
			Refusals:    []string{"Je reste dans mon rôle, désolé.", "Ce n'est pas une question pour moi."},
			Repeats:     []string{"Comme je vous le disais, ", "Je vous l'ai déjà indiqué : "},
		}
	}
	return &scenarios.Scenario{
		ID: "fixture", Title: "Fixture", Version: "1", Language: "fr",
		Synonyms: [][]string{
			{"taux de transformation", "taux de conversion", "conversion"},
			{"inscrits", "participants", "personnes inscrites"},
			{"salle", "lieu", "espace"},
			{"prix", "tarif", "coût"},
		},
		Agents: []scenarios.Agent{
			{
				ID: "data", Name: "Inès Garnier", Role: "Responsable données", Kind: scenarios.Team,
				Days: []scenarios.Day{scenarios.J1, scenarios.J2}, Persona: persona(0.7, 0.2),
				Redirects: []scenarios.Redirect{
					{Topics: []string{"formation des conseillers", "agences"}, Agent: "terrain", Say: "Voyez avec Karim, au commercial terrain."},
				},
				Facts: []scenarios.Fact{
					{ID: "data.taux-conversion", Text: "Le taux de conversion des visites en inscriptions est de 2,4 %, pour un objectif de 3 %.",
						Topics: []string{"conversion"}, Triggers: []string{"quel est le taux de conversion ?", "combien de visiteurs se sont inscrits ?"},
						Importance: scenarios.Critical, Exclusive: true},
					{ID: "data.couverture", Text: "La campagne a touché 1 150 000 personnes uniques, pour un objectif de 900 000.",
						Topics: []string{"couverture", "audience"}, Triggers: []string{"combien de personnes la campagne a-t-elle touchées ?", "quelle est la couverture ?"},
						Importance: scenarios.Useful, Exclusive: true},
					{ID: "data.rebond", Text: "Le taux de rebond de la page d'atterrissage atteint 71 %. Sur mobile, la page met 6,8 secondes à s'afficher.",
						Topics: []string{"taux de rebond", "mobile"}, Triggers: []string{"quel est le taux de rebond de la page ?", "la page se chargeait-elle vite sur mobile ?"},
						Importance: scenarios.Useful, Exclusive: true},
					{ID: "data.budget-media", Text: "Le budget média dépensé est de 48 000 €, dont 30 000 € sur les réseaux sociaux.",
						Topics: []string{"budget média", "dépenses"}, Triggers: []string{"combien a coûté le média ?", "quel budget média a été dépensé ?"},
						Importance: scenarios.Critical, Exclusive: true, Requires: []string{"data.couverture"}},
					{ID: "data.satisfaction", Text: "La satisfaction des inscrits est de 6,1 sur 10 selon l'enquête de décembre.",
						Topics: []string{"satisfaction", "enquête"}, Triggers: []string{"les inscrits sont-ils satisfaits ?", "quelle est la note de satisfaction ?"},
						Importance: scenarios.Useful, Exclusive: true},
					{ID: "data.meteo-bureau", Text: "Le tableau de bord est mis à jour chaque lundi matin.",
						Topics: []string{"tableau de bord", "mise à jour"}, Triggers: []string{"quand le tableau de bord est-il mis à jour ?"},
						Importance: scenarios.Noise},
				},
			},
			{
				ID: "terrain", Name: "Karim Benali", Role: "Responsable commercial terrain", Kind: scenarios.Team,
				Days: []scenarios.Day{scenarios.J1}, Persona: persona(0.5, 0.3),
				Facts: []scenarios.Fact{
					{ID: "terrain.formation", Text: "Les conseillers en agence n'ont reçu aucune formation sur l'offre avant le lancement.",
						Topics: []string{"formation des conseillers", "agences"}, Triggers: []string{"les conseillers ont-ils été formés à l'offre ?", "quelle formation en agence ?"},
						Importance: scenarios.Critical, Exclusive: true},
					{ID: "terrain.objections", Text: "Les clients trouvent l'offre trop chère : c'est l'objection numéro un en rendez-vous.",
						Topics: []string{"objections clients", "prix ressenti"}, Triggers: []string{"que disent les clients en rendez-vous ?", "quelles objections entendez-vous ?"},
						Importance: scenarios.Critical, Exclusive: true},
				},
			},
			{
				ID: "lieu", Name: "Sophie Durand", Role: "Chargée de clientèle du centre de congrès", Kind: scenarios.Supplier,
				Days: []scenarios.Day{scenarios.J2}, Persona: persona(0.6, 0.5),
				Facts: []scenarios.Fact{
					{ID: "lieu.tarif-salle", Text: "La grande salle coûte 4 500 € HT la journée, technique de base comprise.",
						Topics: []string{"tarif de la salle"}, Triggers: []string{"combien coûte la grande salle ?", "quel est le tarif de location de la salle ?"},
						Importance: scenarios.Critical, Exclusive: true,
						Negotiation: &scenarios.Negotiation{
							Offer:        "lieu.grande-salle",
							Arguments:    []string{"nous sommes une association à but non lucratif", "nous réservons aussi la salle pour l'année prochaine"},
							Concession:   "Pour une association, je peux descendre à 3 800 € HT la journée.",
							NewUnitPrice: &price,
						}},
					{ID: "lieu.accessibilite", Text: "La salle est de plain-pied, équipée d'une boucle magnétique ; l'interprétation en LSF n'est pas fournie.",
						Topics: []string{"accessibilité", "boucle magnétique", "handicap"}, Triggers: []string{"la salle est-elle accessible aux personnes handicapées ?", "avez-vous une boucle magnétique ?"},
						Importance: scenarios.Useful, Exclusive: true},
					{ID: "lieu.dates", Text: "La grande salle est libre les 12 et 19 mars ; le 5 mars est déjà réservé.",
						Topics: []string{"dates", "disponibilités"}, Triggers: []string{"quelles dates sont disponibles ?", "la salle est-elle libre en mars ?"},
						Importance: scenarios.Useful, Exclusive: true},
				},
			},
		},
	}
}
