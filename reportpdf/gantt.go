package reportpdf

import (
	"math"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"cellule/domain"
)

const (
	ganttLabelW = 50.0
	ganttChartW = contentWidth - ganttLabelW
	ganttRowH   = 5.0
	ganttAxisH  = 6.0
	day         = 24 * time.Hour
)

var shortMonths = [...]string{"janv.", "févr.", "mars", "avr.", "mai", "juin",
	"juil.", "août", "sept.", "oct.", "nov.", "déc."}

// timeline maps dates to x positions in the chart area.
type timeline struct {
	start, end time.Time
	x0         float64
}

// x is the position of a date. Seconds since the epoch rather than
// time.Duration: a typo in a year (2062 for 2026) must not saturate the
// 292-year Duration range.
func (t timeline) x(at time.Time) float64 {
	return t.x0 + float64(at.Unix()-t.start.Unix())/float64(t.end.Unix()-t.start.Unix())*ganttChartW
}

// days is the length of the span in days.
func (t timeline) days() float64 { return float64(t.end.Unix()-t.start.Unix()) / 86400 }

// tick is a labelled date on the axis.
type tick struct {
	at    time.Time
	label string
}

// ticks picks about six to ten readable dates over the span: days, weeks
// (Mondays) or months, depending on its length.
func (t timeline) ticks() []tick {
	span := time.Duration(t.days()) * day // whole days: below the saturation for ≤ 292 years
	if t.days() > 290*365 {
		span = 290 * 365 * day
	}
	var out []tick
	dayLabel := func(d time.Time) string { return d.Format("02/01") }
	switch {
	case span <= 12*day:
		for d := t.start.Add(day); d.Before(t.end); d = d.Add(day) {
			out = append(out, tick{d, dayLabel(d)})
		}
	case span <= 24*day:
		for d := t.start.Add(day); d.Before(t.end); d = d.Add(2 * day) {
			out = append(out, tick{d, dayLabel(d)})
		}
	case span <= 84*day:
		step := 7
		if span > 60*day {
			step = 14
		}
		d := t.start
		for d.Weekday() != time.Monday {
			d = d.Add(day)
		}
		for ; d.Before(t.end); d = d.AddDate(0, 0, step) {
			out = append(out, tick{d, dayLabel(d)})
		}
	default:
		months := 1
		if span > 300*day {
			months = 3
		}
		if span > 900*day { // whole years, at most about ten ticks
			months = 12 * int(math.Ceil(t.days()/365/10))
		}
		d := time.Date(t.start.Year(), t.start.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
		label := func(d time.Time) string { return shortMonths[d.Month()-1] + " " + d.Format("06") }
		if months >= 12 { // on 1 January, labelled with the year
			d = time.Date(t.start.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
			label = func(d time.Time) string { return d.Format("2006") }
		}
		for ; d.Before(t.end); d = d.AddDate(0, months, 0) {
			out = append(out, tick{d, label(d)})
		}
	}
	return out
}

// gantt draws the planning as a timeline: a diamond at each milestone's
// date and a bar from its latest dependency to it (the time it waits for).
// The table above holds the same data as text; the chart is a reading aid.
func (d *document) gantt(ms []domain.Milestone) {
	dates := map[string]time.Time{}
	var lo, hi time.Time
	for _, m := range ms {
		t, ok := parseDate(m.Date)
		if !ok {
			continue
		}
		dates[m.MilestoneID] = t
		if lo.IsZero() || t.Before(lo) {
			lo = t
		}
		if hi.IsZero() || t.After(hi) {
			hi = t
		}
	}
	if len(dates) == 0 {
		return
	}
	tl := timeline{start: lo.Add(-day), end: hi.Add(day), x0: marginLeft + ganttLabelW}
	ticks := tl.ticks()

	d.need(ganttAxisH + 3*ganttRowH + 12)
	d.heading3("Frise du planning")
	d.ganttAxis(tl, ticks)
	p := d.pdf
	for i, m := range ms {
		need := ganttRowH
		if i == len(ms)-1 {
			need += 10 // keep the legend with the last row
		}
		if d.room() < need {
			p.AddPage()
			d.ganttAxis(tl, ticks)
		}
		d.ganttRow(tl, ticks, m, dates)
	}
	p.Ln(1.5)
	d.note("Losange : date du jalon. Barre : de la dernière dépendance au jalon. Barre orange : jalon daté avant l'une de ses dépendances.")
	p.Ln(2)
}

func (d *document) ganttAxis(tl timeline, ticks []tick) {
	p := d.pdf
	y := p.GetY()
	d.font("", 6.5)
	d.text(colMuted)
	d.draw(colRule)
	p.SetLineWidth(0.2)
	for _, tk := range ticks {
		x := tl.x(tk.at)
		w := p.GetStringWidth(tk.label) + 1
		p.SetXY(x-w/2, y)
		p.CellFormat(w, ganttAxisH-2, tk.label, "", 0, "C", false, 0, "")
		p.Line(x, y+ganttAxisH-1.5, x, y+ganttAxisH)
	}
	p.Line(tl.x0, y+ganttAxisH, tl.x0+ganttChartW, y+ganttAxisH)
	p.SetXY(marginLeft, y+ganttAxisH)
}

func (d *document) ganttRow(tl timeline, ticks []tick, m domain.Milestone, dates map[string]time.Time) {
	p := d.pdf
	y := p.GetY()
	d.font("", sizeSmall)
	d.text(colText)
	p.SetXY(marginLeft, y)
	p.CellFormat(ganttLabelW, ganttRowH, d.fit(oneLine(m.Title), ganttLabelW), "", 0, "L", false, 0, "")

	// Light vertical guides at the ticks.
	p.SetDrawColor(225, 228, 234)
	p.SetLineWidth(0.1)
	for _, tk := range ticks {
		x := tl.x(tk.at)
		p.Line(x, y, x, y+ganttRowH)
	}
	at, ok := dates[m.MilestoneID]
	if !ok {
		d.text(colMuted)
		p.SetXY(tl.x0, y)
		p.CellFormat(ganttChartW, ganttRowH, d.fit("date illisible : "+oneLine(m.Date), ganttChartW), "", 0, "L", false, 0, "")
		p.SetXY(marginLeft, y+ganttRowH)
		return
	}
	var from time.Time
	for _, dep := range m.DependsOn {
		if t, ok := dates[dep]; ok && (from.IsZero() || t.After(from)) {
			from = t
		}
	}
	mid := y + ganttRowH/2
	if !from.IsZero() && !from.Equal(at) {
		a, b, c := from, at, colBar
		if from.After(at) {
			a, b, c = at, from, colBarInverted
		}
		d.fill(c)
		p.Rect(tl.x(a), mid-1.1, tl.x(b)-tl.x(a), 2.2, "F")
	}
	x, r := tl.x(at), 1.7
	d.fill(colAccent)
	p.Polygon([]fpdf.PointType{{X: x, Y: mid - r}, {X: x + r, Y: mid}, {X: x, Y: mid + r}, {X: x - r, Y: mid}}, "F")
	p.SetXY(marginLeft, y+ganttRowH)
}
