//! Phrase matching by words: one hash lookup per token instead of a walk of a
//! large automaton over every byte. Phrases are lexicon forms and relation
//! triggers; both are matched in lower-case text at token boundaries, the
//! longest phrase first.

use std::hash::Hasher;

use rustc_hash::FxHashMap;

use super::text::{Token, tokens};

fn word_hash(word: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(word.as_bytes());
    h.finish()
}

/// A set of phrases looked up by their first two words.
#[derive(Debug, Default)]
pub struct PhraseSet {
    /// Hash of the lower-case first word -> the phrases starting with it. A
    /// collision costs a comparison, never a wrong match: every candidate is
    /// compared whole.
    by_first: FxHashMap<u64, Bucket>,
    /// Each phrase, lower-case, exactly as it must stand in the text.
    phrases: Vec<Box<str>>,
}

/// The phrases that start with one word: those of one word, and the longer
/// ones by the hash of their second word, each list longest first. Common
/// first words ("the", "national") start hundreds of phrases; the second
/// word leaves a handful to compare.
#[derive(Debug, Default)]
struct Bucket {
    single: Vec<u32>,
    by_second: FxHashMap<u64, Vec<u32>>,
}

impl PhraseSet {
    /// Builds the set; phrase `i` is reported as `i`. Phrases should already be
    /// folded; case is ignored (ASCII).
    pub fn new<I, S>(phrases: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut set = PhraseSet::default();
        for p in phrases {
            let lower = p.as_ref().to_ascii_lowercase();
            let id = set.phrases.len() as u32;
            // The words as the text splits them in either case: "U.S." is one
            // word, "u.s." three.
            let mut seen: Vec<(&str, Option<&str>)> = Vec::new();
            for toks in [tokens(p.as_ref()), tokens(&lower)] {
                let Some(first) = toks.first().map(|f| &lower[f.range()]) else {
                    continue;
                };
                let key = (first, toks.get(1).map(|t| &lower[t.range()]));
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                let bucket = set.by_first.entry(word_hash(first)).or_default();
                match key.1 {
                    None => bucket.single.push(id),
                    Some(second) => bucket.by_second.entry(word_hash(second)).or_default().push(id),
                }
            }
            set.phrases.push(lower.into());
        }
        let phrases = &set.phrases;
        // Longest first; among equals, the phrase listed first.
        let longest_first = |ids: &mut Vec<u32>| ids.sort_by_key(|&i| std::cmp::Reverse(phrases[i as usize].len()));
        for bucket in set.by_first.values_mut() {
            longest_first(&mut bucket.single);
            bucket.by_second.values_mut().for_each(longest_first);
        }
        set
    }

    /// The phrases that stand in `lower` (lower-case text tokenised as
    /// `toks`) from token `i` to the end of a token, longest first, with the
    /// token after each.
    pub fn at<'s>(&'s self, lower: &'s str, toks: &'s [Token], i: usize) -> impl Iterator<Item = (usize, usize)> + 's {
        let start = toks[i].start as usize;
        let bucket = self.by_first.get(&word_hash(&lower[toks[i].range()]));
        // Phrases of two words or more (longer than any one-word phrase
        // starting here), then those of one word.
        let multi = bucket
            .zip(toks.get(i + 1))
            .and_then(|(b, next)| b.by_second.get(&word_hash(&lower[next.range()])))
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let single = bucket.map(|b| b.single.as_slice()).unwrap_or(&[]);
        multi.iter().chain(single).filter_map(move |&id| {
            let p = &self.phrases[id as usize];
            let end = start + p.len();
            if lower.get(start..end)? != &**p {
                return None;
            }
            // The phrase must end where a token ends.
            let mut j = i;
            while j < toks.len() && (toks[j].end as usize) < end {
                j += 1;
            }
            (j < toks.len() && toks[j].end as usize == end).then_some((id as usize, j + 1))
        })
    }

    /// Leftmost-longest matches over the whole text that `accept` takes:
    /// (phrase, token range). After an accepted match the search goes on at
    /// its end; a rejected phrase leaves room for a shorter one.
    pub fn find_all(
        &self,
        lower: &str,
        toks: &[Token],
        accept: impl FnMut(usize, std::ops::Range<usize>) -> bool,
    ) -> Vec<(usize, std::ops::Range<usize>)> {
        self.find_all_from(lower, toks, |_| true, accept)
    }

    /// As [`PhraseSet::find_all`], trying only the tokens `may_start` allows
    /// (a cheap test that saves the lookup).
    pub fn find_all_from(
        &self,
        lower: &str,
        toks: &[Token],
        may_start: impl Fn(usize) -> bool,
        mut accept: impl FnMut(usize, std::ops::Range<usize>) -> bool,
    ) -> Vec<(usize, std::ops::Range<usize>)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if !may_start(i) {
                i += 1;
                continue;
            }
            let hit = self.at(lower, toks, i).find(|&(id, end)| accept(id, i..end));
            match hit {
                Some((id, end)) => {
                    out.push((id, i..end));
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(set: &PhraseSet, text: &str) -> Vec<(usize, String)> {
        let lower = text.to_ascii_lowercase();
        let toks = tokens(text);
        set.find_all(&lower, &toks, |_, _| true)
            .into_iter()
            .map(|(id, r)| (id, text[toks[r.start].start as usize..toks[r.end - 1].end as usize].to_owned()))
            .collect()
    }

    #[test]
    fn longest_phrase_at_word_boundaries() {
        let set = PhraseSet::new(["Islamic State", "Islamic State Khorasan Province", "IS", "U.S.", "handed over"]);
        assert_eq!(
            find(&set, "Islamic State Khorasan Province and this IS group; the U.S. Army handed over him. ISIS"),
            vec![
                (1, "Islamic State Khorasan Province".to_owned()),
                (2, "IS".to_owned()),
                (3, "U.S.".to_owned()),
                (4, "handed over".to_owned())
            ]
        );
        // Not inside words, not across two spaces.
        assert!(find(&set, "Islamic Statehood; handed  over").is_empty());
    }

    #[test]
    fn a_rejected_phrase_leaves_room_for_a_shorter_one() {
        let set = PhraseSet::new(["new york times", "new york"]);
        let lower = "the new york times";
        let toks = tokens(lower);
        let got = set.find_all(lower, &toks, |id, _| id == 1);
        assert_eq!(got, vec![(1, 1..3)]);
    }
}
