// Tests a JSON-like pretty printer for nested map[string]any / []any values with sorted keys and type switches.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func write(sb *strings.Builder, v any, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			write(sb, e, indent+1)
			if i < len(x)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			write(sb, x[k], indent+1)
			if i < len(keys)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

func main() {
	doc := map[string]any{
		"name":    "gorun",
		"version": 1.5,
		"stable":  false,
		"tags":    []any{"go", "interpreter", 3},
		"owner":   map[string]any{"login": "gopher", "id": 42, "extra": nil},
		"empty":   []any{},
		"nested":  []any{map[string]any{"z": 1, "a": []any{true}}},
		"weird":   struct{}{},
		"quote":   "say \"hi\"\n",
	}
	var sb strings.Builder
	write(&sb, doc, 0)
	fmt.Println(sb.String())
}
