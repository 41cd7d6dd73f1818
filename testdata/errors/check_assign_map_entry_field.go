// Assigns to a field of a struct stored in a map.
package main

import "fmt"

type Player struct {
	Score int
}

func main() {
	players := map[string]Player{"ann": {}}
	players["ann"].Score = 10
	fmt.Println(players)
}
