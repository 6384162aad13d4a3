// Package eval scores extraction output against the hand-annotated
// development corpus in testdata/corpus and backs `yalu eval`.
//
// Each corpus document NNN-slug.txt has a gold file NNN-slug.gold.json (see
// Gold). Score runs a predictor over every case and reports micro-averaged
// precision, recall and F1 per field, plus per-document misses and false hits.
//
// Matching rules, per field:
//
//   - places: names are normalised (lowercased; diacritics, apostrophes and
//     hyphens removed; whitespace collapsed; a trailing " province",
//     " county" or " city" dropped) and countries (ISO 3166-1 alpha-2) must be
//     equal. A gold name whose words are the leading words of the predicted
//     name also matches, so gold "Changbai" accepts a predicted
//     "Changbai Korean Autonomous County" in the same country.
//   - organizations: the normalised canonical names are equal, or any of the
//     predicted aliases normalises to the gold name.
//   - commodities: when both sides carry an HS code of at least 4 digits, one
//     code must be a prefix of the other; otherwise the normalised names must
//     be equal.
//   - prices: equal currency, amount within 0.5% of the gold amount, and if
//     either side has amount_max, both have it and they agree within 0.5%.
//   - quantities: equal min and equal max (both open-ended, or both equal).
//   - dates: equal start and end (YYYY-MM-DD).
//
// Matching is one-to-one (a multiset matching): each gold item is matched by
// at most one prediction and vice versa, and the matching is maximal, so the
// order of predictions never changes the score. A prediction left over is a
// false positive, a gold item left over a false negative.
//
// Relevance is scored as a binary classification over documents when the
// caller supplies WithRelevance; documents for which the predictor reports
// the answer as unknown are skipped. A zero denominator gives a score of 0.
package eval
