// Tests nested structs: field paths, updating through pointers to inner structs, zero values and %+v printing.
package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Contact struct {
	Email string
	Addr  Address
	Prev  *Address
}

type Person struct {
	Name    string
	Age     int
	Contact Contact
}

func relocate(p *Person, city string) {
	old := p.Contact.Addr
	p.Contact.Prev = &old
	p.Contact.Addr.City = city
	p.Contact.Addr.Zip++
}

func main() {
	var zero Person
	fmt.Printf("%+v\n", zero)
	p := Person{Name: "Kim", Age: 30, Contact: Contact{Email: "k@x", Addr: Address{"Oslo", 150}}}
	fmt.Printf("%v\n", p)
	relocate(&p, "Bergen")
	fmt.Println(p.Contact.Addr, *p.Contact.Prev)
	inner := &p.Contact.Addr
	inner.Zip = 5000
	fmt.Println(p.Contact.Addr.Zip)
	people := []Person{p, {Name: "Lee"}}
	people[1].Contact.Addr.City = "Rome"
	for _, q := range people {
		fmt.Printf("%s lives in %q (prev set: %t)\n", q.Name, q.Contact.Addr.City, q.Contact.Prev != nil)
	}
	fmt.Println(p.Contact.Addr == Address{"Bergen", 5000})
}
