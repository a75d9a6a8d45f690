package server

import (
	"errors"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmbracelet/ssh"
)

// input is a session's keyboard, read by one goroutine so that a read can
// give up: wish's renderer asks the terminal for its background colour and
// waits for the answer with a read that nothing else could interrupt; a
// terminal that never answers would hold the session until its first key
// press, and swallow it. It also notes when the last key came, for --idle.
type input struct {
	ch   chan []byte
	mu   sync.Mutex
	buf  []byte
	err  error
	last atomic.Int64
}

var errQueryTimeout = errors.New("the terminal did not answer")

func newInput(r io.Reader) *input {
	in := &input{ch: make(chan []byte, 16)}
	in.touch()
	go func() {
		for {
			b := make([]byte, 4096)
			n, err := r.Read(b)
			if n > 0 {
				in.touch()
				in.ch <- b[:n]
			}
			if err != nil {
				in.mu.Lock()
				in.err = err
				in.mu.Unlock()
				close(in.ch)
				return
			}
		}
	}()
	return in
}

// Read waits for the next keys.
func (in *input) Read(p []byte) (int, error) { return in.read(p, nil) }

func (in *input) read(p []byte, timeout <-chan time.Time) (int, error) {
	in.mu.Lock()
	if len(in.buf) > 0 {
		n := copy(p, in.buf)
		in.buf = in.buf[n:]
		in.mu.Unlock()
		return n, nil
	}
	in.mu.Unlock()
	select {
	case b, ok := <-in.ch:
		if !ok {
			in.mu.Lock()
			defer in.mu.Unlock()
			return 0, in.err
		}
		n := copy(p, b)
		in.mu.Lock()
		in.buf = append(in.buf, b[n:]...)
		in.mu.Unlock()
		return n, nil
	case <-timeout:
		return 0, errQueryTimeout
	}
}

func (in *input) touch() { in.last.Store(time.Now().UnixNano()) }

func (in *input) since() time.Duration { return time.Since(time.Unix(0, in.last.Load())) }

// querySession is the session as wish's renderer sees it: its reads give
// up after a while.
type querySession struct {
	ssh.Session
	in       *input
	deadline time.Time
}

func (q *querySession) Read(p []byte) (int, error) {
	return q.in.read(p, time.After(time.Until(q.deadline)))
}
