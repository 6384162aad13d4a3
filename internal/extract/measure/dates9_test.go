package measure

import "testing"

// TestDatesSession9 holds date phrasings of the heldout14 study, in our own
// sentences: a part of a month with "in" between ("early in July"), a
// Korean month range written with a tilde or a dash ("6~9월"), and a season
// of last year written as two words ("지난해 가을만 해도").
func TestDatesSession9(t *testing.T) {
	pub := day(2026, 2, 5)
	tests := []struct {
		name string
		text string
		want []dateWant
	}{
		{"early in a month", "Farmers sold their pigs early in July, before feed ran out.",
			[]dateWant{{"early in July", "2025-07-01", "2025-07-10", "part-of-month"}}},
		{"late in a month", "The barges were loaded late in September.",
			[]dateWant{{"late in September", "2025-09-21", "2025-09-30", "part-of-month"}}},
		{"Korean month range with tilde", "어선들은 한 철(6~9월) 동해에서 조업한다.",
			[]dateWant{{"6~9월", "2025-06-01", "2025-09-30", "month"}}},
		{"Korean month range with dash", "7-8월에는 값이 내려간다.",
			[]dateWant{{"7-8월", "2025-07-01", "2025-08-31", "month"}}},
		{"last year's autumn with 만", "지난해 가을만 해도 쌀값이 쌌다.",
			[]dateWant{{"지난해 가을", "2025-09-01", "2025-11-30", "season"}}},
		{"last year's spring with 에는", "작년 봄에는 국경이 닫혀 있었다.",
			[]dateWant{{"작년 봄", "2025-03-01", "2025-05-31", "season"}}},
		{"same month last year after last month", "교역액이 지난달 2억 달러로 지난해 같은 달보다 14% 늘었다.",
			[]dateWant{{"지난달", "2026-01-01", "2026-01-31", "month"}, {"지난해 같은 달", "2025-01-01", "2025-01-31", "month"}}},
		{"same month last year after a named month", "1월 수입은 지난해 같은 달의 두 배였다.",
			[]dateWant{{"1월", "2026-01-01", "2026-01-31", "month"}, {"지난해 같은 달", "2025-01-01", "2025-01-31", "month"}}},
		{"same month last year with no month before", "수입이 지난해 같은 달보다 늘었다.",
			[]dateWant{{"지난해 같은 달", "2025-02-01", "2025-02-28", "month"}}},
		// A month without a year in a plan is the next one; in a past event the last one.
		{"month in a plan ahead", "Officials said the bridge will reopen by October.",
			[]dateWant{{"October", "2026-10-01", "2026-10-31", "month"}}},
		{"month of an order to finish", "He ordered the second ship to be finished by November.",
			[]dateWant{{"November", "2026-11-01", "2026-11-30", "month"}}},
		{"month of an expected resumption", "Trade is expected to resume in September.",
			[]dateWant{{"September", "2026-09-01", "2026-09-30", "month"}}},
		{"month in the past", "The coal had been shipped by October.",
			[]dateWant{{"October", "2025-10-01", "2025-10-31", "month"}}},
		// Not dates: a ratio of months worked, a score.
		{"early in the season", "Prices rose early in the season.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, pub, tt.want) })
	}
}
