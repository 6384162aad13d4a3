package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/pipeline"
)

// ErrMissingGold is returned (wrapped) by LoadCorpus for a .txt file that has
// no .gold.json beside it, or a gold file without its text.
var ErrMissingGold = errors.New("missing pair")

// Case is one corpus document and its annotation.
type Case struct {
	ID   string
	Text string
	Gold Gold
}

// Document runs the case through the cleaner as a plain-text file, chrome
// and all, as `yalu add` would read it. When the text carries no date of its
// own, the gold publication date stands in for the feed's date, which is
// what anchors relative dates in real use.
func (c Case) Document(ctx context.Context) (*model.Document, error) {
	doc, err := pipeline.Clean(ctx, &model.Original{Body: []byte(c.Text), ContentType: "text/plain; charset=utf-8", Path: c.ID + ".txt"})
	if err != nil {
		return nil, err
	}
	if doc.Published == nil && c.Gold.Published != "" {
		if t, err := time.Parse(time.DateOnly, c.Gold.Published); err == nil {
			doc.Published = &t
		}
	}
	return doc, nil
}

// LoadCorpus reads every NNN-slug.txt in dir with its NNN-slug.gold.json,
// sorted by ID. Gold files are decoded strictly (unknown keys are errors) and
// validated; any problem is reported with the file's name.
func LoadCorpus(dir string) ([]Case, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading corpus: %w", err)
	}
	texts := map[string]bool{}
	golds := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
		case strings.HasSuffix(name, ".gold.json"):
			golds[strings.TrimSuffix(name, ".gold.json")] = true
		case strings.HasSuffix(name, ".txt"):
			texts[strings.TrimSuffix(name, ".txt")] = true
		}
	}
	var ids []string
	for id := range texts {
		if !golds[id] {
			return nil, fmt.Errorf("%s: %w: no %s.gold.json", filepath.Join(dir, id+".txt"), ErrMissingGold, id)
		}
		ids = append(ids, id)
	}
	for id := range golds {
		if !texts[id] {
			return nil, fmt.Errorf("%s: %w: no %s.txt", filepath.Join(dir, id+".gold.json"), ErrMissingGold, id)
		}
	}
	sort.Strings(ids)
	cases := make([]Case, 0, len(ids))
	for _, id := range ids {
		c, err := loadCase(dir, id)
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	return cases, nil
}

func loadCase(dir, id string) (Case, error) {
	txtPath := filepath.Join(dir, id+".txt")
	text, err := os.ReadFile(txtPath)
	if err != nil {
		return Case{}, fmt.Errorf("reading %s: %w", txtPath, err)
	}
	goldPath := filepath.Join(dir, id+".gold.json")
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		return Case{}, fmt.Errorf("reading %s: %w", goldPath, err)
	}
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		return Case{}, fmt.Errorf("parsing %s: %w", goldPath, err)
	}
	if dec.More() {
		return Case{}, fmt.Errorf("parsing %s: trailing data after the JSON object", goldPath)
	}
	if g.ID != id {
		return Case{}, fmt.Errorf("%s: id %q does not match the file name %q", goldPath, g.ID, id)
	}
	if err := g.Validate(); err != nil {
		return Case{}, fmt.Errorf("%s: invalid annotation: %w", goldPath, err)
	}
	return Case{ID: id, Text: string(text), Gold: g}, nil
}
