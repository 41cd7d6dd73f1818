// Tests type switches with several types per case (the variable keeps the interface type), nil case and embedded interfaces.
package main

import (
	"errors"
	"fmt"
)

type Sizer interface{ Size() int }
type File struct{ N int }

func (f File) Size() int { return f.N }

type Dir struct{ Files []File }

func (d *Dir) Size() int {
	t := 0
	for _, f := range d.Files {
		t += f.Size()
	}
	return t
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case Sizer:
		return fmt.Sprintf("sizer %d", x.Size())
	case []int, map[string]int:
		return fmt.Sprintf("container %v", x)
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var nilSizer Sizer
	var nilDir *Dir
	values := []any{
		nil, 3, int64(4), "abc", errors.New("bad"), File{10},
		&Dir{[]File{{1}, {2}}}, []int{1}, map[string]int{"k": 1},
		func() int { return 9 }, 2.5, nilSizer, nilDir == nil, uint(1),
	}
	for _, v := range values {
		fmt.Println(classify(v))
	}
}
