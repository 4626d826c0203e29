use crate::traits::Named;
use crate::types::{Label, Square};

impl Named for Square {
    fn name(&self) -> String {
        format!("square({})", self.side)
    }
}

impl Named for Label {
    fn name(&self) -> String {
        self.0.clone()
    }
}

#[cfg(test)]
mod tests {
    use crate::traits::Describe;
    use crate::types::Label;

    #[test]
    fn blanket_describe_for_label() {
        assert_eq!(Label::new("box").describe(), "this is box");
    }
}
