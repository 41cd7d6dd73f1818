package filepath

import (
	"io/fs"
	"os"
)

// SkipDir, returned by a walk function, skips the directory (or the rest
// of the directory holding the file).
var SkipDir error = fs.SkipDir

// SkipAll, returned by a walk function, ends the walk.
var SkipAll error = fs.SkipAll

// WalkFunc is called by Walk for each file and directory, with the
// file's Lstat info. If the root cannot be statted, or a directory cannot
// be read, it is called with the error (for the directory, a second
// time). SkipDir and SkipAll change the walk; other errors stop it.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// WalkDir walks the file tree rooted at root, calling fn for each file and
// directory in lexical order. It does not follow symbolic links.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	var err error
	if info, statErr := os.Lstat(root); statErr == nil {
		err = visitDir(root, fs.FileInfoToDirEntry(info), fn)
	} else {
		err = fn(root, nil, statErr)
	}
	return quietSkip(err)
}

// quietSkip turns the SkipDir or SkipAll that ended a walk into success.
func quietSkip(err error) error {
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// visitDir calls fn for path (described by d) and, when that is a
// directory fn did not decline, for everything below it. A SkipDir about a
// directory is consumed here; about a file it is handed up, so that the
// caller stops reading that file's directory.
func visitDir(path string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	err := fn(path, d, nil)
	isDir := d.IsDir()
	if err == nil && isDir {
		entries, readErr := os.ReadDir(path)
		if readErr != nil {
			// fn is told; if it says carry on, what was read is walked.
			err = fn(path, d, readErr)
		}
		for k := 0; err == nil && k < len(entries); k++ {
			err = visitDir(Join(path, entries[k].Name()), entries[k], fn)
		}
		if err == SkipDir {
			// From fn about this directory, or from a file inside it.
			err = nil
		}
	}
	if err == SkipDir && isDir {
		return nil
	}
	return err
}

// Walk walks the file tree rooted at root, calling fn for each file and
// directory in lexical order, with their FileInfo. WalkDir is more
// efficient. It does not follow symbolic links.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err == nil {
		err = walkInfo(root, info, fn)
	} else {
		err = fn(root, nil, err)
	}
	return quietSkip(err)
}

// walkInfo calls fn for path and, if it is a directory, walks its entries
// in order; fn hears about a directory once, with the error if it could
// not be read (and then nothing inside it is visited).
func walkInfo(path string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(path, info, nil)
	}
	names, readErr := readDirNames(path)
	if err := fn(path, info, readErr); err != nil || readErr != nil {
		return err
	}
	for _, name := range names {
		if err := walkEntry(Join(path, name), fn); err != nil {
			return err
		}
	}
	return nil
}

// walkEntry visits one entry of a directory. It returns only errors that
// end the walk of that directory: a SkipDir about a subdirectory (or about
// an entry that cannot be described) is consumed.
func walkEntry(path string, fn WalkFunc) error {
	info, err := os.Lstat(path)
	if err != nil {
		if err = fn(path, info, err); err == SkipDir {
			return nil
		}
		return err
	}
	err = walkInfo(path, info, fn)
	if err == SkipDir && info.IsDir() {
		return nil
	}
	return err
}

// readDirNames returns the sorted names in the directory.
func readDirNames(dirname string) ([]string, error) {
	dir, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	defer dir.Close()
	names, err := dir.Readdirnames(-1)
	if err != nil {
		return nil, err
	}
	sortStrings(names)
	return names, nil
}
