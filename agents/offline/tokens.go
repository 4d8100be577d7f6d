package offline

// Exported views of the engine's French normalisation, so that the
// question analytics (projections/analytics) tokenise questions exactly as
// the engine matches them instead of keeping a second normaliser in step.

// Words returns the normalised words of s: lower case, ligatures spelt
// out, accents folded, apostrophes and punctuation as separators, "%" and
// "€" as words. No stop-word removal, no stemming.
func Words(s string) []string { return words(s) }

// ContentStem returns the Snowball French stem of a normalised word (one
// of Words' results) and whether the word carries a topic (false for stop
// words and conversational filler, which the engine ignores).
func ContentStem(w string) (string, bool) {
	if isStop(w) {
		return "", false
	}
	return stem(w), true
}
