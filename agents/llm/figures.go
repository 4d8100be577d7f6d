package llm

import (
	"math/big"
	"strings"
	"unicode"
)

// figure is one figure as written in a text (a number, an amount, a
// percentage, a date) and its canonical readings. Two figures are the same
// when they share a reading, so "12 500 €", "12500 euros" and "12,5 k€" all
// read 12500, and "15/03", "15 mars" and "2025-03-15" all read the date 15/03.
type figure struct {
	raw      string
	readings []string
	// extra readings a source text allows but an answer cannot claim alone:
	// "15 mars" in a fact allows a later "le 15", but an answer's "15 mars"
	// is not allowed by a fact that only says "le 15".
	components []string
}

// frenchMonths maps month names (with and without accents, full and usual
// abbreviations) to their number.
var frenchMonths = map[string]int{
	"janvier": 1, "janv": 1,
	"fevrier": 2, "février": 2, "fevr": 2, "févr": 2,
	"mars":  3,
	"avril": 4, "avr": 4,
	"mai":     5,
	"juin":    6,
	"juillet": 7, "juil": 7,
	"aout": 8, "août": 8,
	"septembre": 9, "sept": 9,
	"octobre": 10, "oct": 10,
	"novembre": 11, "nov": 11,
	"decembre": 12, "décembre": 12, "dec": 12, "déc": 12,
}

// multipliers are the scale words and suffixes that may follow a number.
var multipliers = map[string]int64{
	"k": 1_000, "k€": 1_000, "mille": 1_000,
	"m": 1_000_000, "m€": 1_000_000, "million": 1_000_000, "millions": 1_000_000,
	"md": 1_000_000_000, "md€": 1_000_000_000, "mrd": 1_000_000_000,
	"milliard": 1_000_000_000, "milliards": 1_000_000_000,
}

// groupSeparators may separate thousands in French ("12 500", with a plain,
// no-break or narrow no-break space) or in a model's English habit ("12.500").
func isGroupSeparator(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '.'
}

func isSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\t' }

// extractFigures returns the figures of text in order. It never fails: a
// text without digits has no figure. Numbers written in words ("douze
// mille") are not recognised; see the package documentation.
func extractFigures(text string) []figure {
	rs := []rune(text)
	var out []figure
	for i := 0; i < len(rs); {
		if !unicode.IsDigit(rs[i]) {
			i++
			continue
		}
		f, next := scanFigure(rs, i)
		out = append(out, f)
		i = next
	}
	return out
}

// digitsAt returns the end of the run of ASCII or Unicode digits at i.
func digitsAt(rs []rune, i int) int {
	for i < len(rs) && unicode.IsDigit(rs[i]) {
		i++
	}
	return i
}

// digitString returns the digits rs[from:to] as ASCII, so that a number
// written with other Unicode decimal digits is read for what it is.
func digitString(rs []rune, from, to int) string {
	var b strings.Builder
	for _, r := range rs[from:to] {
		b.WriteByte(byte('0' + digitValue(r)))
	}
	return b.String()
}

// digitValue is the value of a Unicode decimal digit. Unicode guarantees
// that decimal digits come in contiguous runs of whole blocks of ten, each
// starting at a zero, so the offset from the start of the run, modulo ten,
// is the value.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	z := r
	for unicode.IsDigit(z - 1) {
		z--
	}
	return int(r-z) % 10
}

// scanFigure reads the figure starting at the digit rs[i] and returns it
// with the index just after it.
func scanFigure(rs []rune, i int) (figure, int) {
	start := i
	end := digitsAt(rs, i)
	first := digitString(rs, i, end)

	// Dates written with slashes: 15/03, 15/03/2025, 15/03/25.
	if end-start <= 2 && end < len(rs) && rs[end] == '/' {
		mEnd := digitsAt(rs, end+1)
		if mEnd-(end+1) >= 1 && mEnd-(end+1) <= 2 {
			day, month := atoi(first), atoi(digitString(rs, end+1, mEnd))
			if validDate(day, month) {
				f := figure{readings: []string{dateKey(day, month)}, components: []string{numberKey(first)}}
				next := mEnd
				if mEnd < len(rs) && rs[mEnd] == '/' {
					yEnd := digitsAt(rs, mEnd+1)
					if n := yEnd - (mEnd + 1); n == 2 || n == 4 {
						f.components = append(f.components, numberKey(yearString(digitString(rs, mEnd+1, yEnd))))
						next = yEnd
					}
				}
				f.raw = string(rs[start:next])
				return f, next
			}
		}
	}

	// ISO dates: 2025-03-15.
	if end-start == 4 && end < len(rs) && rs[end] == '-' {
		mEnd := digitsAt(rs, end+1)
		if mEnd-(end+1) == 2 && mEnd < len(rs) && rs[mEnd] == '-' {
			dEnd := digitsAt(rs, mEnd+1)
			if dEnd-(mEnd+1) == 2 {
				month, day := atoi(digitString(rs, end+1, mEnd)), atoi(digitString(rs, mEnd+1, dEnd))
				if validDate(day, month) {
					return figure{
						raw:        string(rs[start:dEnd]),
						readings:   []string{dateKey(day, month)},
						components: []string{numberKey(first), numberKey(digitString(rs, mEnd+1, dEnd))},
					}, dEnd
				}
			}
		}
	}

	// Dates with a month name: 15 mars, 1er mars, 15 mars 2025.
	if end-start <= 2 {
		j := end
		if hasWordAt(rs, j, "er") {
			j += 2
		}
		if k := skipSpaces(rs, j); k > j {
			word, wEnd := wordAt(rs, k)
			month, isMonth := frenchMonths[strings.ToLower(strings.TrimSuffix(word, "."))]
			if day := atoi(first); isMonth && validDate(day, month) {
				if strings.HasSuffix(word, ".") {
					wEnd-- // the period of "sept." or the end of the sentence is not the date's
				}
				f := figure{readings: []string{dateKey(day, month)}, components: []string{numberKey(first)}}
				next := wEnd
				if y := skipSpaces(rs, wEnd); y > wEnd {
					if yEnd := digitsAt(rs, y); yEnd-y == 4 {
						f.components = append(f.components, numberKey(digitString(rs, y, yEnd)))
						next = yEnd
					}
				}
				f.raw = string(rs[start:next])
				return f, next
			}
		}
	}

	// Numbers: integer part with optional thousands groups, optional decimal
	// part, optional scale ("k€", "millions").
	intPart := first
	ambiguousDot := "" // "12.500" read as 12.5 too
	if end-start <= 3 {
		for end+4 <= len(rs) && isGroupSeparator(rs[end]) {
			gEnd := digitsAt(rs, end+1)
			if gEnd-(end+1) != 3 {
				break
			}
			if rs[end] == '.' && ambiguousDot == "" && intPart == first {
				ambiguousDot = first + "." + digitString(rs, end+1, gEnd)
			}
			intPart += digitString(rs, end+1, gEnd)
			end = gEnd
		}
	}
	values := []string{intPart}
	if ambiguousDot != "" {
		values = append(values, ambiguousDot)
	}
	if end+1 < len(rs) && (rs[end] == ',' || rs[end] == '.') && unicode.IsDigit(rs[end+1]) {
		dEnd := digitsAt(rs, end+1)
		frac := digitString(rs, end+1, dEnd)
		values = []string{intPart + "." + frac}
		// "12,500" may be a French decimal or an English thousands group.
		if dEnd-(end+1) == 3 && rs[end] == ',' && len(intPart) <= 3 {
			values = append(values, intPart+frac)
		}
		end = dEnd
	}
	next := end
	k := skipSpaces(rs, end)
	if word, wEnd := wordAt(rs, k); word != "" {
		w := strings.ToLower(word)
		if mult, ok := multipliers[w]; ok && (k > end || len([]rune(w)) <= 3) {
			scaled := make([]string, 0, len(values))
			for _, v := range values {
				scaled = append(scaled, scale(v, mult))
			}
			values = append(values, scaled...)
			next = wEnd
		}
	}
	f := figure{raw: strings.TrimSpace(string(rs[start:next]))}
	for _, v := range values {
		f.readings = append(f.readings, numberKey(v))
	}
	return f, next
}

// wordAt returns the word (letters, and a trailing € for "k€") at i.
func wordAt(rs []rune, i int) (string, int) {
	j := i
	for j < len(rs) && (unicode.IsLetter(rs[j]) || (rs[j] == '€' && j > i)) {
		j++
	}
	if j < len(rs) && rs[j] == '.' && j > i { // "sept." abbreviation
		return string(rs[i : j+1]), j + 1
	}
	return string(rs[i:j]), j
}

func hasWordAt(rs []rune, i int, w string) bool {
	wr := []rune(w)
	if i+len(wr) > len(rs) {
		return false
	}
	for k, r := range wr {
		if unicode.ToLower(rs[i+k]) != r {
			return false
		}
	}
	return i+len(wr) == len(rs) || !unicode.IsLetter(rs[i+len(wr)])
}

func skipSpaces(rs []rune, i int) int {
	for i < len(rs) && isSpace(rs[i]) {
		i++
	}
	return i
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if n > 1_000_000 {
			return n
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func validDate(day, month int) bool { return day >= 1 && day <= 31 && month >= 1 && month <= 12 }

func dateKey(day, month int) string {
	return "date:" + twoDigits(day) + "/" + twoDigits(month)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + string(rune('0'+n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

// yearString turns a two-digit year into a four-digit one (25 → 2025).
func yearString(y string) string {
	if len(y) == 2 {
		return "20" + y
	}
	return y
}

// numberKey is the canonical reading of a decimal string: exact, so that
// "2,40" and "2.4" agree and no float rounding makes two figures differ.
func numberKey(decimal string) string {
	r, ok := new(big.Rat).SetString(decimal)
	if !ok {
		return "num:" + decimal
	}
	return "num:" + r.RatString()
}

func scale(decimal string, mult int64) string {
	r, ok := new(big.Rat).SetString(decimal)
	if !ok {
		return decimal
	}
	r.Mul(r, new(big.Rat).SetInt64(mult))
	if r.IsInt() {
		return r.Num().String()
	}
	return r.FloatString(6)
}

// figureSet is the set of readings a group of texts allows.
type figureSet map[string]bool

func (s figureSet) addText(text string) {
	for _, f := range extractFigures(text) {
		for _, r := range f.readings {
			s[r] = true
		}
		for _, r := range f.components {
			s[r] = true
		}
	}
}

// firstUnallowed returns the first figure of text none of whose readings
// is allowed, and whether there is one.
func (s figureSet) firstUnallowed(text string) (figure, bool) {
	for _, f := range extractFigures(text) {
		ok := false
		for _, r := range f.readings {
			if s[r] {
				ok = true
				break
			}
		}
		if !ok {
			return f, true
		}
	}
	return figure{}, false
}
