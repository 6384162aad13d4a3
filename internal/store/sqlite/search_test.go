package sqlite

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/model"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func TestPlanQuery(t *testing.T) {
	tests := []struct {
		query     string
		wordMatch string
		triMatch  string
		likes     []string
	}{
		{"coal", `"coal"`, "", nil},
		{"  coal   Nampo ", `"coal" "Nampo"`, "", nil},
		{"Coal coal COAL", `"Coal"`, "", nil},
		{"UN 800 Sinŭiju", `"UN" "800" "Sinŭiju"`, "", nil},
		{"석탄", "", "", []string{"%석탄%"}},
		{"석탄 남포항", "", `"남포항"`, []string{"%석탄%"}},
		{"coal 남포항 쌀", `"coal"`, `"남포항"`, []string{"%쌀%"}},
		{`say "hi"`, `"say" """hi"""`, "", []string{`%"hi"%`}},
		{`AND OR`, `"AND" "OR"`, "", nil},
		{`coal* -coal`, `"coal*" "-coal"`, "", []string{`%coal*%`, `%-coal%`}},
		{"15,000 U.S. won", `"15,000" "U.S." "won"`, "", []string{`%15,000%`, `%U.S.%`}},
		{"(남포항) 석탄을", "", `"(남포항)" "석탄을"`, nil},
		{"北京2022 ພາສາລາວ", "", `"北京2022" "ພາສາລາວ"`, nil},
		{`%_\`, "", "", []string{`%\%\_\\%`}},
		{`...`, "", "", []string{`%...%`}},
		{`%`, "", "", []string{`%\%%`}},
		{`a_`, "", "", []string{`%a\_%`}},
		{"x\x00y", `"x" "y"`, "", nil},
		{"", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			p := planQuery(tt.query)
			if p.wordMatch != tt.wordMatch || p.triMatch != tt.triMatch || !slices.Equal(p.likes, tt.likes) {
				t.Errorf("planQuery(%q) = words %q trigrams %q likes %q, want %q %q %q",
					tt.query, p.wordMatch, p.triMatch, p.likes, tt.wordMatch, tt.triMatch, tt.likes)
			}
		})
	}
	t.Run("bounded", func(t *testing.T) {
		var words []string
		for i := range 100 {
			words = append(words, fmt.Sprintf("word%03d", i))
		}
		words = append(words, strings.Repeat("가", 1000))
		p := planQuery(strings.Join(words, " "))
		if len(p.terms) != maxTerms {
			t.Errorf("%d terms kept, want %d", len(p.terms), maxTerms)
		}
		if p := planQuery(strings.Repeat("가", 1000)); len(p.terms[0].text) > maxTermBytes || !utf8.ValidString(p.terms[0].text) {
			t.Errorf("long term kept as %d bytes (valid UTF-8: %v)", len(p.terms[0].text), utf8.ValidString(p.terms[0].text))
		}
	})
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("filler words here ", 20)
	tests := []struct {
		name, title, text string
		terms             []term
		want              string
	}{
		{"in text", "T", "Rice went up in Hyesan this week.", []term{{"hyesan", true}}, "Rice went up in [Hyesan] this week."},
		{"every occurrence", "T", "coal, more coal", []term{{"coal", true}}, "[coal], more [coal]"},
		{"two terms", "T", "rice and coal", []term{{"coal", true}, {"rice", true}}, "[rice] and [coal]"},
		{"korean", "T", "혜산에서 쌀 가격이 올랐다", []term{{"쌀", false}}, "혜산에서 [쌀] 가격이 올랐다"},
		{"title fallback", "Coal in Nampo", "nothing here", []term{{"nampo", true}}, "Coal in [Nampo]"},
		{"no match", "T", "short text", []term{{"zzz", false}}, "short text"},
		{"whole words only", "T", "rice price, Rice!", []term{{"rice", true}}, "[rice] price, [Rice]!"},
		{"substring term", "T", "석탄을 실은", []term{{"석탄", false}}, "[석탄]을 실은"},
		{"windowed", "T", long + "the Nampo port " + long, []term{{"nampo", true}}, ""},
		{"spaces collapsed", "T", "a\n\n  coal\tb", []term{{"coal", true}}, "a [coal] b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := snippet(tt.title, tt.text, tt.terms)
			if tt.name == "windowed" {
				// Only the shape is pinned: ellipses, whole words, the match.
				if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") || !strings.Contains(got, " the [Nampo] port ") ||
					strings.Contains(got, "…iller") || utf8.RuneCountInString(got) > 3*snippetRunes+4 {
					t.Errorf("snippet = %q", got)
				}
				return
			}
			if got != tt.want {
				t.Errorf("snippet = %q, want %q", got, tt.want)
			}
		})
	}
}

// readLines returns the non-comment lines of a testdata file.
func readLines(t testing.TB, name string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// loadCorpus stores testdata/corpus.txt and returns the titles by id.
func loadCorpus(t testing.TB, s *Store) map[int64]string {
	t.Helper()
	titles := map[int64]string{}
	lines := readLines(t, "corpus.txt")
	for len(lines) >= 2 {
		end := slices.Index(lines, "---")
		if end < 2 {
			t.Fatal("corpus.txt: a block needs a title, a language and text, then ---")
		}
		title, lang, text := lines[0], lines[1], strings.Join(lines[2:end], "\n")
		o := &model.Original{Body: []byte(title + "\n" + text)}
		if _, err := s.PutOriginal(t.Context(), o); err != nil {
			t.Fatal(err)
		}
		d := &model.Document{OriginalSHA256: o.SHA256, Title: title, Language: lang, Text: text}
		if err := s.SaveDocument(t.Context(), d); err != nil {
			t.Fatal(err)
		}
		titles[d.ID] = title
		lines = lines[end+1:]
	}
	return titles
}

// TestSearchGolden pins what a person sees for each query of
// testdata/queries.txt; run with -update to rewrite testdata/search.golden.
func TestSearchGolden(t *testing.T) {
	s := openTemp(t)
	titles := loadCorpus(t, s)
	var out strings.Builder
	for _, q := range readLines(t, "queries.txt") {
		hits, err := s.Search(t.Context(), q, 10)
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		fmt.Fprintf(&out, "query %q: %d hits\n", q, len(hits))
		for _, h := range hits {
			fmt.Fprintf(&out, "  %s\n    %s\n", titles[h.Document.ID], h.Snippet)
		}
	}
	golden := filepath.Join("testdata", "search.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if out.String() != string(want) {
		t.Errorf("search results differ from %s (run with -update and review the diff):\n%s", golden, out.String())
	}
}

// FuzzSearch checks that no query string makes Search fail or produce a
// snippet that is not valid UTF-8.
func FuzzSearch(f *testing.F) {
	for _, q := range readLines(f, "queries.txt") {
		f.Add(q)
	}
	s := openTemp(f)
	loadCorpus(f, s)
	f.Fuzz(func(t *testing.T, q string) {
		hits, err := s.Search(t.Context(), q, 5)
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		for _, h := range hits {
			if !utf8.ValidString(h.Snippet) {
				t.Errorf("Search(%q): invalid UTF-8 snippet %q", q, h.Snippet)
			}
		}
	})
}

// FuzzSnippet checks snippet on arbitrary text and terms: no panic, and
// valid UTF-8 in gives valid UTF-8 out.
func FuzzSnippet(f *testing.F) {
	f.Add("Coal in Nampo", "Rice went up in Hyesan, coal too.", "coal")
	f.Add("T", "혜산에서 쌀 가격이 올랐다", "쌀")
	f.Add("İ", "\u212a\u0130x", "k")
	f.Fuzz(func(t *testing.T, title, text, query string) {
		p := planQuery(query)
		got := snippet(title, text, p.terms)
		if utf8.ValidString(title) && utf8.ValidString(text) && !utf8.ValidString(got) {
			t.Errorf("snippet(%q, %q, %v) = invalid UTF-8 %q", title, text, p.terms, got)
		}
	})
}
