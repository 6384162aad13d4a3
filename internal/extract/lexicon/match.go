package lexicon

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yalu-osint/yalu/internal/extract/wordkey"
)

// Block is the Pattern reference of a blocker: its span is consumed, so no
// shorter pattern inside it matches, and nothing is reported.
const Block int32 = -1

// Pattern is one surface form and the caller-defined reference it stands for.
type Pattern struct {
	Form string
	Ref  int32
}

// Match is one span of text that a pattern matched. Start and End are byte
// offsets; End is exclusive.
type Match struct {
	Start, End int
	Form       string  // the pattern's form as written in the lexicon
	Refs       []int32 // every reference of that form; shared, do not modify
}

// Matcher finds the longest pattern at each position of a text. Latin-script
// forms are matched on whole words (1..n-word windows looked up in a hash
// map); Hangul and Han forms are matched anywhere by longest prefix among the
// forms that start with the same rune, because Korean attaches particles and
// compounds words without spaces. A Matcher is safe for concurrent use.
type Matcher struct {
	latin     map[string][]*variant
	first     map[string]*firstWord // the forms' first words
	multiTab  strTable[[]*variant]  // latin's keys of two or more words, for Find
	firstTab  strTable[*firstWord]  // first, for Find
	firstKey  keyTable              // first's keys of up to eight bytes, packed, for Find
	firstSig  *[sigBits / 64]uint64 // bitset of wordSig over first words, and anySig: a cheap pre-check before the map
	cjk       map[rune][]*cjkVariant
	cjkFirst  []uint64  // bitset over the BMP of runes that start a CJK form
	digitLead [10]bool  // digit-led CJK forms ("39호실")
	scratch   sync.Pool // *scratch buffers, reused across Find calls
}

// firstWord is what a Matcher knows of the forms that start with one word.
type firstWord struct {
	maxN   int        // longest window (in words)
	lens   uint32     // bit n: some form has n words
	one    []*variant // the one-word forms, m.latin of the word itself
	second uint64     // bit wordSig%64 of the second word of each longer form, and of anySig
}

type scratch struct {
	toks []token
	sigs []uint16 // the signatures of toks (see words)
	key  []byte
	out  []Match // Latin matches, copied out before the scratch is reused
	cjk  []Match
}

// variant is one written form of a Latin key and how its case is checked.
type variant struct {
	form  string
	toks  []string // the form's words as written
	exact []bool   // word must match case-sensitively (acronyms: MSS, KOMID)
	title bool     // the text's first letter must be upper case
	refs  []int32
}

type cjkVariant struct {
	s    string
	form string
	refs []int32
}

// ErrBadForm is returned for a pattern form that can never match.
var ErrBadForm = errors.New("unmatchable form")

// NewMatcher indexes patterns. Several patterns with the same form share one
// match whose Refs list all their references; a blocker (Ref Block) wins over
// any reference of the same form.
func NewMatcher(patterns []Pattern) (*Matcher, error) {
	m := &Matcher{
		latin:    make(map[string][]*variant),
		first:    make(map[string]*firstWord),
		cjk:      make(map[rune][]*cjkVariant),
		cjkFirst: make([]uint64, 0x10000/64),
		firstSig: new([sigBits / 64]uint64),
	}
	m.firstSig[anySig/64] |= 1 << (anySig % 64)
	var toks []token
	var norm []byte
	for _, p := range patterns {
		form := strings.TrimSpace(p.Form)
		if form == "" {
			return nil, fmt.Errorf("empty form (ref %d): %w", p.Ref, ErrBadForm)
		}
		if hasCJK(form) {
			if err := m.addCJK(form, form, p.Ref); err != nil {
				return nil, err
			}
			if nospace := strings.ReplaceAll(form, " ", ""); nospace != form {
				if err := m.addCJK(nospace, form, p.Ref); err != nil {
					return nil, err
				}
			}
			continue
		}
		toks, norm = tokenize(form, toks[:0], norm[:0])
		if len(toks) == 0 || len(toks) > maxWindow {
			return nil, fmt.Errorf("form %q has no words or more than %d: %w", form, maxWindow, ErrBadForm)
		}
		for _, t := range toks[1:] {
			if !t.join {
				return nil, fmt.Errorf("form %q has a gap a match cannot span: %w", form, ErrBadForm)
			}
		}
		m.addLatin(form, toks, norm, p.Ref)
	}
	for w, fw := range m.first {
		fw.one = m.latin[w]
	}
	multi := make(map[string][]*variant)
	for k, vs := range m.latin {
		if strings.IndexByte(k, ' ') >= 0 {
			multi[k] = vs
		}
	}
	m.multiTab, m.firstTab = newStrTable(multi), newStrTable(m.first)
	m.firstKey = newKeyTable(m.first)
	return m, nil
}

func (m *Matcher) addLatin(form string, toks []token, norm []byte, ref int32) {
	var key strings.Builder
	v := &variant{form: form}
	for i, t := range toks {
		if i > 0 {
			key.WriteByte(' ')
		}
		key.Write(norm[t.ns:t.ne])
		w := form[t.start:t.end]
		v.toks = append(v.toks, w)
		v.exact = append(v.exact, isAcronym(w))
	}
	r, _ := utf8.DecodeRuneInString(form)
	v.title = unicode.IsUpper(r)
	k := key.String()
	for _, old := range m.latin[k] {
		if sameCase(old, v) {
			old.refs = addRef(old.refs, ref)
			return
		}
	}
	v.refs = addRef(nil, ref)
	if ref == Block {
		m.latin[k] = append([]*variant{v}, m.latin[k]...)
	} else {
		m.latin[k] = append(m.latin[k], v)
	}
	w0 := k
	if i := strings.IndexByte(k, ' '); i >= 0 {
		w0 = k[:i]
	}
	fw := m.first[w0]
	if fw == nil {
		fw = &firstWord{second: 1 << (anySig % 64)}
		m.first[w0] = fw
	}
	fw.maxN = max(fw.maxN, len(toks))
	fw.lens |= 1 << len(toks)
	if len(toks) > 1 {
		fw.second |= 1 << (wordSig(norm[toks[1].ns:toks[1].ne]) % 64)
	}
	sig := wordSig([]byte(w0))
	m.firstSig[sig/64] |= 1 << (sig % 64)
}

const (
	sigLog  = 16 // at most 16: token.sig holds a signature
	sigBits = 1 << sigLog
	// anySig is the signature of a word that is not all ASCII, whose
	// signature is known only once it is lower-cased: every Matcher's
	// firstSig has it, so that such a word is always looked at.
	anySig = 0
)

// wordSig hashes a normalised word's length and first, second and last bytes
// into sigBits buckets; most words of a text start no form, and this check
// rejects them without hashing the whole word for the map.
func wordSig(w []byte) uint32 {
	n := len(w)
	b1 := w[0]
	if n > 1 {
		b1 = w[1]
	}
	return sigOf(n, w[0], b1, w[n-1])
}

func sigOf(n int, b0, b1, last byte) uint32 {
	h := (uint32(n)<<24 | uint32(b0)<<16 | uint32(b1)<<8 | uint32(last)) * 0x9e3779b1
	return h >> (32 - sigLog)
}

func (m *Matcher) addCJK(s, form string, ref int32) error {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r >= '0' && r <= '9':
		m.digitLead[r-'0'] = true
	case isCJK(r):
		m.cjkFirst[r/64] |= 1 << (r % 64)
	default:
		return fmt.Errorf("form %q mixes scripts and does not start with Hangul, Han or a digit: %w", form, ErrBadForm)
	}
	list := m.cjk[r]
	for _, old := range list {
		if old.s == s {
			old.refs = addRef(old.refs, ref)
			return nil
		}
	}
	list = append(list, &cjkVariant{s: s, form: form, refs: addRef(nil, ref)})
	// Longest first, so the first prefix hit is the longest match.
	for i := len(list) - 1; i > 0 && len(list[i].s) > len(list[i-1].s); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	m.cjk[r] = list
	return nil
}

// addRef adds ref to refs; a blocker reference replaces all others.
func addRef(refs []int32, ref int32) []int32 {
	if ref == Block || (len(refs) == 1 && refs[0] == Block) {
		return []int32{Block}
	}
	for _, r := range refs {
		if r == ref {
			return refs
		}
	}
	return append(refs, ref)
}

func sameCase(a, b *variant) bool {
	if a.title != b.title || len(a.toks) != len(b.toks) {
		return false
	}
	for i := range a.toks {
		if a.exact[i] != b.exact[i] || (a.exact[i] && a.toks[i] != b.toks[i]) {
			return false
		}
	}
	return true
}

// isAcronym reports whether a word has two or more letters, all capitals.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func (v *variant) verify(text string, toks []token) bool {
	if v.title {
		r, _ := utf8.DecodeRuneInString(text[toks[0].start:])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	for i, ex := range v.exact {
		if ex && text[toks[i].start:toks[i].end] != v.toks[i] {
			return false
		}
	}
	return true
}

// Find returns the matches in text, in order of position, without overlaps.
// One pass splits the text into Latin words (see words) and tries the CJK
// forms at each Hangul or Han rune; a second pass looks up word windows,
// longest first.
func (m *Matcher) Find(text string) []Match {
	return m.AppendFind(nil, text)
}

// AppendFind appends Find's matches in text to dst and returns the
// extended slice, so that a caller who only reads them while it works
// can keep one buffer for many texts (a nil result when dst is nil and
// there are none, as Find).
func (m *Matcher) AppendFind(dst []Match, text string) []Match {
	sc, _ := m.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer m.scratch.Put(sc)
	w := wordsPool.Get().(*words)
	again := w.set && w.text == text
	if !again {
		w.split(text)
	}
	var out, cjk []Match
	if w.cjk {
		// CJK forms may cover digits and Latin letters: split the text
		// again, trying this Matcher's CJK forms on the way.
		toks, c := m.scan(text, sc.toks[:0], sc.cjk[:0])
		sigs := appendSigs(sc.sigs[:0], toks)
		sc.toks, sc.sigs, sc.cjk = toks, sigs, c[:0]
		cjk = c
		out = m.findLatin(text, toks, sigs, sc)
	} else {
		out = m.findLatin(text, w.toks, w.sigs, sc)
	}
	if again {
		w.text, w.set = "", false // split once for two Find calls; see words
	}
	w.release()
	sc.out = out[:0]
	switch {
	case len(out) == 0 && len(cjk) == 0:
		return dst
	case len(cjk) == 0:
		return append(dst, out...)
	case len(out) == 0:
		return append(dst, cjk...)
	}
	return mergeMatches(dst, out, cjk)
}

// words is a text split into Latin words, for every Matcher: the goods
// and then the organisations of one document are found in the same text,
// which a pooled words splits for the first Find call and hands to the
// second. It serves no third call, so that a text found over and over (a
// benchmark's loop) costs what a new text does. Only a text without CJK
// runes is split so, as each Matcher's CJK forms decide where the words of
// such a text lie.
type words struct {
	text string   // the text split, held so that a text is recognised by its content
	set  bool     // text, toks and cjk hold a split not yet handed on
	toks []token  // its words
	sigs []uint16 // their signatures, apart so that a Matcher runs through them fast
	cjk  bool     // the text holds a CJK rune; toks is not set
}

var wordsPool = sync.Pool{New: func() any { return new(words) }}

// maxPooledWords is the most words a pooled words keeps, so that a huge
// text and its words are not held for long.
const maxPooledWords = 1 << 16

func (w *words) release() {
	if cap(w.toks) > maxPooledWords {
		return
	}
	wordsPool.Put(w)
}

// split splits text into its Latin words, as scan does for a Matcher
// without CJK forms, and stops at the first CJK rune.
func (w *words) split(text string) {
	w.text, w.set, w.cjk = text, true, false
	toks, sigs := w.toks[:0], w.sigs[:0]
	if toks == nil {
		toks = make([]token, 0, len(text)/5+4)
	}
	prevEnd := -1
	for i := 0; i < len(text); {
		c := text[i]
		if !asciiAlnum[c] {
			if c < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if isCJK(r) {
				w.toks, w.sigs, w.cjk = toks[:0], sigs[:0], true
				return
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += size
				continue
			}
		}
		// wordAt, inlined for the usual word: ASCII letters and digits
		// followed by an ASCII byte.
		j := i + 8
		if j <= len(text) {
			// A word of up to seven bytes is measured by one load.
			j = i + wordkey.AlnumLen(wordkey.Load64(text[i:j]))
		}
		if j >= i+8 {
			j = wordkey.AlnumEnd(text, i)
		}
		if j == i || (j < len(text) && text[j] >= utf8.RuneSelf) {
			t := wordAt(text, i, prevEnd)
			i, prevEnd = int(t.end), int(t.end)
			toks = append(toks, t)
			continue
		}
		t := token{start: int32(i), end: int32(j), ascii: true}
		if prevEnd >= 0 {
			t.join = (i == prevEnd+1 && text[prevEnd] == ' ') || gapJoins(text[prevEnd:i])
		}
		b1 := c
		if j-i > 1 {
			b1 = text[i+1]
		}
		t.sig = uint16(sigOf(j-i, c|0x20, b1|0x20, text[j-1]|0x20))
		toks = append(toks, t)
		i, prevEnd = j, j
		if i < len(text) && text[i] == ' ' {
			i++ // the space after a word, without a turn of the loop
		}
	}
	w.toks, w.sigs = toks, appendSigs(sigs, toks)
}

// appendSigs appends the signatures of toks to sigs.
func appendSigs(sigs []uint16, toks []token) []uint16 {
	n := len(sigs)
	sigs = slices.Grow(sigs, len(toks))[:n+len(toks)]
	for i := range toks {
		sigs[n+i] = toks[i].sig
	}
	return sigs
}

// scan splits text into Latin words, trying the CJK forms at each Hangul
// or Han rune and at digits that start a CJK form, and appends the words
// and the CJK matches.
func (m *Matcher) scan(text string, toks []token, cjk []Match) ([]token, []Match) {
	prevEnd := -1
	for i := 0; i < len(text); {
		c := text[i]
		if !asciiAlnum[c] {
			if c < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if isCJK(r) {
				if r < 0x10000 && m.cjkFirst[r/64]&(1<<(r%64)) != 0 {
					if n, mt, ok := m.matchCJK(text, i, r); n > 0 {
						if ok {
							cjk = append(cjk, mt)
						}
						i += n
						continue
					}
				}
				i += size
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += size
				continue
			}
		} else if c <= '9' && m.digitLead[c-'0'] && (i == 0 || !isASCIIAlnum(text[i-1])) {
			if n, mt, ok := m.matchCJK(text, i, rune(c)); n > 0 {
				if ok {
					cjk = append(cjk, mt)
				}
				i += n
				prevEnd = -1
				continue
			}
		}
		t := wordAt(text, i, prevEnd)
		i, prevEnd = int(t.end), int(t.end)
		toks = append(toks, t)
	}
	return toks, cjk
}

// wordAt returns the Latin word that starts at text[i]; the previous word
// ended at prevEnd (-1 for none, or when something other than a gap lies
// between). An ASCII word's sig is its wordSigASCII, another's anySig.
func wordAt(text string, i, prevEnd int) token {
	start := i
	for i < len(text) && asciiAlnum[text[i]] {
		i++
	}
	t := token{start: int32(start), ascii: true}
	if i < len(text) && text[i] >= utf8.RuneSelf {
		i, t.ascii = wordTail(text, i)
	}
	t.end = int32(i)
	if prevEnd >= 0 {
		t.join = (start == prevEnd+1 && text[prevEnd] == ' ') || gapJoins(text[prevEnd:start])
	}
	if t.ascii {
		n := i - start
		b0 := text[start]
		b1 := b0
		if n > 1 {
			b1 = text[start+1]
		}
		t.sig = uint16(sigOf(n, b0|0x20, b1|0x20, text[i-1]|0x20))
	} else {
		t.sig = anySig
	}
	return t
}

// wordTail continues the word whose ASCII letters and digits end at i,
// where a non-ASCII byte starts: through letters and digits of non-CJK
// scripts. It returns the word's end and whether it is all ASCII.
func wordTail(text string, i int) (int, bool) {
	ascii := true
	for i < len(text) {
		c := text[i]
		if asciiAlnum[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			break
		}
		ascii = false
		i += size
	}
	return i, ascii
}

// matchCJK returns the length of the longest CJK form at text[i:] (0 when
// none) and, unless that form is a blocker, its match.
func (m *Matcher) matchCJK(text string, i int, r rune) (int, Match, bool) {
	for _, v := range m.cjk[r] {
		if strings.HasPrefix(text[i:], v.s) {
			if v.refs[0] == Block {
				return len(v.s), Match{}, false
			}
			return len(v.s), Match{Start: i, End: i + len(v.s), Form: v.form, Refs: v.refs}, true
		}
	}
	return 0, Match{}, false
}

// findLatin looks up the word windows that start at each token, longest
// first; a match skips the tokens it covers.
func (m *Matcher) findLatin(text string, toks []token, sigs []uint16, sc *scratch) []Match {
	out := sc.out[:0]
	key := sc.key[:0]
	defer func() { sc.key = key[:0] }()
	var ends [maxWindow]int
	firstSig := m.firstSig
	toks = toks[:len(sigs)]
	for i := 0; i < len(sigs); i++ {
		if sig := sigs[i]; firstSig[sig/64]&(1<<(sig%64)) == 0 {
			// Most words start no form: a word's signature is checked
			// against the first words' before anything else (anySig,
			// that of a word not all ASCII, always passes).
			continue
		}
		t := &toks[i]
		var fw *firstWord
		fw, key = m.firstWordOf(text, t, key[:0])
		if fw == nil {
			continue
		}
		maxN := fw.maxN
		if maxN > 1 && i+1 < len(sigs) && fw.second&(1<<(sigs[i+1]%64)) == 0 {
			maxN = 1 // no longer form goes on with the next word: no window to write
		}
		n := 1
		if len(key) == 0 && maxN > 1 && i+1 < len(toks) && toks[i+1].join {
			key = AppendLower(key, text[t.start:t.end], true)
		}
		ends[0] = len(key)
		for n < maxN && n < maxWindow && i+n < len(toks) && toks[i+n].join {
			u := toks[i+n]
			key = append(key, ' ')
			key = AppendLower(key, text[u.start:u.end], u.ascii)
			ends[n] = len(key)
			n++
		}
		matched := 0
	window:
		for k := n; k >= 1; k-- {
			if fw.lens&(1<<k) == 0 {
				continue
			}
			vs := fw.one
			if k > 1 {
				vs, _ = m.multiTab.get(key[:ends[k-1]])
			}
			for _, v := range vs {
				if v.verify(text, toks[i:i+k]) {
					if v.refs[0] != Block {
						out = append(out, Match{Start: int(toks[i].start), End: int(toks[i+k-1].end), Form: v.form, Refs: v.refs})
					}
					matched = k
					break window
				}
			}
		}
		i += max(matched, 1) - 1
	}
	return out
}

// firstWordOf looks up the word t among the forms' first words. An ASCII
// word of up to eight bytes, the usual word, is looked up packed; only the
// others' keys are written to key, which is returned.
func (m *Matcher) firstWordOf(text string, t *token, key []byte) (*firstWord, []byte) {
	if n := int(t.end - t.start); t.ascii && n <= 8 {
		var k uint64
		if s := int(t.start); s+8 <= len(text) {
			k = wordkey.Load64(text[s:s+8]) & (^uint64(0) >> (64 - 8*uint(n)))
		} else {
			k = wordkey.Pack(text[s:t.end])
		}
		return m.firstKey.get(wordkey.Lower64(k)), key
	}
	key = AppendLower(key, text[t.start:t.end], t.ascii)
	if !t.ascii {
		if sig := wordSig(key); m.firstSig[sig/64]&(1<<(sig%64)) == 0 {
			return nil, key
		}
	}
	fw, _ := m.firstTab.get(key)
	return fw, key
}

// AppendLower appends the lower-cased word w to dst; ascii: only the ASCII
// capitals are lower-cased, and every other byte is kept.
func AppendLower(dst []byte, w string, ascii bool) []byte {
	if ascii {
		n := len(dst)
		dst = slices.Grow(dst, len(w))[:n+len(w)]
		out := dst[n:]
		i := 0
		for ; i+8 <= len(w); i += 8 {
			binary.LittleEndian.PutUint64(out[i:], wordkey.LowerBytes64(wordkey.Load64(w[i:i+8])))
		}
		for ; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			out[i] = c
		}
		return dst
	}
	for _, r := range w {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// mergeMatches appends to dst the merge of the two position-ordered runs a
// and b, dropping a match that overlaps an earlier, kept one.
func mergeMatches(dst, a, b []Match) []Match {
	merged := slices.Grow(dst, len(a)+len(b))
	base := len(merged)
	for len(a) > 0 || len(b) > 0 {
		var next Match
		if len(b) == 0 || (len(a) > 0 && a[0].Start <= b[0].Start) {
			next, a = a[0], a[1:]
		} else {
			next, b = b[0], b[1:]
		}
		if k := len(merged); k > base && next.Start < merged[k-1].End {
			continue
		}
		merged = append(merged, next)
	}
	return merged
}
