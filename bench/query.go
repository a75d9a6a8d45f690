package bench

// ListQuery is what `shinsa list --json` prints, asked of sqlite3 directly:
// every application with its answer and verdict counts and its expiry.
const ListQuery = `SELECT a.id, a.scheme, a.edition, a.kind, a.service, a.applicant, a.certification_number, a.status,
	a.round, a.predecessor, a.disclosure_date,
	(SELECT n FROM app_counts c WHERE c.app = a.id AND c.what = '#answers') AS items,
	(SELECT coalesce(sum(n), 0) FROM app_counts c WHERE c.app = a.id AND c.what NOT IN ('#answers', 'unreviewed')) AS reviewed,
	(SELECT json_group_object(what, n) FROM app_counts c WHERE c.app = a.id AND c.what != '#answers') AS findings,
	date(a.disclosure_date, '+2 years', '-1 day') AS expires
	FROM applications a ORDER BY a.id`
