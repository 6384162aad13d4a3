package dedup

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"case and punctuation", "Smugglers crossed the Yalu.", "smugglers, crossed THE yalu", true},
		{"digit groups", "1,000 yuan", "1000 yuan", true},
		{"decimal", "7.5 tonnes", "75 tonnes", true},
		{"apostrophe", "Korea's coal", "Koreas coal", true},
		{"curly apostrophe", "Korea\u2019s coal", "Korea's coal", true},
		{"fullwidth NFKC", "\uff21\uff22\uff23 trading", "abc trading", true},
		{"different words", "coal exports", "coal imports", false},
		{"separator not between digits", "yuan,1000", "yuan1000", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Equal(tokens(tt.a), tokens(tt.b))
			if got != tt.same {
				t.Errorf("tokens(%q) == tokens(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
			}
		})
	}
}

func TestTokensCJK(t *testing.T) {
	// Every Han character is a token; Hangul words stay whole.
	if n := len(tokens("朝鲜走私煤炭")); n != 6 {
		t.Errorf("Han run: %d tokens, want 6", n)
	}
	if n := len(tokens("혜산 밀수꾼들이 압록강을")); n != 3 {
		t.Errorf("Hangul: %d tokens, want 3", n)
	}
}

func TestSign(t *testing.T) {
	text := readFixture(t, "s01_orig.txt")
	tests := []struct {
		name    string
		a, b    string
		minJ    float64
		maxJ    float64
		minCont float64 // containment of a in b
	}{
		{"identical", text, text, 1, 1, 1},
		{"reformatted", text, strings.ToUpper(strings.ReplaceAll(text, "\n\n", "\n")), 1, 1, 1},
		{"first third", firstWords(text, 80), text, 0.2, 0.5, 0.75},
		{"unrelated", text, readFixture(t, "s14_orig.txt"), 0, 0.05, 0},
		{"empty", "", text, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := Sign(tt.a), Sign(tt.b)
			j := Similarity(a, b)
			if j < tt.minJ || j > tt.maxJ {
				t.Errorf("Similarity = %.3f, want in [%.2f, %.2f]", j, tt.minJ, tt.maxJ)
			}
			if c := Containment(a, b); c < tt.minCont {
				t.Errorf("Containment = %.3f, want >= %.2f", c, tt.minCont)
			}
		})
	}
}

func TestSignShape(t *testing.T) {
	sig := Sign(readFixture(t, "s03_orig.txt"))
	if len(sig.MinHash) != NumHashes {
		t.Fatalf("MinHash has %d values, want %d", len(sig.MinHash), NumHashes)
	}
	if !slices.Equal(sig.Bands[:NumBands], Bands(sig)) {
		t.Error("Bands(sig) is not the prefix of sig.Bands")
	}
	anchors := len(sig.Bands) - NumBands
	if anchors < 5 || anchors > maxAnchors {
		t.Errorf("%d anchor keys for %d shingles", anchors, sig.Shingles)
	}
	empty := Sign("  ,.; ")
	if empty.Shingles != 0 || len(empty.Bands) != 0 || len(empty.MinHash) != NumHashes {
		t.Errorf("empty text: %+v", empty)
	}
}

func TestEstimateCardinality(t *testing.T) {
	for _, words := range []int{40, 200, 1000} {
		var b strings.Builder
		for i := range words + ShingleSize - 1 {
			b.WriteString("w")
			b.WriteString(strings.Repeat("x", i%7))
			b.WriteString(string(rune('a' + i%26)))
			b.WriteString(string(rune('a' + i/26%26)))
			b.WriteString(" ")
		}
		sig := Sign(b.String())
		est := estimateCardinality(sig.MinHash)
		if math.Abs(est-float64(sig.Shingles))/float64(sig.Shingles) > 0.3 {
			t.Errorf("%d shingles estimated as %.0f", sig.Shingles, est)
		}
	}
}

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.DailyNK.com/english/some-report/", "dailynk.com/english/some-report"},
		{"http://dailynk.com/english/some-report#comments", "dailynk.com/english/some-report"},
		{"https://www.rfa.org/korean/x-12.html?utm_source=feed&fbclid=1", "rfa.org/korean/x-12.html"},
		{"https://example.com/?p=123", "example.com?p=123"},
		{"https://www.dailynk.com/", ""},
		{"https://www.dailynk.com/english/", ""},
		{"https://www.rfa.org/news/korea", ""},
		{"ftp://example.com/file-1", ""},
		{"not a url", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormalizeURL(tt.in); got != tt.want {
				t.Errorf("NormalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func readFixture(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "clusters", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(n, len(w))], " ")
}

func FuzzSign(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "clusters", "*.txt"))
	for _, p := range files[:min(8, len(files))] {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("")
	f.Add("1,2.3'4\u2019a\u0301 朝鲜 혜산")
	f.Fuzz(func(t *testing.T, s string) {
		a, b := Sign(s), Sign(s)
		if !slices.Equal(a.MinHash, b.MinHash) || !slices.Equal(a.Bands, b.Bands) || a.Shingles != b.Shingles {
			t.Fatal("Sign is not deterministic")
		}
		if len(a.MinHash) != NumHashes {
			t.Fatalf("MinHash has %d values", len(a.MinHash))
		}
		if j := Similarity(a, b); a.Shingles > 0 && j != 1 {
			t.Fatalf("self-similarity %v", j)
		}
	})
}

func BenchmarkSign(b *testing.B) {
	var sb strings.Builder
	for _, name := range []string{"s01_orig.txt", "s03_orig.txt", "s05_orig.txt", "s09_orig.txt"} {
		sb.WriteString(readFixture(b, name))
	}
	text := sb.String()[:5000]
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sign(text)
	}
}

// tokensUnicode is tokens without its ASCII fast path: the definition the
// fast path must match, or every stored fingerprint would stop matching.
func tokensUnicode(text string) []uint64 {
	const (
		offset = 0xcbf29ce484222325
		prime  = 0x100000001b3
	)
	text = norm.NFKC.String(text)
	var out []uint64
	h, n := uint64(offset), 0
	flush := func() {
		if n > 0 {
			out = append(out, h)
		}
		h, n = offset, 0
	}
	var buf [utf8.UTFMax]byte
	prev := rune(0)
	for i, r := range text {
		switch {
		case isIdeographic(r):
			flush()
			for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
				h = (h ^ uint64(c)) * prime
			}
			n++
			flush()
		case unicode.IsLetter(r) || unicode.IsNumber(r) || (n > 0 && unicode.Is(unicode.Mn, r)):
			r = unicode.ToLower(r)
			for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
				h = (h ^ uint64(c)) * prime
			}
			n++
		case n > 0 && joiner(r, prev, text[i+utf8.RuneLen(r):]):
		default:
			flush()
		}
		prev = r
	}
	flush()
	return out
}

func TestTokensASCIIFastPath(t *testing.T) {
	texts := []string{
		"Smugglers crossed the Yalu at 3:00, carrying 1,000.5 tonnes of COAL; Korea's & Korea\u2019s.",
		"Mixed Sinŭiju 혜산에서 丹东 café naïve e\u0301 ÀÉÎ Ⅻ ½ ١٢٣ ＡＢＣ x_y-z [a]{b}~`|\\^@#$%",
		"",
		"A0 Z9 az AZ 09 @[`{ /:",
	}
	fixtures, err := filepath.Glob(filepath.Join("testdata", "clusters", "*.txt"))
	if err != nil || len(fixtures) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range fixtures {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		if got, want := tokens(text), tokensUnicode(text); !slices.Equal(got, want) {
			t.Errorf("tokens(%.40q) = %d tokens differing from the Unicode definition (%d tokens)", text, len(got), len(want))
		}
	}
}
