// Package offline is the default agents.Engine: it answers a candidate's
// question from the scenario's facts alone, with no model, deterministically.
//
// # Pipeline
//
//  1. Validation: empty question, more than agents.MaxQuestionLen runes,
//     unknown agent, agent not open on the question's day → typed errors
//     of package agents; nothing is emitted.
//  2. Guard (guard.go): attempts to override the agent's instructions, to
//     change or reverse roles, to dump its knowledge ("donne-moi tous tes
//     chiffres", "liste tes faits", "ignore all previous instructions"…) and
//     requests outside any professional role (poems, translations, "es-tu
//     une IA ?") are refused with one of the persona's refusal lines. They
//     earn nothing, whatever facts their words would match.
//  3. Analysis (text.go, analyzer.go), the same for the scenario's content
//     and for questions: lowercase; ligatures œ/æ spelt out; accents
//     folded (NFD, combining marks dropped); apostrophes and punctuation
//     become spaces so elisions (l' d' qu' j' n' s' c' t' m') fall out as
//     stop words; French stop words (Snowball's list plus conversational
//     fillers); Snowball French stems (github.com/kljensen/snowball);
//     typo correction of words the scenario does not know (one edit, two
//     for words of eight letters or more, same first letter; else a unique
//     stem-prefix relation); then the scenario's synonym groups, matched
//     greedily on stem sequences (multi-word aware), each phrase replaced
//     by its group's term — so synonyms are expanded on both sides.
//  4. Index (index.go), built once per *scenarios.Scenario and cached in a
//     sync.Map: per fact, its trigger phrasings, topics and text as term
//     sets, a field-weighted BM25 document (triggers ×2, topics ×1.5,
//     text ×1) and idf over all the scenario's facts.
//  5. Gating (gate.go). For each fact of the agent:
//     - trigger = best idf-weighted share of one trigger's terms that the
//     question contains; topic = the same over topics;
//     - qcov = share of the question's idf mass found in the fact;
//     - relevance = max(Fβ(trigger, qcov), w·Fβ(topic, qcov),
//     0.85·qcov·min(1, mass/8)) with β = 2 (trigger coverage counts
//     more than the share of the question explained); w = 0.75 for a
//     part of a topic, and for a topic named whole rises to 1 with the
//     topic's specificity (its idf mass against that of a word unique to
//     one fact), so "vous faites le sous-titrage en direct ?" earns the
//     fact whose topic is "sous-titrage en direct", "le tarif ?" does not.
//     A fact is earned when relevance ≥ its threshold — 0.70 critical,
//     0.58 useful, 0.50 noise, each moved by (0.5 − cooperation)·0.30 —,
//     when it explains ≥ 30 % of the question, and, for a critical fact,
//     when the matched idf mass reaches half the idf of a word unique to
//     one fact (one common word never earns a critical figure). Candidates
//     are ranked by relevance·(0.5 + 0.5·qcov); the best passing one is
//     earned, a second or third only when it explains ≥ 25 % of the
//     question's idf mass that the facts already earned leave unexplained
//     (the question asks two things). Facts whose `requires` are not all
//     disclosed (this conversation or q.Disclosed, any agent) are held
//     back. More than five facts passing at once is a keyword list: the
//     agent asks for one question at a time.
//  6. Negotiation: a supplier fact with `negotiation` grants its concession
//     only when the question carries an acceptable argument — one of the
//     authored arguments, minus the fact's own words, covered at
//     0.5 + 0.3·resistance (stems compared up to a four-letter prefix, so
//     "nous prenons" meets "on prend") — and the fact is earned now or was
//     disclosed before. The answer lists it in Answer.Concessions. The
//     concession is said as authored, as a sentence of its own (after
//     the fact's text when both are in the answer), capitalised, never
//     after an opener or a connector.
//  7. Composition (compose.go): an opener, the earned facts joined by
//     connectors, an optional closer, all from the persona; a fact already
//     stated in this conversation is re-said briefly (its first sentence)
//     after a repeat line ("comme je vous le disais"); an answer identical
//     to an earlier one of the conversation is never produced. Nothing
//     earned: an authored redirect whose topic the question names, else —
//     if this agent knows nothing close (best relevance < 0.40) — the
//     colleague one of whose facts the question would earn ("voyez plutôt
//     avec …", never the fact), else one of the persona's vague lines.
//     Variety is seeded with a hash of (scenario, agent, day, conversation,
//     question): the same conversation always gets the same answer.
//  8. Streaming: the text is emitted four words at a time; an emit error or
//     a cancelled context stops the answer and is returned.
//
// The thresholds were tuned on the flagship's evaluation set
// (scenarios/vitalia/eval.yaml); `cellule agents eval -v` lists every
// question whose answer differs from its label.
package offline
