// Package demo holds yalu's bundled sample corpus: short reports written for
// yalu in the layouts of the outlets it follows (wire copy, a specialist site
// and its Korean edition, an aggregator re-post with page chrome, a
// machine-translated re-post, unrelated news), so a newcomer can try every
// feature without fetching anything.
package demo

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
)

//go:embed corpus
var corpus embed.FS

// entry is one line of corpus/manifest.json: the URL a demo page pretends
// to have been fetched from, so stories link editions as they would online.
type entry struct {
	File string `json:"file"`
	URL  string `json:"url"`
}

// Originals returns the corpus as originals, in file-name order, with the
// fetch time set to fetched.
func Originals(fetched time.Time) ([]*model.Original, error) {
	urls := map[string]string{}
	if data, err := corpus.ReadFile("corpus/manifest.json"); err == nil {
		var es []entry
		if err := json.Unmarshal(data, &es); err != nil {
			return nil, fmt.Errorf("demo manifest: %w", err)
		}
		for _, e := range es {
			urls[e.File] = e.URL
		}
	}
	names, err := fs.Glob(corpus, "corpus/*")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []*model.Original
	for _, name := range names {
		base := path.Base(name)
		ext := path.Ext(base)
		if ext != ".html" && ext != ".txt" {
			continue
		}
		body, err := corpus.ReadFile(name)
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(body)
		ct := "text/plain; charset=utf-8"
		if ext == ".html" {
			ct = "text/html"
		}
		o := &model.Original{
			SHA256:      hex.EncodeToString(sum[:]),
			Body:        body,
			Size:        int64(len(body)),
			Path:        "demo/" + base,
			URL:         urls[base],
			ContentType: ct,
			FetchedAt:   fetched.UTC(),
		}
		if o.URL != "" {
			o.RequestURL = o.URL
			o.Path = ""
			o.Headers = map[string][]string{"Content-Type": {strings.TrimSpace(ct)}}
		}
		out = append(out, o)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("the demo corpus is empty")
	}
	return out, nil
}
