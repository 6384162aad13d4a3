package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

// hs.tsv.gz holds every 2- and 4-digit HS 2022 heading plus the 6-digit codes
// that commodities.tsv and sanctions.json use, as "code<TAB>description"
// lines. Regenerate it after editing either file.
//
//go:generate go run ./internal/gen -out hs.tsv.gz
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
