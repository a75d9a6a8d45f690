package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"shinsa/review"
)

// mdSpecial are the characters that could start Markdown (or raw HTML)
// inside a line; each gets a backslash, which CommonMark allows before any
// ASCII punctuation.
var mdSpecial = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `|`, `\|`, `&`, `\&`, `~`, `\~`,
)

// mdInline escapes one line of sanitised text for running Markdown.
func mdInline(s string) string { return mdSpecial.Replace(s) }

// mdCell escapes text for a table cell: line breaks become <br>, our own
// tag; anything the applicant wrote that looks like a tag is escaped.
func mdCell(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return " "
	}
	return strings.ReplaceAll(mdInline(s), "\n", "<br>")
}

// mdQuote writes sanitised text as a block quote, one source line per line
// (hard breaks), with block markers at line starts escaped. Leading spaces
// are dropped: four of them would turn the line into a code block.
func mdQuote(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		l = mdLineStart(mdInline(strings.TrimLeft(l, " \u3000")))
		b.WriteString(">")
		if l != "" {
			b.WriteString(" " + l)
			if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
				b.WriteString(`\`) // hard line break
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// mdLineStart escapes what would open a block at the start of a line: an
// ATX heading, a bullet, an ordered-list number, a setext underline or a
// thematic break. Other leading punctuation (+81…, =SUM) is left readable.
func mdLineStart(l string) string {
	if l == "" {
		return l
	}
	spaceAfter := func(i int) bool { return i >= len(l) || l[i] == ' ' }
	switch c := l[0]; {
	case c == '#':
		n := len(l) - len(strings.TrimLeft(l, "#"))
		if n <= 6 && spaceAfter(n) {
			return `\` + l
		}
	case c == '-' || c == '+':
		if spaceAfter(1) || strings.Trim(l, string(c)+" ") == "" {
			return `\` + l
		}
	case c == '=':
		if strings.Trim(l, "= ") == "" {
			return `\` + l
		}
	case c >= '0' && c <= '9':
		i := 0
		for i < len(l) && i < 9 && l[i] >= '0' && l[i] <= '9' {
			i++
		}
		if i < len(l) && (l[i] == '.' || l[i] == ')') && spaceAfter(i+1) {
			return l[:i] + `\` + l[i:]
		}
	}
	return l
}

type mdWriter struct{ *bufio.Writer }

func (w mdWriter) p(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }

func (w mdWriter) row(cells ...string) {
	w.WriteString("|")
	for _, c := range cells {
		w.WriteString(" " + c + " |")
	}
	w.WriteString("\n")
}

func (w mdWriter) header(cells ...string) {
	w.row(cells...)
	w.WriteString("|")
	for range cells {
		w.WriteString("---|")
	}
	w.WriteString("\n")
}

func writeMarkdown(out io.Writer, d *doc) error {
	w := mdWriter{bufio.NewWriter(out)}
	if d.Kind == Letter {
		mdLetter(w, d)
	} else {
		mdCommittee(w, d)
	}
	return w.Flush()
}

func mdLetter(w mdWriter, d *doc) {
	h := d.Head
	if h.Number != "" {
		w.p("%s  ", mdInline(h.Number))
	}
	w.p("%s", mdInline(h.Date))
	w.p("")
	for _, l := range addresseeLines(h) {
		w.p("%s  ", mdInline(l))
	}
	w.p("")
	for _, l := range letterSender(h) {
		w.p("%s  ", mdInline(l))
	}
	w.p("")
	if d.Draft {
		w.p("> **%s**", draftNotice(d))
		w.p("")
	}
	w.p("# %s（第%d回）", titleOf(d), h.Round)
	w.p("")
	w.p("**件名：%s**", mdInline(subject(h)))
	w.p("")
	for _, para := range letterOpening(d) {
		w.p("%s", mdInline(para))
		w.p("")
	}
	w.p("## 記")
	w.p("")
	w.header("項目", "内容")
	for _, f := range letterFacts(d) {
		w.row(f[0], mdCell(f[1]))
	}
	w.p("")
	for _, g := range d.letterGroups() {
		w.p("## %d. %s", g.N, g.Title)
		w.p("")
		for _, r := range g.Rows {
			w.p("### (%d) 項目 %s　%s（%s）", r.N, mdInline(r.ID), mdInline(r.Title), r.Verdict.Japanese())
			w.p("")
			w.p("- 記載いただく内容：%s", mdCell(r.Description))
			w.p("- 申請時の開示内容：")
			w.p("")
			w.WriteString(mdQuote(orNone(r.Answer, "（記載なし）")))
			w.p("")
			if r.Reply != "" {
				w.p("- 貴社のご回答：")
				w.p("")
				w.WriteString(mdQuote(r.Reply))
				w.p("")
			}
			w.p("- %s：", askLabel(r.Verdict))
			w.p("")
			w.WriteString(mdQuote(orNone(r.Ask(), "（記載なし）")))
			w.p("")
			if len(r.Citations) > 0 {
				w.p("- 根拠資料：%s", mdInline(citationsText(r)))
				w.p("")
			}
			if len(r.Clauses) > 0 {
				w.p("- 関連条項：")
				for _, c := range r.Clauses {
					w.p("  - %s", mdInline(c.Text()))
				}
				w.p("")
			}
		}
	}
	if h.ReplyBy != "" && len(d.Rows) > 0 {
		w.p("**ご回答期限：%s**", mdInline(h.ReplyBy))
		w.p("")
	}
	w.p("以上")
	if d.Draft {
		w.p("")
		w.p("**（%s）**", draftMark)
	}
}

func mdCommittee(w mdWriter, d *doc) {
	h := d.Head
	w.p("# 情報開示認定 審査報告書")
	w.p("")
	w.header("項目", "内容")
	for _, f := range committeeFacts(d) {
		w.row(f[0], mdCell(f[1]))
	}
	w.p("")

	w.p("## 1. 判定の集計")
	w.p("")
	w.header("記号", "判定", "verdict", "件数")
	for _, c := range d.Counts {
		w.row(mdInline(c.Verdict.Mark()), c.Verdict.Japanese(), string(c.Verdict), fmt.Sprint(c.N))
	}
	w.row(" ", "合計", "total", fmt.Sprint(len(d.All)))
	w.p("")
	w.p("審査済み %d / %d 項目。", d.reviewed(), len(d.All))
	w.p("")

	w.p("## 2. 区分別の状況")
	w.p("")
	lines, per := textChart(d)
	w.p("```text")
	for _, l := range lines {
		w.p("%s", strings.ReplaceAll(l, "`", "'"))
	}
	w.p("```")
	w.p("")
	w.p("凡例：%s。右端は審査済み／項目数。", legendText(per))
	w.p("")

	sec := 3
	if d.Changes != nil {
		mdChanges(w, d, sec)
		sec++
	}
	if len(d.Carried) > 0 || d.Changes != nil {
		w.p("## %d. 前回判定の引継ぎ", sec)
		w.p("")
		sec++
		if len(d.Carried) == 0 {
			w.p("前回の判定を引き継いだ項目はありません。")
		} else {
			w.header("項目ID", "審査対象項目", "判定", "引継ぎ元")
			for _, r := range d.Carried {
				w.row(mdInline(r.ID), mdCell(r.Title), mdInline(verdictLabel(r.Verdict)), mdCell(originJA(r.Origin)))
			}
		}
		w.p("")
	}

	w.p("## %d. 自動チェックの結果", sec)
	w.p("")
	sec++
	if !d.hasProblems() {
		w.p("自動チェックで検出された問題はありません。")
	} else {
		w.header("項目ID", "ルール", "内容")
		for _, p := range d.Problems {
			w.row(mdInline(p.Item), mdInline(ruleLabel(p.Rule)), mdCell(p.Message))
		}
	}
	w.p("")

	w.p("## %d. 全項目の審査結果", sec)
	w.p("")
	cur := ""
	for _, r := range d.Rows {
		if r.Category != cur || cur == "" {
			if cur != "" {
				w.p("")
			}
			cur = r.Category
			w.p("### %s", mdInline(r.Category))
			w.p("")
			cols := []string{"項目ID", "審査対象項目", "記述内容", "必須", "情報開示内容", "判定", "所見・修正依頼"}
			if d.Changes != nil {
				cols = append(cols, "前回比")
			}
			w.header(cols...)
		}
		cells := []string{mdInline(r.ID), mdCell(r.Title), mdCell(r.Description), r.RequiredJA(),
			mdCell(orNone(r.Answer, "（未回答）")), mdInline(verdictLabel(r.Verdict)), mdCell(findingText(r))}
		if d.Changes != nil {
			cells = append(cells, mdCell(changeCell(r)))
		}
		w.row(cells...)
	}
	w.p("")
	w.p("## %d. 承認", sec+1)
	w.p("")
	if len(d.Approvals) == 0 {
		w.p("審査・二次審査・決定の記録はまだありません。")
	} else {
		w.header("役割", "氏名", "日付", "備考")
		for _, a := range d.Approvals {
			w.row(mdInline(a.Role), mdCell(a.Name), mdInline(a.Date), mdCell(a.Note))
		}
	}
	w.p("")
	w.p("---")
	w.p("")
	w.p("作成：%s（%s）", mdInline(h.Reviewer), mdInline(h.Date))
	w.p("")
	w.p("## 付録　記録の照合")
	w.p("")
	w.p("> **記録の照合用アンカー（イベントログの先頭）**  ")
	w.p("> `%s`  ", d.Anchor)
	w.p("> %s", mdInline(anchorSentence(d)))
	if len(d.Evidence) > 0 {
		// The report ends with the documents the review rests on.
		w.p("")
		w.p("## 付録　証跡一覧")
		w.p("")
		w.header("資料名", "サイズ", "種類", "SHA-256", "関連項目")
		for _, e := range d.Evidence {
			w.row(mdInline(e.Name), e.Size, mdInline(e.MediaType), "`"+e.SHA256+"`", mdInline(e.Rows))
		}
	}
}

func mdChanges(w mdWriter, d *doc, sec int) {
	ch := d.Changes
	w.p("## %d. 前回からの変更", sec)
	w.p("")
	if ch.Against != "" {
		w.p("比較の対象：%s", mdInline(ch.Against))
		w.p("")
	}
	w.header("状態", "status", "件数")
	for _, s := range ch.Statuses {
		w.row(s.StatusJA(), string(s.Status), fmt.Sprint(s.N))
	}
	w.p("")
	w.p("表記のみの違い（全角・半角、波ダッシュ等）：%d件。前回の指摘への対応確認が必要な項目：%d件。", ch.Summary.FormOnly, ch.Summary.CheckAddressed)
	w.p("")
	w.p("### 変更のあった項目")
	w.p("")
	if len(ch.Changed) == 0 && len(ch.Gone) == 0 {
		w.p("変更のあった項目はありません。")
	} else {
		w.header("項目ID", "状態", "前回の項目", "前回の判定", "変更内容")
		for _, r := range ch.Changed {
			x := r.Diff
			w.row(mdInline(r.ID), x.StatusJA(), mdInline(x.From), mdInline(prevLabel(x)), mdCell(mdHunks(x)))
		}
		for _, x := range ch.Gone {
			w.row(mdInline(x.From), x.StatusJA(), mdInline(x.From), mdInline(prevLabel(&x)), mdCell("（現行の版にない項目）"))
		}
		w.p("")
		w.p("変更内容の表記：[-削除された語-]{+追加された語+}。")
	}
	w.p("")
	w.p("### 前回の指摘への対応確認が必要な項目")
	w.p("")
	if len(ch.Addressed) == 0 {
		w.p("該当する項目はありません。")
	} else {
		w.header("項目ID", "審査対象項目", "前回の判定", "前回の所見・依頼", "今回の判定")
		for _, r := range ch.Addressed {
			w.row(mdInline(r.ID), mdCell(r.Title), mdInline(prevLabel(r.Diff)), mdCell(r.Diff.PreviousNote), mdInline(verdictLabel(r.Verdict)))
		}
	}
	w.p("")
}

// mdHunks writes a word diff in wdiff's notation, [-deleted-]{+inserted+},
// which reads in plain text; the caller escapes it like any other text.
func mdHunks(x *rowDiff) string {
	var b strings.Builder
	for _, h := range x.Hunks {
		switch h.Op {
		case review.HunkDelete:
			b.WriteString("[-" + h.Text + "-]")
		case review.HunkInsert:
			b.WriteString("{+" + h.Text + "+}")
		default:
			b.WriteString(h.Text)
		}
	}
	if b.Len() == 0 && x.Status == review.Removed {
		return "（回答が削除された）"
	}
	return b.String()
}

func legendText(perMark int) string {
	var parts []string
	for _, v := range verdictOrder {
		parts = append(parts, v.Mark()+" "+v.Japanese())
	}
	s := strings.Join(parts, "　")
	if perMark > 1 {
		s += fmt.Sprintf("（記号1つ ≈ %d項目）", perMark)
	}
	return s
}

func orNone(s, none string) string {
	if strings.TrimSpace(s) == "" {
		return none
	}
	return s
}
