package main

import (
	"time"

	"github.com/spf13/cobra"

	"shinsa/review"
)

// runOpen shows a case file. The terminal workbench replaces this listing.
func runOpen(cmd *cobra.Command, path string) error {
	s, err := openCase(path)
	if err != nil {
		return err
	}
	defer s.Close()
	sums, err := s.Summaries(cmd.Context())
	if err != nil {
		return bad(err)
	}
	reg, err := s.Registry(cmd.Context())
	if err != nil {
		return bad(err)
	}
	printList(cmd.OutOrStdout(), rowsOf(sums, reg, review.DateOf(time.Now())))
	return nil
}
