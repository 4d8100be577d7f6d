// Package simulate runs scripted candidates against a cellule server,
// through its real GraphQL API (HTTP for the login, one graphql-transport-ws
// connection per candidate for everything else): they sign in with their
// access code, question the agents with questions drawn from the
// scenario's evaluation set (agents/evalset), watch the answers stream,
// build S1 and S2 and submit. `cellule simulate`, the demo cohort and the
// load generator use it.
package simulate

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"cellule/agents/evalset"
	"cellule/client"
	"cellule/scenarios"
)

// Stage is how far a simulated candidate goes.
type Stage int

const (
	// StageLogin: signs in and reads the attempt.
	StageLogin Stage = iota
	// StageQuestions: also questions the agents open now.
	StageQuestions
	// StageS1: also builds S1 (KPI gaps, evidenced causes, conclusions, C21 prep).
	StageS1
	// StageS2: also reaches J2 (opening it early in practice mode), questions
	// the suppliers and builds S2 (concept, planning, budget, communication, links).
	StageS2
	// StageSubmit: also submits the report (the lock).
	StageSubmit
)

var stageNames = map[string]Stage{"login": StageLogin, "questions": StageQuestions, "s1": StageS1, "s2": StageS2, "submit": StageSubmit}

// ParseStage reads login, questions, s1, s2 or submit.
func ParseStage(s string) (Stage, error) {
	if st, ok := stageNames[s]; ok {
		return st, nil
	}
	return 0, fmt.Errorf("stage %q: want login, questions, s1, s2 or submit", s)
}

func (s Stage) String() string {
	for n, v := range stageNames {
		if v == s {
			return n
		}
	}
	return fmt.Sprintf("stage(%d)", int(s))
}

// Candidate is one simulated candidate.
type Candidate struct {
	Code  string
	Stage Stage
}

// Config of a run.
type Config struct {
	// BaseURL of the server, e.g. http://127.0.0.1:8080.
	BaseURL    string
	Candidates []Candidate
	// QuestionsPerAgent asked to each open agent (default 2).
	QuestionsPerAgent int
	// Concurrency bounds the candidates running at once (default 16).
	Concurrency int
	// Seed makes the choice of questions reproducible (0: random).
	Seed uint64
	// Think is a pause between two actions of a candidate (default none).
	Think time.Duration
	// AnswerTimeout bounds the wait for one streamed answer (default 60 s).
	AnswerTimeout time.Duration
	// Progress, if set, is called after each candidate ends (err nil on success).
	Progress func(i int, err error)
}

// Result counts what the candidates did.
type Result struct {
	Candidates int
	Failed     int
	Questions  int64
	Chunks     int64
	Answers    int64
	Mutations  int64
	Submitted  int64
	// Errors, one per failed candidate, in order of candidates.
	Errors []error
}

// Run runs every candidate and waits for them. It returns an error only
// when nothing could run (bad configuration); each candidate's failure is
// in Result.Errors.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if cfg.QuestionsPerAgent == 0 {
		cfg.QuestionsPerAgent = 2
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 16
	}
	if cfg.AnswerTimeout == 0 {
		cfg.AnswerTimeout = 60 * time.Second
	}
	if _, err := client.New(cfg.BaseURL); err != nil {
		return nil, err
	}
	res := &Result{Candidates: len(cfg.Candidates)}
	errs := make([]error, len(cfg.Candidates))
	sem := make(chan struct{}, cfg.Concurrency)
	var wg sync.WaitGroup
	for i, cand := range cfg.Candidates {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				errs[i] = ctx.Err()
				return
			}
			defer func() { <-sem }()
			seed := cfg.Seed + uint64(i)
			if cfg.Seed == 0 {
				seed = rand.Uint64()
			}
			r := &runner{cfg: cfg, res: res, rng: rand.New(rand.NewPCG(seed, uint64(i)))}
			errs[i] = r.run(ctx, cand)
			if cfg.Progress != nil {
				cfg.Progress(i, errs[i])
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			res.Failed++
			res.Errors = append(res.Errors, err)
		}
	}
	return res, nil
}

// runner is one candidate's run.
type runner struct {
	cfg  Config
	res  *Result
	rng  *rand.Rand
	conn *client.Conn
	att  attemptData
	sc   *scenarios.Scenario
	set  *evalset.Set
	// answered question ids, to use as evidence.
	answered []string
	// causes created in S1, linked from S2.
	causes []string
}

func (r *runner) run(ctx context.Context, cand Candidate) (err error) {
	c, err := client.New(r.cfg.BaseURL)
	if err != nil {
		return err
	}
	if err := c.Do(ctx, mLoginWithCode, map[string]any{"code": cand.Code}, nil); err != nil {
		return fmt.Errorf("login: %w", err)
	}
	r.conn, err = c.Dial(ctx, client.DialOptions{})
	if err != nil {
		return err
	}
	defer r.conn.Close()

	var my struct {
		MyAttempts []struct {
			ID     string
			Locked bool
		}
	}
	if err := r.conn.Do(ctx, qMyAttempts, nil, &my); err != nil {
		return fmt.Errorf("my attempts: %w", err)
	}
	if len(my.MyAttempts) == 0 {
		return errors.New("no attempt for this access code")
	}
	r.att.ID = my.MyAttempts[0].ID
	if err := r.refresh(ctx); err != nil {
		return err
	}
	if r.att.Locked || cand.Stage == StageLogin {
		return nil
	}
	// The scenario's content (KPI ids, offers, evaluation questions) is
	// what a well-prepared candidate would use; simulated candidates read
	// it from the built-in copy.
	if r.sc, err = scenarios.LoadBuiltin(r.att.ScenarioID); err != nil {
		return fmt.Errorf("scenario %s: %w", r.att.ScenarioID, err)
	}
	if r.set, err = evalset.Load(scenarios.Builtin(), r.att.ScenarioID); err != nil {
		return fmt.Errorf("evaluation set of %s: %w", r.att.ScenarioID, err)
	}

	if r.att.Phase == "J1" || r.att.Phase == "J2" {
		if err := r.questionOpenAgents(ctx); err != nil {
			return err
		}
	}
	if cand.Stage < StageS1 {
		return nil
	}
	if err := r.buildS1(ctx); err != nil {
		return fmt.Errorf("S1: %w", err)
	}
	if cand.Stage < StageS2 {
		return nil
	}
	if r.att.Phase != "J2" {
		if r.att.Mode != "PRACTICE" {
			return nil // J2 not open yet: stop here, as a real candidate would wait
		}
		if err := r.mutate(ctx, mOpenJ2Early, map[string]any{"input": map[string]any{"attemptId": r.att.ID}}); err != nil {
			return fmt.Errorf("open J2: %w", err)
		}
		if err := r.refresh(ctx); err != nil {
			return err
		}
		if err := r.questionOpenAgents(ctx); err != nil {
			return err
		}
	}
	if err := r.buildS2(ctx); err != nil {
		return fmt.Errorf("S2: %w", err)
	}
	if cand.Stage < StageSubmit {
		return nil
	}
	if err := r.mutate(ctx, mSubmit, map[string]any{"input": map[string]any{"attemptId": r.att.ID}}); err != nil {
		return fmt.Errorf("submit: %w", err)
	}
	atomic.AddInt64(&r.res.Submitted, 1)
	return nil
}

func (r *runner) think(ctx context.Context) {
	if r.cfg.Think <= 0 {
		return
	}
	t := time.NewTimer(r.cfg.Think/2 + time.Duration(r.rng.Int64N(int64(r.cfg.Think))))
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

func (r *runner) refresh(ctx context.Context) error {
	var out struct{ Attempt attemptData }
	if err := r.conn.Do(ctx, qAttempt, map[string]any{"id": r.att.ID}, &out); err != nil {
		return fmt.Errorf("read attempt: %w", err)
	}
	r.att = out.Attempt
	return nil
}

func (r *runner) mutate(ctx context.Context, doc string, vars map[string]any) error {
	r.think(ctx)
	atomic.AddInt64(&r.res.Mutations, 1)
	return r.conn.Do(ctx, doc, vars, nil)
}

// questionOpenAgents asks each agent open now a few questions of the
// evaluation set (standalone ones: no history needed), and waits for each
// streamed answer.
func (r *runner) questionOpenAgents(ctx context.Context) error {
	day := scenarios.Day(r.att.Phase)
	for _, ag := range r.att.Agents {
		if !ag.Open {
			continue
		}
		var pool []string
		for _, q := range r.set.Questions {
			if q.Agent == ag.ID && len(q.History) == 0 && (q.Day == "" || q.Day == day) && len(q.Expect) > 0 {
				pool = append(pool, q.Q)
			}
		}
		r.rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
		for _, text := range pool[:min(len(pool), r.cfg.QuestionsPerAgent)] {
			if err := r.ask(ctx, ag.ID, text); err != nil {
				return fmt.Errorf("question to %s: %w", ag.ID, err)
			}
		}
	}
	return r.refresh(ctx)
}

// ask sends a question, then follows its answer chunk by chunk.
func (r *runner) ask(ctx context.Context, agentID, text string) error {
	r.think(ctx)
	var out struct {
		AskQuestion struct{ ID string }
	}
	atomic.AddInt64(&r.res.Questions, 1)
	if err := r.conn.Do(ctx, mAsk, map[string]any{"input": map[string]any{
		"attemptId": r.att.ID, "agentId": agentID, "text": text,
	}}, &out); err != nil {
		return err
	}
	qid := out.AskQuestion.ID
	sctx, cancel := context.WithTimeout(ctx, r.cfg.AnswerTimeout)
	defer cancel()
	results, err := r.conn.Subscribe(sctx, sAnswer, map[string]any{"attemptId": r.att.ID, "questionId": qid})
	if err != nil {
		return err
	}
	for res := range results {
		var m struct{ AnswerChunks answerChunk }
		if err := res.Decode(&m); err != nil {
			return err
		}
		atomic.AddInt64(&r.res.Chunks, 1)
		if m.AnswerChunks.Done {
			if m.AnswerChunks.Failure != nil {
				return fmt.Errorf("answer failed: %s", *m.AnswerChunks.Failure)
			}
			atomic.AddInt64(&r.res.Answers, 1)
			r.answered = append(r.answered, qid)
			return nil
		}
	}
	if err := sctx.Err(); err != nil {
		return fmt.Errorf("answer: %w", err)
	}
	// Dropped as a slow subscriber, or the stream ended without done: the
	// answer is recorded anyway; read it back.
	if err := r.refresh(ctx); err != nil {
		return err
	}
	for _, q := range r.att.Questions {
		if q.ID == qid && q.Status == "ANSWERED" {
			atomic.AddInt64(&r.res.Answers, 1)
			r.answered = append(r.answered, qid)
			return nil
		}
	}
	return fmt.Errorf("answer to %s: stream ended before the answer", qid)
}
