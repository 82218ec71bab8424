"""Theme analysis of the 70 award entries: segmentation, term statistics, semantic network,
codebook-based coding (hand and dictionary), agreement, comparisons and robustness (issue 4)."""
