// Package oserror is gorun's implementation of Go's internal/oserror: the
// portable error values shared by os, io/fs and syscall. It has no native
// functions.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
