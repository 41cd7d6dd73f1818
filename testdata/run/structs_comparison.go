// Tests struct equality, structs as map keys, arrays of structs compare, anonymous structs and assignability.
package main

import "fmt"

type Key struct {
	Name string
	N    int
}

type Pair struct {
	A, B any
}

type Vec [3]float64

func main() {
	a := Key{"x", 1}
	b := Key{"x", 1}
	c := Key{"x", 2}
	fmt.Println(a == b, a == c, a != c)

	m := map[Key]int{}
	m[a]++
	m[b]++
	m[c]++
	fmt.Println(len(m), m[Key{"x", 1}], m)

	// Interface fields compare dynamically.
	p1 := Pair{1, "s"}
	p2 := Pair{1, "s"}
	p3 := Pair{int64(1), "s"}
	fmt.Println(p1 == p2, p1 == p3)

	// Arrays compare element-wise.
	v1 := Vec{1, 2, 3}
	v2 := Vec{1, 2, 3}
	v2[2] = 3.0
	fmt.Println(v1 == v2, [2]Key{a, c} == [2]Key{b, c})

	// Anonymous structs with identical field sequences are assignable.
	anon := struct {
		Name string
		N    int
	}{"x", 1}
	fmt.Println(anon == a, Key(anon) == a)
	var k Key = anon
	fmt.Println(k)

	// Zero values compare equal.
	var z1, z2 Key
	fmt.Println(z1 == z2, z1 == Key{})

	// Pointers compare by identity.
	pa, pb := &Key{"p", 0}, &Key{"p", 0}
	fmt.Println(pa == pb, *pa == *pb, pa == pa)

	// Nested structs and blank fields.
	type inner struct{ X, Y int }
	type outer struct {
		In   inner
		Tags [2]string
		_    int
	}
	o1 := outer{In: inner{1, 2}, Tags: [2]string{"a", "b"}}
	o2 := outer{In: inner{1, 2}, Tags: [2]string{"a", "b"}}
	fmt.Println(o1 == o2)
	o2.Tags[1] = "c"
	fmt.Println(o1 == o2)

	// Struct with float NaN field is not equal to itself.
	type fv struct{ F float64 }
	zero := 0.0
	n := fv{zero / zero}
	fmt.Println(n == n)

	// Using a struct key to count grid visits.
	type pos struct{ r, c int }
	visits := map[pos]int{}
	r, cc := 0, 0
	for _, d := range "RRDLLUR" {
		switch d {
		case 'R':
			cc++
		case 'L':
			cc--
		case 'U':
			r--
		case 'D':
			r++
		}
		visits[pos{r, cc}]++
	}
	fmt.Println(visits)
}
