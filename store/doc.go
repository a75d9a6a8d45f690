// Package store owns the case file: a SQLite database holding applications,
// their answers exactly as submitted, findings, imported catalog editions and an
// append-only, hash-chained event log. All SQL of the program lives here.
//
// Durability rules (see ARCHITECTURE.md): WAL, synchronous=FULL, immediate
// write transactions through one writer connection, a header check before the
// file is opened, quick_check after. Nothing here prints or exits; callers get
// errors that name the file and the cause.
package store
