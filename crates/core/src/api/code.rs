//! Codes people read, type and say on the phone: application reference numbers, draft resume
//! codes and appointment codes.
//!
//! A code is 12 characters from Crockford's base 32 alphabet (digits and capital letters
//! without I, L, O and U), shown in three groups of four: `A7KP-93QX-DW2D`.
//!
//! - The first character says what the code is for: `A` an application, `D` a saved draft,
//!   `B` an appointment booking, `F` an uploaded file, `P` the payment of an application's fee
//!   (the application's code with `P` first and its own check character).
//! - The next ten carry 50 random bits, so codes cannot be guessed or enumerated.
//! - The last is a check character (Luhn mod 32 over the first eleven): any single mistyped
//!   character, and any swap of two neighbouring characters other than `0` with `Z`, is caught
//!   in the browser before any lookup.
//!
//! Reading is forgiving the way Crockford intends: lower case, spaces and hyphens are accepted,
//! `O` is read as `0`, and `I` and `L` as `1`.

use std::fmt;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LEN: usize = 12;

/// What a code refers to; its first character.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeKind {
    Application,
    Draft,
    Appointment,
    Upload,
    Payment,
}

impl CodeKind {
    const fn prefix(self) -> u8 {
        match self {
            CodeKind::Application => b'A',
            CodeKind::Draft => b'D',
            CodeKind::Appointment => b'B',
            CodeKind::Upload => b'F',
            CodeKind::Payment => b'P',
        }
    }
}

/// A well-formed code, stored without hyphens in upper case.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Code([u8; LEN]);

/// Why a typed code was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Not 12 characters once spaces and hyphens are taken out.
    Length,
    /// A character outside the alphabet.
    Character,
    /// A code of another kind (a draft code typed where a reference number belongs).
    Kind,
    /// The check character does not match: a typo.
    Check,
}

impl CodeError {
    /// The rule id shown at the field (`code.check` and so on).
    pub const fn rule(self) -> &'static str {
        match self {
            CodeError::Length => "code.length",
            CodeError::Character => "code.character",
            CodeError::Kind => "code.kind",
            CodeError::Check => "code.check",
        }
    }
}

impl Code {
    /// A new code of `kind` from 50 random bits (the caller supplies the randomness, so this
    /// crate stays free of I/O). Only the low 50 bits are used.
    pub fn new(kind: CodeKind, random: u64) -> Code {
        let mut out = [0u8; LEN];
        out[0] = kind.prefix();
        for (i, slot) in out[1..LEN - 1].iter_mut().enumerate() {
            let shift = 5 * (9 - i);
            *slot = ALPHABET[((random >> shift) & 31) as usize];
        }
        out[LEN - 1] = ALPHABET[check_value(&out[..LEN - 1]) as usize];
        Code(out)
    }

    /// Reads a code of `kind` as a person may type it.
    pub fn parse(kind: CodeKind, text: &str) -> Result<Code, CodeError> {
        let mut out = [0u8; LEN];
        let mut n = 0;
        for c in text.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            let b = normalise(c).ok_or(CodeError::Character)?;
            if n == LEN {
                return Err(CodeError::Length);
            }
            out[n] = b;
            n += 1;
        }
        if n != LEN {
            return Err(CodeError::Length);
        }
        if out[0] != kind.prefix() {
            return Err(CodeError::Kind);
        }
        if ALPHABET[check_value(&out[..LEN - 1]) as usize] != out[LEN - 1] {
            return Err(CodeError::Check);
        }
        Ok(Code(out))
    }

    /// The same code for another purpose: the payment reference of an application is its
    /// reference number with `P` first (and the check character that goes with it), so one
    /// leads to the other and neither can be guessed.
    pub fn as_kind(&self, kind: CodeKind) -> Code {
        let mut out = self.0;
        out[0] = kind.prefix();
        out[LEN - 1] = ALPHABET[check_value(&out[..LEN - 1]) as usize];
        Code(out)
    }

    /// The code without hyphens, as stored.
    pub fn compact(&self) -> &str {
        std::str::from_utf8(&self.0).expect("alphabet is ASCII")
    }
}

impl fmt::Display for Code {
    /// `A7KP-93QX-DW2D`: the form shown to people.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.compact();
        write!(f, "{}-{}-{}", &s[0..4], &s[4..8], &s[8..12])
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Code({self})")
    }
}

/// The alphabet character a typed character stands for, if any.
fn normalise(c: char) -> Option<u8> {
    let c = c.to_ascii_uppercase();
    let c = match c {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    c.is_ascii().then_some(c as u8).filter(|b| ALPHABET.contains(b))
}

fn value(b: u8) -> u32 {
    ALPHABET.iter().position(|a| *a == b).expect("checked by the caller") as u32
}

/// Luhn mod N (N = 32): the check value that makes the whole code's weighted sum a multiple
/// of 32.
fn check_value(payload: &[u8]) -> u32 {
    let mut factor = 2;
    let mut sum = 0;
    for &b in payload.iter().rev() {
        let addend = factor * value(b);
        sum += addend / 32 + addend % 32;
        factor = if factor == 2 { 1 } else { 2 };
    }
    (32 - sum % 32) % 32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_in_every_form_people_type() {
        let code = Code::new(CodeKind::Application, 0x3_1234_5678_9ABC);
        let shown = code.to_string();
        assert_eq!(shown.len(), 14);
        assert_eq!(&shown[4..5], "-");
        assert_eq!(Code::parse(CodeKind::Application, &shown), Ok(code));
        assert_eq!(Code::parse(CodeKind::Application, &shown.to_lowercase()), Ok(code));
        assert_eq!(Code::parse(CodeKind::Application, &format!("  {} ", code.compact())), Ok(code));
        let spaced: String = shown.replace('-', " ");
        assert_eq!(Code::parse(CodeKind::Application, &spaced), Ok(code));
    }

    #[test]
    fn a_payment_reference_is_the_application_reference_with_p_first() {
        let application = Code::new(CodeKind::Application, 0x3_1234_5678_9ABC);
        let payment = application.as_kind(CodeKind::Payment);
        assert_eq!(&payment.compact()[..1], "P");
        assert_eq!(payment.compact()[1..11], application.compact()[1..11]);
        assert_eq!(Code::parse(CodeKind::Payment, &payment.to_string()), Ok(payment), "its check character is its own");
        assert_eq!(Code::parse(CodeKind::Application, &payment.to_string()), Err(CodeError::Kind));
        assert_eq!(payment.as_kind(CodeKind::Application), application);
    }

    #[test]
    fn confusable_letters_are_read_as_digits() {
        // Find a code with a 0 and a 1 in it, then type them as O and l.
        let code = (0u64..)
            .map(|r| Code::new(CodeKind::Draft, r * 7919))
            .find(|c| c.compact()[1..].contains('0') && c.compact()[1..].contains('1'))
            .unwrap();
        let typed = code.compact().replacen('0', "O", 1).replacen('1', "l", 1);
        assert_eq!(Code::parse(CodeKind::Draft, &typed), Ok(code));
    }

    #[test]
    fn every_single_typo_is_caught() {
        for r in [0u64, 1, 0x2AAAA_AAAAA, (1 << 50) - 1, 123_456_789] {
            let code = Code::new(CodeKind::Application, r);
            let s = code.compact().as_bytes().to_vec();
            for i in 1..LEN {
                for &b in ALPHABET.iter().filter(|b| **b != s[i]) {
                    let mut typo = s.clone();
                    typo[i] = b;
                    let typo = String::from_utf8(typo).unwrap();
                    assert_eq!(Code::parse(CodeKind::Application, &typo), Err(CodeError::Check), "{typo}");
                }
            }
        }
    }

    #[test]
    fn swapped_neighbours_are_caught() {
        for r in (0..2000u64).map(|n| n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 14) {
            let s = Code::new(CodeKind::Appointment, r).compact().as_bytes().to_vec();
            for i in 1..LEN - 1 {
                // Luhn's one blind spot: 0 and the last symbol weigh the same either way round.
                if s[i] == s[i + 1] || [s[i], s[i + 1]] == *b"0Z" || [s[i], s[i + 1]] == *b"Z0" {
                    continue;
                }
                let mut swapped = s.clone();
                swapped.swap(i, i + 1);
                let swapped = String::from_utf8(swapped).unwrap();
                assert!(Code::parse(CodeKind::Appointment, &swapped).is_err(), "{swapped}");
            }
        }
    }

    #[test]
    fn wrong_length_character_and_kind_are_named() {
        let code = Code::new(CodeKind::Application, 42);
        assert_eq!(Code::parse(CodeKind::Application, "A7KP"), Err(CodeError::Length));
        assert_eq!(Code::parse(CodeKind::Application, &format!("{code}7")), Err(CodeError::Length));
        assert_eq!(Code::parse(CodeKind::Application, "A7KP-93QX-DW2U"), Err(CodeError::Character));
        assert_eq!(Code::parse(CodeKind::Application, "A7KP-93QX-DW2<"), Err(CodeError::Character));
        assert_eq!(Code::parse(CodeKind::Draft, &code.to_string()), Err(CodeError::Kind));
    }

    #[test]
    fn different_random_bits_give_different_codes() {
        let a = Code::new(CodeKind::Application, 1);
        let b = Code::new(CodeKind::Application, 2);
        assert_ne!(a, b);
        assert_eq!(Code::new(CodeKind::Application, 1 | (1 << 60)), a, "only 50 bits are used");
    }
}
