package scenarios

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Numbers returns, in order, the numbers a French reader sees in text:
// "2,4 %" and "2.4%" read 2.4; "12 500 €" (with a space, a no-break space
// or a narrow no-break space between groups of three digits), "12500" and
// "12 500,00" read 12500; "-3 %" and "−3 %" read -3; "12,5 k€" reads
// 12500, "1,2 million" 1200000. A hyphen glued to a word ("J-15") is not a
// sign. The linter uses it to check that a fact's text states the figure
// the scenario says it does; an engine can use it to check that an answer
// states only figures that were earned.
func Numbers(text string) []float64 {
	r := []rune(text)
	var out []float64
	for i := 0; i < len(r); {
		if !isDigit(r[i]) {
			i++
			continue
		}
		start := i
		j := i
		for j < len(r) && isDigit(r[j]) {
			j++
		}
		var num strings.Builder
		num.WriteString(string(r[i:j]))
		// French thousands: a first group of one to three digits, then
		// groups of exactly three after a space.
		if j-i <= 3 {
			for j+3 < len(r) && isGroupSpace(r[j]) && isDigit(r[j+1]) && isDigit(r[j+2]) && isDigit(r[j+3]) &&
				(j+4 == len(r) || !isDigit(r[j+4])) {
				num.WriteString(string(r[j+1 : j+4]))
				j += 4
			}
		}
		if j+1 < len(r) && (r[j] == ',' || r[j] == '.') && isDigit(r[j+1]) {
			k := j + 1
			for k < len(r) && isDigit(r[k]) {
				k++
			}
			num.WriteByte('.')
			num.WriteString(string(r[j+1 : k]))
			j = k
		}
		i = j
		v, err := strconv.ParseFloat(num.String(), 64)
		if err != nil || math.IsInf(v, 0) {
			continue // absurdly long digit runs are not figures
		}
		if start > 0 && (r[start-1] == '-' || r[start-1] == '−') &&
			(start == 1 || !(unicode.IsLetter(r[start-2]) || unicode.IsDigit(r[start-2]))) {
			v = -v
		}
		v *= multiplier(r[j:])
		if math.IsInf(v, 0) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// StatesNumber reports whether text states the figure v (see Numbers).
func StatesNumber(text string, v float64) bool {
	for _, n := range Numbers(text) {
		if sameNumber(n, v) {
			return true
		}
	}
	return false
}

// sameNumber compares figures that went through decimal text, where
// 0.1+0.2 style binary noise must not count as a different figure.
func sameNumber(a, b float64) bool {
	scale := math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
	return math.Abs(a-b) <= 1e-9*scale
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

// isGroupSpace: the spaces French typography puts between digit groups.
func isGroupSpace(c rune) bool {
	return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009'
}

// multiplier reads a "k€", "M€", "million(s)" or "milliard(s)" that
// follows a number, after optional spaces.
func multiplier(rest []rune) float64 {
	i := 0
	for i < len(rest) && isGroupSpace(rest[i]) {
		i++
	}
	rest = rest[i:]
	word := func(w string) bool {
		wr := []rune(w)
		if len(rest) < len(wr) || !strings.EqualFold(string(rest[:len(wr)]), w) {
			return false
		}
		return len(rest) == len(wr) || !unicode.IsLetter(rest[len(wr)])
	}
	switch {
	case word("k€"), word("K€"):
		return 1e3
	case word("M€"), word("millions"), word("million"):
		return 1e6
	case word("Md€"), word("milliards"), word("milliard"):
		return 1e9
	}
	return 1
}
