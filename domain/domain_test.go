package domain

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestErrorsMatchByCode(t *testing.T) {
	err := fmt.Errorf("decide: %w", Invalid("text", "Ce champ est obligatoire."))
	if !errors.Is(err, ErrInvalidInput) {
		t.Error("a wrapped INVALID_INPUT refusal does not match ErrInvalidInput")
	}
	if errors.Is(err, ErrLocked) {
		t.Error("an INVALID_INPUT refusal matches ErrLocked")
	}
	if CodeOf(err) != CodeInvalidInput {
		t.Errorf("CodeOf = %q", CodeOf(err))
	}
	if CodeOf(errors.New("disk full")) != "" {
		t.Error("an infrastructure error has a refusal code")
	}
	if got := err.Error(); !strings.Contains(got, "INVALID_INPUT (text)") {
		t.Errorf("message %q lacks code and field", got)
	}
}

func TestFrenchFormatting(t *testing.T) {
	nnbsp, nbsp := "\u202f", "\u00a0"
	cases := []struct{ got, want string }{
		{FormatInt(0), "0"},
		{FormatInt(999), "999"},
		{FormatInt(3200), "3" + nnbsp + "200"},
		{FormatInt(-1234567), "−1" + nnbsp + "234" + nnbsp + "567"},
		{FormatInt(-9223372036854775808), "−9" + nnbsp + "223" + nnbsp + "372" + nnbsp + "036" + nnbsp + "854" + nnbsp + "775" + nnbsp + "808"},
		{FormatEuros(320000), "3" + nnbsp + "200" + nbsp + "€"},
		{FormatEuros(320050), "3" + nnbsp + "200,50" + nbsp + "€"},
		{FormatEuros(5), "0,05" + nbsp + "€"},
		{FormatEuros(-150000), "−1" + nnbsp + "500" + nbsp + "€"},
		{FormatNumber(1234.5, 2), "1" + nnbsp + "234,5"},
		{FormatNumber(-0.004, 2), "0"},
		{FormatNumber(-24, 1), "−24"},
		{WithUnit("24", "%"), "24" + nbsp + "%"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: got %q, want %q", i, c.got, c.want)
		}
	}
}

func TestEurosToCents(t *testing.T) {
	nan := 0.0
	nan = nan / nan
	cases := []struct {
		in   float64
		want Cents
		ok   bool
	}{
		{0, 0, true},
		{19.99, 1999, true},
		{0.1 + 0.2, 30, true},
		{1_000_000, 100_000_000, true},
		{1_000_000.01, 0, false},
		{-0.01, 0, false},
		{nan, 0, false},
	}
	for _, c := range cases {
		got, err := EurosToCents("unitPrice", c.in, MaxUnitPriceEuros)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("EurosToCents(%v) = %v, %v; want %v ok=%v", c.in, got, err, c.want, c.ok)
		}
		if err != nil && CodeOf(err) != CodeInvalidInput {
			t.Errorf("EurosToCents(%v) refused with %v", c.in, err)
		}
	}
	if got := LineTotal(3, 1999); got != 5997 {
		t.Errorf("LineTotal = %d", got)
	}
	if got := LineTotal(MaxQuantity, MaxUnitPriceEuros*100); got != 10_000_000_000_000 {
		t.Errorf("LineTotal at the limits = %d", got)
	}
}

func TestScheduleValidateAndDeadline(t *testing.T) {
	ok := sampleSchedule
	if err := ok.Validate(); err != nil {
		t.Fatalf("valid schedule refused: %v", err)
	}
	back2back := ok
	back2back.J2Start = ok.J1End
	if err := back2back.Validate(); err != nil {
		t.Errorf("J2 starting right at J1's end refused: %v", err)
	}
	bad := []struct {
		field  string
		mutate func(*Schedule)
	}{
		{"schedule.j1Start", func(s *Schedule) { s.J1Start = time.Time{} }},
		{"schedule.j1End", func(s *Schedule) { s.J1End = s.J1Start }},
		{"schedule.j2Start", func(s *Schedule) { s.J2Start = s.J1End.Add(-time.Minute) }},
		{"schedule.j2End", func(s *Schedule) { s.J2End = s.J2Start.Add(-time.Hour) }},
		{"schedule.j3Start", func(s *Schedule) { s.J3Start = s.J2End.Add(-time.Second) }},
		{"schedule.j3End", func(s *Schedule) { s.J3End = s.J3Start }},
	}
	for _, b := range bad {
		s := ok
		b.mutate(&s)
		var e *Error
		if err := s.Validate(); !errors.As(err, &e) || e.Field != b.field || e.Code != CodeInvalidInput {
			t.Errorf("%s: got %v", b.field, err)
		}
	}
	// 8-hour J2, one third extra time → 2 h 40 min later.
	if got := ok.Deadline(33); !got.Equal(ok.J2End.Add(8 * time.Hour * 33 / 100)) {
		t.Errorf("Deadline(33) = %v", got)
	}
	if got := ok.Deadline(0); !got.Equal(ok.J2End) {
		t.Errorf("Deadline(0) = %v", got)
	}
	if got := back2back.J1EndFor(50); !got.Equal(back2back.J2Start) {
		t.Errorf("J1 extra time runs into J2: %v", got)
	}
	if got := ok.J1EndFor(50); !got.Equal(ok.J1End.Add(4 * time.Hour)) {
		t.Errorf("J1EndFor(50) = %v", got)
	}
}

func TestCheckTextAndIDs(t *testing.T) {
	cases := []struct {
		name string
		err  error
		ok   bool
	}{
		{"plain", CheckText("t", "Bonjour\nà tous\t!", 20, true), true},
		{"exactly max runes", CheckText("t", strings.Repeat("é", 5), 5, true), true},
		{"over max runes", CheckText("t", strings.Repeat("é", 6), 5, true), false},
		{"blank required", CheckText("t", "  \n", 5, true), false},
		{"blank optional", CheckText("t", "", 5, false), true},
		{"NUL", CheckText("t", "a\x00b", 5, false), false},
		{"bad UTF-8", CheckText("t", "a\xffb", 5, false), false},
		{"id ok", CheckID("id", "q-01_a.b:c"), true},
		{"id empty", CheckID("id", ""), false},
		{"id space", CheckID("id", "a b"), false},
		{"id slash", CheckID("id", "a/b"), false},
		{"id too long", CheckID("id", strings.Repeat("a", MaxIDLen+1)), false},
		{"ids dup", CheckIDs("ids", []string{"a", "a"}), false},
		{"ids too many", CheckIDs("ids", make([]string, MaxListLen+1)), false},
	}
	for _, c := range cases {
		if (c.err == nil) != c.ok {
			t.Errorf("%s: err = %v, want ok=%v", c.name, c.err, c.ok)
		}
	}
}

func TestNormaliseEmail(t *testing.T) {
	cases := []struct{ in, want string }{
		{"  Lea.Martin@Ecole.FR ", "lea.martin@ecole.fr"},
		{"a+tag@x.io", "a+tag@x.io"},
		{"Léa <lea@ecole.fr>", ""},
		{"lea@", ""},
		{"lea@localhost", ""},
		{"lea@ecole.fr.", ""},
		{"", ""},
		{"a@b.c@d.e", ""},
	}
	for _, c := range cases {
		got, err := NormaliseEmail("email", c.in)
		if got != c.want || (err == nil) != (c.want != "") {
			t.Errorf("NormaliseEmail(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}
