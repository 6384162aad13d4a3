// Package dates reads the publication dates that news pages and feeds print:
// machine formats (RFC 1123, RFC 3339), English, Korean, Chinese and Japanese
// prose dates, and relative forms ("3 hours ago", "어제", "昨天"). It is a
// hand-written tokenizer rather than a set of regular expressions so that
// scanning every line of a page for datelines stays cheap.
package dates

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Precision values of Date.
const (
	PrecisionSecond = "second"
	PrecisionMinute = "minute"
	PrecisionDay    = "day"
	PrecisionMonth  = "month"
	PrecisionYear   = "year"
)

// ErrNoDate is returned by Parse when s is not a date it understands.
var ErrNoDate = errors.New("not a recognised date")

// Date is a parsed date. Time is in UTC when the text named no zone
// (HasZone false); callers that know the source's zone may reinterpret it.
type Date struct {
	Time      time.Time
	Precision string
	HasZone   bool
}

// Found is a date found inside a longer text; Start and End are byte offsets
// of Text in that text.
type Found struct {
	Date  Date
	Start int
	End   int
	Text  string
}

// machineLayouts are tried with time.Parse before the tokenizer. They are only
// attempted when the string looks like one of them (see looksMachine).
var machineLayouts = []struct {
	layout    string
	precision string
	zone      bool
}{
	{time.RFC3339Nano, PrecisionSecond, true},
	{"2006-01-02T15:04Z07:00", PrecisionMinute, true},
	{"2006-01-02T15:04:05.999999999", PrecisionSecond, false},
	{"2006-01-02T15:04", PrecisionMinute, false},
	{time.RFC1123Z, PrecisionSecond, true},
	{time.RFC1123, PrecisionSecond, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", PrecisionSecond, true},
	{"Mon, 2 Jan 2006 15:04:05 MST", PrecisionSecond, true},
	{"Mon, 02 Jan 2006 15:04 -0700", PrecisionMinute, true},
	{"Mon, 02 Jan 2006 15:04 MST", PrecisionMinute, true},
	{time.RFC850, PrecisionSecond, true},
	{time.RFC822Z, PrecisionMinute, true},
	{time.RFC822, PrecisionMinute, true},
	{time.ANSIC, PrecisionSecond, false},
	{time.UnixDate, PrecisionSecond, true},
}

// Parse reads s as one date. Relative forms ("2 hours ago", "어제") and
// dates without a year are resolved against ref; a zero ref rejects them.
// Text without a zone is read as UTC and HasZone is false.
func Parse(s string, ref time.Time) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return Date{}, ErrNoDate
	}
	if looksMachine(s) {
		for _, l := range machineLayouts {
			t, err := time.Parse(l.layout, s)
			if err != nil {
				continue
			}
			if l.zone && isNamedUnknownZone(t) {
				// time.Parse invents a zero offset for unknown abbreviations.
				t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
			}
			if t.Year() < minYear || t.Year() > maxYear {
				return Date{}, fmt.Errorf("year %d out of range: %w", t.Year(), ErrNoDate)
			}
			if !l.zone {
				t = t.UTC()
			}
			return Date{Time: t, Precision: l.precision, HasZone: l.zone}, nil
		}
	}
	toks := tokenize(s)
	d, n, ok := interpret(toks, ref)
	if !ok || n != len(toks) {
		return Date{}, ErrNoDate
	}
	return d, nil
}

func isNamedUnknownZone(t time.Time) bool {
	name, off := t.Zone()
	return off == 0 && name != "UTC" && name != "GMT" && name != "Z" && name != ""
}

// looksMachine reports whether s may be an RFC 3339/1123-style stamp.
func looksMachine(s string) bool {
	if len(s) < 16 {
		return false
	}
	if s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == 't') {
		return true
	}
	return strings.Contains(s, ":") && (s[3] == ',' || strings.HasSuffix(s, "GMT") || strings.HasSuffix(s, "UTC") || strings.Contains(s, " +") || strings.Contains(s, " -"))
}

const (
	minYear = 1900
	maxYear = 2100
)
