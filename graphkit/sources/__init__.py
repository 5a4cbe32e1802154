"""Where facts come from: the source catalogue and the entity registry."""
