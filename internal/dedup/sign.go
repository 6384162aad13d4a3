// Package dedup groups every copy of one report into a story: aggregator
// copies, excerpts, light rewrites and other-language editions. It signs
// clean text with MinHash over word shingles, finds candidates through LSH
// band keys, shingle anchors and URL keys, and assigns each new document to
// an existing story or a new one.
package dedup

import (
	"math"
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Signature sizes. Changing any of them changes every stored fingerprint, so
// they are constants, not configuration.
const (
	// NumHashes is the number of MinHash values in a signature.
	NumHashes = 128
	// NumBands and BandRows split the MinHash into LSH bands.
	NumBands = 32
	BandRows = NumHashes / NumBands
	// ShingleSize is the number of tokens in one shingle. A token is a word
	// in space-separated scripts and one character in Han and kana runs, so
	// CJK shingles are character n-grams of the same length.
	ShingleSize = 4
	// anchorModulus samples shingles as anchors (hash % anchorModulus == 0);
	// anchors are content-defined, so an excerpt's anchors are a subset of
	// the full text's and truncations still share keys with their source.
	anchorModulus = 8
	// maxAnchors bounds the anchor keys of long texts (smallest hashes kept).
	maxAnchors = 48
)

// Key domains keep band, anchor and URL keys from colliding by construction.
const (
	tagBand   uint64 = 0x62616e64_00000000
	tagAnchor uint64 = 0x616e6368_00000000
	tagURL    uint64 = 0x75726c00_00000000
)

// Signature is the near-duplicate fingerprint of one text.
type Signature struct {
	// MinHash holds NumHashes minima; all math.MaxUint32 for a text
	// without shingles.
	MinHash []uint32
	// Bands are the lookup keys: the LSH band keys of MinHash (see Bands)
	// followed by anchor keys of sampled shingles.
	Bands []uint64
	// Shingles is the number of distinct shingles of the text.
	Shingles int
}

type permutation struct{ a, b uint64 }

// permutations are the fixed hash functions of the MinHash; they must never
// change, or stored signatures stop matching new ones.
var permutations = sync.OnceValue(func() *[NumHashes]permutation {
	var p [NumHashes]permutation
	state := uint64(0x79616c75_64656475) // "yaludedu"
	for i := range p {
		state += 0x9e3779b97f4a7c15
		p[i].a = mix64(state) | 1
		state += 0x9e3779b97f4a7c15
		p[i].b = mix64(state)
	}
	return &p
})

// mix64 is the splitmix64 finaliser: a cheap, well-spread 64-bit mixer.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Sign computes the signature of a clean text.
func Sign(text string) Signature {
	sh := shingles(tokens(text))
	sig := Signature{MinHash: make([]uint32, NumHashes), Shingles: len(sh)}
	for i := range sig.MinHash {
		sig.MinHash[i] = math.MaxUint32
	}
	if len(sh) == 0 {
		return sig
	}
	// One permutation at a time over all shingles: the running minimum
	// stays in a register instead of going through memory per shingle.
	for i, p := range permutations() {
		m := uint32(math.MaxUint32)
		for _, x := range sh {
			if v := uint32((p.a*x + p.b) >> 32); v < m {
				m = v
			}
		}
		sig.MinHash[i] = m
	}
	sig.Bands = Bands(sig)
	sig.Bands = append(sig.Bands, anchors(sh)...)
	return sig
}

// Bands returns the LSH band keys of sig's MinHash: NumBands keys, each a
// hash of the band index and its BandRows values. It returns nil for the
// signature of an empty text.
func Bands(sig Signature) []uint64 {
	if len(sig.MinHash) != NumHashes || isEmpty(sig.MinHash) {
		return nil
	}
	keys := make([]uint64, 0, NumBands)
	for b := range NumBands {
		h := tagBand ^ uint64(b)<<40
		for _, v := range sig.MinHash[b*BandRows : (b+1)*BandRows] {
			h = mix64(h ^ uint64(v))
		}
		keys = append(keys, h)
	}
	return keys
}

// anchors returns the keys of sampled shingles, at most maxAnchors of them.
// sh must be sorted ascending, so the kept ones are the smallest hashes.
func anchors(sh []uint64) []uint64 {
	var keys []uint64
	for _, x := range sh {
		if x%anchorModulus != 0 {
			continue
		}
		keys = append(keys, mix64(tagAnchor^x))
		if len(keys) == maxAnchors {
			break
		}
	}
	return keys
}

func isEmpty(mh []uint32) bool {
	for _, v := range mh {
		if v != math.MaxUint32 {
			return false
		}
	}
	return true
}

// Similarity estimates the Jaccard similarity of the shingle sets of a and b.
// It is 0 when either text had no shingles or the signatures are of
// different sizes.
func Similarity(a, b Signature) float64 {
	return jaccard(a.MinHash, b.MinHash)
}

func jaccard(a, b []uint32) float64 {
	if len(a) != len(b) || len(a) == 0 {
		return 0
	}
	same, used := 0, 0
	for i := range a {
		if a[i] == math.MaxUint32 && b[i] == math.MaxUint32 {
			continue
		}
		used++
		if a[i] == b[i] {
			same++
		}
	}
	if used == 0 {
		return 0
	}
	return float64(same) / float64(used)
}

// Containment estimates the share of a's shingles that also occur in b:
// near 1 when a is an excerpt of b, whatever b's length. It uses the exact
// shingle counts when known and estimates them from the MinHash otherwise.
func Containment(a, b Signature) float64 {
	return containment(a.MinHash, b.MinHash, a.Shingles, b.Shingles)
}

func containment(a, b []uint32, na, nb int) float64 {
	j := jaccard(a, b)
	if j == 0 {
		return 0
	}
	fa, fb := float64(na), float64(nb)
	if na <= 0 {
		fa = estimateCardinality(a)
	}
	if nb <= 0 {
		fb = estimateCardinality(b)
	}
	if fa <= 0 {
		return 0
	}
	inter := j * (fa + fb) / (1 + j)
	return min(1, inter/fa)
}

// estimateCardinality estimates the number of distinct shingles behind a
// MinHash: each minimum of n uniform values has mean 1/(n+1), so n is about
// (K-1)/sum(min) - 1 (relative error near 1/sqrt(K)).
func estimateCardinality(mh []uint32) float64 {
	if len(mh) < 2 || isEmpty(mh) {
		return 0
	}
	var sum float64
	for _, v := range mh {
		sum += (float64(v) + 1) / (1 << 32)
	}
	return max(1, float64(len(mh)-1)/sum-1)
}

// tokens normalises text (NFKC, lower case) and returns one FNV-1a hash per
// token. Letters and digits make up words; apostrophes inside words and
// digit group separators ("1,000", "7.5") are dropped so that formatting
// differences do not split tokens; every Han or kana character is a token.
func tokens(text string) []uint64 {
	const (
		offset = 0xcbf29ce484222325
		prime  = 0x100000001b3
	)
	text = norm.NFKC.String(text)
	out := make([]uint64, 0, len(text)/6)
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
		ascii := r < utf8.RuneSelf
		switch {
		case ascii && isAlnumASCII(byte(r)):
			// The common case, without the Unicode tables: the same
			// token bytes as the general case below.
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * prime
			n++
		case !ascii && isIdeographic(r):
			flush()
			for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
				h = (h ^ uint64(c)) * prime
			}
			n++
			flush()
		case !ascii && (unicode.IsLetter(r) || unicode.IsNumber(r) || (n > 0 && unicode.Is(unicode.Mn, r))):
			r = unicode.ToLower(r)
			for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
				h = (h ^ uint64(c)) * prime
			}
			n++
		case n > 0 && joiner(r, prev, text[i+utf8.RuneLen(r):]):
			// Inside a word or number: keep the token going.
		default:
			flush()
		}
		prev = r
	}
	flush()
	return out
}

// joiner reports whether r (after prev, before rest) joins two parts of one
// token: a digit group separator between digits or an apostrophe between
// letters.
func joiner(r, prev rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	switch r {
	case ',', '.', '\u00a0', '\u202f':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	case '\'', '\u2019':
		return unicode.IsLetter(prev) && unicode.IsLetter(next)
	}
	return false
}

func isAlnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isIdeographic(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// shingles returns the sorted, distinct hashes of every run of ShingleSize
// consecutive tokens (one shingle of all tokens for shorter texts).
func shingles(toks []uint64) []uint64 {
	if len(toks) == 0 {
		return nil
	}
	k := min(ShingleSize, len(toks))
	out := make([]uint64, 0, len(toks)-k+1)
	for i := 0; i+k <= len(toks); i++ {
		h := uint64(k)
		for _, t := range toks[i : i+k] {
			h = bits.RotateLeft64(h, 23) ^ t
			h *= 0x9e3779b97f4a7c15
		}
		out = append(out, mix64(h))
	}
	slices.Sort(out)
	return slices.Compact(out)
}
