package clean

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// legacyCandidates are tried, in this order, when a document declares no
// encoding and is not valid UTF-8. Ties go to the earlier candidate.
var legacyCandidates = []struct {
	name string
	enc  encoding.Encoding
}{
	{"euc-kr", korean.EUCKR},
	{"gb18030", simplifiedchinese.GB18030},
	{"big5", traditionalchinese.Big5},
	{"shift_jis", japanese.ShiftJIS},
	{"windows-1252", charmap.Windows1252}, // before 1251: their punctuation rows agree
	{"windows-1251", charmap.Windows1251},
	{"koi8-r", charmap.KOI8R},
}

// detectSample bounds how many bytes legacy detection decodes per candidate.
const detectSample = 32 << 10

// DetectCharset reports the encoding of body: a byte-order mark first, then
// the charset of contentType, then a <meta charset> in the first bytes of an
// HTML document, then UTF-8 if the bytes are valid UTF-8, and otherwise the
// legacy encoding whose decoding reads most like real text. declared is true
// when the name came from the document or its headers rather than a guess.
func DetectCharset(body []byte, contentType string) (name string, declared bool) {
	switch {
	case bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}):
		return "utf-8", true
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return "utf-16le", true
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		return "utf-16be", true
	}
	declaredName := ""
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			declaredName = canonicalCharset(params["charset"])
		}
	}
	if declaredName == "" {
		declaredName = canonicalCharset(metaCharset(body))
	}
	if declaredName != "" {
		// A page that says UTF-8 but is mostly not is a legacy page with a
		// template's declaration; a few bad bytes are just replaced.
		if declaredName == "utf-8" && mostlyInvalidUTF8(body) {
			return guessLegacy(body), false
		}
		return declaredName, true
	}
	if utf8.Valid(body) {
		return "utf-8", false
	}
	return guessLegacy(body), false
}

// mostlyInvalidUTF8 reports whether more than half of the non-ASCII
// sequences in the first bytes of b are invalid UTF-8.
func mostlyInvalidUTF8(b []byte) bool {
	b = b[:min(len(b), detectSample)]
	bad, good := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			good++
		}
		i += size
	}
	return bad > 8 && bad > good
}

// canonicalCharset maps a label to the WHATWG name, or "" if unknown.
func canonicalCharset(label string) string {
	label = strings.TrimSpace(strings.Trim(label, `"'`))
	if label == "" {
		return ""
	}
	_, name := charset.Lookup(label)
	switch name {
	case "utf-16le", "utf-16be":
		// A page that claims UTF-16 without a BOM has been transcoded on
		// its way here; WHATWG treats that as UTF-8 and so do we.
		return "utf-8"
	}
	return name
}

// metaCharset finds a charset declared in a <meta> element within the first
// 4 KiB: <meta charset="x"> or <meta http-equiv content="text/html; charset=x">.
func metaCharset(body []byte) string {
	head := body[:min(len(body), 4096)]
	for {
		i := indexFold(head, "<meta")
		if i < 0 {
			return ""
		}
		head = head[i+5:]
		end := bytes.IndexByte(head, '>')
		if end < 0 {
			end = len(head)
		}
		tag := head[:end]
		if j := indexFold(tag, "charset"); j >= 0 {
			v := tag[j+7:]
			v = bytes.TrimLeft(v, " \t\r\n")
			if len(v) == 0 || v[0] != '=' {
				continue
			}
			v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
			k := 0
			for k < len(v) && v[k] != '"' && v[k] != '\'' && v[k] != ';' && v[k] != ' ' && v[k] != '/' && v[k] != '>' {
				k++
			}
			return string(v[:k])
		}
	}
}

func indexFold(b []byte, lowerNeedle string) int {
	n := len(lowerNeedle)
	for i := 0; i+n <= len(b); i++ {
		if b[i]|0x20 != lowerNeedle[0] {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			c := b[i+j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lowerNeedle[j] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// guessLegacy trial-decodes a sample with every legacy candidate and keeps
// the one whose text scores as most plausible.
func guessLegacy(body []byte) string {
	sample := body
	if len(sample) > detectSample {
		sample = sample[:detectSample]
	}
	nonASCII := 0
	for _, c := range sample {
		if c >= 0x80 {
			nonASCII++
		}
	}
	if nonASCII == 0 {
		return "windows-1252"
	}
	best, bestScore := "windows-1252", -1e18
	for _, c := range legacyCandidates {
		out, err := c.enc.NewDecoder().Bytes(sample)
		if err != nil {
			continue
		}
		s := plausibility(out, c.name) / float64(nonASCII)
		if s > bestScore {
			best, bestScore = c.name, s
		}
	}
	return best
}

// plausibility scores decoded text: common characters of the script the
// encoding is for add, replacement characters, control characters and
// unlikely symbols subtract. Multi-byte encodings earn up to 1.5 per input
// byte, single-byte ones up to 1, so real CJK text beats single-byte gibberish.
func plausibility(text []byte, enc string) float64 {
	var score float64
	prev := rune(' ')
	s := string(text)
	for i, r := range s {
		if r < 0x80 {
			prev = r
			continue
		}
		var next rune = ' '
		if j := i + utf8.RuneLen(r); j < len(s) {
			next, _ = utf8.DecodeRuneInString(s[j:])
		}
		switch {
		case r == utf8.RuneError:
			score -= 6
		case isCJKRune(r) && isASCIILetter(prev) && isASCIILetter(next):
			score -= 2 // a CJK character inside a Latin word is a misreading
		case r < 0xA0 || (r >= 0xE000 && r <= 0xF8FF):
			score -= 3 // C1 controls, private use
		case r >= 0xAC00 && r <= 0xD7A3:
			switch {
			case commonHangul()[r]:
				score += 3
			case isASCIILetter(prev):
				score -= 1 // a lead byte that swallowed the next letter
			default:
				score += 0.6
			}
		case r >= 0x3040 && r <= 0x30FF:
			score += 2.2
		case r >= 0x4E00 && r <= 0x9FFF:
			switch {
			case commonHan()[r]:
				score += 3
			case isASCIILetter(prev):
				score -= 1 // "don’t" in windows-1252 read as GBK
			default:
				score += 0.7
			}
		case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF:
			score += 1 // CJK punctuation, full-width forms
		case r >= 0x0430 && r <= 0x045F: // Cyrillic lower case, not mixed into Latin words
			if isASCIILetter(prev) || isASCIILetter(next) {
				score -= 1
			} else {
				score += 1
			}
		case r >= 0x0400 && r <= 0x042F: // Cyrillic capitals: word-initial only
			if isLetter(prev) {
				score -= 1
			} else {
				score += 0.8
			}
		case r >= 0xC0 && r <= 0x24F: // Latin accented letters inside words
			if isASCIILetter(prev) || isASCIILetter(next) {
				score += 1
			} else {
				score -= 1
			}
		case r == '“' || r == '”' || r == '‘' || r == '’' || r == '–' || r == '—' || r == '…' || r == '«' || r == '»' || r == '·' || r == '№' || r == '°':
			if isASCIILetter(prev) || isASCIILetter(next) {
				score += 1
			} else {
				score += 0.5
			}
		default:
			score -= 1.5
		}
		prev = r
	}
	_ = enc
	return score
}

func isASCIILetter(r rune) bool { return (r|0x20) >= 'a' && (r|0x20) <= 'z' }

func isLetter(r rune) bool {
	return isASCIILetter(r) || (r >= 0x0400 && r <= 0x045F) || (r >= 0xC0 && r <= 0x24F)
}

// toUTF8 decodes body from the named encoding; invalid sequences become
// U+FFFD rather than errors, and the result is always valid UTF-8.
func toUTF8(body []byte, name string) string {
	switch name {
	case "utf-8", "":
		body = bytes.TrimPrefix(body, []byte{0xEF, 0xBB, 0xBF})
		if utf8.Valid(body) {
			return string(body)
		}
		return strings.ToValidUTF8(string(body), "\uFFFD")
	case "utf-16le", "utf-16be":
		e := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
		if name == "utf-16be" {
			e = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
		}
		out, err := e.NewDecoder().Bytes(body)
		if err == nil {
			return strings.ToValidUTF8(string(out), "\uFFFD")
		}
	}
	enc, _ := charset.Lookup(name)
	if enc == nil {
		return strings.ToValidUTF8(string(body), "\uFFFD")
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return strings.ToValidUTF8(string(body), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}
