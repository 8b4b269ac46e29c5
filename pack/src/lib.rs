//! Signed Lotsen content packs, shared by the kiosk (`lotsen guides pack`, and verifying before
//! it installs a pack) and the hub (`lotsen-hub content publish`).
//!
//! # Format
//!
//! A pack is one uncompressed POSIX tar file whose entries come in this order:
//!
//! 1. `manifest.json`: the [`Manifest`] as JSON: format 1, the pack version (an integer that only
//!    goes up; the content bundled with the kiosk is version 0), the creation time, the minimum
//!    kiosk version, and every file with its size and SHA-256.
//! 2. `manifest.json.minisig`: a minisign signature (prehashed, the format of `minisign -S`)
//!    over the exact bytes of `manifest.json`. With the two extracted, the standard tool checks
//!    it: `minisign -V -p lotsen.pub -m manifest.json`.
//! 3. The files, regular files only, every one under `guides/` or `locales/`, each listed in
//!    the manifest exactly once.
//!
//! Signing the manifest rather than the archive lets a reader check the signature before it
//! reads a single content byte, and then check each file against its signed hash as it streams
//! past; nothing is written anywhere until the whole pack has been verified ([`verify`] holds
//! at most [`MAX_UNPACKED_BYTES`] in memory, [`unpack`] writes only after that).
//!
//! Refused, each with its own [`PackError`] variant: a signature that does not verify, a key
//! that is not trusted, a version lower than the one given, a kiosk older than the pack needs,
//! a file whose hash differs, a file missing, unlisted or listed twice, a path that leaves the
//! pack (`..`, absolute, outside `guides/` and `locales/`), a link or any entry that is not a
//! regular file, more than [`MAX_UNPACKED_BYTES`] unpacked, and a truncated file.

mod keys;
mod read;
mod write;

pub use keys::{
    KeyError, KeyFiles, KeyId, PUBLIC_KEY_FILE, SECRET_KEY_FILE, SigningKey, TrustedKey, generate_key_pair,
};
pub use read::{Expect, PackError, VerifiedPack, unpack, verify};
pub use write::{WriteError, write};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The pack's first entry.
pub const MANIFEST_NAME: &str = "manifest.json";
/// The pack's second entry: the minisign signature of the manifest.
pub const SIGNATURE_NAME: &str = "manifest.json.minisig";
/// The folders a pack carries; every file lies under one of them.
pub const CONTENT_DIRS: [&str; 2] = ["guides", "locales"];
/// A pack that unpacks to more than this is refused (50 MB).
pub const MAX_UNPACKED_BYTES: u64 = 50 * 1000 * 1000;
/// The manifest format written by this crate.
pub const FORMAT: u32 = 1;
/// A manifest larger than this is not read (a real one is a few tens of kB).
const MAX_MANIFEST_BYTES: u64 = 4 * 1024 * 1024;

/// What a pack holds, signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    /// The pack version: an integer that only goes up; the bundled content is version 0.
    pub version: u64,
    pub created: DateTime<Utc>,
    /// The oldest kiosk app that can run this content.
    pub min_kiosk_version: semver::Version,
    /// Every file in the pack, sorted by path.
    pub files: Vec<FileEntry>,
}

/// One file of a pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    /// Relative path with `/` separators, e.g. `guides/bankid-get/guide.toml`.
    pub path: String,
    pub size: u64,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
}

impl Manifest {
    /// The sum of the listed file sizes.
    pub fn unpacked_bytes(&self) -> u64 {
        self.files.iter().map(|file| file.size).sum()
    }
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Whether `path` is a path a pack may hold: relative, `/`-separated, no `.`/`..`/empty parts,
/// at least two parts, under one of [`CONTENT_DIRS`].
fn is_content_path(path: &str) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    parts.len() >= 2
        && CONTENT_DIRS.contains(&parts[0])
        && parts.iter().all(|part| !part.is_empty() && *part != "." && *part != ".." && !part.contains('\\'))
}

#[cfg(test)]
mod tests {
    use super::is_content_path;

    #[test]
    fn content_paths() {
        assert!(is_content_path("guides/bankid-get/guide.toml"));
        assert!(is_content_path("locales/sv/app.ftl"));
        for bad in [
            "../etc/passwd",
            "/etc/passwd",
            "guides/../../x",
            "guides",
            "ui/x",
            "guides//x",
            "guides/./x",
            "guides\\..\\x",
            "",
        ] {
            assert!(!is_content_path(bad), "{bad}");
        }
    }
}
