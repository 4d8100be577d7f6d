package kurrent

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"cellule/eventstore"

	"github.com/kurrent-io/KurrentDB-Client-Go/kurrentdb"
)

// schemes are the connection-string schemes Open accepts. The client itself
// understands all four (and a few aliases we do not advertise): esdb:// is
// EventStoreDB's historical name, kurrentdb:// the current one, and
// "+discover" asks for cluster discovery through gossip (DNS or seeds).
var schemes = map[string]bool{
	"esdb":               true,
	"esdb+discover":      true,
	"kurrentdb":          true,
	"kurrentdb+discover": true,
}

// IsConnectionString reports whether s names an EventStoreDB/KurrentDB
// server (esdb://, esdb+discover://, kurrentdb:// or kurrentdb+discover://)
// rather than, say, a directory for the embedded store. It does not check
// the rest of s; Open does.
func IsConnectionString(s string) bool {
	scheme, _, ok := strings.Cut(s, "://")
	return ok && schemes[strings.ToLower(scheme)]
}

// Redacted returns s with the password of its user info replaced by "xxxxx",
// so that a connection string can be logged or shown.
func Redacted(s string) string {
	pw := password(s)
	if pw == "" {
		return s
	}
	return strings.Replace(s, ":"+pw+"@", ":xxxxx@", 1)
}

// password extracts the password of the user info of a connection string
// without relying on net/url, which refuses the comma-separated host lists
// that cluster connection strings use.
func password(s string) string {
	_, rest, ok := strings.Cut(s, "://")
	if !ok {
		return ""
	}
	// The authority ends at the first '/' or '?'; the user info is what
	// comes before its last '@'.
	if i := strings.IndexAny(rest, "/?"); i >= 0 {
		rest = rest[:i]
	}
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return ""
	}
	_, pw, ok := strings.Cut(rest[:at], ":")
	if !ok {
		return ""
	}
	return pw
}

// parseConnectionString checks the scheme and hands the rest to the client's
// parser. Errors are *eventstore.InvalidInputError and never contain the
// password: the client's parser wraps net/url errors that quote the whole
// string, so their quoted part is dropped and any remaining occurrence of the
// password is masked.
func parseConnectionString(s string) (*kurrentdb.Configuration, error) {
	scheme, _, ok := strings.Cut(s, "://")
	if !ok {
		return nil, &eventstore.InvalidInputError{Field: "connection string",
			Reason: "no scheme; use esdb://, esdb+discover://, kurrentdb:// or kurrentdb+discover://"}
	}
	if !schemes[strings.ToLower(scheme)] {
		reason := "unsupported scheme"
		if isSchemeToken(scheme) {
			reason = fmt.Sprintf("unsupported scheme %q", scheme)
		}
		return nil, &eventstore.InvalidInputError{Field: "connection string",
			Reason: reason + "; use esdb://, esdb+discover://, kurrentdb:// or kurrentdb+discover://"}
	}
	cfg, err := kurrentdb.ParseConnectionString(s)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err
		}
		reason := err.Error()
		if pw := password(s); pw != "" {
			reason = strings.ReplaceAll(reason, pw, "xxxxx")
		}
		return nil, &eventstore.InvalidInputError{Field: "connection string", Reason: reason}
	}
	return cfg, nil
}

// isSchemeToken reports whether s looks like a URL scheme (RFC 3986), so
// that quoting it in an error cannot leak anything else the user typed.
func isSchemeToken(s string) bool {
	if s == "" || len(s) > 32 {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '+', r == '-', r == '.':
		default:
			return false
		}
	}
	return true
}
