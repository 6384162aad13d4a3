package measure

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/yalu-osint/yalu/internal/extract/measure/rates"
	"github.com/yalu-osint/yalu/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

type goldenOut struct {
	Prices     []model.Price       `json:"prices"`
	Quantities []model.Quantity    `json:"quantities"`
	Dates      []model.DateMention `json:"dates"`
}

// readDoc splits a testdata document into its "published:" header and text.
func readDoc(t testing.TB, path string) (string, time.Time) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, text, ok := strings.Cut(string(b), "\n\n")
	if !ok || !strings.HasPrefix(head, "published: ") {
		t.Fatalf("%s: want a published: header and a blank line", path)
	}
	pub, err := time.Parse(time.RFC3339, strings.TrimPrefix(head, "published: "))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return text, pub
}

func TestGolden(t *testing.T) {
	docs, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(docs) == 0 {
		t.Fatalf("no testdata documents: %v", err)
	}
	for _, doc := range docs {
		t.Run(filepath.Base(doc), func(t *testing.T) {
			text, pub := readDoc(t, doc)
			var out goldenOut
			out.Prices, out.Quantities, out.Dates = Scan(text, pub, rates.Default())
			for _, p := range out.Prices {
				checkMentions(t, text, p.Mentions)
			}
			for _, q := range out.Quantities {
				checkMentions(t, text, q.Mentions)
			}
			for _, d := range out.Dates {
				checkMentions(t, text, d.Mentions)
			}
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(doc, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; got:\n%s", doc, got)
			}
		})
	}
}
