// Package analytics is the question-quality read model of exam sessions:
// a projection folded from the domain events only (exam-, attempt- and
// evaluation- streams) that answers, per question, per candidate, per
// agent, per fact and per cohort, how well candidates questioned the
// agents. Every metric is defined in docs/ANALYTICS.md under the same
// name as the Go field that carries it.
//
// One goroutine feeds the projection with Apply (a subscription to the
// global log); any number of goroutines query it. Apply takes the write
// lock for one event (microseconds); queries take the read lock and build
// fresh values, so a caller may keep or change what it gets.
//
// What can be computed when the event arrives is (the text metrics of a
// question when it is asked, its new facts when it is answered); the
// aggregates are computed by the queries from those per-question values,
// which keeps Apply cheap and the queries within the 1 s budget for a
// 500-candidate cohort (docs/BENCHMARKS.md, "Analytics").
package analytics

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"cellule/domain"
	"cellule/domain/attempt"
	"cellule/domain/evaluation"
	"cellule/scenarios"
)

// ErrUnknownExam: the exam id names no exam the projection has seen (no
// ExamScheduled nor AttemptOpened for it yet).
var ErrUnknownExam = errors.New("analytics: unknown exam")

// ErrUnknownAttempt: the attempt id names no attempt the projection has seen.
var ErrUnknownAttempt = errors.New("analytics: unknown attempt")

// ErrScenarioUnavailable: the scenario of the exam could not be loaded, so
// the metrics that depend on it (facts, topics, importance) cannot be
// computed. The loader's error is wrapped.
var ErrScenarioUnavailable = errors.New("analytics: scenario unavailable")

// ScenarioLoader returns the scenario with this id (scenarios.LoadBuiltin
// fits). It is called once per scenario id, from Apply.
type ScenarioLoader func(id string) (*scenarios.Scenario, error)

// Projection folds domain events into question-quality metrics. Build it
// with New; the zero value is not usable.
type Projection struct {
	mu sync.RWMutex

	load      ScenarioLoader
	position  uint64
	scenarios map[string]*scenarioInfo
	scenErr   map[string]error
	tok       tokenizer

	exams    map[string]*examAcc
	attempts map[string]*attemptAcc // by attempt id
	byStream map[string]*attemptAcc // by stream name
	evals    map[string]*evalAcc    // by stream name
}

// examAcc is what the projection knows of one exam session.
type examAcc struct {
	id        string
	snapshot  domain.ExamSnapshot // from ExamScheduled; else the first attempt's
	scheduled bool
	// scen is the scenario of the snapshot (nil and scenErr set when it
	// could not be loaded).
	scen     *scenarioInfo
	scenErr  error
	attempts []*attemptAcc // in AttemptOpened order
	// names of the enrolled candidates by attempt id (CandidateEnrolled
	// may come before or after AttemptOpened in the global log).
	names map[string]string
}

// attemptAcc is one candidate's attempt: the domain's own state (the
// report as it stands) plus the per-question metrics.
type attemptAcc struct {
	exam      *examAcc
	scen      *scenarioInfo // nil when the scenario could not be loaded
	scenErr   error
	state     attempt.State
	questions []*question
	byID      map[string]*question
	earned    map[string]bool // facts earned so far (any answer)
	evals     []*evalAcc
}

// evalAcc is one jury member's evaluation of an attempt.
type evalAcc struct {
	ev evaluation.State
}

// New returns an empty projection that loads scenarios with load.
func New(load ScenarioLoader) *Projection {
	return &Projection{
		load:      load,
		scenarios: map[string]*scenarioInfo{},
		scenErr:   map[string]error{},
		tok:       newTokenizer(),
		exams:     map[string]*examAcc{},
		attempts:  map[string]*attemptAcc{},
		byStream:  map[string]*attemptAcc{},
		evals:     map[string]*evalAcc{},
	}
}

// Position is the global position of the last event applied (0 before
// any): resume the subscription after it.
func (p *Projection) Position() uint64 {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.position
}

// Apply folds one event read from stream at the global position. An event
// at or before the last position applied is skipped, so replaying a batch
// after a reconnection changes nothing (position 0 means "unknown" and is
// always applied). at is the store's timestamp, used only when the event
// carries no time of its own. Events of unknown types or of streams whose
// first event was not seen are ignored: a projection never refuses history.
func (p *Projection) Apply(stream string, position uint64, e domain.Event, at time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if position != 0 {
		if position <= p.position {
			return
		}
		p.position = position
	}
	e = withTime(e, at)
	switch {
	case strings.HasPrefix(stream, domain.AttemptStreamPrefix):
		p.applyAttempt(stream, e)
	case strings.HasPrefix(stream, domain.EvaluationStreamPrefix):
		p.applyEvaluation(stream, e)
	case strings.HasPrefix(stream, domain.ExamStreamPrefix):
		p.applyExam(e)
	}
}

func (p *Projection) exam(id string) *examAcc {
	x, ok := p.exams[id]
	if !ok {
		x = &examAcc{id: id, names: map[string]string{}}
		p.exams[id] = x
	}
	return x
}

func (p *Projection) applyExam(e domain.Event) {
	switch e := e.(type) {
	case domain.ExamScheduled:
		x := p.exam(e.ExamID)
		x.snapshot, x.scheduled = e.Exam, true
		x.scen, x.scenErr = p.scenario(e.Exam.ScenarioID)
	case domain.CandidateEnrolled:
		p.exam(e.ExamID).names[e.AttemptID] = e.DisplayName
	}
}

func (p *Projection) applyAttempt(stream string, e domain.Event) {
	if o, ok := e.(domain.AttemptOpened); ok {
		if _, dup := p.byStream[stream]; dup {
			return
		}
		x := p.exam(o.ExamID)
		if !x.scheduled && len(x.attempts) == 0 {
			x.snapshot = o.Exam
			x.scen, x.scenErr = p.scenario(o.Exam.ScenarioID)
		}
		a := &attemptAcc{
			exam:   x,
			state:  attempt.Initial(),
			byID:   map[string]*question{},
			earned: map[string]bool{},
		}
		a.scen, a.scenErr = p.scenario(o.Exam.ScenarioID)
		a.state = attempt.Evolve(a.state, o)
		x.attempts = append(x.attempts, a)
		p.attempts[o.AttemptID] = a
		p.byStream[stream] = a
		return
	}
	a, ok := p.byStream[stream]
	if !ok {
		return
	}
	switch e := e.(type) {
	case domain.QuestionAsked:
		if _, dup := a.byID[e.QuestionID]; dup {
			return
		}
		q := p.newQuestion(a, e)
		a.questions = append(a.questions, q)
		a.byID[e.QuestionID] = q
	case domain.AgentAnswered:
		q, ok := a.byID[e.QuestionID]
		if !ok {
			return
		}
		if sq, _ := a.state.Question(e.QuestionID); sq != nil && sq.Status == attempt.QuestionAnswered {
			return // answered once; the decider refuses a second answer
		}
		q.newFacts = q.newFacts[:0]
		for _, f := range e.FactIDs {
			if !a.earned[f] {
				a.earned[f] = true
				q.newFacts = append(q.newFacts, f)
			}
		}
	}
	a.state = attempt.Evolve(a.state, e)
}

func (p *Projection) applyEvaluation(stream string, e domain.Event) {
	if o, ok := e.(domain.EvaluationOpened); ok {
		if _, dup := p.evals[stream]; dup {
			return
		}
		ev := &evalAcc{ev: evaluation.Evolve(evaluation.Initial(), o)}
		p.evals[stream] = ev
		if a, ok := p.attempts[o.AttemptID]; ok {
			a.evals = append(a.evals, ev)
		}
		return
	}
	if ev, ok := p.evals[stream]; ok {
		ev.ev = evaluation.Evolve(ev.ev, e)
	}
}

// scenario returns the analysed scenario, loading it once.
func (p *Projection) scenario(id string) (*scenarioInfo, error) {
	if s, ok := p.scenarios[id]; ok {
		return s, nil
	}
	if err, ok := p.scenErr[id]; ok {
		return nil, err
	}
	sc, err := p.load(id)
	if err == nil && sc == nil {
		err = errors.New("loader returned no scenario")
	}
	if err != nil {
		err = fmt.Errorf("%w: %s: %w", ErrScenarioUnavailable, id, err)
		p.scenErr[id] = err
		return nil, err
	}
	s := newScenarioInfo(sc, &p.tok)
	p.scenarios[id] = s
	return s, nil
}

// withTime fills a missing event time with the store's timestamp for the
// events whose time the metrics use.
func withTime(e domain.Event, at time.Time) domain.Event {
	switch v := e.(type) {
	case domain.QuestionAsked:
		if v.At.IsZero() {
			v.At = at
		}
		return v
	case domain.AgentAnswered:
		if v.At.IsZero() {
			v.At = at
		}
		return v
	case domain.J2OpenedEarly:
		if v.At.IsZero() {
			v.At = at
		}
		return v
	case domain.ReportSubmitted:
		if v.At.IsZero() {
			v.At = at
		}
		return v
	case domain.CompetencyAssessed:
		if v.At.IsZero() {
			v.At = at
		}
		return v
	case domain.EvaluationFinalised:
		if v.At.IsZero() {
			v.At = at
		}
		return v
	}
	return e
}

// examFor returns the exam and checks that its scenario-dependent
// metrics can be computed. Callers hold the read lock.
func (p *Projection) examFor(examID string, needScenario bool) (*examAcc, error) {
	x, ok := p.exams[examID]
	if !ok || (!x.scheduled && len(x.attempts) == 0) {
		return nil, fmt.Errorf("%w: %q", ErrUnknownExam, examID)
	}
	if needScenario {
		if x.scenErr != nil {
			return nil, x.scenErr
		}
		for _, a := range x.attempts {
			if a.scenErr != nil {
				return nil, a.scenErr
			}
		}
	}
	return x, nil
}
