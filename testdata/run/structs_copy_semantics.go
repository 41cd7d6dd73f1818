// Tests struct value semantics: assignment, function arguments, range variables and array elements are copies.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	Tags    []string
}

func deposit(a Account, n int) Account {
	a.Balance += n
	return a
}

func depositPtr(a *Account, n int) { a.Balance += n }

func main() {
	a := Account{"ann", 100, []string{"vip"}}
	b := a
	b.Owner = "bob"
	b.Balance = 5
	b.Tags[0] = "shared"
	fmt.Printf("%+v\n%+v\n", a, b)

	c := deposit(a, 50)
	fmt.Println(a.Balance, c.Balance)
	depositPtr(&a, 1)
	fmt.Println(a.Balance)

	accts := [2]Account{{Owner: "x"}, {Owner: "y"}}
	for _, acc := range accts {
		acc.Balance = 1000
	}
	fmt.Println(accts[0].Balance, accts[1].Balance)
	for i := range accts {
		accts[i].Balance = 7
	}
	copyArr := accts
	copyArr[0].Owner = "changed"
	fmt.Println(accts[0].Owner, copyArr[0].Owner, accts[0].Balance)

	list := []Account{{Owner: "p"}}
	alias := list
	alias[0].Balance = 42
	fmt.Println(list[0].Balance)
	elem := list[0]
	elem.Balance = 0
	fmt.Println(list[0].Balance, elem.Balance)
	ptr := &list[0]
	ptr.Balance++
	fmt.Println(list[0].Balance)
}
