//! The command line, as a script would use it.

use std::path::{Path, PathBuf};
use std::process::Command;

use linkchart::snapshot::Snapshot;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_linkchart"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn extract(dir: &Path) -> Snapshot {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("graph.json");
    let status = bin().arg("extract").arg(dir).arg("--out").arg(&file).status().unwrap();
    assert!(status.success());
    Snapshot::load(&file).unwrap()
}

fn id_of(snap: &Snapshot, name: &str) -> String {
    let key = linkchart::eval::norm(name);
    snap.entities
        .iter()
        .find(|e| std::iter::once(&e.name).chain(&e.aliases).any(|n| linkchart::eval::norm(n) == key))
        .unwrap_or_else(|| panic!("no entity named {name}"))
        .id
        .clone()
}

#[test]
fn extract_finds_the_actors_and_their_relations() {
    let snap = extract(&fixture("mini"));
    assert_eq!(snap.format, "linkchart");
    assert_eq!(snap.files.len(), 3);
    let isi = id_of(&snap, "ISI");
    // One node for the ISI, whichever name the article used.
    assert_eq!(id_of(&snap, "Inter-Services Intelligence"), isi);
    let afridi = id_of(&snap, "Qari Haroon Afridi");
    assert_eq!(id_of(&snap, "Afridi"), afridi, "surname merges with the full name");
    let kaplan = id_of(&snap, "Emre Kaplan");
    let mit = id_of(&snap, "MIT");
    let has = |s: &str, kind: &str, t: &str| {
        snap.relations.iter().find(|r| r.source == s && r.kind.as_str() == kind && r.target == t)
    };
    let capture = has(&isi, "capture", &afridi).expect("ISI captured Afridi");
    assert!(
        capture
            .evidence
            .iter()
            .any(|e| e.file == "01_isi_capture.txt" && e.text.contains("captured Qari Haroon Afridi"))
    );
    assert!(has(&mit, "capture", &kaplan).is_some(), "MIT captured Kaplan");
    assert!(has(&isi, "capture", &kaplan).is_none(), "the ISI did not capture Kaplan");
    assert!(has(&mit, "interrogation", &kaplan).is_some(), "MIT interrogated Kaplan");
    // Every entity has a position from the layout.
    assert!(snap.entities.iter().all(|e| e.x.is_finite() && e.y.is_finite()));
    assert!(snap.entities.iter().any(|e| e.x != 0.0 || e.y != 0.0));
}

#[test]
fn missing_folder_is_a_clear_error() {
    let out = bin().args(["extract", "/no/such/folder", "--out", "/tmp/never-written.json"]).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/no/such/folder") && err.contains("no such file or folder"), "{err}");
    assert!(!Path::new("/tmp/never-written.json").exists());
}

#[test]
fn other_files_are_skipped_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Pakistan's Inter-Services Intelligence (ISI) arrested Omar Farooq Baig, a Taliban commander.",
    )
    .unwrap();
    std::fs::write(dir.path().join("photo.jpg"), [0xff, 0xd8, 0xff]).unwrap();
    std::fs::write(
        dir.path().join("page.html"),
        "<html><script>x()</script><p>The MIT detained Ali Veli Demir in Ankara.</p></html>",
    )
    .unwrap();
    let snap = extract(dir.path());
    assert_eq!(snap.files.len(), 2);
    assert_eq!(snap.skipped.len(), 1);
    assert_eq!(snap.skipped[0].file, "photo.jpg");
    assert!(snap.skipped[0].reason.contains("unsupported type .jpg"));
}

#[test]
fn layout_writes_positions_for_a_plain_graph() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("g.json");
    let out = dir.path().join("p.json");
    std::fs::write(&input, r#"{"nodes": 4, "edges": [[0, 1], [1, 2], [2, 3], [3, 3]]}"#).unwrap();
    let res = bin().arg("layout").arg(&input).args(["--ticks", "50", "--out"]).arg(&out).output().unwrap();
    assert!(res.status.success(), "{}", String::from_utf8_lossy(&res.stderr));
    assert!(String::from_utf8_lossy(&res.stderr).contains("ms per tick"));
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let pos = v["positions"].as_array().unwrap();
    assert_eq!(pos.len(), 4);
    assert!(pos.iter().all(|p| p[0].as_f64().unwrap().is_finite() && p[1].as_f64().unwrap().is_finite()));
}

/// `linkchart eval` prints score.py's two lines; extraction on our own
/// annotated fixtures stays above these floors.
fn eval_scores(gold: &str, dir: &str) -> (f64, f64) {
    let out = bin()
        .arg("eval")
        .arg("--gold")
        .arg(fixture(gold))
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join(dir))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let f1 = |prefix: &str| -> f64 {
        let line = text.lines().find(|l| l.starts_with(prefix)).unwrap_or_else(|| panic!("no {prefix} line in {text}"));
        let words: Vec<&str> = line.split_whitespace().collect();
        let at = words.iter().position(|w| *w == "F1").unwrap();
        words[at + 1].parse().unwrap()
    };
    (f1("entities"), f1("relations"))
}

/// Scores `dir` against `gold` and checks both F1 floors (entities, relations),
/// set a little under the measured scores so a regression fails the build.
fn assert_floor(gold: &str, dir: &str, floor: (f64, f64)) {
    let (e, r) = eval_scores(gold, dir);
    assert!(e >= floor.0 && r >= floor.1, "{dir}: entities F1 {e}, relations F1 {r}");
}

#[test]
fn eval_on_mini_fixtures_meets_floor() {
    assert_floor("mini.gold.json", "tests/fixtures/mini", (0.9, 0.8));
}

#[test]
fn eval_on_trap_fixtures_meets_floor() {
    assert_floor("articles.gold.json", "tests/fixtures/articles", (0.95, 0.74));
}

#[test]
fn eval_on_demo_corpus_meets_floor() {
    assert_floor("demo.gold.json", "assets/demo", (0.96, 0.80));
}

#[test]
fn eval_on_heldout_pages_meets_floor() {
    // Eight noisy pages written after the rules, looked at only to measure.
    assert_floor("heldout.gold.json", "tests/fixtures/heldout", (0.95, 0.69));
}

#[test]
fn eval_on_wire_copy_meets_floor() {
    // Twelve wire, local-paper and noisy-page articles on other countries.
    assert_floor("wire.gold.json", "tests/fixtures/wire", (0.91, 0.59));
}

#[test]
fn eval_on_unseen_articles_meets_floor() {
    // Twelve articles written without sight of the rules.
    assert_floor("unseen.gold.json", "tests/fixtures/unseen", (0.93, 0.61));
}

#[test]
fn eval_on_second_wire_set_meets_floor() {
    // Twelve wire stories written by a helper blind to the rules; kept
    // unseen until the session that added them, then used to write rules.
    assert_floor("wire2.gold.json", "tests/fixtures/wire2", (0.91, 0.60));
}

#[test]
fn eval_on_second_page_set_meets_floor() {
    // Ten scraped pages full of navigation noise, written blind to the rules.
    assert_floor("pages2.gold.json", "tests/fixtures/pages2", (0.87, 0.63));
}

#[test]
fn eval_on_third_mixed_set_meets_floor() {
    // Ten wire, local-paper and page articles written blind to the rules,
    // measured once unseen (relations F1 0.317), then used to write rules.
    assert_floor("mixed3.gold.json", "tests/fixtures/mixed3", (0.91, 0.54));
}

#[test]
fn eval_on_fourth_mixed_set_meets_floor() {
    // Twelve wire, local-paper and page articles written blind to the rules,
    // measured once unseen (relations F1 0.489), then used to write rules.
    assert_floor("mixed4.gold.json", "tests/fixtures/mixed4", (0.92, 0.66));
}

#[test]
fn eval_on_fifth_mixed_set_meets_floor() {
    // Twelve wire, local-paper and page articles written blind to the rules,
    // measured once unseen (relations F1 0.520), then used to write rules.
    assert_floor("mixed5.gold.json", "tests/fixtures/mixed5", (0.90, 0.68));
}

#[test]
fn eval_on_sixth_mixed_set_meets_floor() {
    // Twelve wire, local-paper and page articles written blind to the rules
    // and measured once, unseen (relations F1 0.545); no rule was written from them.
    assert_floor("mixed6.gold.json", "tests/fixtures/mixed6", (0.87, 0.57));
}

#[test]
fn eval_on_seventh_mixed_set_meets_floor() {
    // Twelve wire, local-paper and page articles written blind to the rules,
    // measured once unseen (relations F1 0.758), then used to write rules.
    assert_floor("mixed7.gold.json", "tests/fixtures/mixed7", (0.93, 0.76));
}

#[test]
fn eval_on_eighth_mixed_set_meets_floor() {
    // Twelve longer wire, local-paper and page articles written blind to the
    // rules, measured once unseen (relations F1 0.675), then used to write rules.
    assert_floor("mixed8.gold.json", "tests/fixtures/mixed8", (0.92, 0.68));
}

#[test]
fn eval_on_ninth_mixed_set_meets_floor() {
    // Twelve wire, local-paper and page articles written blind to the rules,
    // measured once unseen (relations F1 0.562), then used to write rules.
    assert_floor("mixed9.gold.json", "tests/fixtures/mixed9", (0.92, 0.62));
}

#[test]
fn eval_on_eleventh_mixed_set_meets_floor() {
    // Twelve articles written blind to the rules with an exhaustive key,
    // measured once unseen (relations F1 0.395), then used to write rules.
    assert_floor("mixed11.gold.json", "tests/fixtures/mixed11", (0.87, 0.49));
}

#[test]
fn eval_on_twelfth_mixed_set_meets_floor() {
    // Ten articles written this session by a writer who never saw the rules,
    // annotated exhaustively (plural references, deeds told across sentences):
    // relations F1 0.430 when first measured, then used to write rules.
    assert_floor("mixed12.gold.json", "tests/fixtures/mixed12", (0.90, 0.49));
}

#[test]
fn eval_on_fifteenth_and_sixteenth_mixed_sets_meets_floor() {
    // Twelve articles each, by two writers who never saw the rules, keys
    // exhaustive; measured unseen at 0.572 and 0.433 (relations F1), then
    // used to write rules.
    assert_floor("mixed15.gold.json", "tests/fixtures/mixed15", (0.85, 0.60));
    assert_floor("mixed16.gold.json", "tests/fixtures/mixed16", (0.83, 0.51));
}

#[test]
fn eval_on_nineteenth_mixed_set_meets_floor() {
    // Twelve articles by a writer who never saw the rules, key exhaustive;
    // measured unseen at 0.617 (relations F1), then used to write rules.
    assert_floor("mixed19.gold.json", "tests/fixtures/mixed19", (0.89, 0.59));
}

#[test]
fn eval_on_twenty_first_mixed_set_meets_floor() {
    // Twelve articles by a writer who never saw the rules, key exhaustive;
    // measured unseen at 0.531 (relations F1; 0.496 with the binary the
    // session began with), then used to write rules.
    assert_floor("mixed21.gold.json", "tests/fixtures/mixed21", (0.90, 0.52));
}

#[test]
fn eval_on_twenty_third_mixed_set_meets_floor() {
    // Twelve articles (Mozambique, Kyrgyzstan, Mexico, Assam, Borno, Uvira,
    // Yala, Antwerp, Cameroon, Bangladesh, Arauca, Graz) by a writer who never
    // saw the rules, key exhaustive; measured unseen at 0.453 (relations F1),
    // then used to write rules.
    assert_floor("mixed23.gold.json", "tests/fixtures/mixed23", (0.85, 0.47));
}

#[test]
fn no_actor_gets_two_nodes_in_the_fixtures() {
    // Two people sharing a surname, acronyms the lexicon gives to another
    // body, "Kenya's National Intelligence Service", shortened names.
    let out = bin()
        .arg("eval")
        .arg("--verbose")
        .arg("--gold")
        .arg(fixture("articles.gold.json"))
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("entities duplicates: []"), "{text}");
}

#[test]
fn an_alias_near_a_place_never_merges_two_brothers() {
    // A nom de guerre defined right after a home town, and a brother who
    // shares the surname: two people, the alias on the right one, and no
    // person folded into the town.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Karim Hadid Suleiman (41), a native of Tel Kaif who was known inside the group by his nom de guerre \
         \"Abu Sami\", was arrested in Mosul on Monday by the Counter Terrorism Service.\n\n\
         His younger brother, Omar Suleiman, was arrested by the same unit in Tel Kaif in 2022.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let karim = id_of(&snap, "Karim Hadid Suleiman");
    let omar = id_of(&snap, "Omar Suleiman");
    assert_ne!(karim, omar, "two brothers, two nodes");
    assert_eq!(id_of(&snap, "Abu Sami"), karim, "the nom de guerre is Karim's");
}

#[test]
fn an_acronym_two_countries_share_goes_to_the_article_s_country() {
    // "NSC" names two bodies in this user lexicon; each article names one country.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("linkchart.toml"),
        "[[country]]\nname = \"Aldavia\"\n[[country]]\nname = \"Borvia\"\n\
         [[agency]]\nname = \"National Security Committee (Aldavia)\"\ncountry = \"Aldavia\"\naliases = [\"NSC\"]\n\
         [[agency]]\nname = \"National Security Committee (Borvia)\"\ncountry = \"Borvia\"\naliases = [\"NSC\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "In Borvia, the NSC arrested Talib Qurban Dost on Monday. Borvia has long sought him.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let nsc = snap.entities.iter().find(|e| e.aliases.iter().any(|a| a == "NSC") || e.name == "NSC");
    assert_eq!(nsc.map(|e| e.name.as_str()), Some("National Security Committee (Borvia)"));
}

#[test]
fn a_gang_named_after_a_family_is_not_the_family_s_boss() {
    // "the Carbone clan" is a group of its own; "Carbone" alone stays the
    // boss. A town's police is a body ("Ravello police"), and "the gang's
    // leader, X" is a member of the gang named before.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "On Monday, Ravello police arrested Marco Vettese. Investigators said Vettese had worked for \
         Rocco Carbone, the head of the Carbone clan, for a decade. Carbone fled in 2019.\n\n\
         Police in the port said the rival Ferrante clan had shot at a warehouse. The clan's leader, \
         Dario Ferrante, was not found.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let clan = id_of(&snap, "Carbone clan");
    let boss = id_of(&snap, "Rocco Carbone");
    assert_ne!(clan, boss);
    let kind_of = |id: &str| snap.entities.iter().find(|e| e.id == id).unwrap().kind;
    assert_eq!(kind_of(&clan), linkchart::model::EntityKind::Group);
    let has = |s: &str, k: &str, t: &str| {
        snap.relations.iter().any(|r| r.source == s && r.target == t && format!("{:?}", r.kind).eq_ignore_ascii_case(k))
    };
    assert!(has(&id_of(&snap, "Ravello police"), "capture", &id_of(&snap, "Marco Vettese")));
    assert!(has(&id_of(&snap, "Dario Ferrante"), "membership", &id_of(&snap, "Ferrante clan")));
}

#[test]
fn a_body_s_short_forms_and_generic_forces_are_one_node() {
    // "NSW Police" after "NSW Police Force", "the Police Directorate" after
    // "the Montenegrin Police Directorate": one node each, with the deeds told
    // under the short form. "Kuwaiti investigators" are the Kuwaiti body the
    // article names, and a name listed with a person is a person.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "The NSW Police Force said on Monday that an inquiry was under way. On the same day, NSW Police \
         detained his friend Samir Qasem, 24, at a house in Punchbowl.\n\n\
         The Montenegrin Police Directorate said its officers detained Dejan Vukotic in Budva. The operation \
         was planned by the Police Directorate for a year.\n\n\
         Kuwait State Security said it had opened a case. Kuwaiti investigators tracked Nawaf Jassem al-Shimmari \
         for a year. Jose Araya and Pedro Vega were recaptured by Carabineros on Sunday.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let nsw = id_of(&snap, "NSW Police Force");
    assert_eq!(id_of(&snap, "NSW Police"), nsw, "one node for the force");
    let directorate = id_of(&snap, "Montenegrin Police Directorate");
    assert_eq!(id_of(&snap, "Police Directorate"), directorate);
    let has = |s: &str, k: &str, t: &str| {
        snap.relations.iter().any(|r| r.source == s && r.target == t && format!("{:?}", r.kind).eq_ignore_ascii_case(k))
    };
    assert!(has(&nsw, "capture", &id_of(&snap, "Samir Qasem")));
    assert!(has(&id_of(&snap, "Kuwait State Security"), "surveillance", &id_of(&snap, "Nawaf Jassem al-Shimmari")));
    let carabineros = id_of(&snap, "Carabineros");
    assert!(has(&carabineros, "capture", &id_of(&snap, "Jose Araya")));
    assert!(has(&carabineros, "capture", &id_of(&snap, "Pedro Vega")));
}

#[test]
fn a_long_name_takes_the_body_its_acronym_names() {
    // "State Security Agency" is South Africa's in the lexicon, "ANSE" Mali's
    // National State Security Agency: in "the State Security Agency (ANSE)"
    // the article means Mali's, and there is one node for it.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "BAMAKO - Malian troops captured Hamadou Bocoum near Mopti on Monday. Bocoum was flown to Bamako and \
         handed over to the State Security Agency (ANSE), which is questioning him. The State Security Agency \
         did not comment.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let anse = id_of(&snap, "ANSE");
    assert_eq!(id_of(&snap, "State Security Agency"), anse);
    let name = &snap.entities.iter().find(|e| e.id == anse).unwrap().name;
    assert!(name.contains("Mali"), "{name}");
}

#[test]
fn an_acronym_defined_in_the_article_is_the_body_it_follows() {
    // "PNC" is El Salvador's National Civil Police in the lexicon; an article
    // on Guatemala that writes "the National Civil Police (PNC)" means
    // Guatemala's, everywhere in it. The unit "known as" a name is not its owner.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "GUATEMALA CITY - Officers of the National Civil Police (PNC) arrested Rodrigo Alvarado Paz in Mixco \
         on Tuesday. Guatemala has sought him since 2021. The PNC said Alvarado ran extortion rackets for Barrio 18. \
         The PNC's anti-extortion unit, known as DEIC, had followed him for months.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let pnc = id_of(&snap, "PNC");
    assert_eq!(id_of(&snap, "National Civil Police"), pnc);
    let body = snap.entities.iter().find(|e| e.id == pnc).unwrap();
    assert!(body.name.contains("Guatemala"), "{}", body.name);
    assert!(!body.aliases.iter().any(|a| a == "DEIC"), "{:?}", body.aliases);
    assert!(!snap.entities.iter().any(|e| e.name.contains("El Salvador")));
    let paz = id_of(&snap, "Rodrigo Alvarado Paz");
    assert!(
        snap.relations
            .iter()
            .any(|r| r.source == pnc && r.target == paz && r.kind == linkchart::model::RelationKind::Capture)
    );
}

#[test]
fn plural_references_stand_for_everyone_listed() {
    // "The cousins", "both men", "the three": the people listed before, each
    // of them, and no one else; the counted list after "The three –" names
    // the people an earlier arrest took without names. Bodies named in long
    // form with their acronym keep their whole name.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Akmal Nazarov and Ulugbek Nazarov were arrested in Osh by the GKNB, Kyrgyzstan's security \
         committee. The cousins were handed over to the State Security Service (SGB) on Friday, \
         spokesman Nurlan Asanov said.\n\n\
         The Kenyan Anti-Terror Police Unit (ATPU) said on Tuesday it had arrested three suspects in Lamu. \
         The three – Abdalla Kahindi, 32, Salim Chiteri, 27, and Mwanajuma Said Athman, 24 – were picked up \
         in a dawn raid.\n\n\
         Nigerien troops detained Salif Tamboura and Moussa Ag Ibrahim near Ayorou. Both men were handed over \
         to the Central Service for the Fight against Terrorism and Transnational Organised Crime (SCLCT) in \
         Niamey.\n\n\
         Danab commandos killed seven militants near Buulo Fulaay, among them Abdirahman Moalim Hussein, a senior commander.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let has = |s: &str, k: &str, t: &str| {
        snap.relations.iter().any(|r| r.source == s && r.target == t && format!("{:?}", r.kind).eq_ignore_ascii_case(k))
    };
    let sgb = id_of(&snap, "SGB");
    for cousin in ["Akmal Nazarov", "Ulugbek Nazarov"] {
        assert!(has(&id_of(&snap, cousin), "handover", &sgb), "{cousin} handed over");
    }
    assert!(!has(&id_of(&snap, "Nurlan Asanov"), "handover", &sgb), "the spokesman is not one of the cousins");
    let atpu = id_of(&snap, "ATPU");
    for suspect in ["Abdalla Kahindi", "Salim Chiteri", "Mwanajuma Said Athman"] {
        assert!(has(&atpu, "capture", &id_of(&snap, suspect)), "{suspect} arrested by the ATPU");
    }
    let central = id_of(&snap, "Central Service for the Fight against Terrorism and Transnational Organised Crime");
    for man in ["Salif Tamboura", "Moussa Ag Ibrahim"] {
        assert!(has(&id_of(&snap, man), "handover", &central), "{man} handed over");
    }
    assert!(has(&id_of(&snap, "Danab"), "attack", &id_of(&snap, "Abdirahman Moalim Hussein")), "among them");
}

#[test]
fn a_role_belongs_to_the_person_it_describes() {
    // The member is the one the sentence is about, not a relative named in an
    // apposition; "whom X described as" passes the describer and an age; a
    // title may run on with "general", and "at" names the body one works for
    // (a prison or a school is a workplace, not a body one belongs to).
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Leyla Aras, a niece of former minister Tarik Demirel, is also a member of the Grey Crescent Front.\n\n\
         Among the detainees was Firas Khalil, 41, whom the INIS described as a senior commander of Asa'ib Ahl \
         al-Haq.\n\n\
         Besnik Dervishi, the deputy director general of the Kosovo Police, confirmed the arrest.\n\n\
         Dritan Lika, a prosecutor at SPAK, opened the case. Gareth Moore, a guard at Belmarsh Prison, saw it.\n\n\
         Boko Haram denied the claim. Its media spokesman, Abu Musab Barnawi, called it a lie.\n\n\
         Tomas Okello is described by Kenyan detectives as a senior ADF commander.\n\n\
         Yaya Sow, a member of the banned militant outfit Ansaroul Islam, was arrested. Idrissa Bah, a member \
         of the militant group Katiba Macina, was not.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let has = |a: &str, b: &str| {
        let (a, b) = (id_of(&snap, a), id_of(&snap, b));
        snap.relations.iter().any(|r| r.source == a && r.kind.to_string() == "membership" && r.target == b)
    };
    assert!(has("Leyla Aras", "Grey Crescent Front"));
    assert!(!has("Tarik Demirel", "Grey Crescent Front"), "the uncle is no member");
    assert!(has("Firas Khalil", "Asa'ib Ahl al-Haq"));
    assert!(has("Besnik Dervishi", "Kosovo Police"));
    assert!(has("Dritan Lika", "SPAK"));
    assert!(has("Abu Musab Barnawi", "Boko Haram"), "'its' is the group named before");
    assert!(has("Tomas Okello", "ADF"), "past the ones describing him");
    // "the banned militant outfit X" and "the militant group X" name X; neither refers back.
    assert!(has("Yaya Sow", "Ansaroul Islam"));
    assert!(has("Idrissa Bah", "Katiba Macina"));
    assert!(!has("Idrissa Bah", "Ansaroul Islam"));
    let moore = id_of(&snap, "Gareth Moore");
    assert!(!snap.relations.iter().any(|r| r.source == moore), "a prison guard belongs to no body");
}

#[test]
fn a_surname_refers_to_the_person_already_introduced() {
    // Two men share a surname: the short form refers to the one named in
    // full before it, the other stays a node of his own, and a name with a
    // middle name left out is the same man. A captive handed over to a
    // body's officers is not one of them.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Faraj Ali al-Obeidi, a veteran jihadist commander, was arrested in Tripoli by the Special \
         Deterrence Force. In 2006 the Internal Security Organisation arrested al-Obeidi in Derna. \
         Faraj al-Obeidi later joined the Benghazi Revolutionaries Shura Council. Among the officers who \
         fought the council was Colonel Salem al-Obeidi, who is no relation.\n\n\
         Rocco Carbone was arrested in Sao Paulo by the Federal Police of Brazil. On Tuesday the Federal \
         Police of Brazil handed Carbone over to ROS officers at the airport.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let faraj = id_of(&snap, "Faraj Ali al-Obeidi");
    assert_eq!(id_of(&snap, "Faraj al-Obeidi"), faraj, "one node for Faraj");
    let salem = id_of(&snap, "Salem al-Obeidi");
    assert_ne!(salem, faraj, "no merge of two men sharing a surname");
    let has = |s: &str, k: &str, t: &str| {
        snap.relations.iter().any(|r| r.source == s && r.target == t && format!("{:?}", r.kind).eq_ignore_ascii_case(k))
    };
    assert!(has(&id_of(&snap, "Internal Security Organisation"), "capture", &faraj), "al-Obeidi is Faraj");
    assert!(!snap.relations.iter().any(|r| r.target == salem && format!("{:?}", r.kind) == "Capture"));
    let carbone = id_of(&snap, "Rocco Carbone");
    assert!(
        !snap.relations.iter().any(|r| r.source == carbone && format!("{:?}", r.kind) == "Membership"),
        "handed over to ROS officers is no membership"
    );
}

#[test]
fn short_names_and_generic_nouns_are_the_article_s_bodies() {
    // "The Interior Ministry" after "Egypt's Interior Ministry", "the Security
    // Service" beside MI5: one node each. "Army spokesman Colonel X" serves
    // the article's army; "army positions" are that army as a target; "G is
    // led by P" makes P a member; a long name closed by its acronym is whole;
    // a group is never the one arrested.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Egypt's Interior Ministry said on Sunday that a Hasm cell had been broken up. The Interior Ministry \
         statement named its leader.\n\n\
         MI5 opened a file on the brothers last year. The Security Service had been monitoring the older \
         brother's online activity for months.\n\n\
         The Niger Armed Forces said the attack had failed, army spokesman Colonel Amadou Sidibe said. \
         JNIM fighters attacked army positions near Tera on Friday. JNIM is led by Iyad Ag Ghali. \
         Troops arrested an ISWAP commander. Both suspects were handed over to the Central Service for the \
         Fight against Terrorism and Transnational Organised Crime (SCLCT) in Niamey.\n\n\
         Carabineros opened an inquiry into the escape from Arica prison. Police arrested Jose Araya in \
         Iquique on Sunday.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let names: Vec<&str> = snap.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.contains(&"Interior Ministry"), "one node for Egypt's Interior Ministry: {names:?}");
    assert!(!names.contains(&"Security Service"), "the Security Service is MI5: {names:?}");
    assert!(names.contains(&"Central Service for the Fight against Terrorism and Transnational Organised Crime"));
    let has = |s: &str, k: &str, t: &str| {
        snap.relations.iter().any(|r| r.source == s && r.target == t && format!("{:?}", r.kind).eq_ignore_ascii_case(k))
    };
    let army = id_of(&snap, "Niger Armed Forces");
    let jnim = id_of(&snap, "JNIM");
    assert!(has(&id_of(&snap, "Amadou Sidibe"), "membership", &army));
    assert!(has(&jnim, "attack", &army));
    assert!(has(&id_of(&snap, "Iyad Ag Ghali"), "membership", &jnim));
    assert!(has(&id_of(&snap, "Carabineros"), "capture", &id_of(&snap, "Jose Araya")), "bare police");
    let iswap = snap.entities.iter().find(|e| e.aliases.iter().any(|a| a == "ISWAP") || e.name == "ISWAP");
    if let Some(iswap) = iswap {
        assert!(!snap.relations.iter().any(|r| r.target == iswap.id && format!("{:?}", r.kind) == "Capture"));
    }
}

#[test]
fn people_named_by_initials_and_unknown_bodies_named_in_full() {
    // Privacy initials with an age are people, and the sentence does not end
    // after them; "the Police Administration" is a state body; "the Fight
    // against Organised Crime" inside a name is no attack.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Officers of the Police Administration's Sector for the Fight against Organised Crime yesterday \
         arrested D.M. (29), S.K. (33) and A.V. (40) in Podgorica.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let police = id_of(&snap, "Police Administration");
    for person in ["D.M.", "S.K.", "A.V."] {
        let p = id_of(&snap, person);
        assert!(
            snap.relations.iter().any(|r| r.source == police && r.target == p && format!("{:?}", r.kind) == "Capture")
        );
        assert!(!snap.relations.iter().any(|r| r.target == p && format!("{:?}", r.kind) == "Attack"), "{person}");
    }
}

#[test]
fn national_bodies_late_aliases_and_branches_go_to_the_right_actor() {
    // Two countries have a "National Police" in the lexicon: "Spain's National
    // Police" is Spain's, and "the National Police" of a story about Colombia
    // (that also names Ecuador) is Colombia's. A nom de guerre given later,
    // "Known as X, he ...", belongs to the man the story is about, not to the
    // spokesman quoted in between.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Redouane Amrani was arrested in Barcelona by Spain's National Police and handed over to French police.\n\n\
         Colombian police said Wilmer Quintero was detained by the National Police near Caucasia. Ecuador and \
         Ecuadorian police had sought him too.\n\n\
         Bukar Gana was arrested by the Nigerian Army, army spokesman Tukur Onuoha told reporters.\n\n\
         Known among fighters as Abu Maryam, he is being questioned in Maiduguri, Onuoha said.\n\n\
         Musa Kasozi Lubega was captured by Ugandan troops. Known to fighters as \"Mzee Kikuku\", Kasozi is a \
         senior commander.\n\n\
         Brigadier Al-Nur Adam Jumaa, an RSF commander, told a local radio station that his forces were ready.\n\n\
         Giulia Ferraro, an Italian aid worker, has been released by Jama'at Nusrat al-Islam wal-Muslimin (JNIM), \
         the Sahel branch of al-Qaeda, officials said.\n",
    )
    .unwrap();
    let snap = extract(dir.path());
    let node = |person: &str, kind: &str| {
        let p = id_of(&snap, person);
        let r = snap.relations.iter().find(|r| r.target == p && r.kind.to_string() == kind).expect(person);
        snap.entities.iter().find(|e| e.id == r.source).unwrap().name.clone()
    };
    assert_eq!(node("Redouane Amrani", "capture"), "National Police Corps");
    assert_eq!(node("Wilmer Quintero", "capture"), "National Police of Colombia");
    assert_eq!(id_of(&snap, "Abu Maryam"), id_of(&snap, "Bukar Gana"));
    assert_ne!(id_of(&snap, "Abu Maryam"), id_of(&snap, "Tukur Onuoha"));
    assert_eq!(id_of(&snap, "Mzee Kikuku"), id_of(&snap, "Musa Kasozi Lubega"));
    assert!(snap.entities.iter().any(|e| e.name == "Al-Nur Adam Jumaa"));
    // The branch is the body before the comma; the freed aid worker is no member and gave no aid.
    let (jnim, aq, giulia) = (id_of(&snap, "JNIM"), id_of(&snap, "al-Qaeda"), id_of(&snap, "Giulia Ferraro"));
    let has = |a: &str, k: &str, b: &str| {
        snap.relations.iter().any(|r| r.source == a && r.kind.to_string() == k && r.target == b)
    };
    assert!(has(&jnim, "membership", &aq));
    assert!(!snap.relations.iter().any(|r| r.source == giulia));
}

#[test]
fn everyday_phrasings_give_each_relation_its_actors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "ISWAP broke away from Boko Haram in 2016 and has since fought Boko Haram for control of the islands.\n\n\
         The ISSP and JNIM have fought each other for control of the border area since 2020.\n\n\
         Ahmed Mahmoud, a smuggler accused of supplying weapons to al-Shabaab, was detained by Kenyan police.\n\n\
         A cell accused of supplying weapons to Boko Haram was broken up, the police said.\n\n\
         Redouane Amrani had been under surveillance by the Guardia Civil for several months.\n\n\
         The Rwanda Defence Force and the Mozambican army captured Momade Bacar. He had been hunted by both armies.\n\n\
         French, Belgian and Spanish police arrested Karim Bel in Brussels.\n\n\
         Police arrested Ahamed Rizvi, 41. The National Thowheeth Jama'ath (NTJ) carried out the bombings. \
         Rizvi is suspected of sheltering two NTJ members after the bombings.\n\n\
         Kenyan police arrested Bukar Modu, an ISWAP supplier, in Garissa.\n\n\
         Ali Gana was arrested by soldiers of the Nigerian Army near Dikwa on Sunday. The operation was carried \
         out with the help of the Department of State Services (DSS), an army spokesman said.\n\n\
         The TTP has waged an insurgency against the Pakistani state since 2007.\n\n\
         Khalid Afridi, a commander of Jamaat-ul-Ahrar, was arrested on Sunday. The faction has claimed a string \
         of attacks. It is part of the TTP. \"The ISI and the CTD tracked him for a year,\" Deputy Inspector \
         General Shaukat Bangash, the head of the CTD, told reporters. \"He was planning attacks on Pakistan Army \
         convoys.\"\n\n\
         Salim al-Jubouri escaped in 2022. SDF units, backed by air strikes from the coalition against IS, \
         traced him to a farmhouse, said Rezan Hisso, a spokesman.\n\n\
         He led the Katiba Macina, the central Mali branch of Jama'at Nusrat al-Islam wal-Muslimin (JNIM), \
         al-Qaeda's alliance in the Sahel.\n\n\
         \"This is the fruit of cooperation between the Rwanda Defence Force and our brothers in the Uganda \
         People's Defence Force,\" a colonel told reporters.\n\n\
         Hassan Barka, a commander of the Front for Change and Concord in Chad (FACT), was detained by the army. \
         FACT spokesman Djibrine Kodi condemned it.\n\n\
         In Syria, Edin Hodzic worked alongside Mirza Kovac, another Bosnian member of the Islamic State.\n\n\
         The Kenyan army said it had detained four suspects near Mandera. Among those held was Yusuf Gedi.\n\n\
         Uganda's police detained nine people in Kasese. Among those detained were Brian Okot, a teacher, \
         Moses Kato, a driver, and Peter Ssali.\n\n\
         Lashkar-e-Jhangvi, whose leader, Malik Ishaq, was arrested by Pakistani police in 2014, is banned.\n\n\
         A third man, Dilshod Aminov, whom prosecutors call the cell's treasurer, was detained by the GKNB.\n\n\
         Densus 88 officers arrested Ahmad Fauzi in Bekasi. The others arrested include his nephew, Dedi Kurniawan, \
         33, and Muhammad Rizki.\n\n\
         Kuwaiti investigators tracked Nawaf Jassem's accounts and concluded that he collected donations and moved \
         the money on to Islamic State cells in Iraq.\n\n\
         In Cabo Delgado the insurgents of the Islamic State Mozambique Province abducted a primary school \
         teacher, Anselmo Mabunda, in June.\n\n\
         Giuseppe Carbone was questioned for four hours at the Carabinieri barracks in Reggio.\n\n\
         Ussene Faquir surrendered to the Mozambican army. He was debriefed by Rwandan officers.\n\n\
         Guatemala's National Civil Police arrested Edgar Morales in a joint operation with the Guatemalan Army.\n\n\
         The SGB arrested Jasur Toshmatov in Osh. The FSB said the operation had been carried out jointly with \
         the Uzbek service. According to the Uzbek service, Toshmatov joined Katibat Imam al-Bukhari in 2016.\n\n\
         Abdifatah Hussein Warfaa, described by police as a logistics officer for al-Shabaab, was charged.\n\n\
         The Malawian military said it captured Peter Banda near Mzuzu.\n\n\
         Police in Kenya have arrested Hassan Omar Ali in Garissa.\n\n\
         Omar Farah Aden, who was arrested in Mogadishu by NISA officers in March, was later charged. \
         Flights between Mogadishu and Aden resumed.\n\n\
         Colombia's National Police, working with the DEA, arrested Jose Perez in Cali. Ecuador's National \
         Police, in cooperation with the DEA, arrested Luis Mena in Quito.\n\n\
         Former ISI chief Faiz Hameed was arrested by the army.\n\n\
         The Philippine Army said Dawlah Islamiyah, which the military describes as the local branch of the \
         Islamic State, has attacked its patrols.\n\n\
         Khalid Batarfi took over as leader of al-Qaeda in the Arabian Peninsula in 2020.\n\n\
         Harpreet Singh, 34, was charged on Friday. The NIA had been keeping a close watch on Singh for months. \
         Omar Khan, a trader, was held. The ISI monitored the communications of Omar Khan.\n\n\
         The Arakan Army seized a Myanmar military base in Rakhine. Israeli jets struck Hezbollah positions \
         in southern Lebanon.\n\n\
         The Counter-Intelligence Kashmir (CIK) wing of Jammu and Kashmir Police arrested Ali Mohammad Bhat (42) \
         in Sopore.\n\n\
         Bakyt Usenov, 38, was extradited to Bishkek. He is being questioned at the GKNB's pre-trial detention \
         centre.\n\n\
         Yeison Castaño Mina, 27, was convicted in Cali. The arrest of Castaño by the DIJIN followed in October. \
         Castaño later escaped from a cell with the help of a patrolman, Hernán Castaño, who is not related to him.\n\n\
         JNIM, al Qaeda's branch in the Sahel, has claimed a string of attacks on Beninese army positions.\n\n\
         The KNB said it had detained five men in Shymkent. The detained men are Nurlan Abdikadyrov, 42, a \
         private tutor; his nephew Dauren Abdikadyrov, 23, a student; and Ruslan Tokhtarov, 35, who has lived \
         in the city since 2010.\n\n\
         A court in Dushanbe sentenced Firdavs Saidov, Umed Nazarzoda and Ilhom Mirzoev to prison. According \
         to the verdict, the men were arrested in March by the GKNB.\n\n\
         The deportation was arranged with the PNP's Anti-Kidnapping Group and the Armed Forces of the \
         Philippines' Western Mindanao Command.\n\n\
         JNIM has fought Mali's armed forces for years. Shamil Magomedov opened fire on officers of the FSB.\n\n\
         ARSA and the rival Rohingya Solidarity Organisation (RSO) have been fighting for control of the camps.\n\n\
         NIA officers arrested Aljimar Hassan and Nurhan Sappari in Delhi last month. They were tracked by the \
         NIA for almost three months, officials said.\n\n\
         The soldiers - Sergeant Wilmer Ospina, 31, and privates Yeferson Caicedo and Kevin Ortiz - were captured \
         by fighters of the ELN's Eastern War Front.\n\n\
         Colonel Ramon Dizon, a spokesman for the Armed Forces of the Philippines' Western Mindanao Command, \
         said his troops were closing in.\n\n\
         Ali Musa Bello and Umar Sani Bello were caught near Maiduguri by vigilantes backed by the Nigerian Army.\n\n\
         Senegal's National Gendarmerie arrested Amadou Sidibé in Kidira. A second man, Mamadou Sidibé, a \
         mechanic, was questioned for two days and released without charge, a gendarmerie spokesman said.\n\n\
         The UN Security Council condemned the attack by al-Shabaab on AMISOM troops.\n\n\
         The European Union praised Kenya's cooperation with Somalia.\n\n\
         Qais Hamid was later detained. He was questioned by INIS officers and confessed to transferring funds to \
         the Islamic State.\n\n\
         Jordan's General Intelligence Directorate announced the handover. The directorate thanked Iraq's \
         National Intelligence Service for its help.\n\n\
         Pakistan's Ministry of Interior said on Friday that Baz Khan was being questioned in Quetta.\n\n\
         Dauda Musa was flown to Abuja, where he is being interrogated at DSS headquarters.\n\n\
         Omar Farouk, a trader wanted on charges of laundering money for al-Shabaab, was arrested in Nairobi.\n\n\
         The Royal Navy seized the vessel. The seizure was carried out with the help of intelligence from US \
         Central Command.\n\n\
         Al-Shabaab has carried out a string of attacks this year on the Kenya Defence Forces.\n\n\
         The Gulf Cartel and the Northeast Cartel have fought for control of Reynosa since 2014.\n\n\
         The Nigerian Army said they had killed six ISWAP fighters near Bama.\n\n\
         The State Security Service of Georgia detained two men from Pankisi on charges of financing the \
         Islamic State.\n\n\
         The court jailed five men on Monday. The others - Rafiqul Sarder, 29, the leader's younger brother; \
         Nasir Uddin Mollah, 31; and Tanvir Hasan Chowdhury, 27 - got ten years each. According to the verdict, \
         the men were arrested in March by the Rapid Action Battalion in raids in Dhaka.\n\n\
         Poland's Internal Security Agency (ABW) arrested Oleh Marchuk. The investigation was carried out \
         jointly with Lithuania's State Security Department (VSD), which passed information on Marchuk's \
         Telegram contacts to the ABW. Marchuk was recruited on Telegram by a man who used the name \
         \"Sasha\" and was paid 3,000 euros by Russia's military intelligence agency, the GRU.\n\n\
         Lebanese army intelligence arrested Bilal Kassab in Tripoli. The operation was carried out in \
         coordination with the Internal Security Forces (ISF).\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("b.txt"), "Kenyan police arrested Omar Farah after tracking him for months.\n")
        .unwrap();
    std::fs::write(dir.path().join("c.txt"), "Germany is the second-largest supplier of weapons to Ukraine.\n")
        .unwrap();
    std::fs::write(
        dir.path().join("e.txt"),
        "The DGSI arrested Karim El Ouardi in Lyon in May. He was charged on Friday. Belgium has asked France \
         to surrender him. A woman arrested with him, Nadia Benali, was released.\n\n\
         Azerbaijan's State Security Service arrested eleven people. Those detained in Azerbaijan were Elvin \
         Mammadov; Rashad Guliyev, 34; Tural Hasanli, 29; and Kamran Ismayilov, 52.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("g.txt"),
        "Istanbul police arrested Serkan Yalcin on Monday. Police had been tracking Yalcin's calls with gang \
         members.\n\n\
         Three men were picked up in a joint operation involving ATPU detectives and officers from the National \
         Intelligence Service (NIS). Kenya's Anti-Terror Police Unit (ATPU) named one of them as Abdalla Kahindi. \
         Detectives had been trailing Kahindi for more than two months.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("h.txt"),
        "Hasm, short for Harakat Sawa'ed Misr (Arms of Egypt Movement), emerged in 2016 and has claimed a \
         series of attacks on officers of Egypt's Interior Ministry.\n\n\
         Police said Yusuf Kaya had gone to Somalia in 2019, where he spent two years at al-Shabaab training \
         camps before coming home.\n\n\
         The 11th Infantry Division turned Jubair Ladjaman over to the CIDG on Friday. The CIDG had turned to the \
         army for help.\n\n\
         Hassan Kombo Nyale and Ibrahim Salat Dube escaped from Kamiti prison, which is run by the Kenya Prisons \
         Service. Kamaruddin Salik was one of 150 inmates who fled the North Cotabato District Jail, which is run \
         by the Bureau of Jail Management and Penology (BJMP).\n\n\
         The raid took place in Jubaland on Monday. Jubaland security forces picked up his alleged accomplice, \
         Abdifatah Hussein Warfaa, in Kismayo.\n\n\
         Russia has since supplied Mali with attack helicopters. Niger's rulers expelled French troops in 2023 \
         and have since turned to Russia for help.\n\n\
         Operatives of the CIDG, backed by soldiers of the Philippine Army's 6th Infantry Division, arrested \
         Kamaruddin Salik.\n\n\
         Li W. and Zhang H. were detained on Monday in Rotterdam by officers of the AIVD.\n\n\
         The Maute Group lost its founder in 2017. His successor, Hamid Lakas, led the group until 2019.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("i.txt"),
        "The Communist Party of India (Maoist) runs the People's Liberation Guerrilla Army (PLGA). The party said \
         the killing of the party's general secretary, Ramesh Kodi, would be avenged.\n\n\
         Police arrested Omid Karimi and Hiwa Rahimi. Komala denied that the two men were members of the party.\n\n\
         AQAP has lost many leaders to drone strikes. Its current leader is Saad bin Atef al-Awlaki.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("j.txt"),
        "Bolivia's FELCN arrested Ali Perez in Santa Cruz. Brazil's Federal Police said the arrest followed \
         months of joint work between the two police forces.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("k.txt"),
        "Kataib Hezbollah denied it. A spokesman for the group, Haider al-Musawi, called the arrests a lie.\n\n\
         Prosecutors accuse Wilmer Sulbaran of acting as a hitman for Los Gallegos.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("m.txt"),
        "Israeli warplanes struck the port of Hodeidah on Saturday. Among the dead was Hussein Saleh al-Wazir, \
         a Houthi commander.\n\n\
         The Senegalese gendarmerie has stepped up patrols since 2022, with support from the European Union. \
         Malian gendarmes arrested Ali Traore in Kayes.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("n.txt"),
        "Soldiers of the Benin Armed Forces detained Issa Bio Sanni in Kandi. His brother fled. The town was \
         quiet. The market was closed. Seraphin Agossou, a motorcycle mechanic detained with Issa, was released \
         on Saturday. Omar Dicko was detained with Issa on Monday. Villagers said the army had come at night. \
         Prices rose. The operation was carried out jointly with the DGSE.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("o.txt"),
        "Al-Shabaab fighters attacked the Jubaland Custodial Corps prison in Kismayo. Among the escapees is \
         Abdiweli Hassan Farah, 31, a senior member.\n\n\
         Bakyt Usenov was detained in Shymkent by Kazakhstan's National Security Committee (KNB) at the \
         request of Kyrgyzstan's State Committee for National Security.\n\n\
         Kamaruddin Salik is now undergoing tactical interrogation at the CIDG regional office.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("p.txt"),
        "Police in Mombasa arrested Juma Said Bakari and Rashid Omar Mwinyi on Friday. The raid came at dawn. \
         Neighbours heard shouting. A car was towed away. Officers searched the house for hours. Nothing was \
         said about weapons. The two men were later questioned by ATPU detectives.\n\n\
         Densus 88 arrested Budi Santoso in Bekasi on Friday. The raid began at dawn. Neighbours heard shots. \
         A car burned. The street was closed for hours. The others arrested include Agus Salim, 29.\n\n\
         Ali Sheko was flown from Tirana International Airport and handed over to the Carabinieri.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("q.txt"),
        "The SGB arrested Akmal Nazarov and Ulugbek Nazarov. The SGB had monitored the two men for almost two \
         years.\n\n\
         The Russian army killed three gunmen in Dagestan on Wednesday, a week after an attack on a post of \
         Russia's Interior Ministry that was claimed by the Islamic State.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("r.txt"),
        "Dario Kovac walked out of Zenica prison on Monday. Kovac, 41, was serving a sentence for murder. A \
         guard, Luka Kovac, who shares his surname but is not related to him, had left a door open. Kovac was \
         arrested by the Croatian police in Split on Friday.\n\n\
         The escape embarrassed the Directorate for the Enforcement of Sentences, which runs the prisons.\n\n\
         Belgium's State Security Service (VSSE) questioned Anvar Karimov on Monday. It also questioned \
         Karimov's cousin, Bahrom Karimov, and released him on Tuesday.\n\n\
         Peruvian police arrested Pablo Ochoa's friend Ramon Mejia on charges of hiding him. Peruvian police \
         also arrested Pablo Ochoa's brother in Lima.\n\n\
         Igor Sokol fled to Belarus, and Lithuania has issued an arrest warrant for him. Officials have long \
         suspected that Sokol was in contact with IS commanders.\n\n\
         BKA officers arrested Waldemar Klein in Leipzig. Poland's ABW detained Marek Nowicki in Wroclaw. The \
         ABW handed him over to BKA officers. The investigation was conducted in close cooperation with the ABW.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("s.txt"),
        "Kyrgyz police raided homes in Osh. The four men detained by the police were named as Bakyt Osmonov, \
         Daniyar Toktosunov, Emil Sadyrov and Nurbek Alymov. All were questioned by police investigators.\n\n\
         Security Belt Forces arrested Salem Bawazir in Mukalla on Sunday. The two other detainees were \
         identified as Faisal Bamatraf and Omar Balfaqih. The force said the three men were handed over on \
         Tuesday to the Counter-Terrorism Unit, where they are being questioned.\n\n\
         The Somaliland Police detained a relative of Dualeh, Abdirahman Yusuf Farah, in Hargeisa.\n\n\
         Officers of the Metropolitan Police placed Callum Reid under arrest in Leeds. He was quizzed by \
         Metropolitan Police detectives for two days. \"The police will question him again,\" his lawyer, \
         Martin Doyle, said.\n\n\
         Agents of the DNCD and sailors of the Dominican Navy intercepted a speedboat and detained three men. \
         The detainees were identified as \
         Venezuelans Pedro Luis Rangel and Oscar Daniel Rangel and Dominican Felix Mota Reyes.\n\n\
         LIMA, Peru - Hugo Vargas was arrested in 2021 by DIRANDRO, the National Police's anti-drug directorate.\n\n\
         Moldovan police searched the homes of members of Brigada Nistru. Prosecutors said Ion Rusu led the \
         group. Another member of the group, Gheorghe Moraru, 51, was detained in Romania.\n\n\
         The ADF is active in eastern Congo. It pledged allegiance to the Islamic State in 2019.\n\n\
         ISWAP broke away from Boko Haram in 2016 and is formally a branch of the Islamic State.\n\n\
         Muhammad Rizki had sworn allegiance to JAD's regional leader a year later.\n\n\
         SENAD agents arrested Marcelo Ferraz in Pedro Juan Caballero. Two Paraguayan bodyguards, Derlis Ramon \
         Britez and Hugo Britez, who are not related, were arrested with him.\n\n\
         In a separate case, officers from the Interior Ministry's counter-extremism department in the city of \
         Namangan, acting on information supplied by the SGB, detained three local men - Jasur Tursunov, Akmal \
         Karimov and Dilshod Nazarov - on suspicion of distributing banned literature.\n\n\
         Othman Benali lived in Dubai until his arrest by Dubai Police in 2023.\n\n\
         Armenian police detained Aram Petrosyan in Gyumri on Friday. Officers of Armenia's National Security \
         Service took part in the raid.\n\n\
         Turkish police arrested Burak Demir in Izmir on Monday. Demir was released after initial questioning \
         on Wednesday. Officers of the FSB detained Farrukh Nazarov in Kazan but released him two days later.\n\n\
         Yusuf Abdi Farah sent about $12,000 to al-Shabaab in 2022. Hassan Omar Ali did not send money to \
         al-Shabaab, his lawyer said.\n\n\
         The NIA arrested Showkat Hussain Sheikh (35) in Kupwara on Monday.\n\n\
         Iranian authorities arrested Gul Khan Baloch near Saravan in March.\n\n\
         The Islamic State, which HTS has fought for years in northern Syria, claimed the attack. Katibat \
         al-Tawhid wal-Jihad, an outfit that has fought for years in Idlib, did not comment.\n\n\
         The strike came during a joint offensive by the Puntland Defence Forces and the PSF against \
         IS-Somalia strongholds. Malian troops fight JNIM alongside Russian paramilitaries of the Africa \
         Corps.\n\n\
         Officers of the KNB's elite special unit detained Nurbek Asanov and Ulan Bekmurzaev in Almaty. Both \
         Asanov and Bekmurzaev had joined Islamic State Khorasan Province in 2021.\n\n\
         Hassan Abdi Omar, 31, from Garissa, Salim Juma Mwinyi, 29, from Kwale, and Yusuf Kassim Ahmed, 36, \
         escaped from the custody of the Kenya Prisons Service on March 2. Investigators believe a prison warder, \
         Dennis Wekesa, 38, helped all three inmates in exchange for cash.\n\n\
         Somali police arrested Abdiaziz Hersi Nur in Dhobley on Sunday, Ruth Chepkemoi said. Nur had crossed \
         from Kenya in March, Chepkemoi said. His location had been traced by NISA, she added.\n\n\
         Colombian police said on Thursday that Arley Mosquera Palacios had been extradited. Mosquera was \
         arrested last May by the police's Directorate of Criminal Investigation and Interpol (DIJIN), in an \
         operation backed by intelligence from the DEA and Britain's National Crime Agency.\n\n\
         Jumadil Asali, 41, was taken into custody in a pre-dawn raid in Talon-Talon by the Criminal \
         Investigation and Detection Group (CIDG). Al-Shabaab fighters stormed a base manned by Kenyan troops.\n\n\
         The Islamic State said its fighters attacked the base. Islamic State Sahel Province, the group's \
         affiliate in the Sahel, claimed the attack.\n\n\
         Police said Marcelo Ferraz has run the Primeiro Comando da Capital's cocaine logistics since 2019 and \
         that Arley Mosquera managed the finances of the Clan del Golfo. Police did not say whether Omar Ali ran \
         the Comando Vermelho's finances.\n\n\
         Fighters of the U.S.-backed Syrian Democratic Forces guard the camp. Iran-backed Houthi rebels \
         attacked the ship.\n\n\
         Thai police arrested Zaw Min Htet in Mae Sot. \
         Russia remains the main supplier of weapons to the Malian junta, according to UN experts. According to \
         the NUG, the fighter was driven to a crossing and handed to members of the Karen Border Guard Force.\n\n\
         Darwin Tenorio Mina was arrested in Tumbes by the Peruvian National Police and expelled to Ecuador, \
         where he was received by the National Police of Ecuador.\n\n\
         Three inmates escaped from the high-security prison in Naivasha early on Sunday, the Kenya Prisons \
         Service said. The escapees were identified as Joseph Kariuki, 31; Peter Otieno, 28; and Ali Hassan \
         Mwinyi, 40.\n\n\
         Bulgarian police arrested Stoyan Petrov in Burgas. Europol supported the operation by deploying an \
         analyst to Sofia. The Maldives Police Service extends its appreciation to the Sri Lanka Police for the \
         close cooperation extended in this matter.\n\n\
         Teodoro Quispe Cardenas led the column. On 14 August 2023, a DIRCOTE unit backed by army special forces \
         arrested Quispe Cardenas at a clinic.\n\n\
         Arif Hidayat was deported by Malaysia and handed to Densus 88 officers, who took him into custody at the \
         airport.\n\n\
         Rudi Santoso was a member of JAD. Commissioner Bayu Nugroho of Densus 88 said his team had monitored \
         Santoso's messages for five months before officers detained him.\n\n\
         Karim Haddad, 29, rented a flat in Gelsenkirchen. The BKA detained the 29-year-old on Tuesday.\n\n\
         Omar Sayed, 31, crossed into Austria in May. Austrian police detained the Syrian national in Graz.\n\n\
         Kenyan police arrested Juma Mfinanga in Moshi. The arrest followed a tip from Tanzania's Drug Control \
         and Enforcement Authority (DCEA), which had tracked Mfinanga since he left Dar es Salaam.\n\n\
         Abdi Dualeh, 41, sent money to al-Shabaab. PST had intercepted Dualeh's calls. The DGSE shared \
         intercepted messages with the DGSI.\n\n\
         Guatemala's Interior Ministry confirmed the extradition of Edwin Cifuentes. He was flown to Houston, \
         ministry spokeswoman Ana Lucia Barrios told reporters. Edwin Cifuentes is not related to Rolando \
         Cifuentes, a ministry spokesman said.\n\n\
         Officials said Sidi Ould Cheikh had fought with Jama'at Nusrat al-Islam wal-Muslimin (JNIM) in central \
         Mali. His brother died in fighting with Islamic State fighters.\n\n\
         The DNCD's president, Vice Admiral Ramon Santana Lora, thanked the DEA for its help.\n\n\
         Mozambique's National Criminal Investigation Service (SERNIC) took charge. Abdala Selemane was flown to \
         Pemba and handed over to SERNIC, whose officers have begun interrogating him.\n\n\
         Peruvian police arrested Teodoro Quispe Cardenas. He was flown to Lima and interrogated at DIRCOTE \
         headquarters.\n\n\
         Turkish police deported Shamsiddin Rahmonov. The GKNB, which had placed Rahmonov on a wanted list in \
         2022, said in a statement that its investigators began questioning him on Tuesday.\n\n\
         The U.S. Drug Enforcement Administration (DEA) provided intelligence to SENAD, the statement said. \
         UN experts have documented money transfers to the ADF from abroad.\n\n\
         Senegalese gendarmes made the arrests. Cheikh Tidiane Diallo and Abdoulaye Ba were detained on June 8 \
         by the gendarmerie's Research Section.\n\n\
         Bulgarian police arrested Georgi Stoyanov, 44. Also apprehended were the group's other members: Ivaylo \
         Petkov, 38, responsible for hiring drivers; his brother Hristo Petkov, 29; and four drivers. Dimitar \
         Kolev, 33, who was detained at his home in Sofia, drove the vans.\n\n\
         The Counter Terrorism Department (CTD) arrested three individuals on 7 September. The individuals \
         arrested are: 1. Ahmed Shifaz, 27, of Henveiru; 2. Ibrahim Naseem, 24, of Hulhumale; 3. Mohamed \
         Rishwan Ali, 31, of Fuvahmulah.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("l.txt"),
        "Densus 88 arrested Ahmad Fauzi. The unit had been following Fauzi since January.\n\n\
         The GDI captured Qari Ahmadi and Bekzod Yusupov. Both prisoners have been interrogated by GDI officers.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("f.txt"),
        "Iraq's Counter-Terrorism Service (CTS) raided Qais al-Dulaimi's shop and detained him.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("d.txt"),
        "The Royal Malaysia Police arrested Ali Omar. Deputy Inspector-General of Police Azmi Harun said he \
         was armed. Singapore Police Force spokesman Senior Superintendent of Police Ravi Kumar \
         said he had been watched.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("pnp.txt"),
        "Abu Khalil Idjirani was arrested in Jolo. The transfer was arranged with the PNP's Anti-Kidnapping \
         Group, which will question him in Manila.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("op.txt"),
        "The Hellenic Police arrested Nikos Dimas in Piraeus. The operation was conducted under the supervision \
         of the Piraeus Prosecutor's Office and in close coordination with the Bundeskriminalamt.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("list.txt"),
        "Officers of the Garda Siochana raided a farmhouse near Dundalk. Detained at the scene were Sean Rooney, \
         31, a mechanic; Ciaran Kehoe, 24; and a 17-year-old boy.\n\n\
         Kenya's ATPU arrested three people in Likoni on Monday. They are Omar Haji Bakari, 34, a teacher; \
         Rashid Juma Salim, 27, a rider; and Amina Said Ali, 29, who runs a shop.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("later.txt"),
        "Soldiers of the Tanzania People's Defence Force detained a senior commander of the Allied Democratic \
         Forces and two of his guards near Kigoma on Friday. The commander, Musa Kabale, 44, was flown to Dodoma. \
         The guards were identified as Paulo Ndugu and Issa Mrema.\n\n\
         Peruvian soldiers captured one of the most senior leaders of Shining Path in the VRAEM valley. \
         The detainee, Victor Quispe Huaman, 58, was flown to Lima.\n\n\
         Ugandan troops detained a senior commander of the Lord's Resistance Army near Gulu. The man, Okello \
         Ojara, had been on the run since 2006.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("ncos.txt"),
        "Floods breached the wall of a prison run by the Nigerian Correctional Service (NCoS) in Maiduguri. \
         The NCoS Controller for Borno, Haruna Bello Kyari, said 90 inmates were still missing.\n\n\
         Guatemalan police arrested Edgar Tzul Pop in Escuintla on Monday. The other detainees were named as \
         Hugo Caal, 31; Rosa Ixcoy, 28; and Mateo Chen, 22.\n\n\
         Ibrahim Audu Waziri and his wife Fatima Waziri were picked up by DSS operatives in Kano.\n\n\
         The case against him was led by Barrister Chidi Okonkwo of the Federal Ministry of Justice.\n\n\
         In 2021, Comando Vermelho gunmen shot dead a rival trafficker, Ronaldo Pires Lima, in Manaus.\n\n\
         The Foxtrot network has been locked in a bloody conflict with the rival Rumba network since 2023.\n\n\
         ISGS has stepped up attacks on the Niger Armed Forces and on Russian mercenaries of the Wagner Group. \
         The handover was coordinated with the coalition fighting ISGS and with the government of Chad.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("items.txt"),
        "Officers of the Counter Terrorism Department apprehended three men in Addu on Friday night.\n\n\
         The men arrested are:\n\
         1. Hassan Zahir, 29, of Hithadhoo;\n\
         2. Ali Waheed, 35, of Feydhoo;\n\
         3. Moosa Rasheed, 22, of Maradhoo.\n\n\
         Recaptured by the Philippine National Police on Monday, with soldiers securing the roads, were:\n\n\
         - Jamiri Asjali, 31, a member of the Abu Sayyaf Group;\n\
         - Nurhassan Idjal, 27, who was on trial for murder.\n\n\
         The mayor thanked the troops.\n\n\
         Police arrested Uladzimir Hrynko and his brother Pavel Hrynko in Brest. Both were questioned by the \
         KGB for ten hours.\n\n\
         Soldiers recaptured Jubair Hamsi, Omar Hamdan and Hamid Yusuf on Monday. The three recaptured men \
         were questioned by the Criminal Investigation and Detection Group (CIDG).\n\n\
         Prosecutor Katrin Hofer spoke in Linz. The youth had pledged allegiance to the Islamic State's leader, \
         Hofer said.\n\n\
         Police arrested Bakhtiyor Rahimov in Izmir. Rahimov was questioned by the Izmir Police Department for \
         three days and then released without charge.\n\n\
         The Uganda People's Defence Force (UPDF) has been fighting the ADF in Ituri since 2021, working \
         alongside the Armed Forces of the Democratic Republic of the Congo (FARDC).\n\n\
         Adamu Bello escaped in 2022, when ISWAP fighters stormed the prison with car bombs, killing three \
         guards of the Nigerian Correctional Service.\n\n\
         Neo-JMB broke away from the JMB in 2015 and pledged allegiance to the Islamic State.\n\n\
         He was recruited in Goma by an M23 officer known only as \"Bosco\". Police in Kismayo arrested \
         Ali Musa Dhere, a senior commander known as \"Kabiir\", on Sunday.\n\n\
         Assam named four rebels: Bijoy Chetia, Ranjit Moran, Hemanta Gogoi and Ajit Bora. Bhutanese \
         troops arrested the four in March near Samdrup Jongkhar.\n\n\
         ISGS, which is loyal to the Islamic State, has fought JNIM since 2020.\n\n\
         Marko Petrovic was jailed in Novi Sad. His associates Dejan Savic and Goran Ilic were picked up in \
         the same raid. Police also detained a relative of Marko Petrovic, Zoran Mitic.\n\n\
         Chadian troops arrested Idriss Mahamat near Bol. He was received by the Nigerian Army at the border \
         and flown to Abuja, where he was placed in the custody of the Department of State Services.\n\n\
         Eric Mugisha was caught by Wazalendo fighters and handed over to the FARDC, who passed him on to the \
         ANR the next day.\n\n\
         Danish police arrested Karim Nasser in Malmo. Nasser was handed to Swedish police at the bridge and \
         questioned by National Operations Department (NOA) detectives on Friday.\n\n\
         Bakhrom Aliev had been detained in Ankara by the counter-terrorism branch of the Ankara Police \
         Department, officials said.\n\n\
         Police arrested Gul Muhammad Marri in Sibi. Gul Muhammad Marri is being questioned by a joint \
         investigation team headed by the Counter Terrorism Department (CTD), which also includes officers of \
         the Intelligence Bureau (IB).\n\n\
         The two suspects, Abdulloh Mama and Ismail Yusoh, were arrested in a joint raid by Ranger Regiment 46 \
         and the police Special Branch on a rubber plantation in Raman district.\n\n\
         The Federal Criminal Police Office (BKA) arrested Timur Rakhimov in Essen on Thursday. A woman who \
         was detained in the flat, the wife of Timur Rakhimov, was released on Friday.\n\n\
         Albania repatriated 40 of its citizens from Syria with logistical support from the United States.\n\n\
         Kenya sent troops to Somalia to help the government fight the insurgents, and the European Union has \
         paid their salaries since 2012.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("them.txt"),
        "Jordanian troops captured three men near Mafraq: Karim Saleh, Omar Haddad and Yasser Qasem. The \
         captured men were handed over to the General Intelligence Directorate, which is questioning them in \
         Amman.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("names.txt"),
        "Colombian police arrested Wilmer Andres Cedeno Vera in Ipiales. His brother, Jairo Cedeno Vera, was \
         held in Machala. Wilmer Cedeno had run the gang's finances, prosecutors said.\n\n\
         The cell was led by a man known as Abu Hamza al-Kuwaiti. His real name, officials said, is Faisal \
         Ahmed Mutairi.\n\n\
         Joseph Kasaija Mugisha was killed near Beni. Fighters knew him as \"Mzee Mapengo\", the colonel said.\n\n\
         Karim Oumarov, who used the kunya Abu Bakr al-Uzbeki online, was detained in Osh.\n\n\
         The preacher Rustam Toktogulov was arrested in Bishkek. Followers of Ustaz Rustam said the charges \
         were false.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("army.txt"),
        "Nigerian troops have captured Bukar Lawan, a senior ISWAP commander, the military said. He was \
         arrested by soldiers of the Nigerian Army near Dikwa, army spokesman Musa Danladi said.\n",
    )
    .unwrap();
    // Units of a known body, named through "of" or a possessive.
    std::fs::write(
        dir.path().join("u.txt"),
        "Officers of the Special Branch of the Royal Malaysia Police (PDRM) detained Hafiz Rahman in Johor.\n\n\
         The Information Branch of the Internal Security Forces questioned Karim Haddad in Beirut.\n\n\
         Rami Saad was arrested by the Royal Malaysia Police's Special Branch.\n\n\
         The army handed Bikash Bora over to the Special Task Force (STF) of Assam Police, which has been \
         questioning him since.\n\n\
         Chadian troops killed Abu Zaid, and the Cameroonian gendarmerie arrested Musa Ibrahim.\n\n\
         Samuel Otieno was remanded by the Regional Trial Court Branch 12 in Zamboanga.\n\n\
         Minister of Security Dragan Kovacevic said the suspects would be tried in Sarajevo.\n\n\
         Police in Garissa arrested two al-Shabaab members, Omar Abdi and Hassan Juma. During his questioning \
         by Shin Bet officers, Kareem Nasser named no one.\n\n\
         Acting on a tip from the Dutch National Police, the Guardia Civil arrested Pieter Jansen in Malaga. \
         Prison staff should act on all intelligence received from the Carabinieri, an inspector wrote.\n\n\
         US Africa Command carried out air strikes against al-Shabaab in support of the Somali National Army. \
         The RSF accused Egypt of carrying out air strikes in support of the SAF.\n\n\
         Chadian soldiers arrested Musa Kolo and Ali Gana, two men suspected of supplying fuel to ISWAP fighters.\n\n\
         Sub-inspector Tomas Kralik, a spokesman for Europol, said the files had been shared. Nadia Farouk, a \
         researcher at the International Crisis Group, called the trial unfair.\n\n\
         Russia's FSB had shared the suspects' testimony with the GKNB. Kenya and Somalia agreed to share \
         information on the network.\n\n\
         Los Lobos, whose founder Angel Mateo Ayala has been in prison since 2023, split from Los Choneros.\n\n\
         Colombian police said Riascos was captured by soldiers of the army's Third Division in Cauca.\n\n\
         The killings are part of a war between Los Chapitos and a rival Sinaloa faction, La Mayiza.\n\n\
         ANSE agents had been tracking Moussa Ould Sidi since January, and in March they arrested his \
         deputy, Hamadoun Traore, 45, in Mopti.\n\n\
         Musa Bulama, a trader in Damaturu, sold petrol and spare parts to ISWAP fighters. His cousin Ali \
         Bulama sold rifles to buyers in Chad.\n\n\
         Nigerien troops freed 12 hostages held by ISSP near Tillaberi on Sunday. Among those freed was \
         Issoufou Garba, a village chief.\n\n\
         Kenyan police tracked an al-Shabaab courier, Yusuf Abdi Warsame, to a lodge in Garissa. Soldiers have \
         been hunting Katibat Salah fighters in the hills since March.\n",
    )
    .unwrap();

    let snap = extract(dir.path());
    let has = |a: &str, k: &str, b: &str| {
        let (a, b) = (id_of(&snap, a), id_of(&snap, b));
        snap.relations.iter().any(|r| r.source == a && r.kind.to_string() == k && r.target == b)
    };
    // Each phrasing above, as (source, kind, target); "either way" for the
    // kinds with no direction and for two sides fighting each other.
    let expected = [
        ("ISWAP", "attack", "Boko Haram"),
        ("Ahmed Mahmoud", "support", "al-Shabaab"),
        ("Guardia Civil", "surveillance", "Redouane Amrani"),
        ("Rwanda Defence Force", "surveillance", "Momade Bacar"),
        ("Mozambican army", "surveillance", "Momade Bacar"),
        ("Ahamed Rizvi", "support", "NTJ"),
        ("Bukar Modu", "support", "ISWAP"),
        ("TTP", "attack", "Pakistan"),
        // A "him" three sentences on, when no one else was named since; the
        // subject before an aside tracked him.
        ("ISI", "surveillance", "Khalid Afridi"),
        ("SDF", "surveillance", "Salim al-Jubouri"),
        ("Katiba Macina", "membership", "JNIM"),
        ("JNIM", "membership", "al-Qaeda"),
        ("Hassan Barka", "membership", "Front for Change and Concord in Chad"),
        ("Djibrine Kodi", "membership", "FACT"),
        ("Mirza Kovac", "membership", "Islamic State"),
        ("Kenyan police", "surveillance", "Omar Farah"),
        ("Germany", "support", "Ukraine"),
        ("National Police (France)", "capture", "Karim Bel"),
        ("Federal Police (Belgium)", "capture", "Karim Bel"),
        ("National Police Corps", "capture", "Karim Bel"),
        // "Among those held was X": taken in the arrest told just before.
        ("Kenyan army", "capture", "Yusuf Gedi"),
        // Everyone listed, past their descriptions.
        ("Uganda Police Force", "capture", "Brian Okot"),
        ("Uganda Police Force", "capture", "Moses Kato"),
        ("Uganda Police Force", "capture", "Peter Ssali"),
        // The one named in "whose leader, X,"; past "whom prosecutors call".
        ("Pakistan police", "capture", "Malik Ishaq"),
        ("GKNB", "capture", "Dilshod Aminov"),
        // "The others arrested include ...": taken in the arrest just told.
        ("Densus 88", "capture", "Dedi Kurniawan"),
        ("Densus 88", "capture", "Muhammad Rizki"),
        // The reported clause's own subject, not the investigators.
        ("Nawaf Jassem", "support", "Islamic State"),
        // The one named after his trade.
        ("Islamic State Mozambique Province", "capture", "Anselmo Mabunda"),
        // The body whose premises they are.
        ("Carabinieri", "interrogation", "Giuseppe Carbone"),
        ("Rwanda Defence Force", "interrogation", "Ussene Faquir"),
        // "the Uzbek service": the one the article names.
        ("FSB", "cooperation", "SGB"),
        // Past "According to X,": the clause's own subject.
        ("Jasur Toshmatov", "membership", "Katibat Imam al-Bukhari"),
        // A name set off by "described by X as": a person, and his role's group.
        ("Abdifatah Hussein Warfaa", "membership", "al-Shabaab"),
        // "X said it ...": the body that spoke.
        ("Malawi Defence Force", "capture", "Peter Banda"),
        ("National Police Service (Kenya)", "capture", "Hassan Omar Ali"),
        // A town's name closing a personal name is his last name.
        ("NISA", "capture", "Omar Farah Aden"),
        // Past an aside naming a partner: the body that opened the sentence.
        ("National Police of Colombia", "capture", "Jose Perez"),
        ("National Police of Ecuador", "capture", "Luis Mena"),
        // Past "which the military describes as": the group described.
        ("Dawlah Islamiyah", "membership", "Islamic State"),
        // The one who took the post.
        ("Khalid Batarfi", "membership", "al-Qaeda in the Arabian Peninsula"),
        ("NIA", "surveillance", "Harpreet Singh"),
        ("ISI", "surveillance", "Omar Khan"),
        // Taking a body's base is an attack on it; a country's jets are its military.
        ("Arakan Army", "attack", "Myanmar military"),
        ("Israel Defense Forces", "attack", "Hezbollah"),
        // A body defined by its hyphenated acronym; the wing, not its parent, arrested him.
        ("CIK", "capture", "Ali Mohammad Bhat"),
        ("CIK", "membership", "Jammu and Kashmir Police"),
        // Questioned at a body's premises, past the possessive.
        ("GKNB", "interrogation", "Bakyt Usenov"),
        // A surname two people share in different places of their names: the one
        // introduced before, never a merge.
        ("DIJIN", "capture", "Yeison Castaño Mina"),
        ("Hernán Castaño", "support", "Yeison Castaño Mina"),
        // Past an apposition that opens on another body's possession.
        ("JNIM", "attack", "Benin Armed Forces"),
        // Each item of a list set off by semicolons, in the arrest just told.
        ("KNB", "capture", "Nurlan Abdikadyrov"),
        ("KNB", "capture", "Dauren Abdikadyrov"),
        ("KNB", "capture", "Ruslan Tokhtarov"),
        // "the men": the ones just listed.
        ("GKNB", "capture", "Firdavs Saidov"),
        ("GKNB", "capture", "Ilhom Mirzoev"),
        // A unit named after its owner's possessive.
        ("Western Mindanao Command", "membership", "Armed Forces of the Philippines"),
        ("JNIM", "attack", "Malian Armed Forces"),
        ("Shamil Magomedov", "attack", "FSB"),
        // "They were tracked": the two listed in the sentence before.
        ("NIA", "surveillance", "Aljimar Hassan"),
        ("NIA", "surveillance", "Nurhan Sappari"),
        // Everyone in the list, past a plural title.
        ("Eastern War Front", "capture", "Wilmer Ospina"),
        ("Eastern War Front", "capture", "Kevin Ortiz"),
        ("Eastern War Front", "membership", "ELN"),
        // A role for the owner's unit goes to the unit.
        ("Ramon Dizon", "membership", "Western Mindanao Command"),
        // "a gendarmerie spokesman said": the article's gendarmerie reports its own deeds.
        ("National Gendarmerie (Senegal)", "interrogation", "Mamadou Sidibé"),
        ("National Gendarmerie (Senegal)", "release", "Mamadou Sidibé"),
        // "the attack by G on X": G's deed.
        ("al-Shabaab", "attack", "AMISOM"),
        // The one questioned confessed, not the questioners.
        ("Qais Hamid", "support", "Islamic State"),
        // A ministry reporting an interrogation it does not attribute.
        ("Ministry of Interior (Pakistan)", "interrogation", "Baz Khan"),
        ("Omar Farouk", "support", "al-Shabaab"),
        // "he" after the one person the sentence opened on, though another was named just before.
        ("DSS", "interrogation", "Dauda Musa"),
        ("al-Shabaab", "attack", "Kenya Defence Forces"),
        ("Gulf Cartel", "attack", "Northeast Cartel"),
        // "they" after the body that spoke.
        ("Nigerian Army", "attack", "ISWAP"),
        // Intelligence passed one way is support, even between two agencies.
        ("CENTCOM", "support", "Royal Navy"),
        // "the men": everyone in the list just before, one per semicolon item.
        ("Rapid Action Battalion", "capture", "Rafiqul Sarder"),
        ("Rapid Action Battalion", "capture", "Nasir Uddin Mollah"),
        ("Rapid Action Battalion", "capture", "Tanvir Hasan Chowdhury"),
        // Information passed on something to someone goes to that someone.
        ("VSD", "support", "ABW"),
        ("GRU", "support", "Oleh Marchuk"),
        // A rank "of Police": the article's police, unless the sentence names his.
        ("Azmi Harun", "membership", "Royal Malaysia Police"),
        ("Ravi Kumar", "membership", "Singapore Police Force"),
        // Arrested "with him": by whoever arrested him, three sentences back.
        ("DGSI", "capture", "Nadia Benali"),
        // "Those detained in X were A; B, 34; and C".
        ("DTX", "capture", "Rashad Guliyev"),
        ("DTX", "capture", "Kamran Ismayilov"),
        ("CTS", "capture", "Qais al-Dulaimi"),
        // "Police had been tracking": the article's police.
        ("Istanbul police", "surveillance", "Serkan Yalcin"),
        // "Detectives": the body whose detectives the article named.
        ("ATPU", "surveillance", "Abdalla Kahindi"),
        // Past a translation in brackets, whose country did nothing.
        ("Hasm", "attack", "Ministry of Interior (Egypt)"),
        // Whoever was in a group's camps is its member.
        ("Yusuf Kaya", "membership", "al-Shabaab"),
        ("11th Infantry Division", "handover", "CIDG"),
        // Escaped from a place: from the body that runs it; "one of the inmates who fled" fled.
        ("Hassan Kombo Nyale", "escape", "Kenya Prisons Service"),
        ("Ibrahim Salat Dube", "escape", "Kenya Prisons Service"),
        ("Kamaruddin Salik", "escape", "BJMP"),
        // A region's security forces, written in lower case, are a body of their own.
        ("Jubaland security forces", "capture", "Abdifatah Hussein Warfaa"),
        // "has since" right after the subject: an adverb, no new clause.
        ("Russia", "support", "Mali"),
        // One body backing another supports it: no mere cooperation.
        ("6th Infantry Division", "support", "CIDG"),
        // A short given name and an initial, opening the sentence.
        ("AIVD", "capture", "Li W"),
        // A name set off after "His successor,": a person.
        ("Hamid Lakas", "membership", "Maute Group"),
        // "the party's general secretary": past the modifier, the party named before.
        ("Ramesh Kodi", "membership", "Communist Party of India (Maoist)"),
        // "Its current leader is X".
        ("Saad bin Atef al-Awlaki", "membership", "AQAP"),
        // A name set off after "A spokesman for the group,".
        ("Haider al-Musawi", "membership", "Kataib Hezbollah"),
        // The one accused of a deed is a person.
        ("Wilmer Sulbaran", "membership", "Los Gallegos"),
        // "Among the dead was X": a victim of the strike just told.
        ("Israel Defense Forces", "attack", "Hussein Saleh al-Wazir"),
        // A country's gendarmerie by its adjective; "support from X" is X's.
        ("European Union", "support", "National Gendarmerie (Senegal)"),
        ("National Gendarmerie (Mali)", "capture", "Ali Traore"),
        // Detained "with Issa": by whoever took Issa, four sentences back.
        ("Benin Armed Forces", "capture", "Seraphin Agossou"),
        ("Benin Armed Forces", "capture", "Omar Dicko"),
        // "Among the escapees is X": escaped from the body just raided.
        ("Abdiweli Hassan Farah", "escape", "Jubaland Custodial Corps"),
        ("CIDG", "interrogation", "Kamaruddin Salik"),
        // "The two men", six sentences after the two were named.
        ("ATPU", "interrogation", "Rashid Omar Mwinyi"),
        // "The others arrested include X", five sentences after the arrest.
        ("Densus 88", "capture", "Agus Salim"),
        // Everyone watched, not the first alone.
        ("SGB", "surveillance", "Akmal Nazarov"),
        ("SGB", "surveillance", "Ulugbek Nazarov"),
        // An attack "claimed by X" is X's, not the sentence subject's.
        ("Islamic State", "attack", "Ministry of Internal Affairs (Russia)"),
        ("Densus 88", "surveillance", "Ahmad Fauzi"),
        // "Both prisoners": the two just listed.
        ("GDI", "interrogation", "Bekzod Yusupov"),
        // A bare surname stays with the man it stood for before a namesake
        // was introduced.
        ("Croatian Police", "capture", "Dario Kovac"),
        // "It also questioned X's cousin, Y, and released him": Y.
        ("VSSE", "interrogation", "Bahrom Karimov"),
        ("VSSE", "release", "Bahrom Karimov"),
        // The friend, not the man whose friend he is.
        ("National Police of Peru", "capture", "Ramon Mejia"),
        // "The four men detained by the police were named as A, B, C and D".
        ("Kyrgyzstan police", "capture", "Nurbek Alymov"),
        // "All were questioned": everyone the police took.
        ("Kyrgyzstan police", "interrogation", "Bakyt Osmonov"),
        ("Kyrgyzstan police", "interrogation", "Nurbek Alymov"),
        // "The two other detainees": taken by whoever took the first.
        ("Security Belt Forces", "capture", "Omar Balfaqih"),
        // "The three men were handed over to the CTU, where they are being
        // questioned": the three, handed over and questioned by the CTU.
        ("Salem Bawazir", "handover", "Counter-Terrorism Unit"),
        ("Omar Balfaqih", "handover", "Counter-Terrorism Unit"),
        ("Counter-Terrorism Unit", "interrogation", "Faisal Bamatraf"),
        // "a relative of Dualeh, NAME": a person, the one detained.
        ("Somaliland Police", "capture", "Abdirahman Yusuf Farah"),
        // "placed under arrest", "quizzed by detectives".
        ("Metropolitan Police", "capture", "Callum Reid"),
        ("Metropolitan Police", "interrogation", "Callum Reid"),
        // A nationality in the plural is no part of the name.
        ("Dominican Navy", "capture", "Pedro Luis Rangel"),
        // Both bodies of a joint arrest took those it names later.
        ("DNCD", "capture", "Oscar Daniel Rangel"),
        // Freed with no one named: by whoever held them.
        ("Turkish police", "release", "Burak Demir"),
        ("FSB", "release", "Farrukh Nazarov"),
        // Money sent to a group supports it.
        ("Yusuf Abdi Farah", "support", "al-Shabaab"),
        // "Sheikh" after two names is a family name, not a title.
        ("NIA", "capture", "Showkat Hussain Sheikh"),
        // A country's authorities are the state.
        ("Iran", "capture", "Gul Khan Baloch"),
        // The object of a relative clause; "for years" is a duration, not a side.
        ("HTS", "attack", "Islamic State"),
        // A joint offensive against a group: each body attacked it.
        ("Puntland Defence Forces", "attack", "IS-Somalia"),
        ("PSF", "attack", "IS-Somalia"),
        // Fighting alongside an ally: the ally fought too.
        ("Africa Corps", "attack", "JNIM"),
        // The body acting through an unnamed unit; "Both" is no part of a name.
        ("KNB", "capture", "Ulan Bekmurzaev"),
        // Each person of a list with ages and home towns.
        ("Hassan Abdi Omar", "escape", "Kenya Prisons Service"),
        ("Salim Juma Mwinyi", "escape", "Kenya Prisons Service"),
        // "all three inmates": the three just named.
        ("Dennis Wekesa", "support", "Yusuf Kassim Ahmed"),
        // "His" is not the one who only ever speaks.
        ("NISA", "surveillance", "Abdiaziz Hersi Nur"),
        // The known body a generic possessor names acted, not the possessor.
        ("DIJIN", "capture", "Arley Mosquera Palacios"),
        ("CIDG", "capture", "Jumadil Asali"),
        // "the fighter": the one person the article is about.
        ("Zaw Min Htet", "handover", "Karen Border Guard Force"),
        // "X, the group's affiliate": the group named before X.
        ("Islamic State Sahel Province", "membership", "Islamic State"),
        // "X-backed Y": X supports Y, inside one word too.
        ("United States", "support", "Syrian Democratic Forces"),
        ("Iran", "support", "Houthis"),
        // Who runs a group's business belongs to it.
        ("Marcelo Ferraz", "membership", "Primeiro Comando da Capital"),
        ("Arley Mosquera", "membership", "Clan del Golfo"),
        // A base manned by troops: an attack on them.
        ("al-Shabaab", "attack", "Kenyan troops"),
        ("National Crime Agency", "support", "DIJIN"),
        ("Nurbek Asanov", "membership", "Islamic State Khorasan Province"),
        // The doer of a relative clause is not the doer of the main verb.
        ("Peruvian National Police", "handover", "Ecuador"),
        // Escapees named after an escape from the prison service telling it.
        ("Joseph Kariuki", "escape", "Kenya Prisons Service"),
        ("Ali Hassan Mwinyi", "escape", "Kenya Prisons Service"),
        // Supporting the operation another body made ("by deploying" is a
        // means, not a doer: the verb is active).
        ("Europol", "support", "Bulgarian police"),
        // A nationality before a name leaves the name its context.
        ("Dominican Navy", "capture", "Felix Mota Reyes"),
        // "X, the National Police's anti-drug directorate": a part of it.
        ("DIRANDRO", "membership", "National Police of Peru"),
        // "Brigada Nistru" is a group's name; "the group" it.
        ("Ion Rusu", "membership", "Brigada Nistru"),
        ("Gheorghe Moraru", "membership", "Brigada Nistru"),
        // "It pledged allegiance": the group the sentence before opened on.
        ("ADF", "membership", "Islamic State"),
        // "... and is formally a branch of": the sentence's subject.
        ("ISWAP", "membership", "Islamic State"),
        // Allegiance to a group's leader.
        ("Muhammad Rizki", "membership", "JAD"),
        // "A and B, who are not related, were arrested with him": the negation
        // is another clause's; "him" is the man taken before.
        ("SENAD", "capture", "Hugo Britez"),
        ("SENAD", "capture", "Derlis Ramon Britez"),
        // Listed between dashes; taken by the body before the aside.
        ("Interior Ministry", "capture", "Dilshod Nazarov"),
        // "his arrest by X".
        ("Dubai Police", "capture", "Othman Benali"),
        ("DIRCOTE", "capture", "Teodoro Quispe Cardenas"),
        // "X officers, who took him into custody": X.
        ("Densus 88", "capture", "Arif Hidayat"),
        // "him": not the one who says it; the one whose messages were read.
        ("Densus 88", "capture", "Rudi Santoso"),
        // "the 29-year-old", "the Syrian national", "the teenager": the person
        // the story is about.
        ("BKA", "capture", "Karim Haddad"),
        ("Austrian police", "capture", "Omar Sayed"),
        // "... and Enforcement Authority": one body's name.
        ("DCEA", "surveillance", "Juma Mfinanga"),
        // Intercepting someone's calls is watching him.
        ("PST", "surveillance", "Abdi Dualeh"),
        // "ministry spokeswoman X": the article's ministry.
        ("Ana Lucia Barrios", "membership", "Ministry of the Interior (Guatemala)"),
        // A man who fought with a group fought in its ranks.
        ("Sidi Ould Cheikh", "membership", "JNIM"),
        // "The DNCD's president, Vice Admiral X": a two-word rank, a role.
        ("Ramon Santana Lora", "membership", "DNCD"),
        // "have begun interrogating him", "its investigators began questioning".
        ("SERNIC", "interrogation", "Abdala Selemane"),
        ("GKNB", "interrogation", "Shamsiddin Rahmonov"),
        // "was flown to Lima and interrogated at DIRCOTE headquarters": passive.
        ("DIRCOTE", "interrogation", "Teodoro Quispe Cardenas"),
        // Intelligence given one way is support, even between two agencies.
        ("DEA", "support", "SENAD"),
        // "by the gendarmerie's Research Section": the article's gendarmerie.
        ("National Gendarmerie (Senegal)", "capture", "Abdoulaye Ba"),
        // "Also apprehended were A; his brother B": taken in the same arrest.
        ("Bulgarian police", "capture", "Hristo Petkov"),
        // "X, who was detained at his home": by whoever made the arrests just told.
        ("Bulgarian police", "capture", "Dimitar Kolev"),
        // A numbered list after "The individuals arrested are:".
        ("CTD", "capture", "Ibrahim Naseem"),
        ("CTD", "capture", "Mohamed Rishwan Ali"),
    ];
    for (a, k, b) in expected {
        assert!(has(a, k, b), "{a} -{k}-> {b}");
    }
    // The name "a man who used" is his, not that of the app he was recruited on.
    let telegram = snap.entities.iter().find(|e| e.name == "Telegram").expect("Telegram");
    assert!(!telegram.aliases.iter().any(|a| a == "Sasha"), "{:?}", telegram.aliases);
    assert!(!has("VSD", "support", "Telegram"));
    assert!(!has("Ravi Kumar", "membership", "Royal Malaysia Police"));
    // A raid on a man's shop is no attack on him.
    assert!(!has("CTS", "attack", "Qais al-Dulaimi"));
    assert!(!has("NIS", "surveillance", "Abdalla Kahindi"));
    let ministry = id_of(&snap, "Ministry of Internal Affairs (Russia)");
    let attackers: Vec<&str> = snap
        .relations
        .iter()
        .filter(|r| r.kind.to_string() == "attack" && r.target == ministry)
        .map(|r| r.source.as_str())
        .collect();
    assert_eq!(attackers, [id_of(&snap, "Islamic State").as_str()]);
    // A body's name goes on through "of" past its first connector.
    assert!(snap.entities.iter().any(|e| e.name == "Directorate for the Enforcement of Sentences"));
    assert!(!has("Croatian Police", "capture", "Luka Kovac"));
    assert!(!has("National Police of Peru", "capture", "Pablo Ochoa"));
    assert!(!has("Security Belt Forces", "interrogation", "Salem Bawazir"));
    assert!(!has("Boko Haram", "membership", "Islamic State"));
    assert!(!has("SGB", "capture", "Jasur Tursunov"));
    // The backer's phrase ends at the main verb.
    assert!(!has("Teodoro Quispe Cardenas", "support", "DIRCOTE"));
    assert!(!has("Densus 88", "capture", "Bayu Nugroho"));
    assert!(!has("PST", "capture", "Abdi Dualeh"));
    assert!(!has("DGSE", "surveillance", "DGSI"));
    assert!(!has("Sidi Ould Cheikh", "attack", "JNIM"));
    assert!(!has("Teodoro Quispe Cardenas", "interrogation", "DIRCOTE"));
    // Money transfers hand no one over.
    assert!(!snap.relations.iter().any(|r| r.kind.to_string() == "handover" && r.target == id_of(&snap, "ADF")));
    // "X is not related to Y, a ministry spokesman said": Y speaks for no one.
    assert!(!has("Rolando Cifuentes", "membership", "Ministry of the Interior (Guatemala)"));
    // A quoted "him" is never the one who speaks the quote.
    assert!(!has("Metropolitan Police", "interrogation", "Martin Doyle"));
    assert!(!snap.entities.iter().any(|e| e.name.starts_with("Venezuelans")));
    // A warrant is no arrest; a suspicion is no membership.
    assert!(!has("Lithuania", "capture", "Igor Sokol"));
    assert!(!has("Igor Sokol", "membership", "Islamic State"));
    // An airport is a place: never a node, never the giver of a handover.
    assert!(!snap.entities.iter().any(|e| e.name == "Tirana International Airport"));
    assert!(!has("Egypt", "attack", "Ministry of Interior (Egypt)"));
    assert!(!has("Ramesh Kodi", "membership", "PLGA"));
    // Denied, five words before the role.
    assert!(
        !snap.relations.iter().any(|r| r.source == id_of(&snap, "Hiwa Rahimi") && r.kind.to_string() == "membership")
    );
    assert!(!snap.relations.iter().any(|r| r.kind.to_string() == "handover" && r.target == id_of(&snap, "Russia")));
    // "Sawa'ed" and the lexicon's "Sawaed": one name, one node.
    assert!(!snap.entities.iter().any(|e| e.name == "Harakat Sawa'ed Misr"));
    let either_way = [
        // "The investigation/operation was carried out jointly/in coordination
        // with X": with the body that made the arrest just told.
        ("ABW", "cooperation", "VSD"),
        ("Lebanese Armed Forces", "cooperation", "ISF"),
        // "The operation" several sentences on: the last arrest's.
        ("Benin Armed Forces", "cooperation", "DGSE"),
        // "the two police forces": the last two forces named.
        ("FELCN", "cooperation", "Federal Police of Brazil"),
        // Arrested "at X's request": with X.
        ("KNB", "cooperation", "State Committee for National Security (Kyrgyzstan)"),
        ("ISSP", "attack", "JNIM"),
        ("Rwanda Defence Force", "cooperation", "Uganda People's Defence Force"),
        ("DSS", "cooperation", "Nigerian Army"),
        ("General Intelligence Directorate", "cooperation", "Iraqi National Intelligence Service"),
        ("National Police of Colombia", "cooperation", "DEA"),
        // Coordinated past "the rival".
        ("ARSA", "attack", "RSO"),
        // The body that made the arrest, not the man arrested.
        ("National Civil Police", "cooperation", "Guatemalan Army"),
        // "in cooperation with the ABW" after the ABW handed a man to the BKA:
        // the BKA's, which made the article's other arrest.
        ("BKA", "cooperation", "ABW"),
        // Taking part in the raid another body made.
        ("National Security Service (Armenia)", "cooperation", "Armenian police"),
        // Appreciation for the cooperation: with the one thanked.
        ("Maldives Police Service", "cooperation", "Sri Lanka Police"),
        ("Africa Corps", "cooperation", "Malian troops"),
    ];
    for (a, k, b) in either_way {
        assert!(has(a, k, b) || has(b, k, a), "{a} -{k}- {b}");
    }
    // Fighting "for years" makes no one a member; the group fought against is no partner.
    assert!(!has("HTS", "membership", "Syria"));
    assert!(!snap.relations.iter().any(|r| {
        r.kind.to_string() == "cooperation" && [&r.source, &r.target].contains(&&id_of(&snap, "IS-Somalia"))
    }));
    assert!(!has("National Police of Ecuador", "handover", "Ecuador"));
    // Managing a group's finances is no support; an open question is no fact.
    assert!(!has("Arley Mosquera", "support", "Clan del Golfo"));
    assert!(!snap.relations.iter().any(|r| r.source == id_of(&snap, "Omar Ali")));
    // The source of a report is in no relation it reports.
    assert!(!has("Russia", "support", "United Nations"));
    assert!(!has("National Unity Government of Myanmar", "handover", "Karen Border Guard Force"));
    // The raid's doer is not what the one arrested in it attacked.
    assert!(!has("Jumadil Asali", "attack", "CIDG"));
    // Two sources of one piece of intelligence gave it to no one of them.
    assert!(!has("DEA", "support", "National Crime Agency") && !has("National Crime Agency", "support", "DEA"));
    // Money not sent supports no one.
    assert!(!has("Hassan Omar Ali", "support", "al-Shabaab"));
    // The body that made an arrest is not the one accused.
    assert!(!has("State Security Service of Georgia", "support", "Islamic State"));
    // A quoted "he" is not the one quoted; the aside's last name tracked no one.
    assert!(!has("Shaukat Bangash", "attack", "Pakistan Army"));
    assert!(!has("Islamic State", "surveillance", "Salim al-Jubouri"));
    // "Rwandan officers" are not the agency last named.
    assert!(!has("Carabinieri", "interrogation", "Ussene Faquir"));
    assert!(!has("SGB", "membership", "Katibat Imam al-Bukhari"));
    assert!(!has("DEA", "capture", "Jose Perez"));
    assert!(!has("DEA", "capture", "Luis Mena"));
    // "The army" is the article's army, never the intelligence service named last.
    assert!(!has("ISI", "capture", "Faiz Hameed"));
    assert!(!has("DIJIN", "capture", "Hernán Castaño"));
    assert!(!has("al-Qaeda", "attack", "Benin Armed Forces"));
    // The officers he fired on are not his colleagues.
    assert!(!has("Shamil Magomedov", "membership", "FSB"));
    // The army backed the vigilantes, not the men they caught.
    assert!(!has("Nigerian Army", "support", "Ali Musa Bello"));
    assert!(!has("Nigerian Army", "capture", "Ali Musa Bello"));
    // The possessor cooperated, not the one who praised it.
    assert!(has("Kenya", "cooperation", "Somalia") || has("Somalia", "cooperation", "Kenya"));
    assert!(!has("European Union", "cooperation", "Somalia"));
    // Whoever condemned an attack made none.
    assert!(!has("UN Security Council", "attack", "al-Shabaab"));
    // Neither the investigators nor the questioners moved the money.
    assert!(!has("INIS", "support", "Islamic State"));
    assert!(!snap.relations.iter().any(|r| {
        r.target == id_of(&snap, "Islamic State")
            && r.kind.to_string() == "support"
            && snap.entities.iter().any(|e| e.id == r.source && e.kind.to_string() == "agency")
    }));
    // A unit acts itself and belongs to the body it is named after; the
    // lexicon's unit of that country when it has one.
    assert!(has("Special Branch (Malaysia)", "capture", "Hafiz Rahman"));
    assert!(has("Special Branch (Malaysia)", "capture", "Rami Saad"));
    assert!(has("Special Branch (Malaysia)", "membership", "Royal Malaysia Police"));
    assert!(!has("Royal Malaysia Police", "capture", "Hafiz Rahman"));
    assert!(!has("Royal Malaysia Police", "capture", "Rami Saad"));
    assert!(has("Information Branch", "interrogation", "Karim Haddad"));
    assert!(has("Information Branch", "membership", "Internal Security Forces"));
    assert!(has("STF", "interrogation", "Bikash Bora"));
    assert!(!has("Assam Police", "interrogation", "Bikash Bora"));
    // A name after ", and" with a verb of its own starts a new clause.
    assert!(has("Cameroonian gendarmerie", "capture", "Musa Ibrahim"));
    assert!(!has("Chadian troops", "attack", "Cameroonian gendarmerie"));
    assert!(!has("Abu Zaid", "capture", "Musa Ibrahim"));
    // A unit after a state body's possessive is a state body, whatever its head noun.
    assert!(has("Anti-Kidnapping Group", "interrogation", "Abu Khalil Idjirani"));
    assert!(has("Anti-Kidnapping Group", "membership", "Philippine National Police"));
    assert_eq!(snap.entities.iter().find(|e| e.name == "Anti-Kidnapping Group").unwrap().kind.to_string(), "agency");
    // A title naming its ministry, then the name.
    assert!(snap.entities.iter().any(|e| e.name == "Dragan Kovacevic"));
    // The people listed after a plural role; one name after "officers" is no member.
    assert!(has("Omar Abdi", "membership", "al-Shabaab") && has("Hassan Juma", "membership", "al-Shabaab"));
    assert!(!has("Kareem Nasser", "membership", "Shin Bet"));
    // The source of a tip supports the body that acted on it (one way); a
    // rule for later states nothing.
    assert!(has("Dutch National Police", "support", "Guardia Civil"));
    assert!(!has("Carabinieri", "support", "Guardia Civil") && !has("Carabinieri", "cooperation", "Guardia Civil"));
    // "in support of": the doer of the deed supports, not the side it hit; an
    // accusation is no fact.
    assert!(has("US Africa Command", "support", "Somali National Army"));
    assert!(!has("al-Shabaab", "support", "Somali National Army"));
    assert!(!has("RSF", "support", "SAF") && !has("Egypt", "support", "SAF"));
    // The people an apposition describes supplied the group's fighters.
    assert!(has("Musa Kolo", "support", "ISWAP") && has("Ali Gana", "support", "ISWAP"));
    // "The operation was conducted under the supervision of X and in
    // coordination with Y": the operation's body worked with Y, not X.
    assert!(
        has("Hellenic Police", "cooperation", "Bundeskriminalamt")
            || has("Bundeskriminalamt", "cooperation", "Hellenic Police")
    );
    assert!(!snap.relations.iter().any(|r| r.kind.to_string() == "cooperation"
        && [&r.source, &r.target].contains(&&id_of(&snap, "Piraeus Prosecutor's Office"))
        && [&r.source, &r.target].contains(&&id_of(&snap, "Bundeskriminalamt"))));
    // A hyphenated rank is a title, not part of the name.
    assert!(has("Tomas Kralik", "membership", "Europol"));
    assert!(!snap.entities.iter().any(|e| e.name.starts_with("Sub-inspector")));
    // "a researcher at X" works for X (a prison is only a workplace).
    assert!(has("Nadia Farouk", "membership", "International Crisis Group"));
    // One body sharing what it holds with another supports it; sharing both
    // ways is cooperation.
    assert!(has("FSB", "support", "GKNB") && !has("FSB", "cooperation", "GKNB"));
    assert!(has("Kenya", "cooperation", "Somalia") || has("Somalia", "cooperation", "Kenya"));
    // A list right after an arrest: those it took.
    assert!(has("Garda Siochana", "capture", "Sean Rooney") && has("Garda Siochana", "capture", "Ciaran Kehoe"));
    for p in ["Omar Haji Bakari", "Rashid Juma Salim", "Amina Said Ali"] {
        assert!(has("ATPU", "capture", p), "{p}");
    }
    // The person a description names is the one tracked, not the group in it.
    assert!(has("Kenyan police", "surveillance", "Yusuf Abdi Warsame"));
    assert!(!has("Kenyan police", "surveillance", "al-Shabaab"));
    // A name whose fighters are spoken of is a group's.
    assert_eq!(
        snap.entities.iter().find(|e| e.name == "Katibat Salah").map(|e| e.kind.to_string()),
        Some("group".into())
    );
    // "The captured men ... which is questioning them": the men listed before.
    for p in ["Karim Saleh", "Omar Haddad", "Yasser Qasem"] {
        assert!(has("General Intelligence Directorate", "interrogation", p), "{p}");
    }
    // A first name and the first of two family names is the full name's
    // person, not the brother's; "His real name is" names the same man.
    assert_eq!(id_of(&snap, "Wilmer Cedeno"), id_of(&snap, "Wilmer Andres Cedeno Vera"));
    assert_ne!(id_of(&snap, "Wilmer Cedeno"), id_of(&snap, "Jairo Cedeno Vera"));
    assert_eq!(id_of(&snap, "Abu Hamza al-Kuwaiti"), id_of(&snap, "Faisal Ahmed Mutairi"));
    // "knew him as", "used the kunya": aliases of the person meant.
    assert_eq!(id_of(&snap, "Mzee Mapengo"), id_of(&snap, "Joseph Kasaija Mugisha"));
    assert_eq!(id_of(&snap, "Abu Bakr al-Uzbeki"), id_of(&snap, "Karim Oumarov"));
    // An honorific and one of the person's names.
    assert_eq!(id_of(&snap, "Ustaz Rustam"), id_of(&snap, "Rustam Toktogulov"));
    // "Nigerian troops" and "the military" in an article naming the Nigerian
    // Army are its soldiers: one node.
    assert_eq!(id_of(&snap, "Nigerian troops"), id_of(&snap, "Nigerian Army"));
    assert!(has("Musa Danladi", "membership", "Nigerian Army"));
    // "G, whose founder X": X belongs to G.
    assert!(has("Angel Mateo Ayala", "membership", "Los Lobos"));
    // Goods sold to a group's fighters support the group; buyers in a
    // country are not the country.
    assert!(has("Musa Bulama", "support", "ISWAP"));
    assert!(!snap.relations.iter().any(|r| r.kind.to_string() == "support" && r.target == id_of(&snap, "Chad")));
    // "X had been tracking A, and in March they arrested B": the same doers.
    assert!(has("ANSE", "capture", "Hamadoun Traore"));
    // "a war between A and a rival faction, B": B, past the description.
    assert!(has("Los Chapitos", "attack", "La Mayiza") || has("La Mayiza", "attack", "Los Chapitos"));
    // The speaker of a reported arrest is not the one arrested.
    assert!(
        !snap.relations.iter().any(|r| r.kind.to_string() == "capture" && r.target == id_of(&snap, "Colombian police"))
    );
    // "Among those freed was X": freed by whoever freed them.
    assert!(has("Nigerien troops", "release", "Issoufou Garba"));
    // The captor of hostages freed is not one freed.
    assert!(!snap.relations.iter().any(|r| r.kind.to_string() == "release" && r.target == id_of(&snap, "ISSP")));
    // "detained a commander of G ... The commander, X": X, named later, is the
    // one detained and G's member; the guards listed after are detained too.
    assert!(has("Musa Kabale", "membership", "Allied Democratic Forces"));
    assert!(has("Tanzania People's Defence Force", "capture", "Musa Kabale"));
    assert!(has("Tanzania People's Defence Force", "capture", "Issa Mrema"));
    // "The man, X" / "The detainee, X" after a role said with "a" or "one of the".
    assert!(has("Victor Quispe Huaman", "membership", "Shining Path"));
    assert!(has("Okello Ojara", "membership", "Lord's Resistance Army"));
    // A mixed-case acronym spelling the name before it; a role for a place,
    // then the name.
    assert_eq!(id_of(&snap, "NCoS"), id_of(&snap, "Nigerian Correctional Service"));
    assert!(has("Haruna Bello Kyari", "membership", "Nigerian Correctional Service"));
    // "The other detainees were named as A; B; and C": the same arrest's.
    for p in ["Hugo Caal", "Rosa Ixcoy", "Mateo Chen"] {
        assert!(has("Guatemalan police", "capture", p), "{p}");
    }
    // "A and his wife B were picked up": both.
    assert!(has("DSS", "capture", "Ibrahim Audu Waziri") && has("DSS", "capture", "Fatima Waziri"));
    // "Barrister X of the Y": a title, not a name; X is Y's.
    assert!(has("Chidi Okonkwo", "membership", "Federal Ministry of Justice"));
    assert!(!snap.entities.iter().any(|e| e.name.starts_with("Barrister")));
    // "gunmen shot dead a rival trafficker, X": X is attacked, and no member
    // of the gunmen's gang ("gunmen" is plural).
    assert!(has("Comando Vermelho", "attack", "Ronaldo Pires Lima"));
    assert!(!has("Ronaldo Pires Lima", "membership", "Comando Vermelho"));
    assert!(has("Foxtrot network", "attack", "Rumba network"));
    // "attacks on A and on B": both; "fighting X and with Y" is no attack on Y.
    assert!(has("ISGS", "attack", "Niger Armed Forces") && has("ISGS", "attack", "Wagner Group"));
    assert!(!snap.relations.iter().any(|r| r.kind.to_string() == "attack" && r.target == id_of(&snap, "Chad")));
    // A list after a colon, one person a line: the arrest's captives.
    for p in ["Hassan Zahir", "Ali Waheed", "Moosa Rasheed"] {
        assert!(has("Counter Terrorism Department", "capture", p), "{p}");
    }
    for p in ["Jamiri Asjali", "Nurhassan Idjal"] {
        assert!(has("Philippine National Police", "capture", p), "{p}");
    }
    assert!(has("Jamiri Asjali", "membership", "Abu Sayyaf Group"));
    // "A and his brother B ... Both were questioned", "The three recaptured
    // men were questioned": everyone listed.
    assert!(has("KGB", "interrogation", "Uladzimir Hrynko") && has("KGB", "interrogation", "Pavel Hrynko"));
    for p in ["Jubair Hamsi", "Omar Hamdan", "Hamid Yusuf"] {
        assert!(has("CIDG", "interrogation", p), "{p}");
    }
    // "the Islamic State's leader, Hofer said": the speaker holds no role.
    assert!(!has("Katrin Hofer", "membership", "Islamic State"));
    // ", and the European Union has paid": a clause of its own, no one fought.
    assert!(
        !snap.relations.iter().any(
            |r| r.kind.to_string() == "attack" && [&r.source, &r.target].contains(&&id_of(&snap, "European Union"))
        )
    );
    // "was questioned by X ... and then released": X released him.
    assert!(has("Izmir Police Department", "release", "Bakhtiyor Rahimov"));
    // ", working alongside X": the sentence's subject worked with X; ",
    // killing three guards" after "when ISWAP fighters stormed": ISWAP killed.
    assert!(has("UPDF", "cooperation", "FARDC") || has("FARDC", "cooperation", "UPDF"));
    assert!(has("ISWAP", "attack", "Nigerian Correctional Service"));
    assert!(!has("Adamu Bello", "attack", "Nigerian Correctional Service"));
    // Neo-JMB is a faction of its own, of the Islamic State; a role's
    // nickname is no alias of the role's body; "arrested the four": all four.
    assert!(has("Neo-JMB", "membership", "Islamic State"));
    assert_ne!(id_of(&snap, "Neo-JMB"), id_of(&snap, "JMB"));
    assert!(!snap.entities.iter().any(|e| e.aliases.iter().any(|a| a == "Bosco")));
    assert_eq!(id_of(&snap, "Kabiir"), id_of(&snap, "Ali Musa Dhere"));
    for p in ["Bijoy Chetia", "Ranjit Moran", "Hemanta Gogoi", "Ajit Bora"] {
        assert!(snap.relations.iter().any(|r| r.kind.to_string() == "capture" && r.target == id_of(&snap, p)), "{p}");
    }
    // "G, which is loyal to P": G is P's.
    assert!(has("ISGS", "membership", "Islamic State"));
    // "His associates A and B", "a relative of X, Y": ties between people.
    let tied = |a: &str, b: &str| {
        let (a, b) = (id_of(&snap, a), id_of(&snap, b));
        snap.relations.iter().any(|r| {
            r.kind.to_string() == "association" && (r.source == a && r.target == b || r.source == b && r.target == a)
        })
    };
    assert!(tied("Marko Petrovic", "Dejan Savic") && tied("Marko Petrovic", "Goran Ilic"));
    assert!(tied("Marko Petrovic", "Zoran Mitic"));
    // "was received by X ... placed in the custody of Y", "who passed him on
    // to Y": captives handed from one body to the next.
    assert!(has("Nigerian Army", "handover", "Department of State Services"));
    assert!(has("FARDC", "handover", "ANR") && !has("FARDC", "support", "ANR"));
    // "was handed to X and questioned by Y": Y questioned him and handed no one.
    assert!(has("NOA", "interrogation", "Karim Nasser"));
    assert!(!has("NOA", "handover", "Swedish police"));
    // "detained by the counter-terrorism branch of X": the captive is no member.
    assert!(!has("Bakhrom Aliev", "membership", "Ankara Police Department"));
    // "by a joint investigation team headed by X": X questions; the team's
    // officers from Y make Y no part of X.
    assert!(has("CTD", "interrogation", "Gul Muhammad Marri"));
    assert!(!has("Intelligence Bureau", "membership", "CTD"));
    // "Ranger Regiment 46": a unit's number closes its name; "and the police
    // Special Branch": past the generic word to the body.
    assert!(has("Ranger Regiment 46", "capture", "Ismail Yusoh") && has("Special Branch", "capture", "Ismail Yusoh"));
    assert!(
        has("Ranger Regiment 46", "cooperation", "Special Branch")
            || has("Special Branch", "cooperation", "Ranger Regiment 46")
    );
    // "A woman ..., the wife of X, was released": not X.
    assert!(!has("BKA", "release", "Timur Rakhimov"));
    // "with support from the United States": a country giving, not a place.
    assert!(has("United States", "support", "Albania"));
    // A court's branch is no body of its own.
    assert!(!snap.entities.iter().any(|e| e.name.contains("Court Branch")));
    // The unnamed cell is no one in the graph: nobody supplied Boko Haram.
    let boko = id_of(&snap, "Boko Haram");
    assert!(!snap.relations.iter().any(|r| r.target == boko && r.kind.to_string() == "support"));
}
