"""Names to entities and facts to relationships: decisions, merges, claims."""
