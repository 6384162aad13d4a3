package measure

import (
	"testing"
	"time"
)

func TestDates(t *testing.T) {
	// pub is Friday 2025-03-28.
	tests := []struct {
		name string
		text string
		pub  time.Time
		want []dateWant
	}{
		{"early March", "They placed the order in early March.", pub, []dateWant{{"early March", "2025-03-01", "2025-03-10", "part-of-month"}}},
		{"mid-March", "Deliveries resumed mid-March.", pub, []dateWant{{"mid-March", "2025-03-11", "2025-03-20", "part-of-month"}}},
		{"late March last year", "It closed in late March last year.", day(2025, 2, 10), []dateWant{{"late March last year", "2024-03-21", "2024-03-31", "part-of-month"}}},
		{"since late March", "It has been shut since late March.", day(2025, 2, 10), []dateWant{{"late March", "2024-03-21", "2024-03-31", "part-of-month"}}},
		{"late March ahead", "Talks are due in late March.", day(2025, 2, 10), []dateWant{{"late March", "2025-03-21", "2025-03-31", "part-of-month"}}},
		{"late February leap", "by late February", day(2024, 3, 5), []dateWant{{"late February", "2024-02-21", "2024-02-29", "part-of-month"}}},
		{"in March", "The border reopened in March.", pub, []dateWant{{"March", "2025-03-01", "2025-03-31", "month"}}},
		{"future month is last year", "Prices spiked in November.", pub, []dateWant{{"November", "2024-11-01", "2024-11-30", "month"}}},
		{"last month", "Last month, traders visited Guangzhou.", pub, []dateWant{{"Last month", "2025-02-01", "2025-02-28", "month"}}},
		{"last month january", "last month", day(2025, 1, 15), []dateWant{{"last month", "2024-12-01", "2024-12-31", "month"}}},
		{"this month", "this month", pub, []dateWant{{"this month", "2025-03-01", "2025-03-31", "month"}}},
		{"earlier this month", "earlier this month", pub, nil},
		{"earlier this week", "talks were held earlier this week", pub, nil},
		{"late last month", "late last month", pub, []dateWant{{"late last month", "2025-02-21", "2025-02-28", "part-of-month"}}},
		{"last year", "Exports fell last year.", pub, []dateWant{{"last year", "2024-01-01", "2024-12-31", "year"}}},
		{"in 2024", "Trade grew in 2024.", pub, []dateWant{{"2024", "2024-01-01", "2024-12-31", "year"}}},
		{"on March 15", "The ship docked on March 15.", pub, []dateWant{{"March 15", "2025-03-15", "2025-03-15", "day"}}},
		{"March 15, 2023", "on March 15, 2023, officials met", pub, []dateWant{{"March 15, 2023", "2023-03-15", "2023-03-15", "day"}}},
		{"15 March 2023", "on 15 March 2023", pub, []dateWant{{"15 March 2023", "2023-03-15", "2023-03-15", "day"}}},
		{"March 2024", "in March 2024", pub, []dateWant{{"March 2024", "2024-03-01", "2024-03-31", "month"}}},
		{"on the 15th", "Police raided it on the 15th.", pub, []dateWant{{"the 15th", "2025-03-15", "2025-03-15", "day"}}},
		{"the 30th of a short month", "on the 30th", pub, nil}, // 30th is ahead; February has none
		{"on the 20th future", "on the 20th", day(2025, 3, 10), []dateWant{{"the 20th", "2025-02-20", "2025-02-20", "day"}}},
		{"last week", "last week", pub, []dateWant{{"last week", "2025-03-17", "2025-03-23", "week"}}},
		{"yesterday", "yesterday", pub, []dateWant{{"yesterday", "2025-03-27", "2025-03-27", "day"}}},
		{"on Tuesday", "The truck left on Tuesday.", pub, []dateWant{{"Tuesday", "2025-03-25", "2025-03-25", "day"}}},
		{"on Friday same day", "on Friday", pub, []dateWant{{"Friday", "2025-03-28", "2025-03-28", "day"}}},
		{"last Friday", "last Friday", pub, []dateWant{{"last Friday", "2025-03-21", "2025-03-21", "day"}}},
		{"February", "February", pub, []dateWant{{"February", "2025-02-01", "2025-02-28", "month"}}},
		{"between", "between January and March", pub, []dateWant{{"January and March", "2025-01-01", "2025-03-31", "month"}}},
		{"from to years", "from 2019 to 2021", pub, []dateWant{{"2019 to 2021", "2019-01-01", "2021-12-31", "year"}}},
		{"range across year", "between November and February", pub, []dateWant{{"November and February", "2024-11-01", "2025-02-28", "month"}}},
		{"two weeks ago", "two weeks ago", pub, []dateWant{{"two weeks ago", "2025-03-10", "2025-03-16", "week"}}},
		{"3 days ago", "3 days ago", pub, []dateWant{{"3 days ago", "2025-03-25", "2025-03-25", "day"}}},
		{"last winter (just ended)", "last winter", pub, []dateWant{{"last winter", "2024-12-01", "2025-02-28", "season"}}},
		{"last winter (during winter)", "last winter", day(2025, 1, 20), []dateWant{{"last winter", "2023-12-01", "2024-02-29", "season"}}},
		{"this winter", "this winter", day(2025, 1, 20), []dateWant{{"this winter", "2024-12-01", "2025-02-28", "season"}}},
		{"spring 2024", "in spring 2024", pub, []dateWant{{"spring 2024", "2024-03-01", "2024-05-31", "season"}}},
		{"in the summer", "in the summer", day(2025, 1, 20), []dateWant{{"summer", "2024-06-01", "2024-08-31", "season"}}},
		{"before spring", "Few expect it to reopen before spring.", day(2020, 2, 7), []dateWant{{"spring", "2020-03-01", "2020-05-31", "season"}}},
		{"since the spring", "since the spring", day(2025, 2, 7), []dateWant{{"spring", "2024-03-01", "2024-05-31", "season"}}},
		{"early this year", "early this year", pub, nil},
		{"early 2024", "early 2024", pub, nil},
		{"late last year", "shipped since late last year", pub, nil},
		{"mid-2023", "a deal signed in mid-2023", pub, nil},
		{"the end of March", "at the end of March", pub, []dateWant{{"the end of March", "2025-03-21", "2025-03-31", "part-of-month"}}},
		{"modal may", "Traders may smuggle more. They may not.", pub, nil},
		{"in May", "A second batch is expected in May.", pub, []dateWant{{"May", "2025-05-01", "2025-05-31", "month"}}},
		{"since May", "since May", pub, []dateWant{{"May", "2024-05-01", "2024-05-31", "month"}}},
		{"in May long ago", "in May", day(2025, 12, 1), []dateWant{{"May", "2025-05-01", "2025-05-31", "month"}}},
		{"May 3", "May 3", day(2025, 9, 1), []dateWant{{"May 3", "2025-05-03", "2025-05-03", "day"}}},
		{"narrative year", "They left in mid-June 2018 and arrived at the end of July. On October 7 they sailed.", pub,
			[]dateWant{{"mid-June 2018", "2018-06-11", "2018-06-20", "part-of-month"}, {"the end of July", "2018-07-21", "2018-07-31", "part-of-month"}, {"October 7", "2018-10-07", "2018-10-07", "day"}}},
		{"January last year", "up from 120 in January last year", day(2019, 4, 12), []dateWant{{"January last year", "2018-01-01", "2018-01-31", "month"}}},
		{"lowercase march", "troops march north", pub, nil},
		{"March 1st Movement", "the March 1st Movement anniversary", pub, nil},
		{"Korean last month", "지난달 거래가 늘었다.", pub, []dateWant{{"지난달", "2025-02-01", "2025-02-28", "month"}}},
		{"Korean early this month", "이달 초 들여왔다.", pub, []dateWant{{"이달 초", "2025-03-01", "2025-03-10", "part-of-month"}}},
		{"Korean 3월 초", "3월 초 주문했다.", pub, []dateWant{{"3월 초", "2025-03-01", "2025-03-10", "part-of-month"}}},
		{"Korean 3월초 glued", "3월초에 주문했다.", pub, []dateWant{{"3월초", "2025-03-01", "2025-03-10", "part-of-month"}}},
		{"Korean last year", "작년 수출", pub, []dateWant{{"작년", "2024-01-01", "2024-12-31", "year"}}},
		{"Korean year month", "2025년 3월 밀수", pub, []dateWant{{"2025년 3월", "2025-03-01", "2025-03-31", "month"}}},
		{"Korean month day", "3월 15일 압수", pub, []dateWant{{"3월 15일", "2025-03-15", "2025-03-15", "day"}}},
		{"Korean 지난 15일", "지난 15일 단속", pub, []dateWant{{"지난 15일", "2025-03-15", "2025-03-15", "day"}}},
		{"Korean 중순", "2월 중순", pub, []dateWant{{"2월 중순", "2025-02-11", "2025-02-20", "part-of-month"}}},
		{"Korean last month particle", "지난달에만 2만 벌이 넘어갔다.", pub, []dateWant{{"지난달", "2025-02-01", "2025-02-28", "month"}}},
		{"Korean late last month", "지난달 말의 2만 2천원보다", pub, []dateWant{{"지난달 말", "2025-02-21", "2025-02-28", "part-of-month"}}},
		{"Korean next month apart", "다음 달에도 검열을 이어간다.", pub, []dateWant{{"다음 달", "2025-04-01", "2025-04-30", "month"}}},
		{"Korean this month day", "이달 10일 환전상들은", pub, []dateWant{{"이달 10일", "2025-03-10", "2025-03-10", "day"}}},
		{"Korean span", "단속은 지난달 20일부터 열흘 동안 진행됐다.", pub, []dateWant{{"지난달 20일부터 열흘 동안", "2025-02-20", "2025-03-01", "day"}}},
		{"Korean bare day", "통신이 8일 보도했다. 5일 만에 끝났다.", pub, []dateWant{{"8일", "2025-03-08", "2025-03-08", "day"}}},
		{"Korean year month", "올해 1월부터 막았다.", pub, []dateWant{{"올해 1월", "2025-01-01", "2025-01-31", "month"}}},
		{"Korean end of last year", "지난해 말부터 규정해 왔다.", pub, []dateWant{{"지난해 말", "2024-12-21", "2024-12-31", "part-of-month"}}},
		{"Korean same time last year", "지난해 같은 시기 8천원대였다.", pub, []dateWant{{"지난해 같은 시기", "2024-03-01", "2024-03-31", "month"}}},
		{"Korean season this year", "올해 봄부터 끊겼다.", day(2024, 7, 12), []dateWant{{"올해 봄", "2024-03-01", "2024-05-31", "season"}}},
		{"Korean autumn ahead", "가을 수확 전까지 오를 것이다.", day(2024, 7, 12), []dateWant{{"가을", "2024-09-01", "2024-11-30", "season"}}},
		{"Korean past month", "지난 3월 계약을 맺었다.", day(2019, 8, 9), []dateWant{{"3월", "2019-03-01", "2019-03-31", "month"}}},
		{"Korean month ahead", "10월까지 늘 것이다.", day(2019, 8, 9), []dateWant{{"10월", "2019-10-01", "2019-10-31", "month"}}},
		{"end of year", "by the end of 2019", pub, []dateWant{{"the end of 2019", "2019-12-21", "2019-12-31", "part-of-month"}}},
		{"end of last year", "at the end of last year", pub, []dateWant{{"the end of last year", "2024-12-21", "2024-12-31", "part-of-month"}}},
		{"first half", "in the first half of 2024 alone", pub, []dateWant{{"the first half of 2024", "2024-01-01", "2024-06-30", "part-of-year"}}},
		{"end of month mt", "The crackdown will be continued until the end of month.", pub, []dateWant{{"the end of month", "2025-03-21", "2025-03-31", "part-of-month"}}},
		{"nth of this month", "from the 5th of this month", pub, []dateWant{{"the 5th of this month", "2025-03-05", "2025-03-05", "day"}}},
		{"on 2nd mt", "the source reported on 2nd.", pub, []dateWant{{"2nd", "2025-03-02", "2025-03-02", "day"}}},
		{"the 18th minute", "He scored in the 18th minute.", pub, nil},
		{"the nth such", "Officials said it was the 12th such case this decade.", pub, nil},
		{"the 12th is a day", "The ship left on the 12th, officials said.", pub, []dateWant{{"the 12th", "2025-03-12", "2025-03-12", "day"}}},
		{"start of last year vague", "The rate has doubled since the start of last year.", pub, nil},
		{"beginning of 2023 vague", "at the beginning of 2023", pub, nil},
		{"end of last year kept", "Trade resumed at the end of last year.", pub, []dateWant{{"the end of last year", "2024-12-21", "2024-12-31", "part-of-month"}}},
		{"weekend", "The river burst its banks over the weekend.", pub, []dateWant{{"the weekend", "2025-03-22", "2025-03-23", "day"}}},
		{"year span short", "the 1950-53 Korean War", pub, []dateWant{{"1950-53", "1950-01-01", "1953-12-31", "year"}}},
		{"between part and day", "between late August and September 10", day(2024, 9, 13), []dateWant{{"late August and September 10", "2024-08-21", "2024-09-10", "part-of-month"}}},
		{"vague ago", "the lines it cut more than a year ago", pub, nil},
		{"month next year boundary", "Demand peaks in January.", day(2023, 12, 15), []dateWant{{"January", "2024-01-01", "2024-01-31", "month"}}},
		{"no pub relative", "last month in March 2024", time.Time{}, []dateWant{{"March 2024", "2024-03-01", "2024-03-31", "month"}}},
		{"merge same span", "Last month ... in February", pub, []dateWant{{"Last month", "2025-02-01", "2025-02-28", "month"}}},
		// A month "of that year" takes the year stated just before it.
		{"month of that year", "Coal exports were banned in 2017, and textile sales in September of that year.", pub,
			[]dateWant{{"2017", "2017-01-01", "2017-12-31", "year"}, {"September of that year", "2017-09-01", "2017-09-30", "month"}}},
		{"month that same year", "The yard opened in 2019. In June that same year the first barge left.", pub,
			[]dateWant{{"2019", "2019-01-01", "2019-12-31", "year"}, {"June that same year", "2019-06-01", "2019-06-30", "month"}}},
		{"that year after a span of years", "Trade fell between 2019 and 2020; in June of that year the bridge shut.", pub,
			[]dateWant{{"2019 and 2020", "2019-01-01", "2020-12-31", "year"}, {"June", "2025-06-01", "2025-06-30", "month"}}},
		{"그해", "2016년 제재가 나왔고, 그해 11월 석탄 수출이 막혔다.", pub,
			[]dateWant{{"2016년", "2016-01-01", "2016-12-31", "year"}, {"그해 11월", "2016-11-01", "2016-11-30", "month"}}},
		{"그해 without a year", "그해 11월 석탄 수출이 막혔다.", pub, []dateWant{{"11월", "2024-11-01", "2024-11-30", "month"}}},
		// A season someone spent doing something.
		{"spent the winter", "Porters spent the winter hauling firewood to Hyesan.", pub, []dateWant{{"winter", "2024-12-01", "2025-02-28", "season"}}},
		{"spent the winter savings", "She spent the winter savings on maize.", pub, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDates(t, tt.text, tt.pub, tt.want) })
	}
}

// dateWant is one date a test expects: its text, inclusive span and precision.
type dateWant struct{ text, start, end, prec string }

// checkDates checks that Dates reads exactly the dates ws from text
// published on pub, in order, each with mentions that point at its text.
func checkDates(t *testing.T, text string, pub time.Time, ws []dateWant) {
	t.Helper()
	got := Dates(text, pub)
	if len(got) != len(ws) {
		t.Fatalf("got %d dates %+v, want %d", len(got), got, len(ws))
	}
	for i, w := range ws {
		g := got[i]
		if g.Text != w.text || g.Start != w.start || g.End != w.end || g.Precision != w.prec {
			t.Errorf("got %q %s..%s %s, want %q %s..%s %s", g.Text, g.Start, g.End, g.Precision, w.text, w.start, w.end, w.prec)
		}
		checkMentions(t, text, g.Mentions)
	}
}

func TestDatesMergeMentions(t *testing.T) {
	got := Dates("Last month they left. 지난달 또 떠났다. In February it snowed.", pub)
	if len(got) != 1 || len(got[0].Mentions) != 3 {
		t.Fatalf("got %+v, want one date with three mentions", got)
	}
}
