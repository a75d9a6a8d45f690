package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/ssh"

	"shinsa/review"
)

// Event kinds of the roster.
const (
	EvPersonAdded   = "person.added"
	EvPersonKey     = "person.key_added"
	EvPersonRole    = "person.role"
	EvPersonRemoved = "person.removed"
)

// ErrNotPermitted: the roster does not let that person do that.
var ErrNotPermitted = errors.New("not permitted")

// Person is one person on the office's roster.
type Person struct {
	Name string      `json:"name"`
	Role review.Role `json:"role"`
	Keys []string    `json:"keys"` // SHA256:… fingerprints of their SSH keys
}

// PersonKey is one SSH public key of a person.
type PersonKey struct {
	Fingerprint string // SHA256:… as ssh-keygen -l prints it
	Line        string // the key in authorized_keys form, without its comment
}

// ParseKey reads an SSH public key in the form ssh-keygen writes (KEY.pub,
// one authorized_keys line). A private key, or anything else, is refused.
func ParseKey(b []byte) (PersonKey, error) {
	if strings.Contains(string(b), "PRIVATE KEY") {
		return PersonKey{}, errors.New("this is a private key: give the public one (the .pub file)")
	}
	k, _, _, rest, err := ssh.ParseAuthorizedKey(b)
	if err != nil {
		return PersonKey{}, fmt.Errorf("not an SSH public key (%v): give the .pub file ssh-keygen wrote", err)
	}
	if strings.TrimSpace(string(rest)) != "" {
		return PersonKey{}, errors.New("more than one key in the file: give one key per --key")
	}
	return KeyOf(k), nil
}

// KeyOf is the stored form of a parsed key.
func KeyOf(k ssh.PublicKey) PersonKey {
	return PersonKey{Fingerprint: ssh.FingerprintSHA256(k), Line: strings.TrimSpace(string(ssh.MarshalAuthorizedKey(k)))}
}

// validName: a person's name is one line of printable text.
func validName(name string) error {
	if strings.TrimSpace(name) == "" {
		return errors.New("a person needs a name")
	}
	if !utf8.ValidString(name) || name != review.SanitizeLine(name) || name != strings.TrimSpace(name) {
		return fmt.Errorf("name %q: one line of printable text, no leading or trailing spaces", name)
	}
	if utf8.RuneCountInString(name) > 100 {
		return fmt.Errorf("name %q: at most 100 characters", name)
	}
	return nil
}

// AddPerson puts a person on the roster with a role and keys, or, for a
// person already on it, adds keys (role must then be empty or the same).
func (s *Store) AddPerson(ctx context.Context, name string, role review.Role, keys []PersonKey, actor string) error {
	if err := validName(name); err != nil {
		return err
	}
	if role != "" {
		if _, err := review.ParseRole(string(role)); err != nil {
			return err
		}
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := mayChangeRoster(ctx, tx, actor); err != nil {
		return err
	}
	var cur string
	err = tx.QueryRowContext(ctx, "SELECT role FROM people WHERE name = ?", name).Scan(&cur)
	switch {
	case err == sql.ErrNoRows:
		if role == "" {
			return fmt.Errorf("%s is not on the roster yet: give --role (%s)", name, review.RoleNames())
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO people(name, role, added) VALUES (?,?,?)", name, string(role), formatTime(time.Now())); err != nil {
			return s.wrapWrite(err)
		}
		if _, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvPersonAdded, Payload: map[string]string{"name": name, "role": string(role)}}); err != nil {
			return s.wrapWrite(err)
		}
	case err != nil:
		return s.wrapWrite(err)
	default:
		if role != "" && string(role) != cur {
			return fmt.Errorf("%s is already on the roster as %s: change the role with 'set-role'", name, cur)
		}
		if len(keys) == 0 {
			return fmt.Errorf("%s is already on the roster as %s", name, cur)
		}
	}
	for _, k := range keys {
		var owner string
		err := tx.QueryRowContext(ctx, "SELECT name FROM person_keys WHERE fingerprint = ?", k.Fingerprint).Scan(&owner)
		if err == nil {
			if owner == name {
				continue
			}
			return fmt.Errorf("key %s already belongs to %s: one key identifies one person", k.Fingerprint, owner)
		}
		if err != sql.ErrNoRows {
			return s.wrapWrite(err)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO person_keys(fingerprint, name, key, added) VALUES (?,?,?,?)", k.Fingerprint, name, k.Line, formatTime(time.Now())); err != nil {
			return s.wrapWrite(err)
		}
		if _, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvPersonKey, Payload: map[string]string{"name": name, "key": k.Fingerprint}}); err != nil {
			return s.wrapWrite(err)
		}
	}
	return s.wrapWrite(tx.Commit())
}

// SetRole changes a person's role.
func (s *Store) SetRole(ctx context.Context, name string, role review.Role, actor string) error {
	if _, err := review.ParseRole(string(role)); err != nil {
		return err
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := mayChangeRoster(ctx, tx, actor); err != nil {
		return err
	}
	var cur string
	if err := tx.QueryRowContext(ctx, "SELECT role FROM people WHERE name = ?", name).Scan(&cur); err != nil {
		if err == sql.ErrNoRows {
			return fmt.Errorf("%s: %w on the roster", name, ErrNotFound)
		}
		return s.wrapWrite(err)
	}
	if cur == string(role) {
		return nil
	}
	if _, err := tx.ExecContext(ctx, "UPDATE people SET role = ? WHERE name = ?", string(role), name); err != nil {
		return s.wrapWrite(err)
	}
	if _, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvPersonRole, Payload: map[string]string{"name": name, "from": cur, "to": string(role)}}); err != nil {
		return s.wrapWrite(err)
	}
	return s.wrapWrite(tx.Commit())
}

// RemovePerson takes a person and their keys off the roster. What they
// recorded stays in the log and the findings, under their name.
func (s *Store) RemovePerson(ctx context.Context, name, actor string) error {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := mayChangeRoster(ctx, tx, actor); err != nil {
		return err
	}
	var cur string
	if err := tx.QueryRowContext(ctx, "SELECT role FROM people WHERE name = ?", name).Scan(&cur); err != nil {
		if err == sql.ErrNoRows {
			return fmt.Errorf("%s: %w on the roster", name, ErrNotFound)
		}
		return s.wrapWrite(err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM person_keys WHERE name = ?", name); err != nil {
		return s.wrapWrite(err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM people WHERE name = ?", name); err != nil {
		return s.wrapWrite(err)
	}
	if _, err := appendEvent(ctx, tx, event{Actor: actor, Kind: EvPersonRemoved, Payload: map[string]string{"name": name, "role": cur}}); err != nil {
		return s.wrapWrite(err)
	}
	return s.wrapWrite(tx.Commit())
}

// People lists the roster by name, each with their key fingerprints.
func (s *Store) People(ctx context.Context) ([]Person, error) {
	rows, err := s.read.QueryContext(ctx, "SELECT name, role FROM people ORDER BY name")
	if err != nil {
		return nil, s.wrapRead(err)
	}
	defer rows.Close()
	var out []Person
	idx := map[string]int{}
	for rows.Next() {
		var p Person
		var r string
		if err := rows.Scan(&p.Name, &r); err != nil {
			return nil, err
		}
		p.Role = review.Role(r)
		p.Keys = []string{}
		idx[p.Name] = len(out)
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	krows, err := s.read.QueryContext(ctx, "SELECT name, fingerprint FROM person_keys ORDER BY added, fingerprint")
	if err != nil {
		return nil, s.wrapRead(err)
	}
	defer krows.Close()
	for krows.Next() {
		var n, fp string
		if err := krows.Scan(&n, &fp); err != nil {
			return nil, err
		}
		if i, ok := idx[n]; ok {
			out[i].Keys = append(out[i].Keys, fp)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, krows.Err()
}

// PersonByKey finds whose key this is, as the roster says now. A key on no
// one's record gives ErrNotFound.
func (s *Store) PersonByKey(ctx context.Context, k ssh.PublicKey) (Person, error) {
	pk := KeyOf(k)
	var p Person
	var r, line string
	err := s.read.QueryRowContext(ctx, `SELECT p.name, p.role, k.key FROM person_keys k JOIN people p ON p.name = k.name
		WHERE k.fingerprint = ?`, pk.Fingerprint).Scan(&p.Name, &r, &line)
	if err == sql.ErrNoRows {
		return Person{}, fmt.Errorf("key %s: %w on the roster", pk.Fingerprint, ErrNotFound)
	}
	if err != nil {
		return Person{}, s.wrapRead(err)
	}
	if line != pk.Line { // the fingerprint matched; the key itself must too
		return Person{}, fmt.Errorf("key %s: %w on the roster", pk.Fingerprint, ErrNotFound)
	}
	p.Role = review.Role(r)
	p.Keys = []string{pk.Fingerprint}
	return p, nil
}

// Authorize says whether the person named may perform an act now, by the
// roster as it stands: nil when the roster is empty (an office that keeps
// none), else the person must be on it and their role allow the act.
// Callers outside the store use it to explain a key before it is pressed;
// the store checks again inside every write.
func (s *Store) Authorize(ctx context.Context, actor string, act review.Act) error {
	return authorize(ctx, s.read, actor, func(r review.Role) error { return review.MayAct(r, act) })
}

// authorize applies a role rule to actor inside the caller's transaction.
func authorize(ctx context.Context, q querier, actor string, rule func(review.Role) error) error {
	var n int
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM people").Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	var r string
	if err := q.QueryRowContext(ctx, "SELECT role FROM people WHERE name = ?", actor).Scan(&r); err != nil {
		if err == sql.ErrNoRows {
			return fmt.Errorf("%q is not on the case file's roster (see 'shinsa people CASEFILE'): %w", actor, ErrNotPermitted)
		}
		return err
	}
	if err := rule(review.Role(r)); err != nil {
		return fmt.Errorf("%s (%s): %v: %w", actor, r, err, ErrNotPermitted)
	}
	return nil
}

// RoleOf is the person's role, "" when the roster is empty or does not
// name them.
func (s *Store) RoleOf(ctx context.Context, name string) (review.Role, error) {
	var r string
	err := s.read.QueryRowContext(ctx, "SELECT role FROM people WHERE name = ?", name).Scan(&r)
	if err == sql.ErrNoRows {
		return "", nil
	}
	return review.Role(r), err
}

// mayChangeRoster says whether actor may change the roster, inside the
// write transaction that would change it. Who works on the cases is the
// office's decision: once a committee member is on the roster, only
// committee members change it. Before that (an office setting itself up,
// the committee added last or first), anyone may, as anyone may do anything
// while the roster is empty.
func mayChangeRoster(ctx context.Context, tx *sql.Tx, actor string) error {
	var committee int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM people WHERE role = ?", string(review.RoleCommittee)).Scan(&committee); err != nil {
		return err
	}
	if committee == 0 {
		return nil
	}
	var role string
	err := tx.QueryRowContext(ctx, "SELECT role FROM people WHERE name = ?", actor).Scan(&role)
	if err == sql.ErrNoRows {
		return fmt.Errorf("%w: %q is not on the roster; only its committee members change it (give your name with --reviewer)", ErrNotPermitted, actor)
	}
	if err != nil {
		return err
	}
	if role != string(review.RoleCommittee) {
		return fmt.Errorf("%w: %s is on the roster as %s; only committee members change the roster", ErrNotPermitted, actor, role)
	}
	return nil
}
