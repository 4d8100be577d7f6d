package domain

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text limits, in runes (characters as the user sees them, not bytes).
const (
	// MaxIDLen is the longest id of anything (exam, attempt, user, and the
	// sub-items the app generates: questions, rows, causes...), in bytes.
	MaxIDLen = 64
	// MaxShortText bounds labels, titles, names, units, reasons.
	MaxShortText = 200
	// MaxQuestionText bounds a question to an agent (as agents.MaxQuestionLen).
	MaxQuestionText = 2000
	// MaxLongText bounds free texts: causes, conclusions, concept fields,
	// communication support, notes, agent answers.
	MaxLongText = 10000
	// MaxListLen bounds every list carried by a command (fact ids, measures,
	// dependencies, cause ids...).
	MaxListLen = 50
)

// CheckID validates an id: 1..MaxIDLen bytes of letters, digits, '-', '_',
// '.' or ':'. Ids end up in stream names and URLs, hence the small alphabet.
func CheckID(field, id string) error {
	if id == "" {
		return Invalid(field, "Identifiant manquant.")
	}
	if len(id) > MaxIDLen {
		return Invalid(field, fmt.Sprintf("Identifiant trop long (%d caractères au plus).", MaxIDLen))
	}
	for _, r := range id {
		if !(r < utf8.RuneSelf && (r == '-' || r == '_' || r == '.' || r == ':' ||
			(r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'))) {
			return Invalid(field, "Identifiant invalide : lettres, chiffres, « - », « _ », « . » ou « : » seulement.")
		}
	}
	return nil
}

// CheckIDs validates a list of ids: at most MaxListLen, each valid, no
// duplicate.
func CheckIDs(field string, ids []string) error {
	if len(ids) > MaxListLen {
		return Invalid(field, fmt.Sprintf("Liste trop longue (%d éléments au plus).", MaxListLen))
	}
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if err := CheckID(field, id); err != nil {
			return err
		}
		if seen[id] {
			return Invalid(field, "Identifiant en double : "+id+".")
		}
		seen[id] = true
	}
	return nil
}

// CheckText validates a free text: valid UTF-8, at most max runes, no
// control character other than tab and line breaks. When required, it must
// hold something other than spaces. The value is stored as typed (no
// trimming): text fields are debounced whole values of what the user is
// typing, and trimming would move their cursor.
func CheckText(field, s string, max int, required bool) error {
	if !utf8.ValidString(s) {
		return Invalid(field, "Texte mal encodé (UTF-8 attendu).")
	}
	if n := utf8.RuneCountInString(s); n > max {
		return Invalid(field, fmt.Sprintf("Texte trop long : %s caractères au plus (%s saisis).",
			FormatInt(int64(max)), FormatInt(int64(n))))
	}
	for _, r := range s {
		if r == '\t' || r == '\n' || r == '\r' {
			continue
		}
		if unicode.IsControl(r) {
			return Invalid(field, "Le texte contient un caractère de contrôle.")
		}
	}
	if required && strings.TrimSpace(s) == "" {
		return Invalid(field, "Ce champ est obligatoire.")
	}
	return nil
}

// CheckTexts validates a list of short texts (measures, targets...): at most
// MaxListLen items, each required and at most max runes.
func CheckTexts(field string, list []string, max int) error {
	if len(list) > MaxListLen {
		return Invalid(field, fmt.Sprintf("Liste trop longue (%d éléments au plus).", MaxListLen))
	}
	for _, s := range list {
		if err := CheckText(field, s, max, true); err != nil {
			return err
		}
	}
	return nil
}

// CheckFinite refuses NaN and ±Inf, which JSON cannot even carry.
func CheckFinite(field string, f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return Invalid(field, "Nombre invalide.")
	}
	return nil
}

// FirstError returns the first non-nil error: validations read as one list.
func FirstError(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
