// Calls a method with an extra argument.
package main

import "fmt"

type Account struct {
	balance int
}

func (a *Account) Deposit(n int) {
	a.balance += n
}

func main() {
	acc := &Account{}
	name := "savings"
	acc.Deposit(100, name)
	fmt.Println(acc.balance)
}
