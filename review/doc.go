// Package review holds shinsa's domain values and the rules that need no I/O:
// applications, answers, findings, verdicts, validity dates, text normalisation
// and the one sanitiser every output goes through.
//
// It never touches a file, the network or the terminal; that keeps it easy to
// test and to fuzz.
package review
