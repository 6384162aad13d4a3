// Package polltest holds the feed poller's tests against the real SQLite
// store and an httptest news site. They live outside package feed so that
// feed's test binary does not link SQLite: fuzzing instruments every linked
// package, and SQLite's coverage counters would double the cost of each run
// of FuzzParse.
package polltest
