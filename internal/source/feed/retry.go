package feed

import (
	"errors"
	"io"
	"net"
	"net/http"
	"syscall"
	"time"

	"github.com/yalu-osint/yalu/internal/source/fetch"
)

// Item retries. A page that failed for a reason that may pass (a timeout, a
// 5xx, a 429, a refused or reset connection) is tried again at a later poll
// of its feed, ItemRetryBase after the first failure and twice as long after
// each further one; after MaxItemAttempts failures its error is final.
const (
	ItemRetryBase   = 15 * time.Minute
	MaxItemAttempts = 5
)

// itemRetryAt returns when an item that has now failed attempts times (this
// failure included) may be tried again, or nil when it must not be: the
// error is not transient, or the attempts are used up. now is the time of
// the failure. A server's Retry-After (429/503) is honoured when longer.
func itemRetryAt(err error, attempts int, now time.Time) *time.Time {
	if attempts >= MaxItemAttempts || !transient(err) {
		return nil
	}
	wait := ItemRetryBase << max(attempts-1, 0)
	var se *fetch.StatusError
	if errors.As(err, &se) {
		wait = max(wait, se.RetryAfter)
	}
	at := now.Add(wait)
	return &at
}

// transient reports whether a failed fetch may succeed if tried again later:
// timeouts, 408, 425, 429 and 5xx answers, and refused, reset or cut
// connections. A missing page (404, 410, other 4xx), an oversized body, a
// blocked address, a redirect loop, a host name that does not exist and a
// bad URL are permanent.
func transient(err error) bool {
	if err == nil {
		return false
	}
	var se *fetch.StatusError
	if errors.As(err, &se) {
		switch se.Code {
		case http.StatusRequestTimeout, http.StatusTooEarly, http.StatusTooManyRequests:
			return true
		}
		return se.Code >= 500
	}
	switch {
	case errors.Is(err, fetch.ErrTooLarge), errors.Is(err, fetch.ErrBlockedAddress),
		errors.Is(err, fetch.ErrTooManyRedirects), errors.Is(err, fetch.ErrUnsupportedScheme):
		return false
	case errors.Is(err, fetch.ErrTimeout), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET),
		errors.Is(err, syscall.ECONNABORTED), errors.Is(err, syscall.EHOSTUNREACH),
		errors.Is(err, syscall.ENETUNREACH), errors.Is(err, syscall.EPIPE):
		return true
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return !dnsErr.IsNotFound
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) {
		return true // any other failure to connect or to read the answer
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
