// Command gen writes the lexicon's compact HS 2022 table: every 2- and
// 4-digit heading of the Harmonized System CSV plus the 6-digit codes that
// commodities.tsv, sanctions.json and the noun index use; and the noun index
// (hsnouns.tsv.gz, see nouns.go). It fails when either file names a code the
// CSV does not have. Run it through `go generate` in the lexicon package.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	csvPath := flag.String("csv", "", "HS 2022 CSV (section,hscode,description,parent,level); default <repo root>/../shared/data/harmonized-system/harmonized-system.csv")
	dir := flag.String("dir", ".", "lexicon directory holding commodities.tsv and sanctions.json")
	out := flag.String("out", "hs.tsv.gz", "output file")
	nouns := flag.String("nouns", "hsnouns.tsv.gz", "output file of the noun index")
	flag.Parse()
	if err := run(*csvPath, *dir, *out, *nouns); err != nil {
		slog.Error("generating HS table", slog.String("error", err.Error()))
		os.Exit(1)
	}
}

func run(csvPath, dir, out, nounsOut string) error {
	if csvPath == "" {
		root, err := repoRoot()
		if err != nil {
			return err
		}
		csvPath = filepath.Join(root, "..", "shared", "data", "harmonized-system", "harmonized-system.csv")
	}
	rows, err := readCSV(csvPath)
	if err != nil {
		return err
	}
	used, err := usedCodes(dir)
	if err != nil {
		return err
	}
	desc := map[string]string{}
	for _, r := range rows {
		desc[r[0]] = r[1]
	}
	var missing []string
	for c := range used {
		if _, ok := desc[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		return fmt.Errorf("codes not in %s: %s", csvPath, strings.Join(missing, ", "))
	}
	var nbuf bytes.Buffer
	nz, err := gzip.NewWriterLevel(&nbuf, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	six, keys, err := writeNouns(nz, buildNouns(rows))
	if err != nil {
		return err
	}
	if err := nz.Close(); err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	if err := os.WriteFile(nounsOut, nbuf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", nounsOut, err)
	}
	slog.Info("wrote HS noun index", slog.String("file", nounsOut), slog.Int("keys", keys), slog.Int("bytes", nbuf.Len()))
	for c := range six {
		used[c] = true
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	n := 0
	for _, r := range rows {
		if len(r[0]) == 6 && !used[r[0]] {
			continue
		}
		fmt.Fprintf(zw, "%s\t%s\n", r[0], strings.Join(strings.Fields(r[1]), " "))
		n++
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gzip: %w", err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	slog.Info("wrote HS table", slog.String("file", out), slog.Int("codes", n), slog.Int("bytes", buf.Len()))
	return nil
}

// readCSV returns (code, description) rows of levels 2, 4 and 6, in file order.
func readCSV(path string) ([][2]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening HS CSV: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("reading %s header: %w", path, err)
	}
	if len(header) < 5 || strings.TrimPrefix(header[1], "\ufeff") != "hscode" {
		return nil, fmt.Errorf("%s: unexpected header %v", path, header)
	}
	var rows [][2]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", path, err)
		}
		code := rec[1]
		if n := len(code); n != 2 && n != 4 && n != 6 {
			continue
		}
		rows = append(rows, [2]string{code, rec[2]})
	}
	return rows, nil
}

// usedCodes collects every HS code that commodities.tsv and sanctions.json name.
func usedCodes(dir string) (map[string]bool, error) {
	used := map[string]bool{}
	tsv, err := os.ReadFile(filepath.Join(dir, "commodities.tsv"))
	if err != nil {
		return nil, fmt.Errorf("reading commodities.tsv: %w", err)
	}
	for _, line := range strings.Split(string(tsv), "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("commodities.tsv: malformed line %q", line)
		}
		for _, c := range f[3:5] {
			if c != "" {
				used[c] = true
			}
		}
	}
	js, err := os.ReadFile(filepath.Join(dir, "sanctions.json"))
	if err != nil {
		return nil, fmt.Errorf("reading sanctions.json: %w", err)
	}
	var s struct {
		Rules []struct {
			HS []string `json:"hs"`
		} `json:"rules"`
	}
	if err := json.Unmarshal(js, &s); err != nil {
		return nil, fmt.Errorf("decoding sanctions.json: %w", err)
	}
	for _, r := range s.Rules {
		for _, c := range r.HS {
			used[c] = true
		}
	}
	return used, nil
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding repo root: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("finding repo root: no go.mod above the working directory")
		}
		dir = parent
	}
}
