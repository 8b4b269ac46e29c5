//! At each sync: ask the hub which pack to run (`GET /api/v1/content`, 304 when unchanged),
//! download it into `staging/` (resumed with `Range`), verify signature, version and every
//! file's hash, check it with the guide checker, and stage it for the next idle reset.

use std::fs::{File, OpenOptions};
use std::io::{BufReader, BufWriter, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, anyhow};
use lotsen_pack::{Expect, PackError, TrustedKey};
use lotsen_records::{HubClient, Settings};
use lotsen_wire::{CONTENT_PATH, CentralSettings, ContentAnswer, ContentPackInfo, Problem, content_pack_path};
use reqwest::StatusCode;
use reqwest::header::{ETAG, IF_NONE_MATCH, RANGE};

use super::ContentStore;

/// The file `lotsen guides keygen` writes, as the kiosk package may ship it beside the guides.
const SHIPPED_KEY: &str = lotsen_pack::PUBLIC_KEY_FILE;
/// A whole pack download; an interrupted one resumes at the next sync.
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// Keeps the kiosk's content up to date with the hub; runs on the sync worker's thread.
pub struct ContentFetcher {
    store: ContentStore,
    trusted: Vec<TrustedKey>,
    app_version: lotsen_pack::semver::Version,
    /// The ETag of the last answer acted on.
    etag: Option<String>,
    /// The kiosk's own settings, under the hub's.
    local: Settings,
}

/// Why a round did not end with the hub's pack staged.
enum Failure {
    /// The hub could not be asked: tried again at the next sync, nothing recorded.
    Unreachable(anyhow::Error),
    /// Recorded as the kiosk's last problem; `retry`: asked again at the next sync (a download
    /// that ended early), else only when the hub's answer changes or the kiosk restarts.
    Refused { problem: Problem, version: u64, detail: String, retry: bool },
}

impl ContentFetcher {
    /// Trusts `content_public_key` from the settings, else the key the installed package ships
    /// (`lotsen.pub` beside the bundled guides); with neither, every pack is refused.
    pub fn new(store: ContentStore, settings: &Settings) -> ContentFetcher {
        ContentFetcher {
            trusted: trusted_keys(settings, store.bundled_dir()),
            store,
            app_version: env!("CARGO_PKG_VERSION").parse().expect("the kiosk's own version is semver"),
            etag: None,
            local: settings.clone(),
        }
    }

    /// One round: ask, and download, verify, check and stage what the hub offers.
    pub fn check_for_updates(&mut self, hub: &HubClient) {
        match self.round(hub) {
            Ok(()) => {}
            Err(Failure::Unreachable(error)) => {
                tracing::info!("content: asking the hub: {error:#}; asking again at the next sync")
            }
            Err(Failure::Refused { problem, version, detail, retry: _ }) => {
                self.store.record_problem(problem, Some(version), detail)
            }
        }
    }

    fn round(&mut self, hub: &HubClient) -> Result<(), Failure> {
        let mut request = hub.get(CONTENT_PATH).map_err(Failure::Unreachable)?;
        if let Some(etag) = &self.etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        let response = request.send().map_err(|error| Failure::Unreachable(error.into()))?;
        match response.status() {
            StatusCode::NOT_MODIFIED => return Ok(()),
            StatusCode::OK => {}
            status => return Err(Failure::Unreachable(anyhow!("the hub answered {status} to {CONTENT_PATH}"))),
        }
        let etag = response.headers().get(ETAG).and_then(|value| value.to_str().ok()).map(str::to_owned);
        let answer: ContentAnswer = response.json().map_err(|error| {
            Failure::Unreachable(anyhow!("the hub's answer to {CONTENT_PATH} is not understood ({error})"))
        })?;
        self.take_settings(&answer.settings);
        let result = self.follow(hub, &answer);
        let retry = match &result {
            Err(Failure::Unreachable(_)) => true,
            Err(Failure::Refused { retry, .. }) => *retry,
            Ok(()) => false,
        };
        if !retry {
            self.etag = etag;
        }
        result
    }

    /// Keeps the hub's settings for this kiosk if the kiosk can use them (checked as the hub
    /// did, then over the local settings as settings.toml is); else keeps the ones before.
    fn take_settings(&self, settings: &CentralSettings) {
        if self.store.state().settings == *settings {
            return;
        }
        let checked = settings
            .validate()
            .map_err(anyhow::Error::from)
            .and_then(|()| self.local.with_central(settings).map(|_| ()));
        let kept = checked.and_then(|()| self.store.keep_settings(settings));
        match kept {
            Ok(()) => tracing::info!(?settings, "settings from the hub; they apply at the next idle reset"),
            Err(error) => self.store.record_problem(Problem::SettingsRefused, None, format!("{error:#}")),
        }
    }

    /// Acts on the hub's answer.
    fn follow(&mut self, hub: &HubClient, answer: &ContentAnswer) -> Result<(), Failure> {
        let state = self.store.state();
        let target = answer.pack.as_ref().map_or(0, |pack| pack.version);
        let disk = |error: anyhow::Error| Failure::Refused {
            problem: Problem::DiskError,
            version: target,
            detail: format!("{error:#}"),
            retry: true,
        };
        if state.staged == Some(target) {
            return Ok(());
        }
        if target == state.running {
            if let Some(staged) = state.staged {
                tracing::info!(
                    staged,
                    running = target,
                    "content: the staged pack is no longer offered; it will not switch in"
                );
                self.store.unstage().map_err(disk)?;
            }
            return Ok(());
        }
        let withdrawal = target < state.running;
        if withdrawal && !answer.withdrawn.contains(&state.running) {
            return Err(Failure::Refused {
                problem: Problem::LowerVersion,
                version: target,
                detail: format!(
                    "the hub offers pack {target}, lower than pack {} running, without announcing a withdrawal",
                    state.running
                ),
                retry: false,
            });
        }
        if withdrawal {
            tracing::info!(
                withdrawn = state.running,
                back_to = target,
                "content: pack withdrawn by the hub; going back at the next idle reset"
            );
        }
        match &answer.pack {
            Some(pack) if !self.store.has(target) => {
                let file = self.download(hub, pack)?;
                self.install(&file, pack)
            }
            _ => self.store.stage_present(target).map_err(disk),
        }
    }

    /// Downloads pack `info` into `staging/pack-<N>.part`, continuing a partial file.
    fn download(&self, hub: &HubClient, info: &ContentPackInfo) -> Result<PathBuf, Failure> {
        let version = info.version;
        let staging = self.store.staging_dir();
        let part = staging.join(format!("pack-{version}.part"));
        let disk = |error: std::io::Error, what: &str| Failure::Refused {
            problem: Problem::DiskError,
            version,
            detail: format!("{what} {}: {error}", part.display()),
            retry: true,
        };
        std::fs::create_dir_all(&staging).map_err(|error| disk(error, "creating the folder of"))?;
        let mut have = std::fs::metadata(&part).map(|m| m.len()).unwrap_or(0);
        if have > info.size {
            std::fs::remove_file(&part).map_err(|error| disk(error, "removing"))?;
            have = 0;
        }
        if have < info.size {
            let mut request =
                hub.get(&content_pack_path(version)).map_err(Failure::Unreachable)?.timeout(DOWNLOAD_TIMEOUT);
            if have > 0 {
                tracing::info!(version, from = have, size = info.size, "content: resuming the download of a pack");
                request = request.header(RANGE, format!("bytes={have}-"));
            }
            let mut response = request.send().map_err(|error| Failure::Unreachable(error.into()))?;
            let append = match response.status() {
                StatusCode::PARTIAL_CONTENT if have > 0 => true,
                StatusCode::OK => false,
                StatusCode::RANGE_NOT_SATISFIABLE => {
                    std::fs::remove_file(&part).map_err(|error| disk(error, "removing"))?;
                    return Err(Failure::Unreachable(anyhow!(
                        "the hub refused to resume pack {version}; starting over"
                    )));
                }
                status => {
                    return Err(Failure::Unreachable(anyhow!(
                        "the hub answered {status} to the download of pack {version}"
                    )));
                }
            };
            let file = OpenOptions::new()
                .create(true)
                .write(true)
                .append(append)
                .truncate(!append)
                .open(&part)
                .map_err(|error| disk(error, "opening"))?;
            let mut writer = BufWriter::new(file);
            let copied =
                std::io::copy(&mut (&mut response).take(info.size - if append { have } else { 0 }), &mut writer);
            let flushed = writer.into_inner().map_err(|error| error.into_error()).and_then(|file| file.sync_all());
            flushed.map_err(|error| disk(error, "writing"))?;
            let now = std::fs::metadata(&part).map(|m| m.len()).unwrap_or(0);
            if let Err(error) = copied {
                return Err(truncated(version, now, info.size, &error.to_string()));
            }
            if now < info.size {
                return Err(truncated(version, now, info.size, "the connection ended"));
            }
        }
        let bytes = std::fs::read(&part).map_err(|error| disk(error, "reading"))?;
        let actual = lotsen_pack::sha256_hex(&bytes);
        if actual != info.sha256 {
            std::fs::remove_file(&part).map_err(|error| disk(error, "removing"))?;
            return Err(Failure::Refused {
                problem: Problem::HashMismatch,
                version,
                detail: format!("the downloaded pack's SHA-256 is {actual}, the hub announced {}", info.sha256),
                retry: false,
            });
        }
        Ok(part)
    }

    /// Verifies the downloaded pack, unpacks and checks it, and stages it.
    fn install(&self, file: &Path, info: &ContentPackInfo) -> Result<(), Failure> {
        let version = info.version;
        let unpacked = self.store.staging_dir().join(format!("unpacked-{version}"));
        let refuse = |problem: Problem, detail: String| {
            let _ = std::fs::remove_file(file);
            let _ = std::fs::remove_dir_all(&unpacked);
            Failure::Refused { problem, version, detail, retry: false }
        };
        if self.trusted.is_empty() {
            return Err(refuse(
                Problem::UnknownKey,
                format!(
                    "no key to verify content packs with: set content_public_key in settings.toml or install {SHIPPED_KEY} beside the bundled guides"
                ),
            ));
        }
        if unpacked.exists() {
            std::fs::remove_dir_all(&unpacked)
                .map_err(|error| refuse(Problem::DiskError, format!("removing {}: {error}", unpacked.display())))?;
        }
        // Never lower than what runs; the hub's announced withdrawal lets it go back to `version`.
        let expect = Expect { trusted: &self.trusted, min_version: version, kiosk_version: Some(&self.app_version) };
        let reader =
            File::open(file).map_err(|error| refuse(Problem::DiskError, format!("{}: {error}", file.display())))?;
        let manifest = lotsen_pack::unpack(BufReader::new(reader), expect, &unpacked)
            .map_err(|error| refuse(problem_of(&error), format!("{:#}", anyhow::Error::from(error))))?;
        if manifest.version != version {
            return Err(refuse(
                Problem::NotAPack,
                format!("the hub announced pack {version}, the file is pack {}", manifest.version),
            ));
        }
        if let Err(error) = super::load_checked(&unpacked) {
            return Err(refuse(Problem::ChecksFailed, format!("{error:#}")));
        }
        self.store
            .install(&unpacked, version)
            .map_err(|error| refuse(Problem::DiskError, format!("installing: {error:#}")))?;
        let _ = std::fs::remove_file(file);
        tracing::info!(
            version,
            files = manifest.files.len(),
            "content pack verified and checked; it switches in at the next idle reset"
        );
        Ok(())
    }
}

/// The keys packs must be signed with: `content_public_key` from the settings, else the key the
/// installed package ships beside the bundled guides (`lotsen.pub`), else none.
pub fn trusted_keys(settings: &Settings, bundled: &Path) -> Vec<TrustedKey> {
    if !settings.content_public_key.is_empty() {
        // Settings::validate has parsed it already.
        return TrustedKey::parse(&settings.content_public_key).into_iter().collect();
    }
    let shipped = bundled.join(SHIPPED_KEY);
    match TrustedKey::from_file(&shipped) {
        Ok(key) => vec![key],
        Err(error) if shipped.exists() => {
            tracing::warn!("content: {:#}", anyhow::Error::from(error));
            Vec::new()
        }
        Err(_) => Vec::new(),
    }
}

/// `lotsen content verify`: checks a pack file as a kiosk does before it stages one (signature,
/// hashes, paths, size, this kiosk's version, the guide checker) and loads it; nothing is kept.
pub fn verify_file(
    file: &Path,
    trusted: &[TrustedKey],
) -> anyhow::Result<(lotsen_pack::Manifest, lotsen_guide::Content)> {
    anyhow::ensure!(!trusted.is_empty(), "no key to verify with: pass --key lotsen.pub or set content_public_key");
    let app_version = env!("CARGO_PKG_VERSION").parse().expect("the kiosk's own version is semver");
    let expect = Expect { trusted, min_version: 0, kiosk_version: Some(&app_version) };
    let reader = File::open(file).with_context(|| format!("opening {}", file.display()))?;
    let scratch = tempfile::tempdir().context("a scratch folder to unpack into")?;
    let dir = scratch.path().join("pack");
    let manifest = lotsen_pack::unpack(BufReader::new(reader), expect, &dir)
        .with_context(|| format!("{} is refused", file.display()))?;
    let content = super::load_checked(&dir).with_context(|| format!("{} is refused", file.display()))?;
    Ok((manifest, content))
}

fn truncated(version: u64, have: u64, size: u64, why: &str) -> Failure {
    Failure::Refused {
        problem: Problem::TruncatedDownload,
        version,
        detail: format!("the download stopped at {have} of {size} bytes ({why}); it resumes at the next sync"),
        retry: true,
    }
}

/// The category of a refused pack.
fn problem_of(error: &PackError) -> Problem {
    match error {
        PackError::Truncated { .. } => Problem::TruncatedDownload,
        PackError::NotAPack { .. }
        | PackError::BadManifest(_)
        | PackError::UnsupportedFormat { .. }
        | PackError::SignatureFormat(_) => Problem::NotAPack,
        PackError::UnknownKey { .. } => Problem::UnknownKey,
        PackError::BadSignature { .. } => Problem::BadSignature,
        PackError::LowerVersion { .. } => Problem::LowerVersion,
        PackError::KioskTooOld { .. } => Problem::KioskTooOld,
        PackError::UnsafePath { .. } | PackError::Link { .. } | PackError::NotAFile { .. } => Problem::UnsafePath,
        PackError::TooLarge { .. } => Problem::TooLarge,
        PackError::HashMismatch { .. }
        | PackError::Unlisted { .. }
        | PackError::Missing { .. }
        | PackError::Duplicate { .. } => Problem::HashMismatch,
        PackError::Read(_) | PackError::Write { .. } | PackError::DestinationExists { .. } => Problem::DiskError,
    }
}
