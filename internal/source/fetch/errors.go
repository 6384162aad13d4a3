package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"time"
)

// Sentinel errors callers branch on with errors.Is.
var (
	// ErrBlockedAddress means the target resolves to an address yalu refuses
	// to contact (loopback, private, link-local, cloud metadata …).
	ErrBlockedAddress = errors.New("blocked address")
	// ErrTooLarge means the body, after decompression, exceeds Config.MaxBody.
	ErrTooLarge = errors.New("response too large")
	// ErrTooManyRedirects means the redirect chain was longer than
	// Config.MaxRedirects or came back to a URL already visited.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrUnsupportedScheme means the URL is not http or https.
	ErrUnsupportedScheme = errors.New("unsupported URL scheme")
	// ErrTimeout means one attempt took longer than Config.Timeout.
	ErrTimeout = errors.New("request timed out")
)

// StatusError is returned for a final answer that is neither 2xx nor 304,
// after retries.
type StatusError struct {
	URL        string
	Code       int
	RetryAfter time.Duration // from the last Retry-After header, 0 if none
}

func (e *StatusError) Error() string {
	status := fmt.Sprintf("%d %s", e.Code, http.StatusText(e.Code))
	switch {
	case e.Code == http.StatusNotFound || e.Code == http.StatusGone:
		return fmt.Sprintf("fetching %s: the server answered %s; check the URL or remove it", e.URL, status)
	case e.Code == http.StatusUnauthorized || e.Code == http.StatusForbidden:
		return fmt.Sprintf("fetching %s: the server answered %s; it refuses access to crawlers, so remove the URL or fetch the page by hand", e.URL, status)
	case e.Code == http.StatusTooManyRequests:
		msg := fmt.Sprintf("fetching %s: the server answered %s (rate limited); try again later", e.URL, status)
		if e.RetryAfter > 0 {
			msg += fmt.Sprintf(" (it asks to wait %s)", e.RetryAfter.Round(time.Second))
		}
		return msg
	case e.Code >= 500:
		return fmt.Sprintf("fetching %s: the server answered %s after retries; try again later", e.URL, status)
	default:
		return fmt.Sprintf("fetching %s: the server answered %s", e.URL, status)
	}
}

// blockedError is the dialer's refusal; Fetch turns it into a sentence that
// names the URL.
type blockedError struct {
	host string
	ip   string
	kind string
}

func (e *blockedError) Error() string {
	return fmt.Sprintf("%s resolves to %s address %s", e.host, e.kind, e.ip)
}

func (e *blockedError) Unwrap() error { return ErrBlockedAddress }
