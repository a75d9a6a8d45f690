package store

import (
	"context"
	"errors"
	"strings"
	"testing"

	"shinsa/review"
)

func send(t *testing.T, s *Store, app int64, sent, by review.Date) Letter {
	t.Helper()
	l, err := s.SendLetter(context.Background(), SendInput{App: app, Sent: sent, ReplyBy: by, File: "letter.md", Actor: "tester"},
		func(number string) (string, error) { return strings.Repeat("ab", 32), nil })
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestOffice_settings_round_trip_and_refuse_a_format_without_sequence(t *testing.T) {
	s, path := newCase(t)
	ctx := context.Background()
	o, err := s.Office(ctx)
	if err != nil || o.Name != "" || o.LetterNumber != DefaultLetterNumber {
		t.Fatalf("office of a new case = %+v, %v", o, err)
	}
	want := Office{Name: "一般社団法人ASPIC", Address: "東京都品川区", Contact: "03-0000-0000", Signatory: "審査委員長 山田太郎", LetterNumber: "ASPIC審第{YYYY}-{NNN}号"}
	if err := s.SetOffice(ctx, want, "tester"); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"ASPIC審第{YYYY}号", "第{NNN}号", "第{YYYY}-{NNN}-{X}号"} {
		w := want
		w.LetterNumber = bad
		if err := s.SetOffice(ctx, w, "tester"); err == nil {
			t.Errorf("SetOffice accepted the format %q", bad)
		}
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got, _ := s2.Office(ctx); got != want {
		t.Fatalf("office after reopening = %+v, want %+v", got, want)
	}
	if rep, err := s2.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify after office settings: %+v %v", rep.Problems, err)
	}
}

func TestLetters_numbered_per_year_overdue_and_replied_by_the_next_round(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	if err := s.SetOffice(ctx, Office{Name: "ASPIC", LetterNumber: "ASPIC審第{YYYY}-{NNN}号"}, "tester"); err != nil {
		t.Fatal(err)
	}
	a := mustImport(t, s)
	b := mustImport(t, s)
	l1 := send(t, s, a, review.NewDate(2026, 12, 1), review.NewDate(2026, 12, 15))
	l2 := send(t, s, b, review.NewDate(2026, 12, 20), review.NewDate(2027, 1, 10))
	l3 := send(t, s, b, review.NewDate(2027, 1, 5), review.NewDate(2027, 1, 20))
	got := []string{l1.Number, l2.Number, l3.Number}
	want := []string{"ASPIC審第2026-001号", "ASPIC審第2026-002号", "ASPIC審第2027-001号"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("numbers = %v, want %v", got, want)
	}

	// A failed rendering uses no number.
	_, err := s.SendLetter(ctx, SendInput{App: a, Sent: review.NewDate(2027, 1, 6), Actor: "tester"},
		func(string) (string, error) { return "", errors.New("disk full") })
	if err == nil {
		t.Fatal("SendLetter recorded a letter whose file was not written")
	}
	if l4 := send(t, s, a, review.NewDate(2027, 1, 7), review.Date{}); l4.Number != "ASPIC審第2027-002号" {
		t.Fatalf("after a failed send the next number is %s, want ASPIC審第2027-002号", l4.Number)
	}

	today := review.NewDate(2027, 1, 12)
	ls, err := s.Letters(ctx)
	if err != nil || len(ls) != 4 {
		t.Fatalf("Letters = %v, %v", ls, err)
	}
	var overdue []string
	for _, l := range ls {
		if l.Overdue(today) {
			overdue = append(overdue, l.Number)
		}
	}
	if strings.Join(overdue, " ") != "ASPIC審第2026-001号 ASPIC審第2026-002号" {
		t.Fatalf("overdue on %s = %v", today, overdue)
	}

	// The applicant's resubmission of b (round 2) answers b's letters.
	sub := sampleSubmission()
	sub.App.Submitted = review.NewDate(2027, 1, 11)
	if _, err := s.Import(ctx, sub, ImportOptions{Actor: "tester", RoundOf: b}); err != nil {
		t.Fatal(err)
	}
	ls, _ = s.Letters(ctx)
	for _, l := range ls {
		switch {
		case l.App == b && (l.Replied.String() != "2027-01-11" || l.Overdue(today)):
			t.Errorf("letter %s of the resubmitted application: replied %q overdue %v", l.Number, l.Replied, l.Overdue(today))
		case l.App == a && !l.Open():
			t.Errorf("letter %s of another application marked replied", l.Number)
		}
	}

	sums, err := s.SummariesOn(ctx, today)
	if err != nil {
		t.Fatal(err)
	}
	for _, sm := range sums {
		if sm.App.ID == a && (sm.NextWhat != "reply" || sm.Next.String() != "2026-12-15" || !sm.Overdue) {
			t.Errorf("summary of %d: next %s %s overdue %v, want the overdue reply of 2026-12-15", a, sm.NextWhat, sm.Next, sm.Overdue)
		}
		if sm.App.ID == b && sm.NextWhat != "" {
			t.Errorf("summary of %d (replied): next %s %s", b, sm.NextWhat, sm.Next)
		}
	}
	if rep, err := s.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify after letters: %+v %v", rep.Problems, err)
	}
}

func TestReplies_kept_with_the_round(t *testing.T) {
	s, _ := newCase(t)
	ctx := context.Background()
	a := mustImport(t, s)
	sub := sampleSubmission()
	sub.Answers[1].Reply = "登記簿の住所に合わせて修正しました。"
	b, err := s.Import(ctx, sub, ImportOptions{Actor: "tester", RoundOf: a})
	if err != nil {
		t.Fatal(err)
	}
	ans, err := s.Answers(ctx, b)
	if err != nil || ans[1].Reply != "登記簿の住所に合わせて修正しました。" || ans[0].Reply != "" {
		t.Fatalf("answers of round 2 = %+v, %v", ans, err)
	}
	if rep, err := s.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify with replies: %+v %v", rep.Problems, err)
	}
}
