"""The interactive network page: page data, subsets, the self-contained HTML file."""
