use core_lib::parse::parse_list;
use core_lib::render::render;
use core_lib::TodoList;

/// Applies a command (`add TITLE` or `list`) to the list stored as `state`
/// and returns the rendered list.
pub fn run(args: &[&str], state: &str) -> Result<String, String> {
    let mut list: TodoList =
        parse_list(state).map_err(|e| format!("bad state at line {}", e.line))?;
    match args {
        ["add", title @ ..] if !title.is_empty() => list.push(&title.join(" ")),
        ["list"] => {}
        _ => return Err("usage: add TITLE | list".to_string()),
    }
    Ok(render(&list))
}

#[cfg(test)]
mod tests {
    use super::run;

    #[test]
    fn pretty_feature_is_enabled_through_workspace_dependency() {
        assert_eq!(run(&["list"], "[x] done"), Ok("✔ done".to_string()));
    }

    #[test]
    fn rejects_unknown_command() {
        assert!(run(&["frobnicate"], "").is_err());
        assert!(run(&["list"], "garbage").is_err());
    }
}
