//! Search over the articles of one language, matching the way people type: without case,
//! accents or Azerbaijani and Russian letters they may not have on their keyboard, so
//! "yasamaq icazesi" finds "yaşamaq icazəsi" and "елка" finds "ёлка".

use crate::content::SearchEntry;

/// The letter as it is matched: lower case, with ə, ı, ö, ü, ş, ç, ğ, ё and other accented
/// Latin letters read as their plain letter. One character in, one out, so a position in
/// the folded text is the same position in the original.
pub fn fold_char(c: char) -> char {
    match c {
        'ə' | 'Ə' | 'ä' | 'Ä' => 'e',
        'ı' | 'I' | 'İ' | 'i' => 'i',
        'ö' | 'Ö' | 'ó' | 'ò' | 'ô' | 'õ' => 'o',
        'ü' | 'Ü' | 'ú' | 'ù' | 'û' => 'u',
        'ş' | 'Ş' | 'ș' | 'Ș' => 's',
        'ç' | 'Ç' => 'c',
        'ğ' | 'Ğ' => 'g',
        'á' | 'à' | 'â' | 'ã' | 'å' | 'Á' | 'À' | 'Â' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ё' | 'Ё' => 'е',
        'й' | 'Й' => 'и',
        c => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// The text as it is matched. Each character folds to one character, so the n-th character
/// of the folded text is the n-th of the original.
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// A piece of a snippet: text, and whether it matched the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub hit: bool,
}

/// A page that matches, best first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into the entries.
    pub entry: usize,
    pub score: u32,
    pub title: Vec<Piece>,
    pub snippet: Vec<Piece>,
}

struct Folded {
    title: String,
    summary: String,
    text: String,
}

/// The entries of one language, folded once when the index is loaded.
pub struct Index {
    entries: Vec<SearchEntry>,
    folded: Vec<Folded>,
}

/// Characters of context before the first match in a snippet (twice as many follow it).
const CONTEXT: usize = 80;

impl Index {
    pub fn new(entries: Vec<SearchEntry>) -> Index {
        let folded = entries
            .iter()
            .map(|e| Folded { title: fold(&e.title), summary: fold(&e.summary), text: fold(&e.text) })
            .collect();
        Index { entries, folded }
    }

    pub fn entries(&self) -> &[SearchEntry] {
        &self.entries
    }

    /// Pages containing every word of `query` (in the title, the summary or the text),
    /// best first: words in the title count most, then in the summary. Azerbaijani and
    /// Russian words change their endings ("yaşamaq", "yaşama"; "разрешение", "разрешения"),
    /// so a word found nowhere is tried again without its last letter, then its last two.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let words: Vec<String> =
            query.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(fold).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .folded
            .iter()
            .enumerate()
            .filter_map(|(i, f)| {
                let mut score = 0;
                let mut found = Vec::new();
                for w in &words {
                    let (form, weight) = forms(w).into_iter().find_map(|(form, weight)| {
                        let (t, s, x) = (count(&f.title, &form), count(&f.summary, &form), count(&f.text, &form));
                        (t + s + x > 0).then(|| (form, weight * (20 * t + 5 * s + x.min(10))))
                    })?;
                    score += weight;
                    found.push(form);
                }
                let e = &self.entries[i];
                let (source, folded) =
                    if first_match(&f.text, &found).is_some() { (&e.text, &f.text) } else { (&e.summary, &f.summary) };
                Some(Hit {
                    entry: i,
                    score,
                    title: highlight(&e.title, &f.title, &found, None),
                    snippet: highlight(source, folded, &found, Some(CONTEXT)),
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.entry.cmp(&b.entry)));
        hits
    }
}

/// The forms a query word is looked for in, with their weight: the word itself, then (for
/// longer words) without its last one or two letters.
fn forms(word: &str) -> Vec<(String, u32)> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = vec![(word.to_owned(), 3)];
    if chars.len() >= 5 {
        out.push((chars[..chars.len() - 1].iter().collect(), 2));
    }
    if chars.len() >= 7 {
        out.push((chars[..chars.len() - 2].iter().collect(), 1));
    }
    out
}

fn count(hay: &str, needle: &str) -> u32 {
    hay.matches(needle).count() as u32
}

/// The character position of the first match of any word.
fn first_match(hay: &str, words: &[String]) -> Option<usize> {
    words.iter().filter_map(|w| hay.find(w.as_str())).min().map(|byte| hay[..byte].chars().count())
}

/// `original` cut into pieces with the matches of `words` marked. With `context`, only a
/// window around the first match, with "…" where text was left out. Only the window is
/// walked, so a long text costs little more than a short one.
fn highlight(original: &str, folded: &str, words: &[String], context: Option<usize>) -> Vec<Piece> {
    let (lo, hi) = match context {
        Some(ctx) => {
            let first = first_match(folded, words).unwrap_or(0);
            (first.saturating_sub(ctx), first + 2 * ctx)
        }
        None => (0, usize::MAX),
    };
    let chars: Vec<char> = original.chars().skip(lo).take(hi.saturating_sub(lo)).collect();
    let window: String = folded.chars().skip(lo).take(chars.len()).collect();
    let more_after = context.is_some() && original.chars().nth(lo + chars.len()).is_some();
    // Start and end at word boundaries inside the window.
    let first_in_window = first_match(&window, words).unwrap_or(0);
    let start =
        if lo == 0 { 0 } else { (1..first_in_window.max(1)).find(|&i| chars[i - 1].is_whitespace()).unwrap_or(0) };
    let end = if more_after {
        (first_in_window..chars.len()).rev().find(|&i| chars[i].is_whitespace()).unwrap_or(chars.len())
    } else {
        chars.len()
    };
    let offsets: Vec<usize> = window.char_indices().map(|(b, _)| b).collect();
    let mut marked = vec![false; chars.len()];
    for w in words {
        let len = w.chars().count();
        for (byte, _) in window.match_indices(w.as_str()) {
            let at = offsets.partition_point(|&b| b < byte);
            marked[at..(at + len).min(chars.len())].iter_mut().for_each(|m| *m = true);
        }
    }
    let mut pieces: Vec<Piece> = Vec::new();
    if lo + start > 0 {
        pieces.push(Piece { text: "…".into(), hit: false });
    }
    for i in start..end {
        match pieces.last_mut() {
            Some(p) if p.hit == marked[i] && p.text != "…" => p.text.push(chars[i]),
            _ => pieces.push(Piece { text: chars[i].to_string(), hit: marked[i] }),
        }
    }
    if more_after || end < chars.len() {
        pieces.push(Piece { text: "…".into(), hit: false });
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, text: &str) -> SearchEntry {
        SearchEntry { url: format!("/az/{title}"), title: title.into(), summary: String::new(), text: text.into() }
    }

    fn marked(pieces: &[Piece]) -> Vec<&str> {
        pieces.iter().filter(|p| p.hit).map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn folding_is_one_to_one_and_drops_azerbaijani_and_russian_marks() {
        let s = "Yaşamaq İcazəsi ĞÖÜÇŞ Ёлка Müller";
        assert_eq!(fold(s).chars().count(), s.chars().count());
        assert_eq!(fold(s), "yasamaq icazesi goucs елка muller");
    }

    #[test]
    fn finds_without_diacritics_and_highlights_the_original() {
        let index = Index::new(vec![
            entry("Daimi yaşamaq icazəsi", "Daimi yaşamaq icazəsi 5 il müddətinə verilir."),
            entry("Qeydiyyat", "Yaşayış yeri üzrə qeydiyyat."),
        ]);
        let hits = index.search("yasamaq icazesi");
        assert_eq!(hits.len(), 1);
        assert_eq!(marked(&hits[0].title), ["yaşamaq", "icazəsi"]);
        assert_eq!(marked(&hits[0].snippet), ["yaşamaq", "icazəsi"]);
        assert_eq!(index.search("YAŞAMAQ").len(), 1, "case and marks both ways");
        let index = Index::new(vec![entry("Müvəqqəti yaşama icazəsi", "Yaşama icazəsi verilir.")]);
        let hits = index.search("yasamaq icazesi");
        assert_eq!(hits.len(), 1, "another ending of the same word");
        assert_eq!(marked(&hits[0].title), ["yaşama", "icazəsi"]);
        assert!(index.search("viza").is_empty());
        assert!(index.search("  ,, ").is_empty());
    }

    #[test]
    fn russian_yo_matches_ye() {
        let index = Index::new(vec![entry("Ещё один", "Учёт иностранцев")]);
        assert_eq!(index.search("учет").len(), 1);
        assert_eq!(index.search("ещё").len(), 1);
        let index = Index::new(vec![entry("Разрешение на работу", "")]);
        assert_eq!(index.search("разрешения").len(), 1);
        assert!(index.search("разрыв").is_empty(), "short words must match whole");
    }

    #[test]
    fn every_word_must_match_and_titles_rank_first() {
        let index = Index::new(vec![
            entry("Work permit", "Fees for a residence permit."),
            entry("Residence permit", "How to apply."),
            entry("Visas", "No permit here, only residence of a sort."),
        ]);
        let hits = index.search("residence permit");
        assert_eq!(hits.iter().map(|h| h.entry).collect::<Vec<_>>(), [1, 0, 2]);
        assert!(index.search("residence zebra").is_empty());
    }

    #[test]
    fn snippets_are_a_window_around_the_match() {
        let long = format!("{} needle {}", "word ".repeat(100), "word ".repeat(100));
        let index = Index::new(vec![entry("T", &long)]);
        let snippet = &index.search("needle")[0].snippet;
        assert_eq!(snippet.first().unwrap().text, "…");
        assert_eq!(snippet.last().unwrap().text, "…");
        let shown: usize = snippet.iter().map(|p| p.text.chars().count()).sum();
        assert!(shown <= 3 * CONTEXT + 2, "{shown}");
        assert_eq!(marked(snippet), ["needle"]);
    }
}
