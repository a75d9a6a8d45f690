package main

import "shinsa/criteria"

// medical is every ASP・SaaS row, same ids, followed by the rows the medical
// scheme strengthened: compliance, maintenance and operations, and
// end-of-contract handling. Every added row maps to at least one of the
// medical guidelines.
func medical() *criteria.Catalog {
	cats := append(aspCats(),
		cat("medical-compliance", "医療情報の取扱いに係るコンプライアンス"),
		cat("medical-operations", "保守・運用"),
		cat("medical-end", "契約終了時の医療情報の取扱い"),
	)
	return build("medical-asp-saas",
		provenance("MIC's disclosure guideline for ASP・SaaS handling medical information (ASP・SaaS（医療情報取扱いサービス）の安全・信頼性に係る情報開示指針) and of the medical guidelines it rests on"),
		cats, append(aspNos(), medicalNos()...))
}

func medicalNos() []no {
	return []no{
		n("medical-compliance", "準拠するガイドライン",
			req("3省2ガイドライン（医療情報システムの安全管理に関するガイドライン及び事業者向けガイドライン）への準拠の状況", txt(),
				mhlw("O-3", I), mmed("1.2", I), meti("1.2", I)),
			req("準拠の状況を医療機関等に説明する資料（サービス仕様適合開示書等）の提供の有無", yn(),
				mhlw("G-2", I), mmed("2.2", S))),
		n("medical-compliance", "医療情報の取扱い",
			req("サービスで取り扱う医療情報の種類（診療録・検査結果・医用画像等）", txt(), mmed("1.2", I), mhlw("O-1", I)),
			req("医療情報を受託の目的の外に利用しないことの規定の有無", yn(), meti("5.1", S), asp("II.3.2", I)),
			req("医療情報を保存するサーバの所在国（国内法の執行が及ぶ範囲か）", txt(), mmed("8.1", S), meti("5.2", I))),
		n("medical-compliance", "責任分界",
			req("医療機関等と事業者の責任分界を明示する方法（契約書・SLA等）", txt(), mhlw("G-4", I), mhlw("M-5", I), mmed("2.1", S)),
			req("医療機関等への説明責任を果たす方法", txt(), mmed("2.2", S), meti("2.2", S))),
		n("medical-compliance", "安全管理の体制",
			req("医療情報の安全管理の責任者", txt(), meti("3.2", S), mmed("4.1", I)),
			req("安全管理措置を定めた運用管理規程の有無", yn(), mmed("4.5", S), mhlw("M-1", I))),
		n("medical-compliance", "医療情報の再委託",
			req("医療情報の取扱いを再委託する場合の範囲と管理の方法", txt(), mmed("3.3", S), meti("5.3", S))),
		n("medical-compliance", "電子保存の三基準",
			req("真正性・見読性・保存性を確保する方法", txt(), mhlw("C-11", S), mmed("5.1", I), mmed("5.2", I), mmed("5.3", I)),
			opt("電子署名・タイムスタンプの利用の有無", yn(), mhlw("C-10", S))),
		n("medical-compliance", "リスク評価",
			req("医療情報に関するリスク評価の実施の有無と頻度", txt(), mhlw("M-2", S), mhlw("G-2", I))),
		n("medical-compliance", "従業者の教育",
			req("医療情報の取扱いに関する従業者教育の内容と頻度", txt(), mmed("4.4", S), meti("3.3", S), mhlw("M-4", I))),
		n("medical-compliance", "監査への協力",
			opt("医療機関等による監査・立入検査への協力の可否", yn(), meti("8.1", S), mhlw("M-8", I))),
		n("medical-compliance", "非常時の対応",
			req("非常時（災害・サイバー攻撃等）の対応計画と医療機関等への連絡の方法", txt(), mhlw("M-6", I), mhlw("C-14", S))),

		n("medical-operations", "保守作業の管理",
			req("保守作業の実施手順と医療機関等による承認の方法", txt(), mmed("6.1", S), mhlw("C-9", S), meti("4.4", I)),
			req("保守作業の記録の項目と保存期間", txt(), mmed("6.1", S), mhlw("C-9", S))),
		n("medical-operations", "リモートメンテナンス",
			req("リモートメンテナンスの有無", yn(), mmed("6.2", S), mhlw("C-9", I)),
			req("リモートメンテナンスの接続方法と安全対策（接続元の限定・通信の暗号化等）", txt(), mmed("6.2", S), mhlw("C-4", I)),
			opt("医療機関等が作業の内容を確認する方法", txt(), mmed("6.1", I))),
		n("medical-operations", "障害ログ・監査ログ",
			req("医療情報へのアクセスの記録（監査ログ）の取得と保存期間", txt(), mhlw("C-6", S), meti("4.3", S)),
			req("障害の記録（障害ログ）の保存と医療機関等への報告", txt(), mmed("6.3", S), meti("6.1", I)),
			opt("ログを医療機関等に提供する方法", txt(), mhlw("C-6", I))),
		n("medical-operations", "アクセス権の管理",
			req("医療情報にアクセスできる従業者の範囲と権限の管理", txt(), mhlw("C-5", S), mmed("4.3", I)),
			req("利用者（医療従事者）の認証方式（二要素認証の可否等）", txt(), mhlw("C-5", S))),
		n("medical-operations", "不正ソフトウェア対策",
			req("医療情報を扱う機器の不正ソフトウェア対策と脆弱性への対応", txt(), mhlw("C-7", S), mmed("4.3", I))),
		n("medical-operations", "障害・事故の報告",
			req("障害・事故発生時に医療機関等へ報告する手順と期限", txt(), meti("6.1", S), mmed("6.3", S), mhlw("G-5", I)),
			req("復旧と再発防止策を医療機関等へ報告する方法", txt(), meti("6.2", S))),
		n("medical-operations", "医療情報のバックアップ",
			req("医療情報のバックアップの方法と復旧の手順", txt(), mhlw("C-8", S), mmed("5.3", I))),
		n("medical-operations", "設置場所の物理的対策",
			req("医療情報を扱う設備の設置場所と入退室の管理", txt(), mhlw("C-2", S), meti("4.1", S), mmed("4.2", I))),
		n("medical-operations", "記録媒体の管理",
			opt("医療情報を記録した媒体の管理と持出しの制限", txt(), mhlw("C-3", S), mhlw("M-3", I))),

		n("medical-end", "医療情報の返却",
			req("契約終了時に医療情報を返却する方法と形式（標準的な形式等）", txt(), mmed("7.1", S), meti("7.1", S), mhlw("M-9", I)),
			req("返却の期限（契約終了から何日以内か）", txt(), mmed("7.1", S)),
			opt("返却に要する費用", txt(), mmed("7.1", I))),
		n("medical-end", "医療情報の消去",
			req("医療情報を消去・廃棄する方法（バックアップを含む）", txt(), mmed("7.2", S), meti("7.2", S), mhlw("C-13", I)),
			req("消去の期限", txt(), mmed("7.2", S)),
			req("消去証明書の発行の有無", yn(), mmed("7.2", S), meti("7.2", S))),
		n("medical-end", "移行への協力",
			opt("他のサービスへ移行する際の協力の内容", txt(), mmed("7.3", S)),
			opt("サービスを終了する際の代替手段の案内", txt(), mmed("7.3", I), mhlw("M-9", I))),
	}
}

// mynumber is every ASP・SaaS row, same ids, followed by rows that follow the
// PPC guideline's safety measures A–F and end-of-contract handling, each
// mapped to ppc-mynumber clauses.
func mynumber() *criteria.Catalog {
	cats := append(aspCats(),
		cat("mynumber-compliance", "特定個人情報に係るコンプライアンス"),
		cat("mynumber-policy", "基本方針・取扱規程"),
		cat("mynumber-organisational", "組織的安全管理措置"),
		cat("mynumber-human", "人的安全管理措置"),
		cat("mynumber-physical", "物理的安全管理措置"),
		cat("mynumber-technical", "技術的安全管理措置"),
		cat("mynumber-end", "契約終了時の特定個人情報の取扱い"),
	)
	return build("mynumber-asp-saas",
		provenance("MIC's disclosure guideline for ASP・SaaS handling specific personal information (ASP・SaaS（特定個人情報取扱いサービス）の安全・信頼性に係る情報開示指針) and of the PPC guideline it rests on"),
		cats, append(aspNos(), mynumberNos()...))
}

func mynumberNos() []no {
	return []no{
		n("mynumber-compliance", "番号法等の遵守",
			req("番号法及び特定個人情報ガイドラインを遵守するための体制", txt(), ppc("4-2-2", I), ppc("4-1", I)),
			req("特定個人情報を委託の範囲を超えて利用しないことの規定の有無", yn(), ppc("4-1", S))),
		n("mynumber-compliance", "委託・再委託",
			req("再委託の有無と、再委託する場合に委託元の許諾を得る手続き", txt(), ppc("4-2-1", S)),
			req("委託元による監督（報告・監査）に協力する方法", txt(), ppc("4-2-1", S))),

		n("mynumber-policy", "基本方針",
			req("特定個人情報等の適正な取扱いに関する基本方針の策定の有無", yn(), ppc("A", S)),
			opt("基本方針の公表先", url(), ppc("A", I))),
		n("mynumber-policy", "取扱規程",
			req("取得する段階の取扱方法と責任者", txt(), ppc("B-a", S)),
			req("利用する段階の取扱方法と責任者", txt(), ppc("B-b", S)),
			req("保存する段階の取扱方法と責任者", txt(), ppc("B-c", S)),
			req("提供を行う段階の取扱方法と責任者", txt(), ppc("B-d", S), ppc("4-3-1", I)),
			req("削除・廃棄を行う段階の取扱方法と責任者", txt(), ppc("B-e", S))),

		n("mynumber-organisational", "組織体制",
			req("事務取扱責任者・事務取扱担当者の指定と役割", txt(), ppc("C-a", S))),
		n("mynumber-organisational", "運用の記録",
			req("取扱規程に基づく運用の状況を記録する方法", txt(), ppc("C-b", S))),
		n("mynumber-organisational", "取扱状況の確認",
			req("特定個人情報ファイルの取扱状況を確認する手段（管理台帳等）", txt(), ppc("C-c", S))),
		n("mynumber-organisational", "漏えい等事案への対応",
			req("漏えい等の事案が発生した際の対応体制と、委託元・当局への報告の手順", txt(), ppc("C-d", S))),
		n("mynumber-organisational", "取扱状況の把握と見直し",
			req("取扱状況の点検と安全管理措置の見直しの頻度", txt(), ppc("C-e", S))),

		n("mynumber-human", "事務取扱担当者の監督",
			req("事務取扱担当者を監督する方法", txt(), ppc("D-a", S))),
		n("mynumber-human", "事務取扱担当者の教育",
			req("事務取扱担当者への教育の内容と頻度", txt(), ppc("D-b", S))),

		n("mynumber-physical", "区域の管理",
			req("管理区域・取扱区域の設定と入退室の管理", txt(), ppc("E-a", S))),
		n("mynumber-physical", "盗難等の防止",
			req("機器・電子媒体等の盗難等を防止する措置", txt(), ppc("E-b", S))),
		n("mynumber-physical", "持出し時の漏えい防止",
			req("電子媒体等を持ち出す場合の措置（暗号化・施錠できる搬送容器等）", txt(), ppc("E-c", S))),
		n("mynumber-physical", "削除・廃棄",
			req("個人番号の削除、機器・電子媒体等の廃棄の方法と記録", txt(), ppc("E-d", S))),

		n("mynumber-technical", "アクセス制御",
			req("特定個人情報ファイルへのアクセスを制御する方法", txt(), ppc("F-a", S))),
		n("mynumber-technical", "識別と認証",
			req("アクセスする者を識別し認証する方法", txt(), ppc("F-b", S))),
		n("mynumber-technical", "不正アクセスの防止",
			req("外部からの不正アクセス等を防止する措置", txt(), ppc("F-c", S))),
		n("mynumber-technical", "漏えいの防止",
			req("通信時・保存時の暗号化等による漏えいを防止する措置", txt(), ppc("F-d", S))),

		n("mynumber-end", "特定個人情報の返却",
			req("契約終了時に特定個人情報を返却する方法と形式", txt(), ppc("4-2-1", I), ppc("B-e", I)),
			req("返却の期限（契約終了から何日以内か）", txt(), ppc("4-2-1", I))),
		n("mynumber-end", "削除・廃棄とその証明",
			req("契約終了後に特定個人情報を削除・廃棄する方法（バックアップを含む）", txt(), ppc("E-d", S), ppc("B-e", I)),
			req("削除・廃棄の期限", txt(), ppc("B-e", I)),
			req("削除・廃棄したことを証明する書面の提出の有無", yn(), ppc("E-d", I), ppc("4-2-1", I))),
		n("mynumber-end", "保管の制限",
			req("契約終了後に特定個人情報を保管しないことの規定の有無", yn(), ppc("4-3-2", S))),
	}
}
