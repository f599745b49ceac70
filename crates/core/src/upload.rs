//! Documents attached to an application: PDF, JPEG or PNG up to 5 MiB. The type is read from
//! the file's first bytes, whatever its name or the browser claims, on both sides of the wire.

use crate::validate::Rule;

/// The largest file accepted, in bytes (5 MiB).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The media type the first bytes show, if it is one the Service accepts.
pub fn sniff(content: &[u8]) -> Option<&'static str> {
    if content.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if content.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if content.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

/// Checks a file of `size` bytes that starts with `head` (the first few bytes are enough):
/// its media type, or the rule it breaks.
pub fn check(head: &[u8], size: usize) -> Result<&'static str, Rule> {
    if size == 0 {
        return Err("upload.empty");
    }
    if size > MAX_BYTES {
        return Err("upload.too_large");
    }
    sniff(head).ok_or("upload.type")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_content() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some("application/pdf"));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Some("image/jpeg"));
        assert_eq!(sniff(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0]), Some("image/png"));
        assert_eq!(sniff(b"GIF89a"), None);
        assert_eq!(sniff(b"<html>%PDF-"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn size_and_type_are_checked() {
        assert_eq!(check(b"%PDF-1.4", 1000), Ok("application/pdf"));
        assert_eq!(check(b"%PDF-1.4", MAX_BYTES), Ok("application/pdf"));
        assert_eq!(check(b"%PDF-1.4", MAX_BYTES + 1), Err("upload.too_large"));
        assert_eq!(check(b"", 0), Err("upload.empty"));
        assert_eq!(check(b"MZ\x90\x00", 4000), Err("upload.type"));
    }
}
