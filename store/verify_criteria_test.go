package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"shinsa/criteria"
)

// storeReferenceCriteria stores one catalog, one guideline and one edition
// map (this shinsa's own) in a case file and returns their keys.
func storeReferenceCriteria(t *testing.T, s *Store) [][3]string {
	t.Helper()
	ref := criteria.Reference()
	ctx := context.Background()
	var keys [][3]string
	put := func(kind, name, edition string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.ImportCatalog(ctx, kind, name, edition, b, "tester"); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, [3]string{kind, name, edition})
	}
	g := ref.Guidelines()[0]
	put(KindGuideline, g.ID, g.Edition, g)
	c := ref.Catalogs()[0]
	put(KindCatalog, c.Scheme, c.Edition, c)
	if len(ref.Maps()) == 0 {
		t.Fatal("this shinsa embeds no edition map to test with")
	}
	m := ref.Maps()[0]
	put(KindEditionMap, m.Scheme, m.From+">"+m.To, m)
	return keys
}

// TestVerify_names_stored_criteria_changed_inserted_or_deleted: for each
// kind of stored criteria, an edit with the sqlite3 CLI is refused by the
// append-only triggers; once they are dropped, verify names the edition
// changed, deleted or inserted, and the dropped triggers.
func TestVerify_names_stored_criteria_changed_inserted_or_deleted(t *testing.T) {
	for _, kind := range []string{KindCatalog, KindGuideline, KindEditionMap} {
		for _, tamper := range []string{"changed", "deleted", "inserted"} {
			t.Run(kind+"_"+tamper, func(t *testing.T) {
				s, path := newCase(t)
				ctx := context.Background()
				var key [3]string
				for _, k := range storeReferenceCriteria(t, s) {
					if k[0] == kind {
						key = k
					}
				}
				if rep, err := s.Verify(ctx); err != nil || !rep.OK() {
					t.Fatalf("verify before: %v %v", rep.Problems, err)
				}
				s.Close()
				db := rawDB(t, path)
				defer db.Close()
				match := fmt.Sprintf("kind = '%s' AND name = '%s' AND edition = '%s'", key[0], key[1], key[2])
				var q []string
				where := fmt.Sprintf("catalogs row (%s %s %s)", key[0], key[1], key[2])
				switch tamper {
				case "changed":
					if _, err := db.Exec(`UPDATE catalogs SET body = body || ' ' WHERE ` + match); err == nil || !strings.Contains(err.Error(), "append-only") {
						t.Fatalf("an edit with the triggers in place: %v", err)
					}
					q = []string{`DROP TRIGGER catalogs_no_update`, `UPDATE catalogs SET body = body || ' ' WHERE ` + match}
				case "deleted":
					if _, err := db.Exec(`DELETE FROM catalogs WHERE ` + match); err == nil {
						t.Fatal("a delete with the triggers in place went through")
					}
					q = []string{`DROP TRIGGER catalogs_no_delete`, `DELETE FROM catalogs WHERE ` + match}
				case "inserted":
					q = []string{fmt.Sprintf(`INSERT INTO catalogs SELECT kind, name, edition || '-x', body, imported FROM catalogs WHERE %s`, match)}
					where = fmt.Sprintf("catalogs row (%s %s %s-x)", key[0], key[1], key[2])
				}
				for _, x := range q {
					if _, err := db.Exec(x); err != nil {
						t.Fatalf("%s: %v", x, err)
					}
				}
				db.Close()
				s2, err := Open(path)
				if err != nil {
					t.Fatal(err)
				}
				defer s2.Close()
				rep, err := s2.Verify(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if rep.OK() || rep.Problems[0].Where != where {
					t.Fatalf("want the first problem to name %q, got %v", where, rep.Problems)
				}
				want := map[string]string{"changed": "changed", "deleted": "deleted", "inserted": "inserted"}[tamper]
				if !strings.Contains(rep.Problems[0].Message, want) {
					t.Fatalf("problem %q does not say %s", rep.Problems[0], want)
				}
				if tamper != "inserted" {
					last := rep.Problems[len(rep.Problems)-1]
					if !strings.Contains(last.Message, "triggers") || last.Where != "catalogs table" {
						t.Fatalf("the dropped trigger is not named: %v", rep.Problems)
					}
				}
			})
		}
	}
}

// TestImportCatalog_same_body_is_a_noop_another_is_refused: an edition is
// stored once; the same body again writes nothing, another body under the
// same name is refused and the stored one stays.
func TestImportCatalog_same_body_is_a_noop_another_is_refused(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	keys := storeReferenceCriteria(t, s)
	before, _ := s.Anchor(ctx)
	c := criteria.Reference().Catalogs()[0]
	b, _ := json.Marshal(c)
	if err := s.ImportCatalog(ctx, KindCatalog, c.Scheme, c.Edition, b, "tester"); err != nil {
		t.Fatalf("the same body again: %v", err)
	}
	if after, _ := s.Anchor(ctx); after != before {
		t.Fatalf("the same body again wrote %d events", after.Count-before.Count)
	}
	c2 := *c
	c2.Title += "（改）"
	b2, _ := json.Marshal(&c2)
	err := s.ImportCatalog(ctx, KindCatalog, c.Scheme, c.Edition, b2, "tester")
	var re *CatalogRedefinedError
	if !errors.As(err, &re) || !strings.Contains(err.Error(), c.Edition) || re.Stored == re.New {
		t.Fatalf("redefinition: %v", err)
	}
	if sha, _ := s.StoredCatalog(ctx, keys[1][0], keys[1][1], keys[1][2]); sha != sha256hex(b) {
		t.Fatalf("the stored body changed: %s", sha)
	}
	if after, _ := s.Anchor(ctx); after != before {
		t.Fatal("the refused redefinition wrote an event")
	}
}
