// Tests the uncaught panic output for a struct error type with a value receiver Error method.
package main

import "fmt"

type HTTPError struct {
	Code int
	Msg  string
}

func (e HTTPError) Error() string { return fmt.Sprintf("http %d: %s", e.Code, e.Msg) }

func fetch(path string) (string, error) {
	if path == "/" {
		return "index", nil
	}
	return "", HTTPError{404, "no page " + path}
}

func main() {
	for _, p := range []string{"/", "/missing"} {
		body, err := fetch(p)
		if err != nil {
			panic(err)
		}
		fmt.Println(p, "->", body)
	}
}
