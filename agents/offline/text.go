package offline

import "cellule/scenarios"

// The engine's French normalisation is the scenario format's (see
// scenarios.Normalize): the linter judges synonyms with the same rules.
// These short names keep the engine's code readable.

func normalize(s string) string      { return scenarios.Normalize(s) }
func words(s string) []string        { return scenarios.Words(s) }
func isStop(w string) bool           { return scenarios.IsStopWord(w) }
func stem(w string) string           { return scenarios.Stem(w) }
func contentWords(s string) []string { return scenarios.ContentWords(s) }
