package pipeline_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/dedup"
	"github.com/yalu-osint/yalu/internal/demo"
	"github.com/yalu-osint/yalu/internal/extract"
	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/pipeline"
	"github.com/yalu-osint/yalu/internal/store"
	"github.com/yalu-osint/yalu/internal/store/sqlite"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func newPipeline(t *testing.T) (*pipeline.Pipeline, store.Store) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "yalu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	c, err := dedup.New(dedup.Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC) }
	return &pipeline.Pipeline{Store: st, Stories: c, Extractor: ex, Now: now}, st
}

// golden is what the pipeline stores for one input document.
type golden struct {
	Input      string                  `json:"input"`
	Document   goldenDoc               `json:"document"`
	Relation   string                  `json:"story_relation"`
	Extraction *model.ExtractionResult `json:"extraction"`
}

type goldenDoc struct {
	Title           string          `json:"title"`
	Outlet          string          `json:"outlet"`
	Byline          string          `json:"byline,omitempty"`
	Published       *time.Time      `json:"published"`
	PublishedSource string          `json:"published_source"`
	Language        string          `json:"language"`
	CanonicalURL    string          `json:"canonical_url,omitempty"`
	AltLinks        []model.AltLink `json:"alt_links,omitempty"`
	Text            string          `json:"text"`
}

// TestGolden runs the bundled demo corpus through every stage against a
// real SQLite store and compares what is stored with testdata/golden.
func TestGolden(t *testing.T) {
	p, st := newPipeline(t)
	ctx := context.Background()
	origs, err := demo.Originals(time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range origs {
		name := filepath.Base(o.Path)
		if name == "." || name == "" {
			name = filepath.Base(strings.TrimSuffix(o.URL, "/"))
		}
		out, err := p.Ingest(ctx, o)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		d, err := st.GetDocument(ctx, out.DocumentID)
		if err != nil {
			t.Fatal(err)
		}
		e, err := st.GetExtraction(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if e.Version != extract.Version {
			t.Errorf("%s: stored extraction version %q, want %q", name, e.Version, extract.Version)
		}
		var res model.ExtractionResult
		if err := json.Unmarshal(e.JSON, &res); err != nil {
			t.Fatal(err)
		}
		res.DocumentID = 0 // ids depend on ingest order, not on the document
		g := golden{Input: name, Relation: relationOf(t, st, d), Extraction: &res, Document: goldenDoc{
			Title: d.Title, Outlet: d.Outlet, Byline: d.Byline, Published: d.Published, PublishedSource: d.PublishedSource,
			Language: d.Language, CanonicalURL: d.CanonicalURL, AltLinks: d.AltLinks, Text: d.Text}}
		got, err := json.MarshalIndent(g, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", "golden", strings.TrimSuffix(name, filepath.Ext(name))+".json")
		if *update {
			if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./internal/pipeline -run TestGolden -update to create it)", err)
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
			t.Errorf("%s: stored result differs from %s; review the change and rerun with -update\n%s", name, path, firstDiff(string(want), string(got)))
		}
	}
}

func relationOf(t *testing.T, st store.Store, d *model.Document) string {
	t.Helper()
	s, err := st.GetStory(context.Background(), d.StoryID)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range s.Members {
		if m.DocumentID == d.ID {
			return m.Relation
		}
	}
	return ""
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  want " + al[i] + "\n  got  " + bl[i]
		}
	}
	return "lengths differ"
}

func TestIngestIsIdempotentAndKeepsOriginals(t *testing.T) {
	p, st := newPipeline(t)
	ctx := context.Background()
	body := []byte("Rice prices rise in Hyesan\n\nMarch 3, 2025\n\nRice sold for 7,000 won a kilogram at the Hyesan market, a source in Ryanggang Province said.\n")
	first, err := p.Ingest(ctx, &model.Original{Body: body, Path: "a.txt", ContentType: "text/plain"})
	if err != nil {
		t.Fatal(err)
	}
	if !first.NewOriginal || !first.Processed || first.DocumentID == 0 || first.StoryID == 0 {
		t.Fatalf("first ingest = %+v", first)
	}
	again, err := p.Ingest(ctx, &model.Original{Body: body, Path: "copy-of-a.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if again.NewOriginal || again.Processed || again.DocumentID != first.DocumentID {
		t.Errorf("re-ingest = %+v, want the existing document untouched", again)
	}
	if n, _ := st.CountOriginals(ctx); n != 1 {
		t.Errorf("originals = %d, want 1", n)
	}

	// A bad input fails with a clear error but its bytes are kept, and
	// nothing stored before is lost.
	_, err = p.Ingest(ctx, &model.Original{Body: []byte{0, 1, 2, 3, 0, 0, 'x'}, Path: "blob.bin"})
	if err == nil || !strings.Contains(err.Error(), "cleaning") {
		t.Errorf("binary input: err = %v", err)
	}
	if n, _ := st.CountOriginals(ctx); n != 2 {
		t.Errorf("originals after a failed clean = %d, want 2 (kept for reprocessing)", n)
	}
	if _, err := st.GetDocument(ctx, first.DocumentID); err != nil {
		t.Errorf("earlier document lost: %v", err)
	}

	// Reprocessing keeps the document id and its story.
	o, err := st.GetOriginal(ctx, first.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	re, err := p.Reprocess(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	if re.DocumentID != first.DocumentID || re.StoryID != first.StoryID {
		t.Errorf("reprocess = %+v, want document %d in story %d", re, first.DocumentID, first.StoryID)
	}
	if string(o.Body) != string(body) {
		t.Error("stored original altered")
	}
	if _, err := st.GetExtraction(ctx, first.DocumentID); err != nil {
		t.Errorf("extraction after reprocess: %v", err)
	}
}

func TestIngestHonoursCancellation(t *testing.T) {
	p, _ := newPipeline(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := p.Ingest(ctx, &model.Original{Body: []byte("Headline\n\nSome text about coal.")})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// failingStories fails every assignment after the document was saved.
type failingStories struct{}

var errStories = errors.New("stories unavailable")

func (failingStories) Assign(context.Context, *model.Document) (pipeline.StoryAssignment, error) {
	return pipeline.StoryAssignment{}, errStories
}

// TestFailedStageStoresNothingButTheOriginal checks that the document,
// story and extraction are stored together or not at all, and that the
// kept original is processed fully by the next ingest.
func TestFailedStageStoresNothingButTheOriginal(t *testing.T) {
	p, st := newPipeline(t)
	ctx := context.Background()
	body := []byte("Coal moves through Nampo\n\nMarch 3, 2025\n\nTraders shipped 5,000 tonnes of coal from Nampo, a source said.\n")
	working := p.Stories
	p.Stories = failingStories{}
	out, err := p.Ingest(ctx, &model.Original{Body: body, Path: "coal.txt", ContentType: "text/plain"})
	if !errors.Is(err, errStories) {
		t.Fatalf("ingest with failing stories: err = %v, want %v", err, errStories)
	}
	if out == nil || !out.NewOriginal || out.Processed || out.DocumentID != 0 {
		t.Errorf("outcome = %+v, want a new original and nothing processed", out)
	}
	if n, _ := st.CountOriginals(ctx); n != 1 {
		t.Errorf("originals = %d, want 1 (kept)", n)
	}
	if n, _ := st.CountDocuments(ctx); n != 0 {
		t.Errorf("documents = %d, want 0 (the failed ingest's writes undone)", n)
	}

	p.Stories = working
	again, err := p.Ingest(ctx, &model.Original{Body: body, Path: "coal.txt", ContentType: "text/plain"})
	if err != nil {
		t.Fatal(err)
	}
	if again.NewOriginal || !again.Processed || again.DocumentID == 0 || again.StoryID == 0 {
		t.Errorf("retry = %+v, want the kept original processed into a story", again)
	}
	if _, err := st.GetExtraction(ctx, again.DocumentID); err != nil {
		t.Errorf("extraction after retry: %v", err)
	}
}
