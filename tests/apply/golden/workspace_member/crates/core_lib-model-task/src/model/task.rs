#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub title: String,
    pub done: bool,
}

impl Task {
    pub fn new(title: &str) -> Self {
        Task {
            title: title.trim().to_string(),
            done: false,
        }
    }

    pub fn completed(mut self) -> Self {
        self.done = true;
        self
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn new_task_is_trimmed_and_open() {
        let t = super::Task::new("  buy milk ");
        assert_eq!(t.title, "buy milk");
        assert!(!t.done);
        assert!(t.completed().done);
    }
}
