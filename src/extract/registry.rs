//! The folder-wide registry of discovered entities and aliases, built between
//! the two passes so an alias defined in one sentence or file resolves
//! mentions everywhere.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::lexicon::Lexicon;
use super::mentions::{DocAnalysis, EntRef, Head};
use super::text::name_key;
use crate::model::EntityKind;

pub struct DynEntity {
    pub name: String,
    /// `name_key(name)`, computed once.
    pub key: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    /// Every mention was in a byline: a reporter.
    pub byline_only: bool,
}

pub struct Registry {
    pub dynamic: Vec<DynEntity>,
    /// Union-find parent links: an entity merged into another points to it.
    parent: HashMap<EntRef, EntRef>,
    /// Name key of every full name and alias -> entity.
    by_key: HashMap<String, EntRef>,
    /// Person surname key -> persons with that surname.
    pub surnames: HashMap<String, Vec<EntRef>>,
    /// The word before the last of three-word names: the paternal surname of
    /// Spanish names ("Valdés" of "Ricardo Valdés Ochoa").
    pub second_surnames: HashMap<String, Vec<EntRef>>,
    /// Aliases of lexicon entries defined in the text.
    lex_aliases: Vec<(EntRef, String)>,
}

impl Registry {
    /// `find_form` gives the lexicon entry a name or alias belongs to
    /// ([`super::Extractor::find_form`]).
    pub fn build(lexicon: &Lexicon, find_form: impl Fn(&str) -> Option<usize>, analyses: &[DocAnalysis]) -> Self {
        let mut reg = Registry {
            dynamic: Vec::new(),
            parent: HashMap::default(),
            by_key: HashMap::default(),
            surnames: HashMap::default(),
            second_surnames: HashMap::default(),
            lex_aliases: Vec::new(),
        };
        for (i, e) in lexicon.entries.iter().enumerate() {
            reg.by_key.entry(name_key(&e.name)).or_insert(EntRef::Lex(i as u32));
        }
        // Discovered names: one entity per name key (keys computed in parallel).
        let keys: Vec<Vec<String>> =
            analyses.par_iter().map(|a| a.discovered.iter().map(|d| name_key(&d.name)).collect()).collect();
        // How often each name was read as a person and as a place.
        let mut votes: HashMap<u32, (u32, u32)> = HashMap::default();
        for (a, keys) in analyses.iter().zip(keys) {
            for (d, key) in a.discovered.iter().zip(keys) {
                let id = match reg.by_key.get(&key) {
                    Some(&EntRef::Dyn(i)) => {
                        let e = &mut reg.dynamic[i as usize];
                        e.byline_only &= d.byline;
                        if e.kind != EntityKind::Person && d.kind == EntityKind::Person && !d.byline {
                            e.kind = EntityKind::Person;
                        }
                        i
                    }
                    Some(_) => continue,
                    // A lexicon alias written another way ("Harakat Sawa'ed
                    // Misr" for "Harakat Sawaed Misr"): that entry.
                    None if key.contains(' ')
                        && d.name.contains(['\'', '\u{2019}'])
                        && let Some(e) = find_form(&d.name)
                        && (lexicon.entries[e].kind == EntityKind::Person) == (d.kind == EntityKind::Person) =>
                    {
                        reg.by_key.insert(key, EntRef::Lex(e as u32));
                        continue;
                    }
                    None => {
                        let id = reg.new_dyn(&d.name, key, d.kind);
                        reg.dynamic[id].byline_only = d.byline;
                        id as u32
                    }
                };
                match d.kind {
                    EntityKind::Person if !d.byline => votes.entry(id).or_default().0 += 1,
                    EntityKind::Place => votes.entry(id).or_default().1 += 1,
                    _ => {}
                }
            }
        }
        // "in Gioia Tauro", "the port of Gioia Tauro": a name read as a place
        // about as often as it was taken for a person is a place.
        for (id, (person, place)) in votes {
            let e = &mut reg.dynamic[id as usize];
            if e.kind == EntityKind::Person && place > 0 && person <= 2 * place {
                e.kind = EntityKind::Place;
            }
        }
        reg.merge_short_person_names();
        // Surname index over full names.
        reg.index_surnames();
        // Alias definitions: attach to their head, merging entities they join.
        for a in analyses {
            for def in &a.aliases {
                let head = match &def.head {
                    Head::Lex(i) => Some(EntRef::Lex(*i)),
                    Head::Name(n) => reg.resolve_name(n),
                };
                let Some(head) = head else { continue };
                let head = reg.canonical(head);
                let key = name_key(&def.alias);
                match reg.by_key.get(&key).copied() {
                    Some(existing) => {
                        let existing = reg.canonical(existing);
                        // A person is never merged into a body or a place, nor a body into a person.
                        let (ek, hk) = (reg.kind(lexicon, existing), reg.kind(lexicon, head));
                        let compatible = (ek == EntityKind::Person) == (hk == EntityKind::Person)
                            && ek != EntityKind::Place
                            && hk != EntityKind::Place;
                        if existing != head && matches!(existing, EntRef::Dyn(_)) && compatible {
                            reg.parent.insert(existing, head);
                            if let EntRef::Dyn(i) = existing {
                                let name = reg.dynamic[i as usize].name.clone();
                                reg.add_alias(head, name);
                            }
                        }
                    }
                    None => {
                        reg.by_key.insert(key, head);
                        reg.add_alias(head, def.alias.clone());
                    }
                }
            }
        }
        reg.index_surnames();
        reg
    }

    /// The entity a name key (see [`name_key`]) stands for: a discovered
    /// name or alias, or an alias defined in the text.
    pub fn lookup(&self, key: &str) -> Option<EntRef> {
        self.by_key.get(key).map(|r| self.canonical(*r))
    }

    /// A shorter form of one person's full name joins it when no other
    /// person fits: "Abou Jaoude" and "Tarek Abou Jaoude" (a tail),
    /// "Adnan Khan" and "Adnan Saleem Khan" (first and last names),
    /// "Abu Hamza" and "Abu Hamza al-Suri" (a kunya). "Ahmed Khan" never
    /// joins "Imran Khan".
    fn merge_short_person_names(&mut self) {
        let words: Vec<Vec<&str>> = self
            .dynamic
            .par_iter()
            .map(|e| if e.kind == EntityKind::Person { e.key.split(' ').collect() } else { Vec::new() })
            .collect();
        let mut by_last: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::default();
        // (By first name and the first of two family names: a small bucket
        // even for a common first name.)
        let mut by_first_surname: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
        for (i, w) in words.iter().enumerate() {
            if w.len() >= 2 {
                by_last.entry(w[w.len() - 1]).or_default().push(i);
                if matches!(w[0], "abu" | "umm" | "abou") {
                    by_first.entry(w[0]).or_default().push(i);
                }
            }
            if w.len() >= 3 {
                by_first_surname.entry((w[0], w[w.len() - 2])).or_default().push(i);
            }
        }
        // "Ustaz Bilal" for "Bilal Toktogulov", "Pak Fauzan" for "Ahmad
        // Fauzan Hidayat": an honorific and one of the person's names.
        let honorific = |w: &str| {
            matches!(
                w,
                "ustaz"
                    | "ustadz"
                    | "ustad"
                    | "sheikh"
                    | "shaikh"
                    | "mullah"
                    | "mawlawi"
                    | "maulana"
                    | "pak"
                    | "bapak"
                    | "mzee"
                    | "haji"
                    | "hajji"
                    | "imam"
                    | "mufti"
                    | "qari"
            )
        };
        let mut by_word: HashMap<&str, Vec<usize>> = HashMap::default();
        if words.iter().any(|w| w.len() == 2 && honorific(w[0])) {
            for (i, w) in words.iter().enumerate() {
                if w.len() >= 2 && !honorific(w[0]) {
                    for x in w {
                        let v = by_word.entry(x).or_default();
                        if v.last() != Some(&i) {
                            v.push(i);
                        }
                    }
                }
            }
        }
        let merges: Vec<(usize, usize)> = words
            .par_iter()
            .enumerate()
            .filter_map(|(p, pw)| {
                if pw.len() < 2 {
                    return None;
                }
                if pw.len() == 2 && honorific(pw[0]) {
                    return match by_word.get(pw[1]).map(Vec::as_slice) {
                        Some([q]) if *q != p => Some((p, *q)),
                        _ => None,
                    };
                }
                let kunya = matches!(pw[0], "abu" | "umm" | "abou");
                let mut fits = Vec::new();
                let heads = if kunya { by_first.get(pw[0]) } else { None };
                // ("Wilmer Cedeño" for "Wilmer Andrés Cedeño Vera".)
                let surnamed = by_first_surname.get(&(pw[0], pw[pw.len() - 1]));
                let pool = by_last.get(pw[pw.len() - 1]).into_iter().chain(heads).chain(surnamed).flatten();
                for &q in pool {
                    if fits.contains(&q) {
                        continue;
                    }
                    let qw = &words[q];
                    if q == p || qw.len() <= pw.len() {
                        continue;
                    }
                    let tail = qw.ends_with(pw);
                    // "Faraj al-Obeidi" for "Faraj Ali al-Obeidi": the same first and
                    // last words, the shorter name's words all in the longer one in order.
                    let in_order = || {
                        let mut rest = qw.iter();
                        pw.iter().all(|w| rest.any(|q| q == w))
                    };
                    let first_last = qw[0] == pw[0] && qw[qw.len() - 1] == pw[pw.len() - 1] && in_order();
                    let head = kunya && qw.starts_with(pw);
                    // "Wilmer Cedeño" for "Wilmer Andrés Cedeño Vera", "Bashir Ahmed"
                    // for "Bashir Ahmed Baloch": the first name and the first of two
                    // family names (the words in order).
                    let first_surname = qw[0] == pw[0] && qw[qw.len() - 2] == pw[pw.len() - 1] && in_order();
                    if tail || first_last || head || first_surname {
                        fits.push(q);
                    }
                }
                match fits[..] {
                    [q] => Some((p, q)),
                    _ => None,
                }
            })
            .collect();
        drop((by_last, by_first, by_first_surname, by_word, words));
        for (p, q) in merges {
            let (short, full) = (EntRef::Dyn(p as u32), EntRef::Dyn(q as u32));
            if self.canonical(full) != short {
                let name = self.dynamic[p].name.clone();
                self.parent.insert(short, full);
                self.add_alias(self.canonical(full), name);
            }
        }
    }

    fn new_dyn(&mut self, name: &str, key: String, kind: EntityKind) -> usize {
        let id = self.dynamic.len();
        self.by_key.insert(key.clone(), EntRef::Dyn(id as u32));
        self.dynamic.push(DynEntity { name: name.to_owned(), key, kind, aliases: Vec::new(), byline_only: false });
        id
    }

    fn add_alias(&mut self, ent: EntRef, alias: String) {
        if let EntRef::Dyn(i) = ent {
            let e = &mut self.dynamic[i as usize];
            if !e.aliases.contains(&alias) {
                e.aliases.push(alias);
            }
        } else {
            // Aliases of lexicon entries found in text are matched through the dynamic matcher.
            self.lex_aliases.push((ent, alias));
        }
    }

    fn index_surnames(&mut self) {
        self.surnames.clear();
        self.second_surnames.clear();
        for (i, e) in self.dynamic.iter().enumerate() {
            let r = EntRef::Dyn(i as u32);
            if e.kind != EntityKind::Person || self.parent.contains_key(&r) {
                continue;
            }
            let words: Vec<&str> = e.key.split(' ').collect();
            // A kunya's nisba stands for the man ("Halabi" for "Abu Hafs
            // al-Halabi"); its other words do not.
            let article = words[words.len().saturating_sub(2)];
            let nisba = words.len() >= 4
                && super::mentions::ARTICLE_PREFIXES.iter().any(|p| p.strip_suffix('-') == Some(article));
            if words.len() < 2 || matches!(words[0], "abu" | "umm" | "abou") && !nisba {
                continue;
            }
            let last = words[words.len() - 1].to_owned();
            let list = self.surnames.entry(last).or_default();
            if !list.contains(&r) {
                list.push(r);
            }
            // "Khaled al-Sayyed, better known as Abu Hafs al-Halabi": the
            // nisba of the kunya he goes by stands for him too.
            for alias in &e.aliases {
                let key = name_key(alias);
                let aw: Vec<&str> = key.split(' ').collect();
                if aw.len() >= 4
                    && matches!(aw[0], "abu" | "umm" | "abou")
                    && matches!(aw[aw.len() - 2], "al" | "el" | "ad" | "an" | "ar" | "as" | "at" | "az" | "ash")
                {
                    let list = self.surnames.entry(aw[aw.len() - 1].to_owned()).or_default();
                    if !list.contains(&r) {
                        list.push(r);
                    }
                }
            }
            if words.len() >= 3 && !matches!(words[0], "abu" | "umm" | "abou") {
                let second = words[words.len() - 2];
                if second.len() >= 3
                    && !matches!(second, "al" | "el" | "bin" | "ibn" | "abu" | "del" | "de" | "van" | "von" | "der")
                {
                    let list = self.second_surnames.entry(second.to_owned()).or_default();
                    if !list.contains(&r) {
                        list.push(r);
                    }
                }
            }
        }
    }

    /// An entity for a name as written: a full name or alias, else an
    /// unambiguous surname.
    pub fn resolve_name(&self, name: &str) -> Option<EntRef> {
        let key = name_key(name);
        if let Some(&r) = self.by_key.get(&key) {
            return Some(self.canonical(r));
        }
        match self.surnames.get(&key).map(Vec::as_slice) {
            Some([one]) => Some(self.canonical(*one)),
            _ => None,
        }
    }

    pub fn canonical(&self, mut r: EntRef) -> EntRef {
        while let Some(&p) = self.parent.get(&r) {
            r = p;
        }
        r
    }

    /// Display name, kind and known aliases of an entity.
    pub fn describe(&self, lexicon: &Lexicon, r: EntRef) -> (String, EntityKind, Vec<String>) {
        match r {
            EntRef::Lex(i) => {
                let e = &lexicon.entries[i as usize];
                let mut aliases = e.aliases.clone();
                aliases.extend(self.lex_aliases.iter().filter(|(x, _)| *x == r).map(|(_, a)| a.clone()));
                (e.name.clone(), e.kind, aliases)
            }
            EntRef::Dyn(i) => {
                let e = &self.dynamic[i as usize];
                (e.name.clone(), e.kind, e.aliases.clone())
            }
        }
    }

    /// The display name of an entity, borrowed.
    pub fn name<'a>(&'a self, lexicon: &'a Lexicon, r: EntRef) -> &'a str {
        match self.canonical(r) {
            EntRef::Lex(i) => &lexicon.entries[i as usize].name,
            EntRef::Dyn(i) => &self.dynamic[i as usize].name,
        }
    }

    pub fn kind(&self, lexicon: &Lexicon, r: EntRef) -> EntityKind {
        match self.canonical(r) {
            EntRef::Lex(i) => lexicon.entries[i as usize].kind,
            EntRef::Dyn(i) => self.dynamic[i as usize].kind,
        }
    }

    pub fn is_byline(&self, r: EntRef) -> bool {
        matches!(self.canonical(r), EntRef::Dyn(i) if self.dynamic[i as usize].byline_only)
    }

    pub fn is_ignored(&self, lexicon: &Lexicon, r: EntRef) -> bool {
        if lexicon.ignore.is_empty() {
            return false;
        }
        let name = match self.canonical(r) {
            EntRef::Lex(i) => &lexicon.entries[i as usize].name,
            EntRef::Dyn(i) => &self.dynamic[i as usize].name,
        };
        lexicon.ignore.contains(&name_key(name))
    }
}
