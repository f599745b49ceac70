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

pub fn fold(text: &str) -> Vec<char> {
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
    title: Vec<char>,
    summary: Vec<char>,
    text: Vec<char>,
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
    /// best first: words in the title count most, then in the summary.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let words: Vec<Vec<char>> = query
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(fold)
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .folded
            .iter()
            .enumerate()
            .filter_map(|(i, f)| {
                let mut score = 0;
                for w in &words {
                    let (t, s, x) = (count(&f.title, w), count(&f.summary, w), count(&f.text, w));
                    if t + s + x == 0 {
                        return None;
                    }
                    score += 20 * t + 5 * s + x.min(10);
                }
                let e = &self.entries[i];
                let (source, folded) =
                    if first_match(&f.text, &words).is_some() { (&e.text, &f.text) } else { (&e.summary, &f.summary) };
                Some(Hit {
                    entry: i,
                    score,
                    title: highlight(&e.title, &f.title, &words, None),
                    snippet: highlight(source, folded, &words, Some(CONTEXT)),
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.entry.cmp(&b.entry)));
        hits
    }
}

fn find(hay: &[char], needle: &[char], from: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

fn count(hay: &[char], needle: &[char]) -> u32 {
    let mut n = 0;
    let mut at = 0;
    while let Some(i) = find(hay, needle, at) {
        n += 1;
        at = i + needle.len();
    }
    n
}

fn first_match(hay: &[char], words: &[Vec<char>]) -> Option<usize> {
    words.iter().filter_map(|w| find(hay, w, 0)).min()
}

/// `original` cut into pieces with the matches of `words` marked. With `context`, only a
/// window around the first match, with "…" where text was left out.
fn highlight(original: &str, folded: &[char], words: &[Vec<char>], context: Option<usize>) -> Vec<Piece> {
    let chars: Vec<char> = original.chars().collect();
    let (start, end) = match (context, first_match(folded, words)) {
        (Some(ctx), Some(first)) => {
            let start = first.saturating_sub(ctx);
            // Start and end at word boundaries.
            let start = if start == 0 { 0 } else { (start..first).find(|&i| chars[i - 1].is_whitespace()).unwrap_or(start) };
            let end = (first + 2 * ctx).min(chars.len());
            let end = if end == chars.len() { end } else { (first..end).rev().find(|&i| chars[i].is_whitespace()).unwrap_or(end) };
            (start, end)
        }
        (Some(ctx), None) => (0, (2 * ctx).min(chars.len())),
        (None, _) => (0, chars.len()),
    };
    let mut marked = vec![false; chars.len()];
    for w in words {
        let mut at = start;
        while let Some(i) = find(&folded[..end], w, at) {
            marked[i..i + w.len()].iter_mut().for_each(|m| *m = true);
            at = i + w.len();
        }
    }
    let mut pieces: Vec<Piece> = Vec::new();
    if start > 0 {
        pieces.push(Piece { text: "…".into(), hit: false });
    }
    for i in start..end {
        match pieces.last_mut() {
            Some(p) if p.hit == marked[i] && p.text != "…" => p.text.push(chars[i]),
            _ => pieces.push(Piece { text: chars[i].to_string(), hit: marked[i] }),
        }
    }
    if end < chars.len() {
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
        assert_eq!(fold(s).len(), s.chars().count());
        assert_eq!(fold(s).into_iter().collect::<String>(), "yasamaq icazesi goucs елка muller");
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
        assert!(index.search("viza").is_empty());
        assert!(index.search("  ,, ").is_empty());
    }

    #[test]
    fn russian_yo_matches_ye() {
        let index = Index::new(vec![entry("Ещё один", "Учёт иностранцев")]);
        assert_eq!(index.search("учет").len(), 1);
        assert_eq!(index.search("ещё").len(), 1);
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
