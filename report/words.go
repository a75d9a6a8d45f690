package report

import (
	"fmt"
	"strings"

	"shinsa/review"
)

// The Japanese wording shared by the Markdown and HTML renderings. Texts
// here are plain (sanitised, not escaped); each renderer escapes them.

const letterTitle = "情報開示認定審査に係る確認・修正のお願い"

// draftMark marks a letter written while rows are unreviewed.
const draftMark = "下書き"

// titleOf is the letter's title, marked 【下書き】 while it is a draft.
func titleOf(d *doc) string {
	if d.Draft {
		return "【" + draftMark + "】" + letterTitle
	}
	return letterTitle
}

// docName is the document's name, marked while it is a draft.
func docName(d *doc) string {
	if d.Draft {
		return "【" + draftMark + "】" + d.Kind.Japanese()
	}
	return d.Kind.Japanese()
}

// draftNotice is the line a draft letter carries above its title.
func draftNotice(d *doc) string {
	return fmt.Sprintf("%s：未審査の項目が%d件あります。審査が終わるまで、本書は申請者に送付しないでください。", draftMark, d.Unreviewed)
}

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
	switch {
	case len(d.Rows) == 0 && d.Draft:
		// Unreviewed rows may yet ask something: never the all-clear.
		paras = append(paras,
			"さて、貴社よりご申請のありました標記サービスの情報開示については、現在審査を継続しております。確認・修正をお願いする事項がある場合は、審査の完了後に改めてお知らせいたします。")
	case len(d.Rows) == 0:
		paras = append(paras,
			"さて、貴社よりご申請のありました標記サービスの情報開示について審査を行った結果、現時点において確認・修正をお願いする事項はございませんので、その旨ご通知申し上げます。",
			"今後の手続きにつきましては、追ってご連絡いたします。")
	default:
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

// letterFacts are the label/value pairs under 記. Nothing here is internal
// to the office: no edition id, no hash, no command.
func letterFacts(d *doc) [][2]string {
	h := d.Head
	f := [][2]string{{"サービス名称", h.Service}, {"事業者名", h.Applicant}}
	if h.CorporateNumber != "" {
		f = append(f, [2]string{"法人番号", h.CorporateNumber})
	}
	f = append(f, [2]string{"制度", h.Scheme + " 情報開示認定"}, [2]string{"申請区分", h.KindJA})
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
	if d.Draft {
		ask += fmt.Sprintf("（審査中：未審査 %d件）", d.Unreviewed)
	}
	f = append(f, [2]string{"ご依頼事項", ask})
	if h.ReplyBy != "" {
		f = append(f, [2]string{"ご回答期限", h.ReplyBy})
	}
	return f
}

// letterSender is the letterhead's lines under the addressee: the office,
// its address and contact, and the signatory; without office settings, the
// reviewer.
func letterSender(h header) []string {
	var out []string
	for _, s := range []string{h.Office.Name, h.Office.Address, h.Office.Contact} {
		for _, l := range strings.Split(s, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	switch {
	case h.Office.Signatory != "":
		out = append(out, h.Office.Signatory)
	case len(out) == 0:
		out = append(out, "審査担当　"+h.Reviewer)
	}
	return out
}

// addresseeLines are 事業者名 御中, and the 代表者 with 様 when known.
func addresseeLines(h header) []string {
	out := []string{h.Applicant + "　御中"}
	if h.Representative != "" {
		out = append(out, h.Representative+"　様")
	}
	return out
}

// askLabel is what the letter calls the request of a row of verdict v.
func askLabel(v review.Verdict) string {
	if v == review.Query {
		return "ご質問"
	}
	return "修正のお願い"
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
	before, after := anchorParts(d)
	return before + d.Verify + after
}

// anchorParts is the anchor sentence around its command, so that HTML can
// set the command apart as code.
func anchorParts(d *doc) (before, after string) {
	return fmt.Sprintf("本書作成時点のケースファイルのイベントログは、ハッシュ %s、記録 %d 件です。その後ケースファイルが書き換えられていないことは、", d.Anchor.Head, d.Anchor.Count),
		" で確認できます。"
}

// previousFinding is what the previous finding of a row said: the note and
// what was asked of the applicant, labelled as findingText labels them.
func previousFinding(note, request string) string {
	var parts []string
	if strings.TrimSpace(note) != "" {
		parts = append(parts, "所見："+note)
	}
	if strings.TrimSpace(request) != "" {
		parts = append(parts, "修正依頼："+request)
	}
	return strings.Join(parts, "\n")
}

// originJA says in Japanese where a carried-forward verdict came from, for
// the Japanese documents; the store and the JSON keep review.CarryForward's
// English sentence, which is read back here. Any other origin is shown as it
// is.
func originJA(origin string) string {
	var app, rev int64
	var item string
	if n, _ := fmt.Sscanf(origin, "carried from application %d item %s (revision %d)", &app, &item, &rev); n == 3 {
		return fmt.Sprintf("申請 #%d の項目 %s の判定を引継ぎ（改訂 %d）", app, item, rev)
	}
	return origin
}

// ruleJA names an automatic check in Japanese (the rule ids of review.Check).
var ruleJA = map[string]string{
	review.RuleRequiredEmpty:        "必須項目の未記入",
	review.RuleMaxChars:             "文字数の超過",
	review.RuleDateNotSeireki:       "和暦の記載",
	review.RuleDateImpossible:       "存在しない日付",
	review.RuleDisclosureDateFuture: "開示情報の日付が未来",
	review.RuleDisclosureDateStale:  "開示情報の日付が1年超前",
	review.RuleMoneyUnit:            "金額の単位なし",
	review.RuleMoneyPeriod:          "決算期の記載なし",
	review.RuleCorporateNumber:      "法人番号の誤り",
	review.RuleURL:                  "URLの誤り",
	review.RuleCertificationNumber:  "認定番号の誤り",
	review.RuleUnknownItem:          "様式にない項目",
	review.RuleChoice:               "選択肢以外の記載",
	review.RuleYesNo:                "有無の記載なし",
	review.RuleCount:                "数値の記載なし",
	review.RulePattern:              "記載形式の不一致",
}

// ruleLabel is 「必須項目の未記入（required-empty）」, or the id alone.
func ruleLabel(rule string) string {
	if ja, ok := ruleJA[rule]; ok {
		return ja + "（" + rule + "）"
	}
	return rule
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
	if strings.TrimSpace(r.Reply) != "" {
		parts = append(parts, "事業者の回答："+r.Reply)
	}
	if len(r.Citations) > 0 {
		parts = append(parts, "根拠資料："+citationsText(r))
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
