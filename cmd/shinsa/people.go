package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"shinsa/review"
	"shinsa/store"
)

func init() { register(newPeopleCmd) }

func newPeopleCmd() *cobra.Command {
	var asJSON bool
	var role string
	var keys []string
	c := &cobra.Command{
		Use:   "people CASEFILE [add|remove|set-role NAME]",
		Short: "The office's roster: who may do what, and their SSH keys",
		Long: `The office's roster: the people who work on the case file, each with a role
and the SSH public keys 'shinsa serve' knows them by.

  reviewer   records findings (審査担当)
  checker    signs off the second check (二次審査)
  committee  decides: certified or rejected, and reopens a decision (決定)
  viewer     reads; records nothing

While the roster is empty, anyone may do anything (a reviewer working
alone). Once it names someone, every name given with --reviewer must be on
it, and the roles gate every write, on the command line, in the workbench
and over SSH. Every change to the roster is an event in the log.

A person already on the roster gets another key with 'add NAME --key FILE'.
Removing a person removes their keys; what they recorded stays theirs.`,
		Example: `  shinsa people office.shinsa add 佐藤 --role reviewer --key sato.pub
  shinsa people office.shinsa add 鈴木 --role committee --key suzuki.pub
  shinsa people office.shinsa set-role 佐藤 checker
  shinsa people office.shinsa remove 佐藤
  shinsa people office.shinsa --json`,
		Args: cobra.RangeArgs(1, 4),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			path := args[0]
			verb := ""
			if len(args) > 1 {
				verb = args[1]
			}
			need := func(n int, usage string) error {
				if len(args) != n {
					return fail(exitBad, "people %s: usage: shinsa people CASEFILE %s", verb, usage)
				}
				return nil
			}
			var pks []store.PersonKey
			switch verb {
			case "":
				if role != "" || len(keys) > 0 {
					return fail(exitBad, "people: --role and --key go with 'add' (see 'shinsa people --help')")
				}
			case "add":
				if err := need(3, "add NAME --role ROLE [--key FILE]"); err != nil {
					return err
				}
				if role != "" {
					if _, err := review.ParseRole(role); err != nil {
						return fail(exitBad, "--role: %v", err)
					}
				}
				for _, f := range keys {
					b, err := os.ReadFile(f)
					if err != nil {
						return fail(exitBad, "%s: %v", f, errors.Unwrap(err))
					}
					k, err := store.ParseKey(b)
					if err != nil {
						return fail(exitBad, "%s: %v", f, err)
					}
					pks = append(pks, k)
				}
			case "remove":
				if err := need(3, "remove NAME"); err != nil {
					return err
				}
			case "set-role":
				if err := need(4, "set-role NAME ROLE"); err != nil {
					return err
				}
				if _, err := review.ParseRole(args[3]); err != nil {
					return fail(exitBad, "set-role: %v", err)
				}
			default:
				return fail(exitBad, "people: unknown action %q (want add, remove or set-role)", verb)
			}
			if verb != "add" && (role != "" || len(keys) > 0) {
				return fail(exitBad, "people %s: --role and --key go with 'add'", verb)
			}
			s, err := openCase(path)
			if err != nil {
				return err
			}
			defer s.Close()
			who := reviewer(cmd)
			out := cmd.OutOrStdout()
			switch verb {
			case "add":
				name := strings.TrimSpace(args[2])
				if err := s.AddPerson(ctx, name, review.Role(role), pks, who); err != nil {
					return fail(exitBad, "%s: %v", path, err)
				}
				for _, k := range pks {
					fmt.Fprintf(out, "%s: key %s\n", review.SanitizeLine(name), k.Fingerprint)
				}
				r, _ := s.RoleOf(ctx, name)
				fmt.Fprintf(out, "%s: on the roster as %s\n", review.SanitizeLine(name), r)
				return nil
			case "remove":
				if err := s.RemovePerson(ctx, args[2], who); err != nil {
					return fail(exitBad, "%s: %v", path, err)
				}
				fmt.Fprintf(out, "%s: removed from the roster (and their keys)\n", review.SanitizeLine(args[2]))
				return nil
			case "set-role":
				if err := s.SetRole(ctx, args[2], review.Role(args[3]), who); err != nil {
					return fail(exitBad, "%s: %v", path, err)
				}
				fmt.Fprintf(out, "%s: %s\n", review.SanitizeLine(args[2]), args[3])
				return nil
			}
			ps, err := s.People(ctx)
			if err != nil {
				return bad(fmt.Errorf("%s: %w", path, err))
			}
			if asJSON {
				if ps == nil {
					ps = []store.Person{}
				}
				return writeJSON(out, map[string]any{"people": ps})
			}
			if len(ps) == 0 {
				fmt.Fprintf(out, "no one on the roster of %s: anyone may record anything (add people with 'shinsa people %s add NAME --role ROLE')\n", path, path)
				return nil
			}
			var rows [][]string
			for _, p := range ps {
				k := strings.Join(p.Keys, " ")
				if k == "" {
					k = "(no key: cannot connect to 'shinsa serve')"
				}
				rows = append(rows, []string{review.SanitizeLine(p.Name), string(p.Role), k})
			}
			return printTable(out, []string{"NAME", "ROLE", "KEYS"}, rows)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON document (FORMATS.md)")
	c.Flags().StringVar(&role, "role", "", "with add: reviewer, checker, committee or viewer")
	c.Flags().StringArrayVar(&keys, "key", nil, "with add: an SSH public key file (KEY.pub); may be repeated")
	return c
}
