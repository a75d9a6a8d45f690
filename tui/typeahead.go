package tui

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The workbench asks the terminal for its background colour (OSC 11) so
// that its colours suit a light or a dark theme. The answer comes on the
// same input as the reviewer's keys, and keys typed while shinsa starts
// (a fast typist who presses j right after Enter) are already waiting
// there. termenv's own query reads until the answer and throws away every
// byte before it: those keys were lost. Here the keys are kept: the
// terminal's answers are taken out of the input, everything else is handed
// to the program in the order typed.

// bgQuery asks for the background colour, then for the device attributes
// (DA1): every terminal answers DA1, so its answer marks the end of the
// replies whether or not OSC 11 was understood.
const bgQuery = "\x1b]11;?\x1b\\\x1b[c"

// queryTimeout is how long a terminal gets to answer; one that never
// answers DA1 costs this once at start, and keys typed meanwhile are kept.
const queryTimeout = time.Second

// replies splits what the terminal sent after the query into the replies
// (the OSC 11 colour, the DA1 attributes) and the keys around them. done
// says the DA1 answer has come: nothing more is awaited. An incomplete
// escape sequence at the end stays in rest (the next read completes it).
type replies struct {
	keys []byte // bytes that are not replies, in order
	rest []byte // an unfinished sequence at the end
	bg   string // the OSC 11 answer's colour, e.g. "rgb:1e1e/1e1e/1e1e"
	done bool   // the DA1 answer was seen
}

func (r *replies) feed(b []byte) {
	buf := append(r.rest, b...)
	r.rest = nil
	for len(buf) > 0 {
		i := bytes.IndexByte(buf, 0x1b)
		if i < 0 {
			r.keys = append(r.keys, buf...)
			return
		}
		r.keys = append(r.keys, buf[:i]...)
		buf = buf[i:]
		n, kind, complete := replyAt(buf)
		if !complete {
			r.rest = append([]byte(nil), buf...)
			return
		}
		switch kind {
		case "osc11":
			r.bg = oscColour(buf[:n])
		case "da1":
			r.done = true
		default: // a key's escape sequence: keep it
			r.keys = append(r.keys, buf[:n]...)
		}
		buf = buf[n:]
	}
}

// replyAt looks at an escape sequence at the start of b: its length, whether
// it is one of the replies, and whether it is complete. A lone ESC or a key
// sequence (arrows, function keys, Alt+key) is one byte of "key": the
// program's own parser reads those.
func replyAt(b []byte) (n int, kind string, complete bool) {
	if len(b) < 2 {
		return 0, "", false
	}
	switch b[1] {
	case ']': // OSC: up to BEL or ST (ESC \)
		for i := 2; i < len(b); i++ {
			if b[i] == 0x07 {
				return i + 1, oscKind(b[2:i]), true
			}
			if b[i] == 0x1b {
				if i+1 >= len(b) {
					return 0, "", false
				}
				if b[i+1] == '\\' {
					return i + 2, oscKind(b[2:i]), true
				}
				return 1, "", true // not an answer: leave the ESC to the program
			}
			if i > 64 {
				return 1, "", true
			}
		}
		return 0, "", false
	case '[':
		if len(b) < 3 {
			return 0, "", false
		}
		if b[2] != '?' {
			return 1, "", true // a key: arrows, F-keys, mouse
		}
		for i := 3; i < len(b); i++ {
			c := b[i]
			switch {
			case c >= '0' && c <= '9' || c == ';':
				continue
			case c == 'c':
				return i + 1, "da1", true
			default:
				return 1, "", true
			}
		}
		return 0, "", false
	}
	return 1, "", true
}

func oscKind(body []byte) string {
	if bytes.HasPrefix(body, []byte("11;")) {
		return "osc11"
	}
	return ""
}

func oscColour(seq []byte) string {
	s := strings.TrimPrefix(string(seq), "\x1b]11;")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "\x07"), "\x1b\\")
	return s
}

// darkColour says whether an X11 colour spec as terminals send it
// ("rgb:RRRR/GGGG/BBBB", 1–4 hex digits each) is dark: HSL lightness
// under one half, as termenv judges it. ok is false for anything else.
func darkColour(spec string) (dark, ok bool) {
	rest, found := strings.CutPrefix(spec, "rgb:")
	if !found {
		rest, found = strings.CutPrefix(spec, "rgba:")
	}
	if !found {
		return false, false
	}
	parts := strings.Split(rest, "/")
	if len(parts) < 3 {
		return false, false
	}
	var c [3]float64
	for i := 0; i < 3; i++ {
		p := parts[i]
		if len(p) == 0 || len(p) > 4 {
			return false, false
		}
		v, err := strconv.ParseUint(p, 16, 16)
		if err != nil {
			return false, false
		}
		c[i] = float64(v) / float64(uint64(1)<<(4*len(p))-1)
	}
	lo, hi := c[0], c[0]
	for _, v := range c[1:] {
		lo, hi = min(lo, v), max(hi, v)
	}
	return (lo+hi)/2 < 0.5, true
}

// keyPump reads the terminal on one goroutine and hands the bytes on: first
// to the query, then to the program. Its reader is the program's input: the
// keys typed during the query first, then everything after, with any late
// reply to the query taken out.
type keyPump struct {
	ch      chan []byte
	mu      sync.Mutex
	pending []byte
	err     error
	late    replies // filters replies that come after the query gave up
}

func newKeyPump(r io.Reader) *keyPump {
	p := &keyPump{ch: make(chan []byte, 64)}
	go func() {
		for {
			b := make([]byte, 1024)
			n, err := r.Read(b)
			if n > 0 {
				p.ch <- b[:n]
			}
			if err != nil {
				p.mu.Lock()
				p.err = err
				p.mu.Unlock()
				close(p.ch)
				return
			}
		}
	}()
	return p
}

// query waits up to timeout for the terminal's replies and keeps every key
// typed meanwhile for the program. It returns the background colour spec
// ("" when the terminal did not say).
func (p *keyPump) query(timeout time.Duration) string {
	var rep replies
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
wait:
	for !rep.done {
		select {
		case b, ok := <-p.ch:
			if !ok {
				break wait
			}
			rep.feed(b)
		case <-deadline.C:
			break wait
		}
	}
	p.pending = append(rep.keys, rep.rest...)
	return rep.bg
}

// Read gives the program its keys.
func (p *keyPump) Read(b []byte) (int, error) {
	for {
		p.mu.Lock()
		if len(p.pending) > 0 {
			n := copy(b, p.pending)
			p.pending = p.pending[n:]
			p.mu.Unlock()
			return n, nil
		}
		p.mu.Unlock()
		chunk, ok := <-p.ch
		if !ok {
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.err == nil {
				return 0, io.EOF
			}
			return 0, p.err
		}
		// A reply that arrives after the query gave up is not a key.
		p.late.feed(chunk)
		keys := append(p.late.keys, p.late.rest...)
		p.late = replies{}
		p.mu.Lock()
		p.pending = append(p.pending, keys...)
		p.mu.Unlock()
	}
}
