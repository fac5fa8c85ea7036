//! Reading a folder of articles: which files, how they are decoded, and how
//! HTML becomes plain text.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};

/// One article as plain text.
#[derive(Clone, Debug)]
pub struct Document {
    /// Path relative to the opened folder, `/`-separated.
    pub file: String,
    pub text: String,
}

/// A file that was not read, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub file: String,
    pub reason: String,
}

#[derive(thiserror::Error, Debug)]
pub enum CorpusError {
    #[error("{0}: no such file or folder")]
    Missing(PathBuf),
    #[error("{0}: not a folder")]
    NotAFolder(PathBuf),
    #[error("cancelled")]
    Cancelled,
}

/// Extensions we read, lower case.
pub const TEXT_EXTENSIONS: [&str; 5] = ["txt", "md", "markdown", "html", "htm"];

/// Files larger than this are skipped: they are rarely articles, and one
/// stray dump should not stall the whole folder.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Lists the files below `root` in a stable order: readable ones first, then
/// the skipped ones with their reasons.
pub fn list_files(root: &Path) -> Result<(Vec<PathBuf>, Vec<Skipped>), CorpusError> {
    if !root.exists() {
        return Err(CorpusError::Missing(root.to_path_buf()));
    }
    if !root.is_dir() {
        return Err(CorpusError::NotAFolder(root.to_path_buf()));
    }
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    let walker = walkdir::WalkDir::new(root).follow_links(true).sort_by_file_name();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let file = err.path().map(|p| relative(root, p)).unwrap_or_else(|| "?".to_owned());
                skipped.push(Skipped { file, reason: format!("cannot read: {err}") });
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let name = entry.file_name().to_string_lossy();
        if name.starts_with('.') || name == "linkchart.toml" {
            continue;
        }
        let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
        if !TEXT_EXTENSIONS.contains(&ext.as_str()) {
            let reason = if ext.is_empty() {
                "no extension (linkchart reads .txt, .md, .html, .htm)".to_owned()
            } else {
                format!("unsupported type .{ext} (linkchart reads .txt, .md, .html, .htm)")
            };
            skipped.push(Skipped { file: relative(root, path), reason });
            continue;
        }
        match entry.metadata() {
            Ok(m) if m.len() > MAX_FILE_BYTES => skipped.push(Skipped {
                file: relative(root, path),
                reason: format!("too large ({} MB; the limit is 64 MB)", m.len() / (1024 * 1024)),
            }),
            _ => files.push(path.to_path_buf()),
        }
    }
    Ok((files, skipped))
}

/// Path of `path` relative to `root`, with `/` separators.
pub fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    if parts.is_empty() {
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    } else {
        parts.join("/")
    }
}

/// Reads one file into a [`Document`]: decodes it (UTF-8, UTF-16 with a BOM,
/// otherwise Windows-1252) and turns HTML into text.
pub fn read_document(root: &Path, path: &Path) -> Result<Document, Skipped> {
    let file = relative(root, path);
    let bytes = std::fs::read(path).map_err(|e| Skipped { file: file.clone(), reason: format!("cannot read: {e}") })?;
    if bytes.iter().take(4096).filter(|&&b| b == 0).count() > 8 && !has_utf16_bom(&bytes) {
        return Err(Skipped { file, reason: "binary content, not text".to_owned() });
    }
    let raw = decode(&bytes);
    let is_html =
        matches!(path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).as_deref(), Some("html" | "htm"));
    let text = if is_html { html_to_text(&raw) } else { raw };
    if text.trim().is_empty() {
        return Err(Skipped { file, reason: "empty: no text in the file".to_owned() });
    }
    Ok(Document { file, text })
}

fn has_utf16_bom(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

/// Decodes bytes to text: BOM-sniffed, then UTF-8, falling back to Windows-1252
/// (what most legacy news pages are in).
pub fn decode(bytes: &[u8]) -> String {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

/// Reads every listed file in parallel, in the given order. Unreadable files
/// join `skipped`. `cancel` stops the work early.
pub fn read_all(
    root: &Path,
    files: &[PathBuf],
    cancel: &AtomicBool,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<(Vec<Document>, Vec<Skipped>), CorpusError> {
    use rayon::prelude::*;
    let done = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<Option<Result<Document, Skipped>>> = files
        .par_iter()
        .map(|p| {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let r = read_document(root, p);
            progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            Some(r)
        })
        .collect();
    if cancel.load(Ordering::Relaxed) {
        return Err(CorpusError::Cancelled);
    }
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    for r in results.into_iter().flatten() {
        match r {
            Ok(d) => docs.push(d),
            Err(s) => skipped.push(s),
        }
    }
    Ok((docs, skipped))
}

/// Turns an HTML page into text: drops tags, comments, `<script>`, `<style>`,
/// `<noscript>`, `<template>`, `<svg>` and `<head>` content, decodes entities,
/// and ends a line at every block element so sentences do not run together.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let lower = html.to_ascii_lowercase();
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        push_text(&mut out, &html[text_start..i]);
        if lower[i..].starts_with("<!--") {
            i = lower[i..].find("-->").map(|j| i + j + 3).unwrap_or(bytes.len());
            text_start = i;
            continue;
        }
        let tag_end = match html[i..].find('>') {
            Some(j) => i + j + 1,
            None => bytes.len(),
        };
        let name: String = lower[i + 1..tag_end.min(lower.len())]
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let closing = lower[i + 1..].starts_with('/');
        i = tag_end;
        if !closing
            && matches!(
                name.as_str(),
                "script"
                    | "style"
                    | "noscript"
                    | "template"
                    | "svg"
                    | "head"
                    | "nav"
                    | "aside"
                    | "footer"
                    | "form"
                    | "button"
                    | "select"
                    | "iframe"
            )
        {
            let close = format!("</{name}");
            i = lower[i..].find(&close).map(|j| i + j).unwrap_or(bytes.len());
            i = html[i..].find('>').map(|j| i + j + 1).unwrap_or(bytes.len());
        }
        if is_block(&name) {
            out.push('\n');
        }
        text_start = i;
    }
    push_text(&mut out, &html[text_start.min(html.len())..]);
    // Tidy: trim each line, collapse blank runs.
    let mut tidy = String::with_capacity(out.len());
    let mut blank = true;
    for line in out.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            if !blank {
                tidy.push('\n');
            }
            blank = true;
        } else {
            tidy.push_str(&line);
            tidy.push('\n');
            blank = false;
        }
    }
    tidy
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "br"
            | "div"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "nav"
            | "aside"
            | "blockquote"
            | "figure"
            | "figcaption"
            | "title"
            | "pre"
            | "hr"
            | "main"
            | "form"
            | "dd"
            | "dt"
            | "caption"
    )
}

fn push_text(out: &mut String, raw: &str) {
    if raw.is_empty() {
        return;
    }
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[..rest.len().min(12)].find(';');
        match end.and_then(|e| decode_entity(&rest[1..e]).map(|c| (c, e))) {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse().ok()?
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" | "lsquo" => '\'',
        "ldquo" | "rdquo" => '"',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "eacute" => 'é',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "ccedil" => 'ç',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_drops_scripts_styles_and_tags() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body><nav><a>Home</a></nav>\
                    <script>var x = 'MIT';</script><p>The ISI &amp; the MIT met.</p><p>Second.</p></body></html>";
        let text = html_to_text(html);
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, vec!["The ISI & the MIT met.", "Second."], "{text}");
        assert!(!text.contains("var x"));
        assert!(!text.contains("p{}"));
    }

    #[test]
    fn windows_1252_is_decoded() {
        let bytes = b"caf\xe9 \x93quoted\x94";
        assert_eq!(decode(bytes), "café “quoted”");
    }
}
