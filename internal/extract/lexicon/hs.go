package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"github.com/yalu-osint/yalu/internal/extract/lexicon/internal/stem"
	"slices"
	"strings"
)

// hs.tsv.gz holds every 2- and 4-digit HS 2022 heading plus the 6-digit codes
// that commodities.tsv and sanctions.json use, as "code<TAB>description"
// lines. Regenerate it after editing either file.
//
//go:generate go run ./internal/gen -out hs.tsv.gz -nouns hsnouns.tsv.gz
//go:embed hs.tsv.gz
var hsTSVGz []byte

func parseHS(gz []byte) (map[string]string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("opening gzip: %w", err)
	}
	defer zr.Close()
	table := make(map[string]string, 1600)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		code, desc, ok := strings.Cut(sc.Text(), "\t")
		if !ok || code == "" {
			return nil, fmt.Errorf("malformed line %q: %w", sc.Text(), ErrInvalid)
		}
		table[code] = desc
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading: %w", err)
	}
	return table, nil
}

// HSCodes lists every code of the HS table in ascending order, so that a
// caller can look for the headings under a chapter or heading.
func (l *Lexicon) HSCodes() []string {
	codes := make([]string, 0, len(l.hs))
	for c := range l.hs {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes
}

// hsnouns.tsv.gz is the noun index of the HS table, written by the same
// generator: "key<TAB>flag<TAB>plural<TAB>codes" lines (see
// internal/gen/nouns.go).
//
//go:embed hsnouns.tsv.gz
var hsNounsGz []byte

// HSNoun is what the HS 2022 descriptions say of one English noun or
// two-word noun compound, keyed by its singular (see NounKey).
type HSNoun struct {
	// Head reports whether the key is specific enough to name a good alone
	// ("excavator", "ginseng", "sewing machine"); a key that is not only
	// narrows another ("lead" in "lead concentrates").
	Head bool
	// Generic reports a word of kind, state or use ("equipment",
	// "fresh"), which never names a good however few codes it has.
	Generic bool
	// Plural is the plural the descriptions write ("pianos"), or "" for a
	// mass noun ("ginseng").
	Plural string
	// Codes are the 4- and 6-digit codes whose descriptions name the key,
	// ascending; Primary those of them whose first phrase names it.
	Codes, Primary []string
}

// HSNouns parses the embedded noun index.
func HSNouns() (map[string]HSNoun, error) {
	zr, err := gzip.NewReader(bytes.NewReader(hsNounsGz))
	if err != nil {
		return nil, fmt.Errorf("opening noun index: %w", err)
	}
	defer zr.Close()
	out := make(map[string]HSNoun, 10000)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 || f[0] == "" || f[3] == "" {
			return nil, fmt.Errorf("noun index: malformed line %q: %w", sc.Text(), ErrInvalid)
		}
		n := HSNoun{Head: f[1] == "h", Generic: f[1] == "g", Plural: f[2]}
		for _, c := range strings.Fields(f[3]) {
			code, primary := strings.CutSuffix(c, "*")
			n.Codes = append(n.Codes, code)
			if primary {
				n.Primary = append(n.Primary, code)
			}
		}
		out[f[0]] = n
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading noun index: %w", err)
	}
	return out, nil
}

// NounKey is the key of a lower-case English word in the noun index: its
// singular by the regular rules and a few irregular plurals (the same
// function the generator used to write the index).
func NounKey(w string) string { return stem.Key(w) }
