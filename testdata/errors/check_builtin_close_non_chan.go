// Closes something that is not a channel.
package main

import (
	"fmt"
	"os"
)

func main() {
	names := []string{"a"}
	close(names)
	fmt.Fprintln(os.Stdout, names)
}
