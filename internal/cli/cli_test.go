package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// run executes a command line in-process and returns its exit status,
// standard output and standard error.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(string) string { return "" },
		Now:    func() time.Time { return time.Date(2025, 4, 2, 9, 0, 0, 0, time.UTC) },
	}
	code := Run(context.Background(), args, env)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

const reportText = `Smugglers move coal across the Yalu at night

Hyesan, April 1, 2025

A source in Ryanggang Province said smugglers carried about 40 tonnes of coal from Hyesan to Changbai last week.

Each tonne fetched 600 yuan on the Chinese side, the source said.
`

const reportHTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Border guards seize mobile phones near Sinuiju | Test Outlet</title>
<meta property="og:site_name" content="Test Outlet">
<meta property="article:published_time" content="2025-02-10T08:00:00Z">
</head><body><nav>Home | World | Sports</nav><article><h1>Border guards seize mobile phones near Sinuiju</h1>
<p>Border guards near Sinuiju seized 300 smuggled mobile phones bound for Pyongyang, a resident of North Pyongan Province reported.</p>
<p>The phones had been bought in Dandong for about 500 yuan each before they were taken across the Yalu River.</p>
</article><footer>Most Popular Articles</footer></body></html>`

func TestHelpListsEveryCommand(t *testing.T) {
	code, out, _ := run(t, "", "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, c := range commands() {
		if !strings.Contains(out, "  "+c.name) {
			t.Errorf("--help does not list %q", c.name)
		}
		code, cout, cerr := run(t, "", c.name, "--help")
		if code != 0 || !strings.Contains(cout, "Usage:") || !strings.Contains(cout, "Example:") {
			t.Errorf("%s --help: exit %d, out %q, err %q", c.name, code, cout, cerr)
		}
	}
	if code, _, errOut := run(t, "", "frobnicate"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, errOut)
	}
	if code, _, errOut := run(t, "", "docs", "--format", "xml", "--db", filepath.Join(t.TempDir(), "x.db")); code != 2 || !strings.Contains(errOut, "--format must be one of") {
		t.Errorf("bad format: exit %d, %q", code, errOut)
	}
}

func TestAddListShowSearchAndBadInput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "yalu.db")
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "coal.txt"), reportText)
	writeFile(t, filepath.Join(in, "sub", "phones.html"), reportHTML)
	writeFile(t, filepath.Join(in, "empty.txt"), "")
	writeFile(t, filepath.Join(in, "blob.txt"), "\x00\x01\x02binary\x00data")
	writeFile(t, filepath.Join(in, "photo.png"), "\x89PNG")
	writeFile(t, filepath.Join(in, ".git", "config"), "x")

	code, out, errOut := run(t, "", "add", "--db", db, in)
	if code != 1 {
		t.Errorf("add with two bad files: exit %d, want 1", code)
	}
	if !strings.Contains(out, "added 2 document(s)") || !strings.Contains(out, "skipped 2") || !strings.Contains(out, "2 failed") {
		t.Errorf("summary = %q", out)
	}
	for _, want := range []string{"empty.txt", "blob.txt"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not name %s: %q", want, errOut)
		}
	}

	// Adding the same inputs again stores nothing new.
	_, out, _ = run(t, "", "add", "--db", db, filepath.Join(in, "coal.txt"), filepath.Join(in, "sub"))
	if !strings.Contains(out, "added 0 document(s)") || !strings.Contains(out, "2 already stored") {
		t.Errorf("re-add summary = %q", out)
	}

	code, out, _ = run(t, "", "docs", "--db", db, "--format", "json")
	if code != 0 {
		t.Fatalf("docs exit %d", code)
	}
	var rows []docRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("docs json: %v\n%s", err, out)
	}
	if len(rows) != 2 {
		t.Fatalf("docs = %d, want 2", len(rows))
	}
	var phonesID int64
	for _, r := range rows {
		if strings.Contains(r.Title, "mobile phones") {
			phonesID = r.ID
			if r.Outlet != "Test Outlet" || r.Language != "en" || r.Published == nil || r.Published.Format("2006-01-02") != "2025-02-10" {
				t.Errorf("html doc row = %+v", r)
			}
		}
	}
	if phonesID == 0 {
		t.Fatalf("no document titled with mobile phones: %+v", rows)
	}

	code, out, _ = run(t, "", "show", fmt.Sprint(phonesID), "--db", db)
	if code != 0 || !strings.Contains(out, "Title:     Border guards seize mobile phones near Sinuiju") || strings.Contains(out, "Most Popular") {
		t.Errorf("show: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "", "show", "--db", db, "--format", "json", fmt.Sprint(phonesID))
	if code != 0 || !strings.Contains(out, `"original_sha256"`) || !strings.Contains(out, `"story"`) {
		t.Errorf("show json: exit %d\n%s", code, out)
	}
	if code, _, errOut := run(t, "", "show", "--db", db, "999"); code != 1 || !strings.Contains(errOut, "not found") {
		t.Errorf("show missing: exit %d %q", code, errOut)
	}

	code, out, _ = run(t, "", "search", "--db", db, "coal")
	if code != 0 || !strings.Contains(out, "Smugglers move coal") || !strings.Contains(out, "[coal]") {
		t.Errorf("search: exit %d\n%s", code, out)
	}
	_, out, _ = run(t, "", "search", "--db", db, "tulips")
	if !strings.Contains(out, "No documents match") {
		t.Errorf("empty search: %q", out)
	}

	// Reprocessing keeps ids and succeeds for every stored original that can be cleaned.
	code, out, errOut = run(t, "", "reprocess", "--db", db)
	if !strings.Contains(out, "reprocessed 2 of 4 originals") || code != 1 {
		t.Errorf("reprocess: exit %d, out %q, err %q", code, out, errOut)
	}
	_, out, _ = run(t, "", "docs", "--db", db, "--format", "json")
	var after []docRow
	if err := json.Unmarshal([]byte(out), &after); err != nil || len(after) != 2 {
		t.Fatalf("docs after reprocess: %v %s", err, out)
	}
}

func TestAddStdinAndURLs(t *testing.T) {
	db := filepath.Join(t.TempDir(), "yalu.db")
	code, out, errOut := run(t, reportText, "add", "--db", db, "-")
	if code != 0 || !strings.Contains(out, "added 1 document(s)") {
		t.Fatalf("stdin: exit %d %q %q", code, out, errOut)
	}

	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, reportHTML)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	// Loopback is refused unless the user opts in.
	code, _, errOut = run(t, "", "add", "--db", db, srv.URL+"/article")
	if code != 1 || !strings.Contains(errOut, "--allow-private") {
		t.Errorf("private URL without opt-in: exit %d %q", code, errOut)
	}
	code, out, errOut = run(t, "", "add", "--db", db, "--allow-private", srv.URL+"/article", srv.URL+"/loop")
	if code != 1 || !strings.Contains(out, "added 1 document(s)") || !strings.Contains(errOut, srv.URL+"/loop") {
		t.Errorf("URL batch with a redirect loop: exit %d out %q err %q", code, out, errOut)
	}
	_, out, _ = run(t, "", "docs", "--db", db, "--format", "json")
	if !strings.Contains(out, srv.URL+"/article") {
		t.Errorf("fetched document lacks its URL: %s", out)
	}
}

func TestExtractSeed(t *testing.T) {
	seed := filepath.Join("..", "..", "..", "shared", "seeds", "000_2437ed8ab2e839f2.txt")
	if _, err := os.Stat(seed); err != nil {
		t.Skipf("seed document not present at %s: %v", seed, err)
	}
	code, out, errOut := run(t, "", "extract", seed)
	if code != 0 {
		t.Fatalf("extract: exit %d %s", code, errOut)
	}
	var res struct {
		Places []struct {
			Name, Country, Kind string
		} `json:"places"`
		Organizations []struct{ Name string }     `json:"organizations"`
		Commodities   []struct{ Name, HS string } `json:"commodities"`
		Prices        []struct {
			Amount   float64
			Currency string
			USD      *struct{ Amount float64 } `json:"usd"`
		} `json:"prices"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("extract json: %v", err)
	}
	names := map[string]string{}
	for _, p := range res.Places {
		names[p.Name] = p.Country
	}
	for name, cc := range map[string]string{"Guangzhou": "CN", "Hyesan": "KP", "Changbai": "CN", "Pyongyang": "KP", "Hunchun": "CN", "Rason": "KP", "North Korea": "KP", "China": "CN"} {
		if names[name] != cc {
			t.Errorf("place %s: got country %q, want %q (places %v)", name, names[name], cc, names)
		}
	}
	if _, ok := names["Delhi"]; ok {
		t.Error("Delhi (page chrome) was extracted")
	}
	if len(res.Organizations) == 0 || res.Organizations[0].Name != "Ministry of State Security" {
		t.Errorf("organisations = %+v", res.Organizations)
	}
	var glasses bool
	for _, c := range res.Commodities {
		glasses = glasses || (c.Name == "spy camera glasses" && c.HS == "852589")
	}
	if !glasses {
		t.Errorf("commodities = %+v", res.Commodities)
	}
	var p800 bool
	for _, p := range res.Prices {
		p800 = p800 || (p.Amount == 800 && p.Currency == "CNY" && p.USD != nil && p.USD.Amount == 110)
	}
	if !p800 {
		t.Errorf("prices = %+v", res.Prices)
	}

	code, out, _ = run(t, "", "extract", "--format", "text", seed)
	if code != 0 || !strings.Contains(out, "«Hyesan»") || !strings.Contains(out, "Places (") {
		t.Errorf("text summary: exit %d\n%s", code, out)
	}
}

func TestDemoLoadsAndIsIdempotent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	code, out, errOut := run(t, "", "demo", "--load-only", "--db", db)
	if code != 0 || !strings.Contains(out, "new stories") {
		t.Fatalf("demo: exit %d %q %q", code, out, errOut)
	}
	_, out, _ = run(t, "", "demo", "--load-only", "--db", db)
	if !strings.Contains(out, "added 0 document(s)") {
		t.Errorf("second demo load stored something: %q", out)
	}
	_, out, _ = run(t, "", "stories", "--db", db, "--format", "json")
	var stories []struct {
		Members []struct{ Relation string } `json:"members"`
	}
	if err := json.Unmarshal([]byte(out), &stories); err != nil {
		t.Fatal(err)
	}
	var multi int
	for _, s := range stories {
		if len(s.Members) > 1 {
			multi++
		}
	}
	if multi < 2 {
		t.Errorf("the demo's copies and editions did not form stories: %s", out)
	}
}

func TestServeAnswersAndStops(t *testing.T) {
	db := filepath.Join(t.TempDir(), "yalu.db")
	if code, _, errOut := run(t, reportText, "add", "--db", db, "-"); code != 0 {
		t.Fatalf("add: %s", errOut)
	}
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }, Now: time.Now,
		Ready: func(a string) { addr <- a }}
	done := make(chan int, 1)
	go func() { done <- Run(ctx, []string{"serve", "--db", db, "--listen", "127.0.0.1:0", "--no-poll"}, env) }()
	var base string
	select {
	case a := <-addr:
		base = "http://" + a
	case <-time.After(10 * time.Second):
		t.Fatal("server did not start")
	}
	for path, want := range map[string]string{"/healthz": "ok", "/api/v1/documents": "Smugglers move coal", "/": "Smugglers move coal"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: %d %q", path, resp.StatusCode, body)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exit %d: %s", code, errb.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop on cancel")
	}
}

// TestEvalConfidenceIntervals checks that `yalu eval -ci` adds each field's
// bootstrap interval to the table, around its F1, and that the plain table
// has no such column.
func TestEvalConfidenceIntervals(t *testing.T) {
	code, out, errOut := run(t, "", "eval", "-ci", "../../testdata/heldout")
	if code != 0 {
		t.Fatalf("eval -ci exited %d: %s", code, errOut)
	}
	if !strings.Contains(out, "95% CI") {
		t.Fatalf("no interval column in:\n%s", out)
	}
	var low, f1, high float64
	for _, line := range strings.Split(out, "\n") {
		fs := strings.Fields(line)
		if len(fs) > 4 && fs[0] == "places" {
			if _, err := fmt.Sscanf(fs[3]+" "+strings.Replace(fs[4], "–", " ", 1), "%g %g %g", &f1, &low, &high); err != nil {
				t.Fatalf("reading %q: %v", line, err)
			}
		}
	}
	if !(low <= f1 && f1 <= high && low < high) {
		t.Errorf("places F1 %.3f outside its interval %.2f–%.2f", f1, low, high)
	}
	_, plain, _ := run(t, "", "eval", "../../testdata/heldout")
	if strings.Contains(plain, "95% CI") {
		t.Error("the plain table has an interval column")
	}
}

// TestEvalAgainstSecondAnnotation checks `yalu eval -against`: a set scored
// against itself agrees fully, a second annotation that leaves out one leg
// and adds a good shows as one missed leg and one false commodity, and a
// second annotation that lacks a report is refused with a clear error.
func TestEvalAgainstSecondAnnotation(t *testing.T) {
	src := "../../testdata/heldout"
	code, out, errOut := run(t, "", "eval", "-against", src, src)
	if code != 0 {
		t.Fatalf("eval -against itself exited %d: %s", code, errOut)
	}
	for _, line := range strings.Split(out, "\n") {
		if fs := strings.Fields(line); len(fs) == 7 && fs[0] != "field" && fs[3] != "1.000" && fs[1]+fs[2] != "0.0000.000" {
			t.Errorf("a set against itself: %s", line)
		}
	}

	dir := t.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	changed := ""
	for _, e := range entries {
		name := e.Name()
		if name == "README.md" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			t.Fatal(err)
		}
		if changed == "" && strings.HasSuffix(name, ".gold.json") {
			var g map[string]any
			if err := json.Unmarshal(data, &g); err != nil {
				t.Fatal(err)
			}
			if legs, _ := g["legs"].([]any); len(legs) > 0 {
				g["legs"] = legs[1:]
				g["commodities"] = append(g["commodities"].([]any), map[string]any{"name": "invented widgets"})
				if data, err = json.Marshal(g); err != nil {
					t.Fatal(err)
				}
				changed = name
			}
		}
		writeFile(t, filepath.Join(dir, name), string(data))
	}
	if changed == "" {
		t.Fatal("no gold file with legs to change")
	}
	_, out, _ = run(t, "", "eval", "-v", "-against", dir, src)
	for _, want := range []string{"missed     legs", "false hit  commodities   invented widgets"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval -against a changed copy does not list %q", want)
		}
	}
	if !strings.Contains(out, "legs") {
		t.Fatal("no legs row")
	}

	if err := os.Remove(filepath.Join(dir, changed)); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, strings.TrimSuffix(changed, ".gold.json")+".txt")); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = run(t, "", "eval", "-against", dir, src)
	if code == 0 || !strings.Contains(errOut, "has no annotation of") {
		t.Errorf("a second annotation missing a report: exit %d, %q", code, errOut)
	}
}

// TestEvalPoolsSets checks that `yalu eval A B` scores the two sets as one:
// its counts are the sums of each set's, its reports are named by set, and
// -against, which compares two annotations of one set, refuses two.
func TestEvalPoolsSets(t *testing.T) {
	a, b := "../../testdata/heldout", "../../testdata/heldout2"
	counts := func(out string) (docs int, legsTP int) {
		for _, line := range strings.Split(out, "\n") {
			fs := strings.Fields(line)
			if len(fs) == 7 && fs[0] == "legs" {
				legsTP, _ = strconv.Atoi(fs[4])
			}
			if len(fs) > 1 && fs[1] == "documents;" {
				docs, _ = strconv.Atoi(fs[0])
			}
		}
		return docs, legsTP
	}
	_, outA, _ := run(t, "", "eval", a)
	_, outB, _ := run(t, "", "eval", b)
	code, outAB, errOut := run(t, "", "eval", "-v", a, b)
	if code != 0 {
		t.Fatalf("eval of two sets exited %d: %s", code, errOut)
	}
	dA, lA := counts(outA)
	dB, lB := counts(outB)
	dAB, lAB := counts(outAB)
	if dA == 0 || dB == 0 || lA == 0 || dAB != dA+dB || lAB != lA+lB {
		t.Errorf("pooled %d documents and %d true legs, want %d+%d and %d+%d", dAB, lAB, dA, dB, lA, lB)
	}
	if !strings.Contains(outAB, "\nheldout2/") {
		t.Error("pooled reports are not named by their set")
	}
	if code, _, errOut := run(t, "", "eval", "-against", a, a, b); code == 0 || !strings.Contains(errOut, "name one corpus directory") {
		t.Errorf("-against with two sets: exit %d, %q", code, errOut)
	}
}
