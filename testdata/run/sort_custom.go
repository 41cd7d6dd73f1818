// Tests the sort package: Ints, Strings, Float64s, Slice, SliceStable, sort.Interface, Search and IsSorted.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type bySalary []Employee

func (b bySalary) Len() int           { return len(b) }
func (b bySalary) Less(i, j int) bool { return b[i].Salary < b[j].Salary }
func (b bySalary) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ints := []int{5, 2, 8, -1, 9, 3, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	idx := sort.SearchInts(ints, 8)
	fmt.Println("index of 8:", idx, "insertion of 4:", sort.SearchInts(ints, 4))

	strs := []string{"banana", "Apple", "cherry", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	sort.Slice(strs, func(i, j int) bool { return strings.ToLower(strs[i]) < strings.ToLower(strs[j]) })
	fmt.Println(strs[:2], strs[2:])

	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	emps := []Employee{
		{"Ann", "eng", 120}, {"Bob", "ops", 90}, {"Cid", "eng", 100},
		{"Dee", "ops", 90}, {"Eve", "eng", 100}, {"Fay", "hr", 80},
	}
	sort.Sort(bySalary(emps))
	for _, e := range emps {
		fmt.Print(e.Name, ":", e.Salary, " ")
	}
	fmt.Println()

	// Stable sort by department keeps salary order within departments.
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Dept < emps[j].Dept })
	for _, e := range emps {
		fmt.Printf("%s/%s/%d ", e.Dept, e.Name, e.Salary)
	}
	fmt.Println()

	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	// Binary search with a predicate.
	sorted := []int{1, 3, 5, 7, 9, 11}
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println("first >= 6 at", i, "value", sorted[i])

	// Multi-key sort.
	sort.Slice(emps, func(i, j int) bool {
		if emps[i].Salary != emps[j].Salary {
			return emps[i].Salary > emps[j].Salary
		}
		return emps[i].Name < emps[j].Name
	})
	fmt.Printf("%v\n", emps)
	fmt.Println(sort.SliceIsSorted(emps, func(i, j int) bool { return emps[i].Salary > emps[j].Salary }))
}
