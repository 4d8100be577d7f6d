package domain

import (
	"net/mail"
	"strings"
)

// MaxEmailLen is the longest e-mail address accepted (RFC 5321 path limit).
const MaxEmailLen = 254

// NormaliseEmail trims and lower-cases an address and checks that it is a
// bare address (no display name, no angle brackets). Lower-casing the local
// part is a deliberate simplification: one person, one account, whatever
// the capitals they typed.
func NormaliseEmail(field, s string) (string, error) {
	e := strings.ToLower(strings.TrimSpace(s))
	if e == "" {
		return "", Invalid(field, "Adresse e-mail manquante.")
	}
	if len(e) > MaxEmailLen {
		return "", Invalid(field, "Adresse e-mail trop longue.")
	}
	a, err := mail.ParseAddress(e)
	if err != nil || a.Address != e || a.Name != "" {
		return "", Invalid(field, "Adresse e-mail invalide.")
	}
	local, domainPart, ok := strings.Cut(e, "@")
	if !ok || local == "" || !strings.Contains(domainPart, ".") || strings.HasPrefix(domainPart, ".") || strings.HasSuffix(domainPart, ".") {
		return "", Invalid(field, "Adresse e-mail invalide.")
	}
	return e, nil
}
