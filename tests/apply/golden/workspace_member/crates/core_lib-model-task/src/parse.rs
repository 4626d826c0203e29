//! Parses lines of the form `[ ] title` / `[x] title`.

use crate::model::{Task, TodoList};

#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
}

pub fn parse_task(line: &str) -> Option<Task> {
    if let Some(rest) = line.strip_prefix("[x]") {
        Some(Task::new(rest).completed())
    } else {
        line.strip_prefix("[ ]").map(Task::new)
    }
}

pub fn parse_list(text: &str) -> Result<TodoList, ParseError> {
    let mut list = TodoList::default();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let task = parse_task(line.trim()).ok_or(ParseError { line: i + 1 })?;
        list.tasks.push(task);
    }
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_bad_line_number() {
        assert_eq!(parse_list("[ ] a\nnope").unwrap_err(), ParseError { line: 2 });
    }
}
