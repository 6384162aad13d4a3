// Package fetch is yalu's one polite HTTP client, shared by page and feed
// fetching: it identifies itself, spaces and caps requests per host, retries
// transient failures with backoff, refuses private network targets (SSRF),
// and bounds body size after decompression.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Config tunes a Fetcher. Zero values take the documented defaults.
type Config struct {
	UserAgent          string        // default DefaultUserAgent()
	Timeout            time.Duration // one attempt incl. redirects and body; default 30s
	MaxBody            int64         // decoded body cap; default 32 MiB
	MaxRedirects       int           // default 10; negative means none allowed
	PerHostInterval    time.Duration // min gap between request starts to one host; default 1s; negative means none
	PerHostConcurrency int           // default 2
	Retries            int           // on 429, 5xx and timeouts; default 3; negative means none
	RetryBaseDelay     time.Duration // first backoff; doubles per retry, with jitter; default 1s
	MaxRetryWait       time.Duration // longest single wait (backoff or Retry-After); default 2m
	AllowPrivate       bool          // opt in to loopback/private targets (tests, intranet)
	Resolver           Resolver      // nil means net.DefaultResolver
	Logger             *slog.Logger  // nil means slog.Default()
}

// Defaults.
const (
	DefaultTimeout            = 30 * time.Second
	DefaultMaxBody            = 32 << 20
	DefaultMaxRedirects       = 10
	DefaultPerHostInterval    = time.Second
	DefaultPerHostConcurrency = 2
	DefaultRetries            = 3
	DefaultRetryBaseDelay     = time.Second
	DefaultMaxRetryWait       = 2 * time.Minute
)

var version = sync.OnceValue(func() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
})

// DefaultUserAgent names yalu, its version and where to read about it.
func DefaultUserAgent() string {
	return "yalu/" + version() + " (+https://github.com/yalu-osint/yalu; OSINT research crawler)"
}

// Request is one GET. ETag and LastModified make it conditional.
type Request struct {
	URL          string
	ETag         string
	LastModified string
	Accept       string
}

// Response is a successful (2xx) or not-modified (304) answer.
type Response struct {
	RequestURL string
	URL        string // final URL after redirects
	Status     int
	Header     http.Header // Content-Encoding and Content-Length removed when the body was decoded
	// Body has its content encoding removed but its charset untouched:
	// originals are stored as received and the clean stage decodes them.
	Body         []byte
	NotModified  bool // 304
	ETag         string
	LastModified string
	FetchedAt    time.Time
}

// Fetcher is safe for concurrent use; share one per process.
type Fetcher struct {
	cfg     Config
	log     *slog.Logger
	dialer  *dialer
	client  *http.Client
	limiter *hostLimiter
}

// New builds a Fetcher from cfg, filling in defaults.
func New(cfg Config) *Fetcher {
	if cfg.UserAgent == "" {
		cfg.UserAgent = DefaultUserAgent()
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	switch {
	case cfg.MaxRedirects == 0:
		cfg.MaxRedirects = DefaultMaxRedirects
	case cfg.MaxRedirects < 0:
		cfg.MaxRedirects = 0
	}
	switch {
	case cfg.PerHostInterval == 0:
		cfg.PerHostInterval = DefaultPerHostInterval
	case cfg.PerHostInterval < 0:
		cfg.PerHostInterval = 0
	}
	if cfg.PerHostConcurrency <= 0 {
		cfg.PerHostConcurrency = DefaultPerHostConcurrency
	}
	switch {
	case cfg.Retries == 0:
		cfg.Retries = DefaultRetries
	case cfg.Retries < 0:
		cfg.Retries = 0
	}
	if cfg.RetryBaseDelay <= 0 {
		cfg.RetryBaseDelay = DefaultRetryBaseDelay
	}
	if cfg.MaxRetryWait <= 0 {
		cfg.MaxRetryWait = DefaultMaxRetryWait
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	d := newDialer(cfg)
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would resolve names itself and bypass the address checks
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		DisableCompression:    true, // we decode ourselves, under the MaxBody cap
		MaxIdleConns:          512,
		MaxIdleConnsPerHost:   cfg.PerHostConcurrency,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	return &Fetcher{
		cfg:    cfg,
		log:    cfg.Logger,
		dialer: d,
		client: &http.Client{
			Transport: tr,
			// Redirects are followed by hand so every hop is rate limited,
			// scheme-checked and loop-checked.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		limiter: newHostLimiter(cfg.PerHostInterval, cfg.PerHostConcurrency),
	}
}

// Fetch GETs r.URL politely. It returns a *StatusError for final answers
// other than 2xx and 304, and wraps ErrBlockedAddress, ErrTooLarge,
// ErrTooManyRedirects, ErrUnsupportedScheme or ErrTimeout where they apply.
func (f *Fetcher) Fetch(ctx context.Context, r Request) (*Response, error) {
	u, err := parseURL(r.URL)
	if err != nil {
		return nil, err
	}
	for attempt := 0; ; attempt++ {
		resp, wait, err := f.attempt(ctx, u, r)
		if err == nil {
			return resp, nil
		}
		if wait < 0 || attempt >= f.cfg.Retries || ctx.Err() != nil {
			return nil, err
		}
		backoff := f.cfg.RetryBaseDelay << attempt
		backoff = backoff/2 + rand.N(backoff/2+1) // jitter in [b/2, b]
		if wait < backoff {
			wait = backoff
		}
		if wait > f.cfg.MaxRetryWait {
			// The server asks for more patience than one fetch should
			// spend; the caller reschedules from StatusError.RetryAfter.
			return nil, err
		}
		f.log.DebugContext(ctx, "retrying fetch", slog.String("url", r.URL), slog.Int("attempt", attempt+1),
			slog.Duration("wait", wait), slog.String("error", err.Error()))
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("fetching %s: %w", r.URL, ctx.Err())
		}
	}
}

func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("fetching %q: the URL is malformed (%v); check it", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("refusing to fetch %s: only http and https URLs are fetched: %w", raw, ErrUnsupportedScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("fetching %s: the URL has no host; check it", raw)
	}
	return u, nil
}

// attempt runs one redirect chain under one Timeout. wait is how long to
// wait before retrying: 0 means retry after the usual backoff, negative
// means do not retry.
func (f *Fetcher) attempt(ctx context.Context, u *url.URL, r Request) (*Response, time.Duration, error) {
	actx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	visited := map[string]bool{}
	for hop := 0; ; hop++ {
		key := u.String()
		if visited[key] {
			return nil, -1, fmt.Errorf("fetching %s: the redirects loop back to %s; check the URL in a browser: %w", r.URL, key, ErrTooManyRedirects)
		}
		visited[key] = true
		resp, next, wait, err := f.hop(actx, ctx, u, r, hop == 0)
		if err != nil || next == nil {
			if resp != nil {
				resp.RequestURL = r.URL
			}
			return resp, wait, err
		}
		if hop >= f.cfg.MaxRedirects {
			return nil, -1, fmt.Errorf("fetching %s: more than %d redirects; check the URL in a browser: %w", r.URL, f.cfg.MaxRedirects, ErrTooManyRedirects)
		}
		u = next
	}
}

// hop sends one request. It returns either a final response, a redirect
// target, or an error.
func (f *Fetcher) hop(actx, parent context.Context, u *url.URL, r Request, first bool) (*Response, *url.URL, time.Duration, error) {
	release, err := f.limiter.acquire(actx, u.Host)
	if err != nil {
		return nil, nil, f.ctxWait(parent), f.ctxError(r.URL, parent, err)
	}
	defer release()

	req, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, -1, fmt.Errorf("fetching %s: %w", r.URL, err)
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept-Encoding", acceptEncoding)
	if r.Accept != "" {
		req.Header.Set("Accept", r.Accept)
	} else {
		req.Header.Set("Accept", "*/*")
	}
	// Validators belong to the URL they were issued for: send them on the
	// first hop only.
	if first {
		if r.ETag != "" {
			req.Header.Set("If-None-Match", r.ETag)
		}
		if r.LastModified != "" {
			req.Header.Set("If-Modified-Since", r.LastModified)
		}
	}

	res, err := f.client.Do(req)
	if err != nil {
		return nil, nil, f.errWait(parent, err), f.transportError(r.URL, parent, err)
	}
	defer res.Body.Close()

	switch {
	case res.StatusCode == http.StatusNotModified:
		drain(res.Body)
		return &Response{
			URL: u.String(), Status: res.StatusCode, Header: res.Header, NotModified: true,
			ETag: firstNonEmpty(res.Header.Get("ETag"), r.ETag), LastModified: firstNonEmpty(res.Header.Get("Last-Modified"), r.LastModified),
			FetchedAt: time.Now().UTC(),
		}, nil, 0, nil
	case isRedirect(res.StatusCode):
		drain(res.Body)
		loc := res.Header.Get("Location")
		if loc == "" {
			return nil, nil, -1, fmt.Errorf("fetching %s: the server answered %s without a Location; report it to the site", r.URL, res.Status)
		}
		next, err := u.Parse(loc)
		if err != nil || (next.Scheme != "http" && next.Scheme != "https") {
			return nil, nil, -1, fmt.Errorf("refusing to fetch %s: it redirects to %q, which is not an http or https URL: %w", r.URL, loc, ErrUnsupportedScheme)
		}
		next.Fragment = ""
		return nil, next, 0, nil
	case res.StatusCode >= 200 && res.StatusCode < 300:
	default:
		drain(res.Body)
		se := &StatusError{URL: r.URL, Code: res.StatusCode, RetryAfter: retryAfter(res.Header.Get("Retry-After"), time.Now())}
		if se.RetryAfter > 0 {
			f.limiter.deferHost(u.Host, time.Now().Add(min(se.RetryAfter, f.cfg.MaxRetryWait)))
		}
		wait := time.Duration(-1)
		if res.StatusCode == http.StatusTooManyRequests || res.StatusCode >= 500 {
			wait = se.RetryAfter
		}
		return nil, nil, wait, se
	}

	body, err := readBody(res.Body, res.Header.Get("Content-Encoding"), f.cfg.MaxBody)
	if err != nil {
		switch {
		case errors.Is(err, ErrTooLarge):
			return nil, nil, -1, fmt.Errorf("fetching %s: the body is larger than %d bytes once decompressed; raise the size limit if the page is genuine: %w", r.URL, f.cfg.MaxBody, ErrTooLarge)
		case isTimeout(parent, err):
			return nil, nil, 0, f.transportError(r.URL, parent, err)
		default:
			return nil, nil, f.errWait(parent, err), fmt.Errorf("fetching %s: reading the body: %w", r.URL, err)
		}
	}
	h := res.Header.Clone()
	if ce := h.Get("Content-Encoding"); ce != "" && !strings.EqualFold(ce, "identity") {
		h.Del("Content-Encoding")
		h.Del("Content-Length")
	}
	return &Response{
		URL: u.String(), Status: res.StatusCode, Header: h, Body: body,
		ETag: h.Get("ETag"), LastModified: h.Get("Last-Modified"), FetchedAt: time.Now().UTC(),
	}, nil, 0, nil
}

func isRedirect(code int) bool {
	switch code {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

func drain(r io.Reader) { _, _ = io.Copy(io.Discard, io.LimitReader(r, 64<<10)) }

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// isTimeout reports whether err is this attempt's deadline (not the
// caller's cancellation).
func isTimeout(parent context.Context, err error) bool {
	if parent.Err() != nil {
		return false
	}
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout())
}

// errWait decides whether a transport error is worth retrying.
func (f *Fetcher) errWait(parent context.Context, err error) time.Duration {
	switch {
	case parent.Err() != nil, errors.Is(err, ErrBlockedAddress), errors.Is(err, ErrTooLarge):
		return -1
	case isTimeout(parent, err), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, syscall.ECONNRESET):
		return 0
	}
	return -1
}

func (f *Fetcher) ctxWait(parent context.Context) time.Duration {
	if parent.Err() != nil {
		return -1
	}
	return 0
}

func (f *Fetcher) ctxError(raw string, parent context.Context, err error) error {
	if parent.Err() != nil {
		return fmt.Errorf("fetching %s: %w", raw, parent.Err())
	}
	return fmt.Errorf("fetching %s: no answer within %s; the server may be down or slow, try again later: %w", raw, f.cfg.Timeout, ErrTimeout)
}

// transportError turns the client's wrapped errors into one sentence.
func (f *Fetcher) transportError(raw string, parent context.Context, err error) error {
	var be *blockedError
	switch {
	case errors.As(err, &be):
		return fmt.Errorf("refusing to fetch %s: %s; pass --allow-private to allow it: %w", raw, be.Error(), ErrBlockedAddress)
	case parent.Err() != nil:
		return fmt.Errorf("fetching %s: %w", raw, parent.Err())
	case isTimeout(parent, err):
		return fmt.Errorf("fetching %s: no complete answer within %s; the server may be down or slow, try again later: %w", raw, f.cfg.Timeout, ErrTimeout)
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return fmt.Errorf("fetching %s: the host name does not exist; check the URL: %w", raw, err)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return fmt.Errorf("fetching %s: %w", raw, err)
}

// retryAfter parses a Retry-After header: delay-seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseInt(v, 10, 64); err == nil {
		if s <= 0 {
			return 0
		}
		if s > 7*24*3600 {
			s = 7 * 24 * 3600
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}
