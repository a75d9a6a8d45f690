// Package jsonschema validates JSON documents against the subset of JSON
// Schema (draft-07) that NIST's OSCAL schemas use, so report tests can check
// the OSCAL output offline against the real schema file.
//
// Supported: type, required, properties, additionalProperties, items (one
// schema), enum, const, pattern, minItems, maxItems, minLength, maxLength,
// maxProperties, minimum, maximum, multipleOf, $ref (to a "#name" $id or a
// "#/definitions/…" pointer), allOf, anyOf, oneOf, not and the formats
// date-time, uri, uri-reference and email. A keyword outside that list makes
// Compile fail, so a schema can never pass because a rule was skipped.
//
// Patterns are Go regular expressions (RE2). RE2 knows \p{L} and \p{N}, the
// Unicode classes OSCAL's token patterns use; like ECMAScript's, a pattern
// matches anywhere in the string unless anchored.
package jsonschema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Schema is a compiled schema document.
type Schema struct {
	root     map[string]any
	ids      map[string]map[string]any // "#name" → schema with that $id
	patterns map[string]*regexp.Regexp
}

// Error is one violation: where in the instance (a JSON pointer) and what.
type Error struct {
	Path    string
	Message string
}

func (e Error) String() string { return e.Path + ": " + e.Message }

// annotations are keywords that carry no assertion.
var annotations = map[string]bool{
	"$schema": true, "$id": true, "$comment": true, "title": true, "description": true,
	"definitions": true, "default": true, "examples": true,
}

var assertions = map[string]bool{
	"type": true, "required": true, "properties": true, "additionalProperties": true,
	"items": true, "enum": true, "const": true, "pattern": true, "minItems": true,
	"maxItems": true, "minLength": true, "maxLength": true, "maxProperties": true,
	"minimum": true, "maximum": true, "multipleOf": true, "$ref": true, "allOf": true,
	"anyOf": true, "oneOf": true, "not": true, "format": true,
}

var formats = map[string]bool{"date-time": true, "uri": true, "uri-reference": true, "email": true}

// Compile reads a schema, indexes its $ids, compiles every pattern and
// refuses keywords, formats and $refs it cannot honour.
func Compile(data []byte) (*Schema, error) {
	var root map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&root); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	s := &Schema{root: root, ids: map[string]map[string]any{}, patterns: map[string]*regexp.Regexp{}}
	if err := s.index(root, "#"); err != nil {
		return nil, err
	}
	if err := s.check(root, "#"); err != nil {
		return nil, err
	}
	return s, nil
}

// index records every subschema's $id (OSCAL's $refs point at them).
func (s *Schema) index(node map[string]any, at string) error {
	if id, ok := node["$id"].(string); ok && strings.HasPrefix(id, "#") {
		if _, dup := s.ids[id]; dup {
			return fmt.Errorf("schema %s: duplicate $id %s", at, id)
		}
		s.ids[id] = node
	}
	return eachSub(node, at, s.index)
}

// check verifies keywords, compiles patterns and resolves every $ref once.
func (s *Schema) check(node map[string]any, at string) error {
	for k, v := range node {
		switch {
		case annotations[k]:
		case !assertions[k]:
			return fmt.Errorf("schema %s: unsupported keyword %q", at, k)
		case k == "pattern":
			p, ok := v.(string)
			if !ok {
				return fmt.Errorf("schema %s: pattern is not a string", at)
			}
			re, err := regexp.Compile(p)
			if err != nil {
				return fmt.Errorf("schema %s: pattern %q: %w", at, p, err)
			}
			s.patterns[p] = re
		case k == "items" || k == "not":
			if _, ok := v.(map[string]any); !ok {
				return fmt.Errorf("schema %s: %s must be one schema", at, k)
			}
		case k == "additionalProperties":
			switch v.(type) {
			case bool, map[string]any:
			default:
				return fmt.Errorf("schema %s: additionalProperties must be a boolean or a schema", at)
			}
		case k == "format":
			if f, _ := v.(string); !formats[f] {
				return fmt.Errorf("schema %s: unsupported format %v", at, v)
			}
		case k == "$ref":
			ref, _ := v.(string)
			if _, err := s.resolve(ref); err != nil {
				return fmt.Errorf("schema %s: %w", at, err)
			}
		}
	}
	return eachSub(node, at, s.check)
}

// eachSub calls f on every subschema directly below node.
func eachSub(node map[string]any, at string, f func(map[string]any, string) error) error {
	keys := make([]string, 0, len(node))
	for k := range node {
		keys = append(keys, k)
	}
	sort.Strings(keys) // deterministic error messages
	for _, k := range keys {
		switch v := node[k].(type) {
		case map[string]any:
			switch k {
			case "properties", "definitions":
				names := make([]string, 0, len(v))
				for n := range v {
					names = append(names, n)
				}
				sort.Strings(names)
				for _, n := range names {
					sub, ok := v[n].(map[string]any)
					if !ok {
						return fmt.Errorf("schema %s/%s/%s: not an object", at, k, n)
					}
					if err := f(sub, at+"/"+k+"/"+n); err != nil {
						return err
					}
				}
			case "items", "additionalProperties", "not":
				if err := f(v, at+"/"+k); err != nil {
					return err
				}
			}
		case []any:
			if k == "allOf" || k == "anyOf" || k == "oneOf" {
				for i, e := range v {
					sub, ok := e.(map[string]any)
					if !ok {
						return fmt.Errorf("schema %s/%s/%d: not an object", at, k, i)
					}
					if err := f(sub, fmt.Sprintf("%s/%s/%d", at, k, i)); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

func (s *Schema) resolve(ref string) (map[string]any, error) {
	if n, ok := s.ids[ref]; ok {
		return n, nil
	}
	if ref == "#" {
		return s.root, nil
	}
	if p, ok := strings.CutPrefix(ref, "#/"); ok {
		var node any = s.root
		for _, tok := range strings.Split(p, "/") {
			tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
			m, ok := node.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("$ref %s does not resolve", ref)
			}
			node = m[tok]
		}
		if m, ok := node.(map[string]any); ok {
			return m, nil
		}
	}
	return nil, fmt.Errorf("$ref %s does not resolve (only #name $ids and #/ pointers are supported)", ref)
}

// ValidateJSON decodes data (numbers kept exact) and validates it.
func (s *Schema) ValidateJSON(data []byte) ([]Error, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("trailing data after the JSON document")
	}
	return s.Validate(doc), nil
}

// Validate checks a decoded document (from a json.Decoder with UseNumber)
// and returns every violation, in document order.
func (s *Schema) Validate(doc any) []Error {
	var errs []Error
	s.validate(s.root, doc, "", &errs)
	return errs
}

func (s *Schema) validate(sch map[string]any, v any, path string, errs *[]Error) {
	add := func(format string, args ...any) {
		p := path
		if p == "" {
			p = "/"
		}
		*errs = append(*errs, Error{Path: p, Message: fmt.Sprintf(format, args...)})
	}
	if ref, ok := sch["$ref"].(string); ok {
		target, _ := s.resolve(ref) // checked by Compile
		s.validate(target, v, path, errs)
	}
	if t, ok := sch["type"]; ok && !typeMatches(t, v) {
		add("is %s, want %v", typeName(v), t)
		return // the other keywords would only repeat the mistake
	}
	if e, ok := sch["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return equal(x, v) }) {
		add("%s is not one of %s", show(v), show(e))
	}
	if c, ok := sch["const"]; ok && !equal(c, v) {
		add("%s is not %s", show(v), show(c))
	}
	for _, key := range []string{"allOf", "anyOf", "oneOf"} {
		subs, ok := sch[key].([]any)
		if !ok {
			continue
		}
		passed := 0
		var first []Error
		for _, sub := range subs {
			var e []Error
			s.validate(sub.(map[string]any), v, path, &e)
			if len(e) == 0 {
				passed++
			} else if first == nil {
				first = e
			}
		}
		switch {
		case key == "allOf" && passed < len(subs):
			*errs = append(*errs, first...)
		case key == "anyOf" && passed == 0:
			add("matches none of anyOf (first: %s)", first[0])
		case key == "oneOf" && passed != 1:
			add("matches %d of oneOf, want exactly 1", passed)
		}
	}
	if n, ok := sch["not"].(map[string]any); ok {
		var e []Error
		s.validate(n, v, path, &e)
		if len(e) == 0 {
			add("matches a schema it must not match")
		}
	}
	switch x := v.(type) {
	case map[string]any:
		s.validateObject(sch, x, path, errs, add)
	case []any:
		if m, ok := intOf(sch["minItems"]); ok && len(x) < m {
			add("has %d items, want at least %d", len(x), m)
		}
		if m, ok := intOf(sch["maxItems"]); ok && len(x) > m {
			add("has %d items, want at most %d", len(x), m)
		}
		if it, ok := sch["items"].(map[string]any); ok {
			for i, e := range x {
				s.validate(it, e, path+"/"+strconv.Itoa(i), errs)
			}
		}
	case string:
		n := len([]rune(x))
		if m, ok := intOf(sch["minLength"]); ok && n < m {
			add("has %d characters, want at least %d", n, m)
		}
		if m, ok := intOf(sch["maxLength"]); ok && n > m {
			add("has %d characters, want at most %d", n, m)
		}
		if p, ok := sch["pattern"].(string); ok && !s.patterns[p].MatchString(x) {
			add("%s does not match the pattern %s", show(x), p)
		}
		if f, ok := sch["format"].(string); ok {
			if msg := checkFormat(f, x); msg != "" {
				add("%s is not a valid %s: %s", show(x), f, msg)
			}
		}
	case json.Number:
		validateNumber(sch, x, add)
	}
}

func (s *Schema) validateObject(sch map[string]any, x map[string]any, path string, errs *[]Error, add func(string, ...any)) {
	if req, ok := sch["required"].([]any); ok {
		for _, r := range req {
			if name, _ := r.(string); name != "" {
				if _, present := x[name]; !present {
					add("missing required property %q", name)
				}
			}
		}
	}
	if m, ok := intOf(sch["maxProperties"]); ok && len(x) > m {
		add("has %d properties, want at most %d", len(x), m)
	}
	props, _ := sch["properties"].(map[string]any)
	keys := make([]string, 0, len(x))
	for k := range x {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p := path + "/" + strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
		if sub, ok := props[k].(map[string]any); ok {
			s.validate(sub, x[k], p, errs)
			continue
		}
		switch ap := sch["additionalProperties"].(type) {
		case bool:
			if !ap {
				add("property %q is not allowed", k)
			}
		case map[string]any:
			s.validate(ap, x[k], p, errs)
		}
	}
}

func validateNumber(sch map[string]any, x json.Number, add func(string, ...any)) {
	r, ok := new(big.Rat).SetString(x.String())
	if !ok {
		add("%s is not a number", x)
		return
	}
	if m, ok := ratOf(sch["minimum"]); ok && r.Cmp(m) < 0 {
		add("%s is less than the minimum %s", x, m.RatString())
	}
	if m, ok := ratOf(sch["maximum"]); ok && r.Cmp(m) > 0 {
		add("%s is more than the maximum %s", x, m.RatString())
	}
	if m, ok := ratOf(sch["multipleOf"]); ok && m.Sign() != 0 {
		if q := new(big.Rat).Quo(r, m); !q.IsInt() {
			add("%s is not a multiple of %s", x, m.RatString())
		}
	}
}

func checkFormat(f, s string) string {
	switch f {
	case "date-time":
		// RFC 3339 §5.6: a full date, "T", a time and a zone offset.
		if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
			return err.Error()
		}
	case "uri":
		u, err := url.Parse(s)
		if err != nil {
			return err.Error()
		}
		if u.Scheme == "" {
			return "not absolute (no scheme)"
		}
	case "uri-reference":
		if _, err := url.Parse(s); err != nil {
			return err.Error()
		}
	case "email":
		if at := strings.LastIndexByte(s, '@'); at <= 0 || at == len(s)-1 {
			return "no local part and domain around @"
		}
	}
	return ""
}

func typeMatches(t any, v any) bool {
	switch t := t.(type) {
	case string:
		return isType(t, v)
	case []any:
		for _, e := range t {
			if name, _ := e.(string); isType(name, v) {
				return true
			}
		}
	}
	return false
}

func isType(t string, v any) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	case "number":
		_, ok := v.(json.Number)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		r, ok := new(big.Rat).SetString(n.String())
		return ok && r.IsInt()
	}
	return false
}

func typeName(v any) string {
	switch v.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

func intOf(v any) (int, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	i, err := n.Int64()
	if err != nil || i < 0 || i > math.MaxInt32 {
		return 0, false
	}
	return int(i), true
}

func ratOf(v any) (*big.Rat, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return nil, false
	}
	return new(big.Rat).SetString(n.String())
}

// equal compares decoded JSON values; numbers compare by value.
func equal(a, b any) bool {
	switch x := a.(type) {
	case json.Number:
		y, ok := b.(json.Number)
		if !ok {
			return false
		}
		rx, ok1 := new(big.Rat).SetString(x.String())
		ry, ok2 := new(big.Rat).SetString(y.String())
		return ok1 && ok2 && rx.Cmp(ry) == 0
	case []any:
		y, ok := b.([]any)
		return ok && slices.EqualFunc(x, y, equal)
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, xv := range x {
			yv, ok := y[k]
			if !ok || !equal(xv, yv) {
				return false
			}
		}
		return true
	}
	return a == b
}

func show(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	if r := []rune(string(b)); len(r) > 80 {
		return string(r[:77]) + "..."
	}
	return string(b)
}
