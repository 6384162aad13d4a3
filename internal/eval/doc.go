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
//     "Changbai Korean Autonomous County" in the same country; so does a
//     gold name the gazetteer knows as a name of the predicted place in
//     that country (gold "North Phyongan", predicted "North Pyongan"), the
//     nearest this corpus comes to matching by gazetteer id.
//   - organizations: the normalised canonical names are equal, or any of the
//     predicted aliases normalises to the gold name.
//   - commodities: when both sides carry an HS code of at least 4 digits, one
//     code must be a prefix of the other; otherwise the normalised names must
//     be equal, a regular plural of the last word and British spellings aside
//     ("rice cooker" and "rice cookers", "fertiliser" and "fertilizer" are
//     one good).
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
// Part 2 (what happened) is scored as follows; "" counts as direction none.
//
//   - relevance: binary precision, recall and F1 over documents, from
//     ExtractionResult.Relevant (a nil result is not relevant).
//   - direction: accuracy over documents, and precision, recall and F1 of the
//     directions other than none: a right non-none direction is a true
//     positive, a wrong one both a false positive and a false negative, a
//     missed one (predicted none) a false negative.
//   - legs: directed; a predicted leg matches a gold leg when its from and to
//     both match by the place-name rule above, or the gazetteer knows the
//     gold name as a name of the predicted place itself, by its id (gold
//     legs have no country).
//     A hop predicted more than once (for several events) counts once, as
//     gold lists each hop once. Scored three times: all legs with the
//     general flag ignored ("legs"), specific legs only and general legs
//     only. Per-document lists come from the last two.
//   - events: a predicted event matches a gold event of the same type whose
//     good it names: both name none, the normalised names are equal, or the
//     goods' HS codes (looked up by name in each side's commodity list)
//     match by the commodity rule. Among the largest one-to-one matchings
//     the one whose pairs agree on the most attributes is taken, then each
//     attribute of a matched pair is scored as an accuracy: buyer, seller and
//     end user (normalised names equal, both empty agreeing), route (the same
//     length and each place matching in order by the place-name rule) and
//     hedged (the prediction has hedges exactly when gold says hedged).
//
// A zero denominator gives a score of 0.
package eval
