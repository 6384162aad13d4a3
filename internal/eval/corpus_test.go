package eval

import (
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
)

const corpusDir = "../../testdata/corpus"

const hsCSV = "../../../shared/data/harmonized-system/harmonized-system.csv"

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const okGold = `{"id":"001-a","style":"wire","language":"en","published":"2025-01-02","relevant":false,"direction":"none","places":[{"name":"Seoul","country":"KR"}]}`

func TestLoadCorpusErrors(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		wantErr string // substring; empty means success
		is      error
	}{
		{"ok", map[string]string{"001-a.txt": "T\n\nbody", "001-a.gold.json": okGold}, "", nil},
		{"txt without gold", map[string]string{"001-a.txt": "x", "002-b.txt": "y", "001-a.gold.json": okGold}, "002-b.txt", ErrMissingGold},
		{"gold without txt", map[string]string{"001-a.gold.json": okGold}, "001-a.gold.json", ErrMissingGold},
		{"bad json", map[string]string{"001-a.txt": "x", "001-a.gold.json": `{"id": "001-a",`}, "001-a.gold.json", nil},
		{"unknown key", map[string]string{"001-a.txt": "x", "001-a.gold.json": strings.Replace(okGold, `"relevant"`, `"relevent"`, 1)}, "001-a.gold.json", nil},
		{"id mismatch", map[string]string{"001-a.txt": "x", "001-a.gold.json": strings.Replace(okGold, `"001-a"`, `"001-b"`, 1)}, "does not match", nil},
		{"regional currency", map[string]string{"001-a.txt": "T\n\nbody", "001-a.gold.json": strings.Replace(okGold, `}]}`, `}],"prices":[{"amount":95,"currency":"PHP"}]}`, 1)}, "", nil},
		{"unknown currency", map[string]string{"001-a.txt": "x", "001-a.gold.json": strings.Replace(okGold, `}]}`, `}],"prices":[{"amount":95,"currency":"XYZ"}]}`, 1)}, "unknown currency", nil},
		{"place without country", map[string]string{"001-a.txt": "x", "001-a.gold.json": strings.Replace(okGold, `"KR"`, `""`, 1)}, "two-letter country", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cases, err := LoadCorpus(writeFiles(t, tt.files))
			if tt.wantErr == "" {
				if err != nil || len(cases) != 1 || cases[0].Gold.Places[0].Name != "Seoul" || cases[0].Text != "T\n\nbody" {
					t.Fatalf("LoadCorpus = %+v, %v", cases, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("err = %v, want errors.Is %v", err, tt.is)
			}
		})
	}
}

func loadHS(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open(hsCSV)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("HS table %s is absent; HS codes not checked", hsCSV)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("reading %s: %v", hsCSV, err)
	}
	codes := map[string]bool{}
	for _, r := range rows[1:] {
		codes[r[1]] = true
	}
	return codes
}

// annotatedSets are the development corpus and every held-out set beside it:
// all of them follow the same guidelines, so all are validated alike.
func annotatedSets(t *testing.T) []string {
	t.Helper()
	held, err := filepath.Glob("../../testdata/heldout*")
	if err != nil {
		t.Fatal(err)
	}
	return append([]string{corpusDir}, held...)
}

func TestRealCorpus(t *testing.T) {
	for _, dir := range annotatedSets(t) {
		t.Run(filepath.Base(dir), func(t *testing.T) { checkAnnotatedSet(t, dir) })
	}
}

func checkAnnotatedSet(t *testing.T, dir string) {
	cases, err := LoadCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	if dir != corpusDir {
		if len(cases) < 10 {
			t.Fatalf("%s has %d documents, want at least 10", dir, len(cases))
		}
	} else if len(cases) < 44 {
		t.Fatalf("corpus has %d documents, want at least 44", len(cases))
	}
	styles := map[string]int{}
	for _, c := range cases {
		styles[c.Gold.Style]++
	}
	minStyles := map[string]int{"korean": 8, "machine-translated": 4, "aggregator": 4, "negative": 6, "wire": 1, "specialist": 1}
	if dir == corpusDir { // held-out sets are smaller; their mix is in their README
		t.Run("style counts", func(t *testing.T) {
			for s, n := range minStyles {
				if styles[s] < n {
					t.Errorf("style %s: %d documents, want at least %d", s, styles[s], n)
				}
			}
		})
	}
	for _, c := range cases {
		t.Run(c.ID, func(t *testing.T) {
			g := c.Gold
			words := len(strings.Fields(c.Text))
			if words < 150 || words > 600 {
				t.Errorf("%d words, want 150..600", words)
			}
			head, _, ok := strings.Cut(c.Text, "\n\n")
			if !ok || strings.TrimSpace(head) == "" {
				t.Error("text needs a headline, a blank line, then paragraphs")
			}
			if (g.Style == "korean") != (g.Language == "ko") && g.Style != "negative" && g.Style != "aggregator" {
				t.Errorf("style %s with language %s", g.Style, g.Language)
			}
			if g.Style == "negative" && g.Relevant {
				t.Error("a negative document is marked relevant")
			}
			if g.Relevant && len(g.Commodities) == 0 {
				t.Error("relevant but names no commodity")
			}
			pub, _ := time.Parse(time.DateOnly, g.Published)
			for _, d := range g.Dates {
				// Plans may point ahead, but not by years.
				if s, _ := time.Parse(time.DateOnly, d.Start); s.After(pub.AddDate(1, 0, 0)) || s.Year() < 1900 {
					t.Errorf("date %s is implausible for publication %s", d.Start, g.Published)
				}
			}
			places := map[string]bool{}
			for _, p := range g.Places {
				if places[p.Name] {
					t.Errorf("place %s listed twice", p.Name)
				}
				places[p.Name] = true
			}
			for _, l := range g.Legs {
				if !places[l.From] || !places[l.To] {
					t.Errorf("leg %s -> %s names a place not in places", l.From, l.To)
				}
			}
		})
	}
}

func TestRealCorpusHSCodes(t *testing.T) {
	codes := loadHS(t)
	var cases []Case
	for _, dir := range annotatedSets(t) {
		cs, err := LoadCorpus(dir)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, cs...)
	}
	for _, c := range cases {
		for _, cm := range c.Gold.Commodities {
			if cm.HS != "" && !codes[cm.HS] {
				t.Errorf("%s: commodity %q has HS %q, not in the HS 2022 table", c.ID, cm.Name, cm.HS)
			}
		}
	}
}

func TestRealCorpusPerfectAndEmptyPredictors(t *testing.T) {
	cases, err := LoadCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	none := 0
	for _, c := range cases {
		if c.Gold.Direction == model.DirectionNone {
			none++
		}
	}
	tests := []struct {
		name    string
		predict func(Case) (*model.ExtractionResult, error)
		wantF1  float64
		wantAcc func(name string) float64
	}{
		{"gold as prediction", func(c Case) (*model.ExtractionResult, error) { return c.Gold.Result(), nil }, 1,
			func(string) float64 { return 1 }},
		{"empty prediction", func(Case) (*model.ExtractionResult, error) { return &model.ExtractionResult{}, nil }, 0,
			func(name string) float64 {
				if name == AccDirection {
					return float64(none) / float64(len(cases)) // "none" is right for the irrelevant reports
				}
				return 0 // no events matched
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := Score(cases, tt.predict)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range rep.Fields {
				if f.F1 != tt.wantF1 {
					t.Errorf("%s: F1 = %v, want %v (TP/FP/FN %d/%d/%d)", f.Field, f.F1, tt.wantF1, f.TP, f.FP, f.FN)
				}
				if f.TP+f.FN == 0 {
					t.Errorf("%s: the corpus has no gold values for it", f.Field)
				}
			}
			if len(rep.Accuracies) != len(accuracyNames) {
				t.Errorf("%d accuracies, want %d", len(rep.Accuracies), len(accuracyNames))
			}
			for _, a := range rep.Accuracies {
				if want := tt.wantAcc(a.Name); !exactly(a.Accuracy, want) {
					t.Errorf("%s: accuracy = %v (%d/%d), want %v", a.Name, a.Accuracy, a.Correct, a.Total, want)
				}
			}
			if all, _ := rep.Field(FieldAll); all.TP+all.FN < 500 {
				t.Errorf("corpus has only %d gold values, want at least 500", all.TP+all.FN)
			}
		})
	}
}
