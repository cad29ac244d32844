"""Organizations: the model's entities re-judged with rules, one item per organization."""
