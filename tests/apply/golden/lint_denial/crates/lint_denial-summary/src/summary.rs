//! One-line summaries of requests, and counts over many of them.

use std::collections::BTreeMap;

use crate::method::Method;
use crate::request::{Header, Request};

/// Summarises a request as `METHOD PATH (name=value, ...)`.
///
/// ```
/// let request = lint_denial::request::Request::parse("POST /items\nContent-Length: 2").unwrap();
/// assert_eq!(lint_denial::summary::summarize(&request), "POST /items (content-length=2)");
/// ```
pub fn summarize(request: &Request) -> String {
    let headers: Vec<String> = request.headers().map(describe).collect();
    format!("{} {} ({})", request.method(), request.path(), headers.join(", "))
}

fn describe(header: &Header) -> String {
    format!("{}={}", header.name, header.value)
}

/// How many requests of each method, and how many carry a body.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Requests by method name.
    pub by_method: BTreeMap<String, usize>,
    /// Requests whose method carries a body.
    pub with_body: usize,
}

impl Counts {
    /// Counts the requests.
    pub fn of(requests: &[Request]) -> Counts {
        let mut counts = Counts::default();
        for request in requests {
            counts.add(request.method());
        }
        counts
    }

    fn add(&mut self, method: Method) {
        *self.by_method.entry(method.to_string()).or_insert(0) += 1;
        if method.has_body() {
            self.with_body += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_get_summary_lists_its_headers() {
        let request = Request::parse("GET /a\nAccept: text").unwrap();
        assert_eq!(summarize(&request), "GET /a (accept=text)");
    }

    #[test]
    fn counts_tell_methods_apart() {
        let requests = [Request::parse("GET /a").unwrap(), Request::parse("POST /b").unwrap(), Request::parse("GET /c").unwrap()];
        let counts = Counts::of(&requests);
        assert_eq!((counts.by_method["GET"], counts.by_method["POST"], counts.with_body), (2, 1, 1));
    }
}
