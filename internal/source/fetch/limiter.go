package fetch

import (
	"context"
	"sync"
	"time"
)

// hostLimiter spaces request starts to each host and caps how many run at
// once. State lives in the Fetcher, never in package variables.
type hostLimiter struct {
	interval    time.Duration
	concurrency int

	mu    sync.Mutex
	hosts map[string]*hostState
}

type hostState struct {
	sem  chan struct{}
	next time.Time // earliest start of the next request
	refs int       // goroutines holding or waiting for this entry
}

// pruneAbove is the map size above which idle hosts are forgotten.
const pruneAbove = 4096

func newHostLimiter(interval time.Duration, concurrency int) *hostLimiter {
	return &hostLimiter{interval: interval, concurrency: concurrency, hosts: map[string]*hostState{}}
}

// acquire waits for a concurrency slot and for the host's next start time.
// The returned release must be called when the request (body included) ends.
func (l *hostLimiter) acquire(ctx context.Context, host string) (release func(), err error) {
	l.mu.Lock()
	h := l.hosts[host]
	if h == nil {
		if len(l.hosts) >= pruneAbove {
			l.pruneLocked(time.Now())
		}
		h = &hostState{sem: make(chan struct{}, l.concurrency)}
		l.hosts[host] = h
	}
	h.refs++
	l.mu.Unlock()

	done := func() {
		l.mu.Lock()
		h.refs--
		l.mu.Unlock()
	}
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		done()
		return nil, ctx.Err()
	}
	release = func() { <-h.sem; done() }

	l.mu.Lock()
	now := time.Now()
	start := h.next
	if start.Before(now) {
		start = now
	}
	h.next = start.Add(l.interval)
	l.mu.Unlock()

	if wait := time.Until(start); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			release()
			return nil, ctx.Err()
		}
	}
	return release, nil
}

// deferHost pushes the host's next start to at least until (Retry-After).
func (l *hostLimiter) deferHost(host string, until time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if h := l.hosts[host]; h != nil && h.next.Before(until) {
		h.next = until
	}
}

func (l *hostLimiter) pruneLocked(now time.Time) {
	for k, h := range l.hosts {
		if h.refs == 0 && h.next.Before(now) {
			delete(l.hosts, k)
		}
	}
}
