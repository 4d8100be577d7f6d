/**
 * The competency grid C18–C29 of the exam guide (BCOM26, RNCP42050, bloc 3,
 * épreuve E3): titles from « Cartographie compétences », points and typical
 * jury questions from « Oral J3 — questions jury par compétence », word for
 * word. The grid belongs to the certification, not to a scenario.
 *
 * The API does not expose it to candidates yet (scenarios hold it as
 * competencies.yaml): when `Attempt.competencies` exists, read it from there
 * and delete this file.
 */
export interface Competency {
	id: string;
	title: string;
	/** oral: defended at J3 without a written section; written: assessed on the report. */
	assessed: 'oral' | 'written';
	/** The one question the jury must ask (C21). */
	mandatory: boolean;
	point: string;
	/** The guide's typical question, if it gives one. */
	question: string | null;
}

export const COMPETENCIES: Competency[] = [
	{ id: 'C18', title: 'Optimiser les parcours utilisateurs/clients — accessibilité', assessed: 'oral', mandatory: false, point: "Défendre les propositions d'optimisation du parcours", question: 'Concrètement, comment as-tu intégré le profil en situation de handicap ?' },
	{ id: 'C19', title: 'Mettre en place des événements — planification + supports', assessed: 'written', mandatory: false, point: 'Justifier la cohérence événement / diagnostic', question: 'En quoi ton concept événementiel répond-il spécifiquement aux causes identifiées ?' },
	{ id: 'C20', title: "Concevoir des outils d'aide à la vente", assessed: 'oral', mandatory: false, point: "Argumenter les arbitrages sur les outils d'aide à la vente", question: 'Quel outil aurais-tu conçu pour les commerciaux terrain identifiés en J1 ?' },
	{ id: 'C21', title: 'Soutenir les équipes commerciales', assessed: 'oral', mandatory: true, point: 'Développer les démarches de soutien aux équipes commerciales', question: 'Quelles actions mettrais-tu en place pour appuyer les équipes sur le terrain ?' },
	{ id: 'C22', title: 'Coordonner les parties prenantes', assessed: 'oral', mandatory: false, point: 'Justifier la coordination des parties prenantes', question: "Comment as-tu sélectionné et contrôlé l'engagement des prestataires retenus ?" },
	{ id: 'C23', title: 'Contribuer au dispositif collaboratif', assessed: 'oral', mandatory: false, point: 'Expliquer la contribution au dispositif collaboratif', question: 'Quel mécanisme de facilitation proposes-tu pour les échanges entre parties prenantes ?' },
	{ id: 'C24', title: 'Choisir les outils / technologies', assessed: 'oral', mandatory: false, point: 'Défendre le choix technologique retenu', question: "Pourquoi cet outil plutôt qu'un autre — contrainte RSE intégrée ?" },
	{ id: 'C25', title: 'Gérer les risques opérationnels', assessed: 'oral', mandatory: false, point: 'Nommer et gérer les risques opérationnels', question: 'Quel est le risque principal sur ce projet et quelle mesure préventive ?' },
	{ id: 'C26', title: 'Documenter les bonnes pratiques', assessed: 'oral', mandatory: false, point: 'Décrire les modalités de documentation des bonnes pratiques', question: 'Comment capitalises-tu les enseignements de ce projet pour la suite ?' },
	{ id: 'C27', title: 'Automatiser la collecte de données', assessed: 'oral', mandatory: false, point: "Proposer une solution d'automatisation de collecte données", question: 'Quel outil mobilises-tu pour automatiser la collecte des KPIs du relancement ?' },
	{ id: 'C28', title: "Évaluer la satisfaction et l'engagement", assessed: 'written', mandatory: false, point: 'Évaluée sur le rapport (S1)', question: null },
	{ id: 'C29', title: "Mesurer l'impact des actions", assessed: 'written', mandatory: false, point: "Défendre le diagnostic et les causes d'échec identifiées", question: "Sur quelle donnée t'appuies-tu pour affirmer que c'est la cause principale ?" }
];
