package clean

import (
	"strings"

	"github.com/abadojack/whatlanggo"
)

// latinWhitelist limits trigram detection to languages yalu meets in
// Latin or Cyrillic script, so short English texts are not read as Latin
// or Tagalog.
var latinWhitelist = map[whatlanggo.Lang]bool{
	whatlanggo.Eng: true, whatlanggo.Rus: true, whatlanggo.Fra: true, whatlanggo.Deu: true,
	whatlanggo.Spa: true, whatlanggo.Por: true, whatlanggo.Ita: true, whatlanggo.Nld: true,
	whatlanggo.Ukr: true, whatlanggo.Vie: true,
}

// langSample bounds the text examined for script counts, trigramSample
// the text given to whatlanggo.
const (
	langSample    = 8 << 10
	trigramSample = 1 << 10
)

// cutRunes returns at most n bytes of s, cut at a rune boundary.
func cutRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// detectLanguage returns the ISO 639-1 code of text. Korean, Japanese and
// Chinese are told apart by script (Hangul, kana, Han only), which is
// reliable where trigram models are not; other text goes to whatlanggo
// restricted to latinWhitelist. htmlLang is used when it agrees with the
// script found, and alone when the text is too short to judge.
func detectLanguage(text, htmlLang string) string {
	text = cutRunes(text, langSample)
	var hangul, kana, han, cyr, latin int
	for _, r := range text {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3, r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
			hangul++
		case r >= 0x3040 && r <= 0x30FF:
			kana++
		case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF:
			han++
		case r >= 0x0400 && r <= 0x04FF:
			cyr++
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 0xC0 && r <= 0x24F:
			latin++
		}
	}
	hint := primaryTag(htmlLang)
	cjk := hangul + kana + han
	letters := cjk*2 + cyr + latin // a CJK character carries about a word's worth
	if letters < 20 {
		return hint
	}
	if cjk*2 > cyr+latin {
		switch {
		case hangul > 0 && hangul*4 >= cjk:
			return "ko"
		case kana > 0 && kana*10 >= cjk:
			return "ja"
		case hint == "ja" || hint == "ko":
			return hint
		default:
			return "zh"
		}
	}
	// A declared language that fits the script is taken as is: trigram
	// detection costs more than the rest of cleaning a page together.
	if hint != "" && hint != "ko" && hint != "ja" && hint != "zh" && isLatinLang(hint) == (latin >= cyr) {
		return hint
	}
	// Trigram detection is the costliest step of cleaning; a kilobyte of
	// prose is plenty for the few languages it chooses among.
	info := whatlanggo.DetectWithOptions(cutRunes(text, trigramSample), whatlanggo.Options{Whitelist: latinWhitelist})
	code := info.Lang.Iso6391()
	if hint != "" && hint != code && isLatinLang(hint) == (cyr < latin) && info.Confidence < 0.5 {
		return hint
	}
	if code == "" {
		return hint
	}
	return code
}

func isLatinLang(code string) bool {
	switch code {
	case "ru", "uk", "bg", "sr", "mk", "be", "kk", "mn", "ko", "ja", "zh":
		return false
	}
	return true
}

// primaryTag returns the lower-cased primary subtag of a language tag.
func primaryTag(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 {
		return ""
	}
	return tag
}
