package app

import (
	"sync"
	"time"
)

// limiter counts events per key in a sliding window (failed logins per
// account, questions per candidate). It keeps at most the last n instants
// of a key, so its memory is bounded by keys × n.
type limiter struct {
	mu     sync.Mutex
	n      int
	window time.Duration
	clock  func() time.Time
	hits   map[string][]time.Time
}

func newLimiter(n int, window time.Duration, clock func() time.Time) *limiter {
	return &limiter{n: n, window: window, clock: clock, hits: map[string][]time.Time{}}
}

// wait returns 0 if the key has had fewer than n events in the window
// (n ≤ 0 uses the limiter's own), else how long until the oldest leaves it.
func (l *limiter) wait(key string, n int) time.Duration {
	if n <= 0 {
		n = l.n
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	h := l.prune(key)
	if len(h) < n {
		return 0
	}
	return h[len(h)-n].Add(l.window).Sub(l.clock())
}

// hit records an event for key.
func (l *limiter) hit(key string, n int) {
	if n <= 0 {
		n = l.n
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	h := append(l.prune(key), l.clock())
	if len(h) > n {
		h = h[len(h)-n:]
	}
	l.hits[key] = h
}

// reset forgets a key (a successful login clears its failures).
func (l *limiter) reset(key string) {
	l.mu.Lock()
	delete(l.hits, key)
	l.mu.Unlock()
}

func (l *limiter) prune(key string) []time.Time {
	h := l.hits[key]
	cut := l.clock().Add(-l.window)
	i := 0
	for i < len(h) && !h[i].After(cut) {
		i++
	}
	h = h[i:]
	if len(h) == 0 {
		delete(l.hits, key)
		return nil
	}
	l.hits[key] = h
	return h
}
