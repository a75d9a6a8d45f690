// Package server serves the workbench over SSH (charmbracelet/wish): one
// office, one case file, one machine; people connect with any OpenSSH client
// and are known by their keys, as the case file's roster records them.
//
// Each session gets its own Bubble Tea program, input, output, terminal size,
// language and lipgloss renderer. There is no shell, no command execution, no
// port or agent forwarding and no SFTP: the only thing a key opens is the
// workbench, as the person the roster says it belongs to.
package server

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	wishtea "github.com/charmbracelet/wish/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"shinsa/review"
	"shinsa/store"
	"shinsa/tui"
)

// Config is what a server needs.
type Config struct {
	Store    *store.Store
	CaseFile string // shown in the workbench's status bar
	HostKey  string // the host key's file: created once (0600) when missing
	Log      io.Writer
	// Idle closes a session after this long without a key press (0: 30 min).
	Idle time.Duration
	// Grace is how long open sessions are given to finish saving when the
	// server stops (0: 5 s).
	Grace time.Duration
	// FailLimit failed authentications within FailWindow from one address
	// shut that address out for FailWindow (0: 10 in one minute).
	FailLimit  int
	FailWindow time.Duration
	// Today is the day checks are judged on (tests); zero: today.
	Today review.Date
}

// Server is a running (or ready) SSH server of one case file.
type Server struct {
	cfg  Config
	srv  *ssh.Server
	log  *log.Logger
	fp   string
	fail *failures

	closing atomic.Bool
	mu      sync.Mutex
	progs   map[*tea.Program]struct{}
	wg      sync.WaitGroup // sessions running a program
}

type personKey struct{}

// New prepares a server: the host key is read, or created when missing.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no case file")
	}
	if cfg.Idle <= 0 {
		cfg.Idle = 30 * time.Minute
	}
	if cfg.Grace <= 0 {
		cfg.Grace = 5 * time.Second
	}
	if cfg.FailLimit <= 0 {
		cfg.FailLimit = 10
	}
	if cfg.FailWindow <= 0 {
		cfg.FailWindow = time.Minute
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	signer, err := HostKey(cfg.HostKey)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: log.New(cfg.Log, "", log.LstdFlags), fp: gossh.FingerprintSHA256(signer.PublicKey()),
		fail:  &failures{limit: cfg.FailLimit, window: cfg.FailWindow, seen: map[string][]time.Time{}},
		progs: map[*tea.Program]struct{}{}}
	srv, err := wish.NewServer(
		func(srv *ssh.Server) error { srv.AddHostKey(signer); return nil },
		wish.WithPublicKeyAuth(s.authenticate),
		// A connection with no traffic at all; sessions close themselves
		// first, after Idle without a key press (telling the person).
		wish.WithIdleTimeout(cfg.Idle+30*time.Second),
		wish.WithVersion("shinsa"),
		// Composed last to first: guard runs before the workbench.
		wish.WithMiddleware(s.workbench, s.guard),
	)
	if err != nil {
		return nil, err
	}
	// No password, no keyboard-interactive (their handlers stay nil); no
	// forwarding (its callbacks stay nil, and only the "session" channel is
	// known); no subsystems, so no SFTP.
	srv.PasswordHandler = nil
	srv.KeyboardInteractiveHandler = nil
	srv.LocalPortForwardingCallback = nil
	srv.ReversePortForwardingCallback = nil
	srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": ssh.DefaultSessionHandler}
	srv.RequestHandlers = map[string]ssh.RequestHandler{}
	srv.ConnCallback = s.admit
	srv.ServerConfigCallback = func(ssh.Context) *gossh.ServerConfig {
		return &gossh.ServerConfig{MaxAuthTries: 3}
	}
	s.srv = srv
	return s, nil
}

// Fingerprint is the host key's SHA256 fingerprint, as ssh shows it when
// it first connects.
func (s *Server) Fingerprint() string { return s.fp }

// Serve accepts connections on ln until Shutdown.
func (s *Server) Serve(ln net.Listener) error {
	err := s.srv.Serve(ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown stops the server: no new connection is accepted, open sessions
// are told and given the grace period to finish saving, then each
// workbench saves what it holds and quits, and what is left is closed.
func (s *Server) Shutdown() {
	if s.closing.Swap(true) {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.cfg.Grace+5*time.Second)
	defer cancel()
	go s.srv.Shutdown(ctx) // closes the listeners at once, then waits
	s.mu.Lock()
	n := len(s.progs)
	for p := range s.progs {
		p.Send(tui.Notice{Text: fmt.Sprintf("The server is stopping: your work is being saved; this session closes in %d seconds.", int(s.cfg.Grace.Seconds()))})
	}
	s.mu.Unlock()
	s.log.Printf("stopping: %d open sessions told, %s to finish", n, s.cfg.Grace)
	if n > 0 {
		time.Sleep(s.cfg.Grace)
	}
	s.mu.Lock()
	for p := range s.progs {
		p.Send(tui.Finish{})
	}
	s.mu.Unlock()
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		s.log.Printf("stopping: a session did not finish in time; closing it")
	}
	s.srv.Close()
	s.log.Printf("stopped")
}

// admit turns away at once a connection from an address that failed to
// authenticate too often, and any connection once the server is stopping.
func (s *Server) admit(ctx ssh.Context, conn net.Conn) net.Conn {
	if s.closing.Load() {
		conn.Close()
		return nil
	}
	if ip := hostOf(conn.RemoteAddr()); s.fail.blocked(ip) {
		s.log.Printf("refused connection from %s: too many failed authentications", ip)
		conn.Close()
		return nil
	}
	return conn
}

// authenticate admits a key the roster names, as it stands now: a person
// removed is refused at their next connection.
func (s *Server) authenticate(ctx ssh.Context, key ssh.PublicKey) bool {
	ip := hostOf(ctx.RemoteAddr())
	if s.fail.blocked(ip) {
		return false
	}
	p, err := s.cfg.Store.PersonByKey(ctx, key)
	if err != nil {
		n := s.fail.add(ip)
		s.log.Printf("refused key %s (user %q) from %s: %v [%d failed]", gossh.FingerprintSHA256(key), review.SanitizeLine(ctx.User()), ip, err, n)
		return false
	}
	ctx.SetValue(personKey{}, p)
	return true
}

// guard lets through only an interactive session of a person on the roster:
// no command, no agent forwarding, a terminal.
func (s *Server) guard(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		ip := hostOf(sess.RemoteAddr())
		refuse := func(why, tell string) {
			s.log.Printf("refused session from %s: %s", ip, why)
			fmt.Fprintln(sess.Stderr(), "shinsa: "+tell)
			sess.Exit(1)
		}
		if s.closing.Load() {
			refuse("stopping", "the server is stopping; try again later")
			return
		}
		if sess.RawCommand() != "" || len(sess.Command()) > 0 || sess.Subsystem() != "" {
			refuse(fmt.Sprintf("asked to run %q", review.SanitizeLine(sess.RawCommand()+sess.Subsystem())),
				"this server runs no commands: connect with 'ssh -p PORT HOST' alone to open the workbench")
			return
		}
		if ssh.AgentRequested(sess) {
			refuse("asked for agent forwarding", "agent forwarding is refused here: connect without -A (ForwardAgent no)")
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			refuse("no terminal", "the workbench needs a terminal: connect with 'ssh -t -p PORT HOST'")
			return
		}
		// The key that authenticated, looked up again now.
		p, err := s.cfg.Store.PersonByKey(sess.Context(), sess.PublicKey())
		if err != nil {
			refuse(err.Error(), "your key is not on the case file's roster")
			return
		}
		sess.Context().SetValue(personKey{}, p)
		next(sess)
	}
}

// workbench runs one program for the session, as its person.
func (s *Server) workbench(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		p, _ := sess.Context().Value(personKey{}).(store.Person)
		fp := gossh.FingerprintSHA256(sess.PublicKey())
		ip := hostOf(sess.RemoteAddr())
		pty, winch, _ := sess.Pty()
		in := newInput(sess)
		lang := tui.LangOf(envOf(sess.Environ()))
		// Saves already asked for finish even when the connection drops.
		ctx := context.WithoutCancel(store.WithKey(sess.Context(), fp))
		done := make(chan struct{})
		defer close(done)
		m, err := tui.NewSession(ctx, s.cfg.Store, tui.Options{CaseFile: s.cfg.CaseFile, Reviewer: p.Name,
			Lang: lang, Today: s.cfg.Today, ReadOnly: readOnly(p.Role), Out: sess},
			wishtea.MakeRenderer(&querySession{Session: sess, in: in, deadline: time.Now().Add(time.Second)}))
		if err != nil {
			fmt.Fprintln(sess.Stderr(), "shinsa: "+err.Error())
			sess.Exit(1)
			return
		}
		// The session draws each screen as soon as it changes, not on Bubble
		// Tea's frame clock: a key's round trip is then the network's.
		prog := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(sess), tea.WithoutRenderer(),
			tea.WithoutSignalHandler())
		if !s.track(prog) {
			fmt.Fprintln(sess.Stderr(), "shinsa: the server is stopping; try again later")
			sess.Exit(1)
			return
		}
		defer s.untrack(prog)
		s.log.Printf("session of %s (%s, key %s) from %s: %dx%d %s lang=%s", review.SanitizeLine(p.Name), p.Role, fp, ip,
			pty.Window.Width, pty.Window.Height, review.SanitizeLine(pty.Term), lang)
		go func() {
			idle := time.NewTicker(min(s.cfg.Idle/4, time.Second))
			defer idle.Stop()
			told := false
			for {
				select {
				case <-done:
					return
				case w := <-winch:
					prog.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
				case <-sess.Context().Done():
					// The connection is gone: save what the workbench holds.
					prog.Send(tui.Finish{})
					return
				case <-idle.C:
					if !told && in.since() >= s.cfg.Idle {
						told = true
						s.log.Printf("session of %s: closed after %s without a key press", review.SanitizeLine(p.Name), s.cfg.Idle)
						prog.Send(tui.Notice{Text: fmt.Sprintf("Closed after %s without a key press.", s.cfg.Idle)})
						prog.Send(tui.Finish{})
					}
				}
			}
		}()
		if _, err := prog.Run(); err != nil && !errors.Is(err, tea.ErrProgramKilled) {
			s.log.Printf("session of %s: %v", review.SanitizeLine(p.Name), err)
		}
		tui.EndSession(m)
		s.log.Printf("session of %s from %s ended", review.SanitizeLine(p.Name), ip)
		sess.Exit(0)
		next(sess)
	}
}

// readOnly is why a role records no findings, "" when it does.
func readOnly(r review.Role) string {
	if err := review.MayAct(r, review.ActFinding); err != nil {
		return err.Error()
	}
	return ""
}

func (s *Server) track(p *tea.Program) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing.Load() {
		return false
	}
	s.progs[p] = struct{}{}
	s.wg.Add(1)
	return true
}

func (s *Server) untrack(p *tea.Program) {
	s.mu.Lock()
	delete(s.progs, p)
	s.mu.Unlock()
	s.wg.Done()
}

// failures counts failed authentications per address.
type failures struct {
	mu     sync.Mutex
	limit  int
	window time.Duration
	seen   map[string][]time.Time
}

func (f *failures) recent(ip string, now time.Time) []time.Time {
	ts := f.seen[ip]
	i := 0
	for i < len(ts) && now.Sub(ts[i]) > f.window {
		i++
	}
	ts = ts[i:]
	if len(ts) == 0 {
		delete(f.seen, ip)
	} else {
		f.seen[ip] = ts
	}
	return ts
}

func (f *failures) add(ip string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	now := time.Now()
	ts := append(f.recent(ip, now), now)
	f.seen[ip] = ts
	return len(ts)
}

func (f *failures) blocked(ip string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.recent(ip, time.Now())) >= f.limit
}

func hostOf(a net.Addr) string {
	if t, ok := a.(*net.TCPAddr); ok {
		return t.IP.String()
	}
	if a == nil {
		return "?"
	}
	h, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return h
}

func envOf(env []string) func(string) string {
	return func(k string) string {
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, k+"="); ok {
				return v
			}
		}
		return ""
	}
}

// HostKey reads the server's ed25519 host key, or creates it (0600) when
// the file does not exist. A key file others may read is refused, as
// OpenSSH refuses one.
func HostKey(path string) (gossh.Signer, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		blk, err := gossh.MarshalPrivateKey(priv, "shinsa host key")
		if err != nil {
			return nil, err
		}
		b = pem.EncodeToMemory(blk)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, fmt.Errorf("%s: cannot create the host key: %w", path, unwrap(err))
		}
		if _, err := f.Write(b); err != nil {
			f.Close()
			os.Remove(path)
			return nil, fmt.Errorf("%s: cannot write the host key: %w", path, unwrap(err))
		}
		if err := f.Sync(); err != nil {
			f.Close()
			os.Remove(path)
			return nil, fmt.Errorf("%s: cannot write the host key: %w", path, unwrap(err))
		}
		if err := f.Close(); err != nil {
			return nil, fmt.Errorf("%s: %w", path, unwrap(err))
		}
	} else if err != nil {
		return nil, fmt.Errorf("%s: cannot read the host key: %w", path, unwrap(err))
	} else if st, err := os.Stat(path); err == nil && st.Mode().Perm()&0o077 != 0 && runtime.GOOS != "windows" {
		return nil, fmt.Errorf("%s: the host key may be read by others (mode %04o): chmod 600 %s", path, st.Mode().Perm(), path)
	}
	signer, err := gossh.ParsePrivateKey(b)
	if err != nil {
		return nil, fmt.Errorf("%s: not an SSH private key: %v", path, err)
	}
	return signer, nil
}

func unwrap(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
