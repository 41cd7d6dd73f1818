// Tests a bank simulation with methods, sentinel and custom errors, errors.Is/As and a sorted final report.
package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrNoAccount = errors.New("no such account")

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type Bank struct {
	accounts map[string]int
	log      []string
}

func (b *Bank) Open(name string, initial int) {
	b.accounts[name] = initial
	b.log = append(b.log, "open "+name)
}

func (b *Bank) Withdraw(name string, amt int) error {
	bal, ok := b.accounts[name]
	if !ok {
		return fmt.Errorf("withdraw from %s: %w", name, ErrNoAccount)
	}
	if bal < amt {
		return fmt.Errorf("withdraw from %s: %w", name, &InsufficientFunds{amt, bal})
	}
	b.accounts[name] = bal - amt
	return nil
}

func (b *Bank) Transfer(from, to string, amt int) error {
	if _, ok := b.accounts[to]; !ok {
		return fmt.Errorf("transfer to %s: %w", to, ErrNoAccount)
	}
	if err := b.Withdraw(from, amt); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	b.accounts[to] += amt
	b.log = append(b.log, fmt.Sprintf("%s->%s %d", from, to, amt))
	return nil
}

func main() {
	bank := &Bank{accounts: map[string]int{}}
	bank.Open("alice", 100)
	bank.Open("bob", 20)
	ops := []struct {
		from, to string
		amt      int
	}{{"alice", "bob", 30}, {"bob", "alice", 80}, {"carol", "bob", 1}, {"bob", "dave", 5}, {"bob", "alice", 50}}
	for _, op := range ops {
		err := bank.Transfer(op.from, op.to, op.amt)
		var insuf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Println("ok:", op.from, "->", op.to, op.amt)
		case errors.As(err, &insuf):
			fmt.Println("declined:", err, "| short by", insuf.Need-insuf.Have)
		case errors.Is(err, ErrNoAccount):
			fmt.Println("unknown account:", err)
		}
	}
	names := make([]string, 0, len(bank.accounts))
	for n := range bank.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	total := 0
	for _, n := range names {
		fmt.Printf("%-6s %4d\n", n, bank.accounts[n])
		total += bank.accounts[n]
	}
	fmt.Println("total", total, "log", bank.log)
}
