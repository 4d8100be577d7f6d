package reportpdf

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"cellule/domain"
	"cellule/domain/attempt"
)

func testDocument(t testing.TB) *document {
	t.Helper()
	s := attempt.Initial()
	d := newDocument(Report{State: &s, Location: time.UTC})
	d.font("", sizeTable)
	return d
}

func TestWrap(t *testing.T) {
	d := testDocument(t)
	cases := []struct {
		name  string
		text  string
		width float64
		want  []string // nil: only the invariants are checked
	}{
		{"short text stays on one line", "Lieu", 40, []string{"Lieu"}},
		{"explicit line breaks are kept", "a\nb", 40, []string{"a", "b"}},
		{"no break inside a French number", "total 182\u202f400\u00a0€ pour l'enveloppe", 22, []string{"total", "182\u202f400\u00a0€", "pour", "l'enveloppe"}},
		{"a number too wide for the cell breaks before its unit", "182\u202f400\u00a0personnes", 22, []string{"182\u202f400", "personnes"}},
		{"a word wider than the cell is cut", strings.Repeat("x", 80), 20, nil},
		{"empty text is one empty line", "", 20, []string{""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := d.wrap(c.text, c.width)
			if c.want != nil && !slices.Equal(got, c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
			for _, l := range got {
				if w := d.pdf.GetStringWidth(l); w > c.width-2*cellPad+1e-9 {
					t.Errorf("line %q is %.1f mm wide, over the %.1f mm cell", l, w, c.width)
				}
			}
			if ink(strings.Join(got, "")) != ink(c.text) {
				t.Errorf("text lost or changed: %q from %q", got, c.text)
			}
		})
	}
}

// ink is the text without its spaces: what wrapping must keep.
func ink(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func TestTimelineTicks(t *testing.T) {
	date := func(s string) time.Time { t, _ := parseDate(s); return t }
	cases := []struct {
		name       string
		from, to   string
		wantFirst  string
		maxTicks   int
		wantMonday bool
	}{
		{"a week shows days", "2026-04-01", "2026-04-07", "02/04", 12, false},
		{"five weeks show Mondays", "2026-04-01", "2026-05-06", "06/04", 10, true},
		{"a season shows months", "2026-04-01", "2026-08-20", "mai 26", 10, false},
		{"years show quarters at most ten ticks", "2026-01-10", "2028-06-01", "févr. 26", 10, false},
		{"a typo in the year still gives a readable axis", "2026-04-01", "2062-04-01", "2027", 10, false},
		{"centuries do not overflow", "0001-01-01", "9999-12-31", "0002", 10, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl := timeline{start: date(c.from), end: date(c.to), x0: 0}
			ticks := tl.ticks()
			if len(ticks) == 0 || len(ticks) > c.maxTicks {
				t.Fatalf("%d ticks, want 1..%d", len(ticks), c.maxTicks)
			}
			if ticks[0].label != c.wantFirst {
				t.Errorf("first tick %q, want %q", ticks[0].label, c.wantFirst)
			}
			for _, tk := range ticks {
				if tk.at.Before(tl.start) || !tk.at.Before(tl.end) {
					t.Errorf("tick %s outside the span", tk.label)
				}
				if c.wantMonday && tk.at.Weekday() != time.Monday {
					t.Errorf("tick %s is not a Monday", tk.label)
				}
				if x := tl.x(tk.at); x < 0 || x > ganttChartW {
					t.Errorf("tick %s drawn at %.1f mm, outside the chart", tk.label, x)
				}
			}
		})
	}
}

func TestPlanningIsInDateOrder(t *testing.T) {
	s := attempt.Initial()
	s.Milestones = []domain.Milestone{
		{MilestoneID: "b", Date: "2026-04-10"},
		{MilestoneID: "x", Date: "bientôt"}, // unreadable dates go last
		{MilestoneID: "a", Date: "2026-04-01"},
		{MilestoneID: "c", Date: "2026-04-10"}, // same date: entry order
	}
	d := &document{s: &s}
	var got []string
	for _, m := range d.milestonesByDate() {
		got = append(got, m.MilestoneID)
	}
	if want := []string{"a", "b", "c", "x"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	if s.Milestones[0].MilestoneID != "b" {
		t.Error("sorting changed the state")
	}
}

func TestFrenchDates(t *testing.T) {
	paris := paris
	cases := []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 3, 10, 16, 5, 0, 0, time.UTC), "10\u00a0mars\u00a02026 à 17\u00a0h\u00a005"},
		{time.Date(2026, 7, 1, 7, 0, 0, 0, time.UTC), "1er\u00a0juillet\u00a02026 à 9\u00a0h\u00a000"}, // summer time
	}
	for _, c := range cases {
		if got := frenchDateTime(c.at, paris); got != c.want {
			t.Errorf("frenchDateTime(%s) = %q, want %q", c.at, got, c.want)
		}
	}
	if got := frenchDate("2026-04-06"); got != "06/04/2026" {
		t.Errorf("frenchDate = %q", got)
	}
	if got := frenchDate("avril"); got != "avril" {
		t.Errorf("an unreadable date must print as typed, got %q", got)
	}
}
