//! Requests: a method, a path and header lines.

use std::fmt;
use std::io;

use crate::method::Method;

/// One `name: value` line; no `Debug`, which only public types need here.
pub(crate) struct Header {
    pub(crate) name: String,
    pub(crate) value: String,
}

/// A parsed request.
pub struct Request {
    method: Method,
    path: String,
    headers: Vec<Header>,
}

impl Request {
    /// Parses `METHOD PATH` and then one `name: value` header a line.
    pub fn parse(text: &str) -> io::Result<Request> {
        let mut lines = text.lines();
        let first = crate::method::split_request_line(lines.next().unwrap_or_default())?;
        let mut headers = Vec::new();
        for line in lines {
            let (name, value) = line.split_once(':').ok_or_else(|| crate::invalid("bad header"))?;
            headers.push(Header { name: name.trim().to_lowercase(), value: value.trim().to_string() });
        }
        Ok(Request { method: first.method, path: first.rest.to_string(), headers })
    }

    /// The method.
    pub fn method(&self) -> Method {
        self.method
    }

    /// The path.
    pub fn path(&self) -> &str {
        &self.path
    }

    pub(crate) fn headers(&self) -> impl Iterator<Item = &Header> {
        self.headers.iter()
    }
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request").field("method", &self.method).field("path", &self.path).finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_names_are_lowercased() {
        let request = Request::parse("GET /\nHost: example").unwrap();
        assert_eq!(request.headers().map(|h| h.name.as_str()).collect::<Vec<_>>(), ["host"]);
    }
}
