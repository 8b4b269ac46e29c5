use std::io::Read;
use std::path::Path;

use chrono::TimeZone;

use super::*;
use crate::{FileEntry, SigningKey, generate_key_pair};

/// A tar entry made by hand: path, type, link target, data, size.
type Crafted<'a> = (&'a str, tar::EntryType, &'a str, Box<dyn Read>, u64);

struct Fixture {
    dir: tempfile::TempDir,
    key: SigningKey,
    trusted: Vec<TrustedKey>,
}

const GUIDE: &[u8] = b"id = \"bankid-get\"\ntitle = \"Skaffa Mobilt BankID\"\n";
const LOCALE: &[u8] = b"home-title = Vad vill du g\xc3\xb6ra?\n";

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let files = generate_key_pair(&dir.path().join("keys")).unwrap();
    for (path, data) in [("guides/bankid-get/guide.toml", GUIDE), ("locales/sv/app.ftl", LOCALE)] {
        let path = dir.path().join("content").join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, data).unwrap();
    }
    Fixture {
        key: SigningKey::from_file(&files.secret).unwrap(),
        trusted: vec![TrustedKey::from_file(&files.public).unwrap()],
        dir,
    }
}

fn kiosk() -> semver::Version {
    semver::Version::new(0, 1, 0)
}

impl Fixture {
    fn pack(&self, version: u64) -> Vec<u8> {
        let out = self.dir.path().join(format!("pack-{version}.tar"));
        let created = chrono::Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap();
        crate::write(&self.dir.path().join("content"), version, kiosk(), created, &self.key, &out).unwrap();
        std::fs::read(out).unwrap()
    }

    fn expect(&self, min_version: u64) -> Expect<'_> {
        Expect { trusted: &self.trusted, min_version, kiosk_version: None }
    }

    /// A pack made by hand: a signed manifest listing `listed`, then the tar `entries`
    /// (path written raw into the header, entry type, link target, data).
    fn craft(&self, listed: &[FileEntry], entries: Vec<Crafted<'_>>) -> Vec<u8> {
        let manifest = Manifest {
            format: FORMAT,
            version: 7,
            created: chrono::Utc::now(),
            min_kiosk_version: kiosk(),
            files: listed.to_vec(),
        };
        let json = serde_json::to_vec(&manifest).unwrap();
        let signature = minisign::sign(None, &self.key.key, json.as_slice(), None, None).unwrap().into_string();
        let mut builder = tar::Builder::new(Vec::new());
        let mut append = |name: &str, kind: tar::EntryType, link: &str, data: Box<dyn Read>, size: u64| {
            let mut header = tar::Header::new_gnu();
            header.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
            header.as_old_mut().linkname[..link.len()].copy_from_slice(link.as_bytes());
            header.set_entry_type(kind);
            header.set_size(size);
            header.set_mode(0o644);
            header.set_cksum();
            builder.append(&header, data).unwrap();
        };
        append(
            MANIFEST_NAME,
            tar::EntryType::Regular,
            "",
            Box::new(std::io::Cursor::new(json.clone())),
            json.len() as u64,
        );
        let size = signature.len() as u64;
        append(SIGNATURE_NAME, tar::EntryType::Regular, "", Box::new(std::io::Cursor::new(signature)), size);
        for (name, kind, link, data, size) in entries {
            append(name, kind, link, data, size);
        }
        builder.into_inner().unwrap()
    }
}

fn listed(path: &str, data: &[u8]) -> FileEntry {
    FileEntry { path: path.to_string(), size: data.len() as u64, sha256: crate::sha256_hex(data) }
}

fn regular<'a>(path: &'a str, data: &'static [u8]) -> Crafted<'a> {
    (path, tar::EntryType::Regular, "", Box::new(data), data.len() as u64)
}

/// Replaces the one occurrence of `from` in `bytes` with `to` (same length).
fn patch(bytes: &mut [u8], from: &[u8], to: &[u8]) {
    assert_eq!(from.len(), to.len());
    let at = bytes.windows(from.len()).position(|window| window == from).expect("the bytes to patch");
    bytes[at..at + from.len()].copy_from_slice(to);
}

#[test]
fn a_written_pack_verifies_and_unpacks() {
    let fixture = fixture();
    let bytes = fixture.pack(3);
    let pack = verify(bytes.as_slice(), fixture.expect(3)).unwrap();
    assert_eq!(pack.manifest.version, 3);
    assert_eq!(pack.manifest.min_kiosk_version, kiosk());
    assert_eq!(pack.key_id, fixture.trusted[0].id());
    let files: Vec<(&str, &[u8])> = pack.files().collect();
    assert_eq!(files, [("guides/bankid-get/guide.toml", GUIDE), ("locales/sv/app.ftl", LOCALE)]);
    assert_eq!(pack.manifest.files[0], listed("guides/bankid-get/guide.toml", GUIDE));

    let dest = fixture.dir.path().join("unpacked/3");
    let manifest = unpack(bytes.as_slice(), fixture.expect(0), &dest).unwrap();
    assert_eq!(manifest, pack.manifest);
    assert_eq!(std::fs::read(dest.join("guides/bankid-get/guide.toml")).unwrap(), GUIDE);
    assert_eq!(std::fs::read(dest.join("locales/sv/app.ftl")).unwrap(), LOCALE);
    // Never over an existing folder.
    let again = unpack(bytes.as_slice(), fixture.expect(0), &dest);
    assert!(matches!(again, Err(PackError::DestinationExists { .. })), "{again:?}");
}

#[test]
fn the_manifest_signature_verifies_with_the_minisign_format() {
    let fixture = fixture();
    let bytes = fixture.pack(1);
    let mut archive = tar::Archive::new(bytes.as_slice());
    let mut entries = archive.entries().unwrap();
    let mut read = |name: &str| {
        let mut entry = entries.next().unwrap().unwrap();
        assert_eq!(entry.path_bytes().as_ref(), name.as_bytes());
        let mut text = Vec::new();
        entry.read_to_end(&mut text).unwrap();
        text
    };
    let manifest = read(MANIFEST_NAME);
    let signature = String::from_utf8(read(SIGNATURE_NAME)).unwrap();
    let public = std::fs::read_to_string(fixture.dir.path().join("keys/lotsen.pub")).unwrap();
    let key = minisign_verify::PublicKey::decode(&public).unwrap();
    key.verify(&manifest, &minisign_verify::Signature::decode(&signature).unwrap(), false).unwrap();
}

#[test]
fn a_tampered_file_is_refused() {
    let fixture = fixture();
    let mut bytes = fixture.pack(1);
    patch(&mut bytes, b"Skaffa", b"Skaffy");
    let refused = verify(bytes.as_slice(), fixture.expect(0));
    assert!(
        matches!(&refused, Err(PackError::HashMismatch { path, .. }) if path == "guides/bankid-get/guide.toml"),
        "{refused:?}"
    );
    let dest = fixture.dir.path().join("unpacked");
    assert!(unpack(bytes.as_slice(), fixture.expect(0), &dest).is_err());
    assert!(!dest.exists(), "nothing is written from a refused pack");
}

#[test]
fn a_tampered_manifest_is_refused() {
    let fixture = fixture();
    let mut bytes = fixture.pack(1);
    patch(&mut bytes, b"\"version\": 1", b"\"version\": 9");
    let refused = verify(bytes.as_slice(), fixture.expect(0));
    assert!(matches!(refused, Err(PackError::BadSignature { .. })), "{refused:?}");
}

#[test]
fn a_pack_signed_by_another_key_is_refused() {
    let fixture = fixture();
    let other = tempfile::tempdir().unwrap();
    let other_key = TrustedKey::from_file(&generate_key_pair(other.path()).unwrap().public).unwrap();
    let bytes = fixture.pack(1);
    let refused = verify(bytes.as_slice(), Expect { trusted: &[other_key], min_version: 0, kiosk_version: None });
    assert!(
        matches!(&refused, Err(PackError::UnknownKey { key_id }) if *key_id == fixture.trusted[0].id()),
        "{refused:?}"
    );
    // Trusting several keys, the right one is found.
    let both = [TrustedKey::from_file(&other.path().join("lotsen.pub")).unwrap(), fixture.trusted[0].clone()];
    verify(bytes.as_slice(), Expect { trusted: &both, min_version: 0, kiosk_version: None }).unwrap();
}

#[test]
fn a_lower_version_is_refused_and_the_same_accepted() {
    let fixture = fixture();
    let bytes = fixture.pack(4);
    let refused = verify(bytes.as_slice(), fixture.expect(5));
    assert!(matches!(refused, Err(PackError::LowerVersion { version: 4, minimum: 5 })), "{refused:?}");
    verify(bytes.as_slice(), fixture.expect(4)).unwrap();
}

#[test]
fn a_pack_for_a_newer_kiosk_is_refused() {
    let fixture = fixture();
    let bytes = fixture.pack(1);
    let old = semver::Version::new(0, 0, 9);
    let refused = verify(bytes.as_slice(), Expect { kiosk_version: Some(&old), ..fixture.expect(0) });
    assert!(matches!(refused, Err(PackError::KioskTooOld { .. })), "{refused:?}");
    verify(bytes.as_slice(), Expect { kiosk_version: Some(&kiosk()), ..fixture.expect(0) }).unwrap();
}

#[test]
fn paths_that_leave_the_pack_are_refused() {
    let fixture = fixture();
    let good = listed("guides/a.toml", b"a");
    for bad in ["../evil.toml", "/etc/evil.toml", "guides/../../evil.toml", "ui/evil.toml"] {
        let bytes =
            fixture.craft(std::slice::from_ref(&good), vec![regular("guides/a.toml", b"a"), regular(bad, b"x")]);
        let refused = verify(bytes.as_slice(), fixture.expect(0));
        assert!(matches!(&refused, Err(PackError::UnsafePath { path }) if path == bad), "{bad}: {refused:?}");
        // Listed in the signed manifest, it is refused before any file is read.
        let bytes = fixture.craft(&[listed(bad, b"x")], vec![regular(bad, b"x")]);
        let refused = verify(bytes.as_slice(), fixture.expect(0));
        assert!(matches!(&refused, Err(PackError::UnsafePath { path }) if path == bad), "{bad}: {refused:?}");
    }
}

#[test]
fn links_are_refused() {
    let fixture = fixture();
    for kind in [tar::EntryType::Symlink, tar::EntryType::Link] {
        let entry = ("guides/a.toml", kind, "/etc/passwd", Box::new(std::io::empty()) as Box<dyn Read>, 0);
        let bytes = fixture.craft(&[listed("guides/a.toml", b"")], vec![entry]);
        let refused = verify(bytes.as_slice(), fixture.expect(0));
        assert!(
            matches!(&refused, Err(PackError::Link { path, target }) if path == "guides/a.toml" && target == "/etc/passwd"),
            "{kind:?}: {refused:?}"
        );
    }
    let fifo = ("guides/a.toml", tar::EntryType::Fifo, "", Box::new(std::io::empty()) as Box<dyn Read>, 0);
    let refused = verify(fixture.craft(&[listed("guides/a.toml", b"")], vec![fifo]).as_slice(), fixture.expect(0));
    assert!(matches!(refused, Err(PackError::NotAFile { .. })), "{refused:?}");
}

#[test]
fn more_than_50_mb_unpacked_is_refused() {
    let fixture = fixture();
    let big = MAX_UNPACKED_BYTES + 1;
    // The signed manifest says so: refused before any file is read.
    let entry = FileEntry { path: "guides/big.bin".into(), size: big, sha256: "0".repeat(64) };
    let bytes = fixture.craft(&[entry], vec![regular("guides/a.toml", b"a")]);
    let refused = verify(bytes.as_slice(), fixture.expect(0));
    assert!(matches!(refused, Err(PackError::TooLarge { bytes, .. }) if bytes == big), "{refused:?}");
    // The manifest lies small, the archive holds more: refused at that entry's header.
    let entry =
        ("guides/big.bin", tar::EntryType::Regular, "", Box::new(std::io::repeat(0).take(big)) as Box<dyn Read>, big);
    let bytes = fixture.craft(&[listed("guides/big.bin", b"small")], vec![entry]);
    let refused = verify(bytes.as_slice(), fixture.expect(0));
    assert!(matches!(refused, Err(PackError::TooLarge { bytes, .. }) if bytes == big), "{refused:?}");
}

#[test]
fn a_truncated_pack_is_refused_wherever_it_is_cut() {
    let fixture = fixture();
    let bytes = fixture.pack(1);
    // tar ends with two zero blocks; everything before the first is needed.
    let end = bytes.len() - 1024;
    let cuts: Vec<usize> = (1..end).step_by(61).chain((512..=end).step_by(512)).collect();
    for cut in cuts {
        let refused = verify(&bytes[..cut], fixture.expect(0));
        assert!(matches!(refused, Err(PackError::Truncated { .. })), "cut at {cut} of {}: {refused:?}", bytes.len());
    }
}

#[test]
fn files_missing_unlisted_or_twice_are_refused() {
    let fixture = fixture();
    let a = listed("guides/a.toml", b"a");
    let b = listed("guides/b.toml", b"b");
    let missing = fixture.craft(&[a.clone(), b.clone()], vec![regular("guides/a.toml", b"a")]);
    let refused = verify(missing.as_slice(), fixture.expect(0));
    assert!(matches!(&refused, Err(PackError::Missing { path }) if path == "guides/b.toml"), "{refused:?}");
    let unlisted =
        fixture.craft(std::slice::from_ref(&a), vec![regular("guides/a.toml", b"a"), regular("guides/b.toml", b"b")]);
    let refused = verify(unlisted.as_slice(), fixture.expect(0));
    assert!(matches!(&refused, Err(PackError::Unlisted { path }) if path == "guides/b.toml"), "{refused:?}");
    let twice =
        fixture.craft(std::slice::from_ref(&a), vec![regular("guides/a.toml", b"a"), regular("guides/a.toml", b"a")]);
    let refused = verify(twice.as_slice(), fixture.expect(0));
    assert!(matches!(&refused, Err(PackError::Duplicate { path }) if path == "guides/a.toml"), "{refused:?}");
}

#[test]
fn something_else_is_not_a_pack() {
    let fixture = fixture();
    let mut builder = tar::Builder::new(Vec::new());
    let mut header = tar::Header::new_gnu();
    header.set_size(1);
    builder.append_data(&mut header, "guides/a.toml", b"a".as_slice()).unwrap();
    let refused = verify(builder.into_inner().unwrap().as_slice(), fixture.expect(0));
    assert!(matches!(refused, Err(PackError::NotAPack { .. })), "{refused:?}");
}

#[test]
fn keygen_never_overwrites_a_key() {
    let dir = tempfile::tempdir().unwrap();
    let first = generate_key_pair(dir.path()).unwrap();
    let secret = std::fs::read(&first.secret).unwrap();
    let again = generate_key_pair(dir.path());
    assert!(matches!(again, Err(crate::KeyError::Exists { .. })), "{again:?}");
    assert_eq!(std::fs::read(&first.secret).unwrap(), secret);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&first.secret).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let public = TrustedKey::from_file(Path::new(&first.public)).unwrap();
    assert_eq!(first.key_id, public.id());
    // The base64 line alone (as `minisign -P` takes it, and a kiosk's content_public_key) is the same key.
    assert_eq!(TrustedKey::parse(&public.to_base64()).unwrap().id(), first.key_id);
    assert!(TrustedKey::parse("RWQnot a key").is_err());
}

/// The standard `minisign` tool (Debian package `minisign`) verifies our manifest signature
/// with our public key, and signs with our secret key.
#[test]
fn interoperates_with_the_minisign_tool() {
    use std::process::Command;
    if Command::new("minisign").arg("-v").output().is_err() {
        assert_ne!(
            std::env::var("LOTSEN_REQUIRE_ALL_TESTS").as_deref(),
            Ok("1"),
            "the minisign tool is missing (apt-get install minisign), and LOTSEN_REQUIRE_ALL_TESTS=1"
        );
        eprintln!("skipped: the minisign tool is not installed");
        return;
    }
    let run = |args: &[&str]| {
        let output = Command::new("minisign").args(args).output().unwrap();
        assert!(output.status.success(), "minisign {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    };
    let fixture = fixture();
    let dir = fixture.dir.path();
    let bytes = fixture.pack(2);
    tar::Archive::new(bytes.as_slice()).unpack(dir.join("raw")).unwrap();
    let public = dir.join("keys/lotsen.pub");
    let manifest = dir.join("raw").join(MANIFEST_NAME);
    run(&["-V", "-q", "-p", public.to_str().unwrap(), "-m", manifest.to_str().unwrap()]);

    // Our secret key in the tool.
    let other = dir.join("other.txt");
    std::fs::write(&other, "signed by the tool").unwrap();
    run(&["-S", "-s", dir.join("keys/lotsen.key").to_str().unwrap(), "-m", other.to_str().unwrap()]);
    run(&["-V", "-q", "-p", public.to_str().unwrap(), "-m", other.to_str().unwrap()]);
}
