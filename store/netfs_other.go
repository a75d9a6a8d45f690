//go:build !linux && !darwin && !windows

package store

// networkFS cannot tell on this system.
func networkFS(dir string) string { return "" }
