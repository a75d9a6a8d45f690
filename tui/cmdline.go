package tui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"golang.org/x/text/width"
)

// The command line, k9s style: `:` opens it on the title line; a row No
// jumps there, a word runs a command. Tab completes (commands, their
// arguments, row Nos), ↑/↓ walk the commands given before in this program.

// command is one command of the line.
type command struct {
	name string
	arg  string   // the argument's name in help ("" when none)
	args []string // what the argument may be, for completion
	help string
	why  func() string // why it cannot run now ("" when it can)
	run  func(arg string) tea.Cmd
}

// commander is a screen with a command line.
type commander interface{ commands() []command }

// cmdLine is the line being typed.
type cmdLine struct {
	ti   textinput.Model
	hist int    // position in Common.history while walking it
	kept string // what was typed before walking the history
}

func newCmdLine(c *Common, complete []string) *cmdLine {
	ti := textinput.New()
	ti.Prompt = ":"
	ti.Placeholder = c.t("row No, or a command (help lists them)")
	ti.Cursor.SetMode(cursor.CursorStatic)
	ti.ShowSuggestions = true
	ti.KeyMap.NextSuggestion = key.NewBinding(key.WithKeys("ctrl+n"))
	ti.KeyMap.PrevSuggestion = key.NewBinding(key.WithKeys("ctrl+p"))
	ti.SetSuggestions(complete)
	ti.Focus()
	return &cmdLine{ti: ti, hist: len(c.history)}
}

// cmdActions are the keys of the command line.
func cmdActions(c *Common) Actions {
	k := c.keys
	return Actions{
		{Key: &k.Run, Group: "Command line", Hint: true},
		{Key: &k.Complete, Group: "Command line", Hint: true},
		{Key: &k.HistUp, Group: "Command line", Hint: true},
		{Key: &k.ClearFilter, Group: "Command line", Hint: true, Label: c.t("esc cancel")},
	}
}

// cmdKey feeds one key to the line. done is set when the line closed; line
// is then what to run ("" when cancelled).
func (l *cmdLine) key(c *Common, msg tea.KeyMsg) (done bool, line string, cmd tea.Cmd) {
	switch msg.Type {
	case tea.KeyEnter:
		line = strings.TrimSpace(l.ti.Value())
		if line != "" && (len(c.history) == 0 || c.history[len(c.history)-1] != line) {
			c.history = append(c.history, line)
		}
		return true, line, nil
	case tea.KeyEsc:
		return true, "", nil
	case tea.KeyBackspace:
		if l.ti.Value() == "" {
			return true, "", nil // backspace on an empty line closes it, as in vim
		}
	case tea.KeyUp, tea.KeyDown:
		l.walk(c, msg.Type == tea.KeyUp)
		return false, "", nil
	}
	l.ti, cmd = l.ti.Update(msg)
	return false, "", cmd
}

// walk steps through the commands given before.
func (l *cmdLine) walk(c *Common, back bool) {
	if l.hist == len(c.history) {
		l.kept = l.ti.Value()
	}
	switch {
	case back && l.hist > 0:
		l.hist--
	case !back && l.hist < len(c.history):
		l.hist++
	default:
		return
	}
	v := l.kept
	if l.hist < len(c.history) {
		v = c.history[l.hist]
	}
	l.ti.SetValue(v)
	l.ti.CursorEnd()
}

// parseCommand splits a line into its command word and argument, with
// full-width forms (typed with the IME on) folded to ASCII.
func parseCommand(line string) (word, arg string) {
	line = strings.TrimSpace(width.Fold.String(line))
	line = strings.TrimPrefix(line, ":")
	word, arg, _ = strings.Cut(strings.TrimSpace(line), " ")
	return strings.TrimPrefix(word, "#"), strings.TrimSpace(arg)
}

// lookup finds a command by its name or a prefix only it has.
func lookup(cmds []command, word string) (command, []string) {
	word = strings.ToLower(word)
	var hits []command
	for _, c := range cmds {
		if c.name == word {
			return c, nil
		}
		if strings.HasPrefix(c.name, word) {
			hits = append(hits, c)
		}
	}
	if len(hits) == 1 {
		return hits[0], nil
	}
	names := make([]string, len(hits))
	for i, h := range hits {
		names[i] = h.name
	}
	return command{}, names
}

// pickArg finds an argument by its value or a prefix only it has.
func pickArg(args []string, arg string) (string, []string) {
	arg = strings.ToLower(arg)
	if slices.Contains(args, arg) {
		return arg, nil
	}
	var hits []string
	for _, a := range args {
		if strings.HasPrefix(a, arg) {
			hits = append(hits, a)
		}
	}
	if len(hits) == 1 {
		return hits[0], nil
	}
	return "", hits
}

// completions are what Tab may complete a line to: every command (with
// each of its arguments) and every row No.
func completions(cmds []command, rows []string) []string {
	var out []string
	for _, c := range cmds {
		if len(c.args) == 0 {
			out = append(out, c.name)
		}
		for _, a := range c.args {
			out = append(out, c.name+" "+a)
		}
	}
	return append(out, rows...)
}

// commandHelp is the list `:help` and `?` show.
func commandHelp(c *Common, cmds []command) []string {
	out := []string{c.t(":No — jump to that row (:9, :4.2, #9; full-width accepted)")}
	for _, cm := range cmds {
		name := ":" + cm.name
		if cm.arg != "" {
			name += " " + cm.arg
		}
		l := name + " — " + cm.help
		if why := cm.why; why != nil {
			if w := why(); w != "" {
				l += " (" + c.tf("unavailable: %s", w) + ")"
			}
		}
		out = append(out, l)
	}
	return out
}

// runLine runs what was typed on the command line of a screen: a row No
// when jump knows it, else a command.
func runLine(c *Common, cmds []command, line string, jump func(string) bool) tea.Cmd {
	word, arg := parseCommand(line)
	if word == "" {
		return nil
	}
	if jump != nil && jump(word) {
		return nil
	}
	cm, amb := lookup(cmds, word)
	switch {
	case cm.name == "" && len(amb) > 1:
		c.status.warn(c.tf(":%s could be %s", word, strings.Join(amb, ", ")))
		return nil
	case cm.name == "" && jump != nil && looksLikeRow(word):
		c.status.warn(c.tf("there is no row %s in this application", word))
		return nil
	case cm.name == "":
		c.status.warn(c.tf(":%s is not a command (:help lists them)", word))
		return nil
	}
	if cm.why != nil {
		if why := cm.why(); why != "" {
			c.status.warn(c.tf(":%s: %s", cm.name, why))
			return nil
		}
	}
	if len(cm.args) > 0 {
		if arg == "" {
			c.status.warn(c.tf(":%s needs %s: one of %s", cm.name, cm.arg, strings.Join(cm.args, ", ")))
			return nil
		}
		a, amb := pickArg(cm.args, arg)
		if a == "" {
			if len(amb) == 0 {
				amb = cm.args
			}
			c.status.warn(c.tf(":%s %s: choose one of %s", cm.name, arg, strings.Join(amb, ", ")))
			return nil
		}
		arg = a
	}
	return cm.run(arg)
}

// looksLikeRow: a word made of digits and dots is a row No, not a command.
func looksLikeRow(w string) bool {
	return strings.Trim(w, "0123456789.-") == "" && w != ""
}

// shellQuote writes a path so it can be pasted into a shell as one word.
func shellQuote(p string) string {
	if p != "" && strings.Trim(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+=,:@") == "" {
		return p
	}
	return "'" + strings.ReplaceAll(p, "'", `'\''`) + "'"
}
