package goods

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/yalu-osint/yalu/internal/extract/lexicon"
	"github.com/yalu-osint/yalu/internal/extract/wordkey"
)

// The packed-key table answers as the string table does, for every slot
// word and for words that are none.
func TestShortFlagsAgree(t *testing.T) {
	words := []string{"x", "piano", "thee", "tonnage", "zzzzzz", "ab-cd", "o'clock", "c3"}
	for w := range wordFlags {
		words = append(words, w)
	}
	for _, w := range words {
		if len(w) > 8 {
			continue
		}
		if got, want := shortFlags(wordkey.Pack(w)), lookupFlags(w); got != want {
			t.Errorf("shortFlags(%q) = %b, want %b", w, got, want)
		}
	}
}

// Token flags are tokenFlags of the word's lower case wherever the word
// stands: mid-text (packed from the text), at its end (packed byte by
// byte), capitalised or not.
func TestTokenizeFlagsAgree(t *testing.T) {
	var ws []string
	for w := range wordFlags {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	ws = append(ws, "Shipped", "SOLD", "Tonnes", "TheY", "KN-23", "SK-II", "o'Neil", "mostly", "Fly", "a", "I")
	for _, w := range ws {
		for _, text := range []string{
			w, "x " + w, w + " and more words follow here",
			strings.ToUpper(w) + " and more words follow here", "(" + strings.ToUpper(w[:1]) + w[1:] + ").",
		} {
			for _, tk := range tokenize(text, nil) {
				if tk.kind != 'w' {
					continue
				}
				if got, want := tk.flags, tokenFlags(strings.ToLower(tk.src(text))); got != want {
					t.Errorf("%q: token %q flags %b, want %b", text, tk.src(text), got, want)
				}
				if tk.low != strings.ToLower(tk.src(text)) {
					t.Errorf("%q: token %q low %q", text, tk.src(text), tk.low)
				}
			}
		}
	}
}

// The hand-written searches find what slices.BinarySearchFunc finds.
func TestFirstTokenAt(t *testing.T) {
	text := "Traders sold 20 tonnes of coal, zinc-ore and U.S. made pianos."
	toks := tokenize(text, nil)
	for p := -1; p <= len(text)+1; p++ {
		i, _ := slices.BinarySearchFunc(toks, p, func(t token, end int) int { return int(t.end) - end })
		j, _ := slices.BinarySearchFunc(toks, p, func(t token, start int) int { return int(t.start) - start })
		if got := firstEndingAt(toks, int32(p)); got != i {
			t.Errorf("firstEndingAt(%d) = %d, want %d", p, got, i)
		}
		if got := firstStartingAt(toks, int32(p)); got != j {
			t.Errorf("firstStartingAt(%d) = %d, want %d", p, got, j)
		}
	}
}

// refTokenize is tokenize as it was before its byte classes and packed
// keys: the fast tokenizer must agree with it token for token.
func (b *tokBuf) refTokenize(text string) {
	out := b.toks[:0]
	low := b.low[:0]     // the lower case of the capitalised words, end to end
	lowAt := b.lowAt[:0] // per capitalised word: its token index
	if out == nil {
		out = make([]token, 0, len(text)/5+8)
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case isASCIILetter(c):
			j := i + 1
			upper := c <= 'Z'
			// Model codes keep their digits: "C3", "SK-II", "KN-23".
			for j < len(text) {
				if d := text[j]; asciiAlnum[d] {
					upper = upper || ('A' <= d && d <= 'Z')
				} else if (d != '-' && d != '\'') || j+1 == len(text) || !asciiAlnum[text[j+1]] {
					break
				}
				j++
			}
			w := text[i:j]
			t := token{int32(i), int32(j), w, 'w', 0}
			if upper { // words are ASCII: ToLower is ASCII lower-casing
				lowAt = append(lowAt, int32(len(out)))
				n := len(low)
				low = lexicon.AppendLower(low, w, true)
				t.flags = tokenFlags(low[n:])
			} else {
				t.flags = tokenFlags(w)
			}
			out = append(out, t)
			i = j
		case '0' <= c && c <= '9':
			j := i + 1
			for j < len(text) && (('0' <= text[j] && text[j] <= '9') || ((text[j] == ',' || text[j] == '.') && j+1 < len(text) && '0' <= text[j+1] && text[j+1] <= '9')) {
				j++
			}
			out = append(out, token{int32(i), int32(j), text[i:j], 'n', 0})
			i = j
		case c == '$':
			out = append(out, token{int32(i), int32(i + 1), "$", '$', 0})
			i++
		case c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '(' || c == ')':
			i++
		case c >= 0x80:
			j := i + 1
			for j < len(text) && text[j] >= 0x80 {
				j++
			}
			s := text[i:j]
			kind := byte('p')
			if strings.ContainsAny(s, "¥€£₩") {
				kind = '$'
			} else if s == "“" || s == "”" || s == "‘" || s == "’" || s == "–" || s == "—" {
				i = j
				continue
			}
			var fl wordFlag
			if kind == 'p' {
				fl = fEnd // Hangul, Han and other scripts end the English
			}
			out = append(out, token{int32(i), int32(j), s, kind, fl})
			i = j
		default:
			var fl wordFlag
			if strings.IndexByte(".!?;:\n", c) >= 0 {
				fl = fEnd
			}
			out = append(out, token{int32(i), int32(i + 1), text[i : i+1], 'p', fl})
			i++
		}
	}
	if len(lowAt) > 0 {
		all, off := string(low), 0
		for _, k := range lowAt {
			n := int(out[k].end - out[k].start)
			out[k].low = all[off : off+n]
			off += n
		}
	}
	b.toks, b.low, b.lowAt = out, low[:0], lowAt[:0]
}

func TestTokenizeAgreesWithReference(t *testing.T) {
	pieces := []string{"a", "B", "z", "Q", "e", "7", "0", "-", "'", ",", ".", " ", " ", "$", "“", "€", "한", "\n", ":", "(", "’", "ly", "the", "The", "SHIP", "tonnes", "sold"}
	rng := rand.New(rand.NewPCG(1, 2))
	var fast, ref tokBuf
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		fast.tokenize(text)
		ref.refTokenize(text)
		if !slices.Equal(fast.toks, ref.toks) {
			t.Fatalf("%q:\n got %+v\nwant %+v", text, fast.toks, ref.toks)
		}
	}
}
