# Keelson — the commands a user and CI run. `make help` lists them.
GO ?= go
# The jsii runtime prints a Node end-of-life banner on every start; it is noise here.
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION ?= 1
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION ?= 18,20

.PHONY: help synth test bench lint bindings bindings-check docs cost

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

synth: ## synthesize every stack into cdktf.out/stacks/
	$(GO) run .

test: ## run every test layer (unit, synth assertions, terraform validate/test, policy, golden, charts, workflows, docs)
	$(GO) test -count=1 -timeout 45m ./...

bench: ## whole-synth time vs a one-resource AWS app, and their ratio
	./scripts/bench.sh

lint: ## gofmt and go vet
	@test -z "$$(gofmt -l $$(git ls-files '*.go' | grep -v '^generated/'))" || { gofmt -l $$(git ls-files '*.go' | grep -v '^generated/'); echo 'gofmt: files above need formatting'; exit 1; }
	$(GO) vet ./...

bindings: ## regenerate the helm and kubernetes provider bindings into generated/
	./scripts/bindings/generate.sh

bindings-check: ## regenerate the bindings into a temp dir and fail if generated/ differs
	./scripts/bindings/generate.sh --check

docs: ## regenerate the generated parts of help/ (tables, diagrams, cost)
	$(GO) run . docs

cost: ## monthly estimate per environment, priced from a synth (prices and assumptions in cost/)
	$(GO) run . cost
