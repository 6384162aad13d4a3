// Package measure finds numbers, prices, quantities and time expressions in
// clean article text and resolves them: numbers to ranges ("thousands" is
// 1,000–9,999), prices to ISO currencies with a USD value, and dates to
// calendar spans anchored on the publication date. Every value carries the
// byte span of text it was read from.
//
// The scanner tokenises the text once and walks the tokens with small,
// bounded look-arounds, so time is linear in the text's length and no
// regular expressions run in the hot loop.
//
// Conventions a reader of the output needs to know:
//
//   - Vague counts: "a few" 2–5, "several" 3–9, "dozens" 24–99, "scores" 40–99,
//     "hundreds" 100–999, "thousands" 1,000–9,999, "tens of thousands"
//     10,000–99,999, "hundreds of thousands" 100,000–999,999, "millions"
//     1e6–9,999,999; Korean 수십 24–99 like "dozens", 수백, 수천, 수만 like
//     hundreds, thousands, tens of thousands; 여러 3–9 like "several".
//   - Qualifiers are normalised to about, over, under, nearly, at least and
//     up to. For quantities, over and at least leave Max null (open-ended);
//     under and up to give Min 0.
//   - Won (₩, 원, "won") is KPW when the won is called North Korean or when
//     the text talks about North Korean markets or money (North Korea, or a
//     North Korean city or province, with market/prices/시장/값/가격/거래,
//     unless the report names both Seoul and "South Korean"; jangmadang,
//     장마당, 북한 돈), or when the text names North Korea or a
//     North Korean place and gives no Seoul or South Korean money angle
//     (Seoul, 서울, 한화, KRW, "South Korean won"); it is KRW when called
//     South Korean (한화) or otherwise. KPW gets no table conversion: the official
//     rate is about a hundredth of the market rate that reports quote, so a
//     USD value would mislead; only the text's own conversion is kept.
//   - ¥ is CNY when the text is about China and not Japan, else JPY.
//   - Besides the won, yuan, dollar, euro, ruble, yen, pound, Hong Kong and
//     Taiwan dollar and tugrik, the currencies of the third countries in
//     this trade are read by name, code and symbol: Singapore, Australian
//     and Canadian dollars, baht (฿), dong (₫), ringgit, pesos (₱, taken as
//     Philippine), dirhams (taken as UAE), riels, rupiah, Swiss francs and
//     Indian rupees only by code (CHF, INR) or ₹; Korean 바트, 페소, 링깃,
//     디르함, 리엘, 루피아, 투그릭. Bare "francs" and "rupees" are left
//     unread: several countries use them.
//   - An exchange rate is a won price per unit of the foreign currency:
//     "one yuan fetched 2,050 won" and "1달러에 1만 8천원" give 2,050 KPW per
//     CNY and 18,000 KPW per USD, not a second price of one yuan or dollar.
//     "rose from 7,000 won to 11,000 won" is two prices; "8천원대" (in the
//     8,000s) is 8,000–8,999 and "150위안에서 200위안 사이" a range, and so
//     are "in the 8,000s won" and "the 8,000-won range". A won price is a
//     rate also when the clause opens with the foreign currency ("The
//     dollar traded at 8,150 won", "the yuan rate fell to 1,100 won", "달러
//     환율 8,100원") or names it after ("8,100 won to the dollar"); "the won
//     traded at 8,100 to the dollar" and "the won-yuan rate hit 2,100" are
//     rates without "won" after the figure.
//   - A bare figure takes the currency of the price before it in its
//     sentence when a verb of price or "with", "up from" links it and it
//     ends its clause within a factor of four of that price ("a kilo of
//     corn costs 3,000", "now it is 500"); a bare figure after "from",
//     "with", "got" or "than" likewise takes the unit of the quantity
//     before it ("up from roughly 120"). "N of them" counts what was named
//     before. "7,000-odd" and "30-plus" are over; "fewer than 100 workers"
//     is 0–99 (a count stops below the figure); "two dozen" is 24, "half a
//     dozen" 6, "a handful" 2–5. Units read before a Korean price: "한
//     마리에" head, "한 대는" each, "1인당" person; after: "per 50-kg sack"
//     "50 kg sack", "for a 20 kg bag", "/吨". "75 cents" is 0.75 USD;
//     "20.000 won" is 20,000 (won has no fractions); "KPW17,000" and
//     "US$12mn" are read; "In 2019 won prices" and "the 1990s" are years.
//   - A price followed by its own conversion ("(about $138)", "(한화 약
//     2천원)", ", or about $4,", "— roughly 4 USD —") keeps the conversion
//     as a mention, not as a second price; a dollar conversion becomes its
//     USD value with source "text". Otherwise the bundled rate table
//     converts it at the publication month. A conversion into another
//     currency (", or roughly 2.6 million roubles") is likewise only a
//     mention, and a sentence that just equates two sums ("35 yuan is about
//     19,000 won", "북한 돈으로 치면 … 110만 원이 넘는 셈이다") gives no price.
//     A conversion in parentheses may open with "it is", "that is" or
//     "which is" ("7,000won (it is about 0.9 dollar)"). Sums of aid or of
//     an appeal ("billions of dollars on aid", "$10 million in food aid",
//     "appealed for $107 million") are no prices; aid goods sold are.
//     Machine translation's "the 1 dollar is exchanged for the 9,000 won"
//     is a rate; "50 yuan a trip for hauling sacks" is per trip.
//     A sum a clause reckons from a rate or another currency ("which at
//     2,100 won to the yuan comes to about 7 yuan", "300만원을 넘는
//     셈이다") is no price either; "imports came to $292 million" is.
//     Won whose own dollar conversion implies 700–1,800 won a dollar is KRW.
//     "21,500 won to 1 dollar" is a rate, and a sum in a clause that works
//     a figure out from an earlier one (", meaning the pork costs about one
//     dollar a kilogram") is no price. The same sum stated twice is one
//     price with two mentions unless both name different items. Korean
//     groups may be spaced: "8천 5백원" is 8,500.
//   - Money that is not a price is skipped: a change of price ("rose by 300
//     won", "rose 1,000 won to 7,000 won" keeps only 7,000, "500 won more
//     than", "500원 올랐다", "1천원 가량 상승", "6천원가량 싸다", a change
//     verb that ends its clause: "lowered about 1,000 won.") and sums near words for an
//     economy, theft, rewards, budgets or damage (GDP, stole, hack, reward,
//     국내총생산, 해킹, 포상금, 피해). Fines, bribes, wages and trade totals
//     are prices. "1 USD to 18,000 KPW" is a rate, not a range. A
//     not-trade word inside a body's name ("the Ministry of External
//     Economic Relations, which charges $4 a tonne") is none; what one unit
//     "could fetch" ("A carton … could fetch $110") is a price, a supposed
//     total ("a cargo that size could fetch $2 million") is not. "한 대에
//     1,900위안에서 2,300위안," (closed by a comma, 에, 정도 …) is a range.
//   - Quantities leave out counts of generic people (people, residents,
//     soldiers, North Koreans, 명 …) unless their sentence or the one before
//     speaks of trade (smuggling, selling, arrests, fines, work, cargo …);
//     counts after a verb of harm or firing ("killed", "destroyed", "fired
//     two missiles"); a ship's size ("a ship of 5,000 tonnes"); a pack size
//     ("per 70 kg sack", "50kg 한 포대에", "a 100 ml bottle"); what one
//     package holds ("a box of 24 capsules", "라면 한 상자(24개)", ", each
//     holding 50 cartons"); barter rates ("쌀 100㎏과 바꾼다"); counts of
//     kinds, brands or models, of homes and buildings, and fractional counts
//     ("7.27 brands"); farms, shops, enterprises and campaigns; a Korean
//     count in 개 of places, firms or kinds ("20개 시·군", "7개 품목");
//     the size of one package ("sacks of about 30 kg", "pouches of 5 to 10
//     grams"); a rating glued to a number ("5kW", "60Ah"); what a plant
//     "can produce"; totals of production, harvest, demand or reserves;
//     lengths and areas; nights; finishing places, companies, sales; a
//     number naming a body ("the 1718 Committee"); "20x10"; a range whose
//     first figure is no quantity ("vessels of 2,000 to 3,000 tonnes");
//     ratings in words ("a 5 kilowatt inverter"); yields ("100 frogs are
//     needed for one kilogram"); allowances per person ("1인당 50kg");
//     states, names, hands and factories; a size before a box ("10kg
//     상자에", "in 20 liter containers"); exactly 1 kg or 1 g (the
//     unit of a rate: "28 yuan for 1 kg"); a ration ("10 kg to any one
//     customer"); "50kg짜리". The Workers' Party (노동당) is no sign of
//     trade. "two or three" and 두세 are 2–3, 서너 3–4, "several dozen" 24–99,
//     "20개에서 30개" and "500㎏에서 700㎏" 20–30 and 500–700; "in groups
//     of 20 to 30", "employs more than 800", "twenty of the jeeps" and "64
//     round trips", "5,000 rounds of ammunition" and "50여 대였다" are
//     counts; "5kg이 넘는다" is open-ended. "20, 30 barges" and "two,
//     three trucks" are ranges (the second at most twice the first, a noun
//     after, no list or "the" before); machine translation's "the 300
//     phone in the river" and "the two smuggler was arrested" are counts,
//     "the two ships" refers back. Ports, roads and bridges are no goods;
//     people "sent back" or repatriated are no traders unless their own
//     sentence says so; "배가 세 번 떠났다" (a ship or truck as subject,
//     a verb of its run) counts shipments. Soldiers or troops "sent" or
//     dispatched are no traders (workers are); places counted in 곳 that
//     the sentence visits or inspects (현지지도, 시찰, 방문) are no
//     quantity. "a couple of hundred" is 200; "one and a half tonnes", "a
//     tonne and a half", "half a tonne", "half a sack" and "쌀 반 포대"
//     are 1.5, 1.5, 0.5 and 0.5, unless a price follows ("half a kilo of
//     pork costs …", "반 포대에 5만 원"); "less than half a kilo" is what
//     money buys; "more than a hundred" is open-ended.
//   - Month names must be capitalised; "May" also needs a date context
//     ("in May", "May 3", "May 2024"). Part-of-month: early 1–10, mid 11–20,
//     late 21–end; "the end of 2019" and 지난해 말 are December 21–31. A
//     month without a year is the latest such month that has begun by
//     publication, unless it begins within the next three months and no
//     "since", "from" or 지난 points back (reports name last year's months
//     with the year); after a month dated in an earlier year ("mid-June
//     2018"), later months follow that year. Seasons likewise. A month "of
//     that year", "that same year" or after 그해 / 같은 해 takes the single
//     year stated last. A season someone "spent" ("spent the autumn casting
//     statues") is a date; "spent the winter savings" is not. A weekday is
//     the latest such day on or before publication. "last week" is the
//     Monday–Sunday week before the publication's week (precision "week");
//     "more than a year ago" is vague and skipped, and so are "the start of
//     last year" (like "early 2020"), "the 12th such case", "the end of the
//     year", "before the end of next month" (a deadline), "earlier this
//     week/month/year", early/mid/late of a year ("early 2020", "late last
//     year"), decades (2000년대), 지난해 이맘때 and a season one works
//     "ahead of" (겨울을 앞두고). "the April 25 Sports Team" is a name. Halves, quarters and "the first five months" of a year
//     (상반기, 하반기, 1분기) are spans; "of the year" is the publication's
//     year unless most of the span would still lie ahead, then the year
//     before. "3월부터 5월까지", "11월부터 12월 사이", "3월에서 5월 사이" and
//     "June 3-5" are one span. A bare season that qualifies a noun ("겨울
//     솜옷") is not a date; the season of a good ("가을 송이 철") and "this
//     summer's" are; the machine-translated "the early of February" is early February; "its
//     2019 report" and "a 2017 U.N. Security Council resolution" date
//     their year. "the first/second/third/fourth/last week of March" is
//     days 1–7, 8–14, 15–21, 22–28 or its last seven; "the first ten days
//     of November" 1–10; "the second half of October" 16–31; "the final
//     three months of the year" October–December. A date after "since"
//     anchors no narrative. Plans ("due to", "will", "must", "this
//     weekend", 오는 14일) take the coming day, weekend or season. 올가을,
//     지난겨울 and "this year spring" are seasons, and so is a season "over
//     the" or "throughout the"; one drawing near (다가오는) is not.
package measure
