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

/// The width and height in pixels written in a PNG's or JPEG's header, without decoding it.
pub fn image_size(content: &[u8]) -> Option<(u32, u32)> {
    let be16 = |b: &[u8]| u32::from(b[0]) << 8 | u32::from(b[1]);
    let be32 = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    match sniff(content)? {
        "image/png" if content.len() >= 24 && &content[12..16] == b"IHDR" => {
            Some((be32(&content[16..20]), be32(&content[20..24])))
        }
        "image/jpeg" => {
            // Walk the markers to the first start-of-frame, which holds the size.
            let mut at = 2;
            while at + 9 < content.len() {
                if content[at] != 0xFF {
                    return None;
                }
                let marker = content[at + 1];
                if marker == 0xFF {
                    at += 1;
                    continue;
                }
                let length = be16(&content[at + 2..]) as usize;
                let is_frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
                if is_frame {
                    return Some((be16(&content[at + 7..]), be16(&content[at + 5..])));
                }
                at += 2 + length;
            }
            None
        }
        _ => None,
    }
}

/// A passport-style photo: a JPEG or PNG in the proportions of 3.5 x 4.5 cm (within 3 %).
pub fn check_photo(content: &[u8]) -> Result<(), Rule> {
    check(content, content.len())?;
    let (w, h) = image_size(content).ok_or("upload.photo_type")?;
    if w == 0 || h == 0 {
        return Err("upload.photo_type");
    }
    let ratio = f64::from(w) / f64::from(h);
    let wanted = 3.5 / 4.5;
    if (ratio - wanted).abs() / wanted <= 0.03 { Ok(()) } else { Err("upload.photo_ratio") }
}

/// A file's size in megabytes (of 1,048,576 bytes) to one decimal, in tenths, rounded half
/// up: 2,621,440 bytes is 25 (2.5 MB).
pub fn megabytes_in_tenths(bytes: u64) -> u64 {
    const MB: u64 = 1024 * 1024;
    (bytes.saturating_mul(10) + MB / 2) / MB
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn megabytes_are_counted_in_tenths() {
        assert_eq!(megabytes_in_tenths(1024 * 1024), 10);
        assert_eq!(megabytes_in_tenths(2_621_440), 25);
        // 1.04 MB is 1.0; 1.05 MB rounds up to 1.1.
        assert_eq!(megabytes_in_tenths(1_090_519), 10);
        assert_eq!(megabytes_in_tenths(1_101_005), 11);
        assert_eq!(megabytes_in_tenths(5 * 1024 * 1024 - 1), 50);
    }

    #[test]
    fn types_come_from_the_content() {
        assert_eq!(sniff(b"%PDF-1.7\n..."), Some("application/pdf"));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Some("image/jpeg"));
        assert_eq!(sniff(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0]), Some("image/png"));
        assert_eq!(sniff(b"GIF89a"), None);
        assert_eq!(sniff(b"<html>%PDF-"), None);
        assert_eq!(sniff(b""), None);
    }

    fn png(w: u32, h: u32) -> Vec<u8> {
        let mut v = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        v.extend_from_slice(b"IHDR");
        v.extend_from_slice(&w.to_be_bytes());
        v.extend_from_slice(&h.to_be_bytes());
        v.extend_from_slice(&[8, 2, 0, 0, 0]);
        v
    }

    fn jpeg(w: u16, h: u16) -> Vec<u8> {
        let mut v = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
        v.extend_from_slice(&[0; 14]); // an APP0 segment to skip
        v.extend_from_slice(&[0xFF, 0xC0, 0, 17, 8]);
        v.extend_from_slice(&h.to_be_bytes());
        v.extend_from_slice(&w.to_be_bytes());
        v.extend_from_slice(&[3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        v
    }

    #[test]
    fn image_sizes_are_read_from_the_header() {
        assert_eq!(image_size(&png(350, 450)), Some((350, 450)));
        assert_eq!(image_size(&jpeg(700, 900)), Some((700, 900)));
        assert_eq!(image_size(b"%PDF-1.4"), None);
        assert_eq!(image_size(&png(1, 1)[..20]), None);
    }

    #[test]
    fn photos_must_be_three_and_a_half_by_four_and_a_half() {
        assert_eq!(check_photo(&png(350, 450)), Ok(()));
        assert_eq!(check_photo(&jpeg(413, 531)), Ok(()), "35 x 45 mm at 300 dpi");
        assert_eq!(check_photo(&png(450, 450)), Err("upload.photo_ratio"));
        assert_eq!(check_photo(&jpeg(600, 400)), Err("upload.photo_ratio"));
        assert_eq!(check_photo(b"%PDF-1.4 photo"), Err("upload.photo_type"));
        assert_eq!(check_photo(b"GIF89a"), Err("upload.type"));
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
