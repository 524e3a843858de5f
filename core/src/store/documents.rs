//! Records stored as JSON documents in the index's tables: ids, timestamps and the
//! conversions every entity store shares. Below the entity stores (cases, evidence items,
//! filings), which import it and never each other for these.

use chrono::SecondsFormat;
use serde::Serialize;
use serde_json::Value;

use crate::clock;
use crate::files::{hex, random_bytes};
use crate::Error;

pub(crate) fn now() -> String {
    clock::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

pub(crate) fn new_id(prefix: &str) -> Result<String, Error> {
    Ok(format!("{prefix}-{}", hex(random_bytes::<8>()?.as_ref())))
}

pub(crate) fn to_json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

pub(crate) fn parse<T: serde::de::DeserializeOwned>(doc: &str) -> rusqlite::Result<T> {
    serde_json::from_str(doc).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(crate) fn not_found(what: &'static str) -> Error {
    Error::NotFound { what }
}
