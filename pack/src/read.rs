//! Verifying and unpacking a pack.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use minisign::SignatureBox;

use crate::keys::KeyId;
use crate::{FORMAT, MANIFEST_NAME, MAX_MANIFEST_BYTES, MAX_UNPACKED_BYTES, Manifest, SIGNATURE_NAME, TrustedKey};

/// A signature file is a few hundred bytes.
const MAX_SIGNATURE_BYTES: u64 = 64 * 1024;

/// Why a pack was refused.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("reading the pack")]
    Read(#[source] std::io::Error),
    #[error("the pack is truncated: it ends inside {inside}")]
    Truncated { inside: String },
    #[error("not a Lotsen pack: {reason}")]
    NotAPack { reason: String },
    #[error("the pack's manifest is not valid")]
    BadManifest(#[source] serde_json::Error),
    #[error("the pack's manifest has format {found}; this program reads format {FORMAT}")]
    UnsupportedFormat { found: u32 },
    #[error("the pack's signature is not in minisign format")]
    SignatureFormat(#[source] minisign::PError),
    #[error("the pack is signed with key {key_id}, which is not a trusted key")]
    UnknownKey { key_id: KeyId },
    #[error("the pack's signature does not match its manifest (key {key_id})")]
    BadSignature {
        key_id: KeyId,
        #[source]
        source: minisign::PError,
    },
    #[error("pack version {version} is lower than {minimum}, the lowest accepted")]
    LowerVersion { version: u64, minimum: u64 },
    #[error("pack version {version} needs Lotsen {needs} or newer; this is {running}")]
    KioskTooOld { version: u64, needs: semver::Version, running: semver::Version },
    #[error("{path:?}: the path leaves the pack (only relative paths under guides/ and locales/ are allowed)")]
    UnsafePath { path: String },
    #[error("{path}: a link to {target:?}; a pack holds regular files only")]
    Link { path: String, target: String },
    #[error("{path}: a {kind} entry, not a regular file")]
    NotAFile { path: String, kind: String },
    #[error("the pack unpacks to at least {bytes} bytes, more than the {limit} allowed")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("{path}: its SHA-256 is {actual}, the signed manifest says {expected}")]
    HashMismatch { path: String, expected: String, actual: String },
    #[error("{path}: in the pack but not in the signed manifest")]
    Unlisted { path: String },
    #[error("{path}: in the signed manifest but not in the pack")]
    Missing { path: String },
    #[error("{path}: in the pack or its manifest more than once")]
    Duplicate { path: String },
    #[error("{path} already exists; a pack is unpacked into a new folder")]
    DestinationExists { path: PathBuf },
    #[error("writing {path}")]
    Write { path: PathBuf, source: std::io::Error },
}

/// What a pack must satisfy.
#[derive(Debug, Clone, Copy)]
pub struct Expect<'a> {
    /// Keys allowed to sign packs.
    pub trusted: &'a [TrustedKey],
    /// Lower pack versions are refused (a kiosk passes the version it runs: no rollback).
    pub min_version: u64,
    /// The running kiosk's version, checked against the manifest's minimum; `None` (the hub)
    /// skips that check.
    pub kiosk_version: Option<&'a semver::Version>,
}

/// A pack whose signature, version and every file have been checked, held in memory.
#[derive(Debug)]
pub struct VerifiedPack {
    pub manifest: Manifest,
    /// The trusted key that signed it.
    pub key_id: KeyId,
    files: Vec<(String, Vec<u8>)>,
}

impl VerifiedPack {
    /// Every file, in pack order, as (path, bytes).
    pub fn files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(path, data)| (path.as_str(), data.as_slice()))
    }
}

/// Reads and checks a whole pack; nothing is written anywhere.
pub fn verify(reader: impl Read, expect: Expect<'_>) -> Result<VerifiedPack, PackError> {
    let ended = Rc::new(Cell::new(false));
    let mut archive = tar::Archive::new(EndWatch { inner: reader, ended: ended.clone() });
    // Any read error once the input has ended is a truncation; `inside` names where.
    let fail = |inside: &str, error: std::io::Error| {
        if ended.get() { PackError::Truncated { inside: inside.to_string() } } else { PackError::Read(error) }
    };
    let mut entries = archive.entries().map_err(|error| fail("the first header", error))?;

    let manifest_json = read_named(entries.next(), MANIFEST_NAME, MAX_MANIFEST_BYTES, &fail)?;
    let signature_text = read_named(entries.next(), SIGNATURE_NAME, MAX_SIGNATURE_BYTES, &fail)?;
    let signature_text = String::from_utf8(signature_text)
        .map_err(|_| PackError::NotAPack { reason: format!("{SIGNATURE_NAME} is not text") })?;
    let signature = SignatureBox::from_string(&signature_text).map_err(PackError::SignatureFormat)?;
    let key_id = KeyId::of_signature(&signature);
    let key = expect.trusted.iter().find(|key| key.id() == key_id).ok_or(PackError::UnknownKey { key_id })?;
    minisign::verify(&key.key, &signature, std::io::Cursor::new(&manifest_json), true, false, false)
        .map_err(|source| PackError::BadSignature { key_id, source })?;

    let manifest: Manifest = serde_json::from_slice(&manifest_json).map_err(PackError::BadManifest)?;
    check_manifest(&manifest, expect)?;

    let listed: HashMap<&str, &str> =
        manifest.files.iter().map(|file| (file.path.as_str(), file.sha256.as_str())).collect();
    let mut seen = HashSet::new();
    let mut files = Vec::with_capacity(manifest.files.len());
    let mut total = 0u64;
    let mut last = SIGNATURE_NAME.to_string();
    for entry in entries {
        let mut entry = entry.map_err(|error| fail(&format!("the header after {last}"), error))?;
        let path = String::from_utf8(entry.path_bytes().into_owned())
            .map_err(|error| PackError::UnsafePath { path: String::from_utf8_lossy(error.as_bytes()).into_owned() })?;
        if !crate::is_content_path(&path) {
            return Err(PackError::UnsafePath { path });
        }
        match entry.header().entry_type() {
            tar::EntryType::Regular | tar::EntryType::Continuous => {}
            tar::EntryType::Symlink | tar::EntryType::Link => {
                let target =
                    entry.link_name_bytes().map(|t| String::from_utf8_lossy(&t).into_owned()).unwrap_or_default();
                return Err(PackError::Link { path, target });
            }
            other => return Err(PackError::NotAFile { path, kind: format!("{other:?}") }),
        }
        let Some(expected) = listed.get(path.as_str()) else {
            return Err(PackError::Unlisted { path });
        };
        if !seen.insert(path.clone()) {
            return Err(PackError::Duplicate { path });
        }
        let size = entry.size();
        total = total.saturating_add(size);
        if total > MAX_UNPACKED_BYTES {
            return Err(PackError::TooLarge { bytes: total, limit: MAX_UNPACKED_BYTES });
        }
        let mut data = Vec::with_capacity(size as usize);
        (&mut entry).take(size).read_to_end(&mut data).map_err(|error| fail(&path, error))?;
        if (data.len() as u64) < size {
            return Err(PackError::Truncated { inside: path });
        }
        let actual = crate::sha256_hex(&data);
        if actual != *expected {
            return Err(PackError::HashMismatch { path, expected: expected.to_string(), actual });
        }
        last = path.clone();
        files.push((path, data));
    }
    if ended.get() {
        return Err(PackError::Truncated { inside: format!("the header after {last}") });
    }
    if let Some(missing) = manifest.files.iter().find(|file| !seen.contains(&file.path)) {
        return Err(PackError::Missing { path: missing.path.clone() });
    }
    Ok(VerifiedPack { manifest, key_id, files })
}

/// Verifies a pack, then writes its files into the new folder `dest` (through a temporary
/// folder beside it, renamed when complete, so `dest` holds a whole pack or does not exist).
pub fn unpack(reader: impl Read, expect: Expect<'_>, dest: &Path) -> Result<Manifest, PackError> {
    if dest.exists() {
        return Err(PackError::DestinationExists { path: dest.to_path_buf() });
    }
    let pack = verify(reader, expect)?;
    let parent = dest.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let write_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| PackError::Write { path, source }
    };
    std::fs::create_dir_all(parent).map_err(write_error(parent))?;
    let temp = tempfile::Builder::new().prefix(".unpacking-").tempdir_in(parent).map_err(write_error(parent))?;
    for (path, data) in pack.files() {
        let target = temp.path().join(path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(write_error(dir))?;
        }
        std::fs::write(&target, data).map_err(write_error(&target))?;
    }
    std::fs::rename(temp.path(), dest).map_err(write_error(dest))?;
    // The folder now lives at `dest`: don't let the guard remove it.
    let _ = temp.keep();
    Ok(pack.manifest)
}

fn check_manifest(manifest: &Manifest, expect: Expect<'_>) -> Result<(), PackError> {
    if manifest.format != FORMAT {
        return Err(PackError::UnsupportedFormat { found: manifest.format });
    }
    if manifest.version < expect.min_version {
        return Err(PackError::LowerVersion { version: manifest.version, minimum: expect.min_version });
    }
    if let Some(running) = expect.kiosk_version
        && *running < manifest.min_kiosk_version
    {
        return Err(PackError::KioskTooOld {
            version: manifest.version,
            needs: manifest.min_kiosk_version.clone(),
            running: running.clone(),
        });
    }
    let mut paths = HashSet::new();
    for file in &manifest.files {
        if !crate::is_content_path(&file.path) {
            return Err(PackError::UnsafePath { path: file.path.clone() });
        }
        if !paths.insert(file.path.as_str()) {
            return Err(PackError::Duplicate { path: file.path.clone() });
        }
    }
    let bytes = manifest.unpacked_bytes();
    if bytes > MAX_UNPACKED_BYTES {
        return Err(PackError::TooLarge { bytes, limit: MAX_UNPACKED_BYTES });
    }
    Ok(())
}

/// Reads the next entry, which must be the regular file `name` of at most `limit` bytes.
fn read_named<R: Read>(
    entry: Option<std::io::Result<tar::Entry<'_, R>>>,
    name: &str,
    limit: u64,
    fail: &impl Fn(&str, std::io::Error) -> PackError,
) -> Result<Vec<u8>, PackError> {
    let not_a_pack = |reason: String| PackError::NotAPack { reason };
    let mut entry = match entry {
        None => {
            let error = std::io::Error::from(std::io::ErrorKind::UnexpectedEof);
            return Err(match fail(name, error) {
                PackError::Read(_) => not_a_pack(format!("it has no {name}")),
                truncated => truncated,
            });
        }
        Some(entry) => entry.map_err(|error| fail(&format!("the header of {name}"), error))?,
    };
    if entry.path_bytes().as_ref() != name.as_bytes() || entry.header().entry_type() != tar::EntryType::Regular {
        let found = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        return Err(not_a_pack(format!("expected the regular file {name}, found {found:?}")));
    }
    if entry.size() > limit {
        return Err(not_a_pack(format!("{name} is {} bytes, more than {limit}", entry.size())));
    }
    let mut data = Vec::new();
    (&mut entry).take(limit).read_to_end(&mut data).map_err(|error| fail(name, error))?;
    if (data.len() as u64) < entry.size() {
        return Err(PackError::Truncated { inside: name.to_string() });
    }
    Ok(data)
}

/// Notes when the input ends (a read that returns nothing); a pack that ends before tar's
/// end-of-archive block is truncated.
struct EndWatch<R> {
    inner: R,
    ended: Rc<Cell<bool>>,
}

impl<R: Read> Read for EndWatch<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        if read == 0 && !buf.is_empty() {
            self.ended.set(true);
        }
        Ok(read)
    }
}

#[cfg(test)]
mod tests;
