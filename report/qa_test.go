package report

import (
	"strings"
	"testing"

	"shinsa/review"
)

// What a Japanese reviewer reads in the finished documents: the letter goes
// to the applicant, the committee report to the committee.

// Checking that an earlier finding was dealt with needs what was asked: the
// request, not only the reviewer's internal note.
func TestCommitteeShowsWhatWasAskedLastTime(t *testing.T) {
	in := renewalCase(t)
	asked := "認証の適用範囲（事業所・サービス）を明記してください。"
	for i := range in.Diffs {
		if in.Diffs[i].Item == "20" {
			p := *in.Diffs[i].Previous
			p.Note, p.Request = "", asked
			in.Diffs[i].Previous = &p
		}
	}
	for _, f := range []Format{Markdown, HTML} {
		out := string(render(t, in, Committee, f))
		sec := out[strings.Index(out, "前回の指摘への対応確認が必要な項目"):]
		if !strings.Contains(sec, asked) {
			t.Errorf("%s: the rows to check do not show the request made last time (%s)", f, asked)
		}
	}
}

// The letter is formal Japanese to the applicant: a verdict is 要確認 or
// 要修正, without the program's English token or its ? and ! marks.
func TestLetterVerdictsInJapaneseOnly(t *testing.T) {
	in := newCase(t)
	for _, f := range []Format{Markdown, HTML} {
		out := string(render(t, in, Letter, f))
		for _, v := range []review.Verdict{review.Query, review.Correction, review.Nonconforming} {
			if strings.Contains(out, "("+string(v)+")") || strings.Contains(out, "（"+string(v)+"）") {
				t.Errorf("%s letter names the verdict %s in English", f, v)
			}
			if strings.Contains(out, v.Mark()+" "+v.Japanese()) {
				t.Errorf("%s letter marks %s with %q", f, v.Japanese(), v.Mark())
			}
			if !strings.Contains(out, v.Japanese()) {
				t.Errorf("%s letter lost the verdict %s", f, v.Japanese())
			}
		}
	}
}

// The anchor paragraph says 作成時点 once, and gives the command to check
// it whole. Only the committee report has it (the letter: TestLetterContents).
func TestAnchorSentenceReadsOnce(t *testing.T) {
	for _, k := range []Kind{Committee} {
		for _, f := range []Format{Markdown, HTML} {
			out := string(render(t, newCase(t), k, f))
			for _, l := range strings.Split(out, "\n") {
				if n := strings.Count(l, "作成時点"); n > 1 {
					t.Errorf("%s %s: 作成時点 %d times in %q", k, f, n, l)
				}
			}
			if !strings.Contains(out, "shinsa verify review-2026.shinsa --anchor 9f2c") {
				t.Errorf("%s %s: no command to check the anchor", k, f)
			}
			if !strings.Contains(out, "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a0c2e4b6d8f0a1c3e5b7d9f:42") {
				t.Errorf("%s %s: no anchor", k, f)
			}
		}
	}
}

// A verdict carried forward says where it came from in Japanese, as the rest
// of the committee report does.
func TestCommitteeCarriedOriginInJapanese(t *testing.T) {
	for _, f := range []Format{Markdown, HTML} {
		out := string(render(t, renewalCase(t), Committee, f))
		if strings.Contains(out, "carried from") {
			t.Errorf("%s committee report says where a verdict came from in English", f)
		}
		if !strings.Contains(out, "申請 #3 の項目 4.1 の判定を引継ぎ（改訂 1）") {
			t.Errorf("%s committee report does not say the origin in Japanese", f)
		}
	}
}

// The automatic checks are named in Japanese beside the rule's id.
func TestCommitteeNamesCheckRulesInJapanese(t *testing.T) {
	for _, f := range []Format{Markdown, HTML} {
		out := string(render(t, renewalCase(t), Committee, f))
		if !strings.Contains(out, "必須項目の未記入") {
			t.Errorf("%s committee report does not name required-empty in Japanese", f)
		}
	}
}
