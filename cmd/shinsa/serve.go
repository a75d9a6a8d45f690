package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"shinsa/server"
)

func init() { register(newServeCmd) }

func newServeCmd() *cobra.Command {
	var listen, hostKey string
	var idle, grace time.Duration
	c := &cobra.Command{
		Use:   "serve CASEFILE --listen ADDR:PORT",
		Short: "Serve the workbench over SSH to the people on the roster",
		Long: `Serve the workbench over SSH: one case file for the whole office, on one
machine; everyone connects with their own SSH client ('ssh -p PORT HOST':
Windows Terminal, macOS, Linux) and works in their own workbench, at their
own terminal's size and in their language (ja when the client sends a LANG
of ja_JP.*).

Only keys on the case file's roster get in ('shinsa people CASEFILE add NAME
--role ROLE --key KEY.pub'): no passwords. The key says who is working and in
which role; every save is logged under that name, with the key's
fingerprint. There is no shell, no command execution, no port or agent
forwarding and no file transfer. A session with no key pressed for --idle is
saved and closed; failed authentications are logged, and an address that
fails too often is shut out for a minute.

The host key is created on first start (0600) and its fingerprint printed:
tell it to the people connecting, so they can check what ssh shows them.
SIGTERM or Ctrl-C stops the server: no new connections, open sessions are
told and get --grace to finish, then everything is saved and closed.`,
		Example: `  shinsa serve /srv/shinsa/office.shinsa --listen 0.0.0.0:2222
  shinsa serve office.shinsa --listen 127.0.0.1:2222 --idle 15m
  ssh -p 2222 server.example.lan        # from each desk`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := args[0]
			if listen == "" {
				return fail(exitBad, "serve: give the address to listen on: --listen ADDR:PORT (e.g. 0.0.0.0:2222)")
			}
			if _, _, err := net.SplitHostPort(listen); err != nil {
				return fail(exitBad, "--listen %q: want ADDR:PORT, e.g. 0.0.0.0:2222 (%v)", listen, err)
			}
			if idle < time.Second {
				return fail(exitBad, "--idle %s: at least 1s", idle)
			}
			s, err := openCase(path)
			if err != nil {
				return err
			}
			defer s.Close()
			if hostKey == "" {
				hostKey = filepath.Join(filepath.Dir(path), "shinsa_host_ed25519_key")
			}
			srv, err := server.New(server.Config{Store: s, CaseFile: path, HostKey: hostKey, Log: cmd.ErrOrStderr(),
				Idle: idle, Grace: grace})
			if err != nil {
				return bad(err)
			}
			ps, err := s.People(cmd.Context())
			if err != nil {
				return bad(err)
			}
			keys := 0
			for _, p := range ps {
				keys += len(p.Keys)
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return fail(exitBad, "--listen %s: %v", listen, err)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "shinsa: serving %s on %s\n", path, ln.Addr())
			fmt.Fprintf(out, "host key %s (%s)\n", srv.Fingerprint(), hostKey)
			if keys == 0 {
				fmt.Fprintf(out, "no one on the roster has a key yet: no one can connect (shinsa people %s add NAME --role ROLE --key KEY.pub)\n", path)
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				if err != nil {
					return fail(exitBad, "serve %s: %v", listen, err)
				}
				return nil
			case <-ctx.Done():
			}
			stop() // a second Ctrl-C kills at once
			fmt.Fprintln(out, "shinsa: stopping: no new connections; open sessions are saving")
			srv.Shutdown()
			<-errc
			if err := s.Close(); err != nil {
				return fail(exitBad, "%s: closing: %v", path, err)
			}
			fmt.Fprintf(out, "shinsa: stopped; %s closed cleanly\n", path)
			return nil
		},
	}
	c.Flags().StringVar(&listen, "listen", "", "address and port to listen on, e.g. 0.0.0.0:2222")
	c.Flags().StringVar(&hostKey, "host-key", "", "the server's SSH host key (created 0600 if missing; default: shinsa_host_ed25519_key beside the case file)")
	c.Flags().DurationVar(&idle, "idle", 30*time.Minute, "save and close a session after this long without a key press")
	c.Flags().DurationVar(&grace, "grace", 5*time.Second, "on SIGTERM or Ctrl-C, how long open sessions get to finish saving")
	return c
}
