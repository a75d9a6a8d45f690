// Package bench holds the benchmarks that run on a certification body's
// archive: thousands of applications in one case file, as demo.Archive writes
// them. The archive is generated once and cached (SHINSA_BENCH_DIR, default
// the system's temporary directory); see the README's benchmark section.
package bench
