//! Command-line configuration.

use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    /// The folder Trunk built (`dist`).
    pub dist: PathBuf,
    /// Where to listen; loopback by default.
    pub addr: SocketAddr,
}

impl Default for Config {
    fn default() -> Self {
        Config { dist: PathBuf::from("dist"), addr: SocketAddr::from(([127, 0, 0, 1], 8080)) }
    }
}

impl Config {
    /// Reads `--dist DIR` and `--addr HOST:PORT`; anything else is an error message.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Config, String> {
        let mut config = Config::default();
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
            match flag.as_str() {
                "--dist" => config.dist = PathBuf::from(value),
                "--addr" => {
                    config.addr = value.parse().map_err(|_| format!("--addr: not an address: {value}"))?
                }
                _ => return Err(format!("unknown option {flag}")),
            }
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults_to_loopback_8080_and_dist() {
        let c = Config::from_args(args(&[])).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(c.dist, PathBuf::from("dist"));
    }

    #[test]
    fn reads_flags() {
        let c = Config::from_args(args(&["--addr", "127.0.0.1:9000", "--dist", "/tmp/x"])).unwrap();
        assert_eq!(c.addr.port(), 9000);
        assert_eq!(c.dist, PathBuf::from("/tmp/x"));
    }

    #[test]
    fn rejects_bad_input() {
        assert!(Config::from_args(args(&["--addr", "nowhere"])).is_err());
        assert!(Config::from_args(args(&["--addr"])).is_err());
        assert!(Config::from_args(args(&["--port", "1"])).is_err());
    }
}
