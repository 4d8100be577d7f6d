package llm

import (
	"strings"
	"testing"
)

func TestFiguresReadFrenchFormatsAsTheSameValue(t *testing.T) {
	tests := []struct {
		name    string
		allowed string
		answer  string
		pass    bool
	}{
		{"a percentage with a decimal comma matches a decimal point", "un taux de 2,4 %", "environ 2.4% seulement", true},
		{"a trailing zero does not change the value", "un taux de 2,4 %", "2,40 %", true},
		{"thousands with a space match thousands without", "un budget de 12 500 €", "12500 euros", true},
		{"thousands with a no-break space", "un budget de 12\u00a0500\u00a0€", "12 500 €", true},
		{"thousands with a narrow no-break space", "un budget de 12\u202f500 €", "12500 €", true},
		{"a k€ amount matches the full amount", "un budget de 12 500 €", "12,5 k€", true},
		{"millions in words match the digits", "un chiffre d'affaires de 1,2 million d'euros", "1 200 000 €", true},
		{"a slash date matches a month-name date", "lancée le 15 mars", "le 15/03", true},
		{"an ISO date matches a slash date", "livraison le 2025-03-15", "le 15/03/2025", true},
		{"1er with a month name", "ouverture le 1er avril", "le 01/04", true},
		{"a day of a known date may be repeated alone", "lancée le 15 mars", "dès le 15", true},
		{"a year of a known date may be repeated alone", "lancée le 15 mars 2025", "en 2025", true},
		{"an English thousands comma", "12 500 visiteurs", "12,500 visiteurs", true},
		{"a different percentage is refused", "un taux de 2,4 %", "un taux de 3,1 %", false},
		{"a different amount is refused", "un budget de 12 500 €", "12 000 €", false},
		{"a date with another month is refused", "le 15 mars", "le 15 avril", false},
		{"a month-name date is refused when only the day is known", "le 15 du mois", "le 15 mars", false},
		{"a year next to a number is two figures", "en 2024 nous avions 12 500 visiteurs", "en 2024, 12 500 visiteurs", true},
		{"a year next to a number is not a grouped number", "12 500 visiteurs", "2024 12 500 visiteurs", false},
		{"a figure in other Unicode digits is read", "un taux de 24 %", "un taux de ３１ %", false},
		{"fullwidth digits of an allowed figure pass", "un taux de 24 %", "un taux de ２４ %", true},
		{"no figure passes", "un taux de 2,4 %", "c'est décevant", true},
		{"hours and minutes", "réunion à 14h30", "à 14h30", true},
		{"a small invented number is refused", "un taux de 2,4 %", "pour 3 raisons", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := figureSet{}
			s.addText(tt.allowed)
			f, bad := s.firstUnallowed(tt.answer)
			if bad == tt.pass {
				t.Fatalf("allowed %q, answer %q: unallowed figure %q (%v), want pass=%v", tt.allowed, tt.answer, f.raw, f.readings, tt.pass)
			}
		})
	}
}

func TestFigureRawIsWhatTheAnswerWrote(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Le budget a baissé de 12 500 € le 15/03.", []string{"12 500", "15/03"}},
		{"2,4 % contre 5 % visés", []string{"2,4", "5"}},
		{"le 1er avril 2025", []string{"1er avril 2025"}},
		{"12,5 k€ puis 3 millions", []string{"12,5 k€", "3 millions"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, f := range extractFigures(tt.text) {
				got = append(got, f.raw)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("figures of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// FuzzFigures checks the two properties the output check relies on: the
// parser never panics, and a text always passes against itself (an answer
// that repeats an earned fact word for word is never refused for a figure).
func FuzzFigures(f *testing.F) {
	for _, seed := range []string{
		"12 500 €", "2,4 %", "15/03/2025", "2025-03-15", "1er mars 2025", "12,5 k€",
		"1.500", "12,500", "3 m", "٣١٢", "𝟏𝟐", "99/99", "1/1/1", "2025-13-45", "0,", "1 1 1 1",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := figureSet{}
		s.addText(text)
		if fig, bad := s.firstUnallowed(text); bad {
			t.Fatalf("text %q refuses its own figure %q (%v)", text, fig.raw, fig.readings)
		}
	})
}
