// Command shinsa is the reviewer's workbench for ASPIC information-disclosure
// certifications: case files, imports, findings, reports and the terminal UI.
//
// This package only wires verbs to the packages that do the work.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"runtime/pprof"
	"strconv"
	"strings"

	_ "earlyterm" // before bubbletea's init: see there

	"github.com/spf13/cobra"

	"shinsa/store"
	"shinsa/tempdir"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// Exit codes (FORMATS.md §5).
const (
	exitOK       = 0
	exitProblems = 1
	exitBad      = 2
)

// exitError carries an exit code up to main; its message is printed as one line.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// fail returns an error that makes shinsa print msg on one line and exit code.
func fail(code int, format string, args ...any) error {
	return &exitError{code: code, msg: fmt.Sprintf(format, args...)}
}

// bad is fail with exit code 2: bad usage, bad input, unreadable file.
func bad(err error) error {
	if err == nil {
		return nil
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return err
	}
	return &exitError{code: exitBad, msg: err.Error()}
}

// problems is the exit code 1 outcome: the verb ran and found problems. The
// verb has printed them already.
var errProblems = &exitError{code: exitProblems}

var commands []func() *cobra.Command

// register adds a verb; each verb's file calls it from init.
func register(c func() *cobra.Command) { commands = append(commands, c) }

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:   "shinsa [CASEFILE]",
		Short: "Review ASPIC cloud-service disclosure certifications",
		Long: `shinsa (審査) is a workbench for reviewers of ASPIC's information-disclosure
certifications (ASP・SaaS, IaaS・PaaS, データセンター, 医療情報 ASP・SaaS,
特定個人情報 ASP・SaaS). A case file (*.shinsa, SQLite) holds applications,
their answers as submitted, your findings and a tamper-evident event log.

Run 'shinsa CASEFILE' to open a case file in the terminal workbench.`,
		Example: `  shinsa demo                      # try it on built-in sample data
  shinsa new review-2026.shinsa
  shinsa import review-2026.shinsa 申請書.xlsx
  shinsa review-2026.shinsa        # open the workbench`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			if _, err := os.Stat(args[0]); errors.Is(err, os.ErrNotExist) {
				return fail(exitBad, "%s: no such case file, nor a verb of shinsa (see 'shinsa --help')", args[0])
			}
			return runOpen(cmd, args[0])
		},
	}
	root.PersistentFlags().String("cpuprofile", "", "write a CPU profile (pprof) of this run to FILE")
	root.PersistentFlags().MarkHidden("cpuprofile")
	root.PersistentFlags().Bool("peak-rss", false, "print this run's peak resident memory to stderr at exit")
	root.PersistentFlags().MarkHidden("peak-rss")
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		collectAsUsual(cmd.Name())
		if p := cmd.Flag("cpuprofile").Value.String(); p != "" {
			f, err := os.Create(p)
			if err != nil {
				return bad(err)
			}
			pprof.StartCPUProfile(f)
		}
		return nil
	}
	root.PersistentFlags().String("reviewer", "", "your name as it goes into findings and the event log (default $SHINSA_REVIEWER, else your OS user)")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fail(exitBad, "%s: %v (see '%s --help')", c.CommandPath(), err, c.CommandPath())
	})
	addOpenFlags(root) // 'shinsa CASEFILE --lang ja' opens like 'shinsa open'
	for _, c := range commands {
		root.AddCommand(c())
	}
	return root
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	// Temporary files live in one folder per process, removed whichever way
	// this run ends (signals: see tempdir); folders left by killed runs go now.
	defer collectLater()()
	tempdir.Sweep()
	defer tempdir.Cleanup()
	root := newRoot()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteC()
	pprof.StopCPUProfile()
	if f := root.PersistentFlags().Lookup("peak-rss"); f != nil && f.Value.String() == "true" {
		// VmHWM counts SQLite's memory too, which runtime.MemStats cannot see.
		if b, err := os.ReadFile("/proc/self/status"); err == nil {
			for _, l := range strings.Split(string(b), "\n") {
				if strings.HasPrefix(l, "VmHWM:") {
					fmt.Fprintln(stderr, "peak-rss "+strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:")))
				}
			}
		}
	}
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "shinsa: "+oneLine(ee.msg))
		}
		return ee.code
	}
	// cobra's own usage errors (unknown verb, wrong argument count): say
	// which verb, and where its usage is.
	fmt.Fprintln(stderr, "shinsa: "+oneLine(fmt.Sprintf("%s: %v (see '%s --help')", cmd.CommandPath(), err, cmd.CommandPath())))
	return exitBad
}

// oneLine keeps an error to one line whatever a library put in it.
func oneLine(s string) string {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "\r\n", " ")
	return strings.ReplaceAll(s, "\n", " ")
}

// reviewer is --reviewer, else $SHINSA_REVIEWER, else the OS user.
func reviewer(cmd *cobra.Command) string {
	if r := namedReviewer(cmd); r != "" {
		return r
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return "reviewer"
}

// namedReviewer is --reviewer, else $SHINSA_REVIEWER, else "": the name the
// user gave, as opposed to the OS user.
func namedReviewer(cmd *cobra.Command) string {
	if f := cmd.Flag("reviewer"); f != nil && f.Value.String() != "" {
		return f.Value.String()
	}
	return strings.TrimSpace(os.Getenv("SHINSA_REVIEWER"))
}

// openCase opens a case file, turning every refusal into an exit-2 error that
// names the file.
func openCase(path string) (*store.Store, error) {
	s, err := store.Open(path)
	if err != nil {
		return nil, bad(err)
	}
	return s, nil
}

// appID parses an application id argument.
func appID(arg string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimPrefix(arg, "#"), 10, 64)
	if err != nil || id <= 0 {
		return 0, fail(exitBad, "%q is not an application id (a number, as 'shinsa list' shows)", arg)
	}
	return id, nil
}

// loadApp opens the application with the given id argument, or fails with exit 2.
func loadApp(ctx context.Context, s *store.Store, arg string) (int64, error) {
	id, err := appID(arg)
	if err != nil {
		return 0, err
	}
	if _, err := s.Application(ctx, id); err != nil {
		return 0, fail(exitBad, "%s: application %d: no such application", s.Path(), id)
	}
	return id, nil
}
