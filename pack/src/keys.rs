//! Signing keys in minisign's format, so editors can also use the standard `minisign` tool.

use std::fmt;
use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use minisign::{KeyPair, PublicKey, PublicKeyBox, SecretKey, SecretKeyBox, SignatureBox};

/// The file names `lotsen guides keygen` writes.
pub const SECRET_KEY_FILE: &str = "lotsen.key";
pub const PUBLIC_KEY_FILE: &str = "lotsen.pub";

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{path} already exists; a signing key is never overwritten (move it away first)")]
    Exists { path: PathBuf },
    #[error("writing {path}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("reading {path}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path} is not a minisign {what}")]
    Format { path: PathBuf, what: &'static str, source: minisign::PError },
    #[error("generating a key pair: {0}")]
    Generate(minisign::PError),
}

/// The two files of a new key pair.
#[derive(Debug)]
pub struct KeyFiles {
    pub secret: PathBuf,
    pub public: PathBuf,
    pub key_id: KeyId,
}

/// A minisign key id, shown as minisign shows it (16 upper-case hex digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyId(u64);

impl KeyId {
    fn from_keynum(keynum: &[u8]) -> KeyId {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(&keynum[..8]);
        KeyId(u64::from_le_bytes(bytes))
    }

    pub(crate) fn of_signature(signature: &SignatureBox) -> KeyId {
        KeyId::from_keynum(signature.keynum())
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016X}", self.0)
    }
}

/// Writes a new unencrypted key pair (as `minisign -G -W` does) to `dir/lotsen.key` (mode
/// 0600 on Unix) and `dir/lotsen.pub`, creating `dir`; refuses to overwrite either file.
pub fn generate_key_pair(dir: &Path) -> Result<KeyFiles, KeyError> {
    let secret = dir.join(SECRET_KEY_FILE);
    let public = dir.join(PUBLIC_KEY_FILE);
    for path in [&secret, &public] {
        if path.exists() {
            return Err(KeyError::Exists { path: path.clone() });
        }
    }
    std::fs::create_dir_all(dir).map_err(|source| KeyError::Write { path: dir.to_path_buf(), source })?;
    let KeyPair { pk, sk } = KeyPair::generate_unencrypted_keypair().map_err(KeyError::Generate)?;
    let key_id = KeyId::from_keynum(pk.keynum());
    let secret_text = sk.to_box(Some("lotsen content signing key")).map_err(KeyError::Generate)?.into_string();
    let public_text = pk.to_box().map_err(KeyError::Generate)?.into_string();
    write_new(&secret, &secret_text, 0o600)?;
    write_new(&public, &public_text, 0o644)?;
    Ok(KeyFiles { secret, public, key_id })
}

fn write_new(path: &Path, text: &str, mode: u32) -> Result<(), KeyError> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
    #[cfg(not(unix))]
    let _ = mode;
    let written = options.open(path).and_then(|mut file| {
        file.write_all(text.as_bytes())?;
        file.sync_all()
    });
    written.map_err(|source| match source.kind() {
        std::io::ErrorKind::AlreadyExists => KeyError::Exists { path: path.to_path_buf() },
        _ => KeyError::Write { path: path.to_path_buf(), source },
    })
}

/// A secret key to sign packs with.
pub struct SigningKey {
    pub(crate) key: SecretKey,
}

impl SigningKey {
    /// Reads a minisign secret key file. An unencrypted key from `lotsen guides keygen` is read
    /// as it is; for a password-protected one minisign asks for the password on the terminal.
    /// (Unencrypted keys made by the C tool's `minisign -G -W` 0.11 fail the `minisign` crate's
    /// checksum, "Corrupted key"; keys from `lotsen guides keygen` work in both.)
    pub fn from_file(path: &Path) -> Result<SigningKey, KeyError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| KeyError::Read { path: path.to_path_buf(), source })?;
        let format = |source| KeyError::Format { path: path.to_path_buf(), what: "secret key", source };
        let key = SecretKeyBox::from_string(&text).and_then(SecretKey::from_unencrypted_box).or_else(|_| {
            SecretKey::from_box(SecretKeyBox::from_string(&text).map_err(format)?, None).map_err(format)
        })?;
        Ok(SigningKey { key })
    }
}

/// A public key allowed to sign packs.
#[derive(Clone)]
pub struct TrustedKey {
    pub(crate) key: PublicKey,
}

impl TrustedKey {
    /// Parses the text of a minisign public key file (`untrusted comment: …` and a base64 line),
    /// or the base64 line alone (as `minisign -P` takes it).
    pub fn parse(text: &str) -> Result<TrustedKey, minisign::PError> {
        let text = text.trim();
        let key = if text.contains('\n') {
            PublicKeyBox::from_string(text)?.into_public_key()?
        } else {
            PublicKey::from_base64(text)?
        };
        Ok(TrustedKey { key })
    }

    pub fn from_file(path: &Path) -> Result<TrustedKey, KeyError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| KeyError::Read { path: path.to_path_buf(), source })?;
        TrustedKey::parse(&text).map_err(|source| KeyError::Format {
            path: path.to_path_buf(),
            what: "public key",
            source,
        })
    }

    pub fn id(&self) -> KeyId {
        KeyId::from_keynum(self.key.keynum())
    }

    /// The key's base64 line, as `minisign -P` takes it.
    pub fn to_base64(&self) -> String {
        self.key.to_base64()
    }

    /// The key as the text of a minisign public key file.
    pub fn to_text(&self) -> String {
        self.key.to_box().expect("a public key always encodes").into_string()
    }
}

impl fmt::Debug for TrustedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TrustedKey({})", self.id())
    }
}
