//! Request methods.

use std::fmt;
use std::io;

/// A request method; its representation is private. [`crate::summary::summarize`]
/// shows it first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Method(#[doc(hidden)] pub Inner);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[doc(hidden)]
pub enum Inner {
    Get,
    Post,
}

impl Method {
    /// `GET`.
    pub const GET: Method = Method(Inner::Get);
    /// `POST`.
    pub const POST: Method = Method(Inner::Post);

    /// Parses a method name, in capitals.
    pub fn parse(text: &str) -> io::Result<Method> {
        match text {
            "GET" => Ok(Method::GET),
            "POST" => Ok(Method::POST),
            _ => Err(crate::invalid("unknown method")),
        }
    }

    /// Whether a request with this method carries a body.
    pub fn has_body(self) -> bool {
        self.0 == Inner::Post
    }
}

/// A request line cut after its method; no `Debug`, which only public types need.
pub(crate) struct RequestLine<'a> {
    #[doc(hidden)]
    pub method: Method,
    #[doc(hidden)]
    pub rest: &'a str,
}

#[doc(hidden)]
pub fn split_request_line(line: &str) -> io::Result<RequestLine<'_>> {
    let (method, rest) = line.split_once(' ').ok_or_else(|| crate::invalid("no path"))?;
    Ok(RequestLine { method: Method::parse(method)?, rest })
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.0 {
            Inner::Get => "GET",
            Inner::Post => "POST",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_method_parses_and_displays_the_same() {
        assert_eq!(Method::parse("POST").unwrap().to_string(), "POST");
        assert!(Method::parse("post").is_err());
    }
}
