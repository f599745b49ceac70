//! The data files in `data/` (districts, service centres): tab-separated, UTF-8, `#` lines are
//! comments, the first other line is the header.

/// The data lines of `text`, as written: neither comments nor blank lines nor the header.
pub(crate) fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .skip(1)
}

/// The data lines of `text`, each split into its trimmed columns.
pub(crate) fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    lines(text).map(|line| line.split('\t').map(str::trim).collect())
}
