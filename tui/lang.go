package tui

import (
	"fmt"
	"os"

	"shinsa/review"
)

// LangFromEnv is "ja" when LANG, LC_ALL or LC_MESSAGES names a Japanese
// locale (ja_JP.UTF-8, ja), else "en".
func LangFromEnv() string { return LangOf(os.Getenv) }

// t translates a piece of chrome (titles, status bar, help, prompts). The
// English text is the key; a missing Japanese entry falls back to English.
func (c *Common) t(en string) string {
	if c.lang == "ja" {
		if j, ok := ja[en]; ok {
			return j
		}
	}
	return en
}

// tfn is tf with the English singular form when n is 1 (Japanese has one
// form: the plural's entry).
func (c *Common) tfn(n int, one, many string, args ...any) string {
	if n == 1 && c.lang != "ja" {
		return fmt.Sprintf(one, args...)
	}
	return c.tf(many, args...)
}

// tf is t with fmt.Sprintf.
func (c *Common) tf(format string, args ...any) string {
	return fmt.Sprintf(c.t(format), args...)
}

// verdictName names a verdict in the chrome's language, with the other
// language's term when wide is set: "conforms 適合", "適合 conforms".
func (c *Common) verdictName(v review.Verdict, wide bool) string {
	en, jp := string(v), v.Japanese()
	switch {
	case !wide && c.lang == "ja":
		return jp
	case !wide:
		return en
	case c.lang == "ja":
		return jp + " " + en
	}
	return en + " " + jp
}

// statusName names an item status of a renewal comparison.
func (c *Common) statusName(s review.ItemStatus) string {
	if c.lang == "ja" {
		return statusJA[s]
	}
	return string(s)
}

var statusJA = map[review.ItemStatus]string{
	review.Unchanged: "変更なし",
	review.Changed:   "変更",
	review.Added:     "追加",
	review.Removed:   "削除",
	review.Moved:     "移動",
}

// kindName names a catalog item's kind of answer: the catalog's code in
// English, a word in Japanese.
func (c *Common) kindName(k string) string {
	if j, ok := kindJA[k]; ok && c.lang == "ja" {
		return j
	}
	return k
}

// originText says where a carried-forward verdict came from (review's
// "carried from application 1 item 12 (revision 1)") in the chrome's
// language; an origin of another form is shown as it is.
func (c *Common) originText(origin string) string {
	var app, rev int
	var item string
	if c.lang == "ja" {
		if n, _ := fmt.Sscanf(origin, "carried from application %d item %s (revision %d)", &app, &item, &rev); n == 3 {
			return fmt.Sprintf("#%d の項目 %s（版%d）から承継", app, CleanLine(item), rev)
		}
	}
	return CleanLine(origin)
}

var kindJA = map[string]string{
	"text": "文章", "date": "日付", "year": "年", "money": "金額", "count": "数",
	"url": "URL", "yes/no": "有無", "choice": "選択",
}

// ja holds the Japanese chrome. TestEveryChromeStringIsTranslated keeps it
// complete.
var ja = map[string]string{
	// case list
	"Applications":    "申請一覧",
	"%d applications": "%d件",
	"sorted by %s":    "並び順: %s",
	"filter: %s":      "絞り込み: %s",
	"loading…":        "読み込み中…",
	"no applications in this case file: add one with 'shinsa import CASEFILE FILE'": "この案件ファイルには申請がありません。'shinsa import CASEFILE FILE' で追加してください",
	"no application matches the filter":                                             "絞り込みに一致する申請はありません",
	"ID":                                                                            "ID",
	"Cert no.":                                                                      "認定番号",
	"Service":                                                                       "サービス",
	"Applicant":                                                                     "事業者",
	"Scheme":                                                                        "制度",
	"Kind":                                                                          "区分",
	"Status":                                                                        "状態",
	"Progress":                                                                      "進捗",
	"Verdicts":                                                                      "判定",
	"Expires":                                                                       "有効期限",
	"lapsed":                                                                        "失効",
	"%dd":                                                                           "残%d日",
	"remind":                                                                        "更新案内",
	"id":                                                                            "ID",
	"cert no.":                                                                      "認定番号",
	"service":                                                                       "サービス",
	"applicant":                                                                     "事業者",
	"scheme":                                                                        "制度",
	"kind":                                                                          "区分",
	"status":                                                                        "状態",
	"progress":                                                                      "進捗",
	"expiry":                                                                        "有効期限",
	"received":                                                                      "受付",
	"in-review":                                                                     "審査中",
	"queries-sent":                                                                  "照会中",
	"committee":                                                                     "委員会",
	"certified":                                                                     "認定",
	"rejected":                                                                      "不認定",
	"withdrawn":                                                                     "取下げ",
	"R%d":                                                                           "第%d回",
	// review
	"renewal of #%d":                    "#%d の更新",
	"change to #%d":                     "#%d の変更届",
	"round %d of #%d":                   "#%d の第%d回",
	"diff with #%d":                     "#%d との差分",
	"%d of %d rows":                     "%d / %d 行",
	"no row matches the filter":         "絞り込みに一致する行はありません",
	"no changed rows":                   "変更された行はありません",
	"not in the catalog":                "カタログにない項目",
	"required":                          "必須",
	"optional":                          "選択",
	"What it must state":                "記述内容",
	"Rules":                             "形式",
	"kind %s":                           "種類 %s",
	"max %d chars":                      "%d字以内",
	"unit %s":                           "単位 %s",
	"西暦 dates":                          "西暦で記載",
	"names the fiscal period":           "決算期を付す",
	"one of: %s":                        "選択肢: %s",
	"Answer":                            "回答",
	"not answered":                      "未回答",
	"Evidence: %s":                      "証跡: %s",
	"Evidence":                          "証跡",
	"same as last time %s":              "前回と同一 %s",
	"new version %s (was %s)":           "新版 %s（前回 %s）",
	"new %s":                            "新規 %s",
	"gone (was %s)":                     "削除（前回 %s）",
	"was named %s":                      "前回の名前 %s",
	"Applicant's note: %s":              "備考: %s",
	"Applicant's reply: %s":             "事業者の回答: %s",
	"not changed by the applicant":      "事業者による変更なし",
	"Clauses":                           "対応条項",
	"no mapped clauses":                 "対応条項なし",
	"Checks":                            "自動チェック",
	"no problems found":                 "問題なし",
	"Previous (#%d)":                    "前回 (#%d)",
	"answer unchanged":                  "回答は変更なし",
	"answer unchanged (form only)":      "回答は変更なし（表記のみ）",
	"no answer last time":               "前回は回答なし",
	"not reviewed last time":            "前回は未審査",
	"Finding":                           "所見",
	"Note":                              "メモ",
	"Correction request":                "修正依頼",
	"rev %d":                            "版%d",
	"unsaved":                           "未保存",
	"Row":                               "行",
	"new (#%d)":                         "今回 (#%d)",
	"old (#%d)":                         "前回 (#%d)",
	"previous: %s":                      "前回: %s",
	"moved from %s":                     "%s から移動",
	"form only: width or dashes differ": "表記のみの違い（全角半角・ダッシュ）",
	"the answer was too long for a word diff: sentences compared": "回答が長いため文単位で比較",
	"word diff failed (%s): whole texts shown":                    "単語差分に失敗しました（%s）: 全文を表示",
	"check that the earlier finding was dealt with":               "前回の指摘への対応を確認してください",
	"filter rows: id, text or verdict":                            "行を絞り込む: 項目ID・文言・判定",
	// editor
	"Editing %s of %s":                  "%[2]s の%[1]sを編集中",
	"every change is saved as you type": "入力はそのつど保存されます",
	"saving…":                           "保存中…",
	"Someone else saved %s":             "%s は他の人が保存しました",
	"Theirs: %s, %s, rev %d":            "相手: %s、%s、版%d",
	"Yours (not saved)":                 "あなた（未保存）",
	"m keep mine · t take theirs":       "m 自分の版を保存 · t 相手の版を採用",
	// status bar
	"saved %s":                "保存 %s",
	"%d/%d reviewed":          "%d/%d 審査済",
	"%s saved %s":             "%s が %s を保存",
	"%s saved %s and %d more": "%s が %s ほか%d件を保存",
	"%s: not saved: %s. Your text is kept and saved as soon as the case file can be written.": "%s: 保存できません: %s。入力は残っています。案件ファイルに書き込めるようになりしだい保存します。",
	"%s changed under you: choose m (keep mine) or t (take theirs)":                           "%s は他の人が変更しました: m（自分の版を保存）か t（相手の版を採用）を選んでください",
	"kept your version of %s": "%s は自分の版を保存します",
	"READ-ONLY: %s. You can read everything; nothing can be saved.": "読み取り専用: %s。閲覧はできますが、保存はできません。",
	"took their version of %s":                                      "%s は相手の版を採用しました",
	"%s: %s":                                                        "%s: %s",
	"could not load: %v":                                            "読み込めません: %v",
	"could not refresh: %v":                                         "更新できません: %v",
	"search failed: %v":                                             "検索できません: %v",
	"Record the previous verdict on %d unchanged rows? y/n":         "変更のない %d 行に前回の判定を記録しますか? y/n",
	"recorded the previous verdict on %d rows":                      "%d 行に前回の判定を記録しました",
	"nothing recorded: %v":                                          "記録しませんでした: %v",
	"Not quitting: %s is not saved. Press ctrl+c again to quit without it.": "終了しません: %s が保存されていません。もう一度 ctrl+c で保存せずに終了します。",
	"cancelled": "取り消しました",
	"nothing to accept: no unchanged row has a previous conforms or not-applicable verdict and no finding yet": "受け入れる行はありません（前回適合・対象外で、今回未審査の変更なし行がありません）",
	"exporting…": "出力中…",
	"exporting once every change is saved…":          "保存が済みしだい出力します…",
	"%s is not saved: the report would leave it out": "%s が保存されていません: 報告書に入りません",
	"wrote %s (and .md) in %s":                       "%s を出力しました（.md も）: %s",
	"export failed: %v":                              "出力できません: %v",
	"no more unreviewed rows below":                  "この先に未審査の行はありません",
	"no more unreviewed rows above":                  "この前に未審査の行はありません",
	"no more unreviewed rows below in this view; %d more outside it (esc shows every row)": "この表示では先に未審査の行はありません。表示外に%d行あります（esc ですべての行を表示）",
	"no more unreviewed rows above in this view; %d more outside it (esc shows every row)": "この表示では前に未審査の行はありません。表示外に%d行あります（esc ですべての行を表示）",
	// search
	"Search":                               "検索",
	"search every answer in the case file": "案件ファイルの全回答を検索",
	"type to search every answer (any length, Japanese too)": "入力すると全回答を検索します（1文字から）",
	"%d hits":                       "%d件",
	"%d+ hits":                      "%d件以上",
	"no hits":                       "該当なし",
	"searching…":                    "検索中…",
	"still searching":               "検索中です",
	"type what to search for first": "先に検索語を入力してください",
	"there is no hit":               "該当がありません",
	"page up":                       "前のページ",
	"page down":                     "次のページ",
	// help
	"Help":  "ヘルプ",
	"Marks": "記号",
	"verdicts: · unreviewed  ✓ conforms 適合  ? query 要確認  ! correction 要修正  ✗ nonconforming 不適合  - not applicable 対象外": "判定: · 未審査  ✓ 適合  ? 要確認  ! 要修正  ✗ 不適合  - 対象外",
	"rows: 必 required  * changed  + added  - removed  > moved  ~ form only  ※ check problem  # not saved":             "行: 必 必須  * 変更  + 追加  - 削除  > 移動  ~ 表記のみ  ※ 自動チェックの指摘  # 未保存",
	"expiry: date and days left (Nd); !Nd inside the four-month reminder window; lapsed once expired":                 "有効期限: 日付と残日数（残N日）。更新案内の4か月以内は !残N日、期限切れは 失効",
	"Keys of %s":        "%s のキー",
	"(unavailable: %s)": "（使えません: %s）",
	"Review":            "審査",
	"Move":              "移動",
	"Verdict":           "判定",
	"View":              "表示",
	"General":           "全般",
	"Diff":              "差分",
	// key help
	"up":               "上へ",
	"down":             "下へ",
	"top":              "先頭へ",
	"bottom":           "末尾へ",
	"half page down":   "半ページ下へ",
	"half page up":     "半ページ上へ",
	"open":             "開く",
	"back":             "戻る",
	"switch pane":      "ペイン切替",
	"conforms":         "適合",
	"query":            "要確認",
	"correction":       "要修正",
	"nonconforming":    "不適合",
	"not applicable":   "対象外",
	"clear verdict":    "判定を消す",
	"edit note":        "メモを編集",
	"edit request":     "修正依頼を編集",
	"next unreviewed":  "次の未審査",
	"prev unreviewed":  "前の未審査",
	"filter":           "絞り込み",
	"diff on/off":      "差分 表示/解除",
	"side by side":     "左右に並べる",
	"accept unchanged": "変更なし行を承継",
	"export report":    "報告書を出力",
	"search case":      "案件を検索",
	"help":             "ヘルプ",
	"quit":             "終了",
	"sort":             "並べ替え",
	"done":             "完了",
	"next field":       "次の欄",
	"keep mine":        "自分の版を保存",
	"take theirs":      "相手の版を採用",
	"yes":              "はい",
	"no":               "いいえ",
	// hint line
	"1-5 verdict":         "1-5 判定",
	"j/k scroll":          "j/k スクロール",
	"everything is shown": "すべて表示されています",
	"keep filter":         "絞り込みを確定",
	"clear filter":        "絞り込みを解除",
	"Filter":              "絞り込み",
	"Conflict":            "競合",
	"e note":              "e メモ",
	"r request":           "r 修正依頼",
	"n/N unreviewed":      "n/N 未審査へ",
	"d diff":              "d 差分",
	"v side by side":      "v 左右表示",
	"a accept":            "a 承継",
	"x export":            "x 出力",
	"S search":            "S 検索",
	"tab pane":            "tab ペイン",
	// disabled reasons
	"no application is selected": "申請が選ばれていません",
	"no row is selected":         "行が選ばれていません",
	"still loading":              "読み込み中です",
	"already at the top":         "先頭です",
	"already at the bottom":      "末尾です",
	"only for renewals, change notices and later rounds":  "更新・変更届・再提出のみ",
	"there is no previous submission to compare with":     "比較する前回の提出がありません",
	"only in diff view (d)":                               "差分表示（d）でのみ",
	"resolve the conflict first (m or t)":                 "先に競合を解決してください（m か t）",
	"this row is not in the catalog; it cannot be judged": "カタログにない行は判定できません",
	"#%d is %s: its findings are closed (reopen it with :status in-review, or shinsa status %s %d in-review)": "#%d は%sです。所見は確定しています（再開するには :status in-review か shinsa status %s %d in-review）",
	"the right pane has nothing more to scroll":                                                               "右ペインにこれ以上ありません",
	"the catalog of this application is not known":                                                            "この申請のカタログが不明です",
	"export is running":  "出力中です",
	"no filter to clear": "解除する絞り込みがありません",
	// run
	"Case":        "案件",
	"application": "申請",
	// keys
	"%c does nothing here (IME on?)": "%c はここでは使えません（IME がオンですか？）",
	"undo my last change":            "自分の直前の変更を取り消す",
	"redo":                           "やり直す",
	"mark row":                       "行に印",
	"mark range":                     "範囲に印",
	"row history":                    "行の履歴",
	"open the evidence file":         "証跡ファイルを開く",
	"cite in the finding":            "所見にこの資料を引用",
	"previous evidence file":         "前の証跡ファイル",
	"next evidence file":             "次の証跡ファイル",
	"o open file":                    "o 資料を開く",
	"[PAGE]":                         "[ページ]",
	"cite the selected evidence file in this row's finding, at a page (as c)": "選択中の証跡をこの行の所見に引用（ページ指定可、c と同じ）",
	"fetch it with:": "取得コマンド:",
	"%s: no desktop to open it on; a private copy is at %s":                                 "%s: 開くデスクトップがありません。非公開の写しは %s",
	"%s is not opened on the server: its SHA-256 and the command that fetches it are shown": "%s はサーバー上では開きません。SHA-256 と取得コマンドを表示しました",
	"cited %s":                           "引用 %s",
	"cited":                              "引用あり",
	"opening %s…":                        "%s を開いています…",
	"%s: not cited: %v":                  "%s: 引用できません: %v",
	"opened %s (a private copy)":         "%s を開きました（非公開の写し）",
	"[ ] select · o open · c cite":       "[ ] 選択 · o 開く · c 引用",
	"%s cites %s":                        "%s の所見が %s を引用",
	"%s not opened: %v":                  "%s を開けません: %v",
	"row %s has no evidence files":       "%s 行には証跡ファイルがありません",
	"zoom pane":                          "ペインを拡大",
	"narrower list":                      "一覧を狭く",
	"wider list":                         "一覧を広く",
	"#%d is %s: its findings are closed": "#%d は%sです。所見は確定しています",
	"undid %s":                           "取り消しました: %s",
	"redid %s":                           "やり直しました: %s",
	"no row marked":                      "印のついた行はありません",
	"nobody has judged this row yet":     "この行はまだ誰も判定していません",
	"History of %s":                      "%s の履歴",
	"reading the log…":                   "記録を読んでいます…",
	"%s marked: a verdict key judges them all, esc unmarks": "%s に印: 判定キーで全部に判定、esc で印を外す",
	"note":                                  "メモ",
	"request":                               "修正依頼",
	"%s changed":                            "%s を変更しました",
	"could not read the log: %v":            "記録を読めません: %v",
	"(h or esc closes)":                     "（h か esc で閉じる）",
	"#%d, the previous certification":       "#%d（前回の認定）",
	"#%d, round %d":                         "#%d（第%d回）",
	"%s on %s (%s → %s)":                    "%[2]s の%[1]s（%[3]s → %[4]s）",
	"%s on %s":                              "%[2]s の%[1]s",
	"row":                                   "行",
	"rows":                                  "行",
	"verdict":                               "判定",
	"note and request":                      "メモと修正依頼",
	"nothing to undo on this screen":        "この画面で取り消せる変更はありません",
	"nothing to redo":                       "やり直せる変更はありません",
	"marks cleared":                         "印を外しました",
	"range starts here: move, then V again": "範囲の始まり: 移動してもう一度 V",
	"no marked row changed: they are %s already": "印の行は変わりません: すでに%sです",
	"u undo": "u 取消",
	"after a verdict, move to the next unreviewed row: on or off":      "判定の後、次の未審査行へ移る: オン／オフ",
	"after a verdict the cursor moves to the next unreviewed row (on)": "判定の後、次の未審査行へ移ります（オン）",
	"after a verdict the cursor stays on the row (advance off)":        "判定の後も同じ行に留まります（オフ）",
	"sorted by %s, descending":                                         "%sの降順",
	"submitted %dd ago":                                                "提出から%d日",
	"ascending/descending":                                             "昇順／降順",
	"zoomed: z":                                                        "拡大中: z",
	"the pane is zoomed (z)":                                           "ペインを拡大中です（z）",
	"the list is as narrow as it goes":                                 "一覧はこれ以上狭くできません",
	"the list is as wide as it goes":                                   "一覧はこれ以上広くできません",
	"%s in %s already exist: overwrite them? y/n":                      "%[2]s に %[1]s があります。上書きしますか？ y/n",
	"reply by %s":                                                      "回答期限 %s",
	"reply %s overdue":                                                 "回答期限 %s 超過",
	// command line
	"row No, or a command (help lists them)": "行番号かコマンド（help で一覧）",
	"esc cancel":                             "esc 取消",
	"run":                                    "実行",
	"complete":                               "補完",
	"earlier commands":                       "以前のコマンド",
	"command line":                           "コマンド行",
	": command":                              ": コマンド",
	"Command line":                           "コマンド行",
	":No — jump to that row (:9, :4.2, #9; full-width accepted)": ":番号 — その行へ移動（:9、:4.2、#9。全角も可）",
	"unavailable: %s":                         "使えません: %s",
	":%s could be %s":                         ":%s は %s のどれですか",
	"there is no row %s in this application":  "この申請に行 %s はありません",
	":%s is not a command (:help lists them)": ":%s はコマンドではありません（:help で一覧）",
	":%s: %s":                          ":%s: %s",
	":%s needs %s: one of %s":          ":%s には %s が要ります: %s のどれか",
	":%s %s: choose one of %s":         ":%s %s: %s から選んでください",
	"list the keys and these commands": "キーとコマンドの一覧",
	"STATUS":                           "状態",
	"move the application to another status, through the office's rules":        "申請の状態を変える（事務局の規則に従う）",
	"show only what changed since the previous submission, or everything again": "前回の提出からの変更だけを表示／すべて表示",
	"write the finding report and the letter next to the case file (as x)":      "所見報告と通知文をケースファイルの隣に書き出す（x と同じ）",
	"write the letter to the applicant with the report (as x)":                  "申請者への通知文を報告と共に書き出す（x と同じ）",
	"record the second reviewer's sign-off":                                     "二次審査の承認を記録する",
	"#%d: no sign-off: %v":                                                      "#%d: 二次審査を記録できません: %v",
	"#%d: second check (二次審査) recorded by %s":                                   "#%d: %s が二次審査を記録しました",
	"moving #%d to %s…":                                                         "#%d を%sにしています…",
	"#%d stays %s: %v":                                                          "#%d は%sのままです: %v",
	"#%d: %s → %s":                                                              "#%d: %s → %s",
	"Commands":                                                                  "コマンド",
}
