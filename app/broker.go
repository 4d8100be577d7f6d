package app

import (
	"strings"
	"sync"
	"time"

	"cellule/domain"
	"cellule/projections"
)

// Fan-out never blocks the writer: every subscriber has a buffered channel;
// when it is full the subscriber is dropped (its channel closed) and must
// resubscribe — for answers the replay buffer then gives it everything
// already said. One slow client can never stall the engine or the
// projections.

// AnswerChunk is one message of an answer stream.
type AnswerChunk struct {
	QuestionID string
	Seq        int    // 0-based index of the chunk
	Text       string // the chunk (empty on the final message)
	// Done: the answer is complete and recorded (refetch the question for
	// its facts). Failed: the engine failed (Error says why, in French);
	// the question can be retried.
	Done   bool
	Failed bool
	Error  string
}

const subscriberBuffer = 64

type chunkSub struct {
	ch   chan AnswerChunk
	done chan struct{} // closed with ch, for the goroutine watching ctx
	once sync.Once
}

func (s *chunkSub) close() { s.once.Do(func() { close(s.ch); close(s.done) }) }

// answerStream is one question's answer being produced.
type answerStream struct {
	mu     sync.Mutex
	chunks []string
	subs   map[*chunkSub]struct{}
	ended  bool
}

type answerBroker struct {
	mu      sync.Mutex
	streams map[string]*answerStream // by question id
}

func newAnswerBroker() *answerBroker { return &answerBroker{streams: map[string]*answerStream{}} }

// open starts a question's stream (before its engine call starts, so a
// subscriber arriving right after AskQuestion returns finds it).
func (b *answerBroker) open(questionID string) *answerStream {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := &answerStream{subs: map[*chunkSub]struct{}{}}
	b.streams[questionID] = s
	return s
}

func (b *answerBroker) get(questionID string) *answerStream {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.streams[questionID]
}

// subscribe returns a channel primed with everything already said, or nil
// if the question has no live stream.
func (b *answerBroker) subscribe(questionID string) (*answerStream, *chunkSub) {
	s := b.get(questionID)
	if s == nil {
		return nil, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return nil, nil
	}
	// Room for the whole replay plus the live buffer: priming never blocks.
	sub := &chunkSub{ch: make(chan AnswerChunk, len(s.chunks)+subscriberBuffer), done: make(chan struct{})}
	for i, c := range s.chunks {
		sub.ch <- AnswerChunk{QuestionID: questionID, Seq: i, Text: c}
	}
	s.subs[sub] = struct{}{}
	return s, sub
}

func (s *answerStream) unsubscribe(sub *chunkSub) {
	s.mu.Lock()
	delete(s.subs, sub)
	s.mu.Unlock()
	sub.close()
}

// emit appends a chunk and fans it out.
func (s *answerStream) emit(questionID, chunk string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ended {
		return
	}
	msg := AnswerChunk{QuestionID: questionID, Seq: len(s.chunks), Text: chunk}
	s.chunks = append(s.chunks, chunk)
	for sub := range s.subs {
		select {
		case sub.ch <- msg:
		default: // too slow: drop it; a resubscription replays
			delete(s.subs, sub)
			sub.close()
		}
	}
}

// end sends the final message to every subscriber, closes them and removes
// the stream: from now on the answer is read from the projections.
func (b *answerBroker) end(questionID string, s *answerStream, final AnswerChunk) {
	b.mu.Lock()
	if b.streams[questionID] == s {
		delete(b.streams, questionID)
	}
	b.mu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ended = true
	final.QuestionID, final.Seq = questionID, len(s.chunks)
	for sub := range s.subs {
		select {
		case sub.ch <- final:
		default:
		}
		sub.close()
	}
	s.subs = nil
}

func (b *answerBroker) closeAll() {
	b.mu.Lock()
	streams := b.streams
	b.streams = map[string]*answerStream{}
	b.mu.Unlock()
	for _, s := range streams {
		s.mu.Lock()
		s.ended = true
		for sub := range s.subs {
			sub.close()
		}
		s.subs = nil
		s.mu.Unlock()
	}
}

// ---- attempt and exam updates -----------------------------------------------

// AttemptUpdate says that an attempt changed: refetch it.
type AttemptUpdate struct {
	AttemptID string
	Version   int    // number of events of the attempt now folded
	Type      string // the event type
	At        time.Time
	Locked    bool
}

// MonitorUpdate is one attempt event of an exam session, for the staff's
// live monitor.
type MonitorUpdate struct {
	ExamID      string
	AttemptID   string
	CandidateID string
	Type        string
	At          time.Time
	Version     int
	Locked      bool
}

type updateSub[T any] struct {
	ch   chan T
	done chan struct{}
	once sync.Once
}

func (s *updateSub[T]) close() { s.once.Do(func() { close(s.ch); close(s.done) }) }

type updateBroker struct {
	mu       sync.Mutex
	attempts map[string]map[*updateSub[AttemptUpdate]]struct{}
	exams    map[string]map[*updateSub[MonitorUpdate]]struct{}
	closed   bool
}

func newUpdateBroker() *updateBroker {
	return &updateBroker{
		attempts: map[string]map[*updateSub[AttemptUpdate]]struct{}{},
		exams:    map[string]map[*updateSub[MonitorUpdate]]struct{}{},
	}
}

func addSub[T any](b *updateBroker, m map[string]map[*updateSub[T]]struct{}, key string) *updateSub[T] {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := &updateSub[T]{ch: make(chan T, subscriberBuffer), done: make(chan struct{})}
	if b.closed {
		s.close()
		return s
	}
	if m[key] == nil {
		m[key] = map[*updateSub[T]]struct{}{}
	}
	m[key][s] = struct{}{}
	return s
}

func removeSub[T any](b *updateBroker, m map[string]map[*updateSub[T]]struct{}, key string, s *updateSub[T]) {
	b.mu.Lock()
	if set := m[key]; set != nil {
		delete(set, s)
		if len(set) == 0 {
			delete(m, key)
		}
	}
	b.mu.Unlock()
	s.close()
}

func fanOut[T any](set map[*updateSub[T]]struct{}, msg T) {
	for s := range set {
		select {
		case s.ch <- msg:
		default: // too slow: dropped; it resubscribes and refetches
			delete(set, s)
			s.close()
		}
	}
}

// publish is the projections' listener.
func (b *updateBroker) publish(c projections.Change) {
	if c.AttemptID == "" || !strings.HasPrefix(c.Stream, domain.AttemptStreamPrefix) {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if set := b.attempts[c.AttemptID]; set != nil {
		fanOut(set, AttemptUpdate{AttemptID: c.AttemptID, Version: int(c.Revision) + 1, Type: c.Type, At: c.At, Locked: c.Locked})
	}
	if set := b.exams[c.ExamID]; set != nil {
		fanOut(set, MonitorUpdate{ExamID: c.ExamID, AttemptID: c.AttemptID, CandidateID: c.CandidateID,
			Type: c.Type, At: c.At, Version: int(c.Revision) + 1, Locked: c.Locked})
	}
}

func (b *updateBroker) closeAll() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for _, set := range b.attempts {
		for s := range set {
			s.close()
		}
	}
	for _, set := range b.exams {
		for s := range set {
			s.close()
		}
	}
	// Emptied in place, not replaced: subscribers' goroutines hold the maps
	// (ExamMonitor, AttemptUpdates pass b.exams / b.attempts to removeSub)
	// and read those fields without the lock.
	clear(b.attempts)
	clear(b.exams)
}
