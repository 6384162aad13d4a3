package lexicon

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/yalu-osint/yalu/internal/model"
)

//go:embed sanctions.json
var sanctionsJSON []byte

// Directions of trade that a sanction covers.
const (
	SupplyToDPRK   = "supply_to_dprk"
	ExportFromDPRK = "export_from_dprk"
	BothDirections = "both"
)

// Resolutions are the UN Security Council DPRK resolutions a rule may cite.
var resolutions = []string{"1718", "2087", "2094", "2270", "2321", "2371", "2375", "2397"}

// SanctionRule is one row of the sanctions table.
type SanctionRule struct {
	ID          string   `json:"id"`
	Resolutions []string `json:"resolutions"`
	Direction   string   `json:"direction"`
	Category    string   `json:"category"`
	HS          []string `json:"hs"`                 // HS prefixes the rule covers
	OnlyFor     []string `json:"only_for,omitempty"` // commodity ids, when HS cannot tell the goods apart
	Note        string   `json:"note,omitempty"`
}

type sanctionFile struct {
	Rules []SanctionRule `json:"rules"`
}

// sanctionTable parses the embedded table once; it is read-only afterwards.
var sanctionTable = sync.OnceValues(func() ([]SanctionRule, error) {
	var f sanctionFile
	if err := json.Unmarshal(sanctionsJSON, &f); err != nil {
		return nil, fmt.Errorf("decoding: %w", err)
	}
	for _, r := range f.Rules {
		if r.ID == "" || r.Category == "" || len(r.HS) == 0 || len(r.Resolutions) == 0 {
			return nil, fmt.Errorf("rule %q lacks id, category, hs or resolutions: %w", r.ID, ErrInvalid)
		}
		switch r.Direction {
		case SupplyToDPRK, ExportFromDPRK, BothDirections:
		default:
			return nil, fmt.Errorf("rule %s: direction %q: %w", r.ID, r.Direction, ErrInvalid)
		}
		for _, res := range r.Resolutions {
			if !slices.Contains(resolutions, res) {
				return nil, fmt.Errorf("rule %s: resolution %q is not a DPRK sanctions resolution: %w", r.ID, res, ErrInvalid)
			}
		}
		for _, p := range r.HS {
			if normalizeHS(p) != p || len(p)%2 != 0 {
				return nil, fmt.Errorf("rule %s: HS prefix %q: %w", r.ID, p, ErrInvalid)
			}
		}
	}
	return f.Rules, nil
})

// SanctionRules returns a copy of the sanctions table.
func SanctionRules() ([]SanctionRule, error) {
	rules, err := sanctionTable()
	return slices.Clone(rules), err
}

// Sanctions says which UN Security Council DPRK resolutions cover goods of HS
// code hs ("852589", "8525.89", "27"), for direction SupplyToDPRK or
// ExportFromDPRK; any other direction, "" included, means unknown and returns
// the rules of both directions, each saying its own. A rule whose prefix is
// narrower than hs (rule 2710, code 27) is returned with a note saying which
// part it covers. Sanctions returns nil when no resolution covers the code.
// It panics if the embedded table is malformed, which the package tests rule
// out.
func Sanctions(hs, direction string) []model.Sanction {
	return CommoditySanctions("", hs, direction)
}

// CommoditySanctions is Sanctions for a known commodity id of the lexicon. It
// adds the rules that only that commodity's name can trigger, such as the ban
// on aviation fuel, which shares HS 2710 with diesel.
func CommoditySanctions(commodityID, hs, direction string) []model.Sanction {
	rules, err := sanctionTable()
	if err != nil {
		panic(fmt.Sprintf("lexicon: embedded sanctions table: %v", err))
	}
	hs = normalizeHS(hs)
	if len(hs) < 2 {
		return nil
	}
	var out []model.Sanction
	for _, r := range rules {
		if len(r.OnlyFor) > 0 && !slices.Contains(r.OnlyFor, commodityID) {
			continue
		}
		if !directionMatches(r.Direction, direction) {
			continue
		}
		full := false
		var partial []string
		for _, p := range r.HS {
			switch {
			case strings.HasPrefix(hs, p):
				full = true
			case strings.HasPrefix(p, hs):
				partial = append(partial, p)
			}
		}
		if !full && len(partial) == 0 {
			continue
		}
		s := model.Sanction{
			Resolutions: slices.Clone(r.Resolutions),
			Category:    r.Category,
			Direction:   r.Direction,
			Note:        r.Note,
		}
		if !full {
			s.Note = strings.TrimSpace(fmt.Sprintf("Covers only HS %s within HS %s. %s", strings.Join(partial, ", "), hs, r.Note))
		}
		out = append(out, s)
	}
	return out
}

func directionMatches(rule, asked string) bool {
	switch asked {
	case SupplyToDPRK, ExportFromDPRK:
		return rule == asked || rule == BothDirections
	}
	return true
}

// hsPunct removes the dots and spaces of a written HS code.
var hsPunct = strings.NewReplacer(".", "", " ", "")

// normalizeHS drops the dots and spaces of a written HS code ("8525.89") and
// returns "" when anything but digits remains.
func normalizeHS(hs string) string {
	clean := true
	for i := 0; i < len(hs); i++ {
		switch c := hs[i]; {
		case c == '.' || c == ' ':
			clean = false
		case c < '0' || c > '9':
			return ""
		}
	}
	if clean {
		return hs
	}
	return hsPunct.Replace(hs)
}
