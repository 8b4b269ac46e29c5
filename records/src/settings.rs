//! Kiosk settings: one TOML file in the data dir, written atomically.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

/// The text sizes a visitor can choose, and the one each visitor starts with (`text_size`).
/// Stored in settings.toml as 0, 1 or 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    ExtraLarge,
}

impl TextSize {
    /// Normal, large, extra large: the order of the settings screen's buttons.
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::ExtraLarge];

    /// The size at `index` on the settings screen's buttons; larger indexes mean extra large.
    pub fn at(index: usize) -> TextSize {
        TextSize::ALL[index.min(TextSize::ALL.len() - 1)]
    }

    /// How much larger than normal the text is drawn.
    pub fn scale(self) -> f32 {
        match self {
            TextSize::Normal => 1.0,
            TextSize::Large => 1.25,
            TextSize::ExtraLarge => 1.5,
        }
    }

    /// The next size on the visitor's text-size button, back to normal after extra large.
    pub fn next(self) -> TextSize {
        match self {
            TextSize::Normal => TextSize::Large,
            TextSize::Large => TextSize::ExtraLarge,
            TextSize::ExtraLarge => TextSize::Normal,
        }
    }
}

impl From<TextSize> for u8 {
    fn from(size: TextSize) -> u8 {
        size as u8
    }
}

impl TryFrom<u8> for TextSize {
    type Error = String;

    fn try_from(number: u8) -> Result<TextSize, String> {
        match number {
            0 => Ok(TextSize::Normal),
            1 => Ok(TextSize::Large),
            2 => Ok(TextSize::ExtraLarge),
            _ => Err(format!("text_size {number}: must be 0 (normal), 1 (large) or 2 (extra large)")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Names this kiosk in the statistics, e.g. `umea-stadsbibliotek-1`. Not a device identifier:
    /// the library chooses it.
    pub kiosk_id: String,
    /// The hub to send statistics to; empty keeps them on the kiosk only.
    pub hub_url: String,
    /// The kiosk token printed by `lotsen-hub kiosk add`.
    pub hub_token: String,
    /// Seconds without a touch before the kiosk asks "Are you still there?".
    pub idle_timeout_secs: u64,
    /// Seconds the question counts down before everything resets.
    pub idle_countdown_secs: u64,
    /// Seconds after "Ask a librarian" closes during which the idle question does not come (it
    /// never comes while it is open): the visitor went to the desk and keeps their place.
    pub help_pause_secs: u64,
    /// Days that events the hub has acknowledged are kept on the kiosk.
    pub retention_days: u32,
    /// Languages offered on the language screen, in this order; empty offers every bundled one.
    pub languages: Vec<String>,
    /// Where the library publishes the printable guides made with `lotsen handout`, with
    /// `{guide}` and `{lang}` standing for the guide id and language, e.g.
    /// `https://bibliotek.example.se/lotsen/{guide}-{lang}.pdf`. The kiosk then offers a QR code
    /// to it beside the service's own page; empty offers only the service's page.
    pub handout_url: String,
    /// The text size each visitor starts with: 0 normal, 1 large, 2 extra large.
    pub text_size: TextSize,
    /// The librarian's PIN as an Argon2id PHC string (`lotsen set-pin`); empty: no librarian mode.
    pub librarian_pin: String,
    /// The CUPS printer for handouts; empty uses the CUPS default printer, if there is one.
    pub printer: String,
    /// The minisign public key content packs from the hub must be signed with (the `RW…` line of
    /// `lotsen.pub`); empty trusts the key the installed package ships (`lotsen.pub` beside the
    /// bundled guides), if any.
    pub content_public_key: String,
    /// The language librarian mode and the first-start setup are shown in, whatever language the
    /// visitor chose (a bundled language code, e.g. `sv`).
    pub staff_language: String,
    /// The ALSA device read-aloud plays on, as `aplay -D` takes it (e.g. `plughw:1,0`; `null`
    /// plays nothing, for tests). Empty: the default device, and the speaker button only when
    /// `/proc/asound/cards` lists a sound card.
    pub audio_device: String,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            kiosk_id: "kiosk-1".into(),
            hub_url: String::new(),
            hub_token: String::new(),
            idle_timeout_secs: 120,
            idle_countdown_secs: 30,
            help_pause_secs: 600,
            retention_days: 30,
            languages: Vec::new(),
            handout_url: String::new(),
            text_size: TextSize::Normal,
            librarian_pin: String::new(),
            printer: String::new(),
            content_public_key: String::new(),
            staff_language: "sv".into(),
            audio_device: String::new(),
        }
    }
}

impl Settings {
    /// The settings file's name inside the data dir.
    pub const FILE_NAME: &str = "settings.toml";

    /// Reads `settings.toml` from the data dir; a missing file gives the defaults.
    pub fn load(data_dir: &Path) -> Result<Settings> {
        let path = data_dir.join(Settings::FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Settings::default()),
            Err(error) => return Err(error).with_context(|| format!("reading {}", path.display())),
        };
        crate::data_dir::warn_if_readable_by_others(data_dir);
        crate::data_dir::warn_if_readable_by_others(&path);
        let settings: Settings =
            toml::from_str(&text).with_context(|| format!("{}: invalid settings", path.display()))?;
        settings.validate().with_context(|| format!("{}: invalid settings", path.display()))?;
        Ok(settings)
    }

    /// Refuses values the kiosk cannot work with, naming the setting.
    pub fn validate(&self) -> Result<()> {
        if !lotsen_wire::is_valid_id(&self.kiosk_id) {
            bail!("kiosk_id {:?}: use 1-64 lowercase letters, digits and dashes", self.kiosk_id);
        }
        for (setting, url) in [("hub_url", &self.hub_url), ("handout_url", &self.handout_url)] {
            if !(url.is_empty() || url.starts_with("http://") || url.starts_with("https://")) {
                bail!("{setting} {url:?}: must start with http:// or https://");
            }
        }
        if !self.handout_url.is_empty() && !self.handout_url.contains("{guide}") {
            bail!("handout_url {:?}: must contain {{guide}} (and usually {{lang}})", self.handout_url);
        }
        if !(10..=3600).contains(&self.idle_timeout_secs) {
            bail!("idle_timeout_secs {}: must be between 10 and 3600", self.idle_timeout_secs);
        }
        if !(5..=300).contains(&self.idle_countdown_secs) {
            bail!("idle_countdown_secs {}: must be between 5 and 300", self.idle_countdown_secs);
        }
        if self.help_pause_secs > 3600 {
            bail!("help_pause_secs {}: must be between 0 and 3600", self.help_pause_secs);
        }
        if !(1..=3650).contains(&self.retention_days) {
            bail!("retention_days {}: must be between 1 and 3650", self.retention_days);
        }
        if !self.librarian_pin.is_empty() && !self.librarian_pin.starts_with("$argon2") {
            bail!("librarian_pin: must be a hash written by `lotsen set-pin`, not the PIN itself");
        }
        if !(1..=16).contains(&self.staff_language.len())
            || !self.staff_language.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        {
            bail!("staff_language {:?}: a language code like sv or en", self.staff_language);
        }
        if self.printer.chars().any(|c| c.is_whitespace() || c.is_control()) {
            bail!("printer {:?}: a CUPS printer name has no spaces", self.printer);
        }
        if self.audio_device.chars().any(|c| c.is_whitespace() || c.is_control()) {
            bail!("audio_device {:?}: an ALSA device name (aplay -L lists them) has no spaces", self.audio_device);
        }
        if !self.content_public_key.is_empty() {
            lotsen_pack::TrustedKey::parse(&self.content_public_key).map_err(|error| {
                anyhow::anyhow!(
                    "content_public_key {:?}: not a minisign public key ({error}); copy the RW… line of lotsen.pub",
                    self.content_public_key
                )
            })?;
        }
        Ok(())
    }

    /// Writes the file atomically: a crash mid-write leaves the old file in place.
    pub fn save(&self, data_dir: &Path) -> Result<PathBuf> {
        self.validate()?;
        let path = data_dir.join(Settings::FILE_NAME);
        crate::data_dir::create(data_dir)?;
        let text = toml::to_string_pretty(self).context("serialising settings")?;
        let temporary = data_dir.join(format!(".{}.tmp", Settings::FILE_NAME));
        write_private(&temporary, text.as_bytes()).with_context(|| format!("writing {}", temporary.display()))?;
        std::fs::rename(&temporary, &path).with_context(|| format!("replacing {}", path.display()))?;
        Ok(path)
    }

    /// These settings with the ones set centrally on the hub over them; the result is checked
    /// as settings.toml is (the kiosk refuses what it cannot use, as the hub did).
    pub fn with_central(&self, central: &lotsen_wire::CentralSettings) -> Result<Settings> {
        let mut settings = self.clone();
        if let Some(languages) = &central.languages {
            settings.languages = languages.clone();
        }
        if let Some(seconds) = central.idle_timeout_secs {
            settings.idle_timeout_secs = seconds;
        }
        if let Some(size) = central.text_size {
            settings.text_size = TextSize::try_from(size).map_err(anyhow::Error::msg)?;
        }
        if let Some(url) = &central.handout_url {
            settings.handout_url = url.clone();
        }
        if let Some(printer) = &central.printer {
            settings.printer = printer.clone();
        }
        settings.validate().context("settings from the hub")?;
        Ok(settings)
    }

    /// The printable page of a guide in a language, if the library publishes handouts.
    pub fn handout_url(&self, guide: &str, language: &str) -> Option<String> {
        (!self.handout_url.is_empty()).then(|| self.handout_url.replace("{guide}", guide).replace("{lang}", language))
    }

    pub fn idle_timeout(&self) -> Duration {
        Duration::from_secs(self.idle_timeout_secs)
    }

    pub fn idle_countdown(&self) -> Duration {
        Duration::from_secs(self.idle_countdown_secs)
    }

    pub fn help_pause(&self) -> Duration {
        Duration::from_secs(self.help_pause_secs)
    }
}

/// Writes and syncs a file only its owner can read (0600), also when an older copy was not.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let mut file = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)?;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_gives_defaults_and_saved_file_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap(), Settings::default());
        let settings = Settings { kiosk_id: "umea-1".into(), idle_timeout_secs: 60, ..Settings::default() };
        settings.save(dir.path()).unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap(), settings);
    }

    #[test]
    fn handout_url_names_the_guide_and_language() {
        let settings = Settings {
            handout_url: "https://bibliotek.example.se/lotsen/{guide}-{lang}.pdf".into(),
            ..Settings::default()
        };
        settings.validate().unwrap();
        assert_eq!(
            settings.handout_url("bankid-get", "ar").as_deref(),
            Some("https://bibliotek.example.se/lotsen/bankid-get-ar.pdf")
        );
        assert_eq!(Settings::default().handout_url("bankid-get", "ar"), None);
    }

    #[test]
    fn invalid_values_name_the_setting() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(Settings::FILE_NAME), "idle_timeout_secs = 2\n").unwrap();
        let error = format!("{:#}", Settings::load(dir.path()).unwrap_err());
        assert!(error.contains("idle_timeout_secs 2"), "{error}");
        std::fs::write(dir.path().join(Settings::FILE_NAME), "hub_url = \"ftp://x\"\n").unwrap();
        assert!(format!("{:#}", Settings::load(dir.path()).unwrap_err()).contains("hub_url"));
        std::fs::write(
            dir.path().join(Settings::FILE_NAME),
            "handout_url = \"https://bibliotek.example.se/lotsen.pdf\"\n",
        )
        .unwrap();
        assert!(format!("{:#}", Settings::load(dir.path()).unwrap_err()).contains("{guide}"));
        std::fs::write(dir.path().join(Settings::FILE_NAME), "colour = \"red\"\n").unwrap();
        assert!(format!("{:#}", Settings::load(dir.path()).unwrap_err()).contains("settings.toml"));
    }

    #[test]
    fn text_size_is_kept_as_0_1_or_2_and_scales_the_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = Settings { text_size: TextSize::ExtraLarge, ..Settings::default() }.save(dir.path()).unwrap();
        assert!(std::fs::read_to_string(path).unwrap().contains("text_size = 2"));
        assert_eq!(Settings::load(dir.path()).unwrap().text_size, TextSize::ExtraLarge);
        std::fs::write(dir.path().join(Settings::FILE_NAME), "text_size = 3\n").unwrap();
        let error = format!("{:#}", Settings::load(dir.path()).unwrap_err());
        assert!(error.contains("text_size 3: must be 0 (normal), 1 (large) or 2 (extra large)"), "{error}");
        let scales: Vec<f32> = TextSize::ALL.map(TextSize::scale).into();
        assert_eq!(scales, [1.0, 1.25, 1.5]);
        assert_eq!(TextSize::ExtraLarge.next(), TextSize::Normal);
        assert_eq!(
            [0, 1, 2, 9].map(TextSize::at),
            [TextSize::Normal, TextSize::Large, TextSize::ExtraLarge, TextSize::ExtraLarge]
        );
    }

    #[test]
    fn settings_toml_is_0600_in_a_0700_data_dir() {
        use std::os::unix::fs::PermissionsExt;
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("lotsen");
        let path = Settings::default().save(&dir).unwrap();
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!((mode(&dir), mode(&path)), (0o700, 0o600));
        // An older file others could read is replaced by a private one.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        Settings::default().save(&dir).unwrap();
        assert_eq!(mode(&path), 0o600);
    }
}
