package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/source/fetch"
)

func TestTransient(t *testing.T) {
	status := func(code int) error {
		return fmt.Errorf("fetching item: %w", &fetch.StatusError{URL: "https://e.example/a", Code: code})
	}
	dial := func(errno syscall.Errno) error {
		return fmt.Errorf("fetching https://e.example/a: %w",
			&net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", errno)})
	}
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"500", status(500), true},
		{"502", status(502), true},
		{"503", status(503), true},
		{"429", status(429), true},
		{"408", status(408), true},
		{"404", status(404), false},
		{"410", status(410), false},
		{"403", status(403), false},
		{"timeout", fmt.Errorf("fetching x: no answer: %w", fetch.ErrTimeout), true},
		{"connection refused", dial(syscall.ECONNREFUSED), true},
		{"connection reset", fmt.Errorf("fetching x: %w", syscall.ECONNRESET), true},
		{"cut short", fmt.Errorf("reading body: %w", io.ErrUnexpectedEOF), true},
		{"other dial failure", dial(syscall.EADDRNOTAVAIL), true},
		{"dns timeout", &net.DNSError{Err: "i/o timeout", Name: "e.example", IsTimeout: true}, true},
		{"no such host", fmt.Errorf("resolving e.example: %w", &net.DNSError{Err: "no such host", Name: "e.example", IsNotFound: true}), false},
		{"too large", fmt.Errorf("fetching x: too big: %w", fetch.ErrTooLarge), false},
		// The dialer's refusal arrives inside a net.OpError; it is final.
		{"blocked", &net.OpError{Op: "dial", Err: fmt.Errorf("refusing: %w", fetch.ErrBlockedAddress)}, false},
		{"redirect loop", fmt.Errorf("x: %w", fetch.ErrTooManyRedirects), false},
		{"bad scheme", fmt.Errorf("x: %w", fetch.ErrUnsupportedScheme), false},
		{"cancelled", context.Canceled, false},
		{"anything else", errors.New("ingesting x: no article text"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := transient(tc.err); got != tc.want {
				t.Errorf("transient(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}

func TestItemRetryAt(t *testing.T) {
	now := time.Date(2025, 3, 26, 10, 0, 0, 0, time.UTC)
	e503 := &fetch.StatusError{Code: 503}
	tests := []struct {
		name     string
		err      error
		attempts int
		want     time.Duration // 0: no retry
	}{
		{"first failure", e503, 1, 15 * time.Minute},
		{"second failure", e503, 2, 30 * time.Minute},
		{"fourth failure", e503, 4, 2 * time.Hour},
		{"fifth failure gives up", e503, MaxItemAttempts, 0},
		{"beyond the limit", e503, 9, 0},
		{"permanent error", &fetch.StatusError{Code: 404}, 1, 0},
		{"retry-after longer than backoff", &fetch.StatusError{Code: 429, RetryAfter: 3 * time.Hour}, 1, 3 * time.Hour},
		{"retry-after shorter than backoff", &fetch.StatusError{Code: 503, RetryAfter: time.Minute}, 2, 30 * time.Minute},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := itemRetryAt(tc.err, tc.attempts, now)
			switch {
			case tc.want == 0 && got != nil:
				t.Errorf("retry at %v, want none", got)
			case tc.want != 0 && (got == nil || !got.Equal(now.Add(tc.want))):
				t.Errorf("retry at %v, want %v", got, now.Add(tc.want))
			}
		})
	}
}
