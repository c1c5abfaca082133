# The two entry points: `make run` and `make test`. Both install missing Debian packages first.
# `make test-sanitize` and `make fuzz` run the checked build (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, libFuzzer harnesses) in its own folder; docs/SECURITY.md has more.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
FEED ?= demo:

SANITIZE_BUILD_DIR ?= build-sanitize
FUZZ_SECONDS ?= 10

# Sanitizer settings for the tests and the fuzzers: stop at the first report, and suppress only
# the leaks listed, with their reasons, in tests/sanitizers/lsan.supp.
SANITIZER_ENV = \
	ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0

.PHONY: deps configure build run test bench clean
.PHONY: configure-sanitize build-sanitize test-sanitize fuzz

deps:
	bash scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	bash scripts/run-dashboard.sh $(BUILD_DIR)/app/soc-dashboard --feed $(FEED)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) --timeout 600

bench: build
	cmake --build $(BUILD_DIR) --target soc_benchmarks -j $(JOBS)
	$(BUILD_DIR)/bench/soc_benchmarks

configure-sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_COMPILER=clang++ -DSOC_SANITIZE=ON -DSOC_FUZZ=ON -DSOC_BENCH=OFF

build-sanitize: configure-sanitize
	cmake --build $(SANITIZE_BUILD_DIR) -j $(JOBS)

# The packaging and translation checks run no product code, so `make test` covers them. The
# soak measures resident memory, which AddressSanitizer's quarantine of freed blocks inflates,
# and the 200,000-envelope import test outlasts QtTest's 5-minute limit under the sanitizers;
# `make test` runs both.
test-sanitize: build-sanitize
	cd $(SANITIZE_BUILD_DIR) && $(SANITIZER_ENV) \
		ctest --output-on-failure -j $(JOBS) --timeout 900 -LE 'packaging|translations|soak' \
		-E '^test_recording_actions$$'

fuzz: build-sanitize
	$(SANITIZER_ENV) bash scripts/run-fuzzers.sh $(SANITIZE_BUILD_DIR)/fuzz $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR) $(SANITIZE_BUILD_DIR)
