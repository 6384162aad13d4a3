// Package pipeline runs one original through yalu's stages — keep the
// original, clean, group into stories, extract, store — so that the CLI,
// the feed poller and (later) queue workers all ingest the same way.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/yalu-osint/yalu/internal/clean"
	"github.com/yalu-osint/yalu/internal/dedup"
	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
)

// Storyteller assigns a stored document to a story (package dedup).
type Storyteller interface {
	Assign(ctx context.Context, doc *model.Document) (StoryAssignment, error)
}

// StoryAssignment is what a Storyteller decided; *dedup.Clusterer is the
// Storyteller yalu wires in.
type StoryAssignment = dedup.Assignment

// Extractor reads facts from a cleaned document (package extract).
type Extractor interface {
	Extract(ctx context.Context, doc *model.Document) (*model.ExtractionResult, error)
	Version() string
}

// Pipeline holds the stages' dependencies. Stories and Extractor may be nil
// to skip those stages.
type Pipeline struct {
	Store     store.Store
	Stories   Storyteller
	Extractor Extractor
	Logger    *slog.Logger
	Now       func() time.Time
}

// Outcome says what ingesting one original did.
type Outcome struct {
	DocumentID  int64  `json:"document_id"`
	SHA256      string `json:"sha256"`
	Title       string `json:"title"`
	NewOriginal bool   `json:"new_original"` // false: the same bytes were stored before
	Processed   bool   `json:"processed"`    // cleaned (and extracted) in this call
	StoryID     int64  `json:"story_id,omitempty"`
	NewStory    bool   `json:"new_story,omitempty"`
	Relation    string `json:"relation,omitempty"`
}

// Ingest keeps the original and, unless a document for the same bytes exists
// already, cleans, clusters and extracts it. The original is stored first, so
// a failure in a later stage loses nothing: `yalu reprocess` retries it.
func (p *Pipeline) Ingest(ctx context.Context, o *model.Original) (*Outcome, error) {
	if o.SHA256 == "" {
		sum := sha256.Sum256(o.Body)
		o.SHA256 = hex.EncodeToString(sum[:])
	}
	if o.Size == 0 {
		o.Size = int64(len(o.Body))
	}
	created, err := p.Store.PutOriginal(ctx, o)
	if err != nil {
		return nil, fmt.Errorf("storing original: %w", err)
	}
	out := &Outcome{SHA256: o.SHA256, NewOriginal: created}
	if !created {
		doc, err := p.Store.DocumentByOriginal(ctx, o.SHA256)
		if err == nil {
			out.DocumentID, out.Title, out.StoryID = doc.ID, doc.Title, doc.StoryID
			return out, nil
		}
		if !errors.Is(err, store.ErrNotFound) {
			return nil, fmt.Errorf("looking up document: %w", err)
		}
		// Stored before but never processed (an earlier run failed): go on.
	}
	return p.process(ctx, o, out)
}

// Reprocess re-runs cleaning and extraction for one stored original, keeping
// the document id and its story.
func (p *Pipeline) Reprocess(ctx context.Context, o *model.Original) (*Outcome, error) {
	return p.process(ctx, o, &Outcome{SHA256: o.SHA256})
}

// process cleans and extracts (no database work, so other writers are not
// held up meanwhile), then saves the document, its story and its
// extraction in one transaction: either all of them are stored or, after a
// failure, none, and the kept original can be reprocessed.
func (p *Pipeline) process(ctx context.Context, o *model.Original, out *Outcome) (*Outcome, error) {
	doc, err := Clean(ctx, o)
	if err != nil {
		return out, err
	}
	var ext *model.ExtractionResult
	if p.Extractor != nil {
		if ext, err = p.Extractor.Extract(ctx, doc); err != nil {
			return out, fmt.Errorf("extracting: %w", err)
		}
	}
	var stored Outcome
	err = p.Store.InTx(ctx, func(ctx context.Context) error {
		stored = *out
		return p.save(ctx, doc, ext, &stored)
	})
	if err != nil {
		return out, err
	}
	return &stored, nil
}

// save stores doc, assigns it to a story and stores its extraction.
func (p *Pipeline) save(ctx context.Context, doc *model.Document, ext *model.ExtractionResult, out *Outcome) error {
	if !out.NewOriginal {
		// Reprocessing, or an earlier run failed: keep the story.
		prev, err := p.Store.DocumentByOriginal(ctx, doc.OriginalSHA256)
		switch {
		case err == nil:
			doc.StoryID, doc.CreatedAt = prev.StoryID, prev.CreatedAt
		case !errors.Is(err, store.ErrNotFound):
			return fmt.Errorf("looking up document: %w", err)
		}
	}
	if err := p.Store.SaveDocument(ctx, doc); err != nil {
		return fmt.Errorf("storing document: %w", err)
	}
	out.DocumentID, out.Title, out.Processed = doc.ID, doc.Title, true

	if p.Stories != nil && doc.StoryID == 0 {
		a, err := p.Stories.Assign(ctx, doc)
		if err != nil {
			return fmt.Errorf("grouping into stories: %w", err)
		}
		out.StoryID, out.NewStory, out.Relation = a.StoryID, a.New, a.Relation
	} else {
		out.StoryID = doc.StoryID
	}

	if ext != nil {
		ext.DocumentID = doc.ID
		data, err := json.Marshal(ext)
		if err != nil {
			return fmt.Errorf("encoding extraction: %w", err)
		}
		e := &model.Extraction{DocumentID: doc.ID, Version: p.Extractor.Version(), JSON: data, CreatedAt: p.now()}
		if err := p.Store.SaveExtraction(ctx, e); err != nil {
			return fmt.Errorf("storing extraction: %w", err)
		}
	}
	return nil
}

func (p *Pipeline) now() time.Time {
	if p.Now != nil {
		return p.Now().UTC()
	}
	return time.Now().UTC()
}

// Clean runs the clean stage over an original and returns the document it
// would store (without an id), for ingesting and for `yalu extract`.
func Clean(ctx context.Context, o *model.Original) (*model.Document, error) {
	res, err := clean.Clean(ctx, clean.Input{
		Body:        o.Body,
		ContentType: o.ContentType,
		URL:         o.URL,
		Path:        o.Path,
		Header:      http.Header(o.Headers),
		FetchedAt:   o.FetchedAt,
	})
	if err != nil {
		return nil, fmt.Errorf("cleaning: %w", err)
	}
	return Document(o, res), nil
}

// Document builds the stored document of an original from the cleaner's result.
func Document(o *model.Original, r *clean.Result) *model.Document {
	return &model.Document{
		OriginalSHA256:  o.SHA256,
		URL:             o.URL,
		CanonicalURL:    r.CanonicalURL,
		Title:           r.Title,
		Byline:          r.Byline,
		Outlet:          r.Outlet,
		Published:       r.Published,
		PublishedText:   r.PublishedText,
		PublishedSource: r.PublishedSource,
		Language:        r.Language,
		AltLinks:        r.AltLinks,
		Text:            r.Text,
		Dateline:        r.Dateline,
		CleanerVersion:  clean.Version,
	}
}
