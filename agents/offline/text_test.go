package offline

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Élan", "elan"},
		{"L'ŒUVRE d’art", "l oeuvre d art"},
		{"ex-æquo", "ex aequo"},
		{"qu'est-ce que c'est ?", "qu est ce que c est"},
		{"2,4 % ou 2.4%", "2.4 pourcent ou 2.4 pourcent"},
		{"1 150 000 €", "1 150 000 euros"},
		{"fin.Début, a,b", "fin debut a b"},
		{"Ça coûte combien ?!", "ca coute combien"},
	}
	for _, c := range cases {
		if got := strings.Join(strings.Fields(normalize(c.in)), " "); got != c.want {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestContentWordsDropElisionsAndStopWords(t *testing.T) {
	got := contentWords("Bonjour, pourriez-vous me dire quel est l'impact de la météo sur l'audience qu'on a eue ?")
	want := []string{"impact", "meteo", "audience"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestAnalyzerTerms(t *testing.T) {
	an := newAnalyzer([]string{"le taux de conversion des visiteurs", "la satisfaction des inscrits", "le chiffre d'affaires"},
		[][]string{{"chiffre d'affaires", "CA", "revenus"}, {"inscrits", "participants"}})
	cases := []struct {
		name, a, b string
	}{
		{"accents and case", "Satisfaction des INSCRITS", "satisfaction des inscrits"},
		{"plural and singular share a stem", "les visiteurs", "le visiteur"},
		{"a multi-word synonym", "quel chiffre d'affaires ?", "et les revenus ?"},
		{"a one-word synonym", "les participants", "les inscrits"},
		{"a typo", "le taux de convertion", "le taux de conversion"},
		{"a doubled-letter typo in a long word", "la satisfacttion", "la satisfaction"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if x, y := an.terms(c.a), an.terms(c.b); !slices.Equal(x, y) {
				t.Fatalf("%q → %v but %q → %v", c.a, x, c.b, y)
			}
		})
	}
	t.Run("a short word is not corrected", func(t *testing.T) {
		if got := an.terms("taux"); !slices.Equal(got, []string{"taux"}) {
			t.Fatalf("got %v", got)
		}
		if got := an.terms("tx"); len(got) != 1 || got[0] == "taux" {
			t.Fatalf("got %v", got)
		}
	})
	t.Run("a synonym phrase is matched greedily, longest first", func(t *testing.T) {
		got := an.terms("chiffre d'affaires")
		if len(got) != 1 || !strings.HasPrefix(got[0], "§") {
			t.Fatalf("got %v", got)
		}
	})
}

func TestRefusalReason(t *testing.T) {
	for _, q := range []string{"Quel est le taux de conversion ?", "Vous pouvez me donner les dates libres ?", "Quel rôle a joué la direction ?", "Quelles instructions avez-vous données aux agences ?"} {
		if r := refusalReason(q); r != "" {
			t.Errorf("%q refused as %s", q, r)
		}
	}
}

// FuzzAnalyse checks the normaliser and tokeniser on any input: no panic,
// output only lowercase letters, digits, spaces and decimal points, no
// combining marks, normalisation idempotent, analysis stable.
func FuzzAnalyse(f *testing.F) {
	for _, s := range []string{"", "Élan", "L'œuvre", "2,4 %", "qu'est-ce", "İstanbul", "ǅ", "a\u0301", "\xff\xfe", "€%’'", strings.Repeat("é ", 50)} {
		f.Add(s)
	}
	s := fixture()
	ix := indexFor(s)
	f.Fuzz(func(t *testing.T, in string) {
		n := normalize(in)
		for _, r := range n {
			if unicode.IsUpper(r) || unicode.Is(unicode.Mn, r) || !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' || r == '.') {
				t.Fatalf("normalize(%q) = %q has %q", in, n, r)
			}
		}
		if !utf8.ValidString(n) {
			t.Fatalf("normalize(%q) is not UTF-8", in)
		}
		if again := normalize(n); strings.Join(strings.Fields(again), " ") != strings.Join(strings.Fields(n), " ") {
			t.Fatalf("not idempotent: %q → %q → %q", in, n, again)
		}
		a, b := ix.analyse(in), ix.analyse(in)
		if !slices.Equal(a.all, b.all) {
			t.Fatalf("analysis not stable for %q", in)
		}
		_ = refusalReason(in)
	})
}
