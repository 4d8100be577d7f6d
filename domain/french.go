package domain

import (
	"math"
	"strconv"
	"strings"
)

// French typography: digits are grouped by three with a narrow no-break
// space (U+202F), the decimal separator is a comma, and a unit or symbol
// follows the number after a no-break space (U+00A0), e.g. "3 200 €".
const (
	thousandsSep = "\u202f"
	unitSep      = "\u00a0"
	minusSign    = "\u2212" // the typographic minus, not a hyphen
)

// FormatInt formats an integer the French way: FormatInt(-3200) = "−3 200".
func FormatInt(n int64) string {
	neg := n < 0
	var digits string
	if neg {
		digits = strconv.FormatUint(uint64(-(n+1))+1, 10)
	} else {
		digits = strconv.FormatInt(n, 10)
	}
	s := group(digits)
	if neg {
		return minusSign + s
	}
	return s
}

func group(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	first := len(digits) % 3
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteString(thousandsSep)
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// FormatNumber formats f with at most decimals decimals, trailing zeros
// dropped: FormatNumber(1234.5, 2) = "1 234,5".
func FormatNumber(f float64, decimals int) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "—"
	}
	s := strconv.FormatFloat(math.Abs(f), 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	out := group(intPart)
	if frac != "" {
		out += "," + frac
	}
	if f < 0 && out != "0" {
		out = minusSign + out
	}
	return out
}

// FormatEuros formats an amount: "3 200 €", or "3 200,50 €" when it has cents.
func FormatEuros(c Cents) string {
	neg := c < 0
	a := int64(c)
	if neg {
		a = -a
	}
	s := group(strconv.FormatInt(a/100, 10))
	if cents := a % 100; cents != 0 {
		s += "," + strconv.FormatInt(cents/10, 10) + strconv.FormatInt(cents%10, 10)
	}
	if neg {
		s = minusSign + s
	}
	return s + unitSep + "€"
}

// WithUnit joins a formatted number and its unit with a no-break space;
// "%" is a unit like any other in French ("24 %").
func WithUnit(number, unit string) string {
	if unit == "" {
		return number
	}
	return number + unitSep + unit
}
