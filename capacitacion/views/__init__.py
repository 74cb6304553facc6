"""Learner views: thin, each in a module named for what it shows."""
