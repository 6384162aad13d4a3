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
//     1e6–9,999,999; Korean 수십 10–99, 수백, 수천, 수만 likewise.
//   - Qualifiers are normalised to about, over, under, nearly, at least and
//     up to. For quantities, over and at least leave Max null (open-ended);
//     under and up to give Min 0.
//   - Won (₩, 원, "won") is KPW when the won is called North Korean or when
//     the text talks about North Korean markets or money (North Korea with
//     market/jangmadang/prices, 장마당, 북한 시장/돈); it is KRW when called South
//     Korean (한화) or otherwise. KPW gets no table conversion: the official
//     rate is about a hundredth of the market rate that reports quote, so a
//     USD value would mislead; only the text's own conversion is kept.
//   - ¥ is CNY when the text is about China and not Japan, else JPY.
//   - A price followed by its own USD conversion ("(about $138)") gets a USD
//     value with source "text", and the dollar figure is not a second price.
//     Otherwise the bundled rate table converts it at the publication month.
//   - Month names must be capitalised; "May" also needs a date context
//     ("in May", "May 3", "May 2024"). Part-of-month: early 1–10, mid 11–20,
//     late 21–end. A month without a year is the latest such month that does
//     not start after publication. A weekday is the latest such day on or
//     before publication. "last week" is the Monday–Sunday week before the
//     publication's week (precision "week").
package measure
