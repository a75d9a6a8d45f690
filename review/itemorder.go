package review

// ItemLess orders item ids naturally ("2" < "10" < "10.1"), as tables list them.
func ItemLess(a, b string) bool { return compareItemIDs(a, b) < 0 }
