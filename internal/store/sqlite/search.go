package sqlite

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/yalu-osint/yalu/internal/store"
)

// Search limits: a query is words typed by a person, so anything past these
// is noise and is dropped rather than rejected.
const (
	maxTerms     = 16
	maxTermBytes = 256
	snippetRunes = 80 // context on each side of the first match
)

// searchPlan is a user query split over the two full-text indexes. Words
// in scripts written with spaces (coal, Sinuiju, UN, 800) go to the word
// index; so do such terms with punctuation ("15,000", U.S.), as a phrase
// of their words narrowed by LIKE to the exact term. Terms of three or more
// characters with Korean, Chinese, Japanese or another unspaced script
// (혜산에서, 丹东市场) go to the trigram index as substrings; shorter ones
// (쌀, 석탄, 煤炭) cannot be indexed by trigrams and, like terms without
// letters or digits, are matched with LIKE.
type searchPlan struct {
	terms     []term
	wordMatch string   // FTS5 query for documents_words, "" when none
	triMatch  string   // FTS5 query for documents_fts, "" when none
	likes     []string // LIKE patterns, escaped with \
}

// term is one word of a query; word terms match whole words only.
type term struct {
	text string
	word bool
}

// planQuery turns any string into a safe plan: terms are quoted, so FTS5
// operators and punctuation in the input are searched for literally.
func planQuery(q string) searchPlan {
	q = strings.ToValidUTF8(q, "")
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	var p searchPlan
	var words, tris []string
	seen := map[string]bool{}
	for _, t := range strings.Fields(q) {
		if len(t) > maxTermBytes {
			t = truncateUTF8(t, maxTermBytes)
		}
		key := strings.ToLower(t)
		if seen[key] {
			continue
		}
		seen[key] = true
		if len(p.terms) == maxTerms {
			break
		}
		quoted := `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
		switch {
		case isWord(t):
			p.terms = append(p.terms, term{t, true})
			words = append(words, quoted)
		case utf8.RuneCountInString(t) < 3:
			p.terms = append(p.terms, term{t, false})
			p.likes = append(p.likes, "%"+escapeLike(t)+"%")
		case strings.IndexFunc(t, isUnspaced) >= 0:
			p.terms = append(p.terms, term{t, false})
			tris = append(tris, quoted)
		case strings.IndexFunc(t, isAlnum) >= 0:
			// The word index finds the term's words in a row (it reads
			// "15,000" as the phrase 15 000, and "coal*" as coal); LIKE
			// keeps the documents where they are punctuated as typed.
			p.terms = append(p.terms, term{t, false})
			words = append(words, quoted)
			p.likes = append(p.likes, "%"+escapeLike(t)+"%")
		default:
			p.terms = append(p.terms, term{t, false})
			p.likes = append(p.likes, "%"+escapeLike(t)+"%")
		}
	}
	p.wordMatch = strings.Join(words, " ")
	p.triMatch = strings.Join(tris, " ")
	return p
}

// isWord reports whether t is a word of a script written with spaces
// between words: letters and digits (and inner ' - .) and no Han, Hangul,
// Kana or South-East Asian script, whose words the word index cannot split.
func isWord(t string) bool {
	alnum := false
	for _, r := range t {
		switch {
		case isUnspaced(r):
			return false
		case isAlnum(r):
			alnum = true
		case unicode.IsMark(r):
		default:
			return false
		}
	}
	return alnum
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func truncateUTF8(s string, n int) string {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Search finds documents containing every term of query in their title or
// text, best first. Rank is a relevance score, higher is better: the
// negated BM25 of an index or, when every term is a one- or two-character
// Korean, Chinese or Japanese word, the number of terms found in the title
// (ties newest first). limit 0 means 20.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]store.SearchHit, error) {
	p := planQuery(query)
	if len(p.terms) == 0 {
		return nil, nil
	}
	q, args := p.sql(limitOr(limit, 20, 500))
	rows, err := s.rd(ctx).QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("searching for %q: %w", query, err)
	}
	defer rows.Close()
	var hits []store.SearchHit
	for rows.Next() {
		var h store.SearchHit
		d, err := scanDocument(rows, &h.Rank)
		if err != nil {
			return nil, fmt.Errorf("searching for %q: %w", query, err)
		}
		h.Document = *d
		h.Snippet = snippet(d.Title, d.Text, p.terms)
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("searching for %q: %w", query, err)
	}
	return hits, nil
}

// sql builds the query of the plan: it ranks by the word index when the
// query has words, else by the trigram index, else by counting; every other
// part of the plan is a filter.
func (p searchPlan) sql(limit int) (string, []any) {
	var (
		from, score, order string
		where              []string
		args               []any
	)
	// Title matches weigh five times text matches.
	switch {
	case p.wordMatch != "":
		from = `documents_words JOIN documents d ON d.id = documents_words.rowid`
		score, order = `-bm25(documents_words, 5.0, 1.0)`, `bm25(documents_words, 5.0, 1.0), d.id DESC`
		where, args = append(where, `documents_words MATCH ?`), append(args, p.wordMatch)
		if p.triMatch != "" {
			where = append(where, `d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`)
			args = append(args, p.triMatch)
		}
	case p.triMatch != "":
		from = `documents_fts JOIN documents d ON d.id = documents_fts.rowid`
		score, order = `-bm25(documents_fts, 5.0, 1.0)`, `bm25(documents_fts, 5.0, 1.0), d.id DESC`
		where, args = append(where, `documents_fts MATCH ?`), append(args, p.triMatch)
	default:
		// Counting occurrences would read every matching text twice more;
		// the number of terms in the title, then recency, is cheap.
		var parts []string
		for _, l := range p.likes {
			parts = append(parts, `(d.title LIKE ? ESCAPE '\')`)
			args = append(args, l) // the score comes before WHERE in the SQL
		}
		from = `documents d`
		score = `(` + strings.Join(parts, " + ") + `) * 1.0`
		order = `score DESC, COALESCE(d.published, d.created_at) DESC, d.id DESC`
	}
	for _, l := range p.likes {
		where = append(where, `(d.title LIKE ? ESCAPE '\' OR d.text LIKE ? ESCAPE '\')`)
		args = append(args, l, l)
	}
	q := `SELECT ` + documentColumns + `, ` + score + ` AS score FROM ` + from +
		` WHERE ` + strings.Join(where, " AND ") + ` ORDER BY ` + order + ` LIMIT ?`
	return q, append(args, limit)
}

// snippet returns the text around the first match of any term, with every
// match in it wrapped in [ and ]. It looks in text first, then the title,
// and falls back to the start of the text.
func snippet(title, text string, terms []term) string {
	for _, src := range []string{text, title} {
		if s, ok := snippetOf(src, terms); ok {
			return s
		}
	}
	cut := truncateRunes(text, 2*snippetRunes)
	out := strings.Join(strings.Fields(cut), " ")
	if len(cut) < len(text) {
		out += "…"
	}
	return out
}

func snippetOf(src string, terms []term) (string, bool) {
	fold, offs := foldWithOffsets(src)
	folded := make([]term, 0, len(terms))
	for _, t := range terms {
		if ft, _ := foldWithOffsets(t.text); ft != "" {
			folded = append(folded, term{ft, t.word})
		}
	}
	first := -1
	for _, t := range folded {
		if i := indexTerm(fold, t, 0); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	if first < 0 {
		return "", false
	}
	// Window of snippetRunes runes either side, in source bytes.
	start := offs[first]
	for n := 0; n < snippetRunes && start > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(src[:start])
		start -= size
	}
	end := offs[first]
	for n := 0; n < 2*snippetRunes && end < len(src); n++ {
		_, size := utf8.DecodeRuneInString(src[end:])
		end += size
	}
	// Prefer whole words where the text has spaces.
	if start > 0 {
		if i := strings.IndexAny(src[start:offs[first]], " \n\t"); i >= 0 {
			start += i + 1
		}
	}
	if end < len(src) {
		if i := strings.LastIndexAny(src[offs[first]:end], " \n\t"); i > 0 {
			end = offs[first] + i
		}
	}
	// Mark matches inside the window (in folded space, mapped back).
	type span struct{ a, b int }
	var marks []span
	for _, t := range folded {
		for i := 0; i < len(fold); {
			j := indexTerm(fold, t, i)
			if j < 0 {
				break
			}
			a, b := offs[j], offs[j+len(t.text)]
			if a >= start && b <= end {
				marks = append(marks, span{a, b})
			}
			i = j + len(t.text)
		}
	}
	var sb strings.Builder
	if start > 0 {
		sb.WriteString("…")
	}
	pos := start
	for pos < end {
		// The earliest mark starting at or after pos.
		best := span{-1, -1}
		for _, m := range marks {
			if m.a >= pos && (best.a < 0 || m.a < best.a || (m.a == best.a && m.b > best.b)) {
				best = m
			}
		}
		if best.a < 0 {
			sb.WriteString(src[pos:end])
			break
		}
		sb.WriteString(src[pos:best.a])
		sb.WriteString("[")
		sb.WriteString(src[best.a:best.b])
		sb.WriteString("]")
		pos = best.b
	}
	if end < len(src) {
		sb.WriteString("…")
	}
	return strings.Join(strings.Fields(sb.String()), " "), true
}

// indexTerm returns the byte index of the first match of t in s at or
// after from, or -1; a word term matches whole words only.
func indexTerm(s string, t term, from int) int {
	for from <= len(s) {
		j := strings.Index(s[from:], t.text)
		if j < 0 {
			return -1
		}
		j += from
		if !t.word || isBoundary(s, j, j+len(t.text)) {
			return j
		}
		_, size := utf8.DecodeRuneInString(s[j:])
		from = j + size
	}
	return -1
}

// isBoundary reports whether s[a:b] is not glued to letters or digits.
func isBoundary(s string, a, b int) bool {
	if r, _ := utf8.DecodeLastRuneInString(s[:a]); a > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s[b:]); b < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	return true
}

// foldWithOffsets lower-cases s and strips accents from Latin, Greek and
// Cyrillic letters (as the word index does: Sinuiju finds Sinŭiju), rune by
// rune. It returns, for every byte of the result and one past its end, the
// offset in s of the rune that byte came from, since folding changes
// lengths. Hangul is left whole: decomposing it would let 가 match inside 각.
func foldWithOffsets(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	offs := make([]int, 0, len(s)+1)
	emit := func(r rune, at int) {
		n, _ := b.WriteRune(r)
		for range n {
			offs = append(offs, at)
		}
	}
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				// Invalid bytes stay as they are, one byte each.
				b.WriteByte(s[i])
				offs = append(offs, i)
				continue
			}
			emit(r, i)
		case isCombiningAccent(r):
			// Dropped, like the accents of precomposed letters.
		case r >= 0x80 && unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic):
			for _, d := range norm.NFD.String(string(r)) {
				if !isCombiningAccent(d) {
					emit(unicode.ToLower(d), i)
				}
			}
		default:
			emit(unicode.ToLower(r), i)
		}
	}
	offs = append(offs, len(s))
	return b.String(), offs
}

// isCombiningAccent reports whether r is in the Combining Diacritical
// Marks block (U+0300 to U+036F).
func isCombiningAccent(r rune) bool { return r >= 0x300 && r <= 0x36f }

func truncateRunes(s string, n int) string {
	i := 0
	for n > 0 && i < len(s) {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n--
	}
	return s[:i]
}
