package report

import (
	"fmt"
	"strings"

	"shinsa/review"
)

// The Japanese wording shared by the Markdown and HTML renderings. Texts
// here are plain (sanitised, not escaped); each renderer escapes them.

const letterTitle = "情報開示認定審査に係る確認・修正のお願い"

// subject is the letter's 件名.
func subject(h header) string {
	s := fmt.Sprintf("「%s」の情報開示（%s 情報開示認定、%s申請", h.Service, h.Scheme, h.KindJA)
	if h.CertNumber != "" {
		s += "、認定番号 " + h.CertNumber
	}
	return s + "）について"
}

// letterOpening is the letter's body before 記: greeting, purpose, reply
// deadline and 敬具, as paragraphs.
func letterOpening(d *doc) []string {
	paras := []string{"拝啓　時下ますますご清栄のこととお慶び申し上げます。平素は格別のご高配を賜り、厚く御礼申し上げます。"}
	if len(d.Rows) == 0 {
		paras = append(paras,
			"さて、貴社よりご申請のありました標記サービスの情報開示について審査を行った結果、現時点において確認・修正をお願いする事項はございませんので、その旨ご通知申し上げます。",
			"今後の手続きにつきましては、追ってご連絡いたします。")
	} else {
		paras = append(paras,
			"さて、貴社よりご申請のありました標記サービスの情報開示について審査を行った結果、下記の事項について確認・修正をお願いいたします。",
			replyLine(d.Head))
	}
	return append(paras, "敬具")
}

func replyLine(h header) string {
	if h.ReplyBy == "" {
		return "つきましては、各事項へのご回答と修正後の開示内容をご提出くださいますようお願い申し上げます。ご回答の期限は別途ご連絡いたします。"
	}
	return fmt.Sprintf("つきましては、各事項へのご回答と修正後の開示内容を、%sまでにご提出くださいますようお願い申し上げます。", h.ReplyBy)
}

// letterFacts are the label/value pairs under 記.
func letterFacts(d *doc) [][2]string {
	h := d.Head
	f := [][2]string{{"サービス名称", h.Service}, {"事業者名", h.Applicant}}
	if h.CorporateNumber != "" {
		f = append(f, [2]string{"法人番号", h.CorporateNumber})
	}
	f = append(f, [2]string{"制度", schemeLine(h)}, [2]string{"申請区分", h.KindJA})
	if h.CertNumber != "" {
		f = append(f, [2]string{"認定番号", h.CertNumber})
	}
	f = append(f,
		[2]string{"開示情報の日付", h.Disclosure},
		[2]string{"審査回", fmt.Sprintf("第%d回", h.Round)},
		[2]string{"審査担当", h.Reviewer})
	ask := "なし"
	if n := len(d.Rows); n > 0 {
		ask = fmt.Sprintf("計%d件（%s）", n, d.actionSummary())
	}
	f = append(f, [2]string{"ご依頼事項", ask})
	if h.ReplyBy != "" {
		f = append(f, [2]string{"ご回答期限", h.ReplyBy})
	}
	return f
}

// committeeFacts are the header rows of the committee report.
func committeeFacts(d *doc) [][2]string {
	h := d.Head
	f := [][2]string{
		{"申請", fmt.Sprintf("#%d", h.AppID)},
		{"サービス名称", h.Service},
		{"事業者名", h.Applicant},
	}
	if h.CorporateNumber != "" {
		f = append(f, [2]string{"法人番号", h.CorporateNumber})
	}
	f = append(f, [2]string{"制度", schemeLine(h)}, [2]string{"申請区分", fmt.Sprintf("%s（第%d回審査）", h.KindJA, h.Round)})
	if h.CertNumber != "" {
		f = append(f, [2]string{"認定番号", h.CertNumber})
	}
	disc := h.Disclosure
	if h.Expires != "" {
		disc += "（認定の有効期限 " + h.Expires + "）"
	}
	return append(f,
		[2]string{"開示情報の日付", disc},
		[2]string{"提出日", h.Submitted},
		[2]string{"審査員", h.Reviewer},
		[2]string{"報告日", h.Date})
}

func schemeLine(h header) string {
	s := h.Scheme
	if h.Edition != "" {
		s += "（" + h.Edition + "）"
	}
	return s
}

// anchorSentence says what the anchor is and how to check it.
func anchorSentence(d *doc) string {
	return fmt.Sprintf("ケースファイルのイベントログは、本書の作成時点でハッシュ %s、記録 %d 件でした。ケースファイルがその後書き換えられていないことは、%s で確認できます。",
		d.Anchor.Head, d.Anchor.Count, d.Verify)
}

// findingText is the note and the correction request of a row, labelled.
func findingText(r row) string {
	var parts []string
	if strings.TrimSpace(r.Note) != "" {
		parts = append(parts, "所見："+r.Note)
	}
	if strings.TrimSpace(r.Request) != "" {
		parts = append(parts, "修正依頼："+r.Request)
	}
	if len(parts) > 0 && r.Reviewer != "" {
		who := r.Reviewer
		if t := r.TimeText(); t != "" {
			who += " " + t
		}
		parts = append(parts, "（"+who+"）")
	}
	return strings.Join(parts, "\n")
}

// changeCell is a row's comparison with the previous submission, in brief.
func changeCell(r row) string {
	if r.Diff == nil {
		return ""
	}
	s := r.Diff.StatusJA()
	if r.Diff.FormOnly {
		s += "（表記のみ）"
	}
	if r.Diff.Status == review.Moved && r.Diff.From != "" {
		s += "（旧 " + r.Diff.From + "）"
	}
	if r.Diff.Previous != "" {
		s += "\n前回 " + r.Diff.Previous.Mark() + " " + r.Diff.Previous.Japanese()
	}
	if r.Diff.CheckAddressed {
		s += "\n要対応確認"
	}
	return s
}

// prevLabel is the previous verdict, or 「なし」.
func prevLabel(x *rowDiff) string {
	if x.Previous == "" {
		return "なし"
	}
	return verdictLabel(x.Previous)
}
