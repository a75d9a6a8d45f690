package tui

import (
	"path/filepath"
	"strings"
	"time"
)

type level int

const (
	lvInfo level = iota
	lvOK
	lvWarn
	lvErr
)

// statusBar is the bottom line: case file, application, progress, the last
// save time and messages. A message too long for what the line has left
// takes the hint line above it instead, so no message is ever cut short.
type statusBar struct {
	c        *Common
	app      string
	progress string
	saved    time.Time
	msg      string
	lv       level
	sticky   bool   // survives the next key press (errors, prompts)
	tag      string // what a sticky message is about, so its end can clear it

	version  int
	cacheVer int
	cacheW   int
	line     string // rendered status line
	overflow bool   // the message did not fit: the hint line shows it
}

func (s *statusBar) set(m string, lv level, sticky bool) {
	s.msg, s.lv, s.sticky, s.tag = m, lv, sticky, ""
	s.version++
}

func (s *statusBar) info(m string) { s.set(m, lvInfo, false) }
func (s *statusBar) ok(m string)   { s.set(m, lvOK, false) }
func (s *statusBar) warn(m string) { s.set(m, lvWarn, false) }
func (s *statusBar) err(m string)  { s.set(m, lvErr, true) }

// prompt shows a question that stays until it is answered.
func (s *statusBar) prompt(m string) { s.set(m, lvWarn, true) }

// errAbout is err for a trouble that can end by itself (a save that failed
// until the file is writable again): clearAbout(tag) takes it away then.
func (s *statusBar) errAbout(tag, m string) {
	s.err(m)
	s.tag = tag
}

// clearAbout removes the message about tag, if it is the one showing.
func (s *statusBar) clearAbout(tag string) {
	if s.msg != "" && s.tag == tag {
		s.clear()
	}
}

// news shows what happened in the background (another reviewer's save, a
// refresh that failed). It never hides a message that waits to be read or
// answered: an error, a y/n question.
func (s *statusBar) news(m string, lv level) {
	if s.msg != "" && s.sticky {
		return
	}
	s.set(m, lv, false)
}

// keyPressed clears a passing message: it was read.
func (s *statusBar) keyPressed() {
	if s.msg != "" && !s.sticky {
		s.msg = ""
		s.version++
	}
}

// clear removes any message, sticky or not.
func (s *statusBar) clear() {
	if s.msg != "" {
		s.msg, s.sticky, s.tag = "", false, ""
		s.version++
	}
}

func (s *statusBar) setApp(app, progress string) {
	if app != s.app || progress != s.progress {
		s.app, s.progress = app, progress
		s.version++
	}
}

func (s *statusBar) savedAt(t time.Time) {
	s.saved = t
	s.version++
}

// render builds the status line for width w (cached until something changes).
func (s *statusBar) render(w int) {
	if s.cacheVer == s.version && s.cacheW == w && s.line != "" {
		return
	}
	s.cacheVer, s.cacheW = s.version, w
	st := s.c.styles
	file := filepath.Base(s.c.caseFile)
	fields := []string{file}
	if s.app != "" {
		fields = append(fields, s.app)
	}
	if s.progress != "" {
		fields = append(fields, s.progress)
	}
	if !s.saved.IsZero() {
		fields = append(fields, s.c.tf("saved %s", s.saved.Local().Format("15:04:05")))
	}
	const sep = " │ "
	left := " " + strings.Join(fields, sep)
	if over := Width(left) - w; over > 0 && s.app != "" {
		// The application's name gives way before the progress and the
		// last save, which a reviewer reads here.
		fields[1] = strings.TrimRight(Truncate(s.app, max(8, Width(s.app)-over)), " ")
		left = " " + strings.Join(fields, sep)
	}
	msg := s.msg
	s.overflow = false
	if msg != "" {
		room := w - Width(left) - Width(sep) - 1
		if room < Width(msg) {
			// Squeeze the case file and application names before giving up.
			fields[0] = Truncate(file, min(Width(file), 12))
			if s.app != "" {
				fields[1] = Truncate(s.app, min(Width(s.app), 16))
			}
			left = " " + strings.Join(fields, sep)
			room = w - Width(left) - Width(sep) - 1
		}
		if room < Width(msg) {
			s.overflow = true
			msg = ""
		}
	}
	if msg == "" {
		s.line = st.Status.Render(Truncate(left, w))
		return
	}
	ms := st.Status
	switch s.lv {
	case lvOK:
		ms = st.StatusOK
	case lvWarn, lvErr:
		ms = st.StatusErr
	}
	rest := w - Width(left) - Width(sep)
	s.line = st.Status.Render(left+sep) + ms.Render(Truncate(msg, rest))
}

// view is the status line at width w.
func (s *statusBar) view(w int) string {
	s.render(w)
	return s.line
}

// overflowing is the message when it did not fit on the status line.
func (s *statusBar) overflowing(w int) (string, level, bool) {
	s.render(w)
	return s.msg, s.lv, s.overflow
}
