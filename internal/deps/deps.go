//go:build tools

package deps
import (
 _ "github.com/charmbracelet/bubbletea"
 _ "github.com/charmbracelet/bubbles/list"
 _ "github.com/charmbracelet/lipgloss"
 _ "github.com/charmbracelet/x/ansi"
 _ "github.com/charmbracelet/x/exp/teatest"
 _ "modernc.org/sqlite"
 _ "github.com/sergi/go-diff/diffmatchpatch"
 _ "golang.org/x/text/encoding/japanese"
 _ "github.com/xuri/excelize/v2"
 _ "github.com/spf13/cobra"
 _ "github.com/mattn/go-runewidth"
)

