//! Checks for single answers, the same in the browser and on the server. Each failure is a
//! rule id (`passport.format`); the app turns it into a message in the user's language that
//! says how to put it right.

use crate::calendar::{BakuDate, DateError};
use crate::citizenship::Citizenship;

/// A rule id, sent on the wire as it is.
pub type Rule = &'static str;

pub const REQUIRED: Rule = "required";

impl DateError {
    /// The rule id of a date that is not accepted.
    pub const fn rule(self) -> Rule {
        match self {
            DateError::YearOutOfRange => "date.year_out_of_range",
            DateError::MonthOutOfRange => "date.month_out_of_range",
            DateError::NoSuchDay => "date.no_such_day",
            DateError::Unreadable => "date.unreadable",
            DateError::Empty => REQUIRED,
            DateError::Incomplete => "date.incomplete",
            DateError::NotANumber => "date.not_a_number",
        }
    }
}

/// A date sent as `YYYY-MM-DD`.
pub fn date(text: &str) -> Result<BakuDate, Rule> {
    if text.trim().is_empty() {
        return Err(REQUIRED);
    }
    BakuDate::parse_iso(text).map_err(DateError::rule)
}

/// A date of birth: a real date before today in Baku.
pub fn date_of_birth(text: &str, today: BakuDate) -> Result<BakuDate, Rule> {
    let d = date(text)?;
    if d >= today {
        return Err("date_of_birth.not_past");
    }
    Ok(d)
}

/// A passport or travel document number: 5 to 20 Latin letters and digits, read without
/// spaces and hyphens, in upper case.
pub fn document_number(text: &str) -> Result<String, Rule> {
    let compact: String =
        text.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    if compact.is_empty() {
        return Err(REQUIRED);
    }
    if !compact.bytes().all(|b| b.is_ascii_alphanumeric()) || !(5..=20).contains(&compact.len()) {
        return Err("document_number.format");
    }
    Ok(compact)
}

/// A citizenship as an ISO 3166-1 alpha-2 code, or `stateless`.
pub fn citizenship(text: &str) -> Result<Citizenship, Rule> {
    if text.trim().is_empty() {
        return Err(REQUIRED);
    }
    Citizenship::parse(text).ok_or("citizenship.unknown")
}

/// A name as written in Latin letters in the passport: letters, spaces, hyphens and
/// apostrophes, 1 to 60 characters, starting with a letter.
pub fn latin_name(text: &str) -> Result<&str, Rule> {
    let t = text.trim();
    if t.is_empty() {
        return Err(REQUIRED);
    }
    if t.chars().count() > 60 {
        return Err("name.too_long");
    }
    let latin = |c: char| c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c) && c != '×' && c != '÷';
    let first_ok = t.chars().next().is_some_and(latin);
    if !first_ok || !t.chars().all(|c| latin(c) || matches!(c, ' ' | '-' | '\'' | '’')) {
        return Err("name.not_latin");
    }
    Ok(t)
}

/// A telephone number: Azerbaijani (`+994 50 123 45 67`, `050 123 45 67`) or international
/// in full (`+7 912 345 67 89`): spaces, hyphens and brackets are ignored.
pub fn phone(text: &str) -> Result<String, Rule> {
    let t = text.trim();
    if t.is_empty() {
        return Err(REQUIRED);
    }
    if !t.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')')) || t[1..].contains('+') {
        return Err("phone.format");
    }
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    if let Some(rest) = digits.strip_prefix('0').filter(|_| !t.starts_with('+')) {
        // A local number: 0 and 9 digits (operator or city code, then the subscriber).
        return if rest.len() == 9 { Ok(format!("+994{rest}")) } else { Err("phone.format") };
    }
    if !t.starts_with('+') {
        return Err("phone.format");
    }
    let ok = match digits.strip_prefix("994") {
        Some(national) => national.len() == 9,
        None => (8..=15).contains(&digits.len()),
    };
    if ok { Ok(format!("+{digits}")) } else { Err("phone.format") }
}

/// An e-mail address: one `@` with text either side, a dot in the domain, no spaces.
pub fn email(text: &str) -> Result<&str, Rule> {
    let t = text.trim();
    if t.is_empty() {
        return Err(REQUIRED);
    }
    let ok = t.len() <= 254
        && !t.chars().any(char::is_whitespace)
        && t.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.split('.').count() >= 2
                && domain.split('.').all(|part| !part.is_empty())
        });
    if ok { Ok(t) } else { Err("email.format") }
}

/// A FIN, the personal identification number on Azerbaijani ID cards and permits:
/// 7 Latin letters and digits.
pub fn fin(text: &str) -> Result<String, Rule> {
    let t = text.trim().to_ascii_uppercase();
    if t.is_empty() {
        return Err(REQUIRED);
    }
    if t.len() == 7 && t.bytes().all(|b| b.is_ascii_alphanumeric()) { Ok(t) } else { Err("fin.format") }
}

/// A VÖEN, the taxpayer number of a company or entrepreneur: 10 digits.
pub fn voen(text: &str) -> Result<String, Rule> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        return Err(REQUIRED);
    }
    if t.len() == 10 && t.bytes().all(|b| b.is_ascii_digit()) { Ok(t) } else { Err("voen.format") }
}

/// Free text such as a street: not empty, at most `max` characters. Any character is
/// accepted; it is stored and shown as text, never as markup.
pub fn text(text: &str, max: usize) -> Result<&str, Rule> {
    let t = text.trim();
    if t.is_empty() {
        return Err(REQUIRED);
    }
    if t.chars().count() > max { Err("text.too_long") } else { Ok(t) }
}

/// A whole number in `range`, such as the days of stay on a visa.
pub fn whole_number(text: &str, range: std::ops::RangeInclusive<u32>) -> Result<u32, Rule> {
    let t = text.trim();
    if t.is_empty() {
        return Err(REQUIRED);
    }
    let n: u32 = t.parse().map_err(|_| "number.not_a_number")?;
    if range.contains(&n) { Ok(n) } else { Err("number.out_of_range") }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::calendar::fixture::d;

    #[test]
    fn dates() {
        assert_eq!(date("2026-03-05"), Ok(d("2026-03-05")));
        assert_eq!(date(""), Err(REQUIRED));
        assert_eq!(date("2026-02-31"), Err("date.no_such_day"));
        assert_eq!(date("2026-13-01"), Err("date.month_out_of_range"));
        assert_eq!(date("5.3.2026"), Err("date.unreadable"));
        let today = d("2026-11-23");
        assert_eq!(date_of_birth("1990-01-31", today), Ok(d("1990-01-31")));
        assert_eq!(date_of_birth("2026-11-23", today), Err("date_of_birth.not_past"));
        assert_eq!(date_of_birth("2030-01-01", today), Err("date_of_birth.not_past"));
        assert_eq!(date_of_birth("1850-01-01", today), Err("date.year_out_of_range"));
    }

    #[test]
    fn document_numbers() {
        assert_eq!(document_number(" c01x 00t47 "), Ok("C01X00T47".into()));
        assert_eq!(document_number("AB-123456"), Ok("AB123456".into()));
        assert_eq!(document_number(""), Err(REQUIRED));
        for bad in ["1234", "ABC€12345", "<script>", "1' OR '1'='1", "123456789012345678901"] {
            assert_eq!(document_number(bad), Err("document_number.format"), "{bad}");
        }
    }

    #[test]
    fn names() {
        for good in ["Smith", "O'Neil", "Anna-Maria", "de la Cruz", "Müller", "Əliyev", "Çelik", "D’Arcy"] {
            assert!(latin_name(good).is_ok(), "{good}");
        }
        assert_eq!(latin_name("  "), Err(REQUIRED));
        for bad in ["Иванов", "Smith2", "-Smith", "<b>", "李"] {
            assert_eq!(latin_name(bad), Err("name.not_latin"), "{bad}");
        }
        assert_eq!(latin_name(&"a".repeat(61)), Err("name.too_long"));
    }

    #[test]
    fn phones() {
        assert_eq!(phone("+994 50 123 45 67"), Ok("+994501234567".into()));
        assert_eq!(phone("050 123-45-67"), Ok("+994501234567".into()));
        assert_eq!(phone("(012) 345 67 89"), Ok("+994123456789".into()));
        assert_eq!(phone("+7 912 345 67 89"), Ok("+79123456789".into()));
        assert_eq!(phone(""), Err(REQUIRED));
        for bad in ["+994 50 123 45", "050 123 45", "501234567", "+12", "+7 912 abc", "++79123456789", "+7+9123456789"]
        {
            assert_eq!(phone(bad), Err("phone.format"), "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(email(" a.b@example.az "), Ok("a.b@example.az"));
        assert_eq!(email(""), Err(REQUIRED));
        for bad in ["a@b", "@example.az", "a@@example.az", "a b@example.az", "a@example.", "a@.az", "plain"] {
            assert_eq!(email(bad), Err("email.format"), "{bad}");
        }
    }

    #[test]
    fn fin_and_voen() {
        assert_eq!(fin("5abc12d"), Ok("5ABC12D".into()));
        assert_eq!(fin("5ABC12"), Err("fin.format"));
        assert_eq!(fin("5ABC12-"), Err("fin.format"));
        assert_eq!(voen("1234567891"), Ok("1234567891".into()));
        assert_eq!(voen("123456789"), Err("voen.format"));
        assert_eq!(voen("12345678A1"), Err("voen.format"));
    }

    #[test]
    fn free_text_and_numbers() {
        assert_eq!(text(" Nizami küçəsi 5 ", 100), Ok("Nizami küçəsi 5"));
        assert_eq!(text("", 100), Err(REQUIRED));
        assert_eq!(text(&"x".repeat(101), 100), Err("text.too_long"));
        assert_eq!(whole_number("30", 1..=365), Ok(30));
        assert_eq!(whole_number("0", 1..=365), Err("number.out_of_range"));
        assert_eq!(whole_number("3x", 1..=365), Err("number.not_a_number"));
    }
}
