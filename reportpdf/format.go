package reportpdf

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// clean makes candidate text printable: line breaks normalised to \n, tabs
// as spaces, other control characters dropped (the domain already refuses
// them; this keeps a corrupted value from breaking the layout), and
// characters beyond the Basic Multilingual Plane (emoji…) replaced by
// U+FFFD: fpdf's UTF-8 fonts address glyphs with 16-bit codes and refuse the
// whole document otherwise. Invalid UTF-8 becomes U+FFFD too.
func clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r):
			return -1
		case r > 0xFFFF:
			return unicode.ReplacementChar
		}
		return r
	}, s)
}

// oneLine is clean for a text printed on a single line (headers, labels).
func oneLine(s string) string { return strings.ReplaceAll(clean(s), "\n", " ") }

// shorten cuts s to at most n runes, at a word boundary when one is near,
// with an ellipsis; line breaks become spaces.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	cut := n - 1
	for i := cut; i > n*3/4; i-- {
		if rs[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(rs[:cut]), " ,;:") + "…"
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func itoa(n int) string { return strconv.Itoa(n) }

var months = [...]string{"janvier", "février", "mars", "avril", "mai", "juin",
	"juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// frenchDateTime formats an instant the French way in loc:
// "10 mars 2026 à 16 h 05".
func frenchDateTime(t time.Time, loc *time.Location) string {
	t = t.In(loc)
	day := strconv.Itoa(t.Day())
	if t.Day() == 1 {
		day = "1er"
	}
	return day + "\u00a0" + months[t.Month()-1] + "\u00a0" + strconv.Itoa(t.Year()) +
		" à " + strconv.Itoa(t.Hour()) + "\u00a0h\u00a0" + twoDigits(t.Minute())
}

// shortDateTime is "10/03 16:05", for evidence lines.
func shortDateTime(t time.Time, loc *time.Location) string {
	t = t.In(loc)
	return twoDigits(t.Day()) + "/" + twoDigits(int(t.Month())) + " " + twoDigits(t.Hour()) + ":" + twoDigits(t.Minute())
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// parseDate reads a milestone date (YYYY-MM-DD).
func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

// frenchDate prints a milestone date as "06/04/2026", or as typed when it
// does not parse.
func frenchDate(s string) string {
	t, ok := parseDate(s)
	if !ok {
		return s
	}
	return t.Format("02/01/2006")
}
