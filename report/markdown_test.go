package report

import "testing"

func TestMarkdownEscaping(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"# 見出し", `\# 見出し`},
		{"#タグ", "#タグ"},
		{"- 箇条", `\- 箇条`},
		{"+81-3-1234", "+81-3-1234"},
		{"---", `\---`},
		{"===", `\===`},
		{"=SUM(A1)", "=SUM(A1)"},
		{"1. 番号", `1\. 番号`},
		{"2026.4.1", "2026.4.1"},
		{"10) 括弧", `10\) 括弧`},
	} {
		if got := mdLineStart(c.in); got != c.want {
			t.Errorf("mdLineStart(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got, want := mdCell("a|b\nc <x> & [y](z)"), `a\|b<br>c \<x\> \& \[y\](z)`; got != want {
		t.Errorf("mdCell = %q, want %q", got, want)
	}
	if got, want := mdQuote("一行目\n    # 二行目\n\n三行目"), "> 一行目\\\n> \\# 二行目\n>\n> 三行目\n"; got != want {
		t.Errorf("mdQuote = %q, want %q", got, want)
	}
}
