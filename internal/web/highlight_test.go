package web

import (
	"encoding/json"
	"flag"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/api/apitest"
	"github.com/yalu-osint/yalu/internal/model"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current output")

func places(ms ...model.Mention) *model.ExtractionResult {
	return &model.ExtractionResult{Places: []model.Place{{Name: "P", Kind: "city", Country: "KP", ID: "t:1", Mentions: ms}}}
}

func TestHighlight(t *testing.T) {
	const pt = `title="P (city, KP) t:1"`
	kor := "혜산에서 쌀 값" // 혜 산 에 서 are 3 bytes each
	tests := []struct {
		name string
		text string
		ex   *model.ExtractionResult
		want string
	}{
		{"no extraction", "Plain text.", nil, "<p>Plain text.</p>\n"},
		{"empty text", "", places(model.Mention{Start: 0, End: 1}), ""},
		{"one mention", "Rice in Hyesan.", places(model.Mention{Start: 8, End: 14}),
			`<p>Rice in <mark class="place" ` + pt + `>Hyesan</mark>.</p>` + "\n"},
		{"whole text", "Hyesan", places(model.Mention{Start: 0, End: 6}),
			`<p><mark class="place" ` + pt + `>Hyesan</mark></p>` + "\n"},
		{"out of range skipped", "abc", places(
			model.Mention{Start: -1, End: 2}, model.Mention{Start: 1, End: 4},
			model.Mention{Start: 2, End: 2}, model.Mention{Start: 2, End: 1}, model.Mention{Start: 100, End: 200}),
			"<p>abc</p>\n"},
		{"nested: the outer wins", "about 40 tonnes", &model.ExtractionResult{
			Quantities: []model.Quantity{{Min: 40, Unit: "tonnes", Max: ptr(40.0), Mentions: []model.Mention{{Start: 0, End: 15}}}},
			Places:     []model.Place{{Name: "X", Mentions: []model.Mention{{Start: 6, End: 8}}}},
		}, `<p><mark class="qty" title="40 tonnes">about 40 tonnes</mark></p>` + "\n"},
		{"same start: the longer wins", "Yalu River", &model.ExtractionResult{
			Places: []model.Place{
				{Name: "Short", Mentions: []model.Mention{{Start: 0, End: 4}}},
				{Name: "Long", Mentions: []model.Mention{{Start: 0, End: 10}}},
			},
		}, `<p><mark class="place" title="Long">Yalu River</mark></p>` + "\n"},
		{"partial overlap: the earlier wins", "abcdef", &model.ExtractionResult{
			Places: []model.Place{{Name: "B", Mentions: []model.Mention{{Start: 2, End: 6}}}, {Name: "A", Mentions: []model.Mention{{Start: 0, End: 4}}}},
		}, `<p><mark class="place" title="A">abcd</mark>ef</p>` + "\n"},
		{"adjacent both kept", "abcd", &model.ExtractionResult{
			Places: []model.Place{{Name: "A", Mentions: []model.Mention{{Start: 0, End: 2}}}, {Name: "B", Mentions: []model.Mention{{Start: 2, End: 4}}}},
		}, `<p><mark class="place" title="A">ab</mark><mark class="place" title="B">cd</mark></p>` + "\n"},
		{"multi-byte", kor, places(model.Mention{Start: 0, End: 6}, model.Mention{Start: 13, End: 16}),
			`<p><mark class="place" ` + pt + `>혜산</mark>에서 <mark class="place" ` + pt + `>쌀</mark> 값</p>` + "\n"},
		{"multi-byte: offsets inside a character skipped", kor, places(
			model.Mention{Start: 1, End: 6}, model.Mention{Start: 0, End: 5}, model.Mention{Start: 3, End: 4}),
			"<p>" + kor + "</p>\n"},
		{"paragraphs", "One.\n\nTwo\nlines.\n\n\n\nThree.", nil,
			"<p>One.</p>\n<p>Two<br>\nlines.</p>\n<p>Three.</p>\n"},
		{"blank paragraphs dropped", "\n\nOne.\n \n\n  \n\nTwo.\n\n", nil,
			"<p>One.</p>\n<p>Two.</p>\n"},
		{"mention across a paragraph break", "ab\n\ncd", places(model.Mention{Start: 1, End: 5}),
			`<p>a<mark class="place" ` + pt + `>b</mark></p>` + "\n" + `<p><mark class="place" ` + pt + `>c</mark>d</p>` + "\n"},
		{"mention of the break only", "ab\n\ncd", places(model.Mention{Start: 2, End: 4}),
			"<p>ab</p>\n<p>cd</p>\n"},
		{"text and titles escaped", `a <b>"x"</b> & y`, &model.ExtractionResult{
			Organizations: []model.Organization{{Name: `<i onmouseover="z">`, Mentions: []model.Mention{{Start: 2, End: 12}}}},
		}, `<p>a <mark class="org" title="&lt;i onmouseover=&#34;z&#34;&gt;">&lt;b&gt;&#34;x&#34;&lt;/b&gt;</mark> &amp; y</p>` + "\n"},
		{"every field", "P O G 1 2 D", &model.ExtractionResult{
			Places:        []model.Place{{Name: "P", Mentions: []model.Mention{{Start: 0, End: 1}}}},
			Organizations: []model.Organization{{Name: "O", Country: "CN", Mentions: []model.Mention{{Start: 2, End: 3}}}},
			Commodities:   []model.Commodity{{Name: "G", HS: "27", Mentions: []model.Mention{{Start: 4, End: 5}}}},
			Prices:        []model.Price{{Amount: 1, Currency: "USD", Mentions: []model.Mention{{Start: 6, End: 7}}}},
			Quantities:    []model.Quantity{{Min: 2, Mentions: []model.Mention{{Start: 8, End: 9}}}},
			Dates:         []model.DateMention{{Start: "2025-01-01", End: "2025-01-01", Mentions: []model.Mention{{Start: 10, End: 11}}}},
		}, `<p><mark class="place" title="P">P</mark> <mark class="org" title="O (CN)">O</mark> <mark class="good" title="G, HS 27">G</mark> ` +
			`<mark class="price" title="1 USD">1</mark> <mark class="qty" title="2+">2</mark> <mark class="date" title="2025-01-01">D</mark></p>` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(Highlight(tt.text, tt.ex)); got != tt.want {
				t.Errorf("Highlight(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

// goldenInput is a document's text and extraction, frozen in testdata so
// that the golden output changes only when Highlight does, not when the
// extractor does.
type goldenInput struct {
	Text       string                 `json:"text"`
	Extraction model.ExtractionResult `json:"extraction"`
}

// TestHighlightGolden renders every test report as the reader shows it.
// Run with -update to refreeze the inputs from the real pipeline, rewrite
// the outputs and review the diff.
func TestHighlightGolden(t *testing.T) {
	dir := filepath.Join("testdata", "highlight")
	if *update {
		freezeInputs(t, dir)
	}
	for _, name := range apitest.Files {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name+".json"))
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			var in goldenInput
			if err := json.Unmarshal(data, &in); err != nil {
				t.Fatal(err)
			}
			got := string(Highlight(in.Text, &in.Extraction))
			path := filepath.Join(dir, name+".html")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("Highlight differs from %s (run with -update and review the diff):\n%s", path, got)
			}
			if !strings.Contains(got, "<mark ") {
				t.Error("nothing is marked")
			}
			// Removing the marks must give back exactly the text, escaped.
			plain := strings.NewReplacer("<p>", "", "</p>\n", "\n\n", "<br>\n", "\n", "</mark>", "").Replace(stripMarkOpen(got))
			if strings.TrimSpace(plain) != strings.TrimSpace(template.HTMLEscapeString(in.Text)) {
				t.Errorf("the marked-up text differs from the document text:\n%s\n---\n%s", plain, in.Text)
			}
		})
	}
}

// freezeInputs writes the text and extraction of every test report, as
// the real pipeline makes them now, to dir.
func freezeInputs(t *testing.T, dir string) {
	t.Helper()
	f := apitest.New(t)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range apitest.Files {
		d, err := f.Store.GetDocument(t.Context(), f.IDs[name])
		if err != nil {
			t.Fatal(err)
		}
		e, err := f.Store.GetExtraction(t.Context(), d.ID)
		if err != nil {
			t.Fatal(err)
		}
		in := goldenInput{Text: d.Text}
		if err := json.Unmarshal(e.JSON, &in.Extraction); err != nil {
			t.Fatal(err)
		}
		data, err := json.MarshalIndent(in, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".json"), append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func stripMarkOpen(s string) string {
	for {
		i := strings.Index(s, "<mark ")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i:], ">")
		s = s[:i] + s[i+j+1:]
	}
}
