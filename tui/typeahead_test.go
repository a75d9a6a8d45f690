package tui

import (
	"io"
	"strings"
	"testing"
	"time"
)

// The terminal's replies to the colour query are taken out of the input;
// every key around them stays, in order, whatever the reads' boundaries.
func TestRepliesKeepTheKeysAroundThem(t *testing.T) {
	const osc = "\x1b]11;rgb:ffff/ffff/ffff\x1b\\"
	const oscBel = "\x1b]11;rgb:0000/0000/0000\x07"
	const da1 = "\x1b[?62;22c"
	cases := []struct {
		name   string
		chunks []string
		keys   string
		bg     string
		done   bool
	}{
		{"keys typed before the replies", []string{"jj" + osc + da1}, "jj", "rgb:ffff/ffff/ffff", true},
		{"keys between and after", []string{"j", osc, "k", da1 + "1"}, "jk1", "rgb:ffff/ffff/ffff", true},
		{"BEL-terminated colour", []string{oscBel + da1}, "", "rgb:0000/0000/0000", true},
		{"a terminal without OSC 11", []string{"j" + da1}, "j", "", true},
		{"split in the middle of each reply", []string{"j\x1b]11;rgb:ff", "ff/ffff/ffff\x1b", "\\\x1b[?6", "2c"}, "j", "rgb:ffff/ffff/ffff", true},
		{"arrows and Esc are keys", []string{"\x1b[B\x1b[A\x1b" + "x" + osc + da1}, "\x1b[B\x1b[A\x1bx", "rgb:ffff/ffff/ffff", true},
		{"full-width keys (IME)", []string{"１２" + da1}, "１２", "", true},
		{"no answer yet", []string{"jj"}, "jj", "", false},
		{"another OSC is a key sequence", []string{"\x1b]2;title\x07" + da1}, "\x1b]2;title\x07", "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var r replies
			for _, ch := range c.chunks {
				r.feed([]byte(ch))
			}
			got := string(append(r.keys, r.rest...))
			if got != c.keys || r.bg != c.bg || r.done != c.done {
				t.Errorf("keys %q bg %q done %v; want %q %q %v", got, r.bg, r.done, c.keys, c.bg, c.done)
			}
		})
	}
}

func TestDarkColour(t *testing.T) {
	cases := []struct {
		spec       string
		dark, okay bool
	}{
		{"rgb:0000/0000/0000", true, true},
		{"rgb:ffff/ffff/ffff", false, true},
		{"rgb:1e1e/1e1e/2e2e", true, true}, // a dark theme
		{"rgb:fd/f6/e3", false, true},      // Solarized light, two digits
		{"rgba:2828/2c2c/3434/ffff", true, true},
		{"rgb:zz/00/00", false, false},
		{"#ffffff", false, false},
		{"", false, false},
	}
	for _, c := range cases {
		dark, ok := darkColour(c.spec)
		if dark != c.dark || ok != c.okay {
			t.Errorf("darkColour(%q) = %v, %v; want %v, %v", c.spec, dark, ok, c.dark, c.okay)
		}
	}
}

// The pump: keys typed before the terminal answers reach the program first,
// then the keys typed after; a reply that comes after the query gave up is
// not handed on as keys.
func TestKeyPumpHandsOnKeysInOrder(t *testing.T) {
	pr, pw := io.Pipe()
	p := newKeyPump(pr)
	go func() {
		io.WriteString(pw, "jj")
		io.WriteString(pw, "\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[?1;2c")
		io.WriteString(pw, "k")
		pw.Close()
	}()
	bg := p.query(5 * time.Second)
	if bg != "rgb:0000/0000/0000" {
		t.Errorf("background %q", bg)
	}
	got, err := io.ReadAll(p)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "jjk" {
		t.Errorf("the program read %q, want %q", got, "jjk")
	}

	// A terminal that answers late: the query gives up, the keys typed
	// meanwhile are kept, and the late answer is not read as keys.
	pr, pw = io.Pipe()
	p = newKeyPump(pr)
	go func() {
		io.WriteString(pw, "j")
	}()
	if bg := p.query(50 * time.Millisecond); bg != "" {
		t.Errorf("background %q from a terminal that said nothing", bg)
	}
	go func() {
		io.WriteString(pw, "\x1b]11;rgb:ffff/ffff/ffff\x07\x1b[?62c")
		io.WriteString(pw, "2")
		pw.Close()
	}()
	got, _ = io.ReadAll(p)
	if string(got) != "j2" {
		t.Errorf("the program read %q, want %q", got, "j2")
	}
	if strings.Contains(string(got), "rgb") {
		t.Error("a late reply reached the program as keys")
	}
}
