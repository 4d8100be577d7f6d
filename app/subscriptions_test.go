package app

import (
	"context"
	"testing"
	"time"
)

func TestAttemptUpdatesAndTheMonitorSeeEveryChange(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	ctx, cancel := context.WithCancel(e.ctx)
	defer cancel()
	tab, err := e.app.AttemptUpdates(ctx, s.alice, s.aliceAttempt)
	e.must(err)
	mon, err := e.app.ExamMonitor(ctx, s.staff, s.examID)
	e.must(err)
	out, err := e.app.AddCause(e.ctx, s.alice, CauseInput{AttemptID: s.aliceAttempt, Text: "Cause"})
	e.must(err)
	select {
	case u := <-tab:
		if u.Type != "CauseAdded" || u.Version != out.Version {
			t.Fatalf("update %+v, outcome %+v", u, out)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no attempt update")
	}
	select {
	case m := <-mon:
		if m.AttemptID != s.aliceAttempt || m.CandidateID != s.alice.UserID || m.Type != "CauseAdded" {
			t.Fatalf("monitor %+v", m)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no monitor update")
	}
	cancel()
	for range tab { // closed when the context ends
	}
}

func TestASlowSubscriberIsDroppedWithoutBlockingWriters(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	slow, err := e.app.AttemptUpdates(e.ctx, s.alice, s.aliceAttempt) // never read
	e.must(err)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < subscriberBuffer+10; i++ {
			_, err := e.app.EditOralPrepNote(e.ctx, s.alice, OralPrepNoteInput{AttemptID: s.aliceAttempt, Competency: "C21", Text: string(rune('a'+i%26)) + time.Duration(i).String()})
			if err != nil {
				t.Error(err)
				return
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("writers blocked by a slow subscriber")
	}
	n := 0
	for range slow {
		n++
	}
	if n != subscriberBuffer {
		t.Fatalf("slow subscriber got %d updates before being dropped, want its buffer (%d)", n, subscriberBuffer)
	}
}

func TestTimelineAndReportAtAnyVersion(t *testing.T) {
	e := newEnv(t)
	s := e.session()
	e.clock.Set(inJ1)
	first, err := e.app.AddCause(e.ctx, s.alice, CauseInput{AttemptID: s.aliceAttempt, Text: "Première version"})
	e.must(err)
	_, err = e.app.EditCause(e.ctx, s.alice, CauseInput{AttemptID: s.aliceAttempt, CauseID: first.ID, Text: "Seconde version"})
	e.must(err)
	e.lockAlice(s)
	tl, err := e.app.Timeline(e.ctx, s.jury, s.aliceAttempt)
	e.must(err)
	if tl.Entries[0].Type != "AttemptOpened" || tl.Entries[len(tl.Entries)-1].Type != "ReportSubmitted" {
		t.Fatalf("timeline %+v", tl.Entries)
	}
	at, err := e.app.ReportAt(e.ctx, s.jury, s.aliceAttempt, first.Version)
	e.must(err)
	if len(at.Report.Causes) != 1 || at.Report.Causes[0].Text != "Première version" || at.Locked || at.Version != first.Version {
		t.Fatalf("report at version %d: %+v locked=%v", first.Version, at.Report.Causes, at.Locked)
	}
	now, err := e.app.LockedReport(e.ctx, s.jury, s.aliceAttempt)
	e.must(err)
	if now.Report.Causes[0].Text != "Seconde version" {
		t.Fatalf("current report %+v", now.Report.Causes)
	}
	for _, v := range []int{0, -1, len(tl.Entries) + 1} {
		_, err := e.app.ReportAt(e.ctx, s.jury, s.aliceAttempt, v)
		code(t, err, "INVALID_INPUT")
	}
}
