package extract

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// A hedge word is read from the lower-cased copy of the text that the
// event stage reuses for the next, shorter, document: the event must keep
// its own copy.
func TestHedgeOutlivesNextDocument(t *testing.T) {
	ex := extractor(t)
	ctx := context.Background()
	first, err := ex.Extract(ctx, doc("Traders in Hyesan reportedly smuggled 20 tonnes of diesel from Changbai across the river last month."))
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Events) == 0 || !slices.Equal(first.Events[0].Hedges, []string{"reportedly"}) {
		t.Fatalf("events %+v, want one hedged by reportedly", first.Events)
	}
	if _, err := ex.Extract(ctx, doc("THE PRICE OF RICE IN THE MARKETS OF HYESAN WENT UP.")); err != nil {
		t.Fatal(err)
	}
	if got := first.Events[0].Hedges; !slices.Equal(got, []string{"reportedly"}) {
		t.Errorf("hedges became %q after the next document", got)
	}
}

// TestResultsOwnTheirStrings checks that no result shares memory with the
// per-call scratch buffers the stages reuse: a result encoded when it is
// made and again after every later document has been extracted must not
// change.
func TestResultsOwnTheirStrings(t *testing.T) {
	ex := extractor(t)
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("no test texts")
	}
	if testing.Short() && len(files) > 60 {
		files = files[:60]
	}
	type kept struct {
		name string
		res  any
		json []byte
	}
	var all []kept
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := ex.Extract(context.Background(), doc(string(data)))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(r)
		all = append(all, kept{f, r, b})
	}
	for _, k := range all {
		if b, _ := json.Marshal(k.res); string(b) != string(k.json) {
			t.Errorf("%s: result changed after later documents were extracted", k.name)
		}
	}
}
