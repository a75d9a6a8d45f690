package review

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
	"golang.org/x/text/unicode/norm"
)

// Hunk ops.
const (
	HunkEqual  = "equal"
	HunkInsert = "insert"
	HunkDelete = "delete"
)

// Hunk is one piece of a word-level diff. Equal and delete hunks, in order,
// spell the old text; equal and insert hunks spell the new one (both in NFC,
// see DiffForm).
type Hunk struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Limits that keep a diff's cost bounded and its result the same on every
// machine: go-diff's default one-second timeout would make a big diff depend on
// the CPU, so the timeout is off and the input is capped instead.
const (
	// maxDiffRunes: above this many runes on either side a row gets a
	// sentence-level diff only (ItemDiff.Coarse).
	maxDiffRunes = 20000
	// maxDiffCost bounds the character diffs of one row. Myers' diff costs up
	// to (n+m)² steps for a run of replaced sentences of n and m runes (about
	// 70 ms for 3,000 runes rewritten on each side); once a row's runs would
	// exceed the budget, the rest are shown as one delete and one insert
	// (ItemDiff.Coarse).
	maxDiffCost = 6000 * 6000
	// maxSentences: above this many sentences on either side, only the
	// common leading and trailing sentences are aligned.
	maxSentences = 2000
)

// DiffForm is the text the hunks of a row are computed on: the submitted text
// made valid UTF-8 and put in NFC. It keeps width and dash forms (NFKC would
// fold them), so a form-only change still shows in the hunks.
func DiffForm(s string) string {
	if allStable(s, nfcStable) { // the common text: valid and NFC already
		return s
	}
	return norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
}

// wordDiffer computes the word-level diff of one row. It holds configuration
// only; a Compare call makes its own.
type wordDiffer struct {
	dmp          *diffmatchpatch.DiffMatchPatch
	maxRunes     int
	maxCost      int
	maxSentences int
	// beforeDiff, when set, runs inside the recovered region before go-diff
	// is called; tests use it to force the panic path.
	beforeDiff func(old, new string)
}

func newWordDiffer() *wordDiffer {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // no deadline: the same answer on any machine
	return &wordDiffer{dmp: dmp, maxRunes: maxDiffRunes, maxCost: maxDiffCost, maxSentences: maxSentences}
}

// diff returns the hunks turning old into new (both already in DiffForm).
// coarse reports a sentence-level-only result; errText is non-empty when
// go-diff panicked and the whole texts are shown as one delete and one insert.
func (w *wordDiffer) diff(old, new string) (hunks []Hunk, coarse bool, errText string) {
	if old == new {
		if old == "" {
			return nil, false, ""
		}
		return []Hunk{{HunkEqual, old}}, false, ""
	}
	defer func() {
		if r := recover(); r != nil {
			hunks, coarse = wholeHunks(old, new), false
			errText = fmt.Sprintf("word diff failed (%v); showing the whole texts", r)
		}
	}()
	if w.beforeDiff != nil {
		w.beforeDiff(old, new)
	}
	coarse = utf8.RuneCountInString(old) > w.maxRunes || utf8.RuneCountInString(new) > w.maxRunes
	pieces, blockCoarse := w.sentenceDiff(old, new, coarse)
	out, ok := tidyHunks(old, new, pieces)
	if !ok {
		// Cannot happen unless go-diff returns hunks that do not spell the
		// texts; treat it like a panic rather than show a wrong diff.
		panic("hunks do not reconstruct the texts")
	}
	return out, coarse || blockCoarse, ""
}

// wholeHunks is the fallback diff: everything deleted, everything inserted.
func wholeHunks(old, new string) []Hunk {
	var h []Hunk
	if old != "" {
		h = append(h, Hunk{HunkDelete, old})
	}
	if new != "" {
		h = append(h, Hunk{HunkInsert, new})
	}
	return h
}

// sentenceDiff aligns the sentences of both texts (one symbol per distinct
// sentence, the DiffLinesToRunes trick), then diffs each run of replaced
// sentences by character unless coarse. The pieces spell both texts but may
// split runes; tidyHunks repairs that.
func (w *wordDiffer) sentenceDiff(old, new string, coarse bool) (pieces []Hunk, blockCoarse bool) {
	s1, s2 := splitSentences(old), splitSentences(new)
	ops := w.alignSentences(s1, s2)

	var del, ins strings.Builder
	cost := 0
	flush := func() {
		if del.Len() == 0 && ins.Len() == 0 {
			return
		}
		a, b := del.String(), ins.String()
		del.Reset()
		ins.Reset()
		switch {
		case a == "" || b == "" || coarse:
			pieces = append(pieces, wholeHunks(a, b)...)
		default:
			n := utf8.RuneCountInString(a) + utf8.RuneCountInString(b)
			if cost+n*n > w.maxCost {
				blockCoarse = true
				pieces = append(pieces, wholeHunks(a, b)...)
				return
			}
			cost += n * n
			pieces = append(pieces, w.charDiff(a, b)...)
		}
	}
	for _, op := range ops {
		switch op.op {
		case diffmatchpatch.DiffEqual:
			flush()
			pieces = append(pieces, Hunk{HunkEqual, op.text})
		case diffmatchpatch.DiffDelete:
			del.WriteString(op.text)
		case diffmatchpatch.DiffInsert:
			ins.WriteString(op.text)
		}
	}
	flush()
	return pieces, blockCoarse
}

type sentenceOp struct {
	op   diffmatchpatch.Operation
	text string
}

// alignSentences diffs two sentence lists. Each distinct sentence becomes one
// rune, so go-diff's character diff aligns whole sentences.
func (w *wordDiffer) alignSentences(s1, s2 []string) []sentenceOp {
	// Common leading and trailing sentences need no diff, and taking them off
	// keeps the symbol alphabet small.
	pre := 0
	for pre < len(s1) && pre < len(s2) && s1[pre] == s2[pre] {
		pre++
	}
	suf := 0
	for suf < len(s1)-pre && suf < len(s2)-pre && s1[len(s1)-1-suf] == s2[len(s2)-1-suf] {
		suf++
	}
	var ops []sentenceOp
	if pre > 0 {
		ops = append(ops, sentenceOp{diffmatchpatch.DiffEqual, strings.Join(s1[:pre], "")})
	}
	m1, m2 := s1[pre:len(s1)-suf], s2[pre:len(s2)-suf]
	if len(m1) > w.maxSentences || len(m2) > w.maxSentences || len(m1) == 0 || len(m2) == 0 {
		if len(m1) > 0 {
			ops = append(ops, sentenceOp{diffmatchpatch.DiffDelete, strings.Join(m1, "")})
		}
		if len(m2) > 0 {
			ops = append(ops, sentenceOp{diffmatchpatch.DiffInsert, strings.Join(m2, "")})
		}
	} else {
		ids := make(map[string]rune, len(m1)+len(m2))
		var table []string
		encode := func(ss []string) []rune {
			rs := make([]rune, len(ss))
			for i, s := range ss {
				r, ok := ids[s]
				if !ok {
					r = symbol(len(table))
					ids[s] = r
					table = append(table, s)
				}
				rs[i] = r
			}
			return rs
		}
		r1, r2 := encode(m1), encode(m2)
		for _, d := range w.dmp.DiffMainRunes(r1, r2, false) {
			var b strings.Builder
			for _, r := range d.Text {
				b.WriteString(table[unsymbol(r)])
			}
			ops = append(ops, sentenceOp{d.Type, b.String()})
		}
	}
	if suf > 0 {
		ops = append(ops, sentenceOp{diffmatchpatch.DiffEqual, strings.Join(s1[len(s1)-suf:], "")})
	}
	return ops
}

// symbol maps a sentence number to a rune that survives a string round trip
// (surrogates are skipped); unsymbol is its inverse.
func symbol(i int) rune {
	r := rune(i + 1)
	if r >= 0xd800 {
		r += 0x800
	}
	return r
}

func unsymbol(r rune) int {
	if r >= 0xe000 {
		r -= 0x800
	}
	return int(r) - 1
}

// charDiff diffs one run of replaced sentences by character and makes the
// result readable with the semantic cleanup. go-diff v1.4.0's cleanup mixes
// rune counts and byte offsets on multibyte text, so its result is checked and
// the uncleaned diff used when it does not spell the texts.
func (w *wordDiffer) charDiff(a, b string) []Hunk {
	raw := w.dmp.DiffMainRunes([]rune(a), []rune(b), false)
	cleaned := w.dmp.DiffCleanupSemantic(append([]diffmatchpatch.Diff(nil), raw...))
	if h := toHunks(cleaned); spells(a, b, h) {
		return h
	}
	return toHunks(raw)
}

func toHunks(ds []diffmatchpatch.Diff) []Hunk {
	h := make([]Hunk, 0, len(ds))
	for _, d := range ds {
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			h = append(h, Hunk{HunkEqual, d.Text})
		case diffmatchpatch.DiffDelete:
			h = append(h, Hunk{HunkDelete, d.Text})
		case diffmatchpatch.DiffInsert:
			h = append(h, Hunk{HunkInsert, d.Text})
		}
	}
	return h
}

// spells reports whether the hunks spell a (equal+delete) and b (equal+insert)
// byte for byte.
func spells(a, b string, h []Hunk) bool {
	i, j := 0, 0
	for _, x := range h {
		n := len(x.Text)
		switch x.Op {
		case HunkEqual:
			if i+n > len(a) || j+n > len(b) || a[i:i+n] != x.Text || b[j:j+n] != x.Text {
				return false
			}
			i, j = i+n, j+n
		case HunkDelete:
			if i+n > len(a) || a[i:i+n] != x.Text {
				return false
			}
			i += n
		case HunkInsert:
			if j+n > len(b) || b[j:j+n] != x.Text {
				return false
			}
			j += n
		default:
			return false
		}
	}
	return i == len(a) && j == len(b)
}

// equalRun is an equal stretch: a[ai:ai+n] == b[bi:bi+n].
type equalRun struct{ ai, bi, n int }

// tidyHunks turns pieces that spell a and b into the final hunks: equal runs
// shrunk so that every hunk boundary falls on a rune boundary and never inside
// a number or a Latin word (a changed amount reads [-1,210,930,341-]
// {+1,310,000,000+}, not 1,[-2-]{+3+}1…), then each gap between equal runs
// written as one delete and one insert. ok is false when the pieces do not
// spell the texts.
func tidyHunks(a, b string, pieces []Hunk) (hunks []Hunk, ok bool) {
	if !spells(a, b, pieces) {
		return nil, false
	}
	var runs []equalRun
	i, j := 0, 0
	for _, p := range pieces {
		n := len(p.Text)
		switch p.Op {
		case HunkEqual:
			if k := len(runs) - 1; k >= 0 && runs[k].ai+runs[k].n == i && runs[k].bi+runs[k].n == j {
				runs[k].n += n
			} else if n > 0 {
				runs = append(runs, equalRun{i, j, n})
			}
			i, j = i+n, j+n
		case HunkDelete:
			i += n
		case HunkInsert:
			j += n
		}
	}
	for k := range runs {
		r := &runs[k]
		// A gap before the run exists unless the run starts both texts.
		if r.ai > 0 || r.bi > 0 {
			for r.n > 0 && (!utf8.RuneStart(a[r.ai]) || insideToken(a, r.ai) || insideToken(b, r.bi)) {
				_, size := utf8.DecodeRuneInString(a[r.ai : r.ai+r.n])
				if !utf8.RuneStart(a[r.ai]) {
					size = 1
				}
				r.ai, r.bi, r.n = r.ai+size, r.bi+size, r.n-size
			}
		}
		ea, eb := r.ai+r.n, r.bi+r.n
		if ea < len(a) || eb < len(b) {
			for r.n > 0 {
				ea, eb = r.ai+r.n, r.bi+r.n
				if (ea < len(a) && !utf8.RuneStart(a[ea])) || (eb < len(b) && !utf8.RuneStart(b[eb])) {
					r.n--
					continue
				}
				if insideToken(a, ea) || insideToken(b, eb) {
					_, size := utf8.DecodeLastRuneInString(a[r.ai:ea])
					r.n -= size
					continue
				}
				break
			}
		}
	}
	pa, pb := 0, 0
	gap := func(ea, eb int) {
		if ea > pa {
			hunks = append(hunks, Hunk{HunkDelete, a[pa:ea]})
		}
		if eb > pb {
			hunks = append(hunks, Hunk{HunkInsert, b[pb:eb]})
		}
	}
	for _, r := range runs {
		if r.n == 0 {
			continue
		}
		gap(r.ai, r.bi)
		if k := len(hunks) - 1; k >= 0 && hunks[k].Op == HunkEqual {
			hunks[k].Text += a[r.ai : r.ai+r.n] // runs met after the gap between them vanished
		} else {
			hunks = append(hunks, Hunk{HunkEqual, a[r.ai : r.ai+r.n]})
		}
		pa, pb = r.ai+r.n, r.bi+r.n
	}
	gap(len(a), len(b))
	return hunks, true
}

// insideToken reports whether byte offset p of s (a rune boundary) falls
// inside a number (digits with , or . between digits, any width) or a run of
// Latin letters, where a diff should not cut.
func insideToken(s string, p int) bool {
	if p <= 0 || p >= len(s) {
		return false
	}
	r1, n1 := utf8.DecodeLastRuneInString(s[:p])
	r2, n2 := utf8.DecodeRuneInString(s[p:])
	switch {
	case unicode.IsDigit(r1) && unicode.IsDigit(r2), isLatin(r1) && isLatin(r2):
		return true
	case unicode.IsDigit(r1) && isNumberSep(r2):
		r3, _ := utf8.DecodeRuneInString(s[p+n2:])
		return unicode.IsDigit(r3)
	case isNumberSep(r1) && unicode.IsDigit(r2):
		r0, _ := utf8.DecodeLastRuneInString(s[:p-n1])
		return unicode.IsDigit(r0)
	}
	return false
}

func isLatin(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 'ａ' && r <= 'ｚ' || r >= 'Ａ' && r <= 'Ｚ'
}

func isNumberSep(r rune) bool { return r == ',' || r == '.' || r == '，' || r == '．' }

// splitSentences cuts text after each sentence end (。．.!?！？, with any
// closing brackets and one line break after it) and after each line break.
// The pieces spell the text. A full stop followed by a letter or digit of the
// Latin alphabet (1.5, example.com) does not end a sentence.
func splitSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\n':
		case isSentenceEnd(r):
			if r == '.' || r == '．' {
				if next, _ := utf8.DecodeRuneInString(s[i:]); i < len(s) && (isLatin(next) || isASCIIOrWideDigit(next)) {
					continue
				}
			}
			for i < len(s) {
				next, n := utf8.DecodeRuneInString(s[i:])
				if !isSentenceEnd(next) && !isCloser(next) {
					break
				}
				i += n
			}
			if strings.HasPrefix(s[i:], "\r\n") {
				i += 2
			} else if i < len(s) && s[i] == '\n' {
				i++
			}
		default:
			continue
		}
		out = append(out, s[start:i])
		start = i
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '．', '.', '!', '?', '！', '？':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '」', '』', '）', ')', '】', '〕', '〉', '》', ']', '］', '"', '\'', '’', '”':
		return true
	}
	return false
}

func isASCIIOrWideDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }
