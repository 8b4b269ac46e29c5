//! Printing a guide from librarian mode: `lotsen handout` draws the PDF in a separate process (it
//! needs a headless renderer of its own, which the running kiosk window cannot share), then CUPS
//! `lp` prints it if a printer is configured; otherwise the PDF stays in `<data dir>/handouts/`.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chrono::{DateTime, Local};

/// The folder in the data dir that handouts are saved in.
pub const HANDOUTS_DIR: &str = "handouts";

/// The programs printing runs.
#[derive(Debug, Clone)]
pub struct PrintSetup {
    /// Holds guides/, locales/ and ui/fonts, passed to `lotsen handout --content-dir`.
    pub content_dir: PathBuf,
    /// The lotsen binary that draws the handout (normally the running one).
    pub lotsen: PathBuf,
    /// CUPS: prints a file, and names the default printer.
    pub lp: OsString,
    pub lpstat: OsString,
}

impl PrintSetup {
    /// The running lotsen binary and CUPS from `PATH`.
    pub fn new(content_dir: PathBuf) -> std::io::Result<PrintSetup> {
        Ok(PrintSetup { content_dir, lotsen: std::env::current_exe()?, lp: "lp".into(), lpstat: "lpstat".into() })
    }

    /// `lotsen handout` for one guide in one language, writing `out`.
    pub fn handout_command(&self, guide: &str, language: &str, out: &Path) -> Command {
        let mut command = Command::new(&self.lotsen);
        command.arg("--content-dir").arg(&self.content_dir);
        command.args(["handout", "--guide", guide, "--lang", language, "--out"]).arg(out);
        command.env("RUST_LOG", "warn").stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped());
        command
    }

    /// `lp` sending `file` to `printer`, titled so the print queue says which guide it is.
    pub fn print_command(&self, printer: &str, file: &Path, title: &str) -> Command {
        let mut command = Command::new(&self.lp);
        command.args(["-d", printer, "-t", title, "--"]).arg(file);
        command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped());
        command
    }

    /// The printer to use: the `printer` setting, else the CUPS default, else none (save only).
    pub fn printer(&self, setting: &str) -> Option<String> {
        if !setting.is_empty() {
            return Some(setting.to_string());
        }
        let output = Command::new(&self.lpstat).arg("-d").stderr(Stdio::null()).output();
        match output {
            Ok(output) => default_printer(&String::from_utf8_lossy(&output.stdout)),
            Err(error) => {
                tracing::info!(%error, "no CUPS (lpstat) to ask for a default printer; handouts are saved");
                None
            }
        }
    }
}

/// The printer named by `lpstat -d`: "system default destination: NAME", or none when it says
/// "no system default destination".
pub fn default_printer(lpstat_output: &str) -> Option<String> {
    lpstat_output.lines().find_map(|line| {
        let name = line.split_once("default destination:")?.1.trim();
        (!line.starts_with("no ") && !name.is_empty()).then(|| name.to_string())
    })
}

/// Where a handout is saved: `<data dir>/handouts/<guide>-<language>-<date>-<time>.pdf`.
pub fn handout_path(data_dir: &Path, guide: &str, language: &str, now: DateTime<Local>) -> PathBuf {
    data_dir.join(HANDOUTS_DIR).join(format!("{guide}-{language}-{}.pdf", now.format("%Y%m%d-%H%M%S")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> PrintSetup {
        PrintSetup {
            content_dir: "/content".into(),
            lotsen: "/bin/lotsen".into(),
            lp: "lp".into(),
            lpstat: "lpstat".into(),
        }
    }

    fn args(command: &Command) -> Vec<String> {
        command.get_args().map(|a| a.to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn lp_gets_the_printer_a_title_and_the_file_after_the_options() {
        let command = setup().print_command("Reception_HP", Path::new("/data/handouts/-odd name.pdf"), "BankID");
        assert_eq!(command.get_program(), "lp");
        assert_eq!(args(&command), ["-d", "Reception_HP", "-t", "BankID", "--", "/data/handouts/-odd name.pdf"]);
    }

    #[test]
    fn the_handout_is_drawn_by_lotsen_handout_from_the_same_content() {
        let command = setup().handout_command("bankid-get", "ar", Path::new("/data/handouts/x.pdf"));
        assert_eq!(command.get_program(), "/bin/lotsen");
        assert_eq!(
            args(&command),
            [
                "--content-dir",
                "/content",
                "handout",
                "--guide",
                "bankid-get",
                "--lang",
                "ar",
                "--out",
                "/data/handouts/x.pdf"
            ]
        );
    }

    #[test]
    fn the_cups_default_printer_is_read_from_lpstat() {
        assert_eq!(default_printer("system default destination: Floor_2\n").as_deref(), Some("Floor_2"));
        assert_eq!(default_printer("no system default destination\n"), None);
        assert_eq!(default_printer(""), None);
    }

    #[test]
    fn the_printer_setting_wins_and_without_cups_there_is_none() {
        let missing = PrintSetup { lpstat: "/nonexistent/lpstat".into(), ..setup() };
        assert_eq!(missing.printer("Desk").as_deref(), Some("Desk"));
        assert_eq!(missing.printer(""), None);
    }

    #[test]
    fn handouts_are_named_by_guide_language_and_time() {
        let now = chrono::NaiveDate::from_ymd_opt(2026, 3, 4)
            .unwrap()
            .and_hms_opt(9, 5, 7)
            .unwrap()
            .and_local_timezone(Local)
            .unwrap();
        let path = handout_path(Path::new("/data"), "swish-setup", "fa", now);
        assert_eq!(path, Path::new("/data/handouts/swish-setup-fa-20260304-090507.pdf"));
    }
}
