package scenarios

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestNumbersReadsFrenchFigures(t *testing.T) {
	tests := []struct {
		text string
		want []float64
	}{
		{"Le taux est de 2,4 %.", []float64{2.4}},
		{"Le taux est de 2.4%.", []float64{2.4}},
		{"Nous avons dépensé 12 500 € HT.", []float64{12500}},
		{"Nous avons dépensé 12500€.", []float64{12500}},
		{"12\u00a0500 € avec espace insécable", []float64{12500}},
		{"12\u202f500,50 € avec espace fine", []float64{12500.5}},
		{"1 234 567 visiteurs", []float64{1234567}},
		{"un budget de 12,5 k€", []float64{12500}},
		{"1,2 million de vues et 3 M€ de budget", []float64{1.2e6, 3e6}},
		{"un chiffre d'affaires de 2 milliards", []float64{2e9}},
		{"la note passe de 8,5/10 à 6/10", []float64{8.5, 10, 6, 10}},
		{"une baisse de -3 % puis de −1,5 %", []float64{-3, -1.5}},
		{"relance à J-15, salle C21", []float64{15, 21}},
		// A group of four digits cannot start French thousands, so a year
		// next to a figure stays apart.
		{"en 2024 500 adhérents", []float64{2024, 500}},
		// A group after the space must be exactly three digits.
		{"entre 10 20 et 30", []float64{10, 20, 30}},
		{"12 5000", []float64{12, 5000}},
		{"3, 4 et 5", []float64{3, 4, 5}},
		{"fin de phrase 4,", []float64{4}},
		{"12 km à pied", []float64{12}},
		{"aucun chiffre", nil},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := Numbers(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Numbers(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestStatesNumber(t *testing.T) {
	tests := []struct {
		text string
		v    float64
		want bool
	}{
		{"Le taux de conversion est de 2,4 %.", 2.4, true},
		{"Le taux de conversion est de 2,40 %.", 2.4, true},
		{"Le taux de conversion est de 2,4 %.", 24, false},
		{"Le taux de conversion est de 2,4 %.", 2.5, false},
		{"La salle coûte 6 000 € HT.", 6000, true},
		{"La salle coûte 6 000 € HT.", 6, false},
		// 0.1+0.2 is not 0.3 in binary; a figure that went through text
		// must still match.
		{"0,3 point", 0.1 + 0.2, true},
	}
	for _, tt := range tests {
		if got := StatesNumber(tt.text, tt.v); got != tt.want {
			t.Errorf("StatesNumber(%q, %g) = %v, want %v", tt.text, tt.v, got, tt.want)
		}
	}
}

// FuzzNumbers: any text is read without panicking, and only finite
// figures come out.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"2,4 %", "12 500 €", "-3", "12,5 k€", "1 2 3 4", "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999 Md€", "\xff1,\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range Numbers(s) {
			if math.IsNaN(n) || math.IsInf(n, 0) {
				t.Fatalf("Numbers(%q) gave %v", s, n)
			}
		}
	})
}

// FuzzNumbersRoundTrip: a figure an author writes in any of the accepted
// French or plain styles, inside a sentence, is read back.
func FuzzNumbersRoundTrip(f *testing.F) {
	f.Add(int64(12500), uint8(0), uint8(1))
	f.Add(int64(24), uint8(1), uint8(0))
	f.Add(int64(-15), uint8(1), uint8(2))
	f.Add(int64(1234567891), uint8(3), uint8(3))
	f.Fuzz(func(t *testing.T, mantissa int64, decimals, style uint8) {
		if mantissa == math.MinInt64 {
			return
		}
		decimals %= 4
		canonical := strconv.FormatInt(abs(mantissa), 10)
		for len(canonical) <= int(decimals) {
			canonical = "0" + canonical
		}
		intPart, frac := canonical[:len(canonical)-int(decimals)], canonical[len(canonical)-int(decimals):]
		want, err := strconv.ParseFloat(intPart+"."+frac+"0", 64)
		if err != nil {
			t.Fatal(err)
		}
		sign := ""
		if mantissa < 0 {
			want, sign = -want, "-"
		}
		var written string
		switch style % 4 {
		case 0: // plain: 12500.5
			written = intPart
			if frac != "" {
				written += "." + frac
			}
		case 1: // French: 12 500,5
			written = groupThousands(intPart, " ")
			if frac != "" {
				written += "," + frac
			}
		case 2: // French with no-break spaces and a percent sign
			written = groupThousands(intPart, "\u00a0")
			if frac != "" {
				written += "," + frac
			}
			written += "\u00a0%"
		case 3: // narrow no-break spaces and euros
			written = groupThousands(intPart, "\u202f") + " €"
			if frac != "" {
				written = groupThousands(intPart, "\u202f") + "," + frac + " €"
			}
		}
		text := fmt.Sprintf("Le chiffre est de %s%s, pas plus.", sign, written)
		if !StatesNumber(text, want) {
			t.Fatalf("StatesNumber(%q, %v) = false; read %v", text, want, Numbers(text))
		}
	})
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// groupThousands writes "1234567" as "1 234 567" with sep.
func groupThousands(digits, sep string) string {
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}
