// Package demo writes realistic sample case files: the built-in demo that
// `shinsa demo` opens, and archives of any size for benchmarks. Answers are
// generated from the catalogs, so every scheme's rows are filled the way an
// applicant would fill them.
package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"shinsa/criteria"
	"shinsa/review"
)

// company is one fictional applicant.
type company struct {
	Name, Short, Service, Domain string
	Address, Branch, Phone       string
	Rep                          string
	Founded, Started             int
	Staff                        int
	Sales                        int64 // 千円
	DC                           string
}

var companies = []company{
	{"北斗クラウドテクノロジー株式会社", "北斗", "北斗電子契約", "hokuto-cloud.example.jp",
		"〒103-0025 東京都中央区日本橋茅場町五丁目22番18号 日本橋茅場町ビルディング19階", "〒812-0011 福岡県福岡市博多区博多駅前三丁目5番12号", "03-5157-4274",
		"代表取締役社長　山田　直樹", 2010, 2019, 70, 1210930, "東京都内及び大阪府内の国内データセンター"},
	{"株式会社みなと医療システムズ", "みなと", "みなとクラウドカルテ", "minato-med.example.jp",
		"〒220-0012 神奈川県横浜市西区みなとみらい三丁目6番1号", "〒530-0001 大阪府大阪市北区梅田二丁目4番9号", "045-228-1190",
		"代表取締役　佐々木　恵子", 2004, 2012, 182, 3650120, "関東及び関西の国内データセンター（ティア3相当）"},
	{"さくら給与サービス株式会社", "さくら", "さくら給与クラウド", "sakura-kyuyo.example.jp",
		"〒460-0008 愛知県名古屋市中区栄三丁目15番33号", "〒980-0021 宮城県仙台市青葉区中央一丁目2番3号", "052-261-5010",
		"代表取締役社長　鈴木　健一", 1998, 2015, 248, 5120400, "愛知県内の自社データセンター及び東京都内の国内データセンター"},
	{"株式会社ほくせつデータセンター", "ほくせつ", "ほくせつハウジング", "hokusetsu-dc.example.jp",
		"〒561-0872 大阪府豊中市寺内二丁目13番3号", "〒600-8216 京都府京都市下京区東塩小路町721番1号", "06-6151-3300",
		"代表取締役　中村　浩二", 2001, 2003, 95, 2840900, "大阪府豊中市の自社データセンター（耐震構造・ティア3相当）"},
	{"ミライ基盤株式会社", "ミライ", "ミライIaaS", "mirai-kiban.example.jp",
		"〒150-0002 東京都渋谷区渋谷二丁目21番1号", "〒060-0005 北海道札幌市中央区北五条西二丁目5番", "03-6433-7700",
		"代表取締役CEO　高橋　亮", 2013, 2014, 310, 8720300, "東京都及び北海道石狩市の国内データセンター"},
	{"あおば会計クラウド株式会社", "あおば", "あおば会計クラウド", "aoba-kaikei.example.jp",
		"〒980-6120 宮城県仙台市青葉区中央一丁目3番1号 AER20階", "〒100-0005 東京都千代田区丸の内一丁目6番5号", "022-380-4400",
		"代表取締役　伊藤　美咲", 2009, 2011, 64, 980400, "東京都内の国内データセンター"},
	{"株式会社ｶﾅﾒ情報サービス", "カナメ", "カナメ勤怠①", "kaname-info.example.jp",
		"〒730-0011 広島県広島市中区基町11番10号", "〒700-0907 岡山県岡山市北区下石井一丁目2番1号", "082-511-2200",
		"代表取締役社長　渡辺　誠", 2006, 2016, 120, 1530600, "広島県内及び東京都内の国内データセンター"},
}

func yen(thousands int64) string {
	s := fmt.Sprintf("%d", thousands)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// answer writes what an applicant would write for it.
func answer(it criteria.Item, c company, disclosure review.Date, rng *rand.Rand) string {
	t := it.Title + " " + it.Description
	fy := disclosure.Time().Year()
	if disclosure.Time().Month() < 4 {
		fy--
	}
	period := fmt.Sprintf("[%d年3月期]", fy)
	switch it.Constraints.Kind {
	case criteria.KindDate:
		if strings.Contains(t, "開示") {
			return disclosure.Japanese()
		}
		if strings.Contains(t, "設立") {
			return fmt.Sprintf("%d年%d月%d日", c.Founded, 1+rng.IntN(12), 1+rng.IntN(28))
		}
		return fmt.Sprintf("%d年%d月%d日", c.Started, 1+rng.IntN(12), 1+rng.IntN(28))
	case criteria.KindYear:
		if strings.Contains(t, "設立") {
			return fmt.Sprintf("%d年", c.Founded)
		}
		return fmt.Sprintf("%d年", c.Started)
	case criteria.KindMoney:
		switch {
		case strings.Contains(t, "資本金"):
			return yen(c.Sales/12) + "(千円)" + period
		case strings.Contains(t, "経常"):
			return yen(c.Sales/9) + "(千円)" + period
		case strings.Contains(t, "料金") || strings.Contains(t, "費用"):
			return fmt.Sprintf("月額 %s円（税抜）から。利用者数に応じた従量課金あり。", yen(int64(3+rng.IntN(40))*1000))
		}
		return yen(c.Sales) + "(千円)" + period
	case criteria.KindCount:
		unit := it.Constraints.Unit
		if unit == "" {
			unit = "名"
		}
		switch {
		case strings.Contains(t, "従業員") || strings.Contains(t, "社員"):
			return fmt.Sprintf("%d%s（%d年3月末現在）", c.Staff, unit, fy+1)
		case strings.Contains(t, "事業所"):
			return fmt.Sprintf("%d%s", 2+rng.IntN(6), unit)
		}
		return fmt.Sprintf("%d%s", 1+rng.IntN(12), unit)
	case criteria.KindURL:
		return "https://www." + c.Domain + "/" + []string{"", "security/", "service/", "privacy/", "support/"}[rng.IntN(5)]
	case criteria.KindYesNo:
		if rng.IntN(5) == 0 {
			return "無"
		}
		return "有（" + yesDetail(t, rng) + "）"
	case criteria.KindChoice:
		if len(it.Constraints.Choices) > 0 {
			return it.Constraints.Choices[rng.IntN(len(it.Constraints.Choices))]
		}
	}
	return text(it, t, c, rng)
}

func yesDetail(t string, rng *rand.Rand) string {
	switch {
	case strings.Contains(t, "ISMS") || strings.Contains(t, "27001"):
		return "ISO/IEC 27001:2022 認証取得、JQA-IM1234"
	case strings.Contains(t, "プライバシー"):
		return "プライバシーマーク 第17001234(05)号"
	case strings.Contains(t, "冗長"):
		return "2系統の回線を異なるキャリアで冗長化"
	case strings.Contains(t, "暗号"):
		return "AES-256 により保存データを暗号化"
	case strings.Contains(t, "監視"):
		return "24時間365日の有人監視"
	}
	return []string{"規程に定め、年1回見直し", "手順書を整備し運用", "外部監査で確認済み"}[rng.IntN(3)]
}

// sentences by keyword, tried in this order (a slice, so output is stable).
var sentences = []struct {
	key string
	ss  []string
}{
	{"バックアップ", []string{"データベースは毎日1回フルバックアップを取得し、世代管理により14世代を保存しています。", "バックアップデータは遠隔地の別データセンターへ暗号化して転送しています。", "復旧手順は年1回訓練により確認しています。"}},
	{"暗号", []string{"通信はTLS1.2以上で暗号化しています。", "保存データはAES-256で暗号化し、鍵は専用の鍵管理サービスで管理しています。"}},
	{"ログ", []string{"アクセスログ及び操作ログを取得し、1年間保存しています。", "ログは改ざん防止のため書込み専用の領域に保管しています。", "管理者の操作ログは月次で点検しています。"}},
	{"稼働", []string{"月間稼働率99.9%以上を目標としています（計画停止を除く）。", "前年度の実績は99.97%でした。"}},
	{"障害", []string{"障害発生時は検知から30分以内に利用者へ電子メールで通知します。", "障害の原因と再発防止策は5営業日以内に報告します。"}},
	{"問合", []string{"電話及び電子メールで受け付けています。", "受付時間は平日9:00～18:00です（土日祝日及び年末年始を除く）。"}},
	{"契約終了", []string{"契約終了時は利用者のデータをCSV形式で返却します。", "返却後30日以内にデータを消去し、消去証明書を発行します。"}},
	{"事業", []string{"企業向けクラウドサービスの開発・提供を主な事業としています。", "業務システムの受託開発及び導入支援も行っています。"}},
	{"教育", []string{"全従業員を対象に情報セキュリティ教育を年2回実施しています。", "受講後に理解度テストを実施し、記録を3年間保存しています。"}},
	{"委託", []string{"再委託先とは秘密保持契約を締結し、年1回監査を実施しています。", "再委託先の一覧は利用者の求めに応じて開示します。"}},
	{"入退", []string{"ICカードと生体認証による二要素で入退室を管理しています。", "入退室記録は1年間保存しています。"}},
	{"電源", []string{"無停電電源装置（UPS）及び非常用発電機を備え、72時間の連続運転が可能です。"}},
	{"耐震", []string{"建物は免震構造で、震度7相当の地震に耐える設計です。"}},
	{"消火", []string{"サーバ室にはガス系消火設備を設置しています。"}},
	{"ウイルス", []string{"全サーバにマルウェア対策ソフトを導入し、定義ファイルを1日1回以上更新しています。"}},
	{"脆弱性", []string{"年1回、外部の専門事業者による脆弱性診断を実施しています。", "重大な脆弱性は公開から7日以内に修正します。"}},
	{"個人情報", []string{"個人情報は利用目的の範囲内でのみ取り扱い、アクセス権限を業務上必要な者に限定しています。"}},
	{"マイナンバー", []string{"特定個人情報は取扱区域を限定し、取扱担当者以外はアクセスできないよう制御しています。"}},
	{"特定個人", []string{"特定個人情報等の取扱規程を定め、取得・利用・保存・提供・削除の各段階の手順を明確にしています。"}},
	{"医療", []string{"医療情報システムの安全管理に関するガイドライン第6.0版に準拠した運用を行っています。"}},
	{"保守", []string{"保守作業は事前に申請・承認を得て実施し、作業記録を5年間保存しています。", "リモート保守はVPN経由で行い、作業ログを取得しています。"}},
}

func text(it criteria.Item, t string, c company, rng *rand.Rand) string {
	switch {
	case strings.Contains(t, "住所") || strings.Contains(t, "本店"):
		return c.Address
	case strings.Contains(t, "所在"):
		if strings.Contains(t, "データセンター") || strings.Contains(t, "設置") {
			return c.DC
		}
		return c.Address + "\n" + c.Branch
	case strings.Contains(t, "事業者名") || strings.Contains(t, "商号"):
		return c.Name
	case strings.Contains(t, "サービス名"):
		return c.Service
	case strings.Contains(t, "代表者"):
		return c.Rep
	case strings.Contains(t, "役員"):
		return fmt.Sprintf("取締役%d名、監査役%d名", 3+rng.IntN(5), 1+rng.IntN(3))
	case strings.Contains(t, "電話") || strings.Contains(t, "連絡先"):
		return c.Phone + "（受付時間：平日9:00～18:00）"
	}
	var out []string
	for _, k := range sentences {
		if strings.Contains(t, k.key) {
			out = append(out, k.ss...)
			break
		}
	}
	if len(out) == 0 {
		out = []string{
			fmt.Sprintf("%sについては、社内規程に基づき実施しています。", it.Title),
			[]string{"責任者を定め、年1回見直しを行っています。", "実施状況は内部監査で確認しています。", "詳細は利用規約及び別紙に記載しています。", "※利用者の求めに応じて資料を開示します。"}[rng.IntN(4)],
		}
	}
	s := strings.Join(out, "")
	if max := it.Constraints.MaxChars; max > 0 {
		r := []rune(s)
		if len(r) > max {
			s = string(r[:max-1]) + "。"
		}
	}
	return s
}
