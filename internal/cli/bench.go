package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"

	"codeberg.org/readeck/go-readability/v2"

	"github.com/yalu-osint/yalu/internal/clean/cleantest"
	"github.com/yalu-osint/yalu/internal/source/files"
)

// benchResult is what one measured phase reports.
type benchResult struct {
	Phase      string  `json:"phase"`
	Docs       int     `json:"docs"`
	Failed     int     `json:"failed"`
	Bytes      int64   `json:"bytes"`
	Seconds    float64 `json:"seconds"`
	DocsPerSec float64 `json:"docs_per_sec"`
	MBPerSec   float64 `json:"mb_per_sec"`
	PeakRSSMiB float64 `json:"peak_rss_mib"`
}

const benchUsage = `yalu bench — measure the ingest path against bare go-readability

Usage:
  yalu bench ingest [--docs N] [--dir DIR] [--keep] [--workers N]

Generates N realistic news pages of 30–80 KB on disk (or reuses DIR), then, each
in its own process so peak memory is measured separately:
  bare:       go-readability alone over every file (read from disk, parse,
              extract text)
  foundation: the original kept, cleaned and its document saved and indexed
              for search, into a fresh database (no stories, no extraction)
  full:       'yalu add' of the same directory into a fresh database (original
              kept, cleaned, indexed for search, grouped into stories,
              extracted)
and prints each rate, its ratio to bare and each phase's peak RSS. With
--workers N, the foundation and full phases ingest N files at a time (the
pipeline cleans and extracts outside its write transaction, so these overlap);
'yalu add' ingests one at a time, as does the default of 1.

Example:
  yalu bench ingest --docs 10000
`

func runBench(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] != "ingest" {
		fmt.Fprint(env.Stdout, benchUsage)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return nil
		}
		return fmt.Errorf("name a benchmark: ingest: %w", errUsage)
	}
	fs := newFlags(env, "bench")
	fs.Usage = func() { fmt.Fprint(env.Stdout, benchUsage) }
	docs := fs.Int("docs", 10000, "number of generated pages")
	dir := fs.String("dir", "", "directory of pages to use (generated there if empty)")
	keep := fs.Bool("keep", false, "keep the generated pages and database")
	phase := fs.String("phase", "", "internal: run one phase in this process (bare, foundation or full)")
	db := fs.String("db", "", "internal: database for the foundation or full phase")
	workers := fs.Int("workers", 1, "files ingested at a time in the foundation and full phases")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of each phase to this file prefix")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if *cpuProfile != "" && *phase != "" {
		f, err := os.Create(*cpuProfile + "." + *phase)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	switch *phase {
	case "bare":
		return benchPhase(env, "bare", func() (int, int, int64, error) { return benchBare(ctx, *dir) })
	case "foundation", "full":
		return benchPhase(env, *phase, func() (int, int, int64, error) {
			return benchIngest(ctx, env, *dir, *db, *phase == "full", *workers)
		})
	case "":
	default:
		return fmt.Errorf("unknown phase %q: %w", *phase, errUsage)
	}

	work, err := os.MkdirTemp("", "yalu-bench-")
	if err != nil {
		return err
	}
	if !*keep {
		defer os.RemoveAll(work)
	}
	pages := *dir
	if pages == "" {
		pages = filepath.Join(work, "pages")
		fmt.Fprintf(env.Stderr, "generating %d pages in %s ...\n", *docs, pages)
		if err := generatePages(pages, *docs); err != nil {
			return err
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	var results []benchResult
	for _, ph := range []string{"bare", "foundation", "full"} {
		fmt.Fprintf(env.Stderr, "running phase %s ...\n", ph)
		cmd := exec.CommandContext(ctx, self, "bench", "ingest", "--phase", ph, "--dir", pages,
			"--db", filepath.Join(work, ph+".db"), "--cpuprofile", *cpuProfile, "--workers", strconv.Itoa(*workers))
		cmd.Stderr = env.Stderr
		out, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("phase %s: %w", ph, err)
		}
		var r benchResult
		if err := json.Unmarshal(lastLine(out), &r); err != nil {
			return fmt.Errorf("phase %s printed %q: %w", ph, out, err)
		}
		results = append(results, r)
	}
	fmt.Fprintf(env.Stdout, "machine: %s/%s, %d CPUs, %s\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel())
	fmt.Fprintf(env.Stdout, "%-10s %7s %9s %9s %9s %9s %12s\n", "phase", "docs", "seconds", "docs/s", "MB/s", "vs bare", "peak RSS")
	bare := results[0].DocsPerSec
	for _, r := range results {
		ratio := 0.0
		if bare > 0 {
			ratio = r.DocsPerSec / bare
		}
		fmt.Fprintf(env.Stdout, "%-10s %7d %9.1f %9.1f %9.2f %9.2f %8.0f MiB\n", r.Phase, r.Docs, r.Seconds, r.DocsPerSec, r.MBPerSec, ratio, r.PeakRSSMiB)
	}
	if full := results[len(results)-1]; bare > 0 {
		fmt.Fprintf(env.Stdout, "target: full ≥ 0.80 × bare (now %.2f), full peak RSS < 300 MiB (now %.0f MiB)\n",
			full.DocsPerSec/bare, full.PeakRSSMiB)
	}
	return nil
}

func lastLine(b []byte) []byte {
	lines := bytes.Split(bytes.TrimSpace(b), []byte("\n"))
	return lines[len(lines)-1]
}

func generatePages(dir string, n int) error {
	for i := 0; i < n; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("page-%05d.html", i)), cleantest.GeneratePage(i), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func benchPhase(env *Env, name string, run func() (int, int, int64, error)) error {
	start := time.Now()
	n, failed, size, err := run()
	if err != nil {
		return err
	}
	secs := time.Since(start).Seconds()
	r := benchResult{Phase: name, Docs: n, Failed: failed, Bytes: size, Seconds: secs,
		DocsPerSec: float64(n) / secs, MBPerSec: float64(size) / secs / 1e6, PeakRSSMiB: peakRSSMiB()}
	return json.NewEncoder(env.Stdout).Encode(r)
}

func benchBare(ctx context.Context, dir string) (int, int, int64, error) {
	var n, failed int
	var size int64
	_, err := files.Walk(ctx, dir, func(p string) error {
		body, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		size += int64(len(body))
		u, _ := url.Parse("https://example.org/" + filepath.Base(p))
		parser := readability.NewParser()
		art, err := parser.Parse(bytes.NewReader(body), u)
		if err == nil {
			err = art.RenderText(io.Discard)
		}
		if err != nil {
			failed++
		}
		n++
		return nil
	})
	return n, failed, size, err
}

// benchIngest ingests every file of dir into a fresh database at db as
// 'yalu add' does, workers files at a time; without full, stories and
// extraction are left out.
func benchIngest(ctx context.Context, env *Env, dir, db string, full bool, workers int) (int, int, int64, error) {
	cf := commonFlags{db: db, logLevel: "error"}
	a, err := openApp(ctx, &Env{Stdin: env.Stdin, Stdout: io.Discard, Stderr: env.Stderr, Getenv: env.Getenv, Now: env.Now}, &cf)
	if err != nil {
		return 0, 0, 0, err
	}
	defer a.Close()
	if !full {
		p := *a.pipeline
		p.Stories, p.Extractor = nil, nil
		a.pipeline = &p
	}
	l := newLoader(env, false, files.DefaultMaxSize)
	var (
		mu        sync.Mutex
		n, failed int
		size      int64
		wg        sync.WaitGroup
	)
	paths := make(chan string)
	for range max(workers, 1) {
		wg.Go(func() {
			for p := range paths {
				_, err := ingestOne(ctx, a, l, input{"file", p})
				fi, statErr := os.Stat(p)
				mu.Lock()
				n++
				switch {
				case err != nil:
					failed++
					fmt.Fprintf(env.Stderr, "error: %s: %v\n", p, err)
				case statErr == nil:
					size += fi.Size()
				}
				mu.Unlock()
			}
		})
	}
	_, err = files.Walk(ctx, dir, func(p string) error {
		select {
		case paths <- p:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(paths)
	wg.Wait()
	return n, failed, size, err
}

// peakRSSMiB reads the process's peak resident set size (Linux); 0 elsewhere.
func peakRSSMiB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
			return kb / 1024
		}
	}
	return 0
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
