#[doc(hidden)]
pub mod task;

pub use self::task::Task;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TodoList {
    pub tasks: Vec<Task>,
}

impl TodoList {
    pub fn pending(&self) -> impl Iterator<Item = &Task> {
        self.tasks.iter().filter(|t| !t.done)
    }

    pub fn push(&mut self, title: &str) {
        self.tasks.push(Task::new(title));
    }
}
