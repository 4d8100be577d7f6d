package offline

import (
	"regexp"
	"strings"
)

// The guard recognises questions an agent must refuse whatever facts they
// would match: attempts to make it drop its role or dump its knowledge
// (in French and English) and requests outside any professional role.
// Patterns run on the normalised question (lowercase, no accents, no
// punctuation, single spaces), so "Ignore tes instructions !" and
// "ignore tes instructions" are the same. They are engine behaviour, not
// scenario content: they hold for every scenario.
var manipulation = compileAll(
	// Overriding the agent's instructions.
	`\b(ignore|ignorez|ignorer|oublie|oubliez|oublier|efface|effacez|annule|annulez|outrepasse|outrepassez|contourne|contournez|desactive|desactivez)\b.{0,40}\b(instructions?|consignes?|regles?|directives?|prompt|programmation|restrictions?|filtres?|limites?|role|personnage|tout ce qu)`,
	`\b(nouvelles?|vraies?) (instructions?|consignes?|regles?|directives?)\b`,
	`\b(a partir de maintenant|des maintenant|desormais|dorenavant) (tu|vous)\b`,
	// Role changes and role reversal.
	`\b(tu es|vous etes|tu deviens|vous devenez|tu seras|vous serez)( maintenant| desormais| a present)\b`,
	`\b(tu es|vous etes|tu deviens|vous devenez|tu joues?|vous jouez|agis|agissez|reponds|repondez|parle|parlez|comporte toi|comportez vous)( comme| en tant que| en)?( le| la| l| un| une| mon| ma| notre)? (jury|membre du jury|examinateur|examinatrice|evaluateur|evaluatrice|correcteur|correctrice|formateur|formatrice|candidat|candidate|assistant|assistante|ia|intelligence artificielle|chatbot|chatgpt|gpt|robot|bot|administrateur|admin|developpeur|modele|llm|machine)\b`,
	`\b(fais|faites|faisons) comme si\b`,
	`\b(joue|jouez|jouons|prends|prenez|change|changez|changeons|inversons|inverse|inversez|echange|echangez|echangeons)\b.{0,20}\broles?\b`,
	`\b(c est|ce sera) (toi|vous) qui (pose|poses|posez|interroge|interroges|interrogez)\b`,
	`\b(a toi|a vous) de (me )?(poser|interroger|questionner)\b`,
	`\bje suis (le|la|un|une|du|membre du) (jury|examinateur|examinatrice|evaluateur|evaluatrice|correcteur|correctrice|formateur|formatrice|administrateur|administratrice|developpeur|developpeuse|concepteur|conceptrice|createur|creatrice|responsable pedagogique|surveillant|surveillante)\b`,
	`\bmode (debug|debogage|developpeur|administrateur|admin|dieu|test|sans filtre|libre)\b`,
	`\bsans (restrictions?|filtres?|limites?|censure)\b`,
	// Dumping the knowledge.
	`\b(tous|toutes|l ensemble|la totalite|l integralite|la liste complete|la liste)( de| d)? (tes|vos|les|des|ses) (chiffres|faits|infos|informations|donnees|indicateurs|kpi|secrets|elements|connaissances|fiches|resultats|statistiques|stats|tarifs|prix|reponses)\b`,
	`\btout ce que (tu sais|vous savez|tu as|vous avez|tu connais|vous connaissez|tu caches|vous cachez)\b`,
	`\b(liste|listez|enumere|enumerez|recite|recitez|recopie|recopiez|affiche|affichez|copie|copiez|colle|collez|exporte|exportez)\b.{0,30}\b(faits|fiches|connaissances|instructions|consignes|prompt|donnees internes|base)\b`,
	`\b(repete|repetez|cite|citez)\b.{0,30}\b(mot pour mot|integralement|verbatim|tes instructions|vos instructions|ta fiche|votre fiche)\b`,
	`\b(tes|vos) (instructions|consignes|directives|fiches?|faits|secrets|connaissances cachees|informations cachees)\b`,
	`\b(prompt|system prompt|invite systeme|message systeme|instructions? systeme|base de connaissances?|base de faits|donnees d entrainement|yaml|json|fichier de configuration)\b`,
	`\b(jailbreak|jailbreaker|dan mode)\b`,
	// English.
	`\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|prompt|previous|above|guidelines|restrictions?)\b`,
	`\byou are (now|no longer|not)\b`,
	`\bfrom now on\b`,
	`\b(act|acting|pretend|roleplay|role play|behave)\b.{0,10}\b(as|to be|like|that)\b`,
	`\b(developer mode|dev mode|god mode|debug mode|unfiltered|uncensored)\b`,
	`\b(reveal|print|dump|list|show|give|tell|output|repeat|spill)\b.{0,30}\b(all|every|everything|entire|whole|your)\b.{0,30}\b(facts?|data|figures|numbers|instructions|secrets|knowledge|prompt|information|know)\b`,
	`\bnew (instructions|rules|task|role)\b`,
)

// outOfRole are requests no project colleague or supplier would answer.
var outOfRole = compileAll(
	`\b(poeme|poesie|chanson|haiku|blague|histoire drole|devinette|horoscope|meteo|recette de cuisine|dissertation)\b`,
	`\b(traduis|traduisez|traduire|translate)\b`,
	`\b(code|script|programme) (en |informatique )?(python|javascript|java|sql|php|golang)\b`,
	`\bcapitale (de|du|des|d)\b`,
	`\b(es tu|etes vous|tu es|vous etes|t es) (une |un |vraiment une |vraiment un )?(ia|intelligence artificielle|robot|bot|chatbot|humain|humaine|machine|modele de langage|llm|gpt|chatgpt|programme)\b`,
	`\bare you (an? )?(ai|bot|robot|human|language model|llm|chatgpt)\b`,
	`\b(qui a gagne|resultat du match|score du match)\b`,
)

func compileAll(patterns ...string) []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		out[i] = regexp.MustCompile(p)
	}
	return out
}

// refusalReason says why the question must be refused, or "" when it may
// be answered.
func refusalReason(question string) string {
	n := " " + strings.Join(strings.Fields(normalize(question)), " ") + " "
	for _, re := range manipulation {
		if re.MatchString(n) {
			return "manipulation"
		}
	}
	for _, re := range outOfRole {
		if re.MatchString(n) {
			return "out-of-role"
		}
	}
	return ""
}
