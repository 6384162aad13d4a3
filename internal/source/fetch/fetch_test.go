package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

func quiet() *slog.Logger { return slog.New(slog.DiscardHandler) }

// testConfig is a loopback-friendly, fast configuration.
func testConfig() Config {
	return Config{
		Timeout:         2 * time.Second,
		PerHostInterval: -1,
		RetryBaseDelay:  5 * time.Millisecond,
		MaxRetryWait:    3 * time.Second,
		AllowPrivate:    true,
		Logger:          quiet(),
	}
}

func TestConditionalGet(t *testing.T) {
	const etag = `"v1"`
	const lastMod = "Mon, 31 Mar 2025 08:00:00 GMT"
	var gotUA, gotAE atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA.Store(r.Header.Get("User-Agent"))
		gotAE.Store(r.Header.Get("Accept-Encoding"))
		if r.Header.Get("If-None-Match") == etag || r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		fmt.Fprint(w, "<rss>rice 5,000 won per kg in Hyesan</rss>")
	}))
	defer srv.Close()
	f := New(testConfig())
	ctx := t.Context()

	first, err := f.Fetch(ctx, Request{URL: srv.URL + "/feed"})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || first.ETag != etag || first.LastModified != lastMod || !strings.Contains(string(first.Body), "Hyesan") {
		t.Fatalf("first fetch = %+v", first)
	}
	if ua := gotUA.Load().(string); !strings.HasPrefix(ua, "yalu/") {
		t.Errorf("User-Agent = %q, want yalu/…", ua)
	}
	if ae := gotAE.Load().(string); ae != acceptEncoding {
		t.Errorf("Accept-Encoding = %q, want %q", ae, acceptEncoding)
	}
	for _, tc := range []struct {
		name string
		req  Request
	}{
		{"etag", Request{URL: srv.URL + "/feed", ETag: first.ETag}},
		{"last-modified", Request{URL: srv.URL + "/feed", LastModified: first.LastModified}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := f.Fetch(ctx, tc.req)
			if err != nil {
				t.Fatal(err)
			}
			if !got.NotModified || got.Status != http.StatusNotModified || len(got.Body) != 0 {
				t.Fatalf("got %+v, want 304 NotModified", got)
			}
			if got.ETag != tc.req.ETag || got.LastModified != tc.req.LastModified {
				t.Errorf("validators not carried over: %q %q", got.ETag, got.LastModified)
			}
		})
	}
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name       string
		failures   int    // answers with code before success
		code       int    // failure status
		retryAfter string // Retry-After on failures
		retries    int
		wantErr    int           // expected StatusError code, 0 for success
		wantCalls  int32         // requests the server sees
		minElapsed time.Duration // Retry-After honoured
	}{
		{name: "503 then success", failures: 1, code: 503, retries: 3, wantCalls: 2},
		{name: "502 twice then success", failures: 2, code: 502, retries: 3, wantCalls: 3},
		{name: "429 with Retry-After seconds", failures: 1, code: 429, retryAfter: "1", retries: 3, wantCalls: 2, minElapsed: 900 * time.Millisecond},
		{name: "500 forever", failures: 100, code: 500, retries: 2, wantErr: 500, wantCalls: 3},
		{name: "404 not retried", failures: 100, code: 404, retries: 3, wantErr: 404, wantCalls: 1},
		{name: "Retry-After beyond cap gives up", failures: 100, code: 429, retryAfter: "3600", retries: 3, wantErr: 429, wantCalls: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if int(calls.Add(1)) <= tc.failures {
					if tc.retryAfter != "" {
						w.Header().Set("Retry-After", tc.retryAfter)
					}
					w.WriteHeader(tc.code)
					return
				}
				fmt.Fprint(w, "ok")
			}))
			defer srv.Close()
			cfg := testConfig()
			cfg.Retries = tc.retries
			f := New(cfg)
			start := time.Now()
			resp, err := f.Fetch(t.Context(), Request{URL: srv.URL})
			elapsed := time.Since(start)
			if got := calls.Load(); got != tc.wantCalls {
				t.Errorf("server saw %d requests, want %d", got, tc.wantCalls)
			}
			if tc.wantErr != 0 {
				var se *StatusError
				if !errors.As(err, &se) || se.Code != tc.wantErr {
					t.Fatalf("err = %v, want StatusError %d", err, tc.wantErr)
				}
				if !strings.Contains(err.Error(), srv.URL) {
					t.Errorf("error %q does not name the URL", err)
				}
				if tc.retryAfter == "3600" && se.RetryAfter != time.Hour {
					t.Errorf("RetryAfter = %s, want 1h", se.RetryAfter)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(resp.Body) != "ok" {
				t.Errorf("body = %q", resp.Body)
			}
			if elapsed < tc.minElapsed {
				t.Errorf("took %s, want at least %s (Retry-After ignored)", elapsed, tc.minElapsed)
			}
		})
	}
}

func TestRetryAfterParse(t *testing.T) {
	now := time.Date(2025, 3, 31, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"0", 0},
		{"-5", 0},
		{"120", 2 * time.Minute},
		{"999999999", 7 * 24 * time.Hour},
		{"Mon, 31 Mar 2025 12:00:30 GMT", 30 * time.Second},
		{"Mon, 31 Mar 2025 11:00:00 GMT", 0},
		{"soon", 0},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := retryAfter(tc.in, now); got != tc.want {
				t.Errorf("retryAfter(%q) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusFound) })
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/a", http.StatusMovedPermanently) })
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n >= 5 {
			fmt.Fprint(w, "end of chain")
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "file:///etc/passwd")
		w.WriteHeader(http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name         string
		path         string
		maxRedirects int
		wantErr      error
		wantURL      string
	}{
		{"loop", "/a", 10, ErrTooManyRedirects, ""},
		{"chain within limit", "/chain/0", 10, nil, "/chain/5"},
		{"chain over limit", "/chain/0", 3, ErrTooManyRedirects, ""},
		{"to file scheme", "/file", 10, ErrUnsupportedScheme, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig()
			cfg.MaxRedirects = tc.maxRedirects
			resp, err := New(cfg).Fetch(t.Context(), Request{URL: srv.URL + tc.path})
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				if !strings.Contains(err.Error(), srv.URL+tc.path) {
					t.Errorf("error %q does not name the URL", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if resp.URL != srv.URL+tc.wantURL || resp.RequestURL != srv.URL+tc.path {
				t.Errorf("URL = %q RequestURL = %q", resp.URL, resp.RequestURL)
			}
		})
	}
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func zl(b []byte) []byte {
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func rawDeflate(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.DefaultCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func br(b []byte) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestBodyDecodingAndLimits(t *testing.T) {
	page := []byte(strings.Repeat("Traders carried 300 tonnes of coal from Nampo to Ningbo. ", 50))
	bomb := make([]byte, 8<<20) // 8 MiB of zeros; gzip makes it ~8 KiB
	tests := []struct {
		name     string
		encoding string
		body     []byte
		maxBody  int64
		want     []byte
		wantErr  error
	}{
		{"identity", "", page, 1 << 20, page, nil},
		{"gzip", "gzip", gz(page), 1 << 20, page, nil},
		{"deflate zlib", "deflate", zl(page), 1 << 20, page, nil},
		{"deflate raw", "deflate", rawDeflate(page), 1 << 20, page, nil},
		{"brotli", "br", br(page), 1 << 20, page, nil},
		{"gzip then brotli", "gzip, br", br(gz(page)), 1 << 20, page, nil},
		{"too large plain", "", page, 1024, nil, ErrTooLarge},
		{"gzip bomb", "gzip", gz(bomb), 1 << 20, nil, ErrTooLarge},
		{"brotli bomb", "br", br(bomb), 1 << 20, nil, ErrTooLarge},
		{"exactly at limit", "", page[:1000], 1000, page[:1000], nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tc.encoding != "" {
					w.Header().Set("Content-Encoding", tc.encoding)
				}
				w.Write(tc.body)
			}))
			defer srv.Close()
			cfg := testConfig()
			cfg.MaxBody = tc.maxBody
			resp, err := New(cfg).Fetch(t.Context(), Request{URL: srv.URL})
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("err = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(resp.Body, tc.want) {
				t.Errorf("body = %d bytes, want %d", len(resp.Body), len(tc.want))
			}
			if tc.encoding != "" && resp.Header.Get("Content-Encoding") != "" {
				t.Errorf("Content-Encoding header kept after decoding")
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"slow headers", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		}},
		{"slow body", func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte("<html>"))
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				tc.handler(w, r)
			}))
			defer srv.Close()
			cfg := testConfig()
			cfg.Timeout = 100 * time.Millisecond
			cfg.Retries = 1
			start := time.Now()
			_, err := New(cfg).Fetch(t.Context(), Request{URL: srv.URL})
			if !errors.Is(err, ErrTimeout) {
				t.Fatalf("err = %v, want ErrTimeout", err)
			}
			if el := time.Since(start); el > 2*time.Second {
				t.Errorf("took %s; the timeout was not enforced", el)
			}
			if got := calls.Load(); got != 2 {
				t.Errorf("server saw %d requests, want 2 (one retry)", got)
			}
		})
	}
}

func TestCallerCancelNotRetried(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(t.Context(), 50*time.Millisecond)
	defer cancel()
	_, err := New(testConfig()).Fetch(ctx, Request{URL: srv.URL})
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want the caller's context error", err)
	}
}

func TestPerHostInterval(t *testing.T) {
	var mu sync.Mutex
	var starts []time.Time
	var inflight, peak atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inflight.Add(1)
		defer inflight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		mu.Lock()
		starts = append(starts, time.Now())
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
	}))
	defer srv.Close()
	const interval = 60 * time.Millisecond
	cfg := testConfig()
	cfg.PerHostInterval = interval
	cfg.PerHostConcurrency = 1
	f := New(cfg)
	var wg sync.WaitGroup
	for range 5 {
		wg.Go(func() {
			if _, err := f.Fetch(t.Context(), Request{URL: srv.URL}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if len(starts) != 5 {
		t.Fatalf("server saw %d requests, want 5", len(starts))
	}
	// The server sees a request when its goroutine runs, which a loaded
	// machine may delay, so one gap may look shorter than the spacing the
	// fetcher kept while its neighbour looks longer. Jitter cannot shorten
	// them all: the whole run must take four intervals, and no gap may be as
	// short as an unspaced request (the handler's 20 ms).
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < interval*2/3 {
			t.Errorf("gap %d = %s, want about %s", i, gap, interval)
		}
	}
	if total := starts[len(starts)-1].Sub(starts[0]); total < 4*interval-20*time.Millisecond {
		t.Errorf("five requests took %s, want ≥ %s", total, 4*interval)
	}
	if p := peak.Load(); p != 1 {
		t.Errorf("peak concurrency = %d, want 1", p)
	}
}

// fakeResolver maps names to fixed addresses, like a hostile DNS server.
type fakeResolver map[string][]string

func (r fakeResolver) LookupIPAddr(_ context.Context, host string) ([]net.IPAddr, error) {
	ips, ok := r[host]
	if !ok {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	var out []net.IPAddr
	for _, s := range ips {
		out = append(out, net.IPAddr{IP: net.ParseIP(s)})
	}
	return out, nil
}

func TestSSRF(t *testing.T) {
	var hits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { hits.Add(1); fmt.Fprint(w, "public page") })
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "http://intranet.example/admin", http.StatusFound)
	})
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	port := srv.Listener.Addr().(*net.TCPAddr).Port

	res := fakeResolver{
		"news.example":     {"127.0.0.1"}, // the test's stand-in for a public host
		"intranet.example": {"10.0.0.1"},
		"loop.example":     {"127.0.0.1"},
		"meta.example":     {"169.254.169.254"},
		"v6loop.example":   {"::1"},
		"cgnat.example":    {"100.64.1.1"},
		"mapped.example":   {"::ffff:192.168.1.10"},
		"mixed.example":    {"93.184.216.34", "10.1.2.3"},
	}
	newFetcher := func(allowLoopback bool) *Fetcher {
		cfg := testConfig()
		cfg.AllowPrivate = false
		cfg.Resolver = res
		cfg.Retries = -1
		f := New(cfg)
		if allowLoopback {
			// Stand in 127.0.0.1 for a public address; nothing else is allowed.
			f.dialer.allowIP = func(ip netip.Addr) bool { return ip == netip.MustParseAddr("127.0.0.1") }
		}
		return f
	}
	u := func(host, path string) string { return fmt.Sprintf("http://%s:%d%s", host, port, path) }

	tests := []struct {
		name          string
		url           string
		allowLoopback bool
		wantKind      string
	}{
		{"private name", u("intranet.example", "/"), false, "private"},
		{"loopback name", u("loop.example", "/"), false, "loopback"},
		{"metadata name", u("meta.example", "/"), false, "link-local"},
		{"ipv6 loopback name", u("v6loop.example", "/"), false, "loopback"},
		{"cgnat name", u("cgnat.example", "/"), false, "CGNAT"},
		{"ipv4-mapped name", u("mapped.example", "/"), false, "private"},
		{"mixed answers", u("mixed.example", "/"), false, "private"},
		{"literal loopback", u("127.0.0.1", "/"), false, "loopback"},
		{"literal mapped loopback", u("[::ffff:127.0.0.1]", "/"), false, "loopback"},
		{"literal metadata", "http://169.254.169.254/latest/meta-data/", false, "link-local"},
		{"redirect to private name", u("news.example", "/to-private"), true, "private"},
		{"redirect to metadata", u("news.example", "/to-metadata"), true, "link-local"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFetcher(tc.allowLoopback)
			_, err := f.Fetch(t.Context(), Request{URL: tc.url})
			if !errors.Is(err, ErrBlockedAddress) {
				t.Fatalf("err = %v, want ErrBlockedAddress", err)
			}
			msg := err.Error()
			for _, want := range []string{"refusing to fetch " + tc.url, tc.wantKind, "--allow-private"} {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q lacks %q", msg, want)
				}
			}
		})
	}
	if n := hits.Load(); n != 2 {
		t.Errorf("server saw %d requests, want 2 (only the two redirecting pages)", n)
	}

	t.Run("allowed public stand-in", func(t *testing.T) {
		resp, err := newFetcher(true).Fetch(t.Context(), Request{URL: u("news.example", "/")})
		if err != nil || string(resp.Body) != "public page" {
			t.Fatalf("resp=%v err=%v", resp, err)
		}
	})
	t.Run("AllowPrivate opts in", func(t *testing.T) {
		cfg := testConfig()
		cfg.Resolver = res
		resp, err := New(cfg).Fetch(t.Context(), Request{URL: u("loop.example", "/")})
		if err != nil || string(resp.Body) != "public page" {
			t.Fatalf("resp=%v err=%v", resp, err)
		}
	})
}

func TestClassify(t *testing.T) {
	tests := []struct {
		ip      string
		blocked bool
	}{
		{"8.8.8.8", false},
		{"93.184.216.34", false},
		{"2606:4700:4700::1111", false},
		{"0.1.2.3", true},
		{"10.255.0.1", true},
		{"100.127.255.255", true},
		{"100.128.0.1", false},
		{"127.8.8.8", true},
		{"169.254.169.254", true},
		{"172.31.0.1", true},
		{"172.32.0.1", false},
		{"192.168.0.1", true},
		{"224.0.0.251", true},
		{"255.255.255.255", true},
		{"::", true},
		{"::1", true},
		{"fd00::1", true},
		{"fe80::1%eth0", true},
		{"ff02::1", true},
		{"::ffff:10.0.0.1", true},
		{"::ffff:8.8.8.8", false},
		{"::10.0.0.1", true},
		{"64:ff9b::a9fe:a9fe", true},
		{"64:ff9b::808:808", false},
		{"2002:7f00:1::", true},
		{"2002:0808:0808::", false},
	}
	for _, tc := range tests {
		t.Run(tc.ip, func(t *testing.T) {
			got := classify(netip.MustParseAddr(tc.ip)) != ""
			if got != tc.blocked {
				t.Errorf("classify(%s) blocked = %v, want %v", tc.ip, got, tc.blocked)
			}
		})
	}
}

func TestBadURLs(t *testing.T) {
	tests := []struct {
		url     string
		wantErr error
	}{
		{"file:///etc/passwd", ErrUnsupportedScheme},
		{"ftp://ftp.example/feed.xml", ErrUnsupportedScheme},
		{"gopher://x/", ErrUnsupportedScheme},
	}
	f := New(testConfig())
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			_, err := f.Fetch(t.Context(), Request{URL: tc.url})
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.url) {
				t.Fatalf("err = %v, want %v naming the URL", err, tc.wantErr)
			}
		})
	}
	if _, err := f.Fetch(t.Context(), Request{URL: "http://%zz"}); err == nil || !strings.Contains(err.Error(), "malformed") {
		t.Errorf("malformed URL: err = %v", err)
	}
}

func FuzzReadBody(f *testing.F) {
	sample := []byte("<rss><channel><title>Daily NK</title></channel></rss>")
	f.Add(sample, "")
	f.Add(gz(sample), "gzip")
	f.Add(zl(sample), "deflate")
	f.Add(rawDeflate(sample), "deflate")
	f.Add(br(sample), "br")
	f.Add(br(gz(sample)), "gzip, br")
	f.Add(gz(make([]byte, 1<<16)), "gzip")
	const max = 4096
	f.Fuzz(func(t *testing.T, body []byte, enc string) {
		out, err := readBody(bytes.NewReader(body), enc, max)
		if err == nil && len(out) > max {
			t.Fatalf("readBody returned %d bytes over the %d cap", len(out), max)
		}
		if err == nil && (enc == "" || enc == "identity") && !bytes.Equal(out, body) {
			t.Fatalf("identity body changed")
		}
	})
}

func FuzzRetryAfter(f *testing.F) {
	for _, s := range []string{"", "0", "120", "-1", "Mon, 31 Mar 2025 12:00:30 GMT", "Monday, 31-Mar-25 12:00:30 GMT", "x"} {
		f.Add(s)
	}
	now := time.Date(2025, 3, 31, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if d := retryAfter(s, now); d < 0 {
			t.Fatalf("retryAfter(%q) = %s < 0", s, d)
		}
	})
}
