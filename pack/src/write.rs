//! Writing a pack from a content folder.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::{CONTENT_DIRS, FORMAT, FileEntry, MANIFEST_NAME, MAX_UNPACKED_BYTES, Manifest, SIGNATURE_NAME, SigningKey};

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("reading {path}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path} is a link or not a regular file; a pack holds regular files only")]
    NotAFile { path: PathBuf },
    #[error("{path}: file names in a pack must be UTF-8")]
    NotUtf8 { path: PathBuf },
    #[error("{dir} has no {missing}/ folder")]
    MissingDir { dir: PathBuf, missing: &'static str },
    #[error("the content is {bytes} bytes, more than the {limit} a kiosk accepts")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("signing the manifest: {0}")]
    Sign(minisign::PError),
    #[error("writing {path}")]
    Write { path: PathBuf, source: std::io::Error },
}

/// Writes `content_dir`'s `guides/` and `locales/` as pack `version`, signed with `key`, to
/// `out` (atomically: a temporary file beside it, renamed when complete). The caller checks
/// the content first (`lotsen guides pack` runs the guide checker).
pub fn write(
    content_dir: &Path,
    version: u64,
    min_kiosk_version: semver::Version,
    created: DateTime<Utc>,
    key: &SigningKey,
    out: &Path,
) -> Result<Manifest, WriteError> {
    let mut files = Vec::new();
    for dir in CONTENT_DIRS {
        let root = content_dir.join(dir);
        if !root.is_dir() {
            return Err(WriteError::MissingDir { dir: content_dir.to_path_buf(), missing: dir });
        }
        collect(&root, dir, &mut files)?;
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let bytes: u64 = files.iter().map(|(_, data)| data.len() as u64).sum();
    if bytes > MAX_UNPACKED_BYTES {
        return Err(WriteError::TooLarge { bytes, limit: MAX_UNPACKED_BYTES });
    }
    let manifest = Manifest {
        format: FORMAT,
        version,
        created,
        min_kiosk_version,
        files: files
            .iter()
            .map(|(path, data)| FileEntry {
                path: path.clone(),
                size: data.len() as u64,
                sha256: crate::sha256_hex(data),
            })
            .collect(),
    };
    let manifest_json = serde_json::to_vec_pretty(&manifest).expect("a manifest always serializes");
    let signature =
        minisign::sign(None, &key.key, manifest_json.as_slice(), Some(&format!("lotsen content pack {version}")), None)
            .map_err(WriteError::Sign)?
            .into_string();

    let out_dir = out.parent().filter(|dir| !dir.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let write_error = |source| WriteError::Write { path: out.to_path_buf(), source };
    let temp = tempfile::NamedTempFile::new_in(out_dir).map_err(write_error)?;
    let mut builder = tar::Builder::new(std::io::BufWriter::new(temp));
    let mtime = created.timestamp().max(0) as u64;
    let mut append = |path: &str, data: &[u8]| {
        let mut header = tar::Header::new_ustar();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(mtime);
        header.set_entry_type(tar::EntryType::Regular);
        builder.append_data(&mut header, path, data)
    };
    append(MANIFEST_NAME, &manifest_json).map_err(write_error)?;
    append(SIGNATURE_NAME, signature.as_bytes()).map_err(write_error)?;
    for (path, data) in &files {
        append(path, data).map_err(write_error)?;
    }
    let temp =
        builder.into_inner().map_err(write_error)?.into_inner().map_err(|error| write_error(error.into_error()))?;
    temp.as_file().sync_all().map_err(write_error)?;
    temp.persist(out).map_err(|error| write_error(error.error))?;
    Ok(manifest)
}

/// Every regular file under `dir`, as (pack path, bytes); links and special files are refused.
fn collect(dir: &Path, prefix: &str, files: &mut Vec<(String, Vec<u8>)>) -> Result<(), WriteError> {
    let read_error = |source| WriteError::Read { path: dir.to_path_buf(), source };
    for entry in std::fs::read_dir(dir).map_err(read_error)? {
        let entry = entry.map_err(read_error)?;
        let path = entry.path();
        let name = entry.file_name().into_string().map_err(|_| WriteError::NotUtf8 { path: path.clone() })?;
        let pack_path = format!("{prefix}/{name}");
        let kind = entry.file_type().map_err(|source| WriteError::Read { path: path.clone(), source })?;
        if kind.is_dir() {
            collect(&path, &pack_path, files)?;
        } else if kind.is_file() {
            let data = std::fs::read(&path).map_err(|source| WriteError::Read { path: path.clone(), source })?;
            files.push((pack_path, data));
        } else {
            return Err(WriteError::NotAFile { path });
        }
    }
    Ok(())
}
