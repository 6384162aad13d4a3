package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/yalu-osint/yalu/internal/model"
	"github.com/yalu-osint/yalu/internal/store"
	"github.com/yalu-osint/yalu/internal/store/sqlite"
)

func checkFormat(f string, allowed ...string) error {
	for _, a := range allowed {
		if f == a {
			return nil
		}
	}
	return fmt.Errorf("--format must be one of %s, not %q: %w", strings.Join(allowed, ", "), f, errUsage)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func fmtTime(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04")
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// parseAndOpen parses a listing command's flags, checks its --format and
// opens the database.
func parseAndOpen(ctx context.Context, fs *flag.FlagSet, args []string, cf *commonFlags, format *string, formats ...string) (*sqlite.Store, error) {
	if err := parse(fs, args); err != nil {
		return nil, err
	}
	if err := checkFormat(*format, formats...); err != nil {
		return nil, err
	}
	st, _, err := openStore(ctx, cf.db)
	return st, err
}

// docRow is the listing form of a document (no text).
type docRow struct {
	ID        int64      `json:"id"`
	Title     string     `json:"title"`
	Outlet    string     `json:"outlet,omitempty"`
	Published *time.Time `json:"published,omitempty"`
	Language  string     `json:"language,omitempty"`
	URL       string     `json:"url,omitempty"`
	StoryID   int64      `json:"story_id,omitempty"`
}

func rowOf(d model.Document) docRow {
	u := d.URL
	if u == "" {
		u = d.CanonicalURL
	}
	return docRow{ID: d.ID, Title: d.Title, Outlet: d.Outlet, Published: d.Published, Language: d.Language, URL: u, StoryID: d.StoryID}
}

func writeDocTable(w io.Writer, docs []model.Document) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tLANG\tOUTLET\tTITLE\tURL")
	for _, d := range docs {
		r := rowOf(d)
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", r.ID, fmtTime(r.Published), orDash(r.Language), orDash(truncate(r.Outlet, 20)), truncate(r.Title, 60), orDash(r.URL))
	}
	return tw.Flush()
}

func runDocs(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "docs")
	var cf commonFlags
	cf.register(fs, env)
	format := fs.String("format", "table", "output format: table or json")
	limit := fs.Int("limit", 50, "how many documents to list")
	offset := fs.Int("offset", 0, "skip this many documents")
	lang := fs.String("lang", "", "only documents in this language (ISO 639-1, e.g. ko)")
	outlet := fs.String("outlet", "", "only documents from this outlet")
	st, err := parseAndOpen(ctx, fs, args, &cf, format, "table", "json")
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := st.ListDocuments(ctx, store.ListOptions{Limit: *limit, Offset: *offset, Language: *lang, Outlet: *outlet})
	if err != nil {
		return fmt.Errorf("listing documents: %w", err)
	}
	if *format == "json" {
		rows := make([]docRow, 0, len(docs))
		for _, d := range docs {
			rows = append(rows, rowOf(d))
		}
		return writeJSON(env.Stdout, rows)
	}
	if len(docs) == 0 {
		fmt.Fprintln(env.Stdout, "No documents yet. Add some with 'yalu add PATH|URL' or try 'yalu demo'.")
		return nil
	}
	return writeDocTable(env.Stdout, docs)
}

func runShow(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "show")
	var cf commonFlags
	cf.register(fs, env)
	format := fs.String("format", "text", "output format: text or json")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("name one document id (see 'yalu docs'): %w", errUsage)
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil || id <= 0 {
		return fmt.Errorf("%q is not a document id; ids are the numbers 'yalu docs' lists: %w", fs.Arg(0), errUsage)
	}
	st, _, err := openStore(ctx, cf.db)
	if err != nil {
		return err
	}
	defer st.Close()
	d, err := st.GetDocument(ctx, id)
	if err != nil {
		return fmt.Errorf("document %d: %w (see 'yalu docs' for ids)", id, err)
	}
	var story *model.Story
	if d.StoryID != 0 {
		story, _ = st.GetStory(ctx, d.StoryID)
	}
	orig, _ := st.GetOriginal(ctx, d.OriginalSHA256)
	if *format == "json" {
		out := struct {
			*model.Document
			Story    *model.Story    `json:"story,omitempty"`
			Original *model.Original `json:"original,omitempty"`
		}{d, story, orig}
		return writeJSON(env.Stdout, out)
	}
	w := env.Stdout
	fmt.Fprintf(w, "Title:     %s\n", d.Title)
	fmt.Fprintf(w, "ID:        %d\n", d.ID)
	fmt.Fprintf(w, "Outlet:    %s\n", orDash(d.Outlet))
	if d.Byline != "" {
		fmt.Fprintf(w, "Byline:    %s\n", d.Byline)
	}
	pub := fmtTime(d.Published)
	if d.PublishedSource != "" {
		pub += fmt.Sprintf("  (from %s: %q)", d.PublishedSource, d.PublishedText)
	}
	fmt.Fprintf(w, "Published: %s\n", pub)
	fmt.Fprintf(w, "Language:  %s\n", orDash(d.Language))
	fmt.Fprintf(w, "URL:       %s\n", orDash(d.URL))
	if d.CanonicalURL != "" && d.CanonicalURL != d.URL {
		fmt.Fprintf(w, "Canonical: %s\n", d.CanonicalURL)
	}
	for _, l := range d.AltLinks {
		fmt.Fprintf(w, "Edition:   [%s] %s %s\n", orDash(l.Lang), l.URL, l.Label)
	}
	if orig != nil {
		src := orig.URL
		if src == "" {
			src = orig.Path
		}
		fmt.Fprintf(w, "Original:  sha256:%s (%d bytes, %s, from %s)\n", orig.SHA256, orig.Size, orDash(orig.ContentType), orDash(src))
	}
	if story != nil {
		fmt.Fprintf(w, "Story:     %d, %d copies from %s\n", story.ID, len(story.Members), strings.Join(story.Outlets, ", "))
	}
	fmt.Fprintf(w, "\n%s\n", d.Text)
	return nil
}

func runSearch(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "search")
	var cf commonFlags
	cf.register(fs, env)
	format := fs.String("format", "table", "output format: table or json")
	limit := fs.Int("limit", 20, "how many results")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "json"); err != nil {
		return err
	}
	q := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if q == "" {
		return fmt.Errorf("give words to search for: %w", errUsage)
	}
	st, _, err := openStore(ctx, cf.db)
	if err != nil {
		return err
	}
	defer st.Close()
	hits, err := st.Search(ctx, q, *limit)
	if err != nil {
		return fmt.Errorf("searching: %w", err)
	}
	if *format == "json" {
		type hit struct {
			docRow
			Snippet string `json:"snippet"`
		}
		out := make([]hit, 0, len(hits))
		for _, h := range hits {
			out = append(out, hit{rowOf(h.Document), h.Snippet})
		}
		return writeJSON(env.Stdout, out)
	}
	if len(hits) == 0 {
		fmt.Fprintf(env.Stdout, "No documents match %q.\n", q)
		return nil
	}
	for _, h := range hits {
		fmt.Fprintf(env.Stdout, "%d  %s  [%s, %s]\n    %s\n", h.Document.ID, h.Document.Title, orDash(h.Document.Outlet), fmtTime(h.Document.Published), strings.ReplaceAll(h.Snippet, "\n", " "))
	}
	return nil
}

func runStories(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "stories")
	var cf commonFlags
	cf.register(fs, env)
	format := fs.String("format", "table", "output format: table or json")
	limit := fs.Int("limit", 50, "how many stories")
	offset := fs.Int("offset", 0, "skip this many stories")
	st, err := parseAndOpen(ctx, fs, args, &cf, format, "table", "json")
	if err != nil {
		return err
	}
	defer st.Close()
	stories, err := st.ListStories(ctx, *limit, *offset)
	if err != nil {
		return fmt.Errorf("listing stories: %w", err)
	}
	if *format == "json" {
		if stories == nil {
			stories = []model.Story{}
		}
		return writeJSON(env.Stdout, stories)
	}
	if len(stories) == 0 {
		fmt.Fprintln(env.Stdout, "No stories yet. Add documents with 'yalu add'.")
		return nil
	}
	for _, s := range stories {
		fmt.Fprintf(env.Stdout, "story %d  %s  (%d copies; %s; %s – %s)\n", s.ID, truncate(s.Title, 70), len(s.Members), strings.Join(s.Outlets, ", "),
			s.FirstSeen.UTC().Format("2006-01-02"), s.LastSeen.UTC().Format("2006-01-02"))
		for _, m := range s.Members {
			fmt.Fprintf(env.Stdout, "    %-11s doc %d  [%s %s] %s\n", m.Relation, m.DocumentID, orDash(m.Language), orDash(m.Outlet), truncate(m.Title, 60))
		}
	}
	return nil
}
