package sqlite

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/model"
)

// benchText returns about n bytes of article-like text that differs by seed.
func benchText(seed uint64, n int) string {
	words := []string{"coal", "rice", "Hyesan", "Nampo", "traders", "border", "smuggling", "yuan", "price",
		"shipment", "Sinuiju", "석탄", "쌀", "밀수", "丹东", "煤炭", "the", "of", "and", "in"}
	r := rand.New(rand.NewPCG(seed, 42))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(words[r.IntN(len(words))])
		if r.IntN(12) == 0 {
			b.WriteString(".\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// BenchmarkSaveDocument measures inserting new documents of about 5 KB of
// text with both full-text indexes; storing their originals is not timed.
func BenchmarkSaveDocument(b *testing.B) {
	s := openTemp(b)
	ctx := b.Context()
	var i uint64
	for b.Loop() {
		i++
		b.StopTimer()
		o := &model.Original{Body: binary.LittleEndian.AppendUint64([]byte("doc"), i)}
		if _, err := s.PutOriginal(ctx, o); err != nil {
			b.Fatal(err)
		}
		d := &model.Document{OriginalSHA256: o.SHA256, Title: fmt.Sprintf("Report %d on coal", i),
			Text: benchText(i, 5000), Language: "en", Outlet: "Bench"}
		b.StartTimer()
		if err := s.SaveDocument(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(5000)
}

// BenchmarkPutOriginal measures storing new originals of 50 KB.
func BenchmarkPutOriginal(b *testing.B) {
	s := openTemp(b)
	ctx := b.Context()
	body := []byte(benchText(1, 50_000))
	var i uint64
	for b.Loop() {
		i++
		binary.LittleEndian.PutUint64(body, i) // new bytes, new sha256
		created, err := s.PutOriginal(ctx, &model.Original{Body: body, URL: "https://example.org/a"})
		if err != nil || !created {
			b.Fatal(created, err)
		}
	}
	b.SetBytes(int64(len(body)))
}

// BenchmarkSearch measures a word query and a two-character Korean query
// over 500 documents of about 5 KB.
func BenchmarkSearch(b *testing.B) {
	s := openTemp(b)
	ctx := b.Context()
	for i := range uint64(500) {
		o := &model.Original{Body: binary.LittleEndian.AppendUint64([]byte("doc"), i)}
		if _, err := s.PutOriginal(ctx, o); err != nil {
			b.Fatal(err)
		}
		if err := s.SaveDocument(ctx, &model.Document{OriginalSHA256: o.SHA256, Title: "t", Text: benchText(i, 5000)}); err != nil {
			b.Fatal(err)
		}
	}
	for _, q := range []string{"Hyesan smuggling", "석탄", "shipment 석탄", "丹东 煤炭"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				hits, err := s.Search(ctx, q, 20)
				if err != nil || len(hits) == 0 {
					b.Fatal(len(hits), err)
				}
			}
		})
	}
}
