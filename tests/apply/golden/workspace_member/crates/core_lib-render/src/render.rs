//! Renders a list back to text; the `pretty` feature adds check marks.

use crate::model::{Task, TodoList};

#[cfg(not(feature = "pretty"))]
fn mark(task: &Task) -> &'static str {
    if task.done {
        "[x]"
    } else {
        "[ ]"
    }
}

#[cfg(feature = "pretty")]
fn mark(task: &Task) -> &'static str {
    if task.done {
        "✔"
    } else {
        "☐"
    }
}

pub fn render(list: &TodoList) -> String {
    list.tasks
        .iter()
        .map(|t| format!("{} {}", mark(t), t.title))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_one_line_per_task() {
        let mut list = TodoList::default();
        list.push("a");
        list.push("b");
        assert_eq!(render(&list).lines().count(), 2);
    }
}
