package scenarios

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"
)

// validFS returns the valid fixture as an in-memory folder "valid", ready
// to be broken one edit at a time.
func validFS(t testing.TB) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS("testdata"), "valid", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path.Join("testdata", p))
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// edit changes one file of the fixture: replace old (which must occur
// exactly once) by new; an empty old appends new; remove deletes the file.
type edit struct {
	file     string
	old, new string
	remove   bool
}

func apply(t *testing.T, m fstest.MapFS, edits []edit) {
	t.Helper()
	for _, e := range edits {
		name := path.Join("valid", e.file)
		switch {
		case e.remove:
			delete(m, name)
		case m[name] == nil:
			m[name] = &fstest.MapFile{Data: []byte(e.new)}
		case e.old == "":
			m[name].Data = append(m[name].Data, e.new...)
		default:
			data := string(m[name].Data)
			if n := strings.Count(data, e.old); n != 1 {
				t.Fatalf("fixture edit: %q occurs %d times in %s, want once", e.old, n, name)
			}
			m[name].Data = []byte(strings.Replace(data, e.old, e.new, 1))
		}
	}
}

func TestValidFixtureLoads(t *testing.T) {
	s, err := Load("testdata/valid")
	if err != nil {
		t.Fatalf("Load(testdata/valid) = %v", err)
	}
	if got := Lint(s); got != nil {
		t.Fatalf("Lint of a loaded scenario = %v, want nil", got)
	}
	if s.ID != "valid" || s.Dir != "testdata/valid" || len(s.Agents) != 3 || len(s.KPIs) != 2 || len(s.Offers) != 2 || len(s.Competencies) != 12 {
		t.Fatalf("loaded %s from %s: %d agents, %d KPIs, %d offers, %d competencies",
			s.ID, s.Dir, len(s.Agents), len(s.KPIs), len(s.Offers), len(s.Competencies))
	}
	// Agents are in file-name order; positions are recorded for the engines'
	// and authors' messages.
	if s.Agents[0].ID != "data" || s.Agents[1].ID != "lieu" || s.Agents[2].ID != "terrain" {
		t.Errorf("agents order = %s, %s, %s", s.Agents[0].ID, s.Agents[1].ID, s.Agents[2].ID)
	}
	f, a, ok := s.Fact("data.budget-media")
	if !ok || a.ID != "data" || f.File != "testdata/valid/agents/data.yaml" || f.Line != 33 {
		t.Errorf("Fact(data.budget-media) = %+v in %v, %v", f, a, ok)
	}
	if k, _ := s.KPI("budget-media"); k.File != "testdata/valid/kpis.yaml" || k.Line != 16 {
		t.Errorf("KPI budget-media at %s:%d", k.File, k.Line)
	}
	if o, _ := s.Offer("boucle-magnetique"); o.Line != 15 || o.UnitPrice != 800 {
		t.Errorf("offer boucle-magnetique at line %d, price %g", o.Line, o.UnitPrice)
	}
	if n := s.Agents[1].Facts[0].Negotiation; n == nil || n.NewUnitPrice == nil || *n.NewUnitPrice != 5000 {
		t.Errorf("negotiation of lieu.tarif-salle-a = %+v", n)
	}
}

func TestLintReportsEachProblemAtItsLine(t *testing.T) {
	tests := []struct {
		name  string
		edits []edit
		want  []string
	}{
		// Parse level: nothing is silently dropped or misread.
		{
			name:  "a misspelt field is an error with a suggestion",
			edits: []edit{{file: "agents/terrain.yaml", old: "    triggers:", new: "    trigers:"}},
			want:  []string{"valid/agents/terrain.yaml:19: clé inconnue « trigers » dans facts[0] : vouliez-vous dire « triggers » ?"},
		},
		{
			name:  "an unknown field lists the possible ones",
			edits: []edit{{file: "scenario.yaml", new: "couleur: bleu\n"}},
			want:  []string{"valid/scenario.yaml:21: clé inconnue « couleur » (clés possibles : budget, id, language, modes, schedule, title, version)"},
		},
		{
			name:  "a French decimal comma in a number field",
			edits: []edit{{file: "kpis.yaml", old: "result: 2.4", new: "result: 2,4"}},
			want:  []string{"valid/kpis.yaml:7: kpis[0].result : un nombre est attendu, pas « 2,4 » (séparateur décimal : le point, par exemple 2.4)"},
		},
		{
			name:  "a text where a list is expected",
			edits: []edit{{file: "agents/terrain.yaml", old: "    triggers:\n      - combien de visiteurs du stand ont adhéré", new: "    triggers: combien de visiteurs du stand ont adhéré"}},
			want:  []string{"valid/agents/terrain.yaml:19: facts[0].triggers : une liste (lignes commençant par « - ») est attendue"},
		},
		{
			name:  "invalid YAML syntax",
			edits: []edit{{file: "offers.yaml", old: "    label: Boucle magnétique", new: "    label: [Boucle magnétique"}},
			want:  []string{"valid/offers.yaml:18: syntaxe YAML invalide : did not find expected ',' or ']'"},
		},
		{
			name:  "a duplicated key",
			edits: []edit{{file: "agents/data.yaml", old: "    importance: useful\n", new: "    importance: useful\n    importance: noise\n"}},
			want:  []string{"valid/agents/data.yaml:39: clé « importance » en double (déjà à la ligne 38)"},
		},
		{
			name:  "aliases are refused",
			edits: []edit{{file: "synonyms.yaml", new: "  - &mots [a, b]\n  - *mots\n"}},
			want: []string{
				"valid/synonyms.yaml:4: les ancres YAML (&mots) sont interdites : recopiez le contenu",
				"valid/synonyms.yaml:5: les alias YAML (*mots) sont interdits : recopiez le contenu",
			},
		},
		{
			// "- &c id: x" anchors the key "id", not the list item: refused
			// wherever the anchor or alias sits, keys included.
			name: "anchors and aliases on a list item's key, a map key or a value",
			edits: []edit{
				{file: "kpis.yaml", old: "  - id: taux-conversion", new: "  - &c id: taux-conversion"},
				{file: "scenario.yaml", old: "  practice:", new: "  &p practice:"},
				{file: "brief.yaml", old: "advertiser: Mutuelle Exemple", new: "advertiser: &a Mutuelle Exemple"},
			},
			want: []string{
				"valid/brief.yaml:2: les ancres YAML (&a) sont interdites : recopiez le contenu",
				"valid/kpis.yaml:2: les ancres YAML (&c) sont interdites : recopiez le contenu",
				"valid/scenario.yaml:14: les ancres YAML (&p) sont interdites : recopiez le contenu",
			},
		},
		{
			name:  "an unquoted version is refused: YAML would read it as a number",
			edits: []edit{{file: "scenario.yaml", old: `version: "1"`, new: "version: 1.10"}},
			want:  []string{`valid/scenario.yaml:3: version doit être un texte entre guillemets, par exemple version: "1.10" (sans guillemets, 1.10 est lu comme un nombre : 1.10 deviendrait 1.1)`},
		},
		{
			name:  "a version read as true/false",
			edits: []edit{{file: "scenario.yaml", old: `version: "1"`, new: "version: true"}},
			want:  []string{`valid/scenario.yaml:3: version doit être un texte entre guillemets, par exemple version: "true" (sans guillemets, true est lu comme une valeur true/false)`},
		},
		{
			name:  "two YAML documents in one file",
			edits: []edit{{file: "brief.yaml", new: "---\ntitle: autre\n"}},
			want:  []string{"valid/brief.yaml:10: un seul document YAML par fichier (retirez le « --- » supplémentaire)"},
		},
		{
			name:  "a missing file, an empty file, a misspelt file name",
			edits: []edit{{file: "brief.yaml", remove: true}, {file: "synonyms.yaml", remove: true}, {file: "synonyms.yaml", new: "# à compléter\n"}, {file: "order_email.yaml", remove: true}, {file: "order-email.yaml", new: "from: x\n"}},
			want: []string{
				"valid/brief.yaml: fichier manquant",
				"valid/order-email.yaml: fichier inconnu, il ne serait pas lu (fichiers attendus : scenario.yaml, brief.yaml, kpis.yaml, offers.yaml, order_email.yaml, competencies.yaml, synonyms.yaml, eval.yaml, agents/*.yaml)",
				"valid/order_email.yaml: fichier manquant",
				"valid/synonyms.yaml: fichier vide",
			},
		},
		{
			name:  "an agent whose id is not its file name",
			edits: []edit{{file: "agents/terrain.yaml", old: "id: terrain\n", new: "id: commercial\n"}},
			want:  []string{"valid/agents/terrain.yaml:1: l'id de l'agent « commercial » doit être le nom du fichier « terrain »"},
		},
		{
			name:  "a scenario whose id is not its folder name",
			edits: []edit{{file: "scenario.yaml", old: "id: valid", new: "id: vitalia"}},
			want:  []string{"valid/scenario.yaml:1: l'id « vitalia » doit être le nom du dossier « valid »"},
		},

		// Scenario, brief, schedule and modes.
		{
			name: "required fields, language, schedule and modes",
			edits: []edit{
				{file: "scenario.yaml", old: "title: Relance du salon Bien-être", new: "title: \"  \""},
				{file: "scenario.yaml", old: "language: fr", new: "language: en"},
				{file: "scenario.yaml", old: "  j2_minutes: 420", new: "  j2_minutes: 0"},
				{file: "scenario.yaml", old: "  certification:", new: "  examen:"},
				{file: "brief.yaml", old: "advertiser: Mutuelle Exemple\n", new: ""},
			},
			want: []string{
				"valid/brief.yaml:1: champ obligatoire « advertiser » manquant ou vide",
				"valid/scenario.yaml:2: champ obligatoire « title » manquant ou vide",
				"valid/scenario.yaml:4: langue « en » non prise en charge : seule « fr » l'est (le moteur hors ligne est français)",
				"valid/scenario.yaml:10: schedule.j2_minutes doit être une durée positive en minutes",
				"valid/scenario.yaml:13: mode « certification » manquant dans modes",
				"valid/scenario.yaml:17: mode inconnu « examen » (modes possibles : certification, practice)",
			},
		},

		// Agents.
		{
			name: "agent kind and days",
			edits: []edit{
				{file: "agents/lieu.yaml", old: "days: [J2]", new: "days: [J1, J2]"},
				{file: "agents/terrain.yaml", old: "kind: team", new: "kind: equipe"},
				{file: "agents/data.yaml", old: "days: [J1, J2]", new: "days: [J2, J3, J2]"},
			},
			want: []string{
				"valid/agents: il faut au moins un agent de l'équipe projet (kind: team) disponible en J1",
				"valid/agents/data.yaml:5: jour « J3 » invalide : un agent ne peut être disponible qu'en J1 ou J2",
				"valid/agents/data.yaml:5: jour « J2 » en double",
				"valid/agents/data.yaml:5: un agent de l'équipe projet (team) doit être disponible en J1",
				"valid/agents/lieu.yaml:5: un prestataire (supplier) ne peut être disponible qu'en J2",
				"valid/agents/terrain.yaml:4: kind « equipe » invalide : team (équipe projet) ou supplier (prestataire)",
			},
		},
		{
			name: "at least one project-team agent on J1",
			edits: []edit{
				{file: "agents/data.yaml", old: "days: [J1, J2]", new: "days: [J2]"},
				{file: "agents/terrain.yaml", old: "kind: team", new: "kind: supplier"},
				{file: "agents/terrain.yaml", old: "days: [J1, J2]", new: "days: [J2]"},
			},
			want: []string{
				"valid/agents: il faut au moins un agent de l'équipe projet (kind: team) disponible en J1",
				"valid/agents/data.yaml:5: un agent de l'équipe projet (team) doit être disponible en J1",
			},
		},
		{
			name: "persona bounds and mandatory lines",
			edits: []edit{
				{file: "agents/data.yaml", old: "cooperation: 0.7", new: "cooperation: 1.5"},
				{file: "agents/lieu.yaml", old: "resistance: 0.5", new: "resistance: -0.1"},
				{file: "agents/terrain.yaml", old: "  refusals:\n    - Je ne peux pas répondre à ça.\n", new: "  refusals: []\n"},
				{file: "agents/terrain.yaml", old: "    - Difficile à dire comme ça.", new: "    - \"\""},
			},
			want: []string{
				"valid/agents/data.yaml:8: persona.cooperation doit être entre 0 et 1, pas 1.5",
				"valid/agents/lieu.yaml:9: persona.resistance doit être entre 0 et 1, pas -0.1",
				"valid/agents/terrain.yaml:12: persona.vague : entrée vide",
				"valid/agents/terrain.yaml:13: persona.refusals : au moins 1 attendu(s), 0 trouvé(s)",
			},
		},
		{
			name: "redirects name an existing colleague available the same days",
			edits: []edit{
				{file: "agents/terrain.yaml", old: "days: [J1, J2]", new: "days: [J1]"},
				{file: "agents/lieu.yaml", old: "facts:\n", new: "redirects:\n  - topics: [conversion]\n    agent: terrain\n    say: Voyez avec le commercial.\nfacts:\n"},
				{file: "agents/data.yaml", old: "    say: Voyez plutôt avec l'équipe commerciale.\n", new: "    say: Voyez plutôt avec l'équipe commerciale.\n  - topics: [x]\n    agent: data\n    say: moi\n  - topics: [y]\n    agent: compta\n    say: compta\n"},
			},
			want: []string{
				"valid/agents/data.yaml:25: un agent ne peut pas se rediriger vers lui-même",
				"valid/agents/data.yaml:28: redirection vers un agent inconnu « compta »",
				"valid/agents/lieu.yaml:17: une redirection doit viser un agent disponible un même jour : « terrain » ne l'est jamais",
			},
		},
		{
			name: "fact ids, triggers, topics and importance",
			edits: []edit{
				{file: "agents/data.yaml", old: "  - id: data.budget-media", new: "  - id: budget-media"},
				{file: "agents/data.yaml", old: "      - combien a coûté le média", new: "      - \" \""},
				{file: "agents/data.yaml", old: "    topics: [budget]\n", new: ""},
				{file: "agents/data.yaml", old: "importance: useful", new: "importance: important"},
				{file: "agents/lieu.yaml", old: "    triggers:\n      - avez-vous une boucle magnétique\n", new: ""},
			},
			want: []string{
				"valid/agents/data.yaml:33: id de fait « budget-media » invalide : il doit commencer par l'id de l'agent, par exemple « data.taux-conversion »",
				"valid/agents/data.yaml:33: topics : au moins 1 attendu(s), 0 trouvé(s)",
				"valid/agents/data.yaml:36: triggers (formulations qui font obtenir le fait) : entrée vide",
				"valid/agents/data.yaml:37: importance « important » invalide : critical, useful ou noise",
				"valid/agents/lieu.yaml:28: triggers (formulations qui font obtenir le fait) : au moins 1 attendu(s), 0 trouvé(s)",
				"valid/kpis.yaml:24: fact : fait inconnu « data.budget-media »",
			},
		},
		{
			name:  "a fact id used twice",
			edits: []edit{{file: "agents/terrain.yaml", new: "  - id: terrain.conversion-salon\n    text: doublon\n    topics: [x]\n    triggers: [y]\n    importance: noise\n"}},
			want:  []string{"valid/agents/terrain.yaml:23: fait « terrain.conversion-salon » défini deux fois (déjà chez l'agent « terrain »)"},
		},
		{
			name: "each J1 agent holds an exclusive critical fact",
			edits: []edit{
				{file: "agents/terrain.yaml", old: "    exclusive: true", new: "    exclusive: false"},
			},
			want: []string{"valid/agents/terrain.yaml:15: un agent J1 doit détenir au moins un fait critique exclusif (importance: critical, exclusive: true)"},
		},
		{
			name: "requires and contradicts name existing facts, contradicts another agent's, no cycle",
			edits: []edit{
				{file: "agents/data.yaml", old: "    contradicts: [terrain.conversion-salon]", new: "    contradicts: [terrain.conversion-salon, data.budget-media, terrain.inconnu]\n    requires: [data.budget-media]"},
				{file: "agents/data.yaml", old: "    requires: [data.taux-conversion]", new: "    requires: [data.taux-conversion, data.absent, data.budget-media]"},
			},
			want: []string{
				"valid/agents/data.yaml:32: contradicts : « data.budget-media » est un fait du même agent ; une contradiction doit opposer deux agents",
				"valid/agents/data.yaml:32: contradicts : fait inconnu « terrain.inconnu »",
				"valid/agents/data.yaml:40: requires : fait inconnu « data.absent »",
				"valid/agents/data.yaml:40: le fait « data.budget-media » ne peut pas se requérir lui-même",
				"valid/agents/data.yaml:40: prérequis circulaires : data.taux-conversion → data.budget-media → data.taux-conversion",
			},
		},
		{
			name: "negotiation: a supplier's own offer, a lower price the concession states",
			edits: []edit{
				{file: "agents/lieu.yaml", old: "      new_unit_price: 5000", new: "      new_unit_price: 6500"},
				{file: "agents/lieu.yaml", new: "    negotiation:\n      offer: salle-b\n      arguments: []\n      concession: \"\"\n"},
				{file: "agents/data.yaml", new: "    negotiation:\n      offer: salle-a\n      arguments: [x]\n      concession: non\n"},
			},
			want: []string{
				"valid/agents/data.yaml:40: seul un prestataire (supplier) peut négocier",
				"valid/agents/data.yaml:41: negotiation.offer doit être une offre de « data » : « salle-a » est celle de « lieu »",
				"valid/agents/lieu.yaml:26: la concession doit annoncer le nouveau prix unitaire 6500",
				"valid/agents/lieu.yaml:27: negotiation.new_unit_price (6500) doit être inférieur au prix de l'offre (6000)",
				"valid/agents/lieu.yaml:35: negotiation.offer : offre inconnue « salle-b »",
				"valid/agents/lieu.yaml:36: negotiation.arguments : au moins 1 attendu(s), 0 trouvé(s)",
				"valid/agents/lieu.yaml:37: champ obligatoire « concession » manquant ou vide",
			},
		},

		// KPIs: the ground truth agrees with what the agents say.
		{
			name: "KPI figures agree with the facts that state them",
			edits: []edit{
				{file: "kpis.yaml", old: "result: 12500", new: "result: 12000"},
				{file: "kpis.yaml", old: "value: 4.1", new: "value: 4.2"},
				{file: "kpis.yaml", old: "category: reach", new: "category: notoriete"},
			},
			want: []string{
				"valid/kpis.yaml:13: le texte du fait « terrain.conversion-salon » doit énoncer la valeur 4,2",
				"valid/kpis.yaml:18: category « notoriete » invalide : reach, engagement, conversion, satisfaction",
				"valid/kpis.yaml:24: le texte du fait « data.budget-media » doit énoncer le résultat 12 000",
			},
		},
		{
			name: "KPI references name the right agent and fact",
			edits: []edit{
				{file: "kpis.yaml", old: "    known_by: data\n    fact: data.budget-media", new: "    known_by: datas\n    fact: data.budget-media"},
				{file: "kpis.yaml", old: "      - agent: terrain", new: "      - agent: data"},
				{file: "kpis.yaml", old: "value: 4.1", new: "value: 2.4"},
			},
			want: []string{
				"valid/kpis.yaml:12: une contradiction doit venir d'un autre agent que « data » (known_by)",
				"valid/kpis.yaml:13: fact doit être un fait de « data » : « terrain.conversion-salon » est un fait de « terrain »",
				"valid/kpis.yaml:14: la valeur contradictoire (2.4) doit différer du résultat",
				"valid/kpis.yaml:23: known_by : agent inconnu « datas »",
			},
		},
		{
			name:  "a KPI contradiction is declared between the two facts",
			edits: []edit{{file: "agents/data.yaml", old: "    contradicts: [terrain.conversion-salon]\n", new: ""}},
			want:  []string{"valid/kpis.yaml:13: les faits « data.taux-conversion » et « terrain.conversion-salon » se contredisent sur cet indicateur : déclarez-le avec contradicts dans l'un des deux"},
		},

		// Offers and budget.
		{
			name: "offers name a supplier and a fact stating the unit price",
			edits: []edit{
				{file: "offers.yaml", old: "    supplier: lieu\n    category: technique", new: "    supplier: terrain\n    category: technique"},
				{file: "offers.yaml", old: "unit_price: 6000", new: "unit_price: 6100"},
				{file: "offers.yaml", old: "dates: [\"2025-06-12\", \"2025-06-13\"]", new: "dates: [\"12/06/2025\"]"},
			},
			want: []string{
				"valid/offers.yaml:11: date « 12/06/2025 » invalide : format AAAA-MM-JJ attendu",
				"valid/offers.yaml:14: le texte du fait « lieu.tarif-salle-a » doit énoncer le prix unitaire 6 100",
				"valid/offers.yaml:16: supplier doit être un prestataire (kind: supplier) : « terrain » n'en est pas un",
				"valid/offers.yaml:22: fact doit être un fait de « terrain » : « lieu.boucle-magnetique » est un fait de « lieu »",
			},
		},
		{
			name:  "the envelope cannot buy everything",
			edits: []edit{{file: "scenario.yaml", old: "envelope: 6000", new: "envelope: 6800"}},
			want:  []string{"valid/scenario.yaml:6: l'enveloppe (6 800 €) suffit à acheter toutes les offres (6 800 € aux quantités minimales) : elle doit obliger à choisir"},
		},
		{
			name:  "the envelope is positive",
			edits: []edit{{file: "scenario.yaml", old: "envelope: 6000", new: "envelope: 0"}},
			want:  []string{"valid/scenario.yaml:6: budget.envelope doit être un montant positif (euros HT)"},
		},

		// Competencies and synonyms.
		{
			name: "the competency grid is C18 to C29 with C21, and only C21, mandatory",
			edits: []edit{
				{file: "competencies.yaml", old: "  - id: C21\n    title: Compétence C21\n    assessed: oral\n    mandatory: true", new: "  - id: C21\n    title: Compétence C21\n    assessed: oral"},
				{file: "competencies.yaml", old: "  - id: C22\n    title: Compétence C22\n    assessed: oral", new: "  - id: C22\n    title: Compétence C22\n    assessed: orale\n    mandatory: true"},
				{file: "competencies.yaml", old: "  - id: C29", new: "  - id: C30"},
				{file: "competencies.yaml", old: "      - Question type C18 ?", new: ""},
			},
			want: []string{
				"valid/competencies.yaml:1: compétences manquantes : C29",
				"valid/competencies.yaml:6: questions : au moins 1 attendu(s), 0 trouvé(s)",
				"valid/competencies.yaml:20: C21 doit être obligatoire : écrivez mandatory: true",
				"valid/competencies.yaml:28: assessed « orale » invalide : written (rapport) ou oral",
				"valid/competencies.yaml:29: seule C21 peut être obligatoire : retirez mandatory de C22",
				"valid/competencies.yaml:69: compétence « C30 » inconnue : la grille doit aller de C18 à C29",
			},
		},
		{
			name:  "an entry spelt twice in one group",
			edits: []edit{{file: "synonyms.yaml", new: "  - [Auditorium, auditorium]\n"}},
			want:  []string{"valid/synonyms.yaml:4: synonyms : « auditorium » est en double"},
		},
		{
			name:  "synonym groups hold two entries and do not overlap",
			edits: []edit{{file: "synonyms.yaml", new: "  - [seul]\n  - [Salle, auditorium]\n"}},
			want: []string{
				"valid/synonyms.yaml:4: synonyms : au moins 2 attendu(s), 1 trouvé(s)",
				"valid/synonyms.yaml:5: « Salle » est déjà dans le groupe de synonymes n°2 : une entrée ne peut appartenir qu'à un groupe",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := validFS(t)
			apply(t, m, tt.edits)
			s, err := LoadFS(m, "valid")
			var lerr *LintError
			if !errors.As(err, &lerr) {
				t.Fatalf("LoadFS = %v, %v; want a *LintError", s, err)
			}
			if s != nil {
				t.Errorf("a scenario that fails lint was returned")
			}
			got := strings.Split(lerr.Error(), "\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// Synonyms are read as the engine reads them (normalised, stop words
// dropped, stemmed): what loads but cannot work as written is warned
// about, and the scenario still loads.
func TestLintWarnsAboutSynonymsTheEngineReadsAlike(t *testing.T) {
	m := validFS(t)
	apply(t, m, []edit{{file: "synonyms.yaml", new: "  - [annulations, commandes annulées]\n  - [Annulation, dédit]\n  - [chiffre d'affaires, CA]\n  - [événement, évènement]\n"}})
	s, err := LoadFS(m, "valid")
	if err != nil {
		t.Fatalf("LoadFS = %v; warnings must not stop a scenario", err)
	}
	var got []string
	for _, w := range s.Warnings {
		if !w.Warning {
			t.Errorf("%v is not marked as a warning", w)
		}
		got = append(got, w.String())
	}
	want := []string{
		"valid/synonyms.yaml:5: attention : « Annulation » se lit comme « annulations » du groupe n°3 (même racine « annul ») : le moteur fusionne alors les deux groupes ; gardez un seul des deux, dans un seul groupe",
		"valid/synonyms.yaml:6: attention : « CA » ne sera jamais reconnu : une fois normalisé, il ne reste que des mots vides (écrivez l'expression en toutes lettres)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if ok, _ := Load("testdata/valid"); len(ok.Warnings) != 0 {
		t.Errorf("the valid fixture has warnings: %v", ok.Warnings)
	}
}

func TestMatchKey(t *testing.T) {
	for in, want := range map[string]string{
		"Annulations":        "annul",
		"annulation":         "annul",
		"l'Évènement":        "even",
		"chiffre d'affaires": "chiffr affair",
		"CA":                 "",
		"son":                "",
	} {
		if got := MatchKey(in); got != want {
			t.Errorf("MatchKey(%q) = %q, want %q", in, got, want)
		}
	}
}
