//! Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII
//! space. The table is generated from Go itself by `tools/gen_isprint.go`.

use crate::isprint_table::PRINTABLE;

/// Whether Go's `strconv.IsPrint` reports the code point `r` printable.
pub fn is_print(r: u32) -> bool {
    if r <= 0xFF {
        return (0x20..=0x7E).contains(&r) || ((0xA1..=0xFF).contains(&r) && r != 0xAD);
    }
    let i = PRINTABLE.partition_point(|&(_, hi)| hi < r);
    i < PRINTABLE.len() && PRINTABLE[i].0 <= r
}
