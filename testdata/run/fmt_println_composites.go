// Tests Println of nested slices, maps (sorted keys), structs, pointers to structs, arrays and nil values.
package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

type Box struct {
	Items []Item
	Owner *Item
	Count map[string]int
}

func main() {
	fmt.Println([][]int{{1, 2}, {}, {3}}, [2][2]bool{{true, false}})
	fmt.Println(map[string][]int{"z": {1}, "a": {2, 3}, "m": nil})
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"}, map[bool]int{true: 1, false: 0})
	it := Item{"pen", 1.5, []string{"office"}}
	fmt.Println(it, &it)
	b := Box{Items: []Item{it, {Name: "cup"}}, Owner: &it, Count: map[string]int{"pen": 2, "cup": 1}}
	fmt.Println(b.Items, b.Count)
	fmt.Println([]*Item{} == nil, []Item(nil), map[string]int(nil))
	var e error
	var ip *int
	fmt.Println(e, ip == nil, []any{nil, 1, "two", 3.0, []int(nil)})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y"}, struct{}{}, [0]int{})
	fmt.Println(map[float64]int{2.5: 1, -1: 2}, []byte("hi"), []rune("hi"))
	fmt.Println(struct {
		A int
		B []string
		C map[string]bool
	}{1, []string{"x y"}, map[string]bool{"k": true}})
	nested := map[string]map[string]int{"outer": {"b": 2, "a": 1}, "empty": {}}
	fmt.Println(nested)
}
