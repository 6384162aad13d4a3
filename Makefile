# yalu's one build file. `make test` runs every test; `make check` runs the
# linters CI runs; `make bench` runs the benchmarks recorded in the README.
export CGO_ENABLED := 0
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: build test check bench generate fuzz

build:
	go build -o bin/yalu ./cmd/yalu

test:
	go test -count=1 ./...

check:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt would change:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	go vet ./...
	go vet ./internal/extract/events/testdata/tools/... ./internal/extract/goods/testdata/tools/...
	go run $(STATICCHECK) ./... ./internal/extract/events/testdata/tools/... ./internal/extract/goods/testdata/tools/...
	go mod tidy
	@git diff --quiet -- go.mod go.sum || { echo "go mod tidy changed go.mod/go.sum: run it and commit"; git diff -- go.mod go.sum | head -40; exit 1; }
	cd internal/extract/events && go generate . >/dev/null
	@git diff --quiet -- internal/extract/events/legmodel.json || { echo "the leg model does not match the code and the annotated sets: run go generate ./internal/extract/events and commit legmodel.json"; exit 1; }

generate:
	go generate ./...

bench:
	go test -run '^$$' -bench . -benchtime 3x ./...

fuzz:
	@for t in $$(grep -rl --include='*_test.go' '^func Fuzz' internal | xargs -n1 dirname | sort -u); do \
	  for f in $$(grep -h '^func Fuzz' $$t/*_test.go | sed 's/func \(Fuzz[A-Za-z0-9_]*\).*/\1/'); do \
	    echo "== $$t $$f"; go test -run '^$$' -fuzz "^$$f$$" -fuzztime 20s ./$$t || exit 1; done; done
